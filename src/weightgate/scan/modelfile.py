"""Ollama Modelfiles: `FROM` names a library tag (`llama3.1:8b`), a Hub repo or a local file."""

from __future__ import annotations

import re

from weightgate.model import Confidence, Kind
from weightgate.scan.found import Found
from weightgate.scan.ids import is_ollama_tag, is_templated, normalize
from weightgate.scan.uris import find_uris

_FROM = re.compile(r"^\s*FROM\s+(?P<q>[\"']?)(?P<v>\S+?)(?P=q)\s*$", re.IGNORECASE)
_LOCAL = re.compile(r"^(?:\.{0,2}/|~|[A-Za-z]:[\\/])|\\|\.(?:gguf|bin|safetensors|ggml)$", re.I)


def scan_modelfile(path: str, source: str) -> Found:
    """The base of an Ollama model: its `FROM`, plus Hub URLs anywhere (comments included)."""
    found = Found(path, "modelfile")
    for number, line in enumerate(source.splitlines(), 1):
        for hit in find_uris(line):
            conf: Confidence = "low" if line.lstrip().startswith("#") else "high"
            found.add(number, hit.start + 1, hit.id, hit.kind, confidence=conf)
        base = base_of(line)
        if base is None:
            continue
        at, value, kind = base
        if kind is None:
            found.templated(number, value)
        elif kind == "model" and not find_uris(line):
            found.add(number, at + 1, value)
        elif kind == "ollama":
            found.add(number, at + 1, value, "ollama")
    return found


def base_of(line: str) -> tuple[int, str, Kind | None] | None:
    """A Modelfile line's `FROM`: (offset, id, kind) of a library tag (`ollama`) or a Hub repo
    (`FROM hf.co/org/x:Q4_K_M`, `model`), kind None for a templated one; None for any other
    line and for a local file."""
    match = _FROM.match(line)
    if match is None:
        return None
    value, at = match.group("v"), match.start("v")
    if is_templated(value):
        return at, value, None
    if value.lower().startswith(("hf.co/", "huggingface.co/")):
        ident = normalize(value.split(":", 1)[0])
        return (at + value.index("/") + 1, ident, "model") if ident else None
    if not _LOCAL.search(value) and value.count("/") <= 1 and is_ollama_tag(value):
        return at, value, "ollama"
    return None
