"""Hub links on the lines of a Python file that no parsed tree holds.

A large file is parsed only around its code's references (`pyregions`), and a file with none is
not parsed at all; a link in a docstring's prose (`HuBERT model from
https://huggingface.co/facebook/hubert-base-ls960`) starts no region. Such lines get what the
strings of a small file, parsed whole, get: their Hub links, at low confidence. A link in a
comment is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from weightgate.model import Kind
from weightgate.scan.uris import find_uris

_LINKS = ("huggingface.co/", "hf.co/", "hf-mirror.com/")


def links_the_hub(text: str) -> bool:
    """The text links the Hub (or its mirror)."""
    return any(link in text for link in _LINKS)


def _link_lines(text: str) -> list[int]:
    """Start offsets of the lines that hold a Hub link, in order."""
    found = set()
    for link in _LINKS:
        at = text.find(link)
        while at >= 0:
            found.add(text.rfind("\n", 0, at) + 1)
            at = text.find(link, at + 1)
    return sorted(found)


def unparsed_links(
    text: str, parsed: list[tuple[int, int]] | None
) -> Iterator[tuple[int, int, str, Kind]]:
    """The Hub links on lines outside the `parsed` 0-based [start, end) line ranges (None: the
    whole file was parsed, nothing is left), as (1-based line, 1-based column, id, kind)."""
    if parsed is None:
        return
    number, counted = 1, 0
    for start in _link_lines(text):
        number += text.count("\n", counted, start)
        counted = start
        if any(low < number <= high for low, high in parsed):
            continue  # read with its region's tree
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if len(line) > 2_000:
            continue
        comment = line.find("#")
        for uri in find_uris(line):
            if not 0 <= comment < uri.start:
                yield number, uri.start + 1, uri.id, uri.kind
