"""The Hub repo-id grammar, id normalization and URI recognition, shared by every scanner."""

from __future__ import annotations

import re

from weightgate.scan.shortnames import (
    EVO2,
    FASTER_WHISPER,
    LEGACY_IDS,
    SENTENCE_TRANSFORMERS,
    is_short_name,
)

#: One segment of a Hub repo id: the Hub's own check (`huggingface_hub.utils.validate_repo_id`)
#: lets it start and end with a letter, a digit or `_` (lorahub's `..._no_instructions_`).
NAME = r"[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9_])?"
_REPO_ID = re.compile(rf"^(?:{NAME}/)?{NAME}$")
_PREFIXES = (
    "https://huggingface.co/",
    "http://huggingface.co/",
    "https://www.huggingface.co/",
    "https://hf.co/",
    "http://hf.co/",
    "https://hf-mirror.com/",  # the Hub's mirror in China
    "huggingface.co/",
    "hf.co/",
    "hf-hub:",
    "hf_hub:",
    "hf://",
    "huggingface://",
    "huggingface:",  # LangChain's and ai-gradio's `provider:model` (after `huggingface://`)
    "hf:",  # node-llama-cpp `hf:org/name:Q4_K_M` (after `hf://`, `hf-hub:`)
    "local:",  # LlamaIndex `embed_model="local:BAAI/bge-small-en-v1.5"`
    "vllm:",  # a `vllm:org/name` model spec (COPRA, agent frameworks): the Hub repo vLLM serves
    "sglang:",  # ...and SGLang's, and transformers' (lexi-align's `transformers:org/name`)
    "transformers:",
)
#: The schemes of the Hub's own URIs among them (`hf:org/name`, `hf-hub:org/name`).
HUB_SCHEMES = frozenset(
    p[:-1] for p in _PREFIXES if p.endswith(":") and p.startswith(("hf", "huggingface"))
)
#: First segments that name a local directory or a placeholder, never an organization.
_LOCAL_ROOTS = frozenset(
    {
        "gguf",  # the `llm-gguf` plugin's names for local files: `llm -m gguf/<file>`
        "feature",  # git branch names: `feature/PROJ-123-billing`
        "origin",  # a git remote's branch: `base_ref="origin/main"`
        "path",  # documentation's `/path/to/model.onnx`
        "upstream",
        "bugfix",
        "hotfix",
        "asset",  # `asset/tokenizer`: a package's bundled files (`assets` is below)
        "data",
        "dataset",
        "datasets",
        "output",
        "outputs",
        "out",
        "save",
        "saves",
        "saved",
        "checkpoint",
        "checkpoints",
        "ckpt",
        "ckpts",
        "runs",
        "run",
        "tmp",
        "temp",
        "results",
        "configs",
        "config",
        "scripts",
        "examples",
        "src",
        "docs",
        "workspace",
        "weights",
        "cache",
        "models",
        "model",
        "local",
        "artifacts",
        "logs",
        "experiments",
        "home",
        "root",
        "mnt",
        "opt",
        "usr",
        "var",
        "etc",
        "build",
        "dist",
        "assets",
        "lib",
        "bin",
        "pretrained",
        "username",
        "organization",
        "your-org",
        "my-org",
        "lora-adapters",
        "adapters",
        "volumes",
        "app",
        "content",
        "packages",  # a monorepo's folders: `packages/train-yolo`
        "apps",
    }
)
_FILE_SUFFIX = re.compile(
    r"\.(?:py|ipynb|js|ts|json|jsonl|ya?ml|toml|txt|csv|tsv|md|sh|cfg|conf|ini|gguf|ggml|bin|pt"
    r"|pth|ckpt|safetensors|onnx|parquet|arrow|zip|tar|gz|tgz|zst|xz|bz2|whl|html?|png|jpe?g|svg|wav|mp3"
    r"|log|lock|env|ps1|bat|exe|dmg|msi|pdf|gif|webp|bmp|ico|tiff?|mp4|webm|docx?|xlsx?|pptx?"
    r"|h|hh|hpp|go|rs|java|kt|cs|swift|dart|php|rb|lua|css|scss|xml|sql"
    r"|j2|jinja2?|tmpl|h5|hdf5|npy|npz|pkl|pickle|woff2?|ttf|otf|eot"
    r"|onnx[._]data"  # an ONNX graph's external weights (`onnx/decoder.onnx.data`)
    r"|rknn|tflite|mlmodel|mlpackage|engine|pte|mnn"  # edge runtimes' model files
    r"|model)$",  # a SentencePiece file (`tokenizer/spm.model`); not .cpp: whisper.cpp
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"(?i:your[-_]|^your(?:user|name|org|account|hf|hub|handle|team)|^some[-_]|^xxx|example-org)"
    r"|[-_](?:name|NAME)$|<|>|\{|\}|\$"
)  # `model-name`, `MODEL_NAME`, `yourusername/x`; not OpenPipe's `Pii-Redact-Name`
#: Versions, and Trainer's output dirs (`checkpoint-500`, `checkpoint-xxx` in a template).
_VERSION_ONLY = re.compile(
    r"^v?\d+(?:\.\d+)*[a-z]?$|^checkpoint-(?:\d+|x+|X+|N|last|final)$"
    r"|^\d+(?:\.\d+)?[BbMm]$"  # a size alone: `"desc": "ByteDance/3B"` names a publisher's size
)
#: An Ollama name may start with a registry host (`registry.ollama.ai/library/`,
#: `modelscope.cn/Org/`) before its namespace; Hub hosts are Hub references instead.
_OLLAMA_HOST = (
    r"(?!(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)/)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?/"
)
OLLAMA_TAG = re.compile(
    rf"^(?:(?:{_OLLAMA_HOST})?[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*[a-z][a-z0-9._-]*"
    r"(?::[a-z0-9][a-z0-9._-]*)?$",
    re.IGNORECASE,
)


def is_repo_id(value: str, *, allow_single: bool = False) -> bool:
    """True when `value` obeys the Hub's repo-id grammar (`org/name`, or a legacy `name`)."""
    if not _REPO_ID.match(value) or "--" in value or ".." in value or value.endswith(".git"):
        return False
    return allow_single or "/" in value


#: OpenRouter's variants of a model (`org/name:free`, `:nitro`): what follows is a router's
#: slug, a hosted API's name, not a Hub id with a quantization.
ROUTER_VARIANTS = frozenset(
    {"free", "nitro", "floor", "online", "extended", "thinking", "beta", "exacto"}
)
_VARIANT_AFTER = re.compile(r":([a-z]+)\b")


def router_variant(text: str, at: int) -> bool:
    """`text[at:]` starts with an OpenRouter variant (`:free`) after an `org/name`."""
    match = _VARIANT_AFTER.match(text, at)
    return match is not None and match.group(1) in ROUTER_VARIANTS


def without_quant(value: str) -> str:
    """llama.cpp's `org/name-GGUF:Q4_K_M` (`-hf`, `hf =`) and `org/name-GGUF/name-Q8_0.gguf`
    (a weights file in the repo): the repo, without the quantization or the file. An
    OpenRouter slug (`org/name:free`) is left whole, so that it is no id."""
    head, colon, quant = value.partition(":")
    if colon and "/" in head and "://" not in value:
        return value if quant in ROUTER_VARIANTS else head
    parts = value.split("/")
    if len(parts) == 3 and WEIGHTS_FILE.search(parts[2]) and all(parts):
        return f"{parts[0]}/{parts[1]}"
    return value


#: The words after a repository's id that lead into its files (`org/name/resolve/main/x.gguf`).
REPO_PATHS = ("resolve", "blob", "tree", "raw")
#: A weights file's name (`model-Q4_K_M.gguf`).
WEIGHTS_FILE = re.compile(r"\.(?:gguf|ggml|safetensors|bin|onnx)$", re.IGNORECASE)


def strip_prefix(value: str) -> str:
    """Remove URL/URI prefixes (`hf-hub:`, `hf://`, `https://huggingface.co/`) from an id."""
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            return value[len(prefix) :]
    return value


def is_sentence_transformers_name(name: str) -> bool:
    """`all-MiniLM-L6-v2`: a short name sentence-transformers loads from its organization."""
    return name.lower() in SENTENCE_TRANSFORMERS


def sentence_transformers_id(name: str) -> str:
    """`all-MiniLM-L6-v2` -> `sentence-transformers/all-MiniLM-L6-v2`; other ids unchanged."""
    if "/" not in name and name.lower() in SENTENCE_TRANSFORMERS:
        return f"sentence-transformers/{name}"
    return name


#: Make's variable, `$(PHI_2)` (upper case: not a shell's command substitution, `$(pwd)`).
MAKE_VARIABLE = r"\$\([A-Z_][A-Z0-9_]*\)"
_TEMPLATE_VAR = re.compile(
    r"\$\{\{.*?\}\}|\{\{.*?\}\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|\{[A-Za-z_0-9]*\}|%\(\w+\)s|%[sdr]"
    rf"|{MAKE_VARIABLE}"
)
_ID_CHARS = re.compile(r"[\w.\-/:@]+")
#: A variable that holds a directory of this machine, first in a path (`$HOME/`, `${PWD}/`).
_LOCAL_ROOT = re.compile(r"\$\{?(?:HOME|PWD|TMPDIR|SCRATCH|XDG_\w+)\}?/")


def is_templated(value: str) -> bool:
    """True when a value is an id with a placeholder (`${VAR}`, `{name}`, `%s`, `$VAR`,
    `${{ inputs.model }}`): with placeholders filled in, only id characters remain."""
    if not _TEMPLATE_VAR.search(value) or _LOCAL_ROOT.match(value.strip()):
        return False  # `$HOME/work/zen/qwen3-omni`: a folder on this machine, whatever fills it
    return _ID_CHARS.fullmatch(_TEMPLATE_VAR.sub("x", value.strip())) is not None


def routes_to_api(value: str) -> bool:
    """`vertex_ai/gemini-3.5-flash`, `anthropic/claude-x`: a LiteLLM-style route to a hosted
    API (`org/name` whose organization is an API provider's prefix)."""
    head, slash, _ = value.partition("/")
    return bool(slash) and head.lower() in _PROVIDERS


#: Libraries that name their own downloads `library/name`, none of them a Hub repository.
_LIBRARY_NAMESPACES = frozenset({"tiktoken", "nltk", "stanza"})  # `stanza/en`: a language

#: Providers that also publish models on the Hub, whose names there are capitalized
#: (`cerebras/Cerebras-GPT-1.3B`, `Groq/Llama-3-Groq-8B-Tool-Use`) and their APIs' are not
#: (`cerebras/llama3.1-8b`, `groq/llama3-70b-8192`).
_ALSO_ON_THE_HUB = frozenset({"cerebras", "groq"})
#: Providers whose organization on the Hub is spelled capitalized (`Cohere/Cohere-embed-english-
#: v3.0`, `Cohere/cohere-tokenizer-fast`), their APIs' prefix in lower case (`cohere/rerank-v3.5`).
_CAPITALIZED_ON_THE_HUB = frozenset({"Cohere"})
#: LiteLLM-style provider prefixes: `provider/model` names an API, not a Hub repo.
_PROVIDERS = frozenset(
    {
        "github_copilot",  # LiteLLM's; opencode writes `github-copilot/claude-sonnet-4.5`
        "github-copilot",
        "hosted_vllm",
        "together_ai",
        "groq",
        "anthropic",
        "bedrock",
        "vertex_ai",
        "azure",
        "azure_ai",
        "openrouter",
        "fireworks_ai",
        "deepinfra",
        "cerebras",
        "gemini",
        "sambanova",
        "ollama",
        "ollama_chat",
        "replicate",
        "fal-ai",  # fal's endpoints (`fal-ai/flux-lora`); LiteLLM writes `fal_ai/...`
        "fal_ai",
        "perplexity",
        "anyscale",
        "nvidia_nim",
        "sagemaker",
        "watsonx",
        "cohere",
        "lm_studio",
        "lmstudio",  # LM Studio as projects spell it (`lmstudio/local`)
        "litellm_proxy",
        "opencode",  # OpenCode's own gateway (`opencode/glm-4.7-free`), as its CLI names models
        "novita",
        "nebius",
        "hyperbolic",
        "featherless_ai",
        "vllm",
        "text-completion-openai",
        "mistral",
        "deepseek",
        "xai",
        "voyage",
        "jina_ai",
        "codestral",
        "ai21",
        "cloudflare",
        "dashscope",
        "volcengine",
        "moonshot",
        "friendliai",
        "clarifai",
        "predibase",
        "triton",
        "github",
        "vertex_ai_beta",
        "openai_compatible",
        "vertex",  # `vertex/gemini-2.0-flash-lite`
    }
)
#: What Hugging Face's Inference Providers router accepts after `org/name:`: a provider
#: (`Qwen/Qwen2.5-7B:featherless-ai`) or a selection policy (`:fastest`, `:cheapest`).
ROUTER_SUFFIXES = frozenset(
    {"fastest", "cheapest", "preferred", "auto", "baseten", "black-forest-labs", "cerebras"}
    | {"clarifai", "cohere", "deepinfra", "fal-ai", "featherless-ai", "fireworks-ai", "groq"}
    | {"hf-inference", "hyperbolic", "nebius", "novita", "nscale", "openai", "ovhcloud"}
    | {"publicai", "replicate", "sambanova", "scaleway", "together", "wavespeed", "zai-org"}
)
#: LiteLLM's prefixes of any OpenAI-compatible server (which may be a local Ollama).
OPENAI_COMPATIBLE = frozenset(
    {"openai", "openai_compatible", "text-completion-openai", "lm_studio", "litellm_proxy"}
)
#: LiteLLM prefixes of servers that load Hub repositories themselves (the Hub's own inference,
#: your vLLM, an OpenAI-compatible server, a SageMaker endpoint): `hosted_vllm/org/name` is the
#: Hub's `org/name`. Every other provider's `provider/org/name` is a hosted API's model name.
#: The routes of those that are self-hosted servers of Hub models, whatever their URL.
SELF_HOSTED_ROUTES = frozenset(
    {"huggingface", "hosted_vllm", "vllm", "sagemaker", "triton"}
    | {"hftei"}  # mteb's `hftei/org/name`: the Hub model, served by text-embeddings-inference
    | {"hf"}  # Inspect AI's `--model hf/org/name`: the Hub model, loaded with transformers
)
_SERVES_HUB_IDS = OPENAI_COMPATIBLE | SELF_HOSTED_ROUTES
#: `user/repo`, `org/model-name`: documentation placeholders, not repositories.
_PLACEHOLDER_ORGS = frozenset(
    {"user", "org", "organization", "owner", "namespace", "me", "your", "my", "some", "example"}
    | {"repo", "repository"}  # `hf:repo/name:file.gguf`: a shorthand spelled out
    | {"org-id", "org_id", "user-id", "user_id", "username"}  # kani's `org-id/model-id`
    | {"provider", "vendor"}  # `provider/model-id`
)
#: Frameworks and formats, two of which a slash joins as alternatives (`JAX/Flax`, `LoRA/PEFT`).
_FRAMEWORKS = frozenset(
    {"pytorch", "torch", "tensorflow", "tf", "keras", "jax", "flax", "onnx", "mlx", "coreml"}
    | {"tflite", "openvino", "tensorrt", "lora", "qlora", "peft", "gguf", "ggml", "safetensors"}
    | {"transformers", "diffusers", "vllm", "sglang", "llamacpp", "sklearn", "xgboost"}
)
#: Operating systems, the first half of a platform (`linux/x86_64`, `win32/amd64`).
_PLATFORMS = frozenset(
    {"linux", "darwin", "win32", "win64", "windows", "macos", "osx", "freebsd", "android", "ios"}
)
#: Organizations that stand for the reader's own account, whatever the name after them.
_USER_STAND_INS = frozenset(
    {"user", "username", "your-username", "your_username", "yourusername", "your-hf-username"}
    | {"hf-username", "hf_username", "your-org", "your_org", "yourorg", "your-name", "yourname"}
    | {"hf-org", "my-org", "myorg", "my_org", "some-org", "example-org"}
)
_PLACEHOLDER_NAMES = frozenset(
    {"repo", "repository", "model", "model-name", "model_name", "repo-name", "repo_name", "name"}
    | {"repo-id", "repo_id", "model-id", "model_id"}  # `org-or-user/repo-id`
    | {"id"}  # a loader's syntax `hf:repo/id`
)
#: Organizations that publish code, not weights: their `org/name` is a GitHub repository (a
#: `torch.hub` entry), whatever its name says.
_CODE_ONLY_ORGS = frozenset({"facebookresearch"})
#: A file of weights after a repository and a colon (`org/x:s2a-q4-base.model`).
_WEIGHTS_SUFFIX = re.compile(r"\.(?:model|pt|pth|bin|safetensors|gguf|onnx|ckpt)$")
#: Names that stand for any repository in a test or an example (`Qwen/other`, `org/foo`).
_PLACEHOLDER_WORDS = frozenset({"other", "foo", "bar", "baz", "qux", "whatever", "something"})
#: Words that a `/` joins as alternatives in prose (`name/path`, `id/url`), never a repository.
_STAND_IN_WORDS = frozenset(
    {"name", "path", "id", "url", "dir", "file", "folder", "local", "hub", "identifier"}
)
#: A name made of words for "some model" (`local-model`, `my-custom-model`), whoever the
#: organization: a stand-in in an example (`openai/local-model` on an OpenAI-compatible server).
_STAND_IN_NAME = re.compile(
    r"(?:(?:my|your|custom|local|test|dummy|fake|example|sample|some|any|other)[-_])+"
    r"(?:(?:onnx|mlx|gguf|fine-?tuned|lora)[-_])?model"
    r"(?:[-_](?:\d+-?bits?|gguf|mlx|onnx|awq|gptq))*",  # `mlx-community/Custom-Model-4bit`
    re.IGNORECASE,
)
_PLACEHOLDER_HEAD = re.compile(r"(?:model|repo|name)[-_.]", re.IGNORECASE)
#: `org/private-model`, `org-id/base-model-id`
_PLACEHOLDER_TAIL = re.compile(r"[-_.](?:model|repo|name)(?:[-_]id)?$", re.IGNORECASE)
#: OpenAI's hosted models' names (`gpt-4o-mini`, `gpt-5.1-nano`, `o3-pro`).
_OPENAI_HOSTED = (
    r"gpt-4o(?:-mini)?|gpt-4(?:\.\d)?(?:-turbo|-mini|-nano)?|gpt-5(?:\.\d)?(?:-mini|-nano)?"
    r"|gpt-3\.5-turbo|o[134](?:-mini|-pro)?"
)
#: A hosted model's name and nothing more (`gpt-4o-mini`, `claude-sonnet-4-5`, `gemini-3.1-pro`).
_HOSTED_ONLY_NAME = re.compile(
    rf"^(?:{_OPENAI_HOSTED}"
    r"|claude-(?:\d(?:[.-]\d)?-)?(?:opus|sonnet|haiku)(?:-\d(?:[.-]\d)?)?(?:-\d{8})?(?:-latest)?"
    r"|gemini-\d(?:\.\d)?-(?:pro|flash|ultra)(?:-lite)?(?:-preview)?(?:-\d{2}-\d{2})?)$",
    re.IGNORECASE,
)
#: The start of a hosted model's name (`GPT-4o-nano`, `claude-3.5`, `gemini-2`), which no
#: organization on the Hub bears.
_HOSTED_HEAD = re.compile(r"(?:gpt-\d|claude-(?:\d|opus|sonnet|haiku)|gemini-\d)", re.IGNORECASE)
#: Organizations that publish hosted models' tokenizers under the models' names.
_TOKENIZER_COPIES = frozenset({"xenova"})
#: Names only a hosted API serves, under a router's short alias of its provider (`oai/gpt-4o`,
#: `g/gemini-2.0-flash`); `Xenova/gpt-4o` is a tokenizer on the Hub.
_HOSTED_NAME = re.compile(
    rf"^(?:{_OPENAI_HOSTED}|claude-[\w.-]+|gemini-\d[\w.-]*)$",
    re.IGNORECASE,
)
_OPENAI_API = re.compile(
    r"^(?:gpt-\d|o\d|text-|dall-e|chatgpt|tts-|davinci|babbage|whisper-1$)"  # not `gpt-oss`
)


def is_hosted_api_name(name: str) -> bool:
    """`claude-opus-4.5`, `gemini-2.5-pro`, `gpt-5-mini`, `o3`: a name only a hosted API serves."""
    return _HOSTED_NAME.match(name) is not None or is_openai_api_name(name)


def is_openai_api_name(name: str) -> bool:
    """`gpt-4o-mini`, `text-embedding-3-small`, `whisper-1`: a name only OpenAI's API serves."""
    return _OPENAI_API.match(name) is not None


#: Another publisher's family after `openai/` (`openai/qwen3-coder-30b`, an alias such as
#: `openai/local-qwen14b`): LiteLLM's and aider's name for a model on an OpenAI-compatible
#: server (LM Studio, vLLM), not a Hub repo of OpenAI's.
_OTHER_FAMILY = re.compile(
    r"(?:^|(?<=[-_.]))(?:qwen|qwq|llama|codellama|mistral|mixtral|codestral|devstral|gemma|phi"
    r"|deepseek|yi-|glm|chatglm|internlm|baichuan|falcon|vicuna|granite|command|claude|grok|kimi|minimax"
    r"|nemotron|olmo|smollm|starcoder|hermes|nous|dolphin|tinyllama|gemini)",
    re.IGNORECASE,
)


#: Model names only a hosted API serves (`openai/gpt-4.1-mini`, `anthropic/claude-3.5-sonnet`,
#: `google/gemini-2.0-flash`; not OpenAI's open-weight `openai/gpt-oss-120b`): a table or list
#: holding one (a Markdown table, a JavaScript array) lists a router's slugs (OpenRouter), and
#: its Hub-shaped entries (`meta-llama/llama-3.1-8b-instruct`) are slugs too.
HOSTED_SLUG = re.compile(
    r"(?<![\w/-])(?:openai/(?:gpt-(?!oss)|o\d|chatgpt)|anthropic/claude|google/gemini|x-ai/grok"
    r"|deepseek/deepseek-(?:chat|r1|v3)|cohere/command|perplexity/)",
    re.IGNORECASE,
)


#: A value that lists model names with commas (`"qwen2.5:7b,phi3"`, `CHAT_MODELS=a,b`): the code
#: splits it.
#: `a,b`, `a, b`; `a or b` (`"recommended_model": "llama3.2:3b or gemma2:2b"`)
_NAME_LIST = re.compile(r"[\w.:/@-]+(?:(?:,[ \t]*|[ \t]+or[ \t]+)[\w.:/@-]+)+")
_LISTED_NAME = re.compile(r"(?!or(?:\s|$))[^,\s]+")


def listed_names(value: str, *, whole: bool = True) -> list[tuple[int, str]]:
    """(offset, name) of each name of a list written with commas or spaces (`"a,b"`, `a b`);
    with `whole`, only when `value` is all one comma-separated list of names, else none."""
    if whole and _NAME_LIST.fullmatch(value) is None:
        return []
    return [(m.start(), m.group()) for m in _LISTED_NAME.finditer(value)]


#: What a training run names the directory it writes (`best_model`, `final_checkpoint`,
#: `merged`): a local output, not a repository.
_RUN_OUTPUT = re.compile(
    r"^(?:(?:best|final|last|latest|merged)(?:[-_]?(?:model|checkpoint|ckpt))?"
    r"|(?:model|checkpoint)[-_](?:best|final|last))$",
    re.IGNORECASE,
)


#: Black Forest Labs' API-only FLUX models (`FLUX.1-pro`, `FLUX.1.1-pro`, `FLUX.1-kontext-max`,
#: `FLUX.2-flex`); the open ones are `-dev` and `-schnell`.
_FLUX_API = re.compile(r"flux\.\d(?:\.\d)?-(?:kontext-)?(?:pro|max|ultra|flex)\b", re.IGNORECASE)


#: An open_clip architecture (`ViT-L-14`, `ViT-H-14-quickgelu`, `RN50x4`, `EVA02-L-14`)
#: written before the weights' tag, `ViT-L-14/openai`: its own naming, not a Hub id.
_OPEN_CLIP_NAME = re.compile(
    r"^(?:ViT-[A-Za-z]+-\d+|RN\d+(?:x\d+)?|EVA\d*-[A-Za-z]+-\d+)(?:-[\w-]+)?$"
)


_CONJUNCTIONS = frozenset({"and", "or", "either", "nor"})
_BOOLEANS = frozenset({"true", "false", "yes", "no", "on", "off", "none"})
#: A dataset's splits (`JSON → train/val dataset`, `dev/test`).
_SPLITS = frozenset({"train", "val", "valid", "validation", "dev", "test", "eval"})


#: Makers and hosts of models named as such in prose (`OpenAI/Anthropic`, `Ollama/vLLM`).
_VENDORS = frozenset(
    {"openai", "anthropic", "claude", "gemini", "google", "ollama", "vllm", "groq", "mistral"}
    | {"cohere", "azure", "bedrock", "openrouter", "gpt", "chatgpt", "llama", "huggingface"}
)


#: The end of a Hub collection's slug: its name, then 24 hexadecimal digits.
_COLLECTION_SLUG = re.compile(r"-[0-9a-f]{24}$")


#: A version where an organization would stand (`v2/en_speaker_0`, `v1/models`).
_VERSION_ORG = re.compile(r"v\d+(?:\.\d+)*$", re.I)


def plausible_id(
    value: str, *, allow_legacy: bool = True, hub: bool = False, in_url: bool = False
) -> bool:
    """An `org/name` that is a real-looking Hub id: not a path, file, placeholder or version.
    A LiteLLM provider prefix (`predibase/x`) rules an id out, unless `hub` says the value goes
    to a Hub loader (`PeftModel.from_pretrained`) or sits in a URL of the Hub's site
    (`huggingface.co/datasets/Cohere/x`), where it can only be a Hub organization.
    With `in_url` (the value follows `huggingface.co/`), a word that usually names a local
    folder is an organization too (`huggingface.co/ckpt/ControlNet-v1-1`)."""
    if not is_repo_id(value, allow_single=True):
        return False
    if "/" not in value:  # as the Hub spells a legacy id (`ctrl`, not the `Ctrl` key), or any
        # case where a Hub loader reads it (`from_pretrained('T5-base')`: the Hub ignores case)
        spelled = value in LEGACY_IDS or is_sentence_transformers_name(value)
        return allow_legacy and (spelled or (hub and is_short_name(value)))
    org, name = value.split("/")
    if org.isupper() and name.isupper() and len(org) <= 4 and len(name) <= 4:
        return False  # `CPU/GPU`, `TCP/IP`: acronyms, not a repository
    if _VERSION_ORG.match(org):
        return False  # `v2/en_speaker_0`: Bark's voice preset, `v1/chat`: an API's path
    if org.lower() in _CONJUNCTIONS and name.lower() in _CONJUNCTIONS:
        return False  # `pass --repo-id and/or --root`: prose
    if org.lower() in _BOOLEANS and name.lower() in _BOOLEANS:
        return False  # `findmodels: True/False if ...`: a docstring's type
    if org.lower() in _SPLITS and name.lower() in _SPLITS:
        return False  # `JSON → train/val dataset`: two splits
    if org in FASTER_WHISPER and name in FASTER_WHISPER:
        return False  # `tiny/tiny.en`: a Whisper size and its English-only twin
    if org.lower() in _VENDORS and name.lower() in _VENDORS and not in_url:
        return False  # `model: OpenAI/Anthropic's default`: two vendors, either one
    if org.lower() in _FRAMEWORKS and name.lower() in _FRAMEWORKS and not in_url:
        return False  # `- TensorFlow/Keras`, `LoRA/PEFT`: two frameworks, either one
    if org.lower() in _PLATFORMS and not in_url:
        return False  # `linux/x86_64`, `darwin/arm64`: a build's platform
    if _COLLECTION_SLUG.search(name):
        return False  # `org/moirai-r-models-65c8d3a94c51428c300e0742`: a collection's page
    if _OPEN_CLIP_NAME.match(org):
        return False  # open_clip's `ViT-L-14/openai`: an architecture and its weights' tag
    if org.lower() in _LIBRARY_NAMESPACES:
        return False  # `tiktoken/cl100k_base`, `nltk/punkt`: a library's own data, by name
    if _HOSTED_HEAD.match(org) and not in_url:
        return False  # `GPT-5-mini/nano`: a hosted model's two variants, not an organization
    hosted_only = (
        (org.lower() == "openai" and (is_openai_api_name(name) or _OTHER_FAMILY.search(name)))
        or (org.lower() == "google" and name.lower().startswith("gemini"))  # Gemini is API-only
        # OpenRouter's namespaces for xAI's and Z.ai's APIs (the Hub's are xai-org, zai-org)
        or org.lower() in ("x-ai", "z-ai")
        # NVIDIA NIM's and watsonx's catalogs: `meta/llama-3.1-8b-instruct` (Meta publishes on
        # the Hub as `meta-llama` and `facebook`)
        or org == "meta"
        or (org.lower() == "black-forest-labs" and _FLUX_API.match(name) is not None)
        or (len(org) <= 3 and _HOSTED_NAME.match(name) is not None)  # a router's `oai/gpt-4o`
        # a gateway's `claude-group/claude-sonnet-5`: a hosted model's name, whole, under any
        # organization but one that copies their tokenizers (`Xenova/gpt-4o`); not a dataset
        # named after one (`org/claude-opus-4.6-reasoning-8.7k`)
        or (org.lower() not in _TOKENIZER_COPIES and _HOSTED_ONLY_NAME.match(name) is not None)
    )
    published = org in _CAPITALIZED_ON_THE_HUB or (
        org.lower() in _ALSO_ON_THE_HUB and name != name.lower()
    )
    if (org.lower() in _PROVIDERS and not hub and not published) or hosted_only:
        return False
    # `env-org`, `hf-namespace`
    stand_in = org.lower() in _PLACEHOLDER_ORGS or org.lower().endswith(("-org", "-namespace"))
    if (stand_in or "-or-" in org.lower()) and (  # `org-or-user/repo-id`
        name.lower() in _PLACEHOLDER_NAMES
        or _PLACEHOLDER_HEAD.match(name) is not None
        or _PLACEHOLDER_TAIL.search(name) is not None
    ):
        return False  # `org/model`, `user/model-GGUF`, `org/private-model`
    if org.lower() in _USER_STAND_INS and not (in_url and hub):
        # `user/bert-base-uncased`, `your-username/x`, `hf://my-org/x`: a user's own, unnamed;
        # on the Hub's site (`huggingface.co/user/x`) an organization of that name
        return False
    if _STAND_IN_NAME.fullmatch(name):
        return False  # `openai/local-model`, `org/my-custom-model`: a stand-in
    if name.lower() in ("model", "models", "repo", "repository", "default") and not (
        in_url or hub
    ):  # `--hf-path original/model`, `path/to/model`: a stand-in, or a folder; `x/default`
        return False  # a sentinel for whatever model is configured
    if org.lower() in _LOCAL_ROOTS and not in_url:
        return False
    if _FILE_SUFFIX.search(value) and not value.endswith(".GGUF"):  # `org/x.GGUF`: a repository
        return False
    if _PLACEHOLDER.search(org) or _PLACEHOLDER.search(name) or _VERSION_ONLY.match(name):
        return False
    if _RUN_OUTPUT.match(name):
        return False  # `whisper_small_atco2/best_model`: a training run's output directory
    if "_" in org or "." in org:  # `SD2.0/SD2.1`: versions, not a namespace
        return False  # Hub namespaces are letters, digits and `-`: `Shanghai_AI_Laboratory/x` is
        # a ModelScope id, `glm4_moe/glm4_5v` a template's path, `output_dir/x` a folder
    if org.lower() in _CODE_ONLY_ORGS and not in_url:
        return False  # `facebookresearch/sam-3d-body`: Meta's code (`facebook/` on the Hub)
    if name.lower() in _PLACEHOLDER_WORDS and not in_url:
        return False  # `Qwen/other`, `acme/foo`: a test's stand-in for some other repository
    if org.lower() in _STAND_IN_WORDS and name.lower() in _STAND_IN_WORDS:
        return False  # "Model name/path used", "the repo id/path": a choice of words
    if len(org) == 1 and len(name) == 1:
        return False  # `n/a`, `x/y`: a placeholder, not a repository
    return not (org.isdigit() or name.isdigit())


#: timm's name for pretrained weights: an architecture and its tag, which names the pretraining
#: data (`tf_efficientnet_b0.ns_jft_in1k`, `vit_small_patch14_dinov2.lvd142m`); timm downloads
#: it from the Hub as `timm/<name>`.
_TIMM_TAGGED = re.compile(
    # the architecture has a digit or a `_` (`resnet50.`, not `config.`)
    r"(?=[a-z0-9_]*[0-9_][a-z0-9_]*\.)[a-z][a-z0-9_]*[a-z0-9]\.[a-z0-9_]*"
    r"(?:in1k|in12k|in21k|in22k|lvd142m|lvd1689m|laion2b|laion400m|openai|sat493m|sa1b)"
)


#: A WebLLM / MLC LLM prebuilt model id: the Hub repo `mlc-ai/<id>`.
_MLC_NAME = re.compile(r"[A-Za-z][\w.-]*-q\d+f\d+(?:_\d+)?-MLC")


#: First path segments of `huggingface.co/...` URLs that are site pages, not repositories.
SITE_PAGES = frozenset(
    {
        "docs",
        "blog",
        "api",
        "papers",
        "learn",
        "join",
        "login",
        "pricing",
        "settings",
        "tasks",
        "chat",
        "models",
        "organizations",
        "collections",
        "posts",
        "enterprise",
        "inference-endpoints",
        "new",
        "new-space",
        "new-dataset",
        "course",
        "support",
        "terms-of-service",
        "privacy",
        "spaces",
        "oauth",
        "huggingchat",
        "front",
        "hf-inference",
        "inference",
        "static-proxy",
        "cli",  # `https://hf.co/cli/install.sh`
        "buckets",  # `hf://buckets/...`: storage buckets, not repositories
        "search",  # `huggingface.co/search/full-text?q=GGUF`
        "transformers",  # the old documentation's root: `huggingface.co/transformers/model_doc/`
    }
)


#: A repository pinned to a revision after `@` (pyannote's `org/name@2.1`).
_PINNED = re.compile(r"[\w.-]+/[\w.-]+@(?:v?\d+(?:\.\d+)*|[0-9a-f]{7,40}|main)")


def normalize(value: str, *, hub: bool = False) -> str | None:
    """The canonical Hub id for a value written in a model position (with `hub`, one that a
    Hub loader reads), or None."""
    if _TIMM_TAGGED.fullmatch(value.removeprefix("timm:")):  # a project's `timm:` prefix too
        return f"timm/{value.removeprefix('timm:')}"
    if _MLC_NAME.fullmatch(value):  # WebLLM's prebuilt `Qwen3-0.6B-q4f16_1-MLC`
        return f"mlc-ai/{value}"
    if value in EVO2:  # `model_name="evo2_7b"`: Evo 2's checkpoint, whichever wrapper loads it
        return EVO2[value]
    ident = strip_prefix(value.strip())
    if "@" in ident and _PINNED.fullmatch(ident):  # pyannote's `org/name@2.1`: its revision
        ident = ident.split("@", 1)[0]
    if ident != value.strip() and ":" in ident:  # Ollama's `hf.co/org/name-GGUF:Q4_K_M`
        ident = ident.split(":", 1)[0]
    head, colon, suffix = ident.rpartition(":")
    if colon and suffix in ROUTER_SUFFIXES and head.count("/") == 1:
        ident = head  # `org/name:featherless-ai`: Hugging Face's router picks the provider
    elif colon and head.count("/") == 1 and _WEIGHTS_SUFFIX.search(suffix):
        ident = head  # WhisperSpeech's `org/name:t2s-base-en+pl.model`: a file of the repository
    parts = ident.split("/")
    if ident != value.strip() and parts[0].lower() in SITE_PAGES:
        return None  # `https://huggingface.co/collections/org/x`: a site page, no repository
    if len(parts) == 3 and parts[0] in _SERVES_HUB_IDS:
        parts = parts[1:]
        ident = "/".join(parts)
    elif len(parts) == 3 and parts[0] in _PROVIDERS:
        return None  # `openrouter/meta-llama/llama-3.3-70b-instruct:free`: a hosted API's name
    if len(parts) > 2 and (parts[2] in REPO_PATHS or value != ident or _gguf_file(parts)):
        ident = "/".join(parts[:2])
    ident = sentence_transformers_id(ident)
    return ident if plausible_id(ident, hub=hub) else None


def _gguf_file(parts: list[str]) -> bool:
    """`org/name-GGUF/name.Q4_K_M.gguf`: a GGUF repository's file, named by its repository."""
    return len(parts) == 3 and "gguf" in parts[1].lower() and parts[2].lower().endswith(".gguf")


#: `load_dataset` builder names for local files: never a Hub dataset.
_BUILDERS = frozenset(
    {
        "json",
        "csv",
        "parquet",
        "text",
        "arrow",
        "pandas",
        "sql",
        "xml",
        "generator",
        "spark",
        "webdataset",
        "imagefolder",
        "audiofolder",
        "videofolder",
        "pdffolder",
        "hdf5",
        "cache",
    }
)
#: Words a model card's `datasets:` gives for data that is on no hub (`- custom`).
_UNPUBLISHED = frozenset({"custom", "private", "internal", "proprietary", "other", "none", "own"})


def single_dataset(value: str) -> str | None:
    """A legacy single-segment dataset id (`squad`, `rotten_tomatoes`) given to a dataset
    loader, or None for builder names (`json`), paths, files and placeholders."""
    name = value.strip()
    if "/" in name or not is_repo_id(name, allow_single=True):
        return None
    low = name.lower()
    if low in _BUILDERS or low in _LOCAL_ROOTS or low in _UNPUBLISHED or _FILE_SUFFIX.search(name):
        return None
    if low.startswith(("my-", "my_", "your-", "your_")):
        return None  # `load_dataset("my-audio-dataset")`: the reader's own data
    if _PLACEHOLDER.search(name) or _VERSION_ONLY.match(name) or name.isdigit():
        return None
    return name


#: Names that stand for "some model" in examples (`test-model`, `any-model`, `model-name`).
_PLACEHOLDER_TAG = re.compile(
    r"^(?:(?:(?:test|any|my|your|some|example|sample|dummy|fake|mock|foo|bar|custom|local"
    r"|another|other)[-_]?)+model(?:[-_]?name)?"  # `your-custom-model:7b`, `your-model-name`
    r"|model[-_]?name)(?::|$)"
    r"|^[\w.-]*model$"  # `ollama run EmbeddingModel`, `ollama pull model`: a stand-in
    r"|^(?-i:[A-Z][A-Z0-9_]*)$",  # `ollama run MODEL`: a variable's name, not a library name
    re.IGNORECASE,
)


def is_ollama_tag(value: str) -> bool:
    """`llama3.1:8b`, `phi3`, `user/model:tag` — the Ollama library name grammar (placeholders
    such as `your-model` are not tags, nor a Python entry point, `pkg.plugin:OllamaModel`)."""
    if not OLLAMA_TAG.match(value) or len(value) > 200 or _PLACEHOLDER_TAG.match(value):
        return False
    if value.lower() in _SETTING_WORDS:
        return False  # `OLLAMA_AUTO_SELECT_MODEL = "true"`: a switch, not a model
    name, _, tag = value.partition(":")
    if tag_repeats_name(name, tag):
        return False
    if name.lower() == "localhost" or (tag.isdigit() and len(tag) >= 4):
        return False  # `localhost:11434`, `ollama:11434`: a server and its port
    if name.lower() in _PROVIDER_PREFIXES:
        return False  # pydantic-ai's `ollama:gemma4`: a provider, then its model
    if _VERSION_HASH.fullmatch(tag):
        return False  # Replicate's `owner/model:<version hash>`, a Docker digest's
    return "." not in value or _ENTRY_POINT.match(value) is None


#: Providers that prefix a model's name with a colon (pydantic-ai's `ollama:gemma4`,
#: `openai:gpt-4o`); no Ollama model bears their names.
_PROVIDER_PREFIXES = frozenset({"ollama", "openai", "anthropic", "groq", "cohere", "bedrock"})
#: A content hash as a tag: Replicate's model versions, image digests.
_VERSION_HASH = re.compile(r"[0-9a-f]{32,}")
#: Values a setting takes that are never a model's name.
_SETTING_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "none", "null", "auto"})


def tag_repeats_name(name: str, tag: str) -> bool:
    """any-agent's `mistral:mistral-small-latest`: a provider and its API's model name, written
    like a tag (an Ollama tag never repeats its model's name)."""
    return tag.lower().startswith(name.lower() + "-")


#: A Python entry point (`ocr_translate_ollama.plugin:OllamaTSLModel`, `pkg.cli:main`): dotted
#: identifiers, never a version's digits (`llama3.1:8b`) or a hyphen (`qwen2.5-coder:7b`).
_ENTRY_POINT = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+:[A-Za-z_]\w*$")
