"""The lexicon files are validated like the knowledge base: file:line:col errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bleedcheck.kb import default_knowledge_path, load_knowledge
from bleedcheck.language import check_lexicons
from bleedcheck.language.lexicon import load_lexicon


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(default_knowledge_path(), target)
    return target


def test_shipped_lexicons_are_valid() -> None:
    assert check_lexicons(load_knowledge()) == []


def test_every_person_finding_has_phrases_in_both_languages(kb) -> None:  # type: ignore[no-untyped-def]
    for language in ("en", "ru"):
        findings = load_lexicon(language).data.findings
        person = {f for f, item in kb.findings.items() if item.asked_of == "person"}
        assert person <= set(findings), language


def _break(folder: Path, old: str, new: str) -> None:
    path = folder / "language" / "en.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("  fever:\n    present:\n", "  fevr:\n    present:\n", "fevr: is not a finding"),
        (
            "  fever:\n    present:\n",
            "  fever:\n    presnt:\n",
            "fever.presnt: is not a known field",
        ),
        ("      - feverish\n", "      - feverish ...\n", "'...' must stand between two words"),
        ("      - feverish\n", "      - 38\n", "findings.fever.present.1: must be text"),
        ("language: en\n", "language: ru\n", "language: must be 'en' in this file"),
    ],
)
def test_broken_lexicon_names_file_line_and_field(
    folder: Path, old: str, new: str, words: str
) -> None:
    _break(folder, old, new)
    problems = [str(p) for p in check_lexicons(load_knowledge(folder, check_readability=False))]
    found = [p for p in problems if words in p]
    assert found, problems
    assert found[0].startswith("language/en.yaml:")
    line = int(found[0].split(":")[1])
    assert line > 1


def test_a_missing_lexicon_is_reported(folder: Path) -> None:
    (folder / "language" / "ru.yaml").unlink()
    problems = [str(p) for p in check_lexicons(load_knowledge(folder, check_readability=False))]
    assert any(p.startswith("language/ru.yaml:1:1: file is missing") for p in problems)
