"""Markdown and model cards: `base_model:` in the YAML front matter, Hub URLs in the text."""

from __future__ import annotations

from weightgate.scan.found import Found
from weightgate.scan.ids import find_uris
from weightgate.scan.structured import walk_tree
from weightgate.scan.tree import yaml_documents


def _front_matter(source: str) -> tuple[str, int]:
    """The front matter block (with lines before it blanked, so marks stay true) and its end."""
    if not source.startswith("---"):
        return "", 0
    lines = source.splitlines()
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(["", *lines[1:index]]), index + 1
    return "", 0


def scan_markdown(path: str, source: str) -> Found:
    """References in a model card or document. Raises yaml.YAMLError on bad front matter."""
    found = Found(path, "markdown")
    matter, end = _front_matter(source)
    if matter:
        walk_tree(found, source, yaml_documents(matter), comments=False)
    for number, line in enumerate(source.splitlines()[end:], end + 1):
        for hit in find_uris(line):
            found.add(number, hit.start + 1, hit.id, hit.kind, confidence="medium")
    return found
