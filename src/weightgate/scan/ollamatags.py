"""When a value in a model position is an Ollama tag rather than a Hub id."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from weightgate.scan.ids import (
    HUB_SCHEMES,
    OPENAI_COMPATIBLE,
    ROUTER_VARIANTS,
    is_hosted_api_name,
    is_ollama_tag,
    tag_repeats_name,
)
from weightgate.scan.ollamalib import MORE_LIBRARY_NAMES, WORD_NAMES


@cache
def _library() -> frozenset[str]:
    """Ollama library names: those with bundled license data (the resolver's own list) and the
    scanner's further names."""
    data = resources.files("weightgate.resolve").joinpath("data/ollama.json").read_text("utf-8")
    return frozenset(json.loads(data)["models"]) | MORE_LIBRARY_NAMES


#: The Ollama CLI's commands that take a library model next (`ollama pull phi3`).
OLLAMA_MODEL_VERBS = frozenset({"pull", "run", "show"})
#: A library family's point release (`granite4.1` of `granite4`, `qwen3.5` of `qwen3`).
_POINT_RELEASE = re.compile(r"^(.*\d)\.\d+$")


def tagged_family(name: str) -> bool:
    """`name` (a tag's part before the colon) is a library model's: one the bundled list knows,
    or a point release of one it knows (`granite4.1` of `granite4.1:3b`; the list is a
    snapshot, the library grows)."""
    if name in _library():
        return True
    release = _POINT_RELEASE.match(name)
    return release is not None and release.group(1) in _library()


#: LangChain `provider:model` prefixes of hosted APIs (`openai:gpt-4o` is no Ollama tag).
_API_PROVIDERS = frozenset(
    {"openai", "azure_openai", "anthropic", "google_genai", "google_vertexai", "gemini"}
    | {"bedrock", "bedrock_converse", "cohere", "fireworks", "together", "mistralai", "groq"}
    | {"huggingface", "deepseek", "ibm", "nvidia", "xai", "perplexity", "azure_ai", "vertex_ai"}
    | {"api"}  # audify's `--model api:deepseek-chat`: any hosted API, named by the tool
)


def about_ollama(text: str) -> bool:
    """The file is about Ollama: it names it, or its default port (`localhost:11434`, a
    settings class's `port: int = 11434`)."""
    if "ollama" in text.lower() or ":11434" in text:
        return True
    return "11434" in text and _OLLAMA_PORT.search(text) is not None


#: Ollama's default port, as a number of its own (not a part of `1143456`).
_OLLAMA_PORT = re.compile(r"(?<![\w.])11434(?![\w.])")


def is_library_tag(value: str) -> bool:
    """`phi3`, `phi3:latest`: a model of the Ollama library, with or without a tag."""
    return is_ollama_tag(value) and tagged_family(value.partition(":")[0])


def is_mixed_case_name(value: str) -> bool:
    """`NigelGPT`, `Qwen3.5-0.8B`: an untagged name in mixed case that no library model has (the
    library's names are lower case): the user's own model or a display label, not a tag."""
    plain = "/" not in value and ":" not in value and value != value.lower()
    return plain and not is_library_tag(value.lower())


#: `kaelri/hy-mt2:1.8b`: a model a user pushed to ollama.com, in lower case, with its tag (a
#: quantization's may be in capitals: `jcai/llama3-taide-lx-8b-chat-alpha1:Q4_K_M`).
_NAMESPACED = re.compile(r"[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._-]*:([a-zA-Z0-9][\w.-]*)")


#: Amazon Bedrock's model ids (`amazon.titan-embed-text-v2:0`, `us.anthropic.claude-...-v1:0`):
#: a provider, a dot and a version after the colon, never an Ollama tag.
_BEDROCK = re.compile(
    r"^(?:(?:us|eu|apac|global)\.)?(?:amazon|anthropic|cohere|meta|mistral|ai21|stability"
    r"|deepseek|writer|twelvelabs|qwen|openai|google|nvidia|minimax|moonshot)\.[\w.-]+(?::\d+)?$"
)


def is_ollama_value(value: str, *, context: bool) -> bool:
    """A model-position value that is an Ollama tag: a library model with a tag
    (`deepseek-r1:14b`) anywhere; in a file about Ollama (`context`), also any `name:tag`
    (`my-model:7b`) and a bare library name (`llama3`, `nomic-embed-text`, and the words
    `WORD_NAMES` lists), and a user's namespaced model in lower case with its tag
    (`kaelri/hy-mt2:1.8b`, `huihui_ai/deepseek-r1:8b`; not a router's `org/name:free`)."""
    if "/" in value:  # not a provider's prefix either (`ollama_chat/gemma3:4b`: `provider_tag`)
        spaced = _NAMESPACED.fullmatch(value) if context else None
        own = spaced is not None and spaced.group(1) not in ROUTER_VARIANTS
        own = own and is_ollama_tag(value.partition("/")[2])  # not `owner/x:<version hash>`
        hosted = value.partition("/")[0].lower() in _API_PROVIDERS  # `bedrock/anthropic.x:0`
        return own and not hosted and provider_tag(value) is None
    if not is_ollama_tag(value) or _BEDROCK.match(value) or value.isupper():
        return False  # `PROVIDER:MODEL`: a usage line's placeholder (the library is lower case)
    name, colon, tag = value.partition(":")
    if _BEDROCK.match(tag) or (colon and is_hosted_api_name(tag)):
        # Jupyter AI's `bedrock-chat:anthropic.claude-v2`, `argo:claude-opus-4.5`: a provider
        # and a hosted API's model, no Ollama tag
        return False
    if colon and tagged_family(name.lower()):
        return True  # `deepseek-r1:14b`: a library model with a tag, wherever it is written
    if not context:
        return False
    if colon:  # not `hf:all-MiniLM-L6-v2`, the Hub's URI of a model
        return name.lower() not in _API_PROVIDERS and name.lower() not in HUB_SCHEMES
    return value in _library() or value in WORD_NAMES  # lower case: `Qwen2.5-Coder` is a family


#: `ollama:qwen3:4b` (LangChain `provider:model`), `ollama/llama3`, `ollama_chat/llama3` (LiteLLM),
#: `ollama::gemma4:26b` (LLM::Functions' `provider::model`).
#: promptfoo adds a mode: `ollama:chat:llama3`, `ollama:embeddings:nomic-embed-text`.
_PROVIDER = re.compile(  # VoltAgent's `ollama-cloud/` too
    r"^ollama(?:_chat|-cloud)?(?:::|[:/])(?:(?:chat|completion|embeddings?):(?=.))?", re.IGNORECASE
)


#: promptfoo's OpenAI-compatible provider with its mode (`openai:chat:`, `openai:completion:`).
_COMPATIBLE_MODE = re.compile(r"^openai:(?:chat|completion):", re.IGNORECASE)


def provider_tag(value: str) -> str | None:
    """The Ollama tag of a `provider:model` / `provider/model` string naming Ollama, or of an
    OpenAI-compatible one (which may be a local Ollama) naming a library model with its tag
    (`openai/llama3.1:8b`)."""
    match = _PROVIDER.match(value)
    compatible_mode = _COMPATIBLE_MODE.match(value) if match is None else None
    if compatible_mode is not None:  # promptfoo's `openai:chat:gemma3:1b` on a local server
        rest = value[compatible_mode.end() :]
        return rest if is_ollama_value(rest, context=False) and ":" in rest else None
    if match is None:
        prefix, _slash, rest = value.partition("/")
        compatible = prefix.lower() in OPENAI_COMPATIBLE and ":" in rest
        return rest if compatible and is_ollama_value(rest, context=False) else None
    tag = value[match.end() :]  # `ollama/alibayram/smollm3`: a user's model, namespace kept
    return tag if tag and tag.count("/") <= 1 and is_ollama_tag(tag) else None


#: A bare lower-case word; one that ends a sentence with a colon (`to run phi3:`) too.
_WORD = re.compile(r"(?<![\w./:@#-])([a-z][a-z0-9._-]*[a-z0-9])(?![\w/@-]|\.\w|:\S)")
_ABOUT = re.compile(r"model|ollama|llm|\b(?:install|pull|download)|\bembeddings?\b", re.IGNORECASE)


def names_in_prose(line: str, *, about: bool = False) -> list[tuple[int, str]]:
    """(offset, name) of each Ollama library name written bare, in lower case, on a line of a
    document about Ollama that talks about models (`the Ollama language model (llama2)`),
    embeddings (`- Embeddings: mxbai-embed-large`) or fetching a model (`Installs gemma3 during
    container startup`); with `about`, the text is known to be about models (a model field's
    hint: `"e.g. tinyllama, llama2, mistral"`)."""
    if not about and _ABOUT.search(line) is None:
        return []
    providers = _provider_lists(line)  # `LLM provider to use - openai, claude, ollama, mistral`
    return [
        (m.start(), m.group(1))
        for m in _WORD.finditer(line)
        if m.group(1) in _library() and not any(a <= m.start() < b for a, b in providers)
    ]


_PROVIDER_WORD = re.compile(r"\bproviders?\b", re.IGNORECASE)
#: Hosted APIs named as providers, none of them also a library model's name (not `mistral`).
_VENDOR_WORDS = frozenset({"openai", "anthropic", "claude", "gemini", "groq", "azure", "bedrock"})
_VENDOR_WORDS |= {"openrouter", "vertex", "cohere", "together", "fireworks", "ollama"}
#: Words joined by commas (`openai, claude, gemini, ollama, mistral`).
_COMMA_RUN = re.compile(r"[a-z][\w.-]*(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?[a-z][\w.-]*)+", re.I)


def _provider_lists(line: str) -> list[tuple[int, int]]:
    """The spans of the lists of providers a line that says "provider" gives (`openai, claude,
    gemini, ollama, mistral`: two hosted APIs or more among the words); their library names
    are providers too, not the models a list in parentheses gives (`Ollama (llama3, mistral)`)."""
    if _PROVIDER_WORD.search(line) is None:
        return []
    return [
        m.span()
        for m in _COMMA_RUN.finditer(line)
        if len(_VENDOR_WORDS.intersection(re.findall(r"[a-z]+", m.group().lower()))) >= 2
    ]


#: `ollama/llama3.2:latest`, `ollama_chat/qwen3:4b`, LangChain's `ollama:llama3.1:8b` written
#: in prose: the tag after the prefix.
_PROVIDER_PREFIX = re.compile(
    r"(?<![\w/-])ollama(?:_chat|-cloud)?(?:::|[/:])(?=[a-z])", re.IGNORECASE
)
_TAGGED = re.compile(
    r"(?<![\w./:@-])([a-z][a-z0-9._-]*[a-z0-9]):([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)(?![\w/:@-])",
    re.IGNORECASE,
)


#: A library name right after an Ollama route, without a tag (`ollama:sqlcoder`, and not the
#: `llama3` of `ollama/llama3.2:latest`).
_ROUTED_NAME = re.compile(r"[a-z][a-z0-9._-]*")


def tags_in_prose(line: str) -> list[tuple[int, str]]:
    """(offset, tag) of each `library-name:tag` in free text (`like llama3.1:8b`): a library
    name with an explicit tag is an Ollama tag even in prose (as written: a benchmark table's
    `Qwen2.5:7b` too); a bare `mistral` is not, but one routed to Ollama (`ollama:mistral`,
    `ollama/mistral`) is."""
    if "llama" in line or "LLAMA" in line:  # `ollama/`, `Ollama:`, `OLLAMA_CHAT/`
        routes = list(_PROVIDER_PREFIX.finditer(line))
        unprefixed = _PROVIDER_PREFIX.sub(lambda m: " " * len(m.group(0)), line)
    else:
        routes, unprefixed = [], line
    found = [
        (m.start(), m.group(0))
        for m in _TAGGED.finditer(unprefixed)
        if (tagged_family(m.group(1).lower()) or _cloud_model(m.group(1), m.group(2)))
        and not tag_repeats_name(m.group(1), m.group(2))  # `mistral:mistral-small-latest`
    ]
    for route in routes:
        name = _ROUTED_NAME.match(line, route.end())
        if name is None or line[name.end() : name.end() + 1] in ("/", ":", "@"):
            continue  # a tag, the `user/` of a user's model: the other rules' cases
        routed = name.group().rstrip("._-")  # `ollama:phi3.` ending a sentence
        if routed in _library():
            found.append((route.end(), routed))
    return sorted(found)


#: Ollama's cloud tags (`kimi-k2:1t-cloud`, `glm-4.6:cloud`): no other registry writes them, so
#: the name need not be one the bundled library list knows yet.
_CLOUD_TAG = re.compile(r"(?:\d+(?:\.\d+)?[bBtT]-)?cloud")


def _cloud_model(name: str, tag: str) -> bool:
    """`kimi-k2:1t-cloud`: a cloud tag on a name with a version or size in it (not an npm
    script's `dev:cloud`)."""
    return _CLOUD_TAG.fullmatch(tag) is not None and any(c.isdigit() for c in name)


def is_tagged_library_name(value: str) -> bool:
    """The whole of `value` is a library model with its tag (`"dolphin-phi:latest"`)."""
    return ":" in value and tags_in_prose(value) == [(0, value)]
