"""What one scanner returns for one file: references plus problems that name a line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from weightgate.model import Confidence, Kind, ModelRef, ScanError

TEMPLATED = "templated model id cannot be resolved statically"
#: `${{ env.X }}`, `${X}`, `$X`, Make's `$(X)`.
_VARIABLE = re.compile(
    r"\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$[{(]?([A-Za-z_][A-Za-z0-9_]*)"
)
_ASSIGNED = re.compile(
    # Make's `X ?= v`, PowerShell's `$X = v`
    r"^\s*(?:(?:export|ENV|ARG)\s+|\$)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:[?:+]|::)?="
    r"|^\s*ENV\s+([A-Za-z_][A-Za-z0-9_]*)\s",
    re.MULTILINE,
)
#: YAML: `NAME: value` (workflow `env:`), `- NAME=value` (compose), `- name: NAME` (Kubernetes).
_DECLARED = re.compile(
    r"^[ \t]*(?:-[ \t]+)?name:[ \t]*[\"']?(?P<n>[A-Za-z_][A-Za-z0-9_]*)"
    r"|^[ \t]*(?:-[ \t]+)?[\"']?(?P<k>[A-Za-z_][A-Za-z0-9_]*)[\"']?"
    r"(?:[ \t]*:[ \t]*|=)(?P<v>[^\s#].*)",
    re.MULTILINE,
)


def assigned(text: str) -> frozenset[str]:
    """Names a shell script, Dockerfile, dotenv file or PowerShell script assigns (`NAME=...`,
    `ENV NAME ...`, `$NAME = ...`)."""
    return frozenset(m.group(1) or m.group(2) for m in _ASSIGNED.finditer(text))


def declared(text: str) -> frozenset[str]:
    """Names a YAML file gives a value of its own; `NAME: ${NAME}` passes one through and
    defines nothing."""
    names = set()
    for match in _DECLARED.finditer(text):
        name = match.group("k")
        if name is None:
            names.add(match.group("n"))
        elif not re.search(rf"\$\{{?{name}\b", match.group("v")):
            names.add(name)
    return frozenset(names)


@dataclass
class Found:
    """A mutable collector used while scanning one file; scanners return it."""

    path: str
    scanner: str
    refs: list[ModelRef] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    #: Variables the file itself assigns: `$NAME` built from them is resolved where assigned.
    defined: frozenset[str] = frozenset()
    #: Ids a Hub loader reads (`from_pretrained("org/x")`): Hub repos, whatever routers the
    #: file also names.
    hub_read: set[str] = field(default_factory=set)

    def add(
        self,
        line: int,
        column: int,
        ident: str,
        kind: Kind = "model",
        *,
        revision: str | None = None,
        confidence: Confidence = "high",
    ) -> None:
        self.refs.append(
            ModelRef(self.path, line, column, ident, kind, revision, self.scanner, confidence)
        )

    def templated(self, line: int, value: str) -> None:
        names = [a or b for a, b in _VARIABLE.findall(value)]
        if names and all(name in self.defined for name in names):
            return  # e.g. `--model ${BASE}` after `BASE=org/name` in the same file
        shown = value if len(value) <= 120 else value[:117] + "..."
        self.errors.append(ScanError(self.path, f"{TEMPLATED}: {shown!r}", line))

    def merge(self, other: Found) -> None:
        self.refs.extend(other.refs)
        self.errors.extend(other.errors)


def dedupe(refs: list[ModelRef]) -> list[ModelRef]:
    """One reference per (line, column, id): the first scanner to see it wins, kind included
    (a `--dataset=org/name` a command block reads is not a model too because prose saw it)."""
    seen: set[tuple[int, int, str]] = set()
    out: list[ModelRef] = []
    for ref in refs:
        key = (ref.line, ref.column, ref.id)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out
