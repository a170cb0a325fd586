"""Check training texts (``vignettes/text/train/*.jsonl``) before they are committed.

``python scripts/check_train_texts.py FILE.jsonl ...`` validates the format and the finding
ids, that ids are unique across the whole text corpus, and that no text is a near-copy of
another one anywhere in it (a near-copy of a held-out text would leak it into training).
It prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

from bleedcheck.evaluation.text import load_texts
from bleedcheck.evaluation.vignettes import VignetteError
from bleedcheck.kb.compile import default_model

TEXT_DIR = Path(__file__).resolve().parents[1] / "vignettes" / "text"
ID = re.compile(r"tr-(en|ru)-[a-z]\d{3}")
NEAR = 0.6


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def problems(paths: list[Path]) -> list[str]:
    found: list[str] = []
    known = set(default_model().kb.findings)
    checked = []
    for path in paths:
        try:
            checked.extend((path.name, t) for t in load_texts(path))
        except VignetteError as error:
            found.append(str(error))
    for name, item in checked:
        where = f"{name}: {item.id}"
        if not ID.fullmatch(item.id) or item.id.split("-")[1] != item.language:
            found.append(f"{where}: id must look like tr-{item.language}-a001")
        found += [f"{where}: {f} is not a finding id" for f in item.findings if f not in known]
        if not item.findings and item.age is None:
            found.append(f"{where}: nothing annotated")
        if item.age is not None and not 0 <= item.age <= 120:
            found.append(f"{where}: age {item.age}")
        if not item.source:
            found.append(f"{where}: no source")
        if not 5 <= len(item.text.split()) <= 130:
            found.append(f"{where}: {len(item.text.split())} words (5 to 130)")
    others = [
        t
        for path in sorted(TEXT_DIR.glob("*.jsonl")) + sorted(TEXT_DIR.glob("train/*.jsonl"))
        if path.resolve() not in {p.resolve() for p in paths}
        for t in load_texts(path)
    ]
    ids = [t.id for _, t in checked] + [t.id for t in others]
    found += [f"duplicate id {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    mine = [(t.id, _words(t.text)) for _, t in checked]
    theirs = [(t.id, _words(t.text)) for t in others]
    pairs = itertools.chain(itertools.combinations(mine, 2), itertools.product(mine, theirs))
    for (a, wa), (b, wb) in pairs:
        if wa and wb and len(wa & wb) / len(wa | wb) > NEAR:
            found.append(f"{a} is a near-copy of {b}")
    return found


if __name__ == "__main__":
    listed = problems([Path(p) for p in sys.argv[1:]])
    print("\n".join(listed) or "ok")
    sys.exit(1 if listed else 0)
