"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).

GitHub accepts at most 25,000 results per run and 10 MB per upload: beyond that the report keeps
the most severe findings first, deterministically, and says in the run what it left out.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass
from typing import Any

from weightgate import __version__
from weightgate.model import Finding, Report, ScanError
from weightgate.report import fields
from weightgate.report.jsonout import model_entry
from weightgate.report.rules import rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "weightgate/v1"
MAX_RESULTS = 25_000
MAX_BYTES = 10 * 1024 * 1024
_LEVEL = {"error": "error", "warning": "warning", "note": "note"}


def _uri(path: str) -> str:
    return urllib.parse.quote(path, safe="/", errors="surrogateescape")


def _rule(rule_id: str, level: str) -> dict[str, Any]:
    meta = rule(rule_id)
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": f"{meta.summary}. Fix: {meta.fix}."},
        "helpUri": meta.help_uri,
        "help": {
            "text": f"{meta.summary}.\n\nHow to fix: {meta.fix}.",
            "markdown": f"**{meta.summary}.**\n\n**How to fix:** {meta.fix}.\n\n"
            f"[Rule documentation]({meta.help_uri})",
        },
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["license", "ml-model", "weightgate"], "precision": "high"},
    }


def _location(path: str, line: int | None, column: int | None) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": max(1, line or 1)}
    if column:
        region["startColumn"] = max(1, column)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"},
            "region": region,
        }
    }


def _result(report: Report, f: Finding, index: int, fingerprint: str) -> dict[str, Any]:
    resolution = fields.resolution_for(report, f)
    props: dict[str, Any] = {
        "model": f.model,
        "license": f.license,
        "licenseName": resolution.license_name if resolution else None,
        "terms": fields.terms_json(resolution),
        "via": list(f.via),
        "severity": f.severity,
    }
    text = f.message + (f"\nhelp: {f.help}" if f.help else "")
    return {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": _LEVEL[f.severity],
        "message": {"text": text},
        "locations": [_location(f.path, f.line, f.column)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": props,
    }


def _notification(text: str, level: str, error: ScanError | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"level": level, "message": {"text": text}}
    if error is not None:
        out["locations"] = [_location(error.path, error.line, None)]
    return out


@dataclass(frozen=True)
class Limits:
    results: int = MAX_RESULTS
    bytes: int = MAX_BYTES


def _driver(kept: list[tuple[Finding, str]]) -> tuple[dict[str, Any], dict[str, int]]:
    """The tool driver with the rules the kept results use, and each rule's index."""
    rule_ids = sorted({f.rule for f, _ in kept})
    levels: dict[str, str] = {}
    for f, _ in reversed(kept):  # most severe last, so it wins
        levels[f.rule] = _LEVEL[f.severity]
    driver = {
        "name": "weightgate",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": "https://github.com/weightgate/weightgate",
        "rules": [_rule(r, levels[r]) for r in rule_ids],
    }
    return driver, {r: i for i, r in enumerate(rule_ids)}


def _notifications(report: Report, omitted: int, total: int, limits: Limits) -> list[Any]:
    notes = [_notification(e.message, "error", e) for e in report.errors]
    if omitted:
        notes.append(
            _notification(
                f"{omitted} of {total} results omitted to stay within GitHub code scanning "
                f"limits ({limits.results} results, {limits.bytes} bytes); "
                "run `weightgate check --format json` for all of them",
                "warning",
            )
        )
    return notes


def _document(
    report: Report, findings: tuple[Finding, ...], omitted: int, limits: Limits
) -> dict[str, Any]:
    pairs = fields.by_severity_with(findings, fields.fingerprints(findings))
    kept = pairs[: len(findings) - omitted]
    driver, index = _driver(kept)
    notes = _notifications(report, omitted, len(findings), limits)
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notes}],
        "columnKind": "unicodeCodePoints",
        "results": [_result(report, f, index[f.rule], fp) for f, fp in kept],
        "properties": {
            "knowledgeBase": report.kb_version,
            "models": [model_entry(m) for m in report.models],
            "truncated": bool(omitted),
            "omittedResults": omitted,
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_check(report: Report, limits: Limits = Limits()) -> str:
    """The SARIF log, truncated (most severe kept) to fit the result and size limits."""
    findings = report.active_findings
    omitted = max(0, len(findings) - limits.results)
    while True:
        text = json.dumps(_document(report, findings, omitted, limits), indent=2) + "\n"
        size = len(text.encode("utf-8", "backslashreplace"))
        kept = len(findings) - omitted
        if size <= limits.bytes or kept == 0:
            return text
        shrink = max(1, kept - int(kept * limits.bytes / size * 0.95))
        omitted = min(len(findings), omitted + shrink)
