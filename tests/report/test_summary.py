"""The summary's content: clinical terms, codes, differential and next steps."""

from __future__ import annotations

import re
import sys

import pytest

import bleedcheck
from bleedcheck.report import PdfUnavailable, render_html, render_pdf, summary
from tests.fhir.conftest import CREATED, REFERENCE_CASE


def _summary(case: dict[str, object], language: str = "en") -> bleedcheck.report.Summary:
    return summary(case, bleedcheck.assess(case), language=language, created=CREATED)


def _steps(case: dict[str, object]) -> list[str]:
    return [s.id for s in _summary(case).steps]


def test_reference_case_content() -> None:
    s = _summary(REFERENCE_CASE)
    assert s.created_text == "3 November 2026, 14:05 UTC"
    assert s.presenting == "Postcoital bleeding" and s.presenting_code == "SNOMED CT 48880000"
    answers = {r.finding: (r.answer, r.code) for r in s.reported}
    assert answers["smoker"] == ("present", "SNOMED CT 77176002")
    assert answers["fever"] == ("unknown", "SNOMED CT 386661006")
    assert [r.answer for r in s.reported] == sorted(
        (r.answer for r in s.reported), key=["present", "absent", "unknown"].index
    )
    result = bleedcheck.assess(REFERENCE_CASE)
    listed = [c.id for c in result.conditions if c.probability >= 0.01]
    assert [c.id for c in s.causes] == listed
    assert "Recurrent postcoital bleeding" in s.causes[1].supporting + s.causes[0].supporting
    assert {"sti_tests", "speculum_examination", "cervical_screening_if_due"} <= set(
        _steps(REFERENCE_CASE)
    )


def test_russian_page_is_in_russian_even_for_an_english_assessment() -> None:
    s = summary(REFERENCE_CASE, bleedcheck.assess(REFERENCE_CASE), language="ru", created=CREATED)
    assert s.created_text == "3 ноября 2026 г., 14:05 UTC"
    for text in (*s.reasons, *(st.text for st in s.steps), *(c.name for c in s.causes)):
        assert re.search("[А-Яа-я]", text), text


@pytest.mark.parametrize(
    ("finding", "step"),
    [
        ("non_consensual_sex", "safeguarding"),
        ("pregnant", "early_pregnancy_assessment"),
        ("exam_cervix_suspicious", "urgent_suspected_cancer"),
        ("postmenopausal", "postmenopausal_bleeding_pathway"),
        ("signs_of_shock", "emergency_assessment"),
        ("test_gonorrhoea_positive", "treat_confirmed_sti"),
    ],
)
def test_a_finding_brings_its_step(finding: str, step: str) -> None:
    base = {"age": 30, "evidence": {"smoker": "absent"}}
    assert step not in _steps(base)
    assert step in _steps({"age": 30, "evidence": {finding: "present"}})


def test_screening_step_only_when_not_up_to_date() -> None:
    assert "cervical_screening_if_due" not in _steps(
        {"age": 30, "evidence": {"screening_up_to_date": "present"}}
    )
    assert "cervical_screening_if_due" not in _steps({"age": 22, "evidence": {}, "text": "x"})


def test_html_is_complete_and_self_contained() -> None:
    page = render_html(_summary(REFERENCE_CASE, "ru"))
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "@page { size: A4" in page
    assert not re.search(r"<(script|link|img)\b|\bsrc=|url\(", page)
    assert "Сводка для врача" in page and "SNOMED CT 48880000" in page


def test_pdf_without_weasyprint_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(PdfUnavailable, match=r"libpango-1\.0-0"):
        render_pdf(_summary(REFERENCE_CASE))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(bleedcheck.CaseError) as caught:
        _summary(REFERENCE_CASE, "de")
    assert caught.value.field == "language"
