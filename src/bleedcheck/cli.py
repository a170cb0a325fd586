"""The ``bleedcheck`` command line: knowledge base, assessments and interviews."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from bleedcheck.engine import CaseError, assess
from bleedcheck.kb import KnowledgeError, load_knowledge
from bleedcheck.kb.compile import compile_model, default_model
from bleedcheck.render import render_assessment, render_knowledge

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
kb_app = typer.Typer(no_args_is_help=True, help="Inspect and check the knowledge base.")
app.add_typer(kb_app, name="kb")

Lang = Annotated[str, typer.Option("--lang", help="Language of the output: en or ru.")]
Clinician = Annotated[
    bool, typer.Option("--clinician", help="Clinician mode: also ask exam and test findings.")
]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def _check_language(language: str) -> None:
    if language not in ("en", "ru"):
        raise _fail("--lang must be en or ru")


@kb_app.command("validate")
def kb_validate(
    path: Annotated[
        Path | None, typer.Argument(help="A presentation folder; default: the shipped one.")
    ] = None,
) -> None:
    """Check the knowledge base; print every problem, one a line."""
    from bleedcheck.language import check_lexicons

    try:
        kb = load_knowledge(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            typer.echo(str(problem))
        raise typer.Exit(1) from None
    problems = check_lexicons(kb)  # the language/<lang>.yaml files beside it
    for problem in sorted(problems):
        typer.echo(str(problem))
    if problems:
        raise typer.Exit(1)
    typer.echo(f"valid: {kb.version}")


@kb_app.command("show")
def kb_show(
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object instead of tables.")
    ] = False,
    path: Annotated[Path | None, typer.Option("--path", help="A presentation folder.")] = None,
) -> None:
    """Show the compiled knowledge base."""
    try:
        model = (
            compile_model(load_knowledge(path, check_readability=False))
            if path
            else default_model()
        )
    except KnowledgeError as exc:
        raise _fail(f"the knowledge base is invalid:\n{exc}") from None
    if as_json:
        typer.echo(json.dumps(knowledge_summary(model), ensure_ascii=False, indent=2))
    else:
        render_knowledge(model, Console())


def knowledge_summary(model: Any) -> dict[str, Any]:
    kb = model.kb
    return {
        "knowledge_version": kb.version,
        "conditions": [
            {
                "id": c.id,
                "name": c.name.model_dump(),
                "icd10": c.icd10,
                "group": c.group,
                "severity": c.severity,
                "urgency": c.urgency,
                "sources": list(c.sources),
            }
            for c in kb.conditions.values()
        ],
        "findings": [
            {
                "id": f.id,
                "group": f.group,
                "asked_of": f.asked_of,
                "question": f.question.model_dump(),
                "sources": list(f.sources),
            }
            for f in kb.findings.values()
        ],
        "rules": [
            {
                "id": r.id,
                "kind": r.kind,
                "level": r.level,
                "when": r.model_dump()["when"],
                "reason": r.reason.model_dump(),
                "sources": list(r.sources),
            }
            for r in kb.rules
        ],
        "sources": [s.model_dump(exclude_none=True) for s in kb.sources.values()],
    }


@app.command("assess")
def assess_command(
    file: Annotated[
        str, typer.Argument(help="A case as JSON: a file, or - for standard input.")
    ] = "-",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the contract JSON result.")
    ] = False,
    clinician: Clinician = False,
    language: Lang = "en",
    as_fhir: Annotated[
        bool, typer.Option("--fhir", help="Print a FHIR R4 Bundle (answers, findings, risks).")
    ] = False,
) -> None:
    """Assess one case (contract JSON or a FHIR QuestionnaireResponse)."""
    _check_language(language)
    data = _read_case(file)
    try:
        result = assess(data, clinician=clinician, language=language)
    except CaseError as exc:
        raise _fail(f"invalid case: {exc}") from None
    if as_fhir:
        from bleedcheck.fhir import bundle

        resource = bundle(data, result, created=datetime.now(UTC), language=language)
        typer.echo(json.dumps(resource, ensure_ascii=False, indent=2))
    elif as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_assessment(result, default_model(), Console())


def _read_case(file: str) -> Any:
    """A case from a file or standard input: contract JSON or a QuestionnaireResponse."""
    try:
        raw = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot read {file}: {exc.strerror}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _fail(
            f"{file}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if isinstance(data, dict) and "resourceType" in data:
        from bleedcheck.fhir import case_from_questionnaire_response

        try:
            return case_from_questionnaire_response(data)
        except CaseError as exc:
            raise _fail(f"invalid QuestionnaireResponse: {exc}") from None
    return data


@app.command("report")
def report_command(
    file: Annotated[
        str, typer.Argument(help="A case (or QuestionnaireResponse) as JSON, or - for stdin.")
    ] = "-",
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Write the PDF here.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the HTML page here.")] = None,
    language: Lang = "en",
) -> None:
    """The one-page summary for the doctor, as HTML (default: standard output) or PDF."""
    _check_language(language)
    from bleedcheck.report import PdfUnavailable, render_html, render_pdf, summary

    data = _read_case(file)
    try:
        result = assess(data, language=language)
        page = summary(data, result, language=language, created=datetime.now(UTC))
    except CaseError as exc:
        raise _fail(f"invalid case: {exc}") from None
    try:
        if pdf is not None:
            pdf.write_bytes(render_pdf(page))
            typer.echo(f"pdf: {pdf}", err=True)
        if html is not None:
            html.write_text(render_html(page), encoding="utf-8")
            typer.echo(f"html: {html}", err=True)
    except PdfUnavailable as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"cannot write {exc.filename}: {exc.strerror}") from None
    if pdf is None and html is None:
        typer.echo(render_html(page))


@app.command("eval")
def eval_command(
    file: Annotated[Path, typer.Argument(help="Vignettes, one JSON object a line.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the contract JSON.")] = False,
    use: Annotated[str, typer.Option("--use", help="Inputs: evidence, text or both.")] = "both",
    interview: Annotated[
        bool, typer.Option("--interview", help="Simulate an adaptive interview per vignette.")
    ] = False,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write an HTML report with pictures here.")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if a target of docs/evaluation.md is missed.")
    ] = False,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Score a blind second reading of these vignettes instead of the engine.",
        ),
    ] = None,
) -> None:
    """Score the engine on vignettes: triage accuracy and safety, top-1 and top-3."""
    from bleedcheck.evaluation import VignetteError, evaluate, load_vignettes, score
    from bleedcheck.evaluation.agreement import load_second_readings, second_reader_outcomes
    from bleedcheck.evaluation.metrics import INTERVIEW_TARGETS, TARGETS

    _check_use(use)
    if against is not None and interview:
        raise _fail("--against scores a second reader's answers; it cannot be an --interview")
    try:
        vignettes = load_vignettes(file)
        if against is not None:
            outcomes = second_reader_outcomes(vignettes, load_second_readings(against))
        else:
            outcomes = evaluate(vignettes, use=use, interview_mode=interview)
        metrics = score(outcomes)
    except (VignetteError, CaseError) as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(metrics.to_dict(), ensure_ascii=False))
    elif against is not None:
        _print_metrics(metrics, f"{file}: second reading {against}")
    else:
        _print_metrics(metrics, f"{file} (--use {use}{', --interview' if interview else ''})")
    if report is not None:
        from bleedcheck.evaluation.report import write_report

        page = write_report(metrics, report, title=f"bleedcheck evaluation: {file.name}")
        typer.echo(f"report: {page}", err=True)
    if check:
        missed = metrics.failures(INTERVIEW_TARGETS if interview else TARGETS)
        for line in missed:
            typer.echo(f"below target: {line}", err=True)
        if missed:
            raise typer.Exit(1)


@app.command("eval-casemix")
def eval_casemix_command(
    file: Annotated[Path, typer.Argument(help="Vignettes, one JSON object a line.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    use: Annotated[str, typer.Option("--use", help="Inputs: evidence, text or both.")] = "evidence",
) -> None:
    """How much top-1 depends on the vignettes' case mix: priors flattened step by step."""
    from rich.table import Table

    from bleedcheck.evaluation import VignetteError, load_vignettes
    from bleedcheck.evaluation.casemix import prior_sensitivity

    _check_use(use)
    try:
        figures = prior_sensitivity(load_vignettes(file), use=use)
    except (VignetteError, CaseError) as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False))
        return
    rows = figures["rows"]
    table = Table(title=f"{file} (--use {use}): priors raised to a power w (1 = shipped)")
    for column in rows[0]:
        table.add_column(column.replace("_", " "), justify="right")
    for row in rows:
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()))
    Console().print(table)
    weighted = rows[-1]["prevalence_weighted_top1"]  # the weights end at 1: the shipped priors
    if weighted is not None:
        typer.echo(f"prevalence-weighted top-1 (shipped priors): {weighted:.3f}")


def _check_use(use: str) -> None:
    if use not in ("evidence", "text", "both"):
        raise _fail("--use must be evidence, text or both")


def _print_metrics(metrics: Any, title: str) -> None:
    from rich.table import Table

    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in metrics.to_dict().items():
        if key != "per_case":
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    Console().print(table)


@app.command("eval-text")
def eval_text_command(
    files: Annotated[list[Path], typer.Argument(help="Annotated texts (vignettes/text/*.jsonl).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    differences: Annotated[
        bool, typer.Option("--differences", help="List each text the reader got wrong (dev only).")
    ] = False,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Score this second annotation of the same texts instead of the reader "
            "(inter-annotator agreement).",
        ),
    ] = None,
) -> None:
    """Score the free-text reader: micro precision, recall, F1 and negation accuracy."""
    from bleedcheck.evaluation import VignetteError
    from bleedcheck.evaluation.text import annotation_reader, load_texts, score_texts

    try:
        texts = load_texts(*files)
        reader = annotation_reader(texts, load_texts(against)) if against else None
        scores = score_texts(texts, reader)
    except (VignetteError, KnowledgeError) as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(scores.to_dict(), ensure_ascii=False))
    else:
        title = ", ".join(map(str, files)) + (f" against {against}" if against else "")
        _print_text_scores(scores.to_dict(per_finding=False), title)
    if differences:
        for d in scores.differences:
            typer.echo(f"\n{d.id}: {d.text}\n  missed {d.missed}\n  extra  {d.extra}")


def _print_text_scores(figures: dict[str, Any], title: str) -> None:
    from rich.table import Table

    table = Table(title=title)
    columns = ["texts", "precision", "recall", "f1", "negation_accuracy", "age_accuracy"]
    table.add_column("")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right")
    rows = {**figures["languages"], "all": figures}
    for name, block in rows.items():
        table.add_row(name, *(str(block[c]) for c in columns))
    # The alarms apart: a missed red flag costs more than any other miss.
    red = Table(title="red-flag findings said to be present")
    red.add_column("")
    for column in ("recall", "precision", "missed", "read as denied"):
        red.add_column(column, justify="right")
    for name, block in rows.items():
        flags = block["red_flags"]
        cells = (flags["recall"], flags["precision"], flags["fn"], flags["denied"])
        red.add_row(name, *map(str, cells))
    Console().print(table)
    Console().print(red)


@app.command("interview")
def interview_command(clinician: Clinician = False, language: Lang = "en") -> None:
    """An interactive interview in the terminal, one question at a time."""
    _check_language(language)
    from bleedcheck.terminal import run_interview

    raise typer.Exit(run_interview(Console(), clinician=clinician, language=language))


DatabaseUrl = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        help="sqlite:///path or postgresql+psycopg://user:pass@host/db "
        "(default: $BLEEDCHECK_DATABASE_URL, else an SQLite file in your data folder).",
    ),
]


def _migrated_engine(database_url: str | None) -> Any:
    from bleedcheck.store import DatabaseError, default_database_url, open_engine, upgrade

    url = database_url or default_database_url()
    try:
        engine = open_engine(url)
        upgrade(engine)
    except DatabaseError as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:  # the driver's own errors: unreachable host, bad password ...
        raise _fail(f"cannot open the database: {type(exc).__name__}: {exc}") from None
    return engine


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    database_url: DatabaseUrl = None,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes.", min=1)] = 1,
    access_log: Annotated[
        bool,
        typer.Option("--access-log", help="Log each request (with the client's address)."),
    ] = False,
) -> None:
    """Run the web app and the REST API (OpenAPI at /docs)."""
    import os

    import uvicorn

    from bleedcheck.api.settings import UVICORN_OPTIONS
    from bleedcheck.store import default_database_url

    url = database_url or default_database_url()
    # A broken or half-written knowledge base stops the server here, with the
    # validation message, before a port is opened: a worker that failed later would
    # only be restarted by the supervisor, again and again.
    try:
        default_model()
    except KnowledgeError as exc:
        raise _fail(f"the knowledge base is invalid, not starting:\n{exc}") from None
    # Migrate once, before any worker starts; workers find the schema ready.
    _migrated_engine(url).dispose()
    os.environ["BLEEDCHECK_DATABASE_URL"] = url
    typer.echo(f"bleedcheck: open http://{host}:{port}/ (API docs at /docs)", err=True)
    options: dict[str, Any] = {**UVICORN_OPTIONS, "access_log": access_log}
    uvicorn.run(
        "bleedcheck.api.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        **options,
    )


@app.command("purge")
def purge_command(database_url: DatabaseUrl = None) -> None:
    """Delete interviews that have expired (run it daily, e.g. from cron)."""
    from bleedcheck.api.settings import Settings
    from bleedcheck.store import AuditLog, InterviewStore

    settings = Settings()
    engine = _migrated_engine(database_url)
    removed = InterviewStore(engine, ttl=settings.ttl).purge_expired()
    old_events = AuditLog(engine, retention=settings.audit_retention).purge()
    engine.dispose()
    typer.echo(f"deleted {removed} expired interview(s)")
    typer.echo(
        f"deleted {old_events} audit event(s) older than {settings.audit_retention.days} days"
    )


@app.command("audit")
def audit_command(
    database_url: DatabaseUrl = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only events from this date (YYYY-MM-DD) on.")
    ] = None,
    interview: Annotated[
        str | None, typer.Option("--interview", help="Only the events of this interview id.")
    ] = None,
    summary: Annotated[
        bool,
        typer.Option("--summary", help="Per day: how many interviews ended at each level."),
    ] = False,
) -> None:
    """Print the audit trail: what each interview was told, when, by which knowledge.

    One JSON object a line (for a log system), or with --summary a table of outcomes.
    """
    from bleedcheck.store import AuditLog

    start: datetime | None = None
    if since is not None:
        try:
            start = datetime.strptime(since, "%Y-%m-%d").replace(tzinfo=UTC)
        except ValueError:
            raise _fail(f"--since must be a date like 2026-11-21, not {since!r}") from None
    engine = _migrated_engine(database_url)
    log = AuditLog(engine)
    try:
        if summary:
            _print_outcomes(log.outcomes(since=start))
        else:
            for event in log.events(since=start, interview_ref=interview):
                typer.echo(json.dumps(event.to_dict(), ensure_ascii=False))
    finally:
        engine.dispose()


def _print_outcomes(days: dict[date, Counter[str]]) -> None:
    from rich.table import Table

    from bleedcheck.kb.schema import TriageLevel

    levels = [level.name for level in sorted(TriageLevel, reverse=True)]
    table = Table("day", *levels, "interviews", title="Interview outcomes (last level shown)")
    for day, counts in days.items():
        table.add_row(
            day.isoformat(), *(str(counts.get(level, 0)) for level in levels), str(counts.total())
        )
    Console(width=140).print(table)


def main() -> None:
    app()
