"""Known-vulnerability audit of requirements.lock with pip-audit, run by scripts/test.

Outcomes:
- a known vulnerability in a locked package: exit 1, listing package, version and ids;
- every package checked and none vulnerable: exit 0, "audited N of N";
- the vulnerability service could not be reached, or could not answer for some
  packages: a loud "NOT AUDITED" line and exit 0, so a network hiccup never turns
  CI red; it is never reported as a pass. With BLEEDCHECK_AUDIT_REQUIRED=1 (for a
  release build) that is a failure too (exit 1).

    python scripts/audit.py [requirements.lock]       # run pip-audit
    python scripts/audit.py --report pip-audit.json   # judge a report already made
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any


def judge(report: dict[str, Any] | None, *, required: bool) -> tuple[int, list[str]]:
    """Exit code and the lines to print, from a pip-audit JSON report (None: no report)."""
    if report is None:
        return (1 if required else 0), ["NOT AUDITED: pip-audit could not reach its service"]
    packages = report.get("dependencies", [])
    skipped = [p for p in packages if p.get("skip_reason")]
    vulnerable = [p for p in packages if p.get("vulns")]
    lines = [
        f"{p['name']} {p.get('version', '?')}: " + ", ".join(v["id"] for v in p["vulns"])
        for p in vulnerable
    ]
    audited = len(packages) - len(skipped)
    lines.append(f"audited {audited} of {len(packages)} locked packages")
    if vulnerable:
        lines.append(f"FAILED: {len(vulnerable)} package(s) with known vulnerabilities")
        return 1, lines
    if skipped:
        lines.append(
            f"NOT AUDITED: {len(skipped)} package(s) could not be checked "
            f"(e.g. {skipped[0]['name']}: {skipped[0]['skip_reason']})"
        )
        return (1 if required else 0), lines
    return 0, lines


def run_pip_audit(lock: Path) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "report.json"
        command = [sys.executable, "-m", "pip_audit", "-r", str(lock), "--no-deps"]
        command += ["--disable-pip", "-f", "json", "-o", str(output), "--progress-spinner", "off"]
        subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        try:
            data: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data


def main(argv: list[str]) -> int:
    required = os.environ.get("BLEEDCHECK_AUDIT_REQUIRED") == "1"
    if argv[:1] == ["--report"]:
        report = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    else:
        report = run_pip_audit(Path(argv[0] if argv else "requirements.lock"))
    status, lines = judge(report, required=required)
    for line in lines:
        print(line)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
