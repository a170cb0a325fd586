"""Reading vignette files (JSON lines, the contract's format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bleedcheck.engine.case import Answer, Language

__all__ = ["Expected", "Vignette", "VignetteError", "load_vignettes"]

Level = Literal["emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"]


class VignetteError(ValueError):
    """A vignette file that cannot be read; the message names file, line and field."""


class Expected(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    triage: Level
    conditions: list[str] = Field(default_factory=list)


class Vignette(BaseModel):
    """A case plus what a careful clinician would expect for it."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    id: str
    age: int | None = None
    evidence: dict[str, Answer] = Field(default_factory=dict)
    text: str | None = None
    language: Language = "en"
    clinician: bool = False
    expected: Expected
    source: str = Field(min_length=3)
    notes: str | None = None

    def case(self, use: str) -> dict[str, object]:
        """The contract case with the inputs ``use`` allows: evidence, text or both."""
        out: dict[str, object] = {"language": self.language}
        if self.age is not None:
            out["age"] = self.age
        if use in ("evidence", "both"):
            out["evidence"] = dict(self.evidence)
        if use in ("text", "both") and self.text:
            out["text"] = self.text
        return out


def load_vignettes(path: Path | str) -> list[Vignette]:
    source = Path(path)
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise VignetteError(f"{source}: cannot be read ({exc.strerror})") from None
    out: list[Vignette] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            vignette = Vignette.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise VignetteError(f"{source}:{number}: not valid JSON ({exc.msg})") from None
        except ValidationError as exc:
            error = exc.errors()[0]
            field = ".".join(str(p) for p in error["loc"])
            raise VignetteError(f"{source}:{number}: {field}: {error['msg']}") from None
        if vignette.id in seen:
            raise VignetteError(f"{source}:{number}: id {vignette.id!r} is used twice")
        seen.add(vignette.id)
        out.append(vignette)
    if not out:
        raise VignetteError(f"{source}: no vignettes in the file")
    return out
