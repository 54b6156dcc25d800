"""`--format markdown`: a PR comment that shows the verdict and cannot be hijacked."""

from __future__ import annotations

from dataclasses import replace

from tests.report import samples
from weightgate.model import Report, ScanError
from weightgate.report import markdown


def test_tables_of_findings_fixes_and_models() -> None:
    out = markdown.render_check(samples.lineage_report())
    assert out.startswith("### weightgate: license policy violations — 2 error(s), 1 warning(s)")
    assert "| :x: error | [`output-restriction`](https://github.com/weightgate/weightgate/" in out
    assert "`train.py:4:9`" in out
    assert "via `meta-llama/Llama-2-7b-hf`" in out
    assert "#### How to fix" in out
    assert "`if legal approved this use, add an exception for user-cap`" in out
    assert "<summary>Models (2)</summary>" in out
    assert "| `acme/llama-ft` | `apache-2.0` | — | `meta-llama/Llama-2-7b-hf` | ok (hub) |" in out


def test_clean_report_says_so() -> None:
    out = markdown.render_check(replace(samples.lineage_report(), findings=()))
    assert "No findings" in out
    assert "0 error(s)" in out


def test_hostile_values_are_inert() -> None:
    out = markdown.render_check(samples.hostile_report())
    assert "[click](https://evil.example)" not in out
    assert "\\[click\\]" in out
    assert "@org" not in out
    for line in out.splitlines():
        if line.startswith("| "):
            # every row keeps its column count: no value adds a cell
            assert line.replace("\\|", "").count("|") == 6


def test_code_spans_survive_backticks() -> None:
    assert markdown.code("a`b") == "`` a`b ``"
    assert markdown.code("x|y") == "`x\\|y`"
    assert markdown.escape("<img src=x> *b* @me") == "&lt;img src=x&gt; \\*b\\* &#64;me"


def test_long_reports_are_capped() -> None:
    out = markdown.render_check(samples.many_findings(markdown.MAX_ROWS + 5))
    assert "… and 5 more finding(s)" in out
    assert len(out) < 65_536


def test_scan_errors_name_their_line_or_only_the_file() -> None:
    errors = (ScanError("a.py", "templated", line=4), ScanError("gone.py", "no such file"))
    out = markdown.render_check(Report(refs=(), errors=errors))
    assert "- `a.py:4`: templated" in out
    assert "- `gone.py`: no such file" in out


def test_no_findings_but_scan_errors_does_not_claim_all_is_within_policy() -> None:
    """The run fails on scan errors: the comment must not read as a clean bill of health."""
    errors = (ScanError("a.py", "templated", line=4),)
    out = markdown.render_check(Report(refs=(), errors=errors))
    assert "every model's license is within the policy" not in out
    assert "1 scan error(s)" in out
    clean = markdown.render_check(Report(refs=(), errors=()))
    assert "No findings: every model's license is within the policy." in clean
