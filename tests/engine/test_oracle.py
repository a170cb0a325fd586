"""Cross-check the numpy posterior against pgmpy on the same model.

pgmpy is heavy (pandas, scikit-learn), so it lives in the test-only ``oracle``
extra; ``scripts/test`` installs it.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bleedcheck.engine.differential import posterior
from bleedcheck.engine.evidence import Evidence
from bleedcheck.kb.compile import default_model

pgmpy_models = pytest.importorskip("pgmpy.models")
pgmpy_factors = pytest.importorskip("pgmpy.factors.discrete")
pgmpy_inference = pytest.importorskip("pgmpy.inference")

pytestmark = pytest.mark.oracle
MODEL = default_model()
USABLE = [f for i, f in enumerate(MODEL.finding_ids) if not MODEL.is_stratum_finding[i]]


def _network(stratum: int) -> object:
    """The engine's naive-Bayes model as a pgmpy network, for one stratum."""
    conditions = len(MODEL.condition_ids)
    network = pgmpy_models.DiscreteBayesianNetwork([("cause", f) for f in USABLE])
    prior = np.exp(MODEL.log_prior[stratum])
    cpds = [pgmpy_factors.TabularCPD("cause", conditions, (prior / prior.sum())[:, None].tolist())]
    for finding in USABLE:
        # The stratum's own table: its floors (floor_by_stratum) included.
        p = MODEL.stratum_likelihood[stratum, MODEL.finding_index[finding]]
        # State 0 = absent, 1 = present.
        cpds.append(
            pgmpy_factors.TabularCPD(
                finding, 2, [list(1 - p), list(p)], evidence=["cause"], evidence_card=[conditions]
            )
        )
    network.add_cpds(*cpds)
    return network


NETWORKS: dict[int, object] = {}

answers = st.dictionaries(
    st.sampled_from(USABLE), st.sampled_from(["present", "absent", "unknown"]), max_size=12
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers, st.sampled_from([None, 19, 30, 45, 70]), st.booleans())
def test_posterior_matches_pgmpy(evidence: dict[str, str], age: int | None, pregnant: bool) -> None:
    # Overlapping findings present together share one vote, which a Bayesian
    # network cannot express; that rule has its own test (tests/engine/test_differential.py).
    present = np.array([evidence.get(f) == "present" for f in MODEL.finding_ids], dtype=float)
    assume(not (MODEL.overlap_groups @ present > 1).any())
    full = {**evidence, "pregnant": "present"} if pregnant else evidence
    built = Evidence.build(MODEL, full, age)
    ours = posterior(MODEL, built).probabilities
    network = NETWORKS.setdefault(built.stratum, _network(built.stratum))
    inference = pgmpy_inference.VariableElimination(network)
    observed = {f: int(v == "present") for f, v in evidence.items() if v != "unknown"}
    theirs = inference.query(["cause"], evidence=observed, show_progress=False).values
    assert np.max(np.abs(ours - theirs)) < 1e-9
