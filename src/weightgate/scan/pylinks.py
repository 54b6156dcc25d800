"""Hub links on the lines of a Python file that no parsed tree holds.

A large file is parsed only around its code's references (`pyregions`), and a file with none is
not parsed at all; a link in a docstring's prose (`HuBERT model from
https://huggingface.co/facebook/hubert-base-ls960`) starts no region. Such lines get what the
strings of a small file, parsed whole, get: their Hub links, at low confidence. A link in a
comment is none. So do the ids a docstring's example code gives a loader (`>>> model =
AutoModel.from_pretrained("org/name")`) and a docstring's list of quoted ids under text about
models, which start no region in a large file either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from weightgate.model import Kind
from weightgate.scan.ids import normalize
from weightgate.scan.pyregions import quoted_ids
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


#: A doctest line's start (`>>> `, `... `).
_EXAMPLE_START = re.compile(r"[ \t]*(?:>>>|\.\.\.)[ \t]")
#: What on such a line hands a model or a dataset on: a loader, a model keyword or call.
_HANDED_ON = re.compile(r"from_pretrained\(|pipeline\(|load_dataset\(|[Mm]odel\w*(?:\(|[ \t]*=)")
#: A documentation list's item that is one quoted id (`` - `'amazon/chronos-2'` ``), or one
#: with a note on it (`- "org/x" (ViT-based, 86M params)`, `- "org/x": the smaller one`).
_LISTED_ID = re.compile(
    r"[ \t]*[-*+][ \t]+`{0,2}[\"'](?P<v>[\w.-]+/[\w.-]+)[\"']`{0,2}"
    r"(?:[ \t]+[(\-#]|:[ \t]|[ \t]*,?[ \t]*$)"
)
#: How far above such a list the text says what its items are.
_LIST_CONTEXT = 1_500


def unparsed_examples(
    text: str, parsed: list[tuple[int, int]] | None
) -> Iterator[tuple[int, int, str, Kind]]:
    """The ids that docstring example lines outside the `parsed` line ranges give a loader
    (`>>> AutoModel.from_pretrained("org/name")`, `... model_name="org/x",`), and the items of
    a docstring's list of quoted ids (`` - `'amazon/chronos-2'` `` under "Available model
    IDs:"), as (1-based line, 1-based column, id, kind); `load_dataset("org/x")`'s are
    datasets, and so are a list's under text about datasets only."""
    if parsed is None:
        return
    number, counted = 1, 0
    for quoted in sorted(quoted_ids(text), key=lambda m: m.start()):  # rarer than lines
        start = text.rfind("\n", 0, quoted.start()) + 1
        end = text.find("\n", quoted.end())
        end = end if end >= 0 else len(text)
        line = text[start:end]
        example = _EXAMPLE_START.match(line) is not None
        if not example and _LISTED_ID.match(line) is None:
            continue
        number += text.count("\n", counted, start)
        counted = start
        if any(low < number <= high for low, high in parsed):
            continue  # read with its region's tree
        if example and _HANDED_ON.search(line) is None:
            continue
        written = quoted.group()[1:-1]
        ident = normalize(written)
        if ident is None or ident != written:
            continue
        if example:
            kind: Kind = "dataset" if "load_dataset(" in text[start : quoted.start()] else "model"
        else:
            above = text[max(start - _LIST_CONTEXT, 0) : start].lower()
            if "model" not in above and "dataset" not in above:
                continue  # a list of something else (`org/repo` on GitHub, a path)
            kind = "model" if "model" in above else "dataset"
        yield number, quoted.start() - start + 2, ident, kind
