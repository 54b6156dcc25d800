"""`--format text`: the compiler-style lines, lineage, help, colour only when asked."""

from __future__ import annotations

from tests.report import samples
from weightgate.model import Report, ScanError
from weightgate.report import text


def test_finding_line_then_via_then_help() -> None:
    out = text.render_check(samples.lineage_report()).splitlines()
    assert out[0] == "train.py:4:9: error[output-restriction] acme/llama-ft is under llama2: " + (
        "output-restriction message"
    )
    assert out[1] == "  via: acme/llama-ft -> meta-llama/Llama-2-7b-hf"
    assert out[2] == "  help: if legal approved this use, add an exception for output-restriction"
    assert len(out) == 9


def test_no_colour_unless_asked() -> None:
    plain = text.render_check(samples.lineage_report())
    coloured = text.render_check(samples.lineage_report(), color=True)
    assert "\033[" not in plain
    assert "\033[1;31merror[user-cap]\033[0m" in coloured
    assert "\033[1;33mwarning[use-restrictions]\033[0m" in coloured


def test_control_characters_are_shown_not_obeyed() -> None:
    out = text.render_check(samples.hostile_report())
    lines = out.splitlines()
    assert len(lines) == 2  # the finding and its help, however many newlines the names hold
    assert lines[0].startswith("src/evil,line=1::x%0A::error::pwned\\n::warning")
    assert "\r" not in out
    assert "\033" not in out


def test_summary_line_counts() -> None:
    line = text.summary_line(samples.lineage_report())
    assert line == "weightgate: 2 error(s), 1 warning(s), 2 model(s) in 2 file(s)"


def test_scan_errors_are_counted_as_errors_not_as_unreadable_files() -> None:
    """A templated id in a readable file is a scan error; the file itself was scanned."""
    errors = (
        ScanError("a.py", "templated model id cannot be resolved statically", line=4),
        ScanError("a.py", "templated model id cannot be resolved statically", line=9),
        ScanError("gone.py", "no such file"),
    )
    report = Report(refs=(), errors=errors, files=1)
    assert text.summary_line(report) == (
        "weightgate: 0 error(s), 0 warning(s), 0 model(s) in 1 file(s), 3 scan error(s)"
    )


def test_a_scan_error_without_a_line_names_only_the_file() -> None:
    report = Report(refs=(), errors=(ScanError("gone.py", "no such file"),))
    assert text.render_scan(report) == "gone.py: error: no such file\n"
    assert text.render_check(report).splitlines()[0] == "gone.py: error[scan] no such file"
    located = Report(refs=(), errors=(ScanError("a.py", "templated", line=4),))
    assert text.render_check(located).splitlines()[0] == "a.py:4: error[scan] templated"
