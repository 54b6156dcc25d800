"""`.env` and INI/CFG files: `KEY=value` lines (with `[sections]`) through the config walker."""

from __future__ import annotations

import re

from weightgate.scan.found import Found, assigned
from weightgate.scan.structured import walk_tree
from weightgate.scan.tree import Map, Node, Scalar

_LINE = re.compile(
    r"""^(?P<ind>\s*)(?:export\s+)?(?P<k>[A-Za-z_][\w.-]*)\s*[=:]\s*(?P<q>["']?)(?P<v>.*?)(?P=q)"""
    r"""\s*(?:\s[#;].*)?$"""  # `key = "value"  # a comment`
)
_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]+)\]\s*$")


def line_tree(source: str) -> Map:
    """`key = value` / `KEY=value` / `key: value` lines as a tree, `[sections]` nested."""
    root = Map()
    current = root
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", ";")):
            continue
        section = _SECTION.match(line)
        if section:
            current = Map()
            head = Scalar(section.group("name"), number, line.index("[") + 2, number)
            root.pairs.append((head, current))
            continue
        match = _LINE.match(line)
        if match is None:
            continue
        key = Scalar(match.group("k"), number, match.start("k") + 1, number)
        value: Node = Scalar(match.group("v"), number, match.start("v") + 1, number)
        current.pairs.append((key, value))
    return root


def scan_env(path: str, source: str) -> Found:
    """References in a dotenv file: `MODEL_ID=org/name`, commands in values, URLs in comments."""
    found = Found(path, "env", defined=assigned(source))
    walk_tree(found, source, [line_tree(source)], comments=True)
    return found


def scan_ini(path: str, source: str) -> Found:
    """References in an INI/CFG file, read line by line (many `.cfg` files are not strict INI)."""
    found = Found(path, "ini")
    walk_tree(found, source, [line_tree(source)], comments=True)
    return found
