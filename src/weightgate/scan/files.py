"""Which files a run looks at: what git tracks, or a walk outside git; vendored trees skipped."""

from __future__ import annotations

import fnmatch
import os
import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

VENDORED = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "vendor",
        "third_party",
        "third-party",
        "site-packages",
        "dist-packages",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)


def relpath(path: Path, cwd: Path) -> str:
    """The `/`-separated path relative to `cwd`, as reports show it."""
    text, base = str(path), str(cwd)
    if text.startswith(base) and text[len(base) : len(base) + 1] == os.sep and ".." not in text:
        return text[len(base) + 1 :].replace(os.sep, "/")  # the common case, without normpath
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


def _gitignore(directory: Path) -> list[str]:
    try:
        lines = (directory / ".gitignore").read_text("utf-8", "replace").splitlines()
    except OSError:
        return []
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith(("#", "!"))]


def _ignored(rel: str, name: str, patterns: list[tuple[str, str]]) -> bool:
    for base, pattern in patterns:
        sub = rel[len(base) :].lstrip("/") if rel.startswith(base) else None
        if sub is None:
            continue
        pat = pattern.rstrip("/")
        anchored = pat.startswith("/") or "/" in pat
        if fnmatch.fnmatchcase(name, pat) or (
            anchored and fnmatch.fnmatchcase(sub, pat.lstrip("/"))
        ):
            return True
    return False


def _walk(directory: Path) -> Iterator[Path]:
    """Files under `directory` outside git: vendored trees and `.gitignore` patterns skipped."""
    patterns: list[tuple[str, str]] = []
    for root, dirs, files in os.walk(directory):
        here = Path(root)
        rel = relpath(here, directory) if here != directory else ""
        patterns.extend((rel, p) for p in _gitignore(here))
        keep = []
        for d in sorted(dirs):
            child = f"{rel}/{d}".lstrip("/")
            if d not in VENDORED and not _ignored(child, d, patterns):
                keep.append(d)
        dirs[:] = keep
        for name in sorted(files):
            child = f"{rel}/{name}".lstrip("/")
            if not _ignored(child, name, patterns):
                yield here / name


def matches_any(path: str, globs: Sequence[str]) -> bool:
    """True when a `/`-separated relative path matches one of the glob patterns (`**` allowed)."""
    return any(
        fnmatch.fnmatchcase(path, g) or fnmatch.fnmatchcase(path, g.replace("**/", ""))
        for g in globs
    )


def _vendored(rel: str) -> bool:
    return any(part in VENDORED for part in rel.split("/")[:-1])


def check_link(path: Path, root: Path) -> str | None:
    """Why a symlink is not followed (it loops, dangles or leaves the tree), or None."""
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "symlink loop or dangling symlink: skipped"
    if not target.is_relative_to(root.resolve()):
        return "symlink points outside the scanned tree: skipped"
    return None


def discover(
    paths: Sequence[str], cwd: Path, ignore: Sequence[str] = ()
) -> list[tuple[Path, Path | None]]:
    """(file, the directory it was found under) to scan. Files named explicitly (root None) are
    scanned even when vendored or git-ignored, but the policy's `ignore-paths` applies to all."""
    found: dict[Path, Path | None] = {}
    for raw in paths or ["."]:
        path = (cwd / raw) if not os.path.isabs(raw) else Path(raw)
        if not path.is_dir():
            if not matches_any(relpath(path, cwd), ignore):
                found[path] = None
            continue
        listed = _git_files(path)
        # git still lists files deleted from the work tree until `git rm`: nothing to scan there
        candidates = (
            [p for p in listed if os.path.lexists(p)] if listed is not None else _walk(path)
        )
        for candidate in candidates:
            if _vendored(relpath(candidate, path)) or matches_any(relpath(candidate, cwd), ignore):
                continue
            found.setdefault(candidate, path)
    return sorted(found.items())
