"""Markdown and model cards: `base_model:` in the YAML front matter, Hub URLs and ids in the
text, tables and lists of models, and `"model": "org/name"` in request bodies; fenced blocks
are read by `mdblocks`. Placeholders in examples are documentation, never errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import yaml

from weightgate.model import Kind, ModelRef, ScanError
from weightgate.scan import keys, text
from weightgate.scan.found import Found
from weightgate.scan.ids import (
    HOSTED_SLUG,
    is_ollama_tag,
    is_sentence_transformers_name,
    normalize,
    plausible_id,
    single_dataset,
)
from weightgate.scan.mapctx import API_PROVIDERS
from weightgate.scan.mdblocks import RST_PYTHON_HEAD, fenced_blocks, read_block, rst_blocks, shell
from weightgate.scan.ollamatags import (
    about_ollama,
    is_library_tag,
    is_ollama_value,
    is_tagged_library_name,
    names_in_prose,
    provider_tag,
    tags_in_prose,
)
from weightgate.scan.prose import (
    LIST_ITEM,
    about_models,
    called_datasets,
    ids_in_prose,
    legacy_names_in_prose,
    listed_id,
    mlc_ids,
    model_shaped,
    published_id,
    shaped_ids,
    short_names_in_prose,
    written_ids,
)
from weightgate.scan.read import problem
from weightgate.scan.shortnames import LEGACY_IDS, WORDLESS_LEGACY_IDS, is_short_name
from weightgate.scan.structured import walk_tree
from weightgate.scan.tree import Map, Node, Scalar, Seq, yaml_documents
from weightgate.scan.uris import UriHit, find_uris
from weightgate.scan.whispersizes import backend_sizes, item_sizes, sizes_in_document

_INLINE = re.compile(r"`([^`\n]+)`")
_LISTED_NAME = re.compile(  # `- qwen2.5-coder`, `` - `phi4` ``, `- **deepseek-r1** (4.7GB)`
    LIST_ITEM.pattern
    + r"\s*(?:`|\*\*)?(?P<n>[A-Za-z][\w.-]*(?::[\w.-]+)?)(?:`|\*\*)?(?=$|[\s/,(:])"
)
#: A line of prose that is a command (`ollama pull "x"` in a README without code fences).
_COMMAND_LINE = re.compile(
    r"\s*(?:\$\s+)?(?:ollama|huggingface-cli|hf|vllm|python3?|docker|mlx_lm\.\w+"
    r"|litgpt|accelerate|torchrun|lm_eval|tune|llm)\s+\S"
    r"|\s*(?:\$\s+)?(?:[\w.~-]*/)*llama-\w+\s+\S"  # `./llama-server`, `build/bin/llama-cli`
    r"|\s*(?:export\s+)?[A-Za-z_]\w*=[\"']?[\w.-]+/[\w.-]"  # `model_path="org/name"` as prose
    r"|.*?(?<![\w-])-hf\s+[\w.-]+/[\w.-]"  # llama.cpp's `-hf org/x-GGUF`, whatever runs it
)
#: A command written as prose, outside code blocks (`inspect eval x.py --model hf/org/name`,
#: `3. python train.py --teacher_name gpt2`): a lower-case program, its words, a flag.
_PROSE_COMMAND = re.compile(
    r"\s*(?:(?:\d+[.)]|[-*+])\s+)?(?:\$\s+)?[a-z][\w.-]*(?:\s+[^\s-][^\s]*)*\s+--?[a-z]"
)
#: A Python statement outside a code block that loads a model (`model =
#: AutoModel.from_pretrained("org/x")`, a README whose code lost its fence).
_PROSE_LOAD = re.compile(r"\s*(?:[\w.]+\s*=\s*)?[\w.]+\.from_pretrained\(")
#: A list item or line that is a command pulling an Ollama model (`1. docker exec -it ollama
#: ollama pull translategemma  # a 2B fine-tune`), outside a code block.
_PROSE_PULL = re.compile(
    r"^\s*(?:\d+[.)]|[-*+])\s+(?:\$\s+)?(?:sudo\s+)?(?:(?:docker|podman)\s+\S+(?:\s+\S+)*?\s+)?"
    r"ollama\s+(?:pull|run)\s+\S+\s*(?:(?:#|&&|;|\|).*)?$"  # the name, then the command's end
)
_HEADING = re.compile(r"^(#{1,6})\s")
#: A heading that is one id and nothing else: the section is about that model. Its name has a
#: `-`, `_`, `.` or digit (`#### Menlo/Jan-nano`; `## Usage/Examples` is no id).
_ID_HEADING = re.compile(
    r"^#{1,6}\s+(?:\d+[.)]\s+)?`?(?P<id>[A-Za-z0-9][\w.-]*/(?=[\w.]*[-_.\d])[\w.-]+)`?\s*$"
)
#: `### bge-m3:567m`: a heading that is only a library model with its tag.
_TAG_HEADING = re.compile(r"^#{1,6}\s+`?(?P<tag>[a-z][\w.-]*:[\w.-]+)`?\s*$")
_TABLE_RULE = re.compile(
    r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"
    r"|^\s*\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$"  # GitHub's shortest: `|:-|:-|`
    r"|^(?=[^-\n]*-{3})\s*\|(?:\s*(?::?-+:?)?\s*\|)+\s*$"  # a last column left blank: `| --- |  |`
)
#: `**Finetuned from model:** org/name`, `` - `base_model`: HF repo (e.g., `org/name`) ``,
#: `- **Adapter**: org/name (LoRA)`: an id right after a label that names a model.
_LABELLED = re.compile(
    r"(?i)\b(?:base[_ ]model|model|checkpoint|weights|adapter|lora)"
    r"(?:\s*\[[^\]\n]{0,20}\])?[`*_]*\s*:[*_`\s]*"
    r"(?:[^`\s/]*\s+){0,4}?[(`*]*(?P<v>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])(?=[`*)\s,;]|$)"
)
#: A rate after a number (`Cloud model: ~0.5 s/message`, `3 ms/token`): a unit, no id.
_RATE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?P<v>[a-z]{1,3}/[a-z]+)")
#: `- Base Model: distilbert-base-uncased`: a legacy single-name id after a base-model label.
_LABELLED_LEGACY = re.compile(
    r"(?i)\bbase[_ ]model[`*_]*\s*:[*_`\s]*(?P<v>[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?=[`*)\s,;]|$)"
)
#: "The transformers models are: bert-base-uncased (bbu), bert-base-cased (bbc), ...": the
#: list after a sentence about models that ends with a colon.
_MODELS_LIST = re.compile(r"(?i)\bmodels?\b[^:\n]{0,60}:\s+(?=\S)")
_LIST_WORD = re.compile(r"(?<![\w./-])[A-Za-z0-9][\w.-]*[A-Za-z0-9](?![\w/-])")


#: A line that talks about models, or what comes from the Hub ("will fetch the following from
#: Hugging Face:"; not its Spaces), and ends with a colon: the list below it names them.
_MODELS_INTRO = re.compile(
    r"(?i)(?:\bmodels?\b|\b(?:hugging ?face|the hub)\b(?![^\n]*\bspaces?\b))[^\n]*:[*_]*\s*$"
)


def _under_models_intro(line: str, before: str) -> bool:
    """A list item a few lines below "The models used for each task:"; not "Claude models
    through the CLI:", a hosted API's."""
    return LIST_ITEM.match(line) is not None and any(
        _MODELS_INTRO.search(above) and not keys.names_hosted_api(above)
        for above in before.split("\n")
    )


#: "..., e.g., `org/name`": an example of a format, not the model a project uses.
_EXAMPLE = re.compile(r"(?i)\b(?:e\.g\.|for example|such as)")


#: `*    gpt2`, `* t5-small, t5-base, t5-large`, an indented `    distilgpt2`: a list item (or
#: an indented line) that holds only names.
_NAMES_ITEM = re.compile(
    r"^(?:\s*(?:[-*+]|\d+[.)])\s+|(?: {4}|\t)\s*)"
    r"[`*]*(?P<v>[\w.-]+(?:[ \t]*,[ \t]*[\w.-]+)*)[`*]*\s*$"
)


def _legacy_item(line: str) -> list[tuple[int, str]]:
    """(offset, name) of a list item's names when every one is a legacy id as the Hub spells
    it (not a plain word such as `ctrl`)."""
    item = _NAMES_ITEM.match(line)
    if item is None:
        return []
    names = [(item.start("v") + m.start(), m.group()) for m in _NAME.finditer(item.group("v"))]
    return names if all(name in WORDLESS_LEGACY_IDS for _at, name in names) else []


_NAME = re.compile(r"[\w.-]+")


def _legacy_list(line: str) -> list[tuple[int, str]]:
    """(offset, name) of the legacy ids, as the Hub spells them, in a list after a models
    label; two at least, so that a sentence naming one family in passing is not read."""
    label = _MODELS_LIST.search(line)
    if label is None:
        return []
    names = [(m.start(), m.group()) for m in _LIST_WORD.finditer(line, label.end())]
    legacy = [(at, name) for at, name in names if name in WORDLESS_LEGACY_IDS]
    return legacy if len(legacy) >= 2 else []


#: `- **Model**: llama3.2:1b`: a library model with its tag after a model label.
_LABELLED_TAG = re.compile(
    r"(?i)\b(?:base[_ ]model|model)[`*_]*\s*:[*_`\s]*(?P<v>[a-z0-9][\w.-]*:[\w.-]+)(?=[`*)\s,;]|$)"
)
#: `"model": "x"`, and dotted settings keys (`"twinny.fimModel": "codellama:7b"`).
#: `"model": "x"` of a JSON body or a dict shown in prose, and a settings list's
#: `` - `MODEL`: 'llama3.1' `` (the key in backticks).
_KEYED = re.compile(r"""["'`](?P<k>[\w.-]+)["'`]\s*:\s*["'](?P<v>[^"'\s]+)["']""")


def _front_matter(source: str) -> tuple[str, int]:
    """The front matter block (with lines before it blanked, so marks stay true) and its end."""
    if not source.startswith("---"):
        return "", 0
    lines = source.splitlines()
    first = next((line for line in lines[1:] if line.strip()), "")
    if not _MATTER_START.match(first):
        return "", 0  # `---` then `![logo](...)`: a horizontal rule, not front matter
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(["", *lines[1:index]]), index + 1
    return "", 0


#: The first line of YAML front matter: a key (`base_model: org/name`) or a list item.
_MATTER_START = re.compile(r"""\s*(?:[\w"'.-][^:\n]*:(?:\s|$)|-\s|---\s*$)""")


#: How many lines of a model card's front matter may stop its parse before it is given up.
_STRAY_LINES = 3


def _matter_documents(found: Found, matter: str) -> list[Node]:
    """The front matter's YAML documents; a line that stops the parse (an unfilled
    `[instance_prompt]` of a card template) is read as blank, and the error is kept."""
    lines = matter.split("\n")
    first: tuple[yaml.MarkedYAMLError, int] | None = None
    for _ in range(_STRAY_LINES + 1):
        try:
            docs = yaml_documents("\n".join(lines))
        except yaml.MarkedYAMLError as exc:
            marked = [m.line for m in (exc.problem_mark, exc.context_mark) if m is not None]
            stray = next((n for n in marked if 0 <= n < len(lines) and lines[n].strip()), None)
            if stray is None:
                raise (first[0] if first else exc) from None
            first = first or (exc, stray + 1)
            lines[stray] = ""
            continue
        if first is not None:  # reported at the stray line, not where the parser gave up
            found.errors.append(ScanError(found.path, problem(first[0])[0], first[1]))
        return docs
    raise first[0] if first else yaml.YAMLError("front matter")


def _number_before(line: str, end: int) -> int:
    """Where the number a value follows starts (`0.5 s/message`: the `0`), else `end`."""
    start = end - 1 if end and line[end - 1] == " " else end
    while start and (line[start - 1].isdigit() or line[start - 1] in ".,"):
        start -= 1
    return start


def _keyed(found: Found, number: int, line: str, ollama: bool) -> None:
    """`"model": "org/name"` in a JSON request body or a Python dict shown in the text
    (`"model": "llama3"` in a document about Ollama)."""
    for match in _KEYED.finditer(line):
        if keys.role(match.group("k")) != "model":
            continue
        value = match.group("v")
        tag = provider_tag(value)
        if tag is not None:
            found.add(number, match.end("v") - len(tag) + 1, tag, "ollama", confidence="medium")
            continue
        if is_ollama_value(value, context=ollama):
            found.add(number, match.start("v") + 1, value, "ollama", confidence="medium")
            continue
        ident = normalize(match.group("v"))
        if ident is not None and "/" in ident:
            found.add(number, match.start("v") + 1, ident, "model", confidence="medium")


#: A link to an organization's page on the Hub: its text names a family of models
#: (`[Qwen/QwQ](https://huggingface.co/Qwen)`), not one repository. (A legacy id's page,
#: `huggingface.co/gpt2`, is a model's: see `_blank_org_text`.)
_ORG_LINK = re.compile(
    r"\[(?P<t>[^\]\n]{1,200})\]\(https?://(?:huggingface\.co|hf\.co)/(?P<o>[\w.-]+)/?\)"
)


#: A link to a container image, a code repository, a package or another model host: its text
#: (`[modelzai/llm-bloomz-560m](https://hub.docker.com/...)`, `[Qwen/x](https://modelscope.cn/
#: models/Qwen/x)`) names that, not a Hugging Face model.
_FOREIGN_LINK = re.compile(
    r"\[(?P<t>[^\]\n]{1,200})\]\(https?://(?:www\.)?(?:hub\.docker\.com|github\.com|gitlab\.com"
    r"|pypi\.org|npmjs\.com|ghcr\.io|quay\.io|modelscope\.cn|gitee\.com|replicate\.com|fal\.ai"
    r"|civitai\.com)/[^)\s]*\)"
)


#: A URL, or a link whose text names no id (`[AG News dataset](https://...)`): the words it
#: holds describe its own target, so they do not make a line's other ids datasets.
_OWN_WORDS = re.compile(r"\[[^\]/\n]{0,200}\]\([^)\s]*\)|https?://\S+")


#: A link's target inside the repository (`[a bonus](ch02/03_bonus_embedding-vs-matmul)`): a
#: folder, not a Hub id, unless it is a known publisher's model id written bare.
_RELATIVE_LINK = re.compile(r"(?<=\]\()(?![a-z][\w+.-]*:|#|/)[^)\s]+(?=\))", re.IGNORECASE)


def _blank_folder(match: re.Match[str]) -> str:
    return match.group(0) if published_id(match.group(0)) else text.blank(match)


def _blank_text(match: re.Match[str]) -> str:
    whole, text = match.group(0), match.group("t")
    return "[" + " " * len(text) + whole[len(text) + 1 :]


def _blank_org_text(match: re.Match[str]) -> str:
    """An organization link's text blanked; a legacy model's page (`[openai-community/gpt2](
    https://huggingface.co/gpt2)`) keeps its text, which names that model."""
    return match.group(0) if match.group("o").lower() in LEGACY_IDS else _blank_text(match)


def _router_blocks(lines: list[str]) -> set[int]:
    """0-based indexes of the lines of tables and lists that hold a hosted-only model slug."""
    out: set[int] = set()
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        stripped = line.lstrip()
        if stripped.startswith("|") or LIST_ITEM.match(line):
            block.append(index)
            continue
        if any(HOSTED_SLUG.search(lines[i]) for i in block):
            out.update(block)
        block = []
    return out


def _body_row(lines: list[str], index: int) -> bool:
    """Line `index` is a table row below another row or the rule under a header."""
    row = lines[index].lstrip().startswith("|") and not _TABLE_RULE.match(lines[index])
    return row and index > 0 and lines[index - 1].lstrip().startswith("|")


def _in_model_table(lines: list[str], index: int, *, was: bool) -> bool:
    """Whether line `index` is a row of a table whose header talks about models (`| Model |
    Size |` over `|---|---|`): its rows are about models even when they do not say so."""
    line = lines[index].lstrip()
    if not line.startswith("|"):
        return False
    if index + 1 < len(lines) and _TABLE_RULE.match(lines[index + 1]):
        return about_models(line)  # a header row
    return was


@dataclass(frozen=True)
class _Line:
    """What a prose line's surroundings say: the document is about Ollama, the lines before it,
    it is a row of a table about models, it is in a table or list of a router's slugs."""

    ollama: bool
    before: str = ""
    table: bool = False
    slugs: bool = False
    section: bool = False  # under a heading about models ("## Tested rerankers")
    data_section: bool = False  # under a heading about datasets ("## Dataset")
    linked: frozenset[str] = frozenset()  # the ids of the Hub URLs on the line, lower case


#: A line that is one id and nothing else (`- org/name`, `` `org/name` ``), an item of a list.
_ONLY_ID = re.compile(
    r"^\s*(?:[-*+]|\d+[.)])?\s*[`*_\[]*[\w.-]+/[\w.-]+[`*_\]]*(?:\([^)\s]*\))?[.,;]?\s*$"
)


#: An id the next word calls a model ("drone imagery and org/x model from Hugging Face"),
#: whatever dataset the sentence names before it.
_CALLED_MODEL = re.compile(
    r"""[\w./-]+["'`*\]]*[ \t]+(?:model|checkpoint|weights)\b""", re.IGNORECASE
)
#: An id the next words call a dataset (`"org/x" Bengali dataset`, `org/x corpus`); not
#: `org/model on the x dataset`, where a preposition starts another phrase.
_CALLED_DATASET = re.compile(
    r"""[\w./-]+["'`*\]]*(?:[ \t]+(?!(?:on|in|with|using|from|and|or|for|to|of|the|a|an|by"""
    r"""|at|as|is|was|via)\b)[A-Za-z][\w-]*){0,2}[ \t]+(?:dataset|corpus|rows)\b""",
    re.IGNORECASE,
)


def _header_row(before: str) -> str:
    """The header row of the table a row belongs to (`before` holds it: a table's rows keep it
    as their context), or ""."""
    rows = [b for b in before.split("\n") if b.lstrip().startswith("|")]
    headers = [r for r in rows if not _TABLE_RULE.match(r)]
    return headers[-1] if headers else ""


def _column_header(line: str, at: int, before: str) -> str:
    """The header cell above offset `at` of a table row, or "" outside a table."""
    if not line.lstrip().startswith("|"):
        return ""
    header = _header_row(before)
    if not header:
        return ""
    cells = header.strip().split("|")
    index = line[:at].lstrip().count("|")
    return cells[index] if index < len(cells) else ""


def _about_data(sentence: str, line: str, before: str) -> bool:
    """Ids in this sentence are datasets: it says "dataset" (before any "model": "a fine-tuned
    version of org/name on the x dataset" is about a model), or the lines before did and this
    line names no model and either is only an id (an item of their list), a table row (under
    its header) or follows a line that leads into it ("the Dolly dataset:"); not a sentence of
    its own ("Special VAE used for training: org/vae" a few lines after a dataset was named)."""
    lower = sentence.lower()
    carried = "dataset" in before.lower() and "model" not in line.lower()
    led = before.rstrip().endswith(":") or _ONLY_ID.match(line) is not None
    led = led or line.lstrip().startswith("|")  # a table row: its header is the context
    data = "dataset" in lower or (carried and led)
    if data and "model" in lower:
        data = lower.find("dataset") < lower.find("model")
    return data


#: The end of a sentence: a full stop, then a space and a capital (`v1.5` and `e.g. x` go on).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _sentence(line: str, at: int) -> tuple[str, int]:
    """The sentence of `line` that holds offset `at`, and where it starts: a line of several
    sentences ("These are weights for org/base. They were trained on the org/x dataset.") is
    read sentence by sentence."""
    start = 0
    for end in _SENTENCE_END.finditer(line):
        if end.end() > at:
            return line[start : end.end()], start
        start = end.end()
    return line[start:], start


def _nearest_kind_word(head: str) -> str | None:
    """Of "model" and "dataset", the one written last in `head` (a sentence up to an id)."""
    model, dataset = head.rfind("model"), head.rfind("dataset")
    if model < 0 and dataset < 0:
        return None
    return "dataset" if dataset > model else "model"


def _names_data(line: str, where: _Line, data: bool) -> bool:
    """The line (or, for a table row, a header about datasets and not models: `| Dataset |
    Source |`) says "dataset" of the span (`data`), or the line stands under a heading about
    datasets only (`## Dataset` then `- **Source:** `org/x``)."""
    if where.data_section:
        return True
    header = _header_row(where.before) if line.lstrip().startswith("|") else ""
    said = line + header if "model" not in header.lower() else line
    return data and _DATASET_WORD.search(said) is not None


#: The word "model" right before an inline code span: "the Hugging Face sentiment model
#: `org/x`", "Model: `org/x`".
_MODEL_BEFORE = re.compile(r"\b(?:model|checkpoint)(?:\s+(?:id|ID|name))?:?[ \t]*$", re.IGNORECASE)


def _inline(
    found: Found, number: int, line: str, where: _Line, *, data: Callable[[int], bool]
) -> None:
    """Inline code spans: a library tag (`` `qwen3:4b` ``), a legacy or model-shaped id
    (`` `bert-base-uncased` ``, `` `org/vit-base-x` ``) or a command (`` `ollama run x` ``).
    Among many bare words that are mostly not library names (`` `gpt5` `claude` `mistral` ``,
    a list of provider functions), a bare library name is one of those words too."""
    label = _ITEM_LABEL.match(line)
    if label is not None and keys.names_hosted_api(label.group("p")):
        return  # `- **Cohere**: `command-r-plus``: the hosted API's own names
    spans = list(_INLINE.finditer(line))
    bare = [w for m in spans if _BARE_WORD.fullmatch(w := m.group(1).strip())]
    other_words = len(bare) >= 3 and 2 * sum(map(is_library_tag, bare)) < len(bare)
    for match in spans:
        span = match.group(1).strip()
        if span.lower() in where.linked:  # [`org/name`](https://huggingface.co/datasets/org/name)
            continue  # the URL says what it is
        if _LOCAL_TARGET.match(line, match.end()):  # [`demo/realtime-x`](./demo/realtime-x)
            continue  # a folder of the repository, not a model
        at = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
        if len(span) > 2 and span[0] == span[-1] and span[0] in "\"'":
            span, at = span[1:-1], at + 1  # `` `'nomic-embed-text'` ``: a string shown
        # `llama3.2`, `qwen3:4b`: a library name, tagged or not; never `builtin:default`
        library_tag = where.ollama and (is_tagged_library_name(span) or _sized_tag(span))
        library_tag = library_tag or _after_ollama(line, match.start(), span)
        named = is_ollama_value(span, context=where.ollama and ":" not in span and not other_words)
        routed = provider_tag(span) if span[:6].lower() == "ollama" else None
        routed = routed if routed and is_library_tag(routed.partition(":")[0].lower()) else None
        if library_tag or named:
            found.add(number, at + 1, span, "ollama", confidence="medium")
        elif routed is not None:  # LiteLLM's `ollama/mistral`: the library model
            found.add(
                number, at + 1 + len(span) - len(routed), routed, "ollama", confidence="medium"
            )
        elif "/" not in span and (timm := normalize(span) or "").startswith("timm/"):
            found.add(number, at + 1, timm, "model", confidence="medium")
        elif "/" not in span and plausible_id(span) and not (other_words and span == "ctrl"):
            # `bert-base-uncased`, `all-MiniLM-L6-v2`; among key names (`ctrl`, `alt`) a key
            found.add(number, at + 1, normalize(span) or span, "model", confidence="medium")
        elif not where.slugs and ids_in_prose(span, about=True) == [(0, span)]:
            # "Load dataset (`org/name`)"; under `## Dataset`, a line that names no model
            section = where.data_section and "model" not in line.lower()
            kind: Kind = "dataset" if section or data(at) else "model"
            found.add(number, at + 1, span, kind, confidence="medium")
        elif (
            "/" in span
            and _under_models_intro(line, where.before)
            and not _EXAMPLE.search(line, 0, at)
            and plausible_id(span)
        ):
            kind = "dataset" if data(at) else "model"  # "Models used:" / `- Chat: `org/name``
            found.add(number, at + 1, span, kind, confidence="medium")
        elif "/" in span and _MODEL_BEFORE.search(line, 0, match.start()) and plausible_id(span):
            found.add(number, at + 1, span, "model", confidence="medium")  # "sentiment model `x`"
        elif "/" in span and _model_row(line) and plausible_id(span) and not data(at):
            found.add(number, at + 1, span, "model", confidence="medium")  # `| Model | `org/x` |`
        elif "/" in span and _names_data(line, where, data(at)) and plausible_id(span):
            found.add(number, at + 1, span, "dataset", confidence="medium")  # `b-mc2/sql-x`
        elif "/" in span and _beside_the_hub(line, match) and plausible_id(span):
            kind = "dataset" if data(at) else "model"  # "downloads `org/x` from Hugging Face"
            found.add(number, at + 1, span, kind, confidence="medium")
        else:
            for hit in text.find(span, ollama=where.ollama):
                if not hit.templated:
                    found.add(number, at + hit.start + 1, hit.id, hit.kind, confidence="medium")


#: The Hub named right before a code span ("fetched from HuggingFace (`org/x`)", "mirrored
#: on Hugging Face: `org/x`") or right after it ("downloads `org/x` from Hugging Face").
_HUB_BEFORE = re.compile(
    r"\b(?:on|from|via)\s+(?:the\s+)?(?:hugging\s?face|hf)(?:\s+hub)?\s*:?\s*\(?\s*$", re.I
)
_HUB_AFTER = re.compile(r"\)?\s+(?:on|from|via)\s+(?:the\s+)?(?:hugging\s?face|hf)\b", re.I)


def _columns_and_bold(line: str, named: str, where: _Line) -> list[tuple[int, str]]:
    """(offset, id) of the ids a table's column header calls ids (`| Dataset | Issue |`, `| Hub
    ID |`) and of those in bold that come from the Hub."""
    row = "/" in line and line.lstrip().startswith("|")
    return [*(_column_ids(named, where.before) if row else []), *_bold_from_the_hub(named)]


#: An `org/name` in bold (`**m0no1/dnd-mechanics-dataset**`).
_BOLD_ID = re.compile(r"\*\*(?P<v>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])\*\*")


def _bold_from_the_hub(line: str) -> list[tuple[int, str]]:
    """(offset, id) of each id in bold that the sentence says comes from the Hub ("processed
    the **org/x** from Hugging Face")."""
    if "**" not in line or "/" not in line:
        return []
    return [
        (m.start("v"), m.group("v"))
        for m in _BOLD_ID.finditer(line)
        if _beside_the_hub(line, m) and plausible_id(m.group("v"))
    ]


def _beside_the_hub(line: str, span: re.Match[str]) -> bool:
    """The code span is the repository a sentence says comes from the Hub."""
    before = _HUB_BEFORE.search(line, max(0, span.start() - 60), span.start()) is not None
    return before or _HUB_AFTER.match(line, span.end()) is not None


#: A list item's label before a colon (`- **Cohere**: ...`, `* Groq:`).
_ITEM_LABEL = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\**(?P<p>[A-Za-z][\w .-]{0,30}?)\**\s*:")
#: The word Ollama right before a code span (`Ollama `lfm2.5-thinking``, `Ollama model `x``).
_OLLAMA_BEFORE = re.compile(r"\bOllama(?:'s)?(?:\s+(?:model|LLM|embeddings?))?:?\s*$", re.I)
#: A library name that is not a word of Ollama's command line (`Ollama `serve``).
_NAMED_MODEL = re.compile(r"[a-z][a-z0-9._-]*[0-9][a-z0-9._-]*(?::[\w.-]+)?")


def _after_ollama(line: str, start: int, span: str) -> bool:
    """`| Ollama `lfm2.5-thinking` |`: a name with a version that Ollama runs, whether or not the
    library's name is known here."""
    return (
        _NAMED_MODEL.fullmatch(span) is not None
        and is_ollama_tag(span)
        and _OLLAMA_BEFORE.search(line, 0, start) is not None
    )


def _model_row(line: str) -> bool:
    """A table row whose first cell names a model setting (`| Model | ... |`, `| **Base
    model** | ... |`)."""
    if not line.lstrip().startswith("|"):
        return False
    first = line.lstrip()[1:].split("|", 1)[0].strip(" *_`")
    return bool(first) and keys.role(first) == "model"


#: The rest of a Markdown link whose text was the span: a target inside the repository.
_LOCAL_TARGET = re.compile(r"\]\((?![a-z][\w+.-]*:)[^)\s]+\)")


#: `qwen2.5-moe:14b`, `my-coder:7b-q4_K_M`: a name with a parameter-count tag.
_SIZED_TAG = re.compile(r"[a-z][a-z0-9._-]*:\d+(?:\.\d+)?[bm](?:[-_][\w.-]+)?")


def _sized_tag(span: str) -> bool:
    """In a document about Ollama, `name:7b` is an Ollama tag even when the name is not one of
    the library's (a community or vendor build)."""
    return _SIZED_TAG.fullmatch(span) is not None and is_ollama_tag(span)


#: The line itself says dataset (`- dataset: `org/name``), not only its table's header.
_DATASET_WORD = re.compile(r"\bdatasets?\b", re.IGNORECASE)
_CELL_NAME = re.compile(r"[a-z][\w.-]*(?::[\w.-]+)?")
_BARE_WORD = re.compile(r"[a-z][a-z0-9._-]*")


def _cells(row: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table row, without the spaces around it."""
    out: list[tuple[int, str]] = []
    start = 0
    for cell in row.split("|"):
        text = cell.strip()
        if text:
            out.append((start + cell.index(text), text))
        start += len(cell) + 1
    return out


#: A settings table's key cell (`| image |`, `` | `image.repository` | ``).
_KEY_CELL = re.compile(r"`?(?P<k>[A-Za-z_][\w.-]*)`?")


def _setting_of_no_model(row: str) -> bool:
    """A row of a settings table (a Helm chart's values) whose key says its value is no model:
    `| image | string | "org/app:0.11" |` names a container image."""
    if not row.lstrip().startswith("|"):
        return False
    cells = _cells(row)
    key = _KEY_CELL.fullmatch(cells[0][1]) if cells else None
    return key is not None and keys.role(key.group("k")) == "none"


def _library_cells(row: str) -> list[tuple[int, str]]:
    """Cells of a table row about models that hold only Ollama library names
    (`| nomic-embed-text, mxbai-embed-large |`): (offset, name) of each."""
    out: list[tuple[int, str]] = []
    for start, cell in _cells(row):
        names = [(m.start(), m.group(0)) for m in _CELL_NAME.finditer(cell)]
        rest = _CELL_NAME.sub("", cell).strip(" ,/*`\t")
        if names and not rest and all(is_library_tag(n) for _at, n in names):
            out.extend((start + at, name) for at, name in names)
    return out


def _hosted_row(row: str, where: _Line) -> bool:
    """A row of a table of providers whose first cell is a hosted API (`| Mistral |
    mistral-small |` under `| Provider | Default Model |`): its names are that API's."""
    cells = _cells(row) if "provider" in where.before.lower() else []
    return bool(cells) and cells[0][1].strip("*` ").lower().replace(" ", "") in API_PROVIDERS


#: A table's column that says where a model is served (`| Provider |`, `| Hosted on |`).
_SERVED_COLUMN = re.compile(r"(?i)^\W*(?:provider|api|host|hosted\s+on|served\s+by)\W*$")


def _row_or_prose(found: Found, number: int, line: str, where: _Line) -> None:
    """A line outside code blocks, read as prose; a table row's ids that its provider column
    says are a hosted API's names dropped."""
    first = len(found.refs)
    _prose(found, number, line, where)
    if line.lstrip().startswith("|") and _served_row(line, where.before):
        found.refs[first:] = [r for r in found.refs[first:] if r.kind == "dataset"]


def _served_row(row: str, before: str) -> bool:
    """A row whose `Provider` column names a hosted API (`| `openai/gpt-oss-120b` | 120B |
    Groq |`): its ids are that API's names, not the Hub's."""
    header = [cell for _at, cell in _cells(_header_row(before))]
    columns = [i for i, cell in enumerate(header) if _SERVED_COLUMN.match(cell)]
    cells = [cell for _at, cell in _cells(row)]
    if not columns or len(cells) != len(header):
        return False
    served = cells[columns[0]].strip("*` ").lower().split(" (")[0].replace(" ", "")
    return served in API_PROVIDERS


def _tagged_on(line: str, name: str) -> bool:
    """The line also names the library model with a tag (`gemma3:12b`); not "to run phi3:"."""
    return re.search(rf"(?<![\w.-]){re.escape(name)}:[\w.]", line) is not None


#: What follows a provider's name that stands for its hosted API (`- mistral API key`).
_API_WORD = re.compile(r"[ \t]+API\b", re.IGNORECASE)


def _family_title(name: str, rest: str) -> bool:
    """A capitalized name followed by more words (`Mistral Small 3`) or labelling what
    follows (`- Qwen: 32-1024 dimensions`): prose, not a tag."""
    return name != name.lower() and re.match(r"[ \t]+[A-Za-z0-9]|:[ \t]", rest) is not None


#: A link to a Hub Space: the `org/name` that names it in the text is the app, not a model.
_SPACE_LINK = re.compile(r"(?:huggingface\.co|hf\.co)/spaces/([\w.-]+/[\w.-]+)")
#: A link to a model's page (`huggingface.co/k2-fsa/OmniVoice`), whose id may name a Space too.
_MODEL_LINK = re.compile(r"(?:huggingface\.co|hf\.co)/(?!spaces/|datasets/)([\w.-]+/[\w.-]+)")


#: `Dataset: org/name`, `**Training data**: org/name`: an id after a dataset label.
_LABELLED_DATA = re.compile(
    r"(?i)\b(?:datasets?|training[ _]data)(?:\s+(?:used|name|id|source))?[`*_]*\s*:[*_`\s]*"
    r"(?P<v>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])(?=[`*)\s,;]|$)"
)
#: The verb before an id that names the model being tuned (`fine-tunes org/x on the y dataset`).
_TUNED = re.compile(r"(?i)\bfine-?tun(?:e|es|ed|ing)\s+(?:the\s+)?[`*\"']*\Z")


def _dataset_cells(row: str, before: str) -> list[tuple[int, str]]:
    """(offset, id) of the `org/name` cells of a table row under a Dataset column, whatever
    their shape (`HuggingFaceM4/ChartQA`), but not two benchmarks' names (`GLUE/SST-2`)."""
    shaped = shaped_ids(row)
    return [
        (at, ident)
        for at, ident in written_ids(row)
        if "dataset" in _column_header(row, at, before).lower()
        and ((at, ident) in shaped or not ident.split("/")[0].isupper())
    ]


#: A table column of Hub ids (`| HuggingFace ID |`, `| Hub repo |`, `` | `model_id` | ``).
#: A column of repositories, of any host (`| Repo |`).
_REPO_COLUMN = re.compile(r"(?i)(?<![\w-])repo(?:sitory|sitories|s)?(?![\w-])")
_ID_COLUMN = re.compile(
    r"(?i)(?<![\w-])(?:(?:hugging ?face|hf|hub)[ _-]*(?:model[ _-]*)?(?:id|repo(?:sitory)?|path)"
    r"|repo(?:sitory)?[ _-]*id|model_id|model_name_or_path)s?(?![\w-])"
)  # not `| Model ID |`: a hosted API's names as often as the Hub's (`model_id`: a loader's)


def _column_ids(row: str, before: str) -> list[tuple[int, str]]:
    """(offset, id) of the `org/name` cells of a table row under a Dataset column, and under a
    column of Hub ids whatever their shape (`| IgBert | `Exscientia/IgBert` |`)."""
    out = _dataset_cells(row, before) if "ataset" in before else []
    if _ID_COLUMN.search(before):
        out += [
            (at, ident)
            for at, ident in written_ids(row)
            if _ID_COLUMN.search(_column_header(row, at, before)) and (at, ident) not in out
        ]
    if "epo" in before and _REPO_COLUMN.search(before):  # `| Repo |`: GitHub's as well, so
        out += [  # only ids shaped like a model's name (`org/Qwen3-4B-GGUF`)
            (at, ident)
            for at, ident in written_ids(row)
            if model_shaped(ident)
            and _REPO_COLUMN.fullmatch(_column_header(row, at, before).strip(" *`"))
            and (at, ident) not in out
        ]
    return out


#: A word a line that names a dataset in prose holds (`20,000 `org/alpaca` rows`).
_DATA_WORD = re.compile(r"ataset|orpus| rows\b")


def _datasets_named(line: str) -> list[tuple[int, str]]:
    """(offset, id) of the datasets a line names in prose whatever their shape: `org/name` the
    next word calls a dataset, or after a dataset label."""
    out = called_datasets(line)
    labelled = _LABELLED_DATA.search(line) if ":" in line else None
    if labelled is not None and plausible_id(labelled.group("v")):
        out.append((labelled.start("v"), labelled.group("v")))
    return out


def _without_foreign_links(line: str) -> str:
    """The line with the text of links that name no Hub model blanked: to an organization's
    page, to a folder of the repository, to another host (GitHub, Docker Hub, ModelScope)."""
    named = _RELATIVE_LINK.sub(_blank_folder, _ORG_LINK.sub(_blank_org_text, line))
    return _FOREIGN_LINK.sub(_blank_text, named) if "](http" in named else named


def _legacy_names(line: str, plain: str) -> list[tuple[int, str]]:
    """(offset, name) of the legacy ids a line of prose names: after a models label, as a list
    item's only names, or in a sentence about models (`plain`: the line without URLs)."""
    out = _legacy_list(line) if ":" in line else []
    out += _legacy_item(line)
    if "-" in line:
        out += legacy_names_in_prose(_INLINE.sub(text.blank, plain))
    return out


def _names_dataset(line: str, plain: str, at: int, where: _Line) -> bool:
    """The id at `at` of a prose line is a dataset: its table column says so, or its sentence
    (`on the "org/x" Bengali dataset`, "on multilingual datasets, ... than models such as
    org/x": the nearer word decides)."""
    column = _column_header(line, at, where.before).lower()
    if "dataset" in column or "model" in column:  # `| Model | Dataset |`: its own column
        return "dataset" in column
    if _TUNED.search(plain, 0, at):  # "fine-tunes org/x ... on the y dataset"
        return False
    if _CALLED_DATASET.match(plain, at) is not None:
        return True
    if _CALLED_MODEL.match(plain, at) is not None:  # "(uses drone imagery and org/x model)"
        return False
    sentence, start = _sentence(plain, at)
    # "over the org/issues dataset using org/mpnet": the word was said of the id before
    sentence = _NAMED_DATASET.sub(text.blank, sentence[: at - start]) + sentence[at - start :]
    nearest = _nearest_kind_word(sentence[: at - start].lower())
    if nearest is not None:
        return nearest == "dataset"
    if _ANOTHER_DATASET.match(sentence, at - start):
        return False  # "We used org/FinBERT and transcripts from the x dataset": another's word
    return _about_data(sentence, plain, where.before)


#: An id the next word calls a dataset (`org/issues dataset`): that word says nothing of the
#: ids after it.
_NAMED_DATASET = re.compile(r"""[\w.-]+/[\w.-]+["'`*]*[ \t]+(?:dataset|corpus)\b""", re.IGNORECASE)


#: An id, then a phrase joined to it that takes something from a dataset of its own ("org/x
#: and transcripts from the lamini earnings-calls-qa dataset"; not "org/a and org/b datasets").
_ANOTHER_DATASET = re.compile(
    r"[\w./-]+[^.]*?\b(?:and|with|plus)\b[^.]*?\bfrom\b[^.]*?\bdataset\b", re.IGNORECASE
)


def _continued_flags(line: str, before: str) -> bool:
    """`--dataset.repo_id=org/x \\` after a line that ends in `\\`: a command's arguments
    written outside a code block."""
    return line.lstrip().startswith("--") and before.rstrip().endswith("\\")


#: A URL in prose, up to where a link's parenthesis or a quote closes it.
_URL = re.compile(r"""https?://[^\s)\]>"'`]+""")


def _bare_ids(line: str, *, about: bool) -> list[tuple[int, str]]:
    """`ids_in_prose` of the line outside its URLs: a URL's ids are its host's (`star-history.
    com/svg?repos=org/x`), and the Hub's URLs are read as URLs; what the line talks about is
    read with them (`couldn't connect to 'https://huggingface.co' ... org/x is not a path`)."""
    if "://" not in line:
        return ids_in_prose(line, about=about)
    return ids_in_prose(_URL.sub(text.blank, line), about=about or about_models(line))


def _linked(bare: str, linked: frozenset[str]) -> bool:
    """`bare` is a Hub URL's id on its line, or the start of one."""
    lowered = bare.lower()
    return any(ident.startswith(lowered) for ident in linked)


#: `ollama run NAME` inside a sentence of prose.
_OLLAMA_COMMAND = re.compile(r"\bollama\s+(?:pull|run)\s+(?P<n>[a-z0-9][\w.:/-]*)")


def _commands_in_prose(found: Found, number: int, line: str) -> None:
    """`ollama run llama3.2` inside a sentence ("Run ollama run llama3.2 or, on a small
    machine, ollama run llama3.2:1b"): a library model, or a tagged name."""
    for command in _OLLAMA_COMMAND.finditer(line):
        name = command.group("n").rstrip(".,;:")
        if (":" in name and is_ollama_tag(name)) or is_library_tag(name):
            found.add(number, command.start("n") + 1, name, "ollama", confidence="medium")


def _prose(found: Found, number: int, line: str, where: _Line) -> None:
    """A line outside code blocks: inline code, a model publisher's id written bare
    (`BAAI/bge-m3`), an id after a model label (`**Base model:** org/name`) and, in a document
    about Ollama, tags (`like llama3.1:8b`) and library names."""
    plain = _OWN_WORDS.sub(text.blank, line) if "://" in line else line

    def data(at: int) -> bool:
        return _names_dataset(line, plain, at, where)

    if "`" in line:
        _inline(found, number, line, where, data=data)
    elif (
        (" --" in line and _PROSE_COMMAND.match(line))
        or ("from_pretrained(" in line and _PROSE_LOAD.match(line))
        or _continued_flags(line, where.before)
        or ("ollama " in line and _PROSE_PULL.search(line))
    ):
        for hit in text.find(line, ollama=where.ollama):
            if not hit.templated:
                found.add(number, hit.start + 1, hit.id, hit.kind, confidence="medium")
    named = _without_foreign_links(line) if "](" in line else line
    no_model = where.slugs or _setting_of_no_model(line)
    bare_ids = [] if no_model else _bare_ids(named, about=where.table or where.section)
    if where.section and not bare_ids and not no_model:
        bare_ids = listed_id(named)  # `- facebook/contriever` in a list of tested models
    if _DATA_WORD.search(line) and not where.slugs:  # `the b-mc2/sql-x dataset`, `Dataset: org/x`
        bare_ids += [hit for hit in _datasets_named(named) if hit not in bare_ids]
    spaces = set(_SPACE_LINK.findall(line)) if "/spaces/" in line else set()
    bare_ids += [hit for hit in _columns_and_bold(line, named, where) if hit not in bare_ids]
    shorts = short_names_in_prose(line)  # sentence-transformers' models, whatever the line says
    for offset, bare in [*bare_ids, *shorts]:
        # `[org/name](URL)`: the URL says what it is; `[org/x](https://huggingface.co/org/x-small)`
        # names the family of the model its URL gives
        if not _linked(bare, where.linked) and bare not in spaces:
            kind: Kind = "dataset" if data(offset) and (offset, bare) not in shorts else "model"
            found.add(number, offset + 1, bare, kind, confidence="low")
    labelled = _LABELLED.search(line) if ":" in line else None
    ident = normalize(labelled.group("v")) if labelled else None
    if labelled and _RATE.match(line, _number_before(line, labelled.start("v"))):
        labelled = None
    if labelled and ident is not None and "/" in ident:
        found.add(number, labelled.start("v") + 1, ident, "model", confidence="medium")
    legacy = _LABELLED_LEGACY.search(line) if labelled is None and ":" in line else None
    legacy_name = legacy.group("v") if legacy else ""
    short = normalize(legacy_name, hub=True) if is_short_name(legacy_name) else None
    if legacy is not None and short is not None:  # `all-MiniLM-L6-v2`: sentence-transformers'
        found.add(number, legacy.start("v") + 1, short, "model", confidence="medium")
    tagged = _LABELLED_TAG.search(line) if labelled is None and ":" in line else None
    if tagged is not None and is_ollama_value(tagged.group("v"), context=False):
        found.add(number, tagged.start("v") + 1, tagged.group("v"), "ollama", confidence="medium")
    for offset, name in _legacy_names(line, plain):
        found.add(number, offset + 1, name, "model", confidence="low")
    for at, written in _cells(line) if where.table and line.lstrip().startswith("|") else []:
        cell = written.strip("*`")  # `| **gpt2-large** |`: the name in bold
        spelled = cell in LEGACY_IDS or is_sentence_transformers_name(cell)
        legacy_cell = normalize(cell) if spelled else None  # as the Hub spells it:
        if legacy_cell is not None:  # `| GPT 2 | gpt2-xl | LM |`, not the family's `| GPT2 |`
            lead = len(written) - len(written.lstrip("*`"))
            found.add(number, at + lead + 1, legacy_cell, "model", confidence="low")
    if not where.ollama:
        if ":" in line and line.lstrip().startswith("|"):  # `| qwen2.5:7b | 7B |`, anywhere
            for offset, cell in _cells(line):
                if is_tagged_library_name(cell):
                    found.add(number, offset + 1, cell, "ollama", confidence="low")
        return
    _ollama_names(found, number, line)
    for offset, name in (
        _library_cells(line) if where.table and not _hosted_row(line, where) else []
    ):
        found.add(number, offset + 1, name, "ollama", confidence="low")
    _listed_library_name(found, number, line)


def _ollama_names(found: Found, number: int, line: str) -> None:
    """A line of a document about Ollama: its tags (`llama3.1:8b`), and its library names
    written bare where the line talks about models or, beside a tagged name (`analysts:
    qwen3:14b, gemma3:12b, llama3.2`), names them."""
    tagged = tags_in_prose(line) if ":" in line else []
    for offset, tag in tagged:
        found.add(number, offset + 1, tag, "ollama", confidence="medium")
    if "ollama " in line:  # "Run ollama run llama3.2 or, on a small machine, ..."
        _commands_in_prose(found, number, line)
    # another program's command line: its words are that program's arguments, not prose
    if _COMMAND_LINE.match(line) is not None and "ollama" not in line:
        return
    prose = _INLINE.sub(text.blank, line)
    if "](http" in prose:  # `[qwen](https://help.aliyun.com/...)`: the vendor's page
        prose = _ELSEWHERE_LINK.sub(_blank_text, prose)
    for offset, name in names_in_prose(prose, about=bool(tagged)):
        if not _tagged_on(line, name):  # "Download gemma3 from .../gemma3:12b": the tag says
            found.add(number, offset + 1, name, "ollama", confidence="low")


#: A link to a page neither on ollama.com nor on the Hub: its text names that page's subject
#: (`[qwen](https://help.aliyun.com/zh/model-studio/)`, a vendor's API), not a library model.
_ELSEWHERE_LINK = re.compile(
    r"\[(?P<t>[^\]\n]{1,200})\]\(https?://(?!(?:www\.)?(?:ollama\.(?:com|ai)|huggingface\.co|hf\.co)\b)"
    r"[^)\s]*\)"
)


def _listed_library_name(found: Found, number: int, line: str) -> None:
    """`- qwen2.5-coder` in a list of models to pull: a library model; not a family's name in a
    sentence (`- Mistral Small 3 (24B)`, `- BGE-M3 encoding`) nor a provider's hosted API
    (`- mistral API key`)."""
    item = _LISTED_NAME.match(line)
    if item is None:
        return
    name, start, end = item.group("n"), item.start("n"), item.end("n")
    if _family_title(name, line[item.end() :]):
        return
    if name.isupper():  # `- BGE-M3 local encoding`: a family's name, as prose
        return
    if line[start - 2 : start] == "**" and (
        line[end : end + 2] != "**" or line[end + 2 : end + 3] == ":" or name != name.lower()
    ):
        return  # `- **qwen (1):** ...`, `- **mistral**: ...`, `- **Qwen**`: a bold label
    if _API_WORD.match(line, item.end()) is None and is_library_tag(name.lower()):
        found.add(number, start + 1, name, "ollama", confidence="low")


def _heading(found: Found, number: int, line: str, *, under_datasets: bool) -> None:
    """A heading that is only an id (`### 1. org/name`: a dataset's under `## Datasets`) or
    a library model with its tag (`### bge-m3:567m`)."""
    titled = _ID_HEADING.match(line)
    if titled is not None and plausible_id(titled.group("id")):
        kind: Kind = "dataset" if under_datasets else "model"
        found.add(number, titled.start("id") + 1, titled.group("id"), kind, confidence="low")
    tag = _TAG_HEADING.match(line) if ":" in line else None
    if tag is not None and is_tagged_library_name(tag.group("tag")):
        found.add(number, tag.start("tag") + 1, tag.group("tag"), "ollama", confidence="low")


def _about_hub_client(source: str) -> bool:
    """The document is a guide to a Hub client for JavaScript (`@huggingface/inference`): the
    legacy ids its examples give (`model: "gpt2"`) are Hub ids."""
    return "@huggingface/" in source or "@xenova/" in source


def _anywhere(found: Found, number: int, line: str, sizes: dict[str, str] | None) -> list[UriHit]:
    """What a line names in prose and in every kind of block alike: URIs (returned), WebLLM's
    ids, and the Whisper sizes of a document about a Hub Whisper backend."""
    uris = find_uris(line)
    for hit in uris:
        found.add(number, hit.start + 1, hit.id, hit.kind, confidence="medium")
    for at, repo in mlc_ids(line):
        found.add(number, at + 1, repo, "model", confidence="medium")
    if sizes is not None:
        for at, size in sizes_in_document(line):
            if size in sizes:  # lightning-whisper-mlx has no `small.en`
                found.add(number, at + 1, sizes[size], "model", confidence="low")
    return uris


def _card_datasets(found: Found, documents: list[Node]) -> None:
    """A model card's `datasets:` metadata: Hub dataset ids by the card's specification, the
    canonical one-word ones too (`- jfleg`, `- wi_locness`), which a config's dataset key
    would not be trusted with."""
    for document in documents:
        for key, value in document.pairs if isinstance(document, Map) else ():
            if key is None or key.text != "datasets":
                continue
            items = value.items if isinstance(value, Seq) else [value]
            for item in items:
                if isinstance(item, Scalar) and not item.block and single_dataset(item.text):
                    found.add(item.line, item.column, item.text.strip(), "dataset")


def _data_section(headings: list[tuple[int, bool, bool, bool]]) -> bool:
    """The innermost heading, below the title, that is about models or datasets is about
    datasets only (`## Dataset`, and `### LibriStutter` under it; not "Models and data", nor
    `### Reward-model dependencies` under it). `headings` are (level, about models, about
    datasets, says "model")."""
    for level, models, data, model_word in reversed(headings):
        if level > 1 and (models or data):
            return data and not models
        if model_word:
            return False
    return False


def _card_and_blocks(
    found: Found, path: str, source: str, lines: list[str]
) -> tuple[int, list[tuple[str, int, list[str]]], set[int]]:
    """The front matter read into `found`; where the body starts, its code blocks and the lines
    they take (their fences too)."""
    matter, end = _front_matter(source)
    if matter:
        documents = _matter_documents(found, matter)
        walk_tree(found, source, documents, comments=False)
        _card_datasets(found, documents)
    blocks = fenced_blocks(lines, end)
    fenced = {start + i for _lang, start, body in blocks for i in range(-1, len(body) + 1)}
    if path.endswith(".rst"):  # a directive's body; the line that opens it is prose or markup
        literal = rst_blocks(lines)
        fenced |= {
            start + i
            for _lang, start, body in literal
            for i in range(body[:1] == [RST_PYTHON_HEAD], len(body))
        }
        blocks += literal
    return end, blocks, fenced


def scan_markdown(path: str, source: str) -> Found:
    """References in a model card or document. Raises yaml.YAMLError on bad front matter."""
    found = Found(path, "markdown")
    lines = source.splitlines()
    ollama = about_ollama(source) or "ollama" in path.rsplit("/", 1)[-1].lower()
    end, blocks, fenced = _card_and_blocks(found, path, source, lines)
    before = ""
    table = False  # inside a table whose header talks about models
    # (level, about models, about datasets, says "model") of the headings above
    headings: list[tuple[int, bool, bool, bool]] = []
    under_ollama = False  # the innermost heading names Ollama: its list items name its models
    router = _router_blocks(lines) if "/" in source else set()
    sizes = backend_sizes(source)  # faster-whisper's: `| `large-v3` |`, `--model small`
    if sizes is not None:  # `- tiny`, `- base (fast)`, ...: a list of sizes, one an item
        for index, at, size in item_sizes(lines):
            if size in sizes:
                found.add(index + 1, at + 1, sizes[size], "model", confidence="low")
    # each block's start: is it under a heading about models (`### Supported Models`)?
    listing = {start: False for _lang, start, _body in blocks}
    data_blocks: set[int] = set()  # blocks under a heading about datasets only
    for number, line in enumerate(lines[end:], end + 1):
        if number in listing:
            listing[number] = any(h[1] for h in headings)
            if _data_section(headings):  # `## Download SFT dataset`
                data_blocks.add(number)
        table = _in_model_table(lines, number - 1, was=table)
        uris = _anywhere(found, number, line, sizes)
        if ":" in line and ('"' in line or "'" in line):
            _keyed(found, number, line, ollama)
        if number not in fenced:
            heading = _HEADING.match(line)
            if heading is not None:
                level = len(heading.group(1))
                data_word = _DATASET_WORD.search(line) is not None
                about = (level, about_models(line), data_word, "model" in line.lower())
                headings = [h for h in headings if h[0] < level] + [about]
                under_ollama = "ollama" in line.lower()  # `### Ollama (本地)`
            elif under_ollama:  # a list item of library names
                _ollama_names_listed(found, number, line)
            section = any(h[1] for h in headings)
            if heading is not None:
                _heading(found, number, line, under_datasets=len(headings) > 1 and headings[-2][2])
            # lower case: `[EleutherAI/gpt-neo-125M](.../EleutherAI/gpt-neo-125m)` is one repo
            linked = frozenset(h.id.lower() for h in uris) if "](" in line else frozenset()
            slugs = number - 1 in router
            where = _Line(ollama, before, table, slugs, section, _data_section(headings), linked)
            _row_or_prose(found, number, line, where)
            indented = line.startswith(("    ", "\t")) and not LIST_ITEM.match(line)
            if indented or _COMMAND_LINE.match(line):  # an indented block, or a command as prose
                shell(found, number, [line], ollama)
        if number not in fenced and _HEADING.match(line):  # a new section: its own context
            before = line
        elif line.strip() and not _body_row(lines, number - 1):
            # the last few non-blank lines: "the Dolly dataset:" names a dataset; a table's rows
            # keep their header as context (`| google/pegasus-{dataset} |` is no heading)
            before = "\n".join([*before.split("\n")[-2:], line])
    _blocks_and_hosts(found, path, source, blocks, listing, ollama=ollama)
    _downloaded_datasets(found, lines, blocks, data_blocks)
    return found


def _downloaded_datasets(
    found: Found, lines: list[str], blocks: list[tuple[str, int, list[str]]], starts: set[int]
) -> None:
    """What a download command downloads under a heading about datasets only (`## Download SFT
    dataset`, then `huggingface-cli download org/travel-qa`) is a dataset, wherever the
    document names it."""
    if not starts:
        return
    taken = {
        start + i for _lang, start, body in blocks if start in starts for i in range(len(body))
    }
    downloaded = {
        r.id
        for r in found.refs
        if r.kind == "model" and r.line in taken and "download" in lines[r.line - 1]
    }
    if downloaded:
        found.refs = [
            replace(r, kind="dataset") if r.kind == "model" and r.id in downloaded else r
            for r in found.refs
        ]


#: One name of a list item that lists names (`- llama3, llama3.1, llama3.2`).
_ONE_OF_NAMES = re.compile(r"`?([\w.:-]+)`?")


def _ollama_names_listed(found: Found, number: int, line: str) -> None:
    """A list item under a heading about Ollama that only lists library models (`- mistral,
    mixtral`, `` - `qwen2.5` ``): each is an Ollama model."""
    start = LIST_ITEM.match(line)
    if start is None:
        return
    names: list[tuple[int, str]] = []
    at = start.end()
    for part in line[at:].split(","):
        item = _ONE_OF_NAMES.fullmatch(part.strip())
        if item is None or not is_library_tag(item.group(1)):
            return  # prose, or a name the library does not have: not a list of its models
        names.append((line.index(item.group(1), at), item.group(1)))
        at += len(part) + 1
    for column, name in names:
        found.add(number, column + 1, name, "ollama", confidence="low")


def _blocks_and_hosts(
    found: Found,
    path: str,
    source: str,
    blocks: list[tuple[str, int, list[str]]],
    listing: dict[int, bool],
    *,
    ollama: bool,
) -> None:
    """The document's blocks, read by language; then what names a Space or a ModelScope
    repository dropped."""
    hub = _about_hub_client(source)
    for lang, start, body in blocks:
        read_block(found, path, lang, start, body, ollama=ollama, hub=hub, listing=listing[start])
    if "/spaces/" in source:
        _drop_spaces(found, source)
    if "modelscope.cn/" in source:
        _drop_modelscope(found, source)
    if "ModelScope" in source:
        _drop_said_on_modelscope(found, source)


#: A link to a ModelScope model (`modelscope.cn/models/iic/speech_x`).
_MODELSCOPE_LINK = re.compile(r"modelscope\.cn/models/([\w.-]+/[\w.-]+)")


def _drop_modelscope(found: Found, source: str) -> None:
    """Ids of the organizations the document links on ModelScope and never on the Hub are
    ModelScope's, wherever it writes them (`iic/speech_zipenhancer_...` in a usage example
    below the badge, `iic/speech_frcrn_...` in its table of related models)."""
    other = {repo.split("/")[0].lower() for repo in _MODELSCOPE_LINK.findall(source)}
    other -= {repo.split("/")[0].lower() for repo in _MODEL_LINK.findall(source)}
    found.refs = [
        r for r in found.refs if r.kind == "ollama" or r.id.split("/")[0].lower() not in other
    ]


#: What follows an id that names ModelScope's copy (`` `org/x` on ModelScope ``).
_ON_MODELSCOPE = re.compile(r"[`'\"*]*\s+(?:on|from|at|in|via)\s+(?:the\s+)?ModelScope\b")


def _drop_said_on_modelscope(found: Found, source: str) -> None:
    """An id the text says is on ModelScope ("mirror: `org/x` on ModelScope") is that hub's."""
    lines = source.splitlines()

    def on_modelscope(ref: ModelRef) -> bool:
        line, at = lines[ref.line - 1] if ref.line <= len(lines) else "", ref.column - 1
        written = line.startswith(ref.id, at)
        return written and _ON_MODELSCOPE.match(line, at + len(ref.id)) is not None

    found.refs = [r for r in found.refs if r.kind == "ollama" or not on_modelscope(r)]


def _drop_spaces(found: Found, source: str) -> None:
    """Ids the document links as a Space and never as a model (`new GradioClient("org/app")`
    below a `huggingface.co/spaces/org/app` link) are that Space in its code too."""
    spaces = {space.lower() for space in _SPACE_LINK.findall(source)}
    spaces -= {repo.lower() for repo in _MODEL_LINK.findall(source)}
    found.refs = [r for r in found.refs if r.kind != "model" or r.id.lower() not in spaces]
