"""`--format github`: GitHub Actions workflow commands that annotate the pull request.

License names come from remote model cards and file names from contributors, so every value is
escaped (`%`, CR, LF; plus `:` and `,` in properties) and the plain-text log is wrapped in
`::stop-commands::` with a token derived from its content: nothing in it can issue a command.
GitHub shows at most 10 annotations per level per step; past that, the 10th says how many more
there are, and the job summary and the log list all of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

from weightgate.errors import WeightgateError
from weightgate.model import Finding, Report, ScanError, Severity
from weightgate.report import fields, markdown, text

MAX_PER_LEVEL = 10
_COMMAND: dict[Severity, str] = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: str | int | None) -> str:
    shown = ",".join(
        f"{key}={escape_property(str(value))}" for key, value in props.items() if value is not None
    )
    return f"::{level}{' ' + shown if shown else ''}::{escape_data(message)}"


def _finding(f: Finding) -> str:
    message = f.message
    if f.via:
        message += "\nvia: " + " -> ".join((f.model, *f.via))
    if f.help:
        message += f"\nhelp: {f.help}"
    return command(
        _COMMAND[f.severity],
        message,
        file=f.path,
        line=max(1, f.line),
        col=max(1, f.column) if f.column else None,
        title=f"weightgate {f.rule}: {f.model}",
    )


def _scan_error(e: ScanError) -> str:
    return command("error", e.message, file=e.path, line=e.line, title="weightgate: cannot scan")


def _annotations(report: Report) -> list[str]:
    items: list[tuple[Severity, str]] = [("error", _scan_error(e)) for e in report.errors]
    items += [(f.severity, _finding(f)) for f in fields.by_severity(report.active_findings)]
    out: list[str] = []
    for level in ("error", "warning", "note"):
        lines = [line for severity, line in items if severity == level]
        if len(lines) <= MAX_PER_LEVEL:
            out += lines
            continue
        rest = len(lines) - (MAX_PER_LEVEL - 1)
        out += lines[: MAX_PER_LEVEL - 1]
        out.append(
            command(
                _COMMAND[level],
                f"{rest} more {level}(s) not annotated (GitHub shows {MAX_PER_LEVEL} per level); "
                "see the job summary and the log",
                title="weightgate",
            )
        )
    return out


def _log(report: Report) -> list[str]:
    """The full text report, inert: workflow commands are off while it prints."""
    body = text.render_check(report)
    if not body:
        return []
    token = "weightgate-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
    return [f"::stop-commands::{token}", *body.splitlines(), f"::{token}::"]


def render_check(report: Report) -> str:
    lines = _annotations(report) + _log(report)
    return "\n".join(lines) + ("\n" if lines else "")


def write_step_summary(report: Report, environ: Mapping[str, str]) -> None:
    """Append the markdown summary to $GITHUB_STEP_SUMMARY when running in GitHub Actions."""
    target = environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with Path(target).open("a", encoding="utf-8") as handle:
            handle.write(markdown.render_check(report) + "\n")
    except OSError as exc:
        raise WeightgateError(
            f"cannot append the job summary: {exc.strerror}", path=target
        ) from exc
