"""The command line, run as a real process: assess, kb show, and the interview."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bleedcheck.cli import app
from tests.conftest import contract_rows

BIN = str(Path(sys.executable).with_name("bleedcheck"))


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True, timeout=60)


def test_kb_show_json_lists_everything_with_sources() -> None:
    result = run(["kb", "show", "--json"])
    assert result.returncode == 0, result.stderr
    kb = json.loads(result.stdout)
    assert {"conditions", "findings", "rules", "sources"} <= set(kb)
    source_ids = {s["id"] for s in kb["sources"]}
    for kind in ("conditions", "findings", "rules"):
        for item in kb[kind]:
            assert item["id"] and item["sources"] and set(item["sources"]) <= source_ids
    assert len(kb["rules"]) >= 20
    assert {r["id"] for r in contract_rows("conditions.csv")} <= {c["id"] for c in kb["conditions"]}
    assert {r["id"] for r in contract_rows("findings.csv")} <= {f["id"] for f in kb["findings"]}


def test_kb_show_tables() -> None:
    result = CliRunner().invoke(app, ["kb", "show"])
    assert result.exit_code == 0 and "36 conditions" in result.output


def test_assess_json_from_stdin() -> None:
    case = {"age": 30, "evidence": {"bleeding_heavy": "present"}}
    result = run(["assess", "-", "--json"], json.dumps(case))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["triage"]["level"] == "emergency"


def test_assess_human_output_in_russian(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"age": 28, "evidence": {"hormonal_contraception": "present"}}))
    result = run(["assess", str(path), "--lang", "ru"])
    assert result.returncode == 0, result.stderr
    assert "Запишитесь к врачу" in result.stdout and "Возможные причины" in result.stdout


@pytest.mark.parametrize(
    ("stdin", "words"),
    [
        ("{not json", "not valid JSON"),
        ('{"age": 300}', "age: must be between 0 and 120"),
        ('{"evidence": {"nosebleed": "present"}}', "evidence.nosebleed"),
    ],
)
def test_assess_bad_input_is_a_clear_error(stdin: str, words: str) -> None:
    result = run(["assess", "-"], stdin)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_interview_through_a_pipe_ends_in_an_emergency() -> None:
    # No own words; age 30; not pregnant; "yes" to the danger-signs group, then to its first item.
    result = run(["interview"], "\n30\nn\ny\ny\nn\nn\nn\nn\nn\nn\nn\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Call an ambulance now" in result.stdout or "emergency department" in result.stdout


def test_interview_back_and_quit() -> None:
    result = run(["interview", "--lang", "ru"], "\n30\nн\nназад\nвыход\n")
    assert result.returncode == 130
    assert "Опрос остановлен" in result.stdout


def test_interview_end_of_input_quits_cleanly() -> None:
    result = run(["interview"], "\n25\n")
    assert result.returncode == 130 and "Traceback" not in result.stderr


def test_interview_starts_from_own_words_and_asks_only_what_is_missing() -> None:
    text = "I'm 30. Since sex I soak a pad every hour and I feel faint"
    # Confirm what was understood (Enter), then "no" to anything else asked.
    result = run(["interview"], text + "\n\n" + "n\n" * 15)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "What we understood from your words" in out
    assert "Age: 30" in out
    assert "«soak a pad»" in out and "«faint»" in out
    assert "How old are you?" not in out  # the age came from the text
    assert "Call an ambulance now" in out


def test_interview_own_words_can_be_corrected() -> None:
    # Item 9 does not exist: asked again; then drop item 2 (the pill) and quit.
    result = run(["interview"], "no pain, I'm on the pill\n9\n2\nq\n")
    assert result.returncode == 130
    assert result.stdout.count("Type numbers from the list") == 1
    assert "How old are you?" in result.stdout


def test_assess_shows_what_was_read_from_text() -> None:
    case = {"text": "Кровь после секса, живот не болит, мне 25, пью Джес", "language": "ru"}
    result = run(["assess", "-", "--lang", "ru"], json.dumps(case, ensure_ascii=False))
    assert result.returncode == 0, result.stderr
    assert "Что мы поняли из вашего описания" in result.stdout
    assert "«живот не болит»" in result.stdout and "«Джес»" in result.stdout


def test_assess_json_includes_evidence_read_from_text() -> None:
    case = {"text": "on the pill, no fever", "evidence": {"fever": "present"}}
    result = run(["assess", "-", "--json"], json.dumps(case))
    assert result.returncode == 0, result.stderr
    evidence = json.loads(result.stdout)["evidence"]
    # Explicit evidence wins over the text; the rest of the text is added.
    assert evidence == {"hormonal_contraception": "present", "fever": "present"}


def test_assess_over_long_text_is_a_clear_error() -> None:
    result = run(["assess", "-"], json.dumps({"text": "a" * 10_001}))
    assert result.returncode == 2
    assert "text: is too long" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_interview_under_tmux(tmp_path: Path) -> None:
    session = f"bleedcheck-test-{time.monotonic_ns()}"
    tmux = ["tmux", "-L", session]
    subprocess.run(
        # The shell keeps the pane (and what was printed) after the interview exits.
        [
            *tmux,
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "100",
            "-y",
            "40",
            f"{BIN} interview; echo exit=$?; sleep 60",
        ],
        check=True,
        timeout=30,
    )
    try:

        def screen() -> str:
            out = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", session],
                capture_output=True,
                text=True,
                timeout=10,
            )
            return out.stdout

        def wait_for(text: str) -> str:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                shown = screen()
                if text in shown:
                    return shown
                time.sleep(0.1)
            raise AssertionError(f"{text!r} never appeared:\n{screen()}")

        wait_for("in your own words")
        subprocess.run([*tmux, "send-keys", "-t", session, "Enter"], check=True)
        wait_for("How old are you?")
        subprocess.run([*tmux, "send-keys", "-t", session, "30", "Enter"], check=True)
        wait_for("Are you pregnant?")
        subprocess.run([*tmux, "send-keys", "-t", session, "q", "Enter"], check=True)
        wait_for("Stopped. Nothing was saved.")
        wait_for("exit=130")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, timeout=10)
