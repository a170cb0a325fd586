"""The doctor summary and FHIR over the API and the pages, on both databases."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from bleedcheck import assess
from bleedcheck.fhir import bundle_problems, problems
from tests.conftest import LiveServer

CASE = {
    "age": 38,
    "evidence": {
        "bleeding_recurrent": "present",
        "smoker": "present",
        "screening_overdue_or_never": "present",
    },
}


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=60) as client:
        yield client


@pytest.fixture
def interview(client: httpx.Client) -> dict[str, Any]:
    created: dict[str, Any] = client.post("/v1/interviews", json=CASE | {"language": "ru"}).json()
    return created


def test_summary_pdf_in_both_languages(
    client: httpx.Client, interview: dict[str, Any], tmp_path: Any
) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is not installed (scripts/test installs it as root)")
    for language, words in (("ru", "Вероятные"), ("en", "Postcoital")):
        response = client.get(
            f"/v1/interviews/{interview['id']}/summary.pdf", params={"language": language}
        )
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/pdf"
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(response.content)
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert words.lower() in text.lower(), text[:500]


def test_fhir_bundle_is_valid_and_matches_the_result(
    client: httpx.Client, interview: dict[str, Any]
) -> None:
    response = client.get(f"/v1/interviews/{interview['id']}/fhir")
    assert response.headers["content-type"].startswith("application/fhir+json")
    resource = response.json()
    assert resource["resourceType"] == "Bundle" and not bundle_problems(resource)
    kinds = {entry["resource"]["resourceType"] for entry in resource["entry"]}
    assert {"QuestionnaireResponse", "Observation", "RiskAssessment"} <= kinds


def test_questionnaire_response_round_trip_through_assess(
    client: httpx.Client, interview: dict[str, Any]
) -> None:
    resource = client.get(f"/v1/interviews/{interview['id']}/fhir").json()
    answers = next(
        e["resource"]
        for e in resource["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    )
    via_fhir = client.post("/v1/assess", json=answers, params={"language": "en"}).json()
    assert via_fhir == json.loads(json.dumps(assess(CASE).to_dict()))
    broken = answers | {"item": [{"linkId": "nonsense", "answer": [{"valueBoolean": True}]}]}
    error = client.post("/v1/assess", json=broken).json()["error"]
    assert error["status"] == 422 and error["field"].startswith("item")


def test_questionnaire_is_served(client: httpx.Client) -> None:
    resource = client.get("/v1/fhir/Questionnaire", params={"language": "ru"}).json()
    assert resource["resourceType"] == "Questionnaire" and not problems(resource)
    assert any("enableWhen" in item for item in resource["item"])


def test_result_page_offers_the_summary(client: httpx.Client, interview: dict[str, Any]) -> None:
    page = client.get(f"/i/{interview['id']}/result").text
    assert f"/i/{interview['id']}/summary.pdf" in page
    printed = client.get(f"/i/{interview['id']}/print", params={"lang": "en"})
    assert printed.status_code == 200 and "<style>" in printed.text
    assert "script-src" not in printed.headers["content-security-policy"]
    assert not re.search(r'(?:src|href)="https?:', printed.text)
    pdf = client.get(f"/i/{interview['id']}/summary.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_an_empty_interview_has_nothing_to_summarise(client: httpx.Client) -> None:
    empty = client.post("/v1/interviews").json()
    error = client.get(f"/v1/interviews/{empty['id']}/summary.pdf").json()["error"]
    assert error["status"] == 422
