"""`weightgate.lock`: what the Hub said, as deterministic JSON, so offline runs agree.

Writes are atomic (temp file + `os.replace`) and serialized across processes by an exclusive
`flock` on a sidecar file; under that lock the file is re-read and merged, so concurrent runs
never lose each other's entries. Where `fcntl` is missing the write is still atomic.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from weightgate.errors import WeightgateError
from weightgate.resolve.facts import HubFacts, Key

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_VERSION = 1
DEFAULT_LOCKFILE = "weightgate.lock"


def sidecar(path: Path) -> Path:
    """The file whose flock serializes writers of `path` (`.weightgate.lock.lock`, transient)."""
    return path.with_name(f".{path.name}.lock")


def parse_lock(text: str, path: Path) -> dict[Key, HubFacts]:
    """Entries of a lockfile's text; a one-line WeightgateError naming the file when corrupt."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != LOCK_VERSION:
            raise ValueError(f"expected a version {LOCK_VERSION} lockfile")
        if not isinstance(data.get("models"), list):
            raise ValueError("'models' must be a list")
        entries = [HubFacts.from_json(e) for e in data["models"]]
        keys = [e.key for e in entries]
        if len(set(keys)) != len(keys):
            twice = next(k for k in keys if keys.count(k) > 1)
            at = f"@{twice[1]}" if twice[1] else ""
            raise ValueError(f"two entries for {twice[0]}{at} (a bad merge?)")
    except ValueError as exc:
        message = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise WeightgateError(
            f"corrupt lockfile ({message}); fix it or delete it and run `weightgate lock`",
            path=str(path),
        ) from exc
    return {e.key: e for e in entries}


def read_lock(path: Path) -> dict[Key, HubFacts]:
    """Entries of an existing lockfile; a missing file is empty, a corrupt one an error."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise WeightgateError(f"cannot read lockfile: {exc}", path=str(path)) from exc
    return parse_lock(text, path)


def render_lock(entries: Mapping[Key, HubFacts]) -> str:
    models = [entries[k].to_json() for k in sorted(entries, key=lambda k: (k[0], k[1] or ""))]
    return json.dumps({"version": LOCK_VERSION, "models": models}, indent=2, sort_keys=True) + "\n"


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the sidecar file (no-op where fcntl is missing).

    The holder deletes the sidecar before unlocking, so no `.weightgate.lock.lock` is left in
    the repository; a waiter that then gets the lock on the deleted file opens a fresh one.
    """
    if fcntl is None:  # pragma: no cover - Windows
        yield
        return
    lock = sidecar(path)
    while True:
        handle = open(lock, "a+b")  # noqa: SIM115 - closed below, after the unlock
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            mine = os.fstat(handle.fileno())
            current = os.stat(lock)
        except FileNotFoundError:  # deleted by the previous holder while we waited
            handle.close()
            continue
        except BaseException:
            handle.close()
            raise
        if (current.st_dev, current.st_ino) == (mine.st_dev, mine.st_ino):
            break
        handle.close()  # a newer sidecar replaced the one we waited on
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


def committed_mode(path: Path) -> int:
    """Permissions for a file meant to be committed: the existing file's, else what `open`
    would give (0666 minus the umask), never mkstemp's private 0600."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _replace_atomically(path: Path, text: str) -> None:
    mode = committed_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_lock(path: Path, entries: Mapping[Key, HubFacts], *, prune: bool = False) -> bool:
    """Add `entries` to the lockfile (or, with `prune`, make it exactly `entries`).

    The current file is re-read under the lock so entries written meanwhile by another run are
    kept. True when the file changed.
    """
    path = path.absolute()
    try:
        with _exclusive(path):
            current = read_lock(path)
            merged = dict(entries) if prune else {**current, **entries}
            text = render_lock(merged)
            if path.exists() and path.read_text("utf-8") == text:
                return False
            _replace_atomically(path, text)
    except OSError as exc:
        reason = exc.strerror or str(exc)  # the sidecar or temp file name would only confuse
        raise WeightgateError(f"cannot write lockfile: {reason}", path=str(path)) from exc
    return True


__all__ = [
    "DEFAULT_LOCKFILE",
    "parse_lock",
    "read_lock",
    "render_lock",
    "sidecar",
    "write_lock",
]
