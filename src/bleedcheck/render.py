"""Rich rendering of results for the terminal (the web app has its own templates)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bleedcheck.engine import Assessment
from bleedcheck.kb.compile import CompiledModel
from bleedcheck.kb.schema import TriageLevel
from bleedcheck.language import Reading

__all__ = [
    "LEVEL_STYLE",
    "render_assessment",
    "render_knowledge",
    "render_understood",
    "understood_lines",
]

LEVEL_STYLE = {
    TriageLevel.emergency_ambulance: "bold white on red",
    TriageLevel.emergency: "bold white on dark_orange3",
    TriageLevel.consultation_24: "bold black on yellow",
    TriageLevel.consultation: "bold white on blue",
    TriageLevel.self_care: "bold white on green",
}

_LABELS = {
    "en": {
        "why": "Why",
        "causes": "Possible causes",
        "next": "What a doctor will probably do",
        "net": "Get help sooner if",
        "for": "points to it",
        "against": "points away",
        "self": "What you can do",
        "note": "Probabilities are a guide, not a diagnosis.",
        "understood": "What we understood from your words",
        "age": "Age",
        "unknown": "not sure",
        "guessed": "(our guess from your words as a whole: please check)",
    },
    "ru": {
        "why": "Почему",
        "causes": "Возможные причины",
        "next": "Что, скорее всего, сделает врач",
        "net": "Обратитесь раньше, если",
        "for": "за",
        "against": "против",
        "self": "Что можно сделать самой",
        "note": "Вероятности ориентировочные, это не диагноз.",
        "understood": "Что мы поняли из вашего описания",
        "age": "Возраст",
        "unknown": "не знаю",
        "guessed": "(наша догадка по всему описанию: проверьте)",
    },
}


def _bar(probability: float, width: int = 20) -> str:
    filled = round(probability * width)
    return "█" * filled + "░" * (width - filled)


def _answer_label(model: CompiledModel, finding: str, answer: str, language: str) -> str:
    question = model.kb.findings[finding].question.get(language)
    yes, no, unsure = ("да", "нет", "не знаю") if language == "ru" else ("yes", "no", "not sure")
    shown = {"present": yes, "absent": no}.get(answer, unsure)
    return f"{question} — {shown}"


def understood_lines(reading: Reading, model: CompiledModel, language: str) -> list[str]:
    """One line per fact read from the text, with the person's own words in quotes."""
    labels = _LABELS["ru" if language == "ru" else "en"]
    lines = []
    if reading.age is not None:
        lines.append(f"{labels['age']}: {reading.age} «{reading.age_words}»")
    for finding, answer in reading.evidence.items():
        words = "», «".join(dict.fromkeys(reading.words_for(finding)))
        guess = f" {labels['guessed']}" if reading.guessed(finding) else ""
        lines.append(f"{_answer_label(model, finding, answer, language)}  «{words}»{guess}")
    return lines


def render_understood(
    reading: Reading, model: CompiledModel, console: Console, language: str
) -> None:
    labels = _LABELS["ru" if language == "ru" else "en"]
    console.print(f"[bold]{labels['understood']}[/bold]")
    for number, line in enumerate(understood_lines(reading, model, language), 1):
        console.print(f"  {number}. {escape(line)}")


def render_assessment(result: Assessment, model: CompiledModel, console: Console) -> None:
    language = result.language
    labels = _LABELS["ru" if language == "ru" else "en"]
    if result.reading is not None and (result.reading.evidence or result.reading.age):
        render_understood(result.reading, model, console, language)
    level_text = model.kb.presentation.levels[result.level.name]
    banner = Text(f" {level_text.title.get(language)} ", style=LEVEL_STYLE[result.level])
    console.print(Panel(Group(banner, Text(level_text.advice.get(language))), expand=True))

    console.print(f"[bold]{labels['why']}[/bold]")
    for reason in result.triage.reasons:
        console.print(f"  • {reason.text}")

    table = Table(title=labels["causes"], show_lines=False, expand=True)
    table.add_column("", ratio=3)
    table.add_column("", ratio=2)
    table.add_column("%", justify="right")
    for condition in result.conditions[:5]:
        table.add_row(condition.name, _bar(condition.probability), f"{condition.probability:.0%}")
    console.print(table)
    for condition in result.conditions[:3]:
        console.print(f"[bold]{condition.name}[/bold]: {condition.explanation}")
        for finding in condition.for_:
            label = _answer_label(model, finding, result.evidence.get(finding, "present"), language)
            console.print(f"    [green]+[/green] {label}")
        for finding in condition.against:
            label = _answer_label(model, finding, result.evidence.get(finding, "absent"), language)
            console.print(f"    [red]−[/red] {label}")
    top = result.conditions[0]
    console.print(f"[bold]{labels['next']}[/bold]")
    for step in top.doctor_will:
        console.print(f"  • {step}")
    if top.self_care:
        console.print(f"[bold]{labels['self']}[/bold]")
        for step in top.self_care:
            console.print(f"  • {step}")
    console.print(f"[bold]{labels['net']}[/bold]")
    for line in result.triage.safety_net:
        console.print(f"  ! {line}")
    console.print(f"[dim]{labels['note']} {result.knowledge_version}[/dim]")


def render_knowledge(model: CompiledModel, console: Console) -> None:
    kb = model.kb
    console.print(f"[bold]{kb.presentation.name.en}[/bold]  {kb.version}")
    table = Table(title=f"{len(kb.conditions)} conditions")
    for column in ("id", "ICD-10", "usual level", "severity", "sources"):
        table.add_column(column)
    for condition in kb.conditions.values():
        table.add_row(
            condition.id,
            condition.icd10,
            condition.urgency,
            condition.severity,
            ", ".join(condition.sources),
        )
    console.print(table)
    rules = Table(title=f"{len(kb.rules)} rules")
    for column in ("id", "kind", "level", "reason"):
        rules.add_column(column)
    for rule in kb.rules:
        rules.add_row(rule.id, rule.kind, rule.level, rule.reason.en)
    console.print(rules)
    console.print(f"{len(kb.findings)} findings, {len(kb.sources)} sources")
