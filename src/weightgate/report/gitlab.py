"""`--format gitlab`: a GitLab code-quality report (`artifacts:reports:codequality`)."""

from __future__ import annotations

import json
from typing import Any

from weightgate.model import Finding, Report, ScanError
from weightgate.report import fields

_SEVERITY = {"error": "major", "warning": "minor", "note": "info"}


def _issue(f: Finding, fingerprint: str) -> dict[str, Any]:
    description = f.message + (f" — help: {f.help}" if f.help else "")
    return {
        "type": "issue",
        "check_name": f"weightgate/{f.rule}",
        "description": description,
        "categories": ["Compatibility"],
        "severity": _SEVERITY[f.severity],
        "fingerprint": fingerprint,
        "location": {"path": f.path, "lines": {"begin": max(1, f.line)}},
    }


def _scan_error(e: ScanError) -> dict[str, Any]:
    raw = f"scan-error\0{e.path}\0{e.message}"
    return {
        "type": "issue",
        "check_name": "weightgate/scan-error",
        "description": f"cannot scan: {e.message}",
        "categories": ["Bug Risk"],
        "severity": "major",
        "fingerprint": fields.digest(raw),
        "location": {"path": e.path, "lines": {"begin": max(1, e.line or 1)}},
    }


def render_check(report: Report) -> str:
    findings = report.active_findings
    pairs = fields.by_severity_with(findings, fields.fingerprints(findings))
    issues = [_issue(f, fp) for f, fp in pairs] + [_scan_error(e) for e in report.errors]
    return json.dumps(issues, indent=2) + "\n"
