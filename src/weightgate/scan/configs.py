"""YAML, JSON and TOML files through the config walker.

Two common near-misses are read rather than rejected: JSON with comments and trailing commas
(`tsconfig.json`, `devcontainer.json`), and YAML templates that only parse after rendering
(Helm `{{ ... }}`), which are read line by line. Anything else malformed raises, and becomes
one error naming the file.
"""

from __future__ import annotations

import json
import re

import yaml

from weightgate._compat import load_toml
from weightgate.scan.envfile import line_tree
from weightgate.scan.found import Found, declared
from weightgate.scan.structured import walk_tree
from weightgate.scan.tree import from_data, yaml_documents

_JSONC = re.compile(r'("(?:\\.|[^"\\\n])*")|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.DOTALL)


def _blank(match: re.Match[str]) -> str:
    """Comments and trailing commas become spaces (positions stay true); strings stay."""
    if match.group(1) is not None:
        return match.group(1)
    return re.sub(r"[^\n]", " ", match.group(0))


def scan_yaml(path: str, source: str) -> Found:
    """References in a YAML document stream. Raises yaml.YAMLError on malformed input."""
    found = Found(path, "yaml", defined=declared(source))
    try:
        docs = yaml_documents(source)
    except yaml.YAMLError:
        if "{{" not in source and "{%" not in source:
            raise
        walk_tree(found, source, [line_tree(source)], comments=True)
        return found
    walk_tree(found, source, docs, comments=True)
    return found


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
    """References in a TOML document. Raises tomllib.TOMLDecodeError on malformed input."""
    found = Found(path, "toml")
    walk_tree(found, source, [from_data(load_toml(source), source)], comments=True)
    return found
