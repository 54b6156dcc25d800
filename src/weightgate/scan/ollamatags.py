"""When a value in a model position is an Ollama tag rather than a Hub id."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from weightgate.scan.ids import is_ollama_tag


@cache
def _library() -> frozenset[str]:
    """Ollama library names with bundled license data (the resolver's own list)."""
    data = resources.files("weightgate.resolve").joinpath("data/ollama.json").read_text("utf-8")
    return frozenset(json.loads(data)["models"])


def is_ollama_value(value: str, *, context: bool) -> bool:
    """In a file about Ollama (`context`), a model-position value that is an Ollama tag: no
    `/`, and either a `:tag` (`mistral:7b`) or a library name (`llama3`, `nomic-embed-text`)."""
    if not context or "/" in value or not is_ollama_tag(value):
        return False
    return ":" in value or value.lower() in _library()
