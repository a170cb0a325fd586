"""Reading vignette files (JSON lines, the contract's format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bleedcheck.engine.case import Answer, Language

__all__ = ["Expected", "Vignette", "VignetteError", "load_jsonl", "load_vignettes"]

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
    return load_jsonl(Vignette, path, what="vignettes")


M = TypeVar("M", bound=BaseModel)


def load_jsonl(model: type[M], *paths: Path | str, what: str) -> list[M]:
    """Read JSON-lines files of ``model`` items with unique ``id``s; raise
    VignetteError naming file, line and field (vignettes and annotated texts)."""
    out: list[M] = []
    seen: set[str] = set()
    for source in map(Path, paths):
        try:
            lines = source.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise VignetteError(f"{source}: cannot be read ({exc.strerror})") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = model.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                raise VignetteError(f"{source}:{number}: not valid JSON ({exc.msg})") from None
            except ValidationError as exc:
                error = exc.errors()[0]
                field = ".".join(str(p) for p in error["loc"])
                raise VignetteError(f"{source}:{number}: {field}: {error['msg']}") from None
            ident = str(cast(Any, item).id)  # every model read here has an id
            if ident in seen:
                raise VignetteError(f"{source}:{number}: id {ident!r} is used twice")
            seen.add(ident)
            out.append(item)
    if not out:
        raise VignetteError(f"no {what} in " + ", ".join(str(p) for p in paths))
    return out
