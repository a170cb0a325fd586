"""A small boolean language over answers and age, for rules and "ask when".

Written in YAML as:

- ``finding_id``: the finding is present;
- ``{present: finding_id}`` / ``{absent: finding_id}``: answered yes / answered no;
- ``{all: [...]}``, ``{any: [...]}``, ``{not: ...}``;
- ``{age_below: 16}``, ``{age_at_least: 55}`` (false when the age is not known).

"unknown" ("I don't know") and unasked findings are neither present nor absent,
so ``{absent: x}`` is stricter than ``{not: x}``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator

__all__ = [
    "Absent",
    "AgeAtLeast",
    "AgeBelow",
    "All",
    "Any_",
    "Expression",
    "Node",
    "Not",
    "Present",
    "parse_expression",
]

# An answer lookup: finding id -> "present" | "absent" | "unknown" (missing = unasked).
Answers = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Present:
    finding: str

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return answers.get(self.finding) == "present"

    def children(self) -> tuple[Node, ...]:
        return ()

    def dump(self) -> Any:
        return self.finding


@dataclass(frozen=True, slots=True)
class Absent:
    finding: str

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return answers.get(self.finding) == "absent"

    def children(self) -> tuple[Node, ...]:
        return ()

    def dump(self) -> Any:
        return {"absent": self.finding}


@dataclass(frozen=True, slots=True)
class All:
    items: tuple[Node, ...]

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return all(item.evaluate(answers, age) for item in self.items)

    def children(self) -> tuple[Node, ...]:
        return self.items

    def dump(self) -> Any:
        return {"all": [item.dump() for item in self.items]}


@dataclass(frozen=True, slots=True)
class Any_:
    items: tuple[Node, ...]

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return any(item.evaluate(answers, age) for item in self.items)

    def children(self) -> tuple[Node, ...]:
        return self.items

    def dump(self) -> Any:
        return {"any": [item.dump() for item in self.items]}


@dataclass(frozen=True, slots=True)
class Not:
    item: Node

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return not self.item.evaluate(answers, age)

    def children(self) -> tuple[Node, ...]:
        return (self.item,)

    def dump(self) -> Any:
        return {"not": self.item.dump()}


@dataclass(frozen=True, slots=True)
class AgeBelow:
    years: int

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return age is not None and age < self.years

    def children(self) -> tuple[Node, ...]:
        return ()

    def dump(self) -> Any:
        return {"age_below": self.years}


@dataclass(frozen=True, slots=True)
class AgeAtLeast:
    years: int

    def evaluate(self, answers: Answers, age: int | None) -> bool:
        return age is not None and age >= self.years

    def children(self) -> tuple[Node, ...]:
        return ()

    def dump(self) -> Any:
        return {"age_at_least": self.years}


Node = Present | Absent | All | Any_ | Not | AgeBelow | AgeAtLeast


def walk(node: Node) -> Iterator[Node]:
    """Every node of an expression, depth first."""
    yield node
    for child in node.children():
        yield from walk(child)


def referenced_findings(node: Node) -> set[str]:
    return {n.finding for n in walk(node) if isinstance(n, Present | Absent)}


def present_findings(node: Node) -> set[str]:
    """Findings whose presence the expression asks for (outside any ``not``)."""
    return {n.finding for n in walk(node) if isinstance(n, Present)}


def is_positive(node: Node) -> bool:
    """True when making any finding present can only turn the expression true.

    Red-flag rules must be positive so that a worrying answer never un-fires one.
    """
    return not any(isinstance(n, Not | Absent) for n in walk(node))


def compile_expression(node: Node) -> Callable[[Answers, int | None], bool]:
    """Turn an expression into a closure; much faster than walking the tree."""
    if isinstance(node, Present):
        key = node.finding
        return lambda a, _age: a.get(key) == "present"
    if isinstance(node, Absent):
        key = node.finding
        return lambda a, _age: a.get(key) == "absent"
    if isinstance(node, All):
        parts = tuple(compile_expression(i) for i in node.items)
        return lambda a, age: all(p(a, age) for p in parts)
    if isinstance(node, Any_):
        parts = tuple(compile_expression(i) for i in node.items)
        return lambda a, age: any(p(a, age) for p in parts)
    if isinstance(node, Not):
        inner = compile_expression(node.item)
        return lambda a, age: not inner(a, age)
    if isinstance(node, AgeBelow):
        limit = node.years
        return lambda _a, age: age is not None and age < limit
    limit_ = node.years
    return lambda _a, age: age is not None and age >= limit_


_KEYS = (
    "a finding id, or a mapping with one of: "
    "all, any, not, present, absent, age_below, age_at_least"
)


def parse_expression(data: Any) -> Node:
    """Build an expression from its YAML form; raises ValueError with a plain message."""
    if isinstance(data, Present | Absent | All | Any_ | Not | AgeBelow | AgeAtLeast):
        return data
    if isinstance(data, str):
        if not data or not data.replace("_", "a").isalnum() or not data[0].isalpha():
            raise ValueError(f"{data!r} is not a finding id")
        return Present(data)
    if not isinstance(data, Mapping) or len(data) != 1:
        raise ValueError(f"expected {_KEYS}")
    ((key, value),) = data.items()
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ValueError(f"'{key}' needs a non-empty list")
        items = tuple(parse_expression(v) for v in value)
        return All(items) if key == "all" else Any_(items)
    if key == "not":
        return Not(parse_expression(value))
    if key in ("present", "absent"):
        if not isinstance(value, str):
            raise ValueError(f"'{key}' needs a finding id")
        return Present(value) if key == "present" else Absent(value)
    if key in ("age_below", "age_at_least"):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
            raise ValueError(f"'{key}' needs a whole number of years from 0 to 120")
        return AgeBelow(value) if key == "age_below" else AgeAtLeast(value)
    raise ValueError(f"unknown operator {key!r}; expected {_KEYS}")


Expression = Annotated[
    Node,
    PlainValidator(parse_expression),
    PlainSerializer(lambda node: node.dump()),
]
