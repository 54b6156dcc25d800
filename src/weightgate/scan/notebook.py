"""Jupyter notebooks: code cells through the Python scanner, positions mapped into the `.ipynb`.

Shell lines (`!huggingface-cli download ...`) go through the free-text scanner; magics are
blanked; markdown cells are read as Markdown documents; outputs are ignored.
"""

from __future__ import annotations

import ast
import json
import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

import yaml

from weightgate.model import ScanError
from weightgate.scan import text
from weightgate.scan.found import Found
from weightgate.scan.markdown import scan_markdown
from weightgate.scan.ollamatags import about_ollama
from weightgate.scan.pysalvage import blank_shell_lines, continued
from weightgate.scan.python import scan_python
from weightgate.scan.pyvalues import syntax_message

_SOURCE = re.compile(r'^\s*"source"\s*:\s*(?:(?P<empty>\[\s*\])|(?P<open>\[)|(?P<text>"))')


def _cells(doc: Any) -> list[dict[str, Any]]:
    cells = doc.get("cells") if isinstance(doc, dict) else None
    if not isinstance(cells, list):
        raise ValueError("not a notebook: no `cells` list")
    return [c for c in cells if isinstance(c, dict)]


def _source_lines(cell: dict[str, Any]) -> list[str]:
    source = cell.get("source", [])
    joined = "".join(source) if isinstance(source, list) else str(source)
    return joined.split("\n")


def _positions(raw: list[str]) -> list[list[tuple[int, int]]]:
    """For each `"source": [` block in the file: (line, column) where each element's text starts."""
    blocks: list[list[tuple[int, int]]] = []
    index = 0
    while index < len(raw):
        match = _SOURCE.match(raw[index])
        if match is None or (match.group("open") and raw[index].rstrip()[-1:] != "["):
            index += 1
            continue
        block = []
        if match.group("text"):  # `"source": "one string"`
            block.append((index + 1, match.end("text") + 1))
        elif match.group("open"):
            index += 1
            while index < len(raw) and not raw[index].strip().startswith("]"):
                line = raw[index]
                block.append((index + 1, len(line) - len(line.lstrip()) + 2))
                index += 1
        blocks.append(block)
        index += 1
    return blocks


#: A cell magic whose body is Python (`%%capture`, `%%time`, `%%writefile app.py`), or shell.
_PYTHON_CELL = re.compile(r"^%%(?:capture|time|timeit|prun|writefile\s+\S+\.py|file\s+\S+\.py)\b")
_SHELL_CELL = re.compile(r"^%%(?:bash|sh|shell|script\s+(?:ba|z)?sh)\b")
#: Line magics that run a command or set a variable: `%env MODEL_ID=org/name`, `%sx ...`.
_SHELL_LINE_MAGIC = ("!", "%env ", "%sx ", "%system ", "%set_env ")


def _cell_kind(lines: list[str]) -> str:
    """ "python", "shell" (`%%bash`) or "other" (`%%html`, `%%writefile config.yaml`): what a
    cell's body is, by its cell magic."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if not first.startswith("%%") or _PYTHON_CELL.match(first):
        return "python"
    return "shell" if _SHELL_CELL.match(first) else "other"


def _code(lines: list[str]) -> str:
    if _cell_kind(lines) != "python":
        return "\n" * (len(lines) - 1)  # kept for the line numbers of the cells after it
    return "\n".join(blank_shell_lines(lines))


def _cell(path: str, number: int, lines: list[str], *, python: bool, ollama: bool) -> Found:
    """References in one code cell, in cell coordinates (`python=False`: shell lines only); a
    `%%bash` cell's lines are all shell lines; `ollama`: the notebook is about Ollama."""
    found = Found(path, "notebook")
    kind = _cell_kind(lines)
    if python and kind == "python":
        try:
            found.merge(scan_python(path, _code(lines), ollama=ollama))
        except (SyntaxError, ValueError) as exc:
            message = syntax_message(exc.msg) if isinstance(exc, SyntaxError) else str(exc)
            found.errors.append(ScanError(path, f"cell {number + 1}: {message}"))
    commands = continued(lines, lambda line: line.lstrip().startswith(_SHELL_LINE_MAGIC))
    for i, line in enumerate(lines):
        if kind == "shell" or i in commands:
            for hit in text.find(line, ollama=ollama):  # `!curl :11434/api/chat -d '{"model": ...`
                if not hit.templated:
                    found.add(i + 1, hit.start + 1, hit.id, hit.kind)
    return found


def _text_cell(path: str, lines: list[str]) -> Found:
    """A markdown cell, read as a Markdown document (`[weights](https://huggingface.co/org/x)`);
    one whose front matter does not parse gives nothing."""
    try:
        return scan_markdown(path, "\n".join(lines))
    except (ValueError, yaml.YAMLError):
        return Found(path, "notebook")


def _program(
    path: str, cells: list[tuple[int, list[str]]], ollama: bool
) -> dict[int, Found] | None:
    """All code cells read as one program, so a name set in one cell and used in another
    (`model = "llama3.1:8b"` ... `ollama.chat(model=model)`) is followed; references split
    back per cell. None when the cells do not parse together without errors. `ollama`: the
    notebook is about Ollama (a markdown cell may be what says so)."""
    starts: list[int] = []
    chunks: list[str] = []
    line = 1
    for _number, lines in cells:
        starts.append(line)
        chunks.append(_code(lines))
        line += len(lines)
    try:
        whole = scan_python(path, "\n".join(chunks), ollama=ollama)
    except (SyntaxError, ValueError, RecursionError):
        return None
    if whole.errors and any("syntax error" in e.message for e in whole.errors):
        return None
    out: dict[int, Found] = {number: Found(path, "notebook") for number, _ in cells}
    for ref in whole.refs:
        index = bisect_right(starts, ref.line) - 1
        number = cells[index][0]
        out[number].refs.append(replace(ref, line=ref.line - starts[index] + 1))
    for error in whole.errors:
        index = bisect_right(starts, error.line or 1) - 1
        line_in_cell = error.line - starts[index] + 1 if error.line else None
        out[cells[index][0]].errors.append(replace(error, line=line_in_cell))
    return out


def _search(raw: list[str], ident: str) -> tuple[int, int]:
    """Where an id is first written in the file (notebooks not saved one line per line)."""
    for needle in (ident, ident.rsplit("/", 1)[-1]):
        for number, line in enumerate(raw, 1):
            at = line.find(needle)
            if at >= 0:
                return number, at + 1
    return 1, 1


def _is_python(source: str) -> bool:
    try:
        ast.parse(source)
    except (SyntaxError, ValueError):
        return False  # neither JSON nor Python: the JSON error says what it is
    return True


def scan_notebook(path: str, source: str) -> Found:
    """References in a notebook's code cells. Raises ValueError on malformed JSON; a file
    named `.ipynb` that holds plain Python (a script saved under that name) is read as the
    Python it is, and its error is the JSON one if it does not parse as Python either."""
    if source.strip() and not source.lstrip().startswith("{") and _is_python(source):
        from weightgate.scan.python import scan_python  # the Python scanner imports this one

        return scan_python(path, source)
    doc = json.loads(source)
    found = Found(path, "notebook")
    raw = source.splitlines()
    blocks = _positions(raw)
    cells = _cells(doc)
    exact = len(blocks) == len(cells)
    code = [(n, _source_lines(c)) for n, c in enumerate(cells) if c.get("cell_type") == "code"]
    prose = [(n, _source_lines(c)) for n, c in enumerate(cells) if c.get("cell_type") == "markdown"]
    about = about_ollama(source)
    program = _program(path, code, about)
    for number, lines in sorted(code + prose):
        where = blocks[number] if exact and len(blocks[number]) >= len(lines) - 1 else []
        if cells[number].get("cell_type") == "markdown":
            cell_found = _text_cell(path, lines)
        else:
            cell_found = _cell(path, number, lines, python=program is None, ollama=about)
        if program is not None and number in program:
            cell_found.merge(program[number])
        for ref in cell_found.refs:
            if ref.line - 1 < len(where):
                at, column = where[ref.line - 1]
                before = lines[ref.line - 1][: ref.column - 1]
                column += len(json.dumps(before, ensure_ascii=False)) - 2
            else:
                at, column = _search(raw, ref.id)
            found.refs.append(replace(ref, line=at, column=column, scanner="notebook"))
        for error in cell_found.errors:
            line = error.line
            mapped = where[line - 1][0] if line and line - 1 < len(where) else None
            found.errors.append(replace(error, line=mapped))
    return found
