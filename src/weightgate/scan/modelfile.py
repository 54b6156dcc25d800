"""Ollama Modelfiles: `FROM` names a library tag (`llama3.1:8b`), a Hub repo or a local file."""

from __future__ import annotations

import re

from weightgate.model import Confidence
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
        match = _FROM.match(line)
        if match is None:
            continue
        value, column = match.group("v"), match.start("v") + 1
        if is_templated(value):
            found.templated(number, value)
        elif value.lower().startswith(("hf.co/", "huggingface.co/")):
            ident = normalize(value.split(":", 1)[0])
            if ident and not find_uris(line):
                found.add(number, column + value.index("/") + 1, ident)
        elif not _LOCAL.search(value) and value.count("/") <= 1 and is_ollama_tag(value):
            found.add(number, column, value, "ollama")
    return found
