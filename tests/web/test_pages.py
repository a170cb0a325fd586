"""The pages over real HTTP without a browser: forms, CSRF, errors, languages."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from bleedcheck.evaluation.text import load_texts
from bleedcheck.language import read
from bleedcheck.language.model import model_path
from bleedcheck.web.i18n import LANGUAGES, words
from tests.conftest import ROOT, LiveServer


@pytest.fixture
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


def _token(page: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "no CSRF token in the form"
    return match.group(1)


def _start(client: httpx.Client, age: str = "30", lang: str = "en") -> httpx.Response:
    page = client.get("/", params={"lang": lang}).text
    return client.post("/start", data={"csrf": _token(page), "age": age, "lang": lang})


def test_start_page_says_what_it_is_and_is_not(client: httpx.Client) -> None:
    page = client.get("/").text
    assert "not a diagnosis" in page and "ambulance" in page
    assert "<form" in page and 'action="/start"' in page


def test_a_form_post_without_the_token_is_refused(client: httpx.Client) -> None:
    client.get("/")
    response = client.post("/start", data={"age": "30"})
    assert response.status_code == 403
    response = client.post("/start", data={"age": "30", "csrf": "x" * 43})
    assert response.status_code == 403


def test_a_post_from_another_site_is_refused(client: httpx.Client) -> None:
    token = _token(client.get("/").text)
    response = client.post(
        "/start", data={"csrf": token, "age": "30"}, headers={"origin": "https://evil.example"}
    )
    assert response.status_code == 403


def test_start_redirects_to_the_first_question(client: httpx.Client) -> None:
    response = _start(client)
    assert response.status_code == 303
    assert re.fullmatch(r"/i/[0-9a-f]{32}", response.headers["location"])
    page = client.get(response.headers["location"]).text
    assert "Question 1" in page and 'value="present"' in page


def test_a_bad_age_is_explained_on_the_form(client: httpx.Client) -> None:
    response = _start(client, age="abc")
    assert response.status_code == 422
    assert "age" in response.text and 'role="alert"' in response.text


def test_the_language_switch_keeps_the_page(client: httpx.Client) -> None:
    location = _start(client).headers["location"]
    russian = client.get(location, params={"lang": "ru"})
    assert 'lang="ru"' in russian.text and "Вопрос 1" in russian.text
    assert russian.cookies.get("lang") == "ru"
    # The cookie remembers the choice on the next page.
    assert "Вопрос 1" in client.get(location).text


def test_unknown_interview_gets_a_friendly_404(client: httpx.Client) -> None:
    response = client.get("/i/" + "f" * 32)
    assert response.status_code == 404
    assert "30 days" in response.text and "Traceback" not in response.text


def test_answer_back_and_erase(client: httpx.Client) -> None:
    location = _start(client).headers["location"]
    page = client.get(location).text
    finding = re.search(r'name="finding" value="([a-z_0-9]+)"', page)
    assert finding
    posted = client.post(
        f"{location}/answer",
        data={"csrf": _token(page), "finding": finding.group(1), "answer": "absent"},
    )
    assert posted.status_code == 303
    second = client.get(location).text
    assert "Question 2" in second
    client.post(f"{location}/back", data={"csrf": _token(second)})
    assert "Question 1" in client.get(location).text
    erased = client.post(f"{location}/erase", data={"csrf": _token(second)})
    assert erased.headers["location"] == "/?erased=1"
    assert client.get(location).status_code == 404


# A language whose model did not beat its rules in cross-validation ships none.
SHIPPED = [language for language in LANGUAGES if model_path(language).is_file()]


def _a_text_a_model_adds_to() -> tuple[str, str, list[str]]:
    """The first dev text a shipped model adds a yes or a no to, with its language.

    Found, not fixed: a refit moves what the model adds (or, for a language whose model
    no longer beats its rules, removes it), and a fixed sentence would then test nothing."""
    for language in SHIPPED:
        for item in load_texts(ROOT / "vignettes" / "text" / f"{language}.dev.jsonl"):
            reading = read(item.text, language)
            guessed = [f for f in reading.evidence if reading.guessed(f)]
            # An "unknown" read from text is not put to her as an answer, so not shown.
            if guessed and all(reading.evidence[f] != "unknown" for f in guessed):
                return language, item.text, guessed
    raise AssertionError("no shipped model adds anything to any dev text")


def test_a_reading_only_the_model_made_is_marked_as_a_guess(client: httpx.Client) -> None:
    if not SHIPPED:
        # Session 14: neither model kept negation at the rules' level, so none ships and
        # no reading on the page can be a guess. The marking itself is still checked in
        # tests/test_render.py; this runs again as soon as a refit writes a model.
        pytest.skip("no language ships a trained model today")
    language, text, guessed = _a_text_a_model_adds_to()
    page = client.get("/", params={"lang": language}).text
    form = {"csrf": _token(page), "lang": language, "text": text}
    shown = client.post("/start", data=form).text
    assert shown.count(words(language).understood_guessed) == len(guessed)
    assert words(language).understood_title in shown


def test_own_words_are_shown_back_for_correction(client: httpx.Client) -> None:
    page = client.get("/", params={"lang": "en"}).text
    text = "I'm 34. Bled a bit after sex last night, no pain, I'm on the pill"
    shown = client.post("/start", data={"csrf": _token(page), "lang": "en", "text": text})
    assert shown.status_code == 200 and "This is what we understood" in shown.text
    assert "You wrote:" in shown.text and "«on the pill»" in shown.text
    action = re.search(r'action="(/i/[0-9a-f]{32})/understood"', shown.text)
    assert action
    location = action.group(1)
    corrected = client.post(
        f"{location}/understood",
        data={
            "csrf": _token(shown.text),
            "finding": ["hormonal_contraception"],
            "value-hormonal_contraception": "forget",
            "age": "35",
        },
    )
    assert corrected.status_code == 303 and corrected.headers["location"] == location
    interview = client.get(f"/v1/interviews/{location.rsplit('/', 1)[1]}").json()
    assert interview["age"] == 35
    assert "hormonal_contraception" not in interview["result"]["evidence"]
    # "no pain" read from the words does not clear that red-flag question: it is asked.
    assert "lower_abdominal_pain" not in interview["result"]["evidence"]
