"""Go, Java, Kotlin, Scala, C#, Rust, Swift, Dart, C, C++, PHP and Ruby: read with the
JavaScript rules.

These languages write strings, comments, assignments and calls as JavaScript does
(`model := "gemma"`, `.modelName("llama3.1:8b")`, `api.model("bert-base-uncased")`,
`env('OLLAMA_MODEL', 'llama3.2:1b')`), so one reader serves them all; its references are
reported under this family's own scanner name.
"""

from __future__ import annotations

import re

from weightgate.scan.found import Found
from weightgate.scan.javascript import HUB_LIBRARIES, scan_javascript


def scan_clike(path: str, source: str) -> Found:
    """References in one Go, Java, Kotlin, C#, Rust, Swift, Dart, C, C++, PHP or Ruby
    source."""
    if path.endswith(".rb"):
        source = _RUBY_COMMENT.sub(lambda m: " " * len(m.group()), source)
    return scan_javascript(path, source, scanner="clike", hub_words=HUB_LIBRARIES)


#: A Ruby comment line (`# model: 'llama2'`), blanked so that lines and columns stay true.
_RUBY_COMMENT = re.compile(r"^[ \t]*#[^\n]*", re.MULTILINE)
