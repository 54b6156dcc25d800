"""Frozen values passed between the stages: scan -> resolve -> policy -> report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["model", "dataset", "ollama"]
Confidence = Literal["high", "medium", "low"]
Status = Literal["ok", "unknown", "not-found", "gated", "unreachable", "offline"]
Source = Literal["hub", "lock", "override", "license-text", "knowledge"]
Severity = Literal["error", "warning", "note"]

#: A term's value: an int cap, a bool flag, a copyleft strength or a list of regions.
TermValue = int | bool | str | tuple[str, ...]

#: The vocabulary of license terms (DESIGN.md), in report order.
TERMS: tuple[str, ...] = (
    "user-cap",
    "revenue-cap",
    "non-commercial",
    "research-only",
    "output-restriction",
    "use-restrictions",
    "hosting-restriction",
    "region-restriction",
    "attribution",
    "naming",
    "copyleft",
)
#: Pseudo-terms for what could not be established; policies judge them like terms.
STATUS_TERMS: tuple[str, ...] = ("unknown", "unresolved", "gated")


@dataclass(frozen=True)
class Suppression:
    """An inline `weightgate: ignore[rule,...] reason` comment that applies to a reference."""

    rules: tuple[str, ...]
    reason: str
    line: int


@dataclass(frozen=True)
class ModelRef:
    """One place in one file that references a model, dataset or Ollama tag."""

    path: str
    line: int
    column: int
    id: str
    kind: Kind = "model"
    revision: str | None = None
    scanner: str = ""
    confidence: Confidence = "high"
    suppressions: tuple[Suppression, ...] = ()

    @property
    def key(self) -> tuple[str, str | None]:
        """What resolution is keyed by: the id and the requested revision."""
        return (self.id, self.revision)

    def fields(self) -> dict[str, Any]:
        """Its fields as JSON holds them, its suppressions apart (`dataclasses.asdict` deep-copies
        each field, and a scan of a large tree writes thousands)."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "id": self.id,
            "kind": self.kind,
            "revision": self.revision,
            "scanner": self.scanner,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class ScanError:
    """A file (or a spot in it) that could not be read or understood."""

    path: str
    message: str
    line: int | None = None


@dataclass(frozen=True)
class ScanResult:
    refs: tuple[ModelRef, ...]
    errors: tuple[ScanError, ...]
    files: int


@dataclass(frozen=True)
class Evidence:
    """Why a license carries a term: the clause and where it stands."""

    term: str
    quote: str
    section: str = ""


@dataclass(frozen=True)
class Resolution:
    """What is known about one (model id, revision): license facts or why there are none."""

    id: str
    kind: Kind = "model"
    revision: str | None = None
    requested: str = ""
    sha: str | None = None
    license: str | None = None
    license_name: str | None = None
    license_link: str | None = None
    source: Source = "hub"
    terms: Mapping[str, TermValue] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    base_models: tuple[str, ...] = ()
    status: Status = "ok"
    detail: str = ""
    gated: bool = False


@dataclass(frozen=True)
class Finding:
    """A policy verdict on one reference. A finding cannot exist without a location."""

    rule: str
    severity: Severity
    model: str
    license: str | None
    path: str
    line: int
    column: int
    message: str
    help: str = ""
    via: tuple[str, ...] = ()
    suppressed: str | None = (
        None  # the reason, when an inline comment, exception or baseline waived it
    )
    clause: str = ""  # the license clause that creates the term, quoted with its section


@dataclass(frozen=True)
class ModelReport:
    """A resolved model as reported: its own facts plus the lineage it was judged through."""

    resolution: Resolution
    ancestors: tuple[Resolution, ...] = ()  # every base model it was judged through, nearest first

    @property
    def lineage(self) -> tuple[str, ...]:
        """The ancestors' ids, as the JSON `lineage` field shows them."""
        return tuple(r.id for r in self.ancestors)


@dataclass(frozen=True)
class Report:
    refs: tuple[ModelRef, ...]
    errors: tuple[ScanError, ...]
    models: tuple[ModelReport, ...] = ()
    findings: tuple[Finding, ...] = ()
    files: int = 0
    kb_version: str = ""

    @property
    def active_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.suppressed is None)
