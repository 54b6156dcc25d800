"""YAML, JSON and TOML files through the config walker.

Two common near-misses are read rather than rejected: JSON with comments and trailing commas
(`tsconfig.json`, `devcontainer.json`), and YAML templates that only parse after rendering
(Helm `{{ ... }}`, Terraform `%{ if ... }`), which are read line by line. A malformed TOML or
YAML file is read line by line too (a YAML file holding fenced code blocks, as the Markdown it
is), with its error kept; malformed JSON raises, and becomes one error naming the file.
"""

from __future__ import annotations

import json
import re

import yaml

from weightgate._compat import load_toml
from weightgate.model import ScanError
from weightgate.scan.envfile import line_tree
from weightgate.scan.found import Found, declared
from weightgate.scan.read import problem
from weightgate.scan.structured import walk_tree
from weightgate.scan.text import blank_lines
from weightgate.scan.tree import Node, from_data, yaml_documents

_JSONC = re.compile(r'("(?:\\.|[^"\\\n])*")|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.DOTALL)


def _blank(match: re.Match[str]) -> str:
    """Comments and trailing commas become spaces (positions stay true); strings stay."""
    if match.group(1) is not None:
        return match.group(1)
    return blank_lines(match.group(0))


def scan_yaml(path: str, source: str, *, salvage: bool = True) -> Found:
    """References in a YAML document stream. Malformed input is read anyway (`_malformed_yaml`);
    without `salvage` (a YAML excerpt held in a string or a Markdown block, which may be prose
    after all) it raises yaml.YAMLError."""
    found = Found(path, "yaml", defined=declared(source))
    try:
        docs = yaml_documents(source)
    except yaml.YAMLError as exc:
        plain = source.replace("${{", "")  # a GitHub Actions expression: no template
        if "{{" not in plain and "{%" not in plain and "%{" not in plain:
            if not salvage:
                raise
            return _malformed_yaml(found, source, exc)
        walk_tree(found, source, [line_tree(source)], comments=True)  # Helm, Jinja, Terraform
        return found
    walk_tree(found, source, docs, comments=True)
    return found


def _malformed_yaml(found: Found, source: str, exc: yaml.YAMLError) -> Found:
    """A YAML file that does not parse: its error is kept, and it is still read, as the
    Markdown it is when it holds fenced code blocks (a document saved as `.yaml`), else line
    by line (as a malformed TOML file is)."""
    message, line = problem(exc)
    if "\n```" in source or source.startswith("```"):
        from weightgate.scan.markdown import scan_markdown  # a document: its own reader

        found = scan_markdown(found.path, source)
    else:
        docs, cut = _parsed_prefix(source, exc)
        walk_tree(found, source, docs, comments=True)
        rest = "\n" * cut + "\n".join(source.split("\n")[cut:])  # numbered as in the file
        walk_tree(found, source, [line_tree(rest)], comments=not docs)
    found.errors.append(ScanError(found.path, message, line))
    return found


#: A line that starts a top-level block of a YAML mapping (`service:`, `"key": x`).
_TOP_KEY = re.compile(r"""[A-Za-z0-9_"'][^:#\n]*:(?:\s|$)""")


def _parsed_prefix(source: str, exc: yaml.YAMLError) -> tuple[list[Node], int]:
    """The documents of the top-level blocks above the one that stops the parse (a Helm
    chart's `values.yaml` with one badly indented block), and how many lines they take;
    no documents when that prefix does not parse either."""
    mark = getattr(exc, "problem_mark", None)
    lines = source.split("\n")
    cut = min(mark.line, len(lines) - 1) if mark is not None else 0
    while cut > 0 and not _TOP_KEY.match(lines[cut]):
        cut -= 1
    if cut <= 0:
        return [], 0
    try:
        return yaml_documents("\n".join(lines[:cut])), cut
    except yaml.YAMLError:
        return [], 0


def scan_json(path: str, source: str) -> Found:
    """References in a JSON (or JSON-with-comments) document. Raises ValueError if malformed."""
    found = Found(path, "json")
    try:
        data = json.loads(source)
    except ValueError:
        relaxed = _JSONC.sub(_blank, source)
        if relaxed == source:
            raise
        data, source = json.loads(relaxed), relaxed
    walk_tree(found, source, [from_data(data, source)], comments=False)
    return found


def scan_toml(path: str, source: str) -> Found:
    """References in a TOML document. A malformed one (a missing comma in a list) is read line
    by line, as an INI file is, and its first error is kept."""
    found = Found(path, "toml")
    try:
        data = load_toml(source)
    except ValueError as exc:  # tomllib.TOMLDecodeError
        message, line = problem(exc)
        at = _TOML_LINE.search(message) if line is None else None  # no `lineno` before 3.14
        found.errors.append(ScanError(path, message, int(at.group(1)) if at else line))
        walk_tree(found, source, [line_tree(source)], comments=True)
        return found
    walk_tree(found, source, [from_data(data, source, bare_keys=True)], comments=True)
    if ".local]" in source:
        _tabby_models(found, source)
    return found


_TOML_LINE = re.compile(r"\(at line (\d+),")
#: Tabby's `[model.completion.local]` / `[model.chat.local]` / `[model.embedding.local]`
#: `model_id = "DeepseekCoder-6.7B"`: a name in Tabby's registry, the Hub repo `TabbyML/<name>`.
_TABBY_LOCAL = re.compile(
    r"^\[model\.(?:completion|chat|embedding)\.local\][ \t]*\n(?:[ \t]*(?:[^\[\s][^\n]*)?\n)*?"
    r"[ \t]*model_id[ \t]*=[ \t]*\"(?P<v>[A-Za-z0-9][\w.-]*)\"",
    re.MULTILINE,
)


def _tabby_models(found: Found, source: str) -> None:
    """The models a Tabby config names from Tabby's registry, without its `TabbyML/`."""
    for match in _TABBY_LOCAL.finditer(source):
        line = source.count("\n", 0, match.start("v")) + 1
        column = match.start("v") - source.rfind("\n", 0, match.start("v"))
        found.add(line, column, f"TabbyML/{match.group('v')}", "model")
