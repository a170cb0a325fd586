"""Inter-annotator agreement: a second annotation scored in the reader's place."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bleedcheck.evaluation import VignetteError
from bleedcheck.evaluation.text import AnnotatedText, annotation_reader, load_texts, score_texts
from tests.conftest import ROOT

BIN = str(Path(sys.executable).with_name("bleedcheck"))


def _text(id: str, text: str, findings: dict[str, str], age: int | None = None) -> AnnotatedText:
    return AnnotatedText.model_validate(
        {"id": id, "language": "en", "text": text, "findings": findings, "age": age}
    )


FIRST = [
    _text(
        "a",
        "no fever, on the pill, 34",
        {"fever": "absent", "hormonal_contraception": "present"},
        34,
    ),
    _text(
        "b",
        "bled loads and fainted",
        {"bleeding_heavy": "present", "dizziness_or_fainting": "present"},
    ),
]
# The second annotator: same words, own ids and order; disagrees on fever's value,
# leaves out fainting and misses the age.
SECOND = [
    _text("x2", "bled loads and fainted", {"bleeding_heavy": "present"}),
    _text(
        "x1", "no fever, on the pill, 34", {"fever": "present", "hormonal_contraception": "present"}
    ),
]


def test_second_annotation_is_scored_like_a_reader() -> None:
    figures = score_texts(FIRST, annotation_reader(FIRST, SECOND)).to_dict()
    # agree: pill, heavy; first only: fever absent, fainted; second only: fever present
    assert (figures["tp"], figures["fp"], figures["fn"]) == (2, 1, 2)
    assert (figures["negation_cases"], figures["negation_accuracy"]) == (1, 0.0)
    assert figures["age_accuracy"] == 0.5  # "b" has no age in either, "a" only in the first


def test_identical_annotations_agree_fully() -> None:
    figures = score_texts(FIRST, annotation_reader(FIRST, FIRST)).to_dict()
    assert figures["f1"] == 1.0 and figures["negation_accuracy"] == 1.0


def test_a_text_the_second_annotator_lacks_is_named() -> None:
    with pytest.raises(VignetteError, match=r"lacks 1 text.*: b"):
        annotation_reader(FIRST, SECOND[1:])


def _write(path: Path, rows: list[AnnotatedText]) -> None:
    path.write_text("".join(json.dumps(r.model_dump(exclude_none=True)) + "\n" for r in rows))


def test_eval_text_against_on_the_command_line(tmp_path: Path) -> None:
    _write(tmp_path / "gold.jsonl", FIRST)
    _write(tmp_path / "second.jsonl", SECOND)
    out = subprocess.run(
        [
            BIN,
            "eval-text",
            str(tmp_path / "gold.jsonl"),
            "--json",
            "--against",
            str(tmp_path / "second.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["tp"] == 2
    _write(tmp_path / "short.jsonl", SECOND[1:])
    bad = subprocess.run(
        [
            BIN,
            "eval-text",
            str(tmp_path / "gold.jsonl"),
            "--against",
            str(tmp_path / "short.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode != 0 and "lacks 1 text" in bad.stderr + bad.stdout
    assert "Traceback" not in bad.stderr


AGREEMENT = ROOT / "vignettes" / "text" / "agreement"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_held_out_gold_agrees_with_an_independent_annotation(language: str) -> None:
    """The second annotation (docs/language.md) covers every held-out text, word for word.

    Two annotators blind to each other and to the reader agreed at F1 0.98 (en) and 0.97 (ru);
    a gold edit that drifts from the written conventions shows here first. Texts
    added to the held-out part must be annotated a second time, blind, in their turn.
    """
    gold = load_texts(ROOT / "vignettes" / "text" / f"{language}.test.jsonl")
    second = load_texts(AGREEMENT / f"{language}.test.second.jsonl")
    assert [t.id for t in second] == [t.id for t in gold]
    figures = score_texts(gold, annotation_reader(gold, second)).to_dict()
    assert figures["f1"] >= 0.95, figures["f1"]
    assert figures["negation_accuracy"] >= 0.95, figures["negation_accuracy"]
