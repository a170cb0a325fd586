"""The PDF: rendered by WeasyPrint, read back with poppler (pdftotext, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import bleedcheck
from bleedcheck.kb.compile import CompiledModel
from bleedcheck.report import render_pdf, summary
from bleedcheck.report.summary import MAX_LEVEL_REASONS
from tests.fhir.conftest import CREATED, REFERENCE_CASE


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Summary for the doctor", "Postcoital bleeding", "Likely causes", "Smoker"]),
        ("ru", ["Сводка для врача", "Посткоитальное кровотечение", "Вероятные причины", "Курение"]),
    ],
)
def test_pdf_is_one_page_with_the_text(tmp_path: Path, language: str, expected: list[str]) -> None:
    result = bleedcheck.assess(REFERENCE_CASE)
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(render_pdf(summary(REFERENCE_CASE, result, language=language, created=CREATED)))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE), info.stdout
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for phrase in [*expected, "SNOMED CT 48880000", result.conditions[0].icd10]:
        assert phrase in flat, phrase
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    png = tmp_path / "page-1.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000


@pytest.mark.parametrize("language", ["en", "ru"])
def test_even_the_longest_interview_fits_one_sheet(
    tmp_path: Path, language: str, model: CompiledModel
) -> None:
    """Every finding answered "yes" and a long text: the page is set smaller, not split."""
    words = "It started after we had sex and I was not sure what to do about it. " * 40
    case = {"age": 30, "evidence": dict.fromkeys(model.finding_ids, "present"), "text": words}
    result = bleedcheck.assess(case)
    page = summary(case, result, language=language, created=CREATED)
    assert page.more_reasons > 0 and len(page.reasons) == MAX_LEVEL_REASONS
    assert page.own_words is not None and page.own_words.endswith("…")
    assert len(page.own_words) < len(words)
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(page))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.MULTILINE), info.stdout
    flat = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    # The danger signs left out of "why" are still on the page, as reported answers.
    assert f"{page.more_reasons}" in flat
    for reported in page.reported[-3:]:
        assert reported.term.split()[0] in flat
