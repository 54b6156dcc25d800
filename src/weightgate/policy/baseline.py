"""Baselines for adopting weightgate on a legacy repository (detect-secrets style).

A baseline records accepted findings keyed by (rule, model, path): no line numbers (they churn
and conflict in merges), no timestamps, sorted JSON. Findings in the baseline count as
suppressed; only new ones fail.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from weightgate.errors import WeightgateError
from weightgate.model import Finding

VERSION = 1
SUPPRESSED = "baseline"
BaselineKey = tuple[str, str, str]


def key_of(finding: Finding) -> BaselineKey:
    return (finding.rule, finding.model, finding.path)


def render_baseline(findings: Iterable[Finding]) -> str:
    """The baseline document for the findings nothing else waives (baselined ones included)."""
    keys = sorted(
        {key_of(f) for f in findings if f.suppressed is None or f.suppressed == SUPPRESSED}
    )
    entries = [{"rule": r, "model": m, "path": p} for r, m, p in keys]
    return json.dumps({"version": VERSION, "findings": entries}, indent=2, sort_keys=True) + "\n"


def write_baseline(path: Path, findings: Iterable[Finding]) -> None:
    """Atomic write: a concurrent reader never sees half a file."""
    from weightgate.resolve.lock import committed_mode

    text = render_baseline(findings)
    try:
        mode = committed_mode(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=".baseline-")
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise WeightgateError(f"cannot write baseline: {exc.strerror}", path=str(path)) from exc


def _entry(raw: object, index: int, origin: str) -> BaselineKey:
    fields = ("rule", "model", "path")
    if not isinstance(raw, dict) or set(raw) != set(fields):
        raise WeightgateError(
            f"findings[{index}]: expected an object with exactly rule, model and path", path=origin
        )
    values = [raw[f] for f in fields]
    if not all(isinstance(v, str) and v for v in values):
        raise WeightgateError(
            f"findings[{index}]: rule, model and path must be strings", path=origin
        )
    return (values[0], values[1], values[2])


def read_baseline(path: Path) -> frozenset[BaselineKey]:
    """The keys of a baseline file; a missing or malformed file is a config error (exit 2)."""
    origin = str(path)
    try:
        doc = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise WeightgateError(f"cannot read baseline: {exc.strerror}", path=origin) from exc
    except UnicodeDecodeError as exc:
        raise WeightgateError("baseline is not UTF-8 text", path=origin) from exc
    except json.JSONDecodeError as exc:
        raise WeightgateError(f"invalid JSON: {exc.msg}", path=origin, line=exc.lineno) from exc
    if not isinstance(doc, dict) or doc.get("version") != VERSION:
        raise WeightgateError(
            f"not a weightgate baseline (expected version {VERSION})", path=origin
        )
    entries = doc.get("findings")
    if not isinstance(entries, list):
        raise WeightgateError("findings: expected a list", path=origin)
    return frozenset(_entry(raw, i, origin) for i, raw in enumerate(entries))


def apply_baseline(
    findings: Iterable[Finding], baseline: frozenset[BaselineKey]
) -> tuple[Finding, ...]:
    """Findings in the baseline (and not already waived) marked suppressed."""
    return tuple(
        replace(f, suppressed=SUPPRESSED) if f.suppressed is None and key_of(f) in baseline else f
        for f in findings
    )


def record_baseline(path: Path, findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Write the baseline for these findings and return them with the recorded ones suppressed."""
    findings = tuple(findings)
    write_baseline(path, findings)
    return apply_baseline(findings, frozenset(key_of(f) for f in findings))


def as_excluded(cwd: Path, *files: str | None) -> tuple[str, ...]:
    """Baseline files as scan paths (relative, `/`-separated): they are not references."""
    return tuple(os.path.relpath(cwd / f, cwd).replace(os.sep, "/") for f in files if f is not None)
