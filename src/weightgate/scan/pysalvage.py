"""Python files that do not parse as they stand: notebook exports with `!cmd` lines, and files
with a few stray lines (a paste accident). They are read without those lines."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace

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


#: The parser's complaint about a typographic quote (`invalid character ... (U+2018)`): code
#: pasted from a web page or a word processor, its strings quoted the way prose is.
_TYPOGRAPHIC_QUOTE = re.compile("invalid character '[\u2018\u2019\u201c\u201d]'")
#: Each typographic quote as the ASCII quote it stands for; one character for one, so lines and
#: columns stay true.
_STRAIGHT_QUOTES = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def continued(lines: list[str], starts: Callable[[str], bool]) -> set[int]:
    """Indexes of the lines `starts` picks, and of the lines a `\\` at their end continues
    them on (`!pip install -q \\` and its next line)."""
    out: set[int] = set()
    going = False
    for index, line in enumerate(lines):
        if going or starts(line):
            out.add(index)
            going = line.rstrip().endswith("\\")
    return out


def _magic(line: str) -> bool:
    return line.lstrip().startswith(("!", "%"))


def blank_shell_lines(lines: list[str]) -> list[str]:
    """A notebook cell's or a Markdown Python block's lines with its `!cmd` and `%magic` lines
    (and the lines they continue on) blanked, so that the rest parses and keeps its line
    numbers; a command that is a block's body keeps it as `pass`."""
    shell = continued(lines, _magic)
    return [
        _held_place(lines, index) if index in shell else line for index, line in enumerate(lines)
    ]


#: How many stray lines a file may have before it counts as not Python at all.
_STRAY_LINES = 3

Scan = Callable[[str, str], Found]


def tolerant(scan: Scan, path: str, text: str) -> Found:
    """`scan(path, text)`; a file that only parses without its shell lines (`!cmd`, `%magic`,
    bare `pip install ...`, pasted commands such as `export MODEL=org/name` or `accelerate
    launch train.py \\` with the lines it continues on) is read without them, and those lines
    are read as shell; one with a few stray lines is read without those, and its syntax error
    is still reported. Raises the first SyntaxError when neither helps."""
    try:
        return scan(path, text)
    except SyntaxError as first:
        margin = _margin(text) if (first.msg or "").startswith("unexpected indent") else ""
        if margin:  # the whole file pasted indented: read without the indent, columns kept
            found = tolerant(scan, path, textwrap.dedent(text))
            found.refs = [replace(r, column=r.column + len(margin)) for r in found.refs]
            if not found.errors:
                found.errors.append(ScanError(path, syntax_message(first.msg), first.lineno))
            return found
        # `model_id = \u2018org/name\u2019`, pasted from a blog: read with straight quotes
        if _TYPOGRAPHIC_QUOTE.search(first.msg or ""):
            found = tolerant(scan, path, text.translate(_STRAIGHT_QUOTES))
            if not found.errors:  # it runs no more than before: the error stands
                found.errors.append(ScanError(path, syntax_message(first.msg), first.lineno))
            return found
        if _CONFLICT_MARKER.search(text):  # a merge left unresolved: each side read
            return _both_sides(scan, path, text, first)
        lines = text.split("\n")
        commands = _command_lines(lines)
        if not commands:
            return _salvage(scan, path, text, first)
        plain = "\n".join(
            _held_place(lines, i) if i in commands else line for i, line in enumerate(lines)
        )
        try:
            found = scan(path, plain)
        except SyntaxError:
            found = _salvage(scan, path, plain, first)
        found.merge(_as_shell(path, lines, commands))
        return found


#: A line git writes around an unresolved merge's two sides (`<<<<<<< HEAD`, `=======`,
#: `>>>>>>> branch`); blanked, lines stay where they are.
_CONFLICT_MARKER = re.compile(r"^(?:<{7}|={7}|>{7})(?:[ \t][^\n]*)?$", re.M)


def _both_sides(scan: Scan, path: str, text: str, first: SyntaxError) -> Found:
    """A file with an unresolved merge, read as each side would leave it (the other side's
    lines blanked, so lines stay true), with its syntax error reported once."""
    found = Found(path, "python")
    for keep in ("<", ">"):
        lines, side = text.split("\n"), ""
        for index, line in enumerate(lines):
            if _CONFLICT_MARKER.match(line) is not None:
                side = {"<": "<", "=": ">", ">": ""}[line[0]]
                lines[index] = ""
            elif side and side != keep:
                lines[index] = ""
        try:
            one = tolerant(scan, path, "\n".join(lines))
        except SyntaxError:
            continue
        found.refs.extend(r for r in one.refs if r not in found.refs)
    found.errors.append(ScanError(path, syntax_message(first.msg), first.lineno))
    return found


def _held_place(lines: list[str], index: int) -> str:
    """What a shell line becomes in the Python read without it: `pass` at its indent where it
    starts a command (an `if` block's only statement, `    !cd "$dir"; wget ...`, keeps a
    body), nothing where it continues one."""
    if index and lines[index - 1].rstrip().endswith("\\"):
        return ""
    line = lines[index]
    return line[: len(line) - len(line.lstrip())] + "pass"


def _margin(text: str) -> str:
    """The indent every non-blank line of `text` starts with (`""` when there is none)."""
    lines = [line for line in text.split("\n") if line.strip()]
    first = lines[0][: len(lines[0]) - len(lines[0].lstrip())] if lines else ""
    return first if first and all(line.startswith(first) for line in lines) else ""


#: A shell command pasted into a Python file as it is (`export MODEL_NAME="org/name"`,
#: `accelerate launch train.py \\`, `python train.py --model ...`): never Python.
_COMMAND_LINE = re.compile(
    r"^[ \t]*(?:export[ \t]+[A-Za-z_]\w*=|(?:accelerate[ \t]+launch|torchrun|deepspeed"
    r"|python3?[ \t]+(?:-m[ \t]+)?[\w./-]+(?:\.py)?|ollama[ \t]+(?:pull|run|serve)"
    r"|vllm[ \t]+serve|\.{0,2}/[\w./-]+\.sh)[ \t])"
)


def _command_lines(lines: list[str]) -> set[int]:
    """Indexes of the shell lines of a Python file that does not parse, with the lines a `\\`
    at their end continues them on."""
    return continued(lines, lambda line: bool(_SHELL_LINE.match(line) or _COMMAND_LINE.match(line)))


def _as_shell(path: str, lines: list[str], commands: set[int]) -> Found:
    """The shell lines read as a shell script (a notebook export's `!` taken off), in place."""
    from weightgate.scan import scripts  # the shell reader; only for files that need it

    shell = [
        re.sub(r"^([ \t]*)!", r"\1 ", line) if i in commands else "" for i, line in enumerate(lines)
    ]
    return scripts.scan_text(path, "\n".join(shell))


def _salvage(scan: Scan, path: str, text: str, first: SyntaxError) -> Found:
    """Blank the lines that stop the parse, scan the rest, and keep the first syntax error as a
    ScanError. Raises `first` when a few blank lines do not help."""
    lines = text.split("\n")
    mended = _with_comma(lines, first)
    if mended is not None:  # `{...}` then `'next': {...}` on the next line: the comma between
        try:
            found = scan(path, "\n".join(mended))
        except SyntaxError:
            pass
        else:
            found.errors.append(ScanError(path, syntax_message(first.msg), first.lineno))
            return found
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
    lines = text.split("\n")
    cut = readable_prefix(scan, path, lines, first.lineno or 0)
    rest = by_paragraph(scan, path, lines, first.lineno or 0)  # a docstring lost its quotes
    if cut is None and not rest:
        raise first
    found = cut if cut is not None else Found(path, rest[0].scanner)
    for part in rest:
        found.refs.extend(part.refs)  # their own syntax errors are this one's
    found.errors.append(ScanError(path, syntax_message(first.msg), first.lineno))
    return found


def by_paragraph(scan: Scan, path: str, lines: list[str], lineno: int) -> list[Found]:
    """Each paragraph (lines between blank ones) after the one where parsing stopped at line
    `lineno`, read on its own where it stands: a script whose docstring lost its quotes, a
    tutorial pasted under one fence never closed. A paragraph that does not parse is left out."""
    blank = next((i for i in range(max(lineno - 1, 0), len(lines)) if not lines[i].strip()), None)
    if blank is None:
        return []
    parts: list[Found] = []
    first = blank
    for index in range(blank, len(lines) + 1):
        if index < len(lines) and lines[index].strip():
            continue
        if index > first + 1:  # lines first+1 .. index-1
            source = "\n" * (first + 1) + "\n".join(lines[first + 1 : index])
            with suppress(SyntaxError, ValueError, RecursionError):  # a stray line or two kept
                parts.append(tolerant(scan, path, source))
        first = index
    return parts


def _with_comma(lines: list[str], error: SyntaxError) -> list[str] | None:
    """The lines with the comma the parser says is missing between two items on different
    lines put at the end of the first one's last line (lines and columns stay true), or None."""
    end = error.end_lineno or 0
    if "forgot a comma" not in (error.msg or "") or not (error.lineno or 0) < end <= len(lines):
        return None
    last = max((i for i in range(error.lineno or 0, end - 1) if lines[i].strip()), default=-1)
    if last < 0:
        return None
    return [line + "," if i == last else line for i, line in enumerate(lines)]


#: A line that starts a top-level statement (`bsql = BlendSQL(`, `def f():`, `@app.get(...)`).
_TOP_LEVEL = re.compile(r"[A-Za-z_@]")


def readable_prefix(scan: Scan, path: str, lines: list[str], lineno: int) -> Found | None:
    """`scan` of the lines before the last top-level statements that start at or before line
    `lineno` (1-based) where parsing stopped: what a program says up to its broken statement
    (`bsql = BlendSQL({... "w": {"x": [ ...},` never closed). None when no such cut parses."""
    tries = 0
    for index in range(min(lineno, len(lines)) - 1, 0, -1):
        if not _TOP_LEVEL.match(lines[index]):
            continue
        try:
            return scan(path, "\n".join(lines[:index]))
        except (SyntaxError, ValueError, RecursionError):
            tries += 1
            if tries == _STRAY_LINES:
                return None
    return None
