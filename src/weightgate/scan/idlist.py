"""Plain-text lists of models: a `.txt` file named for models (`suggested_models.txt`,
`models.txt`) holding one id per line."""

from __future__ import annotations

from weightgate.scan.found import Found
from weightgate.scan.ids import normalize
from weightgate.scan.ollamatags import is_ollama_value
from weightgate.scan.shortnames import LEGACY_IDS


def scan_id_list(path: str, source: str) -> Found:
    """Each line that is one id (a trailing `# comment` aside): an `org/name` or a legacy name
    is a Hub model, a library name (`llama3.2:3b`, `mistral`) an Ollama model. A line of
    prose or a command names nothing."""
    found = Found(path, "list")
    for number, line in enumerate(source.splitlines(), 1):
        text = line.split(" #", 1)[0].strip()
        if not text or text.startswith("#") or len(text.split()) != 1:
            continue
        at = line.index(text) + 1
        if is_ollama_value(text, context=True):
            found.add(number, at, text, "ollama", confidence="medium")
            continue
        ident = normalize(text)
        if ident is not None and ("/" in ident or text in LEGACY_IDS):
            found.add(number, at + max(text.find(ident), 0), ident, "model", confidence="medium")
    return found
