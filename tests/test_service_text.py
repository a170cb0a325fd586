"""A free text may raise a red flag but never clear one (hazard H3 in docs/safety.md)."""

from __future__ import annotations

import pytest

from bleedcheck.kb.compile import default_model
from bleedcheck.kb.validate import red_flag_findings
from bleedcheck.service import kept_from_text

RED_FLAGS = red_flag_findings(default_model().kb)


def test_the_danger_signs_include_heavy_bleeding_fainting_and_pregnancy() -> None:
    assert {"bleeding_heavy", "dizziness_or_fainting", "signs_of_shock"} <= RED_FLAGS


@pytest.mark.parametrize("answer", ["absent", "unknown"])
def test_a_text_cannot_rule_out_a_danger_sign(answer: str) -> None:
    read = {"bleeding_heavy": answer, "signs_of_shock": answer, "smoker": answer}
    assert kept_from_text(read, RED_FLAGS) == {"smoker": answer}


def test_a_text_can_raise_a_danger_sign() -> None:
    read = {"bleeding_heavy": "present", "smoker": "absent"}
    assert kept_from_text(read, RED_FLAGS) == read


def test_an_interview_still_asks_a_danger_sign_the_text_denied() -> None:
    reader = pytest.importorskip("bleedcheck.language")
    from bleedcheck.service import InterviewService
    from bleedcheck.store import InterviewStore, open_engine, upgrade

    engine = open_engine("sqlite://")
    upgrade(engine)
    service = InterviewService(InterviewStore(engine))
    text = "I bled a little after sex. The bleeding was not heavy and I did not faint."
    read = reader.read(text, "en")
    assert read is not None
    view = service.start(age=30, text=text)
    assert view.stored.answers.get("bleeding_heavy") != "absent"
    assert view.stored.answers.get("dizziness_or_fainting") != "absent"
    engine.dispose()
