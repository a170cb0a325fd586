"""Reading the YAML files of a presentation into validated models.

ruamel.yaml (YAML 1.2) is used for two reasons: ``no``/``yes`` stay strings, and
every node remembers its line and column, so an error can say
``conditions.yaml:7:12: cervical_polyp.priors.default: must be between 0 and 1``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from bleedcheck.kb.errors import KnowledgeError, KnowledgeProblem
from bleedcheck.kb.handover import Code, NextStep
from bleedcheck.kb.schema import Condition, Finding, Presentation, Rule, Source

__all__ = ["Document", "KnowledgeBase", "default_knowledge_path", "load_knowledge", "read_files"]

FILES = {
    "presentation": "presentation.yaml",
    "sources": "sources.yaml",
    "findings": "findings.yaml",
    "conditions": "conditions.yaml",
    "rules": "rules.yaml",
    # What the clinician gets: standard codes and next steps (bleedcheck.kb.handover).
    "coding": "coding.yaml",
    "next_steps": "next_steps.yaml",
}

M = TypeVar("M", bound=BaseModel)


def default_knowledge_path() -> Path:
    """The knowledge base shipped inside the package."""
    return Path(str(resources.files("bleedcheck.knowledge"))) / "postcoital_bleeding"


@dataclass
class Document:
    """One YAML file with its node tree, so positions can be looked up later."""

    name: str
    root: Any

    def position(self, path: Sequence[str | int]) -> tuple[int, int]:
        """1-based (line, column) of the deepest node on ``path`` that exists."""
        node = self.root
        line, col = 1, 1
        for part in path:
            if part in ("value", "basis") and isinstance(node, CommentedSeq):
                part = 0 if part == "value" else 1
            if isinstance(node, CommentedMap) and part in node:
                ln, cl = node.lc.value(part) if _is_scalar(node[part]) else node.lc.key(part)
                line, col = ln + 1, cl + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                ln, cl = node.lc.item(part)
                line, col = ln + 1, cl + 1
                node = node[part]
            else:
                break
        return line, col

    def problem(self, path: Sequence[str | int], label: str, message: str) -> KnowledgeProblem:
        line, col = self.position(path)
        return KnowledgeProblem(self.name, line, col, label, message)


def _is_scalar(node: Any) -> bool:
    return not isinstance(node, CommentedMap | CommentedSeq)


def _plain(node: Any) -> Any:
    """ruamel's round-trip types -> plain Python, so strict pydantic accepts them."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


_FRIENDLY = {
    "missing": "is required",
    "extra_forbidden": "is not a known field",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "list_type": "must be a list",
    "dict_type": "must be a mapping",
    "model_type": "must be a mapping",
    "literal_error": None,
    "string_pattern_mismatch": None,
    "string_too_short": "must not be empty",
    "too_short": "must not be empty",
}


def _message(error: Any) -> str:
    friendly = _FRIENDLY.get(error["type"])
    if friendly:
        return friendly
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    if error["type"] == "string_pattern_mismatch":
        return f"{error['input']!r} is not a valid id here"
    return message[:1].lower() + message[1:]


def _display(loc: Sequence[str | int]) -> str:
    # Figure internals ("value"/"basis") and the Text language are part of the field.
    parts = [str(p) for p in loc if p not in ("value", "basis")]
    return ".".join(parts)


def _validate(
    model: type[M],
    data: Any,
    doc: Document,
    base: list[str | int],
    label: str,
    problems: list[KnowledgeProblem],
) -> M | None:
    try:
        return model.model_validate(_plain(data))
    except ValidationError as exc:
        for error in exc.errors():
            loc = list(error["loc"])
            # Figures are written [value, basis]: point at the right element.
            yaml_loc: list[str | int] = [
                0 if p == "value" else 1 if p == "basis" else p for p in loc
            ]
            path = _display(loc)
            shown = f"{label}.{path}" if label and path else label or path
            problems.append(doc.problem(base + yaml_loc, shown, _message(error)))
        return None


@dataclass(frozen=True)
class KnowledgeBase:
    """A validated presentation: everything the engine needs, nothing else."""

    root: Path
    presentation: Presentation
    sources: dict[str, Source]
    findings: dict[str, Finding]
    conditions: dict[str, Condition]
    rules: tuple[Rule, ...]
    documents: dict[str, Document] = field(repr=False, compare=False, default_factory=dict)
    # Finding (or presentation) id -> verified standard code; steps for the clinician.
    coding: dict[str, Code] = field(default_factory=dict)
    next_steps: tuple[NextStep, ...] = ()

    @property
    def version(self) -> str:
        return f"{self.presentation.id}@{self.presentation.version}"


def read_files(root: Path) -> tuple[dict[str, Document], list[KnowledgeProblem]]:
    """Parse every file of a presentation folder (syntax only)."""
    yaml = YAML(typ="rt")
    yaml.version = (1, 2)
    documents: dict[str, Document] = {}
    problems: list[KnowledgeProblem] = []
    for key, name in FILES.items():
        path = root / name
        if not path.is_file():
            problems.append(KnowledgeProblem(name, 1, 1, "", f"file is missing from {root}"))
            continue
        try:
            data = yaml.load(path.read_text(encoding="utf-8"))
        except MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            col = mark.column + 1 if mark else 1
            problems.append(KnowledgeProblem(name, line, col, "", f"not valid YAML: {exc.problem}"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(KnowledgeProblem(name, 1, 1, "", f"cannot be read: {exc}"))
            continue
        documents[key] = Document(name, data)
    return documents, problems


def _items(
    doc: Document, key: str, model: type[M], problems: list[KnowledgeProblem]
) -> Iterator[tuple[int, M]]:
    root = doc.root
    if not isinstance(root, CommentedMap) or not isinstance(root.get(key), CommentedSeq):
        problems.append(doc.problem([], "", f"must be a mapping with a list under '{key}:'"))
        return
    for index, raw in enumerate(root[key]):
        label = (
            str(raw.get("id")) if isinstance(raw, CommentedMap) and "id" in raw else f"#{index + 1}"
        )
        item = _validate(model, raw, doc, [key, index], label, problems)
        if item is not None:
            yield index, item


def _unique(
    doc: Document, key: str, items: Iterator[tuple[int, M]], problems: list[KnowledgeProblem]
) -> dict[str, M]:
    out: dict[str, M] = {}
    for index, item in items:
        ident = str(getattr(item, "id"))  # noqa: B009 (every item model has an id)
        if ident in out:
            problems.append(doc.problem([key, index, "id"], ident, "is defined twice"))
            continue
        out[ident] = item
    return out


def _collection(
    documents: dict[str, Document], key: str, model: type[M], problems: list[KnowledgeProblem]
) -> dict[str, M]:
    """The validated items listed under ``key:`` in ``<key>.yaml``, by id."""
    doc = documents[key]
    return _unique(doc, key, _items(doc, key, model, problems), problems)


def load_knowledge(
    root: Path | str | None = None, *, check_readability: bool = True
) -> KnowledgeBase:
    """Load and validate a presentation folder; raise KnowledgeError listing every problem."""
    from bleedcheck.kb.validate import cross_check

    folder = Path(root) if root is not None else default_knowledge_path()
    if not folder.is_dir():
        raise KnowledgeError([KnowledgeProblem(str(folder), 1, 1, "", "is not a folder")])
    documents, problems = read_files(folder)
    if problems:
        raise KnowledgeError(problems)

    presentation = _validate(
        Presentation, documents["presentation"].root, documents["presentation"], [], "", problems
    )
    sources = _collection(documents, "sources", Source, problems)
    findings = _collection(documents, "findings", Finding, problems)
    conditions = _collection(documents, "conditions", Condition, problems)
    rules = _collection(documents, "rules", Rule, problems)
    coding = _collection(documents, "coding", Code, problems)
    next_steps = _collection(documents, "next_steps", NextStep, problems)
    if presentation is None or problems:
        raise KnowledgeError(problems)

    kb = KnowledgeBase(
        root=folder,
        presentation=presentation,
        sources=sources,
        findings=findings,
        conditions=conditions,
        rules=tuple(rules.values()),
        documents=documents,
        coding=coding,
        next_steps=tuple(next_steps.values()),
    )
    problems.extend(cross_check(kb, check_readability=check_readability))
    if problems:
        raise KnowledgeError(problems)
    return kb
