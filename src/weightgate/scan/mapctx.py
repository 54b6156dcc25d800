"""What the siblings of a value say about it: a Hub repo (`source: huggingface`, a `.gguf`
file beside it), a hosted API's model name (`provider: openrouter`), or a model catalog file."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from weightgate.scan import keys
from weightgate.scan.ids import SELF_HOSTED_ROUTES
from weightgate.scan.tree import Map, Scalar

_HUB_WORDS = frozenset({"huggingface", "hf", "huggingface_hub", "hf_hub", "hub"})
_HUB_KEYS = frozenset({"type", "source", "provider", "hub", "backend", "repo_type", "storage"})
_WEIGHT_KEYS = frozenset({"file", "filename", "files", "weights", "gguf", "checkpoint_file"})
_WEIGHT_FILE = re.compile(r"\.(?:gguf|safetensors|bin|ggml|onnx|pt|pth|ckpt)$", re.IGNORECASE)
#: Providers whose model names are their own, never Hub repositories.
API_PROVIDERS = frozenset(
    {"openrouter", "anthropic", "groq", "together", "together_ai", "togetherai", "fireworks"}
    | {"fireworks_ai", "deepinfra", "perplexity", "mistral", "mistralai", "cohere", "gemini"}
    | {"google", "vertex_ai", "bedrock", "azure", "azure_openai", "deepseek", "xai", "watsonx"}
    | {"replicate"}  # `black-forest-labs/flux-schnell`: Replicate's own `owner/model` names
    | {"cerebras", "sambanova"}
)
_API_HOSTS = (
    "openrouter.ai",
    "api.openai.com",
    "api.anthropic.com",
    "api.groq.com",
    "api.together.xyz",
    "api.together.ai",
    "api.fireworks.ai",
    "api.deepseek.com",
    "api.mistral.ai",
    "generativelanguage.googleapis.com",
    "api.perplexity.ai",
    "api.x.ai",
    "api.cohere.com",
    "openai.azure.com",
    "ml.cloud.ibm.com",  # IBM watsonx.ai (`us-south.ml.cloud.ibm.com`): `ibm/granite-...` names
    "api.deepinfra.com",
    "api.replicate.com",
)
_URL_KEYS = frozenset({"base_url", "api_base", "api_url", "endpoint", "url", "baseurl", "host"})
#: Keys that point an OpenAI-compatible client at its server.
_API_BASE_KEYS = frozenset({"base_url", "api_base", "baseurl", "openai_api_base", "api_url"})
_SELF_HOSTED = re.compile(
    r"^(?:localhost|[\d.]+|\[[\da-f:]+\])$|\.(?:local|internal|lan|home|svc|cluster\.local)$"
    r"|vllm|tgi|ollama|sglang|triton|llama|lmstudio|^[^.]+$"
    r"|(?:^|\.)(?:huggingface\.co|hf\.co|hf\.space|huggingface\.cloud)$",  # Hub-served: Hub ids
    re.IGNORECASE,
)
#: In a file that is a list of models (`models.toml`), these keys hold Hub repos too.
CATALOG_KEYS = frozenset({"repo", "repository", "repo_id", "id", "source", "base", "hf", "hf_repo"})


def _host(url: str) -> str:
    """The host of a URL or `host:port`; "" when it is not one (`http://[bad`)."""
    try:
        return urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ""


def fields(node: Map) -> dict[str, str]:
    """The string values of a mapping by lower-cased key: what its siblings say is read from
    this (once per mapping)."""
    return {
        k.text.lower(): v.text.strip()
        for k, v in node.pairs
        if k is not None and isinstance(v, Scalar) and v.is_string
    }


def says_hub(siblings: dict[str, str]) -> bool:
    """`source: huggingface`, a weights file (`file: x.gguf`) or a description that speaks of
    the Hub (`description: "Hugging Face ID"`, a workflow input) beside the value."""
    if any(k in _HUB_KEYS and v.lower() in _HUB_WORDS for k, v in siblings.items()):
        return True
    described = siblings.get("description", siblings.get("help", "")).lower()
    if any(word in described for word in ("hugging face", "huggingface", "hf hub", "hub id")):
        return True
    return any(k in _WEIGHT_KEYS and _WEIGHT_FILE.search(v) for k, v in siblings.items())


def repo_type(siblings: dict[str, str]) -> str:
    """The Hub repository type a mapping states (`repo_type`, `repo-type`, `repotype`),
    lowercased; `""` when it states none."""
    kind = siblings.get("repo_type", siblings.get("repo-type", siblings.get("repotype", "")))
    return kind.lower()


def names_a_space(siblings: dict[str, str]) -> bool:
    """`repo_type: space` beside the value, or a Space's own setting (`space_sdk: static` of
    the hub-sync action): the repository is a Space, not a model."""
    return repo_type(siblings) in ("space", "spaces") or any(
        k.replace("-", "_") in ("space_sdk", "space_hardware") for k in siblings
    )


def hosted_api(siblings: dict[str, str]) -> bool:
    """The mapping configures a hosted API (`provider: openrouter`, `base_url:
    https://api.openai.com/v1`, an `api_base` on any public domain): its model names are the
    API's, not Hub repositories. A server on localhost, an IP, a cluster-internal name or a
    host named for vLLM / TGI / Ollama counts as self-hosted: its names are Hub ids, as they
    are where the model is routed to a self-hosted server (`hosted_vllm/org/name`)."""
    return bool(hosted_keys(siblings))


def _api_host(url: str) -> bool:
    """The URL is on a hosted API's host (`https://api.openai.com/v1`, `x.openai.azure.com`)."""
    host = _host(url)
    return any(host == api or host.endswith("." + api) for api in _API_HOSTS)


def hosted_keys(siblings: dict[str, str]) -> list[str]:
    """The keys that say the mapping configures a hosted API (see `hosted_api`)."""
    if siblings.get("model", "").partition("/")[0] in SELF_HOSTED_ROUTES:
        return []
    urls = [k for k in siblings if keys.tokens(k)[-1:] in (("url",), ("base",)) or k in _URL_KEYS]
    out = [k for k in urls if _api_host(siblings[k])]
    bases = [k for k in siblings if k in _API_BASE_KEYS and "://" in siblings[k]]
    out += [k for k in bases if not _SELF_HOSTED.search(_host(siblings[k]) or "localhost")]
    for key in ("provider", "api_type"):  # `openai` may be any OpenAI-compatible server: by host
        if key in siblings:
            out += [key] if siblings[key].lower() in API_PROVIDERS else []
            break
    return out


#: The words that end a setting naming where an API is (`OPENAI_API_BASE`, `LLM_BASE_URL`).
_WHERE_WORDS = frozenset({"api", "base", "url", "endpoint", "host"})
#: A setting's words that name no service (`MODEL`, `DEFAULT_MODEL_NAME`, `LLM_MODEL`).
_UNQUALIFIED = frozenset({"model", "models", "name", "id", "default", "llm", "chat"})


def hosted_settings(siblings: dict[str, str], found: list[str]) -> list[str] | None:
    """Of a flat settings file that points only some services at hosted APIs by prefixed keys
    (an `.env`'s `OPENAI_API_BASE=https://api.openai.com/v1` and `THINKING_API_BASE=...`
    beside `EMBEDDING_MODEL=org/x`; `found` are those keys, `hosted_keys`'): the keys that are
    those APIs' (`OPENAI_MODEL`, `THINKING_MODEL`) or belong to none (`MODEL`). None where the
    mapping is an API's as a whole (`base_url:`, `provider: groq`), or points at none."""
    services = set()
    for key in found:
        words = list(keys.tokens(key))
        if words[-1:] and words[-1] not in _WHERE_WORDS:
            return None  # `provider: groq`: the whole mapping's
        while words and words[-1] in _WHERE_WORDS:
            words.pop()
        if not words:
            return None  # `base_url`, `api_base`: the whole mapping's
        services.add(tuple(words))
    if not services:
        return None
    words_of = {k: keys.tokens(k) for k in siblings}
    return [
        k
        for k, toks in words_of.items()
        if set(toks) <= _UNQUALIFIED or any(toks[: len(words)] == words for words in services)
    ]


def is_catalog(path: str) -> bool:
    """`models.toml`, `model_list.yaml`, `llm_models.json`: a file that lists models."""
    stem = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return keys.role(stem) == "model"
