"""A neutral document tree with source positions, built from YAML, JSON or TOML.

YAML positions come from the parser's marks. `json` and `tomllib` give none, so their strings
are located by walking the source in document order (each string is found after the previous).
Aliases are expanded at most once, so a YAML alias bomb costs linear time.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_ALIASES = 10_000


@dataclass
class Scalar:
    text: str
    line: int  # 1-based
    column: int  # 1-based, first character of the text (inside quotes)
    end_line: int = 0
    block: bool = False  # spans several lines or is a block scalar: locate by search
    is_string: bool = True


@dataclass
class Seq:
    items: list[Node] = field(default_factory=list)


@dataclass
class Map:
    pairs: list[tuple[Scalar | None, Node]] = field(default_factory=list)


Node = Scalar | Seq | Map


class _Bounded(yaml.composer.Composer):
    """The Python composer (recursion is bounded by the interpreter, never the C stack),
    refusing documents with an unreasonable number of aliases."""

    aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise yaml.composer.ComposerError(None, None, f"more than {MAX_ALIASES} aliases")
        return super().compose_node(parent, index)


class BoundedLoader(_Bounded, yaml.SafeLoader):
    """Pure-Python events (used where libyaml is not installed)."""


if getattr(yaml, "__with_libyaml__", False):
    _CParser: Any = getattr(yaml, "CParser", None) or yaml.cyaml.__dict__["CParser"]

    class _FastLoader(_Bounded, _CParser, yaml.resolver.Resolver):  # type: ignore[misc]
        """libyaml's scanner and parser for events; our composer builds the nodes."""

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    LOADER: Any = _FastLoader
else:  # pragma: no cover - PyYAML without libyaml
    LOADER = BoundedLoader


def _yaml_scalar(node: yaml.ScalarNode) -> Scalar:
    start, end = node.start_mark, node.end_mark
    quoted = node.style in ("'", '"')
    block = node.style in ("|", ">") or end.line != start.line
    is_string = node.tag == "tag:yaml.org,2002:str"
    return Scalar(
        str(node.value),
        start.line + 1,
        start.column + 1 + (1 if quoted else 0),
        end.line + 1,
        block,
        is_string,
    )


def from_yaml(node: yaml.Node, seen: set[int] | None = None) -> Node:
    """Convert a composed YAML node graph; a node reached twice (alias) becomes empty."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return Seq()
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return _yaml_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return Seq([from_yaml(item, seen) for item in node.value])
    if isinstance(node, yaml.MappingNode):
        pairs: list[tuple[Scalar | None, Node]] = []
        for key, value in node.value:
            k = _yaml_scalar(key) if isinstance(key, yaml.ScalarNode) else None
            pairs.append((k, from_yaml(value, seen)))
        return Map(pairs)
    return Seq()


def yaml_documents(text: str) -> list[Node]:
    """Every document of a YAML stream. Raises yaml.YAMLError on malformed input."""
    loader = LOADER(text)
    try:
        docs = []
        while loader.check_node():
            node = loader.get_node()
            if node is not None:
                docs.append(from_yaml(node))
        return docs
    finally:
        loader.dispose()


class _Cursor:
    """Finds each string of a JSON/TOML document in its source, in document order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def locate_key(self, key: str) -> tuple[int, int]:
        """A TOML key, quoted (`"ollama.tsl" =`) or bare (`tests =`, `[a.b]`): the nearest of
        those forms, so that a later string holding the same word (`testpaths = ["tests"]`)
        does not take the cursor past the rest of its table."""
        quoted = self.text.find(json.dumps(key, ensure_ascii=False), self.pos)
        bare = self.text.find(key, self.pos)
        while bare >= 0 and (quoted < 0 or bare < quoted):
            end = bare + len(key)
            before = self.text[bare - 1] if bare else " "
            after = self.text[end] if end < len(self.text) else " "
            if not (_KEY_CHAR.match(before) or _KEY_CHAR.match(after)):
                self.pos = end
                return self._line_col(bare)
            bare = self.text.find(key, bare + 1)
        return self.locate(key)

    def locate(self, value: str) -> tuple[int, int]:
        for literal in (json.dumps(value, ensure_ascii=False), json.dumps(value), value):
            at = self.text.find(literal, self.pos)
            if at >= 0:
                self.pos = at + len(literal)
                offset = at + (1 if literal.startswith('"') else 0)
                return self._line_col(offset)
        return self._line_col(self.pos)

    def _line_col(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


#: A character that would make a bare TOML key part of a longer word or a string.
_KEY_CHAR = re.compile(r"[\w\"'-]")


def from_data(data: Any, text: str, *, bare_keys: bool = False) -> Node:
    """Convert parsed JSON/TOML data, locating each string in `text`; `bare_keys`: keys may be
    written unquoted (TOML)."""
    return _convert(data, _Cursor(text), bare_keys)


def _convert(data: Any, cursor: _Cursor, bare_keys: bool) -> Node:
    if isinstance(data, dict):
        pairs: list[tuple[Scalar | None, Node]] = []
        for key, value in data.items():
            where = cursor.locate_key if bare_keys else cursor.locate
            line, col = where(str(key))
            pairs.append((Scalar(str(key), line, col, line), _convert(value, cursor, bare_keys)))
        return Map(pairs)
    if isinstance(data, list):
        return Seq([_convert(item, cursor, bare_keys) for item in data])
    if isinstance(data, str):
        line, col = cursor.locate(data)
        return Scalar(data, line, col, line + data.count("\n"), "\n" in data)
    return Scalar(str(data), 0, 0, 0, False, False)
