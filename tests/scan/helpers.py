"""Shared by the scanner tests: scan one file written into a temporary directory."""

from __future__ import annotations

from pathlib import Path

from weightgate.scan import scan_paths


def scan_one(tmp: Path, name: str, text: str) -> tuple[set[tuple[int, int, str, str]], list[str]]:
    """(line, column, id, kind) of each reference, and `line: message` of each error."""
    (tmp / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp / name).write_text(text, encoding="utf-8")
    result = scan_paths([name], tmp)
    refs: set[tuple[int, int, str, str]] = {(r.line, r.column, r.id, r.kind) for r in result.refs}
    return refs, [f"{e.line}: {e.message}" for e in result.errors]


def ids(refs: set[tuple[int, int, str, str]]) -> set[tuple[int, str, str]]:
    """(line, id, kind) of references from `scan_one`: the column left out."""
    return {(line, ident, kind) for line, _col, ident, kind in refs}
