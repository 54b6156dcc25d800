"""Jinja templates of other files (`config.yaml.j2`, `train.py.j2`): their statements and
comments blanked, so that the file they render is read where it stands, line for line."""

from __future__ import annotations

import re

from weightgate.scan.text import blank_lines

#: The start of `{% if x %}`, `{%- endfor -%}` or `{# a comment #}`: template logic.
_OPEN = re.compile(r"\{[%#]")


#: `{{ embedding_model | default('org/x') }}`: a value with a literal default.
_DEFAULTED = re.compile(
    r"\{\{-?\s*[\w.]+\s*\|\s*default\(\s*(?P<q>['\"])(?P<v>[^'\"\n]+)(?P=q)"
    r"(?:\s*,\s*\w+)?\s*\)\s*-?\}\}"
)


def rendered(source: str) -> str:
    """The template with its statements and comments blanked (`{{ value }}` stays: in a
    string it is a templated id, as `${VALUE}` is) and each value with a literal default
    rendered as that default (`{{ model | default('org/x') }}` is `org/x`)."""
    if "default(" in source:
        source = _DEFAULTED.sub(lambda m: m.group("v"), source)
    if "{%" not in source and "{#" not in source:
        return source
    out: list[str] = []
    at = 0
    while (opened := _OPEN.search(source, at)) is not None:
        close = "%}" if opened.group(0) == "{%" else "#}"
        end = source.find(close, opened.end())
        if end < 0:
            break  # never closed: the rest is the file's text (one pass, however it ends)
        end += len(close)
        out += [source[at : opened.start()], blank_lines(source[opened.start() : end])]
        at = end
    out.append(source[at:])
    return "".join(out)
