"""Shell functions that wrap a download or serve command: their callers name the ids.

    download_with_retry() {
        local model=$1
        hf download "$model" "$@"
    }
    download_with_retry "Qwen/Qwen2-VL-2B-Instruct"
    download_with_retry "tasksource/mmlu" --repo-type dataset

The body's `$model` is a parameter, not an unresolved id; each call's first argument is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from weightgate.model import Kind

_FUNC = re.compile(r"^\s*(?:function\s+)?(?P<n>[A-Za-z_][\w-]*)\s*(?:\(\s*\))?\s*\{?\s*$")
_DECLARED = re.compile(r"^\s*(?:function\s+\S+|[A-Za-z_][\w-]*\s*\(\s*\))")
_FROM_ARG = re.compile(
    r"""^\s*(?:local\s+|declare\s+)?(?P<v>[A-Za-z_]\w*)=["']?\$\{?1\}?["']?\s*$"""
)
_POSITIONAL = re.compile(r"\$\{?1\}?(?!\w)")
_VARIABLE = re.compile(r"\$\{?([A-Za-z_]\w*)")
_DATASET = re.compile(r"--repo[-_]type[=\s]+[\"']?dataset")


@dataclass(frozen=True)
class Wrapper:
    """A function whose first argument reaches a model/dataset/Ollama position."""

    kind: Kind
    body: tuple[int, int]  # first and last line (1-based) of the body


@dataclass(frozen=True)
class Call:
    """A call of a wrapper with a literal first argument: where the argument starts."""

    line: int
    start: int
    value: str
    kind: Kind


Finder = Callable[[str], Sequence[tuple[str, Kind, bool]]]


def _body(lines: list[str], first: int) -> int:
    """Index of the line closing a function body that starts after `first`."""
    for index in range(first + 1, len(lines)):
        if lines[index].startswith("}"):
            return index
    return len(lines)


def wrappers(lines: list[str], find: Finder) -> dict[str, Wrapper]:
    """Functions passing `$1` (directly or through `local v=$1`) to an id position.
    `find(line)` gives (value, kind, templated) for each id position of a line."""
    out: dict[str, Wrapper] = {}
    for index, line in enumerate(lines):
        match = _FUNC.match(line)
        if match is None or not _DECLARED.match(line):
            continue
        end = _body(lines, index)
        params = {"__arg1"}
        for body_line in lines[index + 1 : end]:
            arg = _FROM_ARG.match(body_line)
            if arg:
                params.add(arg.group("v"))
            used = _POSITIONAL.sub("$__arg1", body_line)
            for value, kind, templated in find(used):
                if templated and set(_VARIABLE.findall(value)) & params:
                    out[match.group("n")] = Wrapper(kind, (index + 2, end))
    return out


def calls(lines: list[str], found: dict[str, Wrapper]) -> list[Call]:
    """Calls of the wrappers with a literal first argument (outside the wrappers' bodies)."""
    if not found:
        return []
    names = "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
    call = re.compile(
        rf"""(?:^|[;&|]\s*|\b(?:if|then|do|else)\s+)(?P<n>{names})\s+(?P<q>["']?)(?P<v>[^\s"'$`;|&]+)(?P=q)(?P<rest>.*)$"""
    )
    out: list[Call] = []
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("#"):
            continue
        for match in call.finditer(line):
            wrapper = found[match.group("n")]
            first, last = wrapper.body
            if first <= number <= last:
                continue
            kind: Kind = "dataset" if _DATASET.search(match.group("rest")) else wrapper.kind
            out.append(Call(number, match.start("v"), match.group("v"), kind))
    return out


def in_body(number: int, found: dict[str, Wrapper]) -> bool:
    """True when line `number` is inside a wrapper's body (its `$param` is not an id)."""
    return any(w.body[0] <= number <= w.body[1] for w in found.values())


__all__ = ["Call", "Wrapper", "calls", "in_body", "wrappers"]
