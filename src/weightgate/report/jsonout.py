"""`--format json`: the version-1 document of DESIGN.md."""

from __future__ import annotations

import json
from typing import Any

from weightgate.model import Finding, ModelReport, Report, ScanError, TermValue

SCHEMA_VERSION = 1


def _error(error: ScanError) -> dict[str, Any]:
    out: dict[str, Any] = {"path": error.path, "message": error.message}
    if error.line is not None:
        out["line"] = error.line
    return out


def _term(value: TermValue) -> Any:
    return list(value) if isinstance(value, tuple) else value


def model_entry(model: ModelReport) -> dict[str, Any]:
    r = model.resolution
    return {
        "id": r.id,
        "kind": r.kind,
        "revision": r.revision,
        "sha": r.sha,
        "license": r.license,
        "license_name": r.license_name,
        "source": r.source,
        "terms": {k: _term(v) for k, v in r.terms.items()},
        "lineage": list(model.lineage),
        "status": r.status,
    }


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "model": f.model,
        "license": f.license,
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "message": f.message,
        "via": list(f.via),
    }


def summary(report: Report) -> dict[str, int]:
    active = report.active_findings
    return {
        "errors": sum(f.severity == "error" for f in active),
        "warnings": sum(f.severity == "warning" for f in active),
        "notes": sum(f.severity == "note" for f in active),
        "models": len(report.models),
        "files": report.files,
        "suppressed": len(report.findings) - len(active),
    }


def render_scan(report: Report) -> str:
    doc = {
        "version": SCHEMA_VERSION,
        "refs": [r.fields() for r in report.refs],
        "errors": [_error(e) for e in report.errors],
    }
    return json.dumps(doc, indent=2) + "\n"


def render_check(report: Report) -> str:
    doc = {
        "version": SCHEMA_VERSION,
        "knowledge_base": report.kb_version,
        "refs": [r.fields() for r in report.refs],
        "errors": [_error(e) for e in report.errors],
        "models": [model_entry(m) for m in report.models],
        "findings": [_finding(f) for f in report.active_findings],
        "summary": summary(report),
    }
    return json.dumps(doc, indent=2) + "\n"
