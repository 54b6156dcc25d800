"""Policy documents as plain data plus the line of every key path, from YAML or TOML."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from weightgate._compat import load_toml
from weightgate.errors import WeightgateError

TOML_TABLE = "tool.weightgate"


MAX_ALIASES = 100


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit dates (`expires:` is validated, with its line, by the loader),
    and with a bound on aliases so that an alias bomb is an error, not a hang."""

    aliases = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, f"more than {MAX_ALIASES} aliases", event.start_mark
                )
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Document:
    """One policy file: its data, where each key stands, and where relative `extends` start."""

    origin: str
    data: Mapping[str, Any]
    lines: Mapping[str, int]
    base_dir: Path | None = None  # None: relative extends are not allowed (builtin, URL)
    prefix: str = ""  # `tool.weightgate.` in pyproject.toml, so key paths read as written

    def line(self, keypath: str) -> int | None:
        """The line of a key path, else of its nearest parent that has one."""
        path = keypath
        while path:
            if path in self.lines:
                return self.lines[path]
            path = re.sub(r"(\.[^.\[\]]+|\[\d+\])$", "", path) if re.search(r"[.\[]", path) else ""
        return self.lines.get("")

    def fail(self, keypath: str, problem: str) -> WeightgateError:
        return WeightgateError(
            f"{self.prefix}{keypath}: {problem}", path=self.origin, line=self.line(keypath) or 1
        )


def _yaml_lines(
    node: yaml.Node, prefix: str, lines: dict[str, int], origin: str, visited: set[int]
) -> None:
    """Record the line of every key path; an aliased node is walked once (no alias bombs)."""
    if id(node) in visited:
        return
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            path = f"{prefix}.{name}" if prefix else name
            if name in seen:
                raise WeightgateError(
                    f"{path}: duplicate key", path=origin, line=key.start_mark.line + 1
                )
            seen.add(name)
            lines[path] = key.start_mark.line + 1
            _yaml_lines(value, path, lines, origin, visited)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            path = f"{prefix}[{i}]"
            lines[path] = item.start_mark.line + 1
            _yaml_lines(item, path, lines, origin, visited)


def parse_yaml(text: str, origin: str, base_dir: Path | None) -> Document:
    """A YAML policy; syntax errors and non-mapping documents are config errors with a line."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = f"invalid YAML: {exc.problem or exc.context}"
        raise WeightgateError(message, path=origin, line=line) from exc
    except yaml.YAMLError as exc:
        raise WeightgateError(f"invalid YAML: {exc}", path=origin) from exc
    except RecursionError as exc:
        raise WeightgateError("invalid YAML: nested too deeply", path=origin) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        line = node.start_mark.line + 1 if node is not None else 1
        raise WeightgateError("a policy must be a mapping of keys", path=origin, line=line)
    lines: dict[str, int] = {}
    if node is not None:
        _yaml_lines(node, "", lines, origin, set())
    return Document(origin, data, lines, base_dir)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_ASSIGN = re.compile(r"^\s*([A-Za-z0-9_.\"' -]+?)\s*=")


def _toml_key(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


def _toml_lines(text: str) -> dict[str, int]:
    """Best effort: the line of each table, array-of-tables item and key under tool.weightgate."""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(raw)
        if header:
            name = _toml_key(header.group(2))
            if name != TOML_TABLE and not name.startswith(TOML_TABLE + "."):
                current = None
                continue
            current = name[len(TOML_TABLE) + 1 :]
            if header.group(1) == "[[":
                index = counts.get(current, 0)
                counts[current] = index + 1
                lines.setdefault(current, number)
                current = f"{current}[{index}]"
            lines.setdefault(current, number)
            continue
        assign = _ASSIGN.match(raw)
        if current is not None and assign:
            key = _toml_key(assign.group(1))
            lines.setdefault(f"{current}.{key}" if current else key, number)
    return lines


def parse_toml(text: str, origin: str, base_dir: Path | None) -> Document | None:
    """`[tool.weightgate]` of a pyproject.toml, or None when the file has no such table."""
    try:
        data = load_toml(text)
    except ValueError as exc:  # TOMLDecodeError
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise WeightgateError(f"invalid TOML: {message}", path=origin, line=line) from exc
    table = data.get("tool", {})
    table = table.get("weightgate") if isinstance(table, dict) else None
    if table is None:
        return None
    lines = _toml_lines(text)
    if not isinstance(table, dict):
        raise WeightgateError(f"{TOML_TABLE}: expected a table", path=origin)
    return Document(origin, table, lines, base_dir, prefix=TOML_TABLE + ".")


def has_toml_policy(text: str) -> bool:
    """Cheap pre-check before parsing a pyproject.toml."""
    return "weightgate" in text and parse_toml(text, "pyproject.toml", None) is not None
