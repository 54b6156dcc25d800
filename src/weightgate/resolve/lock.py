"""`weightgate.lock`: what the Hub said, as deterministic JSON, so offline runs agree."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from weightgate.errors import WeightgateError
from weightgate.resolve.facts import HubFacts, Key

LOCK_VERSION = 1
DEFAULT_LOCKFILE = "weightgate.lock"


def _entry_key(key: Key) -> str:
    return key[0] if key[1] is None else f"{key[0]}@{key[1]}"


def read_lock(path: Path) -> dict[Key, HubFacts]:
    """Entries of an existing lockfile; a missing file is empty, a corrupt one an error."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict) or data.get("version") != LOCK_VERSION:
            raise ValueError(f"expected a version {LOCK_VERSION} lockfile")
        entries = [HubFacts.from_json(e) for e in data["models"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WeightgateError(
            f"corrupt lockfile ({exc}); delete it and run `weightgate lock`", path=str(path)
        ) from exc
    return {e.key: e for e in entries}


def render_lock(entries: Mapping[Key, HubFacts]) -> str:
    models = [entries[k].to_json() for k in sorted(entries, key=lambda k: (k[0], k[1] or ""))]
    return json.dumps({"version": LOCK_VERSION, "models": models}, indent=2, sort_keys=True) + "\n"


def write_lock(path: Path, entries: Mapping[Key, HubFacts]) -> bool:
    """Write atomically (temp file + rename); True when the content changed."""
    text = render_lock(entries)
    try:
        if path.exists() and path.read_text("utf-8") == text:
            return False
    except OSError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=".weightgate.lock.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


__all__ = ["DEFAULT_LOCKFILE", "_entry_key", "read_lock", "render_lock", "write_lock"]
