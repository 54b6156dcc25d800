"""Python strings that are not code: docstrings that show usage, and URL literals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from weightgate.scan import text
from weightgate.scan.ollamatags import is_library_tag
from weightgate.scan.uris import UriHit, find_uris

#: A docstring can show usage only if it holds one of these (flags, loaders, downloads).
_USAGE_WORDS = (
    "--",
    "pretrained(",
    "download",
    "serve ",
    "ollama ",
    "-hf ",
    "llm ",
    "Transformer(",
    "Encoder(",
    "load_dataset(",
    # `llm = Ollama(model="llama2")`, `HuggingFaceEmbedding(model_name="org/name")`, a request
    # body's `"model": "x"`, `LayerRepository(repo_id="org/x")`; not the word "model" alone,
    # which nearly every docstring of a model library says
    "model=",
    "model =",
    "model_name=",
    "model_id=",
    "model_path=",
    'model":',
    "model':",
    "model: ",  # a YAML example's `model: org/name`
    "repo_id=",
    "hf:",  # `hf:org/name` URIs
    "hf-hub:",  # open_clip's and timm's `hf-hub:org/name`
    "hf_hub:",
)
#: A string that is a URL (not prose mentioning one) starts with one of these.
_URL_STARTS = (
    "http://",
    "https://",
    "hf://",
    "huggingface://",
    "hf-hub:",
    "hf_hub:",
    "hf.co/",
    "huggingface.co/",
    "hf:",
)
_PROMPT = " >.$"


def usage(doc: str, *, ollama: bool = False) -> Iterator[tuple[int, int, text.TextHit]]:
    """Commands and loader calls a docstring shows (`python serve.py --model org/name`,
    `>>> AutoModel.from_pretrained("org/name")`), as (line index in the docstring, 1-based
    column, hit). The first line is skipped: it shares its source line with the quotes."""
    if not any(word in doc for word in _USAGE_WORDS):
        return
    lines = doc.split("\n")
    for index, line in enumerate(lines):
        if index == 0 or len(line) > 2_000:
            continue
        command = line.lstrip(_PROMPT)
        for hit in _found(command, ollama=ollama):
            if not hit.templated:
                yield index, len(line) - len(command) + hit.start + 1, hit
        if command.endswith("(") and index + 1 < len(lines):
            yield from _continued(command, index + 1, lines[index + 1], ollama=ollama)


def _continued(
    call: str, index: int, line: str, *, ollama: bool
) -> Iterator[tuple[int, int, text.TextHit]]:
    """A call a docstring opens on one line and whose first argument, a quoted string, starts
    the next (`model = AutoModel.from_pretrained(` then `    "org/name",`): read as one line,
    the argument placed on its own line."""
    argument = line.lstrip(_PROMPT)
    if argument[:1] not in ("'", '"') or len(argument) > 2_000:
        return
    for hit in _found(call + argument, ollama=ollama):
        if not hit.templated and hit.start >= len(call):
            yield index, len(line) - len(argument) + hit.start - len(call) + 1, hit


@lru_cache(maxsize=8192)
def _found(line: str, *, ollama: bool) -> tuple[text.TextHit, ...]:
    """`text.find` of a docstring's line: a library repeats its docstrings' lines (copied
    argument descriptions), so each is read once a process."""
    return tuple(text.find(line, ollama=ollama))


#: A docstring's list item that is one name, a note after it (`  - nomic-embed-text (fast)`).
_LISTED = re.compile(
    r"^(?P<i>[ \t]*[-*][ \t]+`?)(?P<n>[a-z][\w.-]*(?::[\w.-]+)?)`?(?:[ \t]+\(|[ \t]*$)"
)


def listed_library_names(doc: str) -> Iterator[tuple[int, int, str]]:
    """The Ollama library models a docstring lists one per item (`Supports models like:` then
    `- nomic-embed-text (lightweight)`, `- all-minilm:latest`), as (line index, 1-based column,
    name); for a file about Ollama."""
    for index, line in enumerate(doc.split("\n")):
        item = _LISTED.match(line) if index and ("-" in line or "*" in line) else None
        if item is not None and is_library_tag(item.group("n")):
            yield index, len(item.group("i")) + 1, item.group("n")


#: A docstring line listing names after commas (`  phi3, phi3.5, llama3, ...`), after a label
#: (`  - Coding:    codellama, deepseek-coder, starcoder2`).
_NAME_RUN = re.compile(r"^(?P<i>[ \t]*(?:[-*][ \t]+)?(?:[A-Z][\w/ ]{0,20}:[ \t]+)?)(?P<r>[^()]+)$")
_LIST_NAME = re.compile(r"[a-z][\w.-]*(?::[\w.-]+)?")


def comma_listed_library_names(doc: str, first_at: int = -1) -> Iterator[tuple[int, int, str]]:
    """The Ollama library models of a docstring's comma-separated lines that are mostly such
    names (`phi3, phi3.5, llama3, gemma2:2b, ...`), or of such a list in parentheses (`any
    model that supports tool calling (qwen3, llama3.3, mistral-small, ...)`), as (line index,
    1-based column, name); for a file about Ollama. The first line is read where the caller
    knows the column it starts at (`first_at`: a module's one-line docstring, `Ollama adapter
    (llava, qwen2.5vl, minicpm-v, ...).`)."""
    for index, line in enumerate(doc.split("\n")):
        if (not index and first_at < 0) or line.count(",") < 2:
            continue
        shift = first_at if not index else 0
        run = _NAME_RUN.match(line) if index else None  # the first line: a sentence
        runs = [(run.start("r"), run.group("r"))] if run else []
        runs += [(m.start(1), m.group(1)) for m in _PARENTHESIZED.finditer(line)]
        for start, names in runs:
            yield from ((index, column + shift, name) for column, name in _listed(start, names))


#: A parenthesized list of three or more items: `(qwen3, llama3.3, mistral-small, ...)`.
_PARENTHESIZED = re.compile(r"\(([^()]*,[^()]*,[^()]*)\)")


def _listed(start: int, run: str) -> list[tuple[int, str]]:
    """(1-based column, name) of the library names of a comma-separated run at offset `start`,
    where they are at least three and two thirds of its items."""
    names = []
    at = start
    for part in run.split(","):
        word = part.strip().rstrip(".")
        if _LIST_NAME.fullmatch(word):
            names.append((at + part.index(word), word))
        at += len(part) + 1
    known = [(column + 1, name) for column, name in names if is_library_tag(name.split(":")[0])]
    return known if len(known) >= 3 and 3 * len(known) >= 2 * len(run.split(",")) else []


def commands(value: str) -> Iterator[tuple[int, text.TextHit]]:
    """Ids a one-line string shows in a command or flag (`"e.g. --base_model=org/name"`, a
    command line handed to `subprocess`), or a string of any length in an `ollama pull`
    (`"Pull one with: ollama pull qwen3:0.6b"`), with their offset."""
    if "--" not in value and "-m " not in value and "-hf " not in value and "ollama " not in value:
        return
    for hit in text.find(value):
        if hit.templated or (hit.kind == "ollama" and not _named_tag(hit.id)):
            continue  # `"ollama pull non-JSON line: %s"`: a log message's words
        yield hit.start, hit


def _named_tag(tag: str) -> bool:
    """A library model (`llama3`) or any name with its tag (`my-model:7b`)."""
    return is_library_tag(tag) or ":" in tag


def urls(value: str) -> Iterator[tuple[int, UriHit, bool]]:
    """The Hub ids of URLs in a string, with their offset and whether the string is the URL
    itself (a help text that mentions one, `"(https://huggingface.co/org/name)"`, is not)."""
    stripped = value.lstrip()
    shift = len(value) - len(stripped)
    end = len(stripped.split(None, 1)[0]) if stripped.startswith(_URL_STARTS) else 0
    for hit in find_uris(stripped):
        yield shift + hit.start, hit, hit.start < end


#: A Colab form field's choices in the comment after an assignment:
#: `model = "phi4" # @param ["phi4", "llama3.2:3b"]`.
_FORM_CHOICES = re.compile(r"#\s*@param\s*(\[[^\]\n]*\])")
_QUOTED_ITEM = re.compile(r"""(["'])([^"'\n]+)\1""")


def form_choices(line: str) -> list[tuple[int, str]]:
    """(0-based column, text) of each quoted choice of a Colab form field on `line`."""
    form = _FORM_CHOICES.search(line)
    if form is None:
        return []
    return [(form.start(1) + m.start(2), m.group(2)) for m in _QUOTED_ITEM.finditer(form.group(1))]
