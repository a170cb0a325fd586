"""The REST API over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from bleedcheck import assess
from tests.conftest import LiveServer


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


def _error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()["error"]
    assert body["status"] == status and isinstance(body["message"], str)
    return body


def test_health_reports_the_knowledge_version(client: httpx.Client) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert body["knowledge_version"].startswith("postcoital_bleeding@")


def test_assess_returns_what_the_library_returns(client: httpx.Client) -> None:
    case = {"age": 24, "evidence": {"pregnant": "present", "pain_one_sided": "present"}}
    response = client.post("/v1/assess", json=case)
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(assess(case).to_dict()))
    assert response.json()["triage"]["level"] in ("emergency", "emergency_ambulance")


def test_assess_in_russian_and_clinician_mode(client: httpx.Client) -> None:
    case = {"age": 40, "evidence": {"bleeding_recurrent": "present"}, "language": "ru"}
    body = client.post("/v1/assess", params={"clinician": "true"}, json=case).json()
    assert body == json.loads(json.dumps(assess(case, clinician=True, language="ru").to_dict()))
    assert any("а" <= ch <= "я" for ch in body["triage"]["safety_net"][0].lower())


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"age": "thirty"}, "age"),
        ({"age": 130}, "age"),
        ({"evidence": {"fever": "yes"}}, "evidence.fever"),
        ({"evidence": {"not_a_finding": "present"}}, "evidence.not_a_finding"),
        ({"age": 30, "colour": "red"}, "colour"),
        ({"age": 30, "language": "fr"}, "language"),
        ({}, ""),
        ([1, 2], ""),
    ],
)
def test_assess_names_the_bad_field(client: httpx.Client, body: Any, field: str) -> None:
    assert _error(client.post("/v1/assess", json=body), 422)["field"] == field


def test_malformed_and_oversized_bodies_get_4xx_not_500(client: httpx.Client) -> None:
    headers = {"content-type": "application/json"}
    _error(client.post("/v1/assess", content=b"{not json", headers=headers), 400)
    _error(client.post("/v1/assess", content=b"", headers=headers), 400)
    _error(
        client.post("/v1/assess", content=b'{"age": 3}', headers={"content-type": "text/xml"}), 415
    )
    huge = json.dumps({"age": 30, "text": "x" * 200_000}).encode()
    _error(client.post("/v1/assess", content=huge, headers=headers), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"age": 30, "text": "'
        for _ in range(100):
            yield b"y" * 1000
        yield b'"}'

    _error(client.post("/v1/assess", content=chunks(), headers=headers), 413)
    _error(client.post("/v1/assess", content=b"[" * 50_000, headers=headers), 400)


def test_an_interview_from_start_to_end(client: httpx.Client) -> None:
    created = client.post("/v1/interviews", json={"age": 31, "language": "en"})
    assert created.status_code == 201
    interview = created.json()
    assert len(interview["id"]) == 32 and interview["questions_asked"] == 0
    steps = 0
    while not interview["result"]["should_stop"]:
        question = interview["result"]["next_question"]
        findings = question.get("findings", [question["finding"]])
        answers = dict.fromkeys(findings, "absent")
        response = client.post(
            f"/v1/interviews/{interview['id']}/answers", json={"answers": answers}
        )
        assert response.status_code == 200, response.text
        interview = response.json()
        steps += 1
        assert steps <= 20
    assert interview["questions_asked"] == steps
    again = client.get(f"/v1/interviews/{interview['id']}").json()
    assert again["result"] == interview["result"]
    assert client.delete(f"/v1/interviews/{interview['id']}").status_code == 204
    _error(client.get(f"/v1/interviews/{interview['id']}"), 404)
    _error(client.delete(f"/v1/interviews/{interview['id']}"), 404)


def test_an_emergency_answer_stops_the_interview(client: httpx.Client) -> None:
    interview = client.post("/v1/interviews", json={"age": 28}).json()
    body = client.post(
        f"/v1/interviews/{interview['id']}/answers",
        json={"finding": "signs_of_shock", "answer": "present"},
    ).json()
    assert body["result"]["should_stop"] and body["result"]["next_question"] is None
    assert body["result"]["triage"]["level"] == "emergency_ambulance"


def test_answering_twice_is_idempotent_and_back_undoes(client: httpx.Client) -> None:
    interview = client.post(
        "/v1/interviews", json={"age": 45, "evidence": {"pregnant": "absent"}}
    ).json()
    url = f"/v1/interviews/{interview['id']}"
    first = client.post(f"{url}/answers", json={"finding": "fever", "answer": "absent"}).json()
    second = client.post(f"{url}/answers", json={"finding": "fever", "answer": "absent"}).json()
    assert first["result"] == second["result"] and second["questions_asked"] == 1
    back = client.post(f"{url}/back").json()
    assert (
        "fever" not in back["result"]["evidence"]
        and back["result"]["evidence"]["pregnant"] == "absent"
    )


def test_answers_posted_at_once_are_all_kept(client: httpx.Client, live_server: LiveServer) -> None:
    interview = client.post("/v1/interviews", json={"age": 33}).json()
    url = f"{live_server.url}/v1/interviews/{interview['id']}/answers"
    findings = ["fever", "smoker", "sti_risk", "lump_or_ulcer", "warts_seen", "partner_sti"]

    def post(finding: str) -> int:
        return httpx.post(
            url, json={"finding": finding, "answer": "absent"}, timeout=30
        ).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert set(pool.map(post, findings)) == {200}
    evidence = client.get(f"/v1/interviews/{interview['id']}").json()["result"]["evidence"]
    assert set(findings) <= set(evidence)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"finding": "fever"}, "answer"),
        ({"answer": "present"}, "finding"),
        ({"finding": "fever", "answer": "maybe"}, "answer"),
        ({"finding": "nonsense", "answer": "present"}, "answers.nonsense"),
        ({"answers": {}}, "answers"),
        ({"answers": {"fever": "present"}, "finding": "fever", "answer": "present"}, "answers"),
        ({"finding": "fever", "answer": "present", "extra": 1}, "extra"),
    ],
)
def test_bad_answers_name_the_field_and_lose_nothing(
    client: httpx.Client, body: dict[str, Any], field: str
) -> None:
    interview = client.post(
        "/v1/interviews", json={"age": 50, "evidence": {"smoker": "present"}}
    ).json()
    url = f"/v1/interviews/{interview['id']}"
    assert _error(client.post(f"{url}/answers", json=body), 422)["field"] == field
    assert client.get(url).json()["result"]["evidence"] == {"smoker": "present"}


def test_unknown_and_malformed_interview_ids_are_404(client: httpx.Client) -> None:
    _error(client.get("/v1/interviews/" + "0" * 32), 404)
    _error(client.get("/v1/interviews/..%2F..%2Fetc%2Fpasswd"), 404)
    _error(client.get("/v1/interviews/" + "A" * 32), 404)
    _error(
        client.post("/v1/interviews/xyz/answers", json={"finding": "fever", "answer": "absent"}),
        404,
    )


def test_bad_interview_start_names_the_field(client: httpx.Client) -> None:
    assert (
        _error(client.post("/v1/interviews", json={"clinician": "yes"}), 422)["field"]
        == "clinician"
    )
    assert (
        _error(client.post("/v1/interviews", json={"evidence": {"x": "present"}}), 422)["field"]
        == "evidence.x"
    )
    assert client.post("/v1/interviews").status_code == 201  # no body: start from nothing


def test_knowledge_lists_ids_without_internals(client: httpx.Client) -> None:
    body = client.get("/v1/knowledge", params={"language": "ru"}).json()
    assert len(body["conditions"]) >= 36 and len(body["findings"]) >= 76
    text = json.dumps(body)
    assert "likelihood" not in text and "prior" not in text
    assert body["levels"][0] == "emergency_ambulance"
    _error(client.get("/v1/knowledge", params={"language": "de"}), 422)


def test_openapi_and_docs_are_served_locally(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/v1/assess",
        "/v1/interviews",
        "/v1/interviews/{interview_id}/answers",
        "/v1/interviews/{interview_id}",
        "/v1/knowledge",
        "/healthz",
    } <= set(spec["paths"])
    docs = client.get("/docs").text
    linked = re.findall(r'(?:src|href)="([^"]+)"', docs)
    assert linked and all(url.startswith("/") and not url.startswith("//") for url in linked)
    for asset in (
        "/docs-assets/swagger-ui-bundle.js",
        "/docs-assets/swagger-ui.css",
        "/static/docs-init.js",
    ):
        assert client.get(asset).status_code == 200


def test_security_headers_on_api_and_pages(client: httpx.Client) -> None:
    for path in ("/healthz", "/", "/v1/knowledge"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["cache-control"] == "no-store"
        assert "server" not in headers


def test_an_interview_can_start_from_own_words(client: httpx.Client) -> None:
    text = "Мне 29, после секса пошла кровь, живот не болит, пью КОК"
    body = client.post("/v1/interviews", json={"text": text, "language": "ru"}).json()
    assert body["age"] == 29
    understood = {m["finding"]: m["value"] for m in body["understood"]}
    assert understood["hormonal_contraception"] == "present"
    assert understood["lower_abdominal_pain"] == "absent"
    assert body["result"]["evidence"]["hormonal_contraception"] == "present"
    # A "no" read from text never clears a red-flag question: it is still asked.
    assert "lower_abdominal_pain" not in body["result"]["evidence"]
    # The words are shown once and never stored: a later read has no "understood".
    assert client.get(f"/v1/interviews/{body['id']}").json()["understood"] is None
