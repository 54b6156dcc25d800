"""`--format text`: `path:line:col: severity[rule] message`, then `via:` and `help:` lines."""

from __future__ import annotations

from weightgate.model import Finding, Report, ScanError
from weightgate.report.jsonout import summary

_RESET = "\033[0m"
_STYLE = {
    "error": "\033[1;31m",
    "warning": "\033[1;33m",
    "note": "\033[1;34m",
    "path": "\033[1m",
    "label": "\033[36m",
}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLE[style]}{text}{_RESET}" if color else text


def _clean(text: str) -> str:
    """One physical line per field: control characters from file names or cards are shown, not
    obeyed (no fake lines, no terminal escape sequences)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def render_scan(report: Report) -> str:
    lines = [
        f"{_clean(r.path)}:{r.line}:{r.column}: {r.kind} {_clean(r.id)}"
        + (f"@{_clean(r.revision)}" if r.revision else "")
        for r in report.refs
    ]
    lines += [f"{_where(e)} error: {_clean(e.message)}" for e in report.errors]
    return "\n".join(lines) + ("\n" if lines else "")


def finding_lines(f: Finding, color: bool = False) -> list[str]:
    where = _paint(f"{_clean(f.path)}:{f.line}:{f.column}:", "path", color)
    level = _paint(f"{f.severity}[{f.rule}]", f.severity, color)
    lines = [f"{where} {level} {_clean(f.message)}"]
    if f.clause:
        lines.append(f"  {_paint('clause:', 'label', color)} {_clean(f.clause)}")
    if f.via:
        chain = " -> ".join(_clean(m) for m in (f.model, *f.via))
        lines.append(f"  {_paint('via:', 'label', color)} {chain}")
    if f.help:
        lines.append(f"  {_paint('help:', 'label', color)} {_clean(f.help)}")
    return lines


def _where(e: ScanError) -> str:
    """`path:line:`, or `path:` for a file-level error (no fake line 0)."""
    return f"{_clean(e.path)}:{e.line}:" if e.line else f"{_clean(e.path)}:"


def error_line(e: ScanError, color: bool = False) -> str:
    where = _paint(_where(e), "path", color)
    return f"{where} {_paint('error[scan]', 'error', color)} {_clean(e.message)}"


def render_check(report: Report, color: bool = False) -> str:
    lines: list[str] = []
    for f in report.active_findings:
        lines += finding_lines(f, color)
    lines += [error_line(e, color) for e in report.errors]
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
        parts.append(f"{len(report.errors)} scan error(s)")
    return "weightgate: " + ", ".join(parts)
