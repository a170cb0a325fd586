"""The terminal's "what we understood" lines say which readings are the model's guesses."""

from __future__ import annotations

from bleedcheck.kb.compile import default_model
from bleedcheck.language.reading import MODEL_PHRASE, Reading, TextMatch
from bleedcheck.render import understood_lines


def _reading() -> Reading:
    text = "on the pill and roasting hot"
    matches = (
        TextMatch("hormonal_contraception", "present", 0, 11, "on the pill", None, "the pill"),
        TextMatch("fever", "present", 16, 28, "roasting hot", None, MODEL_PHRASE),
    )
    assert text[16:28] == "roasting hot"
    evidence = {"hormonal_contraception": "present", "fever": "present"}
    return Reading("en", evidence, None, matches)  # type: ignore[arg-type]


def test_only_the_models_readings_are_marked_as_guesses() -> None:
    reading = _reading()
    assert [m.to_dict()["source"] for m in reading.matches] == ["rules", "model"]
    lines = understood_lines(reading, default_model(), "en")
    guessed = [line for line in lines if "our guess" in line]
    assert len(lines) == 2 and len(guessed) == 1 and "«roasting hot»" in guessed[0]
    ru = understood_lines(reading, default_model(), "ru")
    assert sum("догадка" in line for line in ru) == 1
