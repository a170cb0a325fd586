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

    @classmethod
    def build(cls, model: CompiledModel, answers: Mapping[str, str], age: int | None) -> Evidence:
        present = np.zeros(len(model.finding_ids), dtype=bool)
        absent = np.zeros_like(present)
        answered = np.zeros_like(present)
        index = model.finding_index
        for finding, answer in answers.items():
            i = index.get(finding)
            if i is None:
                raise CaseError(f"evidence.{finding}", "is not a known finding id")
            answered[i] = True
            if answer == "present":
                present[i] = True
            elif answer == "absent":
                absent[i] = True
            elif answer != "unknown":
                raise CaseError(f"evidence.{finding}", "must be one of present, absent, unknown")
        return cls(dict(answers), age, present, absent, model.stratum(answers, age), answered)
