"""File annotated texts into the dev (tuning) and test (held-out) parts.

``python scripts/split_texts.py BATCH.jsonl ...`` appends each text to
``vignettes/text/<language>.dev.jsonl`` or ``<language>.test.jsonl``. The part is decided
by a hash of the text's id alone (one in three goes to test), so adding texts later never
moves an earlier one between parts: nothing the reader was tuned on can leak into test.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

TEXT_DIR = Path(__file__).resolve().parents[1] / "vignettes" / "text"


def part_of(text_id: str) -> str:
    """``test`` for one id in three, ``dev`` otherwise; stable forever."""
    return "test" if int(hashlib.sha256(text_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def main(paths: list[str]) -> None:
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            target = TEXT_DIR / f"{row['language']}.{part_of(row['id'])}.jsonl"
            with target.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{row['id']} -> {target.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
