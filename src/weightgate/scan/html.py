"""HTML pages and their templates (Jinja, Django, Nunjucks): the JavaScript of their
`<script>` blocks (a Transformers.js demo's `pipeline("task", "Xenova/x")`), and the rest read
as a Markdown document is: Hub links, code shown in `<pre>`, and in a page about Ollama the
library models it offers (`<option value="llama3.2:3b">`, "8 GB: gemma3:12b, llama3.1:8b")."""

from __future__ import annotations

import re

from weightgate.scan.found import Found
from weightgate.scan.javascript import scan_javascript
from weightgate.scan.markdown import scan_markdown
from weightgate.scan.ollamatags import about_ollama
from weightgate.scan.text import blank_lines

#: The opening and closing tags of a `<script>` element and of a `<style>` one (whose text
#: names no model); an opening tag's attributes are bounded, so that the search stays linear.
_SCRIPT = (
    re.compile(r"<script\b[^>]{0,2000}>", re.IGNORECASE),
    re.compile(r"</script\s*>", re.IGNORECASE),
)
_STYLE = (
    re.compile(r"<style\b[^>]{0,2000}>", re.IGNORECASE),
    re.compile(r"</style\s*>", re.IGNORECASE),
)
#: Script types that hold no JavaScript to read (a template the page renders itself is HTML).
_NOT_CODE = re.compile(r"""type\s*=\s*["']?text/(?:template|x-template|html)""", re.IGNORECASE)


def _bodies(
    source: str, tags: tuple[re.Pattern[str], re.Pattern[str]]
) -> list[tuple[str, int, int]]:
    """(opening tag, start, end) of the body of each element the tags delimit, in one pass: an
    element never closed ends the search."""
    opening, closing = tags
    out = []
    at = 0
    while (tag := opening.search(source, at)) is not None:
        end = closing.search(source, tag.end())
        if end is None:
            break
        out.append((tag.group(0), tag.end(), end.start()))
        at = end.end()
    return out


def split_page(source: str) -> tuple[str, str]:
    """(markup, scripts): two texts of the page's shape, the first with the bodies of its
    scripts and styles blanked, the second with everything but those scripts' bodies blanked."""
    markup: list[str] = []
    scripts: list[str] = []
    at = 0
    for tag, start, end in _bodies(source, _SCRIPT):
        if _NOT_CODE.search(tag):
            continue
        markup += [source[at:start], blank_lines(source[start:end])]
        scripts += [blank_lines(source[at:start]), source[start:end]]
        at = end
    markup.append(source[at:])
    scripts.append(blank_lines(source[at:]))
    page = "".join(markup)
    if "<style" in page or "<STYLE" in page:
        styled: list[str] = []
        at = 0
        for _tag, start, end in _bodies(page, _STYLE):
            styled += [page[at:start], blank_lines(page[start:end])]
            at = end
        page = "".join([*styled, page[at:]])
    return page, "".join(scripts)


def scan_html(path: str, source: str) -> Found:
    """References in an HTML page or template."""
    found = Found(path, "html")
    markup, scripts = split_page(source)
    ollama = about_ollama(source)
    parts = [scan_markdown(path, markup)]
    if scripts.strip():
        parts.append(scan_javascript(path, scripts, ollama=ollama))
    for part in parts:
        for ref in part.refs:
            found.add(
                ref.line,
                ref.column,
                ref.id,
                ref.kind,
                revision=ref.revision,
                confidence=ref.confidence,
            )
        found.errors.extend(part.errors)
    return found
