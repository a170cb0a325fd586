"""``bleedcheck report`` and the FHIR options of ``bleedcheck assess``, as real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.fhir.conftest import REFERENCE_CASE

BIN = str(Path(sys.executable).with_name("bleedcheck"))


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_report_writes_pdf_and_html(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(REFERENCE_CASE), encoding="utf-8")
    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    result = run(["report", str(case), "--pdf", str(pdf), "--html", str(html), "--lang", "ru"])
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Сводка для врача" in html.read_text(encoding="utf-8")


def test_report_prints_html_without_options() -> None:
    result = run(["report", "-"], stdin=json.dumps(REFERENCE_CASE))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>") and "Summary for the doctor" in result.stdout


def test_assess_fhir_then_assess_the_questionnaire_response() -> None:
    exported = run(["assess", "-", "--fhir"], stdin=json.dumps(REFERENCE_CASE))
    assert exported.returncode == 0, exported.stderr
    bundle = json.loads(exported.stdout)
    assert bundle["resourceType"] == "Bundle"
    (response,) = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    direct = json.loads(run(["assess", "-", "--json"], stdin=json.dumps(REFERENCE_CASE)).stdout)
    again = run(["assess", "-", "--json"], stdin=json.dumps(response))
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == direct


def test_bad_questionnaire_response_is_one_clear_line() -> None:
    bad = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [{"linkId": "fever", "answer": [{"valueString": "a bit"}]}],
    }
    result = run(["assess", "-"], stdin=json.dumps(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("error: invalid QuestionnaireResponse: item[0].answer: ")
    assert "Traceback" not in result.stderr
