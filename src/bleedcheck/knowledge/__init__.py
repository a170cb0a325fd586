"""Clinical content only: one folder of YAML files per presentation."""
