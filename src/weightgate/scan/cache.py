"""Content-hash scan cache: a file whose bytes did not change is not scanned again.

One JSON file per scanned directory under `$WEIGHTGATE_CACHE_DIR`, else
`$XDG_CACHE_HOME/weightgate`, else `~/.cache/weightgate`. Written atomically (temp file +
`os.replace`); a corrupt or foreign cache is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

from weightgate import __version__
from weightgate.model import ModelRef, ScanError, Suppression


def _scanner_version() -> str:
    """Changes whenever the scanner code does (a digest of this package's sources), so an
    upgraded or edited scanner never serves results cached by an older one."""
    digest = hashlib.blake2b(__version__.encode(), digest_size=8)
    try:
        for source in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(source.read_bytes())
    except OSError:
        pass
    return f"scan-{digest.hexdigest()}"


SCANNER_VERSION = _scanner_version()


class Entry(NamedTuple):
    """What one file's scan gives: its references and problems, the facts it states about its
    project (`project.stated`), and its references were another file to state a fact."""

    refs: tuple[ModelRef, ...]
    errors: tuple[ScanError, ...]
    facts: tuple[str, ...] = ()
    variants: tuple[tuple[str, tuple[ModelRef, ...]], ...] = ()


def cache_dir() -> Path:
    explicit = os.environ.get("WEIGHTGATE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "weightgate"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _plain(ref: ModelRef) -> dict[str, Any]:
    """`dataclasses.asdict(ref)`, written out: a cold scan of a large tree stores thousands."""
    rules = [{"rules": list(s.rules), "reason": s.reason, "line": s.line} for s in ref.suppressions]
    return {**ref.fields(), "suppressions": rules}


def _ref(raw: dict[str, Any]) -> ModelRef:
    sups = tuple(
        Suppression(tuple(s["rules"]), str(s["reason"]), int(s["line"]))
        for s in raw.pop("suppressions")
    )
    return ModelRef(**raw, suppressions=sups)


class ScanCache:
    """Entries keyed by relative path, valid only for the same content digest."""

    def __init__(self, root: Path) -> None:
        key = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:24]
        self.path = cache_dir() / f"{key}.json"
        self.old: dict[str, Any] = self._load()
        self.new: dict[str, Any] = {}

    def _load(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(doc, dict) or doc.get("version") != SCANNER_VERSION:
            return {}
        files = doc.get("files")
        return files if isinstance(files, dict) else {}

    def get(self, rel: str, hexdigest: str) -> Entry | None:
        entry = self.old.get(rel)
        if not isinstance(entry, list) or len(entry) != 5 or entry[0] != hexdigest:
            return None
        try:
            refs = tuple(_ref(dict(r)) for r in entry[1])
            errors = tuple(ScanError(**e) for e in entry[2])
            facts = tuple(str(f) for f in entry[3])
            variants = tuple(
                (str(fact), tuple(_ref(dict(r)) for r in alt)) for fact, alt in entry[4]
            )
        except (TypeError, KeyError, ValueError, AttributeError):
            return None
        self.new[rel] = entry
        return Entry(refs, errors, facts, variants)

    def put(self, rel: str, hexdigest: str, entry: Entry) -> None:
        self.new[rel] = [
            hexdigest,
            [_plain(r) for r in entry.refs],
            [{"path": e.path, "message": e.message, "line": e.line} for e in entry.errors],
            list(entry.facts),
            [[fact, [_plain(r) for r in alt]] for fact, alt in entry.variants],
        ]

    def save(self, *, prune: bool = False) -> None:
        """Write what this run saw, merged with entries for files it did not look at (dropped
        with `prune`, after a scan of the whole tree)."""
        merged = dict(self.new) if prune else {**self.old, **self.new}
        if merged == self.old:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".scan-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    # `dumps`, not `dump`: only a one-shot encode uses the C encoder
                    out.write(json.dumps({"version": SCANNER_VERSION, "files": merged}))
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass  # a cache that cannot be written only costs time
