"""Python files that do not parse as they stand: notebook exports with `!cmd` lines, and files
with a few stray lines (a paste accident). They are read without those lines."""

from __future__ import annotations

import re
from collections.abc import Callable

from weightgate.model import ScanError
from weightgate.scan.found import Found
from weightgate.scan.pyvalues import syntax_message

#: `!cmd` / `%magic` lines, and shell commands pasted bare (`pip install peft` in a notebook
#: exported without its `!`).
_SHELL_LINE = re.compile(
    r"^[ \t]*(?:[!%]|(?:pip3?|conda|apt(?:-get)?|git|wget|curl|huggingface-cli|hf)[ \t]+"
    r"(?:install|clone|download|login|-[\w-])).*$",
    re.M,
)


def blank_shell_lines(lines: list[str]) -> list[str]:
    """A notebook cell's or a Markdown Python block's lines with its `!cmd` and `%magic` lines
    blanked, so that the rest parses and keeps its line numbers."""
    return ["" if line.lstrip().startswith(("!", "%")) else line for line in lines]


#: How many stray lines a file may have before it counts as not Python at all.
_STRAY_LINES = 3

Scan = Callable[[str, str], Found]


def tolerant(scan: Scan, path: str, text: str) -> Found:
    """`scan(path, text)`; a file that only parses without its `!cmd` / `%magic` lines (or bare
    `pip install ...` lines) is read without them; one with a few stray lines is read without
    those, and its syntax error is still reported. Raises the first SyntaxError when neither
    helps."""
    try:
        return scan(path, text)
    except SyntaxError as first:
        plain = _SHELL_LINE.sub("", text)
        if plain != text:
            try:
                return scan(path, plain)
            except SyntaxError:
                pass
        return _salvage(scan, path, plain, first)


def _salvage(scan: Scan, path: str, text: str, first: SyntaxError) -> Found:
    """Blank the lines that stop the parse, scan the rest, and keep the first syntax error as a
    ScanError. Raises `first` when a few blank lines do not help."""
    lines = text.split("\n")
    error = first
    for _ in range(_STRAY_LINES):
        if error.lineno is None or not 0 < error.lineno <= len(lines):
            break
        lines[error.lineno - 1] = ""
        try:
            found = scan(path, "\n".join(lines))
        except SyntaxError as exc:
            error = exc
            continue
        found.errors.append(ScanError(path, syntax_message(first.msg), first.lineno))
        return found
    raise first
