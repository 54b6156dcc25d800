"""Jinja templates of other files (`config.yaml.j2`, `train.py.j2`): their statements and
comments blanked, so that the file they render is read where it stands, line for line."""

from __future__ import annotations

import re

#: `{% if x %}`, `{%- endfor -%}`, `{# a comment #}`: template logic, not the file's text.
_LOGIC = re.compile(r"\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_NOT_NEWLINE = re.compile(r"[^\n]")


def blank(text: str) -> str:
    """The text with every character but line breaks made a space: lines and columns stay."""
    return _NOT_NEWLINE.sub(" ", text)


def rendered(source: str) -> str:
    """The template with its statements and comments blanked (`{{ value }}` stays: in a
    string it is a templated id, as `${VALUE}` is)."""
    if "{%" not in source and "{#" not in source:
        return source
    return _LOGIC.sub(lambda m: blank(m.group(0)), source)
