"""`--format markdown`: a summary ready to post as a pull-request comment or job summary.

Model ids, license names and paths come from contributors and remote model cards: every such
value is escaped so it cannot add links, images, mentions, HTML or table cells.
"""

from __future__ import annotations

import re

from weightgate.model import Finding, ModelReport, Report
from weightgate.report import fields
from weightgate.report.rules import rule

MAX_ROWS = 200  # a PR comment holds 65,536 characters
_ICON = {"error": ":x:", "warning": ":warning:", "note": ":information_source:"}
_SPECIAL = re.compile(r"([\\`*_\[\]#!|~])")


def escape(text: str) -> str:
    """Plain text inside markdown (and table cells): no markup, no HTML, no mentions."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text).replace("@", "&#64;")


def code(text: str) -> str:
    """An inline code span that survives backticks and pipes in its content."""
    text = " ".join(text.split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}" if longest else f"{fence}{text}{fence}"


def _title(report: Report) -> str:
    n = fields.counts(report.active_findings)
    verdict = "license policy violations" if n["error"] else "model licenses"
    return (
        f"### weightgate: {verdict} — {n['error']} error(s), {n['warning']} warning(s), "
        f"{n['note']} note(s) in {len(report.models)} model(s)"
    )


def _finding_row(f: Finding) -> str:
    where = code(f"{f.path}:{f.line}:{f.column}")
    via = " → ".join(code(m) for m in f.via)
    message = escape(f.message) + (f"<br>via {via}" if via else "")
    return (
        f"| {_ICON[f.severity]} {f.severity} | [{code(f.rule)}]({rule(f.rule).help_uri}) "
        f"| {where} | {code(f.model)} | {message} |"
    )


def _model_row(model: ModelReport) -> str:
    r = model.resolution
    license_ = code(r.license) if r.license else "—"
    if r.license_name:
        license_ += f" ({escape(r.license_name)})"
    terms = ", ".join(code(t) for t in fields.terms_json(r)) or "—"
    lineage = " → ".join(code(m) for m in model.lineage) or "—"
    return f"| {code(r.id)} | {license_} | {terms} | {lineage} | {r.status} ({r.source}) |"


def _findings(findings: tuple[Finding, ...], scan_errors: int = 0) -> list[str]:
    if not findings and scan_errors:
        return [f"No policy findings, but {scan_errors} scan error(s) fail the check (below)."]
    if not findings:
        return ["No findings: every model's license is within the policy."]
    lines = ["| severity | rule | where | model | message |", "|---|---|---|---|---|"]
    lines += [_finding_row(f) for f in findings[:MAX_ROWS]]
    if len(findings) > MAX_ROWS:
        lines += ["", f"… and {len(findings) - MAX_ROWS} more finding(s) (see the job log)."]
    return lines


def _fixes(findings: tuple[Finding, ...]) -> list[str]:
    seen: dict[str, list[str]] = {}
    for f in findings:
        if f.help:
            seen.setdefault(f.help, []).append(code(f"{f.path}:{f.line}"))
    if not seen:
        return []
    lines = ["", "#### How to fix", ""]
    for i, (help_text, where) in enumerate(seen.items()):
        if i == MAX_ROWS:
            lines.append(f"- … and {len(seen) - MAX_ROWS} more")
            break
        lines.append(f"- {', '.join(where[:5])}{' …' if len(where) > 5 else ''}: {code(help_text)}")
    return lines


def _models(report: Report) -> list[str]:
    if not report.models:
        return []
    lines = [
        "",
        f"<details><summary>Models ({len(report.models)})</summary>",
        "",
        "| model | license | terms | lineage | status |",
        "|---|---|---|---|---|",
    ]
    lines += [_model_row(m) for m in report.models[:MAX_ROWS]]
    if len(report.models) > MAX_ROWS:
        lines.append(f"\n… and {len(report.models) - MAX_ROWS} more model(s).")
    return [*lines, "", "</details>"]


def _errors(report: Report) -> list[str]:
    if not report.errors:
        return []
    lines = ["", "#### Files that could not be scanned", ""]
    for e in report.errors:
        where = f"{e.path}:{e.line}" if e.line else e.path
        lines.append(f"- {code(where)}: {escape(e.message)}")
    return lines


def render_check(report: Report) -> str:
    findings = fields.by_severity(report.active_findings)
    lines = [_title(report), "", *_findings(findings, len(report.errors)), *_fixes(findings)]
    lines += [*_errors(report), *_models(report)]
    return "\n".join(lines) + "\n"
