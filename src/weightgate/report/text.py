"""`--format text`: `path:line:col: severity[rule] message`, a `help:` line, a summary."""

from __future__ import annotations

from weightgate.model import Report
from weightgate.report.jsonout import summary


def render_scan(report: Report) -> str:
    lines = [
        f"{r.path}:{r.line}:{r.column}: {r.kind} {r.id}" + (f"@{r.revision}" if r.revision else "")
        for r in report.refs
    ]
    lines += [f"{e.path}:{e.line or 0}: error: {e.message}" for e in report.errors]
    return "\n".join(lines) + ("\n" if lines else "")


def render_check(report: Report) -> str:
    lines: list[str] = []
    for f in report.active_findings:
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.severity}[{f.rule}] {f.message}")
        if f.help:
            lines.append(f"  help: {f.help}")
    for e in report.errors:
        lines.append(f"{e.path}:{e.line or 0}: error[scan] {e.message}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary_line(report: Report) -> str:
    s = summary(report)
    parts = [
        f"{s['errors']} error(s)",
        f"{s['warnings']} warning(s)",
        f"{s['models']} model(s) in {s['files']} file(s)",
    ]
    if s["suppressed"]:
        parts.append(f"{s['suppressed']} suppressed")
    if report.errors:
        parts.append(f"{len(report.errors)} file(s) could not be scanned")
    return "weightgate: " + ", ".join(parts)
