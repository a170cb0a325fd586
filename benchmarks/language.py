"""Reader speed: median milliseconds to read one text, English and Russian.

A benchmark, not a test: run ``.venv/bin/python benchmarks/language.py`` and read
the figures. Target: a few milliseconds a text on a 2-core machine. The texts are
the dev parts of the annotated set (vignettes/text/*.dev.jsonl); the lexicons are
loaded once before timing, as a server would.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bleedcheck.language import read

ROOT = Path(__file__).resolve().parents[1]


def texts(language: str) -> list[str]:
    path = ROOT / "vignettes" / "text" / f"{language}.dev.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, dict[str, float]] = {}
    for language in ("en", "ru"):
        items = texts(language)
        read(items[0], language)  # load the lexicon (and pymorphy3) before timing
        timings = []
        for _ in range(args.rounds):
            for text in items:
                start = time.perf_counter()
                read(text, language)
                timings.append((time.perf_counter() - start) * 1000)
        figures[language] = {
            "texts": len(items),
            "median_ms": round(statistics.median(timings), 3),
            "p95_ms": round(sorted(timings)[int(len(timings) * 0.95)], 3),
            "mean_chars": round(statistics.mean(len(t) for t in items)),
        }
    if args.json:
        print(json.dumps(figures))
    else:
        for language, f in figures.items():
            print(
                f"{language}: {f['texts']} texts (mean {f['mean_chars']} chars): "
                f"median {f['median_ms']} ms, p95 {f['p95_ms']} ms"
            )


if __name__ == "__main__":
    main()
