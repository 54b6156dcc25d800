"""Reading and scanning one file: every failure becomes one ScanError naming the file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from weightgate.model import ModelRef, ScanError, Suppression
from weightgate.scan import project, suppress
from weightgate.scan.cache import Entry, digest
from weightgate.scan.found import Found, dedupe
from weightgate.scan.onnxasr import add_onnx_asr_models
from weightgate.scan.paddlex import add_paddle_models
from weightgate.scan.pytriggers import might_reference

MAX_FILE_BYTES = 10_000_000


def problem(exc: BaseException) -> tuple[str, int | None]:
    """The error message for a file that failed to read or scan, and its line when known."""
    if isinstance(exc, SyntaxError):
        from weightgate.scan.pyvalues import syntax_message  # not on a cached hook run's path

        return syntax_message(exc.msg), exc.lineno
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark
        return f"malformed YAML: {exc.problem or exc}", (mark.line + 1 if mark else None)
    if isinstance(exc, yaml.YAMLError):
        return f"malformed YAML: {exc}", None
    if isinstance(exc, RecursionError):
        return "nested too deeply to read", None
    if isinstance(exc, ValueError):
        line = getattr(exc, "lineno", None)
        return f"malformed file: {str(exc).splitlines()[0] if str(exc) else exc!r}", line
    return f"could not scan ({exc.__class__.__name__}: {exc})", None


_CREATE = re.compile(
    r"ollama\s+(?:create|cp\s+[\"']?[\w.:/-]+[\"']?)\s+[\"']?([\w.:/-]+)"
    # the Python client's `create(model="x", modelfile=...)` / `from_=...`, in a notebook too
    r"|\.create\(\s*(?:model\s*=\s*)?\\?[\"']([\w.:/-]+)\\?[\"']\s*,\s*"
    r"(?:modelfile|from_|files|adapters|system|template|quantize)\s*=",
    re.IGNORECASE,
)


def _not_created(refs: list[ModelRef], source: str) -> list[ModelRef]:
    """Without the Ollama names the file itself builds (`ollama create my-model -f ...`,
    `ollama.create(model="my-model", ...)`) or copies to (`ollama cp x my-model`): a local
    model, not a library one, with or without Ollama's default `:latest` tag."""
    if not refs or "ollama" not in source or ("create" not in source and " cp " not in source):
        return refs
    made = (a or b for a, b in _CREATE.findall(source))
    local = {name.lower().removesuffix(":latest") for name in made}
    return [
        r
        for r in refs
        if not (r.kind == "ollama" and r.id.lower().removesuffix(":latest") in local)
    ]


#: Hosts of model routers and hosted open-model APIs (DeepInfra's API host: a list of providers
#: links its home page too), whose model slugs copy Hub ids in lower case.
_ROUTERS = (
    "openrouter.ai",
    "api.together.xyz",
    "api.together.ai",
    "api.groq.com",
    "api.fireworks.ai",
    "api.deepinfra.com",
    "ml.cloud.ibm.com",  # IBM watsonx.ai
    "integrate.api.nvidia.com",  # NVIDIA's API catalog (NIM): `nvidia/nv-embedqa-e5-v5`
)
#: Model names only Groq serves (`llama-3.1-8b-instant`, `groq/compound`): a file that names one
#: lists Groq's models, whose `vendor/model` slugs copy Hub ids in lower case as a router's do.
#: Not `gemma2-9b-it`, which projects also use as their own short name for `google/gemma-2-9b-it`.
_GROQ_ONLY = re.compile(
    r"(?<![\w/.-])(?:llama-3\.\d-\d+b-(?:instant|versatile|specdec)|llama3-(?:8|70)b-8192"
    r"|mixtral-8x7b-32768|deepseek-r1-distill-llama-70b|qwen-qwq-32b"
    r"|groq/compound(?:-mini)?)(?![\w.-])"
)
#: The router's API key, which code that calls it reads (`OPENROUTER_API_KEY`,
#: `config.openrouter_api_key`): in code, a sign it calls the router.
_ROUTER_KEY = re.compile(r"openrouter_api_key", re.IGNORECASE)
#: LM Studio, named or called (`provider="lmstudio"`, its port `:1234/v1`), whose catalogue keys
#: (`qwen/qwen3.5-9b`, `mistralai/ministral-3-14b-reasoning`) copy Hub ids in lower case as a
#: router's slugs do.
_LM_STUDIO = re.compile(r"\bLM[ _-]?Studio\b|[\"']lmstudio[\"']|:1234/v1\b", re.IGNORECASE)
#: Vendors whose models those routers list as `vendor/model-name`; not `openai`, whose Hub ids are
#: lower case already (`openai/gpt-oss-120b` is the Hub's spelling, and its API-only names are
#: no ids anywhere: `ids.is_openai_api_name`).
_VENDORS = frozenset(
    {"meta-llama", "qwen", "mistralai", "google", "deepseek", "deepseek-ai", "anthropic"}
    | {"x-ai", "nvidia", "microsoft", "cohere", "amazon", "moonshotai", "z-ai", "nousresearch"}
    | {"ibm"}  # watsonx's `ibm/granite-3-8b-instruct` (the Hub's organization is `ibm-granite`)
    | {"snowflake"}  # NVIDIA's `snowflake/arctic-embed-l` (the Hub's is `Snowflake/snowflake-...`)
)


def _not_router_slugs(refs: list[ModelRef], source: str, hub_read: set[str]) -> list[ModelRef]:
    """In code (or a document about code) that talks to a model router (OpenRouter, Together,
    Groq ...), names a model only Groq serves or, in code, reads OpenRouter's API key, a
    lower-case `vendor/model` (`qwen/qwen3-vl-235b-a22b-instruct`) is the router's slug, not a
    Hub id; where LM Studio is named, it is one of LM Studio's catalogue keys. Not an id a
    Hub loader reads (`hub_read`), nor one written in a Hub URL. Configuration
    files are left to the per-mapping rule (`mapctx.hosted_api`), which can tell a router's
    endpoint from a Hugging Face one in the same file."""
    slugs = [
        r
        for r in refs
        if r.scanner in _CODE_AND_DOCS
        and _slug(r.id)
        and r.kind == "model"
        and r.id not in hub_read
    ]
    if not slugs:
        return refs
    if not (  # the source is searched only when a reference looks like a slug
        any(host in source for host in _ROUTERS)
        or _GROQ_ONLY.search(source) is not None
        or (slugs[0].scanner in _CODE and _names_router_key(source))
    ):
        if not _names_lm_studio(source):
            return refs
        # LM Studio's keys; not Google's ids, which the Hub spells in lower case too
        slugs = [r for r in slugs if not r.id.startswith("google/")]
    lines = source.splitlines()
    dropped = {id(r) for r in slugs if not _hub_url(lines, r)}
    return [r for r in refs if id(r) not in dropped]


def _hub_url(lines: list[str], ref: ModelRef) -> bool:
    """The reference is written in a Hub URL (`https://huggingface.co/google/x`), which names
    the Hub's repository whatever routers the text also names."""
    line = lines[ref.line - 1] if 0 < ref.line <= len(lines) else ""
    return line[: ref.column - 1].endswith(("huggingface.co/", "hf.co/"))


def _names_router_key(source: str) -> bool:
    """OpenRouter's API key is read; a substring test first, the case-blind pattern after."""
    if "penrouter" not in source and "PENROUTER" not in source:
        return False
    return _ROUTER_KEY.search(source) is not None


def _names_lm_studio(source: str) -> bool:
    """LM Studio is named or called; a few substring tests rule out almost every file before
    the case-blind pattern runs."""
    cheap = "tudio" in source or "TUDIO" in source or "lmstudio" in source or ":1234/" in source
    return cheap and _LM_STUDIO.search(source) is not None


_CODE_AND_DOCS = frozenset({"python", "notebook", "javascript", "clike", "markdown", "html"})
#: Code, which reads the API key of the router it calls; a document that names the key may
#: list Hub models too.
_CODE = frozenset({"python", "notebook", "javascript", "clike"})


def _slug(ident: str) -> bool:
    return ident == ident.lower() and ident.split("/", maxsplit=1)[0] in _VENDORS


def _finished(found: Found, source: str, marks: dict[int, Suppression]) -> tuple[ModelRef, ...]:
    add_paddle_models(found, source)  # a library's own names, in any kind of file
    add_onnx_asr_models(found, source)
    refs = dedupe(_not_router_slugs(_not_created(found.refs, source), source, found.hub_read))
    return tuple(suppress.attach(refs, marks))


def scan_text(
    rel: str,
    source: str,
    scanner: Callable[[str, str], Found],
    facts: tuple[str, ...] = (),
    *,
    named: bool = True,
) -> Entry:
    """Scan decoded text and attach inline suppressions; never raises. Windows line ends are
    read as `\n` (the same lines and columns): every reader's patterns end lines there.
    `facts`: what the file states about its project; the references it would give were another
    file to state a fact it may depend on are its variants (`named`: the file names Whisper)."""
    if "\r\n" in source:
        source = source.replace("\r\n", "\n")
    try:
        found = scanner(rel, source)
    except (Exception, RecursionError) as exc:
        message, line = problem(exc)
        return Entry((), (ScanError(rel, message, line),), facts)
    marks, bad = suppress.parse(source, rel)
    refs = _finished(found, source, marks)
    kept = suppress.waive_templated(found.errors, marks)
    errors = dict.fromkeys((*kept, *bad))  # one entry per (line, message)
    variants: list[tuple[str, tuple[ModelRef, ...]]] = []
    for fact in project.may_depend(source, facts, named=named):
        try:
            with project.assuming(fact):
                again = scanner(rel, source)
        except (Exception, RecursionError):
            continue  # the plain scan did not fail: keep what it found
        other = _finished(again, source, marks)
        if other != refs:
            variants.append((fact, other))
    return Entry(refs, tuple(errors), facts, tuple(variants))


def read_entry(
    path: Path, rel: str, family: str, scanner: Callable[[str, str], Found]
) -> tuple[str, str, Entry]:
    """(rel, content digest or "" when not cacheable, entry) for one file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            error = ScanError(rel, f"skipped: larger than {MAX_FILE_BYTES} bytes")
            return rel, "", Entry((), (error,))
        data = path.read_bytes()
    except OSError as exc:
        return rel, "", Entry((), (ScanError(rel, f"could not read: {exc.strerror or exc}"),))
    key = digest(data)
    named = project.names_whisper(data)
    facts = project.stated(data, named=named)
    if family == "python" and not might_reference(data):  # no trigger: nothing to parse
        return rel, key, Entry((), (), facts)
    if b"\0" in data[:8192]:
        return rel, key, Entry((), (ScanError(rel, "binary file: not scanned"),))
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        error = ScanError(rel, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return rel, key, Entry((), (error,))
    return rel, key, scan_text(rel, source, scanner, facts, named=named)
