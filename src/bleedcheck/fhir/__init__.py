"""FHIR R4 export and import: the Questionnaire, an assessment as a Bundle, and
a QuestionnaireResponse read back into a case. Built and checked with
``fhir.resources`` (its R4B models, which match R4 for these resources) plus
our own checks of required codes and references (``bleedcheck.fhir.validate``).
"""

from bleedcheck.fhir.bundle import bundle, questionnaire_response
from bleedcheck.fhir.questionnaire import questionnaire
from bleedcheck.fhir.response import case_from_questionnaire_response
from bleedcheck.fhir.validate import FhirError, bundle_problems, checked, problems

__all__ = [
    "FhirError",
    "bundle",
    "bundle_problems",
    "case_from_questionnaire_response",
    "checked",
    "problems",
    "questionnaire",
    "questionnaire_response",
]
