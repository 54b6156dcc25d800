"""`--format github`: workflow commands nobody can inject into, within GitHub's caps."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.report import samples
from weightgate.report import github


@dataclass(frozen=True)
class Command:
    name: str
    props: dict[str, str]
    data: str


def _unescape(value: str, prop: bool) -> str:
    value = value.replace("%0D", "\r").replace("%0A", "\n")
    if prop:
        value = value.replace("%3A", ":").replace("%2C", ",")
    return value.replace("%25", "%")


def runner(output: str) -> list[Command]:
    """What the Actions runner executes from a step's output (v2 `::` and legacy `##[` forms)."""
    commands: list[Command] = []
    stop_token: str | None = None
    for raw in re.split(r"\r\n|\r|\n", output):  # the runner's ReadLine, not str.splitlines
        line = raw.strip()
        if stop_token is not None:
            if line == f"::{stop_token}::":
                stop_token = None
            continue
        assert not line.startswith("##["), f"legacy command in output: {line!r}"
        if not line.startswith("::"):
            continue
        head, sep, data = line[2:].partition("::")
        assert sep, f"malformed command: {line!r}"
        name, _, prop_text = head.partition(" ")
        props = {}
        for pair in filter(None, prop_text.split(",")):
            key, _, value = pair.partition("=")
            props[key] = _unescape(value, prop=True)
        if name == "stop-commands":
            stop_token = data
            continue
        commands.append(Command(name, props, _unescape(data, prop=False)))
    assert stop_token is None, "stop-commands never resumed"
    return commands


def test_annotations_carry_location_title_and_help() -> None:
    commands = runner(github.render_check(samples.lineage_report()))
    assert [(c.name, c.props["title"]) for c in commands] == [
        ("error", "weightgate output-restriction: acme/llama-ft"),
        ("error", "weightgate user-cap: acme/llama-ft"),
        ("warning", "weightgate use-restrictions: acme/llama-ft"),
    ]
    first = commands[0]
    assert first.props["file"] == "train.py"
    assert (first.props["line"], first.props["col"]) == ("4", "9")
    assert "via: acme/llama-ft -> meta-llama/Llama-2-7b-hf" in first.data
    assert "\nhelp: if legal approved" in first.data


def test_hostile_names_cannot_inject_commands() -> None:
    report = samples.hostile_report()
    output = github.render_check(report)
    commands = runner(output)
    assert len(commands) == 1  # exactly our one annotation; the log is inert
    [cmd] = commands
    assert cmd.name == "error"
    assert cmd.props["file"] == samples.HOSTILE_PATH  # round-trips exactly
    assert set(cmd.props) == {"file", "line", "col", "title"}
    assert samples.HOSTILE_LICENSE in cmd.data
    assert "second injection" in cmd.data  # help text is data too
    # the full log is printed, but between stop-commands markers
    assert "::stop-commands::weightgate-" in output


def test_escaping_rules() -> None:
    assert github.escape_data("100%\r\n::x") == "100%25%0D%0A::x"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_caps_ten_per_level_and_summarises_the_rest() -> None:
    commands = runner(github.render_check(samples.many_findings(25)))
    errors = [c for c in commands if c.name == "error"]
    assert len(errors) == github.MAX_PER_LEVEL
    assert all("file" in c.props for c in errors[:9])
    assert errors[9].data.startswith("16 more error(s) not annotated")
    assert [c.props["file"] for c in errors[:9]] == [f"f{i:05}.py" for i in range(9)]


def test_notes_become_notices() -> None:
    commands = runner(github.render_check(samples.many_findings(2, severity="note")))
    assert [c.name for c in commands] == ["notice", "notice"]


def test_step_summary_is_appended(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    github.write_step_summary(samples.lineage_report(), {"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text()
    assert text.startswith("earlier step\n### weightgate:")
    assert "| severity | rule |" in text


def test_step_summary_not_written_outside_actions(tmp_path: Path) -> None:
    github.write_step_summary(samples.lineage_report(), {})
    assert list(tmp_path.iterdir()) == []


def test_empty_report_prints_nothing() -> None:
    report = samples.lineage_report()
    from dataclasses import replace

    assert github.render_check(replace(report, findings=())) == ""


@pytest.mark.parametrize("name", ["a,b.py", "x:y.py", "p%0A.py"])
def test_property_values_round_trip(name: str) -> None:
    from dataclasses import replace

    report = samples.lineage_report()
    report = replace(report, findings=(replace(report.findings[0], path=name),))
    [cmd] = runner(github.render_check(report))
    assert cmd.props["file"] == name


@settings(max_examples=200, deadline=None)
@given(path=st.text(min_size=1), message=st.text(), title_model=st.text())
def test_no_value_can_forge_a_command(path: str, message: str, title_model: str) -> None:
    from dataclasses import replace

    report = samples.lineage_report()
    forged = replace(report.findings[0], path=path, message=message, model=title_model)
    [cmd] = runner(github.render_check(replace(report, findings=(forged,))))
    assert cmd.props["file"] == path
    assert cmd.props["title"] == f"weightgate output-restriction: {title_model}"
    assert cmd.data.startswith(message)
