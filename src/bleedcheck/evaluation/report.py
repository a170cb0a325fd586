"""An HTML page with the figures and two pictures (triage confusion matrix, recall per condition).

matplotlib is an optional dependency (the ``report`` extra); it is imported only here.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from bleedcheck.evaluation.metrics import Metrics
from bleedcheck.kb.schema import TriageLevel

__all__ = ["write_report"]

LEVELS = [level.name for level in sorted(TriageLevel, reverse=True)]


def _confusion(metrics: Metrics, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    counts = Counter((r["expected_triage"], r["triage"]) for r in metrics.per_case)
    grid = [[counts[(e, g)] for g in LEVELS] for e in LEVELS]
    fig, ax = plt.subplots(figsize=(6.5, 5.5))
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(len(LEVELS)), LEVELS, rotation=35, ha="right")
    ax.set_yticks(range(len(LEVELS)), LEVELS)
    ax.set_xlabel("bleedcheck")
    ax.set_ylabel("expected")
    top = max(max(row) for row in grid) or 1
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            ax.text(
                j,
                i,
                str(value),
                ha="center",
                va="center",
                color="white" if value > top / 2 else "black",
            )
    ax.set_title("Triage: expected (rows) vs returned (columns)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _recall(metrics: Metrics, path: Path) -> list[tuple[str, int, int, int]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    seen: Counter[str] = Counter()
    hit1: Counter[str] = Counter()
    hit3: Counter[str] = Counter()
    for row in metrics.per_case:
        for condition in row["expected_conditions"]:
            seen[condition] += 1
            hit1[condition] += bool(row["top3"][:1] == [condition])
            hit3[condition] += condition in row["top3"]
    names = sorted(seen)
    fig, ax = plt.subplots(figsize=(7, max(4, 0.28 * len(names))))
    ax.barh(names, [hit3[n] / seen[n] for n in names], color="#9ecae1", label="in top 3")
    ax.barh(names, [hit1[n] / seen[n] for n in names], color="#3182bd", label="ranked first")
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("recall")
    ax.legend(loc="lower right")
    ax.set_title("Recall per expected condition")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return [(n, seen[n], hit1[n], hit3[n]) for n in names]


def write_report(metrics: Metrics, folder: Path, *, title: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _confusion(metrics, folder / "triage_confusion.png")
    rows = _recall(metrics, folder / "recall_per_condition.png")
    figures = {k: v for k, v in metrics.to_dict().items() if k != "per_case"}
    figure_rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
        for k, v in figures.items()
    )
    recall_rows = "".join(
        f"<tr><td>{html.escape(n)}</td><td>{s}</td><td>{a}</td><td>{b}</td></tr>"
        for n, s, a, b in rows
    )
    misses = "".join(
        f"<tr><td>{html.escape(r['id'])}</td><td>{r['expected_triage']}</td><td>{r['triage']}</td>"
        f"<td>{html.escape(', '.join(r['expected_conditions']))}</td>"
        f"<td>{html.escape(', '.join(r['top3']))}</td></tr>"
        for r in metrics.per_case
        if r["triage"] != r["expected_triage"]
        or (r["expected_conditions"] and not set(r["expected_conditions"]) & set(r["top3"]))
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}}
table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}}</style>
</head><body>
<h1>{html.escape(title)}</h1>
<h2>Figures</h2><table>{figure_rows}</table>
<h2>Triage</h2><img src="triage_confusion.png" alt="Triage confusion matrix">
<h2>Conditions</h2><img src="recall_per_condition.png" alt="Recall per condition">
<table><tr><th>condition</th><th>cases</th><th>first</th><th>top 3</th></tr>{recall_rows}</table>
<h2>Misses</h2><table><tr><th>id</th><th>expected</th><th>returned</th><th>expected conditions</th>
<th>top 3</th></tr>{misses}</table>
</body></html>
"""
    out = folder / "index.html"
    out.write_text(page, encoding="utf-8")
    return out
