"""The terminal interview: one question at a time, with back and quit.

Input is read line by line with ``input()``, so the interview works the same
at a keyboard, under tmux, and when answers are piped in (end of input quits).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape

from bleedcheck.engine import Assessment, Question, assess
from bleedcheck.kb.compile import default_model
from bleedcheck.language import MAX_TEXT, read
from bleedcheck.render import render_assessment, render_understood

__all__ = ["InterviewState", "run_interview"]

_WORDS = {
    "en": {
        "yes": ("y", "yes"),
        "no": ("n", "no"),
        "unknown": ("?", "d", "dk", "don't know"),
        "back": ("b", "back"),
        "quit": ("q", "quit"),
        "keys": "[y]es / [n]o / [?] don't know / [b]ack / [q]uit",
        "age": "How old are you? (press Enter to skip)",
        "age_bad": "Please type your age in years, from 0 to 120, or press Enter.",
        "any": "Any of these?",
        "bad": "Please answer y, n, ?, b or q.",
        "bye": "Stopped. Nothing was saved.",
        "intro": "Answer a few questions. Type y for yes, n for no, ? if you don't know.",
        "describe": "First, describe what happened in your own words (or press Enter to skip):",
        "nothing": "We could not pick out any answers from that, so we will ask.",
        "confirm": "Press Enter if this is right, or type the numbers that are wrong (e.g. 2 4):",
        "confirm_bad": "Type numbers from the list, separated by spaces, or press Enter.",
    },
    "ru": {
        "yes": ("д", "да", "y"),
        "no": ("н", "нет", "n"),
        "unknown": ("?", "не знаю"),
        "back": ("назад", "b"),
        "quit": ("выход", "q"),
        "keys": "[д]а / [н]ет / [?] не знаю / [назад] / [выход]",
        "age": "Сколько вам лет? (Enter — пропустить)",
        "age_bad": "Введите возраст числом от 0 до 120 или нажмите Enter.",
        "any": "Есть что-то из этого?",
        "bad": "Ответьте: д, н, ?, назад или выход.",
        "bye": "Опрос остановлен. Ничего не сохранено.",
        "intro": "Ответьте на несколько вопросов: д — да, н — нет, ? — не знаю.",
        "describe": "Сначала опишите своими словами, что случилось (Enter — пропустить):",
        "nothing": "Не удалось понять ответы из описания, поэтому зададим вопросы.",
        "confirm": "Нажмите Enter, если всё верно, или введите номера неверных пунктов:",
        "confirm_bad": "Введите номера из списка через пробел или нажмите Enter.",
    },
}


@dataclass
class InterviewState:
    """Answers so far, with an undo stack of whole steps (a group is one step)."""

    age: int | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    history: list[tuple[str, ...]] = field(default_factory=list)

    def answer(self, answers: dict[str, str]) -> None:
        self.evidence.update(answers)
        self.history.append(tuple(answers))

    def back(self) -> bool:
        if not self.history:
            return False
        for finding in self.history.pop():
            self.evidence.pop(finding, None)
        return True

    def case(self) -> dict[str, object]:
        out: dict[str, object] = {"evidence": dict(self.evidence)}
        if self.age is not None:
            out["age"] = self.age
        return out


class _Quit(Exception):
    pass


def _read(prompt: str, console: Console, *, keep_case: bool = False) -> str:
    console.print(escape(prompt), end=" ")
    try:
        reply = input().strip()
    except EOFError:
        console.print()
        raise _Quit from None
    return reply if keep_case else reply.lower()


def _describe(console: Console, language: str, state: InterviewState) -> None:
    """The optional own-words step: read the text, show it back, drop what is wrong."""
    words = _WORDS[language]
    text = _read(str(words["describe"]), console, keep_case=True)[:MAX_TEXT]
    if not text or text.lower() in words["quit"]:
        if text:
            raise _Quit
        return
    reading = read(text, language)
    if not reading.evidence and reading.age is None:
        console.print(words["nothing"])
        return
    render_understood(reading, default_model(), console, language)
    items: list[str | None] = [None] if reading.age is not None else []
    items += list(reading.evidence)
    while True:
        reply = _read(str(words["confirm"]), console)
        if reply in words["quit"]:
            raise _Quit
        numbers = reply.replace(",", " ").split()
        if all(n.isdigit() and 1 <= int(n) <= len(items) for n in numbers):
            break
        console.print(words["confirm_bad"])
    wrong = {items[int(n) - 1] for n in numbers}
    if reading.age is not None and None not in wrong:
        state.age = reading.age
    kept: dict[str, str] = {f: a for f, a in reading.evidence.items() if f not in wrong}
    if kept:
        state.answer(kept)


def _classify(reply: str, words: Mapping[str, object]) -> str | None:
    for key in ("yes", "no", "unknown", "back", "quit"):
        if reply in words[key]:  # type: ignore[operator]
            return key
    return None


def _ask(question: Question, console: Console, language: str) -> dict[str, str] | str:
    """Ask one step; return answers, or "back"."""
    words = _WORDS[language]
    value = {"yes": "present", "no": "absent", "unknown": "unknown"}
    console.print(f"\n[bold]{question.text}[/bold]")
    if len(question.findings) > 1:
        for _, text in question.items:
            console.print(f"  • {text}")
    if question.help:
        console.print(f"[dim]{question.help}[/dim]")
    while True:
        kind = _classify(_read(f"{words['keys']}:", console), words)
        if kind == "quit":
            raise _Quit
        if kind == "back":
            return "back"
        if kind is None:
            console.print(words["bad"])
            continue
        if len(question.findings) == 1 or kind != "yes":
            return dict.fromkeys(question.findings, value[kind])
        break
    # "Yes" to a group: ask which ones, item by item.
    answers: dict[str, str] = {}
    for finding, text in question.items:
        while True:
            kind = _classify(_read(f"  {text} ({words['keys']}):", console), words)
            if kind == "quit":
                raise _Quit
            if kind == "back":
                return "back"
            if kind in value:
                answers[finding] = value[kind]
                break
            console.print(words["bad"])
    return answers


def _ask_age(console: Console, language: str) -> int | None:
    words = _WORDS[language]
    while True:
        reply = _read(f"{words['age']}:", console)
        if reply in words["quit"]:
            raise _Quit
        if not reply:
            return None
        if reply.isdigit() and 0 <= int(reply) <= 120:
            return int(reply)
        console.print(words["age_bad"])


def run_interview(console: Console, *, clinician: bool = False, language: str = "en") -> int:
    """Run the interview; return the exit code (0 finished, 130 quit)."""
    words = _WORDS[language]
    model = default_model()
    console.print(model.kb.presentation.intro.get(language))
    console.print(f"[dim]{words['intro']}[/dim]")
    state = InterviewState()
    try:
        _describe(console, language, state)
        if state.age is None:
            state.age = _ask_age(console, language)
        while True:
            result: Assessment = assess(
                state.case(),
                clinician=clinician,
                language=language,
                questions_asked=len(state.history),
                allow_empty=True,
            )
            if result.should_stop or result.next_question is None:
                console.print()
                render_assessment(result, model, console)
                return 0
            reply = _ask(result.next_question, console, language)
            if reply == "back":
                state.back()
            elif isinstance(reply, dict):
                state.answer(reply)
    except _Quit:
        console.print(words["bye"])
        return 130
