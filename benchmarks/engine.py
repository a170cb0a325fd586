"""Engine speed: one ``assess``, one ``next_question``, and the batch path.

A benchmark, not a test: run ``.venv/bin/python benchmarks/engine.py`` and read
the figures. Targets on a 2-core machine: assess <= 100 µs (median),
next_question <= 1 ms (median), batch >= 200,000 cases/s.

Cases are drawn at random (fixed seed) from the shipped knowledge base: a
realistic mix of 5-15 answers per case.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable

import numpy as np

from bleedcheck import assess
from bleedcheck.engine.differential import batch_posterior, posterior
from bleedcheck.engine.evidence import Evidence
from bleedcheck.engine.interview import MAX_QUESTIONS, plan
from bleedcheck.engine.triage import triage
from bleedcheck.kb.compile import default_model

# Most answers to a symptom checker are "no"; a few are "yes" or "don't know".
ANSWERS, WEIGHTS = ["present", "absent", "unknown"], [0.15, 0.7, 0.15]


def random_cases(count: int, seed: int = 7) -> list[dict[str, object]]:
    model = default_model()
    person = [f for i, f in enumerate(model.finding_ids) if not model.is_clinician[i]]
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        chosen = rng.sample(person, rng.randint(5, 15))
        evidence = {f: rng.choices(ANSWERS, WEIGHTS)[0] for f in chosen}
        cases.append({"age": rng.randint(14, 80), "evidence": evidence})
    return cases


def interview_states(count: int, seed: int = 11) -> list[Evidence]:
    """Every intermediate state of ``count`` simulated interviews (random truths)."""
    model = default_model()
    rng = random.Random(seed)
    states = []
    for case in random_cases(count, seed):
        truth: dict[str, str] = case["evidence"]  # type: ignore[assignment]
        evidence: dict[str, str] = {}
        age = case["age"]
        for asked in range(MAX_QUESTIONS):
            built = Evidence.build(model, evidence, age)  # type: ignore[arg-type]
            result = triage(model, built)
            step = plan(model, built, posterior(model, built), result.level, asked=asked)
            if step.should_stop or step.question is None:
                break
            states.append(built)
            for finding in step.question.findings:
                evidence[finding] = truth.get(finding, rng.choice(["absent", "absent", "unknown"]))
    return states


def median_seconds(function: Callable[[], object], repeat: int) -> float:
    for _ in range(min(50, repeat)):  # warm-up
        function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--batch", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    model = default_model()
    cases = random_cases(args.cases)
    built = [Evidence.build(model, c["evidence"], c["age"]) for c in cases]  # type: ignore[arg-type]
    posteriors = [posterior(model, e) for e in built]
    levels = [triage(model, e).level for e in built]

    # One assessment as a client sees it: the contract JSON object, not a lazy result.
    assess_times = [median_seconds(lambda c=c: assess(c).to_dict(), 20) for c in cases]
    question_times = [
        median_seconds(lambda e=e, p=p, lv=lv: plan(model, e, p, lv), 20)
        for e, p, lv in zip(built, posteriors, levels, strict=True)
    ]
    # Every step of simulated interviews: all tiers of the policy, early and late.
    states = interview_states(args.cases // 4)
    state_times = [
        median_seconds(lambda e=e: plan(model, e, posterior(model, e), triage(model, e).level), 10)
        for e in states
    ]

    rows = [built[i % len(built)] for i in range(args.batch)]
    present = np.stack([e.present for e in rows])
    absent = np.stack([e.absent for e in rows])
    strata = np.array([e.stratum for e in rows])
    batch_posterior(model, present[:1000], absent[:1000], strata[:1000])  # warm-up
    start = time.perf_counter()
    batch_posterior(model, present, absent, strata)
    batch_rate = args.batch / (time.perf_counter() - start)

    figures = {
        "assess_median_us": round(statistics.median(assess_times) * 1e6, 1),
        "next_question_median_us": round(statistics.median(question_times) * 1e6, 1),
        "next_question_in_interviews_median_us": round(statistics.median(state_times) * 1e6, 1),
        "next_question_in_interviews_p95_us": round(
            statistics.quantiles(state_times, n=20)[-1] * 1e6, 1
        ),
        "interview_states": len(states),
        "batch_cases_per_second": round(batch_rate),
        "cases": args.cases,
        "batch": args.batch,
        "knowledge_version": model.version,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        targets = {
            "assess_median_us": "µs   target <= 100",
            "next_question_median_us": "µs   target <= 1000",
            "next_question_in_interviews_median_us": "µs   (incl. posterior and triage)",
            "next_question_in_interviews_p95_us": "µs",
            "batch_cases_per_second": "cases/s   target >= 200,000",
        }
        for key, note in targets.items():
            print(f"{key:<38} {figures[key]:>10,} {note}")


if __name__ == "__main__":
    main()
