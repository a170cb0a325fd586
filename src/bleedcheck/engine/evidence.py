"""Answers turned into the vectors the arithmetic needs, built once per case."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from bleedcheck.engine.case import CaseError
from bleedcheck.kb.compile import CompiledModel

__all__ = ["Evidence"]


@dataclass(frozen=True, eq=False)
class Evidence:
    """Answers of one case as index arrays and masks over the model's findings.

    "unknown" answers are kept in ``answers`` (so they are not asked again) but
    are neither present nor absent: they change no probability.
    """

    answers: Mapping[str, str]
    age: int | None
    present: NDArray[np.bool_]
    absent: NDArray[np.bool_]
    stratum: int
    answered: NDArray[np.bool_]  # any answer, "unknown" included
    # (2, 2 * findings): [present, absent] answers, then the same without the alarm
    # findings; the rows the differential multiplies by the log-likelihood table.
    # Present answers carry their vote weight (overlapping findings share their votes),
    # counted per row, so an alarm finding cannot change the weights of row 1.
    score_rows: NDArray[np.float64]
    # What the stratum and "ask when" tests can see (see CompiledModel.context_key).
    context: tuple[object, ...]

    @classmethod
    def build(cls, model: CompiledModel, answers: Mapping[str, str], age: int | None) -> Evidence:
        # One flat byte buffer viewed as every mask: a handful of numpy calls per
        # case instead of one per answer (numpy's per-call cost dominates here).
        n = len(model.finding_ids)
        flags = bytearray(5 * n)  # present | absent | calm present | calm absent | answered
        index, calm = model.finding_index, model.is_calm
        for finding, answer in answers.items():
            i = index.get(finding)
            if i is None:
                raise CaseError(f"evidence.{finding}", "is not a known finding id")
            flags[4 * n + i] = 1
            if answer == "present":
                flags[i] = 1
                flags[2 * n + i] = calm[i]
            elif answer == "absent":
                flags[n + i] = 1
                flags[3 * n + i] = calm[i]
            elif answer != "unknown":
                raise CaseError(f"evidence.{finding}", "must be one of present, absent, unknown")
        masks = np.frombuffer(bytes(flags), dtype=np.bool_)
        rows = masks[: 4 * n].reshape(2, 2 * n).astype(np.float64)
        rows[:, :n] = model.vote_weights(rows[:, :n])
        context = model.context_key(answers, age)
        return cls(
            dict(answers),
            age,
            masks[:n],
            masks[n : 2 * n],
            model.stratum(answers, age, context),
            masks[4 * n :],
            rows,
            context,
        )
