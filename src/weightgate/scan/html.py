"""HTML pages and their templates (Jinja, Django, Nunjucks): the JavaScript of their
`<script>` blocks (a Transformers.js demo's `pipeline("task", "Xenova/x")`), and the rest read
as a Markdown document is: Hub links, code shown in `<pre>`, and in a page about Ollama the
library models it offers (`<option value="llama3.2:3b">`, "8 GB: gemma3:12b, llama3.1:8b")."""

from __future__ import annotations

import re

from weightgate.scan.found import Found
from weightgate.scan.javascript import scan_javascript
from weightgate.scan.jinja import blank as _blank
from weightgate.scan.markdown import scan_markdown
from weightgate.scan.ollamatags import about_ollama

#: A `<script>` element with a body, and a `<style>` element (whose text names no model).
_SCRIPT = re.compile(r"(<script\b[^>]*>)(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
#: Script types that hold no JavaScript to read (a template the page renders itself is HTML).
_NOT_CODE = re.compile(r"""type\s*=\s*["']?text/(?:template|x-template|html)""", re.IGNORECASE)


def split_page(source: str) -> tuple[str, str]:
    """(markup, scripts): two texts of the page's shape, the first with the bodies of its
    scripts and styles blanked, the second with everything but those scripts' bodies blanked."""
    markup: list[str] = []
    scripts: list[str] = []
    at = 0
    for match in _SCRIPT.finditer(source):
        if _NOT_CODE.search(match.group(1)):
            continue
        start, end = match.span(2)
        markup += [source[at:start], _blank(source[start:end])]
        scripts += [_blank(source[at:start]), source[start:end]]
        at = end
    markup.append(source[at:])
    scripts.append(_blank(source[at:]))
    page = "".join(markup)
    if "<style" in page or "<STYLE" in page:
        page = _STYLE.sub(_blank_body, page)
    return page, "".join(scripts)


def _blank_body(element: re.Match[str]) -> str:
    """A `<style>` element with its body blanked, its tags kept."""
    whole, at = element.group(0), element.start()
    start, end = element.start(1) - at, element.end(1) - at
    return whole[:start] + _blank(whole[start:end]) + whole[end:]


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
