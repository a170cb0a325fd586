"""A real browser (Debian's Chromium via Playwright) at a phone's size.

Playwright never downloads a browser here: it drives /usr/bin/chromium.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, LiveServer

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
# Without these Chromium keeps trying to reach Google's servers, which this
# machine's closed network refuses.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/test installs it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Any) -> Iterator[Callable[..., Any]]:
    contexts: list[Any] = []

    def make(**options: Any) -> Any:
        context = browser.new_context(**PHONE, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def _submit(page: Any, button: Any) -> None:
    """Click a form's button and wait for the next page to load.

    The pages have no script, so every answer is a full page load; reading the
    next question before it has loaded (on a busy machine) would find no question.
    """
    with page.expect_navigation(wait_until="load"):
        button.click()


def _interview(page: Any, url: str, age: str, yes: set[str]) -> str:
    """Start from the home page and answer until the result: yes to ``yes``, no to the rest."""
    page.goto(url + "/")
    page.get_by_label("Your age in years").fill(age)
    _submit(page, page.get_by_role("button", name="Start"))
    for _ in range(25):
        if "/result" in page.url:
            break
        findings = page.locator('input[name="finding"]').evaluate_all(
            "els => els.map(e => e.value)"
        )
        if len(findings) > 1:
            for finding in findings:
                if finding in yes:
                    page.locator(f"#item-{finding}").check()
            name = "Continue with what I ticked" if yes & set(findings) else "None of these"
            _submit(page, page.get_by_role("button", name=name))
        else:
            answer = "Yes" if findings[0] in yes else "No"
            _submit(page, page.get_by_role("button", name=answer, exact=True))
    assert "/result" in page.url
    level = page.locator("section.level").get_attribute("class")
    assert level
    return str(level.split("level-")[-1])


def test_an_interview_that_ends_in_an_emergency(new_page: Any, live_server: LiveServer) -> None:
    page = new_page()
    level = _interview(page, live_server.url, "27", {"signs_of_shock"})
    assert level == "emergency_ambulance"
    assert page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_text("Get help sooner if").is_visible()


def test_an_interview_that_ends_in_self_care(new_page: Any, live_server: LiveServer) -> None:
    page = new_page()
    assert _interview(page, live_server.url, "17", {"first_intercourse"}) == "self_care"
    assert page.locator("meter").count() >= 3
    page.get_by_text("Why").first.click()  # the "why" details open


def test_the_language_switch(new_page: Any, live_server: LiveServer) -> None:
    page = new_page()
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Читать по-русски").click()
    assert page.locator("html").get_attribute("lang") == "ru"
    page.get_by_role("button", name="Начать").click()
    assert "Вопрос 1" in page.content()
    page.get_by_role("link", name="Read in English").click()
    assert "Question 1" in page.content()


def test_works_with_javascript_disabled(new_page: Any, live_server: LiveServer) -> None:
    page = new_page(java_script_enabled=False)
    assert _interview(page, live_server.url, "35", set()) in (
        "consultation",
        "consultation_24",
        "self_care",
    )


def _axe(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_no_serious_accessibility_problems(new_page: Any, live_server: LiveServer) -> None:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (scripts/test runs npm ci)")
    # The CSP forbids injected scripts; only this audit context may bypass it.
    page = new_page(bypass_csp=True)
    page.goto(live_server.url + "/")
    problems = {"start": _axe(page)}
    page.get_by_role("button", name="Start").click()
    problems["question"] = _axe(page)
    page.get_by_role("button", name="No", exact=True).click()
    problems["grouped question"] = _axe(page)
    _interview(page, live_server.url, "30", set())
    problems["result"] = _axe(page)
    page.goto(page.url + "?lang=ru")
    problems["result (ru)"] = _axe(page)
    page.goto(live_server.url + "/?lang=en")
    page.get_by_label("Describe what happened").fill("I'm 19, bled after sex, no pain, on the pill")
    page.get_by_role("button", name="Start").click()
    problems["understood"] = _axe(page)
    page.get_by_role("button", name="That is right, continue").click()
    assert "/i/" in page.url
    assert {k: [v["id"] for v in vs] for k, vs in problems.items() if vs} == {}
