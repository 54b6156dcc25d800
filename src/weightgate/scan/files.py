"""Which files a run looks at: what git tracks, or a walk outside git."""

from __future__ import annotations

import fnmatch
import os
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

_SKIP_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"}
)


def relpath(path: Path, cwd: Path) -> str:
    """The `/`-separated path relative to `cwd`, as reports show it."""
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        rel = str(path)
    return rel.replace(os.sep, "/")


def _git_files(directory: Path) -> list[Path] | None:
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=directory,
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return [directory / name for name in out.decode("utf-8", "surrogateescape").split("\0") if name]


def _walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        for name in sorted(files):
            yield Path(root) / name


def matches_any(path: str, globs: Sequence[str]) -> bool:
    """True when a `/`-separated relative path matches one of the glob patterns (`**` allowed)."""
    return any(
        fnmatch.fnmatchcase(path, g) or fnmatch.fnmatchcase(path, g.replace("**/", ""))
        for g in globs
    )


def discover(paths: Sequence[str], cwd: Path, ignore: Sequence[str] = ()) -> list[Path]:
    """Files to scan: explicit files always; directories expanded through git or a walk."""
    found: list[Path] = []
    for raw in paths or ["."]:
        path = (cwd / raw) if not os.path.isabs(raw) else Path(raw)
        if path.is_dir():
            listed = _git_files(path)
            candidates = listed if listed is not None else list(_walk(path))
            found.extend(
                p for p in candidates if p.is_file() and not matches_any(relpath(p, cwd), ignore)
            )
        else:
            found.append(path)
    return sorted(set(found))
