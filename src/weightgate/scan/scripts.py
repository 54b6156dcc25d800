"""Shell scripts, Dockerfiles and Makefiles as whole files: line by line through the free-text
finder, with what a line alone cannot show — variables set elsewhere in the file (`BASE=org/name`
... `--model $BASE`), arrays and `for` loops, shell functions wrapping a download, and commands
continued over `\\`-ended lines."""

from __future__ import annotations

import re
from dataclasses import replace

from weightgate.model import Kind
from weightgate.scan import shellfuncs
from weightgate.scan.found import Found, assigned
from weightgate.scan.ids import is_ollama_tag, normalize, without_quant
from weightgate.scan.ollamatags import about_ollama, is_ollama_value, provider_tag
from weightgate.scan.prose import published_id
from weightgate.scan.shellvars import ONE_VARIABLE, Items, sequences
from weightgate.scan.shortnames import is_short_name
from weightgate.scan.text import TextHit, add_value, assigned_kind, find
from weightgate.scan.uris import find_uris

#: A command that runs a script (`python3 train.py ...`, `torchrun --nproc_per_node 8 x.py`,
#: `bash run.sh ...`, `./serve.sh ...`) and the positional arguments right after it; one a usage
#: message shows too (`echo "Example: bash download_model.sh org/name models/x"`).
_SCRIPT_CALL = re.compile(
    r"^\s*(?:echo\s+[\"']?(?:[^\"'\n:]{0,40}:\s*)?)?(?:[A-Za-z_]\w*=\S*\s+)*"
    r"(?:(?:python3?|uv\s+run|torchrun|deepspeed|accelerate\s+launch)(?:\s+-\S+(?:\s+\d+)?)*"
    r"\s+(?:-m\s+[\w.]+|\S+\.py)|(?:bash|sh)\s+\S+\.sh|\.{0,2}/[\w./-]+\.(?:sh|py))"
    r"(?P<args>(?:[ \t]+[^\s\-\\]\S*)+)"
)


def _script_arguments(found: Found, number: int, line: str) -> None:
    """A known publisher's model id or one of the Hub's legacy names given positionally to a
    project's own script (`python3 fine_tuning/train.py meta-llama/Llama-3.2-1B-Instruct`,
    `python3 model.py bert bert-base-cased 15`), at low confidence."""
    if "[" in line and _EXEC_FORM.match(line):
        _exec_form_arguments(found, number, line)
        return
    call = _SCRIPT_CALL.match(line)
    if call is None:
        return
    for word in re.finditer(r"\S+", call.group("args")):
        value = word.group().strip("\"'")
        if published_id(value) or _legacy_name(value):
            at = call.start("args") + word.start() + word.group().find(value)
            found.add(number, at + 1, value, "model", confidence="low")


#: Docker's exec form: `CMD ["python", "server.py", "org/name"]`.
_EXEC_FORM = re.compile(r"^\s*(?:CMD|ENTRYPOINT|RUN)\s*\[(?P<items>.*)\]\s*$")
_EXEC_ITEM = re.compile(r'"(?P<v>[^"]*)"')


def _exec_form_arguments(found: Found, number: int, line: str) -> None:
    """The arguments after the script of an exec-form command, as `_script_arguments` reads
    a command line's."""
    items = list(_EXEC_ITEM.finditer(line))
    script = next(
        (i for i, item in enumerate(items) if item.group("v").endswith((".py", ".sh"))), None
    )
    if script is None:
        return
    for item in items[script + 1 :]:
        value = item.group("v")
        if published_id(value) or _legacy_name(value):
            found.add(number, item.start("v") + 1, value, "model", confidence="low")


def _legacy_name(value: str) -> bool:
    """`bert-base-cased`, `gpt2`, `all-MiniLM-L6-v2`; not a plain word such as `ctrl`."""
    return is_short_name(value) and bool(re.search(r"[-\d]", value))


#: A quoted `name:tag` (`name = "llama3.2:latest"` of an HCL block beside `provider =
#: "ollama"`).
_QUOTED_TAG = re.compile(r"""(?P<q>["'])(?P<v>[a-z][\w.-]{0,40}:[\w.-]{1,30})(?P=q)""")


def _quoted_tags(found: Found, number: int, line: str) -> None:
    """A library model with its tag quoted anywhere in a file about Ollama, at low
    confidence."""
    for match in _QUOTED_TAG.finditer(line):
        if is_ollama_value(match.group("v"), context=False):
            found.add(number, match.start("v") + 1, match.group("v"), "ollama", confidence="low")


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith(("#", "//", "REM ", "rem "))


_LITERAL = re.compile(
    r"""^\s*(?:(?:export|ENV|ARG)\s+)?(?P<k>[A-Za-z_][A-Za-z0-9_]*)"""
    r"""(?:=|[ \t]*(?:[?:]|::)?=[ \t]*)(?P<q>["']?)(?P<v>[^\s"'$`]+)(?P=q)\s*$"""  # Make's `X := v`
)
#: `https://huggingface.co/${REPO}/resolve/main`: a Hub URL built from a variable.
_HUB_URL_VARIABLE = re.compile(
    r"(?:huggingface\.co|hf\.co)/(?P<d>datasets/)?\$\{?(?P<n>[A-Za-z_][A-Za-z0-9_]*)\}?"
)


def _literals(lines: list[str]) -> dict[str, tuple[int, int, str]]:
    """`NAME=value` lines: name -> (line, column, value) of the last literal assignment."""
    out: dict[str, tuple[int, int, str]] = {}
    for number, line in enumerate(lines, 1):
        match = _LITERAL.match(line)
        if match:
            out[match.group("k")] = (number, match.start("v") + 1, match.group("v"))
    return out


def _through_variable(
    found: Found, hit: TextHit, literals: dict[str, tuple[int, int, str]], many: dict[str, Items]
) -> bool:
    """`--model $BASE` with `BASE=org/name` above, or `$m` of `for m in org/a org/b` / of an
    array: report at the literals. False if unresolved."""
    one = ONE_VARIABLE.match(hit.id.strip("\"'"))
    if one is None or (one.group("n") not in literals and one.group("n") not in many):
        return False
    name = one.group("n")
    values = many[name] if name in many else [literals[name]]
    for line, column, value in values:
        ident = normalize(without_quant(value)) if hit.kind != "ollama" else value
        if ident is not None and (hit.kind != "ollama" or is_ollama_tag(ident)):
            at = value.find(ident) if ident in value else value.find(ident.rsplit("/", 1)[-1])
            found.add(line, column + max(at, 0), ident, hit.kind)
    return True


def _wrapped(lines: list[str], ollama: bool) -> tuple[dict[str, shellfuncs.Wrapper], list[TextHit]]:
    """Shell functions wrapping a download/serve command, and the ids their callers pass,
    as hits whose `start` is the line number times a large stride plus the column."""

    def ids(line: str) -> list[tuple[str, Kind, bool]]:
        return [(h.id, h.kind, h.templated) for h in find(line, ollama=ollama)]

    found = shellfuncs.wrappers(lines, ids)
    out: list[TextHit] = []
    for call in shellfuncs.calls(lines, found):
        hits: list[TextHit] = []
        add_value(lines[call.line - 1], call.start, call.value, call.kind, hits, legacy=True)
        out.extend(replace(h, start=call.line * _STRIDE + h.start) for h in hits)
    return found, out


_STRIDE = 1 << 32


#: A Hub download of a variable's value (`hf download "$repo" --local-dir ...`).
_DOWNLOAD_VARIABLE = re.compile(r"""\b(?:hf|huggingface-cli)\s+download\s+["']?\$""")


def _arrays(found: Found, many: dict[str, Items], text: str, *, ollama: bool) -> None:
    """`MODELS=("org/a" "org/b")`: an array named for models holds model ids, and Ollama tags
    (`MODELS=("qwen2.5:0.5b" "phi4-mini")` in a script about Ollama). In a script that
    downloads a variable's value from the Hub, any array's `org/name` items are models, a
    `|`-separated destination after one too (`"org/name|wmdp/base"`)."""
    downloads = "download" in text and _DOWNLOAD_VARIABLE.search(text) is not None
    for name, values in many.items():
        kind = assigned_kind(name)
        if kind is None and downloads:
            _downloaded(found, values)
        if kind is None:
            continue
        for line, column, value in values:
            ident = normalize(without_quant(value))
            if ident is not None and "/" in ident:
                found.add(line, column + max(value.find(ident), 0), ident, kind)
            elif kind == "model" and is_ollama_value(value, context=ollama):
                found.add(line, column, value, "ollama")
            elif kind == "model" and (tag := provider_tag(value)) is not None:
                found.add(line, column + value.find(tag), tag, "ollama")  # `"ollama:qwen3:8b"`
            elif kind == "model" and is_short_name(value):  # `models=(gpt2 gpt2-medium ...)`
                found.add(line, column, normalize(value, hub=True) or value, "model")


def _downloaded(found: Found, values: Items) -> None:
    for line, column, value in values:
        head = value.split("|", 1)[0]
        ident = normalize(head) if "/" in head else None
        if ident is not None and "/" in ident and ident == head:
            found.add(line, column, ident, "model")


def scan_text(path: str, text: str) -> Found:
    """Shell scripts, Dockerfiles, Makefiles: line by line; comments give URLs only."""
    found = Found(path, "text", defined=assigned(text))
    lines = text.splitlines()
    literals = _literals(lines)
    many = sequences(text)
    ollama = about_ollama(text)
    _arrays(found, many, text, ollama=ollama)
    wrappers, passed = _wrapped(lines, ollama) if "()" in text or "function" in text else ({}, [])
    for hit in passed:
        at, column = divmod(hit.start, _STRIDE)
        found.add(at, column + 1, hit.id, hit.kind, confidence=hit.confidence)
    for number, full in enumerate(lines, 1):
        line = full[:20_000]
        if _is_comment(line):
            hits = [TextHit(h.start, h.id, h.kind, "low") for h in find_uris(line)]
        else:
            hits = find(line, ollama=ollama)
            if ".py" in line or ".sh" in line or "-m " in line:
                _script_arguments(found, number, line)
            if ollama and ":" in line and ('"' in line or "'" in line):
                _quoted_tags(found, number, line)
        for hit in hits:
            if hit.templated:
                if shellfuncs.in_body(number, wrappers):
                    continue  # a wrapper's parameter: its callers name the ids
                if not _through_variable(found, hit, literals, many):
                    found.templated(number, hit.id)
            else:
                found.add(
                    number,
                    hit.start + 1,
                    hit.id,
                    hit.kind,
                    revision=hit.revision,
                    confidence=hit.confidence,
                )
    _continued(found, lines, literals, ollama)
    if "-m " in text and (many or literals):
        _short_m_variables(found, lines, literals, many)
    if "variable" in text and "default" in text:
        _terraform_defaults(found, text, ollama=ollama)
    if "value" in text and "name" in text:
        _named_values(found, text, ollama=ollama)
    if "co/$" in text:
        _hub_url_variables(found, text, literals)
    if "FROM" in text and _MODELFILE_DIRECTIVE.search(text):
        _pasted_modelfile(found, path, text)
    return found


#: A line only an Ollama Modelfile starts so (`SYSTEM You are...`, `PARAMETER temperature 0.3`).
_MODELFILE_DIRECTIVE = re.compile(r"^(?:PARAMETER|SYSTEM|TEMPLATE|ADAPTER|MESSAGE)[ \t]", re.M)


def _pasted_modelfile(found: Found, path: str, text: str) -> None:
    """A Modelfile pasted into a script (`FROM llama3.2` above `PARAMETER` and `SYSTEM` lines):
    its `FROM` lines read as the Modelfile's (a Dockerfile has no such directives)."""
    from weightgate.scan.modelfile import scan_modelfile  # only scripts that hold one

    lines = text.splitlines()
    for ref in scan_modelfile(path, text).refs:
        if lines[ref.line - 1].lstrip().upper().startswith("FROM"):
            found.add(ref.line, ref.column, ref.id, ref.kind, confidence="medium")


#: Terraform's `variable "embedding_model_name" {` ... `default = "org/name"` (before the
#: block's closing brace at the start of a line).
_TF_VARIABLE = re.compile(
    r"""^variable\s+"(?P<n>[\w-]+)"\s*\{(?P<body>(?:[^\n]*\n)*?)\}""", re.MULTILINE
)
_TF_DEFAULT = re.compile(r'^[ \t]*default[ \t]*=[ \t]*"(?P<v>[^"\n]+)"', re.MULTILINE)


#: `-m $i` / `-m "${MODEL}"`: a model flag given one variable.
_SHORT_M_VARIABLE = re.compile(r"""(?<![\w-])-m\s+(?P<v>"?\$\{?[A-Za-z_]\w*\}?"?)(?=\s|$)""")


def _short_m_variables(
    found: Found,
    lines: list[str],
    literals: dict[str, tuple[int, int, str]],
    many: dict[str, Items],
) -> None:
    """`for i in {org/a,org/b}` ... `embed.py -m $i`: the ids a variable given to `-m` holds,
    where the file sets it (`-m` is as often a module or a message: an unset one is no error)."""
    for line in lines:
        if _is_comment(line) or "-m" not in line:
            continue
        for match in _SHORT_M_VARIABLE.finditer(line):
            hit = TextHit(match.start("v"), match.group("v"), "model", templated=True)
            _through_variable(found, hit, literals, many)


def _terraform_defaults(found: Found, text: str, *, ollama: bool) -> None:
    """The default of a Terraform variable named for a model (`embedding_model_name`)."""
    for block in _TF_VARIABLE.finditer(text):
        kind = assigned_kind(block.group("n"))
        default = _TF_DEFAULT.search(block.group("body")) if kind is not None else None
        if kind is None or default is None:
            continue
        at = block.start("body") + default.start("v")
        _value_at(found, text, at, default.group("v"), kind, ollama=ollama)


def _value_at(found: Found, text: str, at: int, value: str, kind: Kind, *, ollama: bool) -> None:
    """A value in a model or dataset position that starts at offset `at` of `text`, read on its
    line (up to the character after it: its closing quote)."""
    line_start = text.rfind("\n", 0, at) + 1
    hits: list[TextHit] = []
    add_value(
        text[line_start : at + len(value) + 1], at - line_start, value, kind, hits, ollama=ollama
    )
    number = text.count("\n", 0, at) + 1
    for hit in hits:
        if not hit.templated:
            found.add(number, hit.start + 1, hit.id, hit.kind, confidence=hit.confidence)


#: A container's environment variable as Terraform's Kubernetes provider writes it (`env {
#: name = "MODEL_ID"` then `value = "org/name"`), and Kubernetes' own YAML in a text file.
_NAMED_VALUE = re.compile(
    r'name[ \t]*[=:][ \t]*"?(?P<n>[A-Za-z_][\w-]*)"?[ \t]*\n'
    r'[ \t]*-?[ \t]*value[ \t]*[=:][ \t]*"(?P<v>[^"\n]+)"'
)


def _named_values(found: Found, text: str, *, ollama: bool) -> None:
    """The value of an environment variable named for a model (`name = "MODEL1"`, `value =
    "meta-llama/Llama-Guard-3-8B"`)."""
    for match in _NAMED_VALUE.finditer(text):
        kind = assigned_kind(match.group("n"))
        if kind is not None:
            _value_at(found, text, match.start("v"), match.group("v"), kind, ollama=ollama)


def _hub_url_variables(found: Found, text: str, literals: dict[str, tuple[int, int, str]]) -> None:
    """`REPO=org/name` ... `https://huggingface.co/${REPO}/resolve/main/x.gguf`: the literal is
    a Hub repository; it is reported where it is assigned."""
    for match in _HUB_URL_VARIABLE.finditer(text):
        assigned_at = literals.get(match.group("n"))
        ident = normalize(assigned_at[2]) if assigned_at else None
        if assigned_at is not None and ident is not None and "/" in ident:
            line, column, _value = assigned_at
            found.add(line, column, ident, "dataset" if match.group("d") else "model")


def _commands(lines: list[str]) -> list[tuple[int, int, str]]:
    """Commands split over `\\`-continued lines, as (first, last) 0-based line indexes and the
    lines joined with each `\\` + newline made two spaces (offsets still count characters)."""
    out: list[tuple[int, int, str]] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) - 1 and lines[end].endswith("\\") and not _is_comment(lines[end]):
            end += 1
        if end > index:
            joined = "".join(line[:-1] + "  " for line in lines[index:end]) + lines[end]
            out.append((index, end, joined))
        index = end + 1
    return out


def _continued(
    found: Found, lines: list[str], literals: dict[str, tuple[int, int, str]], ollama: bool
) -> None:
    """Values a line-by-line read misses because they sit on a continuation line
    (`huggingface-cli download \\` then `$REPO_ID`): only ids not found yet, and a variable
    only when the file assigns it a literal (no new templated errors)."""
    seen = {ref.id for ref in found.refs}
    for first, last, command in _commands(lines):
        starts = [0]
        for line in lines[first:last]:
            starts.append(starts[-1] + len(line) + 1)
        for hit in find(command[:20_000], ollama=ollama):
            if hit.templated:
                _through_variable(found, hit, literals, {})
            elif hit.id not in seen:
                row = max(i for i, start in enumerate(starts) if start <= hit.start)
                found.add(first + row + 1, hit.start - starts[row] + 1, hit.id, hit.kind)
