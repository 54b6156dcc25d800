"""Go, Java, Kotlin, Scala, C#, Rust, Swift, Dart, C, C++ and PHP: read with the JavaScript rules.

These languages write strings, comments, assignments and calls as JavaScript does
(`model := "gemma"`, `.modelName("llama3.1:8b")`, `api.model("bert-base-uncased")`,
`env('OLLAMA_MODEL', 'llama3.2:1b')`), so one reader serves them all; its references are
reported under this family's own scanner name.
"""

from __future__ import annotations

from weightgate.scan.found import Found
from weightgate.scan.javascript import HUB_LIBRARIES, scan_javascript


def scan_clike(path: str, source: str) -> Found:
    """References in one Go, Java, Kotlin, C#, Rust, Swift, Dart, C, C++ or PHP source."""
    return scan_javascript(path, source, scanner="clike", hub_words=HUB_LIBRARIES)
