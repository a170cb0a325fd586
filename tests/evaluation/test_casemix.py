"""Case-mix figures: tempered priors and prevalence-weighted top-1."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from bleedcheck.cli import app
from bleedcheck.evaluation import evaluate, load_vignettes, score
from bleedcheck.evaluation.casemix import prevalence_weighted_top1, tempered
from bleedcheck.kb.compile import default_model
from tests.conftest import ROOT

MODEL = default_model()
DEV = load_vignettes(ROOT / "vignettes" / "dev.jsonl")


def test_weight_one_is_the_shipped_model_and_zero_is_flat() -> None:
    assert np.allclose(tempered(MODEL, 1.0).log_prior, MODEL.log_prior)
    flat = tempered(MODEL, 0.0).log_prior
    assert np.allclose(flat, -np.log(len(MODEL.condition_ids)))
    half = np.exp(tempered(MODEL, 0.5).log_prior)
    assert np.allclose(half.sum(axis=1), 1.0)
    # Flattening keeps the order of the causes within a stratum.
    assert (np.argsort(half, axis=1) == np.argsort(MODEL.log_prior, axis=1)).all()


def test_a_weight_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        tempered(MODEL, 1.5)


def test_weighted_top1_counts_common_causes_more() -> None:
    outcomes = evaluate(DEV, use="evidence", model=MODEL)
    # Recompute by hand: weight = prior of the first expected cause in the
    # case's stratum, shared among the cases with the same cause and stratum.
    keys, hits = [], []
    for o in outcomes:
        if not o.vignette.expected.conditions:
            continue
        stratum = MODEL.stratum(dict(o.vignette.evidence), o.vignette.age)
        keys.append((stratum, o.vignette.expected.conditions[0]))
        hits.append(o.result.conditions[0].id in o.vignette.expected.conditions)
    weights = [
        np.exp(MODEL.log_prior[s, MODEL.condition_index[c]]) / keys.count((s, c)) for s, c in keys
    ]
    expected = float(np.dot(weights, hits) / np.sum(weights))
    assert prevalence_weighted_top1(outcomes, MODEL) == pytest.approx(expected)
    assert 0 < expected < 1
    only_hits = [
        o
        for o, hit in zip(
            [o for o in outcomes if o.vignette.expected.conditions], hits, strict=True
        )
        if hit
    ]
    assert prevalence_weighted_top1(only_hits, MODEL) == 1.0
    assert prevalence_weighted_top1([], MODEL) is None


def test_eval_casemix_command(tmp_path: Path) -> None:
    path = tmp_path / "some.jsonl"
    lines = (ROOT / "vignettes" / "dev.jsonl").read_text().splitlines()[:25]
    path.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(app, ["eval-casemix", str(path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert [row["prior_weight"] for row in figures["rows"]] == [0.0, 0.25, 0.5, 0.75, 1.0]
    shipped = score(evaluate(load_vignettes(path), use="evidence")).to_dict()
    assert figures["rows"][-1]["top1"] == shipped["top1"]
    assert figures["rows"][-1]["triage_exact"] == shipped["triage_exact"]
    outcomes = evaluate(load_vignettes(path), use="evidence")
    assert figures["rows"][-1]["prevalence_weighted_top1"] == pytest.approx(
        prevalence_weighted_top1(outcomes, MODEL)
    )
    table = CliRunner().invoke(app, ["eval-casemix", str(path)])
    assert table.exit_code == 0 and "prevalence-weighted top-1" in table.output
    bad = CliRunner().invoke(app, ["eval-casemix", str(path), "--use", "words"])
    assert bad.exit_code != 0 and "--use must be" in bad.output
