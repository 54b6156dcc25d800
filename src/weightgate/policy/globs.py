"""Globs of the policy file: model-id globs and `/`-aware path globs with `**`."""

from __future__ import annotations

import fnmatch
import re
from functools import cache


class GlobError(ValueError):
    """A pattern that cannot be compiled."""


def _bracket_end(pattern: str, start: int) -> int:
    """Index of the `]` closing the class opened at `start` (fnmatch rules), or raise."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "!":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    end = pattern.find("]", i)
    if end < 0:
        raise GlobError("unclosed '['")
    return end


def _segment(seg: str) -> str:
    """Regex for one path segment: `*` and `?` never cross `/`."""
    out: list[str] = []
    i = 0
    while i < len(seg):
        c = seg[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = _bracket_end(seg, i)
            body = seg[i + 1 : end]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def model_glob_problem(pattern: str) -> str | None:
    """Why a model glob is unusable, or None."""
    if not pattern.strip():
        return "empty glob"
    if any(c.isspace() for c in pattern):
        return "model ids contain no whitespace"
    try:
        _segment(pattern.replace("/", ""))
    except GlobError as exc:
        return str(exc)
    return None


def path_glob_problem(pattern: str) -> str | None:
    """Why a path glob is unusable, or None. Paths are `/`-separated, relative to the root."""
    if not pattern.strip():
        return "empty glob"
    if "\\" in pattern:
        return "use '/' as the path separator"
    if pattern.startswith("/"):
        return "paths are relative to the repository root: drop the leading '/'"
    if pattern.startswith("./"):
        return "write paths without a leading './'"
    segments = pattern.split("/")
    if ".." in segments:
        return "'..' cannot match a path inside the repository"
    if any("**" in seg and seg != "**" for seg in segments):
        return "'**' must be a whole path segment, as in 'a/**/b'"
    try:
        _path_regex(pattern)
    except GlobError as exc:
        return str(exc)
    return None


def match_model(model_id: str, pattern: str) -> bool:
    """Hub ids are case-insensitive; `*` may span the `/` between owner and name."""
    return fnmatch.fnmatchcase(model_id.lower(), pattern.lower())


@cache
def _path_regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    segments = pattern.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == "**":
            parts.append(".*" if last else "(?:[^/]+/)*")
        else:
            parts.append(_segment(seg) + ("" if last else "/"))
    return re.compile("".join(parts) + r"\Z", re.S)


def match_path(path: str, pattern: str) -> bool:
    """`*` and `?` stay inside one segment; a `**` segment spans any number of them."""
    return _path_regex(pattern).match(path) is not None
