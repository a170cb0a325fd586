"""Split the written vignettes once into dev (tuning) and test (never tuned on).

Run once: ``python scripts/split_vignettes.py FILE.jsonl ...`` (it was run on the two
sets written for issue 4; running it on dev.jsonl and test.jsonl gives the same split
back). Stratified by expected triage level, then by first expected condition, with a
hash of the id deciding the order inside each stratum, so the split is reproducible and
balanced: every third vignette of each stratum goes to test.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def main(paths: list[str]) -> None:
    lines = [line for p in paths for line in Path(p).read_text().splitlines()]
    rows = [json.loads(line) for line in lines if line.strip()]
    rows.sort(key=lambda r: (
        r["expected"]["triage"],
        (r["expected"]["conditions"] or [""])[0],
        hashlib.sha256(r["id"].encode()).hexdigest(),
    ))
    dev, test = [], []
    counters: dict[str, int] = {}
    for row in rows:
        level = row["expected"]["triage"]
        counters[level] = counters.get(level, 0) + 1
        (test if counters[level] % 3 == 2 else dev).append(row)
    for name, part in (("dev", dev), ("test", test)):
        part.sort(key=lambda r: r["id"])
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part)
        Path(f"vignettes/{name}.jsonl").write_text(text, encoding="utf-8")
        print(f"{name}: {len(part)}")


if __name__ == "__main__":
    main(sys.argv[1:])
