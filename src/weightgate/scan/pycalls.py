"""Which arguments of a Python call name a model, a dataset or an Ollama tag."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from itertools import pairwise

from weightgate.model import Kind
from weightgate.scan import keys, project
from weightgate.scan.ids import plausible_id
from weightgate.scan.mapctx import hosted_api
from weightgate.scan.prose import PUBLISHERS, model_shaped
from weightgate.scan.pyregions import (
    ARCHITECTURE,
    FROM_OLLAMA,
    OLLAMA_MODEL_FIRST,
    SAYS_MODEL_ID,
    imported,
)
from weightgate.scan.pyvalues import kwarg
from weightgate.scan.pywidgets import WIDGETS, widget_choices
from weightgate.scan.shortnames import (
    EVO2,
    FASTER_WHISPER,
    LIGHTNING_WHISPER,
    MUSICGEN_SIZES,
    WHISPER_CPP,
    WHISPER_SIZES,
    WTPSPLIT,
)
from weightgate.scan.whispersizes import HUB_WHISPER, WHISPER_CPP_NAMED

_HUB_CALLS = frozenset(
    {
        "hf_hub_download",
        "hf_hub_url",
        "snapshot_download",
        "model_info",
        "list_repo_files",
        "repo_info",
        "get_safetensors_metadata",
        "try_to_load_from_cache",
    }
)
_DATASET_CALLS = frozenset({"load_dataset", "dataset_info", "load_dataset_builder"})
_ENCODERS = frozenset(
    {"SentenceTransformer", "CrossEncoder", "SparseEncoder"}
    | {"FlagModel", "BGEM3FlagModel", "FlagReranker", "FlagLLMReranker", "LayerWiseFlagLLMReranker"}
    | {"TextEmbedding", "SparseTextEmbedding", "LateInteractionTextEmbedding", "TextCrossEncoder"}
    | {"TransformerWordEmbeddings", "TransformerDocumentEmbeddings"}  # flair's
    | {"INSTRUCTOR"}  # InstructorEmbedding
)
#: Classes given a Hub id or one of their library's short names for one: wtpsplit's sentence
#: splitters, Evo 2's DNA models.
_SHORT_NAMED = {"SaT": WTPSPLIT, "WtP": WTPSPLIT, "Evo2": EVO2}
#: Modules whose `load(repo)` loads a model (`mlx_lm.load("mlx-community/...")`).
_MLX = frozenset({"mlx_lm", "mlx_vlm", "mlx_audio"})
#: Adapter loaders on a loaded model or pipeline (diffusers LoRA, transformers PEFT).
_ADAPTER_LOADERS = frozenset(
    {"load_lora_weights", "load_adapter", "load_ip_adapter", "load_textual_inversion"}
)
_MODEL_CTORS = frozenset(
    {"LLM", "AsyncLLM", "EngineArgs", "AsyncEngineArgs", "InferenceClient", "AsyncInferenceClient"}
    | {"LM"}  # dspy.LM("ollama_chat/llama3.2"), dspy.LM("huggingface/org/name")
)
#: HappyTransformer's classes: `HappyTextToText("T5", "t5-base")` (model type, then Hub id).
_HAPPY = frozenset(
    {"HappyTextToText", "HappyGeneration", "HappyWordPrediction", "HappyTextClassification"}
    | {"HappyQuestionAnswering", "HappyTokenClassification", "HappyNextSentence"}
)
#: Gradio's `gr.load("models/org/name")` and its older `gr.Interface.load(...)`.
_GRADIO = frozenset({"gr", "gradio", "Interface"})
#: outlines' `outlines.models.transformers("org/name")` and its siblings.
_OUTLINES = frozenset({"transformers", "transformers_vision", "vllm", "mlxlm", "llamacpp"})
#: Keywords that can say a call configures a hosted API (see `mapctx.hosted_api`).
_HOSTED_KEYS = frozenset({"provider", "api_type", "base_url", "api_base", "openai_api_base"})
_EXPLICIT_KW = frozenset({"repo_id", "pretrained_model_name_or_path", "model_name_or_path"})
#: huggingface_hub calls that write to a repository: its `repo_id` is an output, not a model
#: the code depends on (`api.upload_folder(repo_id="me/my-finetune", ...)`).
_WRITES = frozenset(
    {"upload_folder", "upload_file", "upload_large_folder", "create_repo", "create_commit"}
    | {"push_to_hub", "delete_repo", "delete_file", "delete_folder", "create_branch"}
    | {"create_tag", "update_repo_settings", "update_repo_visibility", "move_repo"}
)
#: Words of a call's name that say it writes to the repository it is given.
_WRITE_WORDS = frozenset({"upload", "push"})


def _writes(name: str) -> bool:
    """`upload_to_hub`, `convert_and_upload`, `pushDataset`: a call named for writing (the
    substring test first: a name's words cost a regex split, and this runs for every call)."""
    lowered = name.lower()
    return ("upload" in lowered or "push" in lowered) and bool(
        _WRITE_WORDS & set(keys.tokens(name))
    )


#: Classes whose `name` is the model they wrap (`HuggingFaceEncoder(name="org/name")`,
#: `TangoFluxInference(name="declare-lab/TangoFlux")`).
MODEL_CLASS_SUFFIXES = (
    "Encoder",
    "Embeddings",
    "Embedding",
    "Embedder",
    "Reranker",
    "LLM",
    "Inference",
)
#: ...and a model description's `path`, `name`, `repo`, `id` or `uri` (`Model(path="org/name",
#: onnx_path="org/name-onnx")`, `HFModel(path_or_uri="org/name")`): only `org/name` values count.
_MODEL_CLASS_FIELDS = frozenset({"name", "path", "repo", "id", "uri"})
#: Classes that describe a model: a catalogue's entry (`ModelSpec(name="qwen3:8b", ...)`; not
#: a provider's, `ProviderModelSpec(id="openai-codex/gpt-5.6")`, whose models are its API's).
_MODEL_DESCRIPTORS = frozenset({"ModelSpec", "ModelEntry", "ModelCard"})
_CLIENT = re.compile(r"^[ \t]*(\w+)[ \t]*=[ \t]*(\w+\.)?((?:Async)?Client)\(", re.M)
_IMPORT_OLLAMA = re.compile(r"^[ \t]*import[ \t]+ollama[ \t]+as[ \t]+(\w+)", re.M)
_FROM_MLX = re.compile(
    r"^[ \t]*from[ \t]+mlx_(?:lm|vlm|audio)(?:\.\w+)*[ \t]+import[ \t]+\(?([^)\n#]+)", re.M
)

#: openai-whisper, whose own sizes come from OpenAI's CDN.
_OPENAI_WHISPER = re.compile(r"^[ \t]*import whisper\b", re.M)


def ollama_names(text: str) -> frozenset[str]:
    """Names bound to the Ollama client or its functions (`from ollama import chat as c`)."""
    if "ollama" not in text:
        return frozenset()
    names = set(_IMPORT_OLLAMA.findall(text)) | {"ollama"} | imported(FROM_OLLAMA.findall(text))
    for variable, module, _client in _CLIENT.findall(text):  # `client = ollama.Client()`
        if (module or "").rstrip(".") in names or (not module and _client in names):
            names.add(variable)
    return frozenset(names - {"ollama"})


def mlx_loaders(text: str) -> frozenset[str]:
    """Names bound to `mlx_lm.load` / `mlx_vlm.load` / mlx-audio's `load` (`from mlx_lm
    import load`, `from mlx_audio.stt import load`)."""
    if "mlx_" not in text:
        return frozenset()
    return frozenset(imported(_FROM_MLX.findall(text)) & {"load"})


#: `from pytextad.datasets import load_dataset`: where a file's `load_dataset` comes from.
_LOAD_DATASET_FROM = re.compile(
    r"^[ \t]*from[ \t]+([\w.]+)[ \t]+import[^\n]*\bload_dataset\b", re.MULTILINE
)


@dataclass(frozen=True)
class Imports:
    """Client functions a file imports by name, which make a bare call a loader."""

    ollama: frozenset[str] = frozenset()
    mlx: frozenset[str] = frozenset()
    whisper: bool = False  # a Whisper backend that fetches its sizes from the Hub is in use
    openai_whisper: bool = False  # openai-whisper, whose sizes come from OpenAI's CDN
    lightning: bool = False  # lightning-whisper-mlx, whose sizes name MLX conversions
    whisper_cpp: bool = False  # whisper.cpp or a binding of it, whose sizes are ggml files
    own_load_dataset: bool = False  # a package's own `load_dataset`, not the Hub's datasets'

    @classmethod
    def of(cls, text: str) -> Imports:
        mentioned = "hisper" in text
        openai = mentioned and (
            "whisper.load_model(" in text
            or ("import whisper" in text and _OPENAI_WHISPER.search(text) is not None)
        )
        whisper = mentioned and (
            HUB_WHISPER.search(text) is not None  # or another file of the project names one
            or (not openai and project.assumed(project.HUB_WHISPER))
        )
        lightning = mentioned and "lightning_whisper_mlx" in text  # not a fork's own class
        cpp = (
            mentioned and not whisper and not openai and WHISPER_CPP_NAMED.search(text) is not None
        )
        own = "load_dataset" in text and any(
            m.group(1).split(".")[0] != "datasets" for m in _LOAD_DATASET_FROM.finditer(text)
        )
        return cls(
            ollama_names(text),
            mlx_loaders(text),
            whisper,
            openai and not whisper,
            lightning,
            cpp,
            own,
        )

    @property
    def hub_backend(self) -> bool:
        """A Whisper backend that fetches its sizes from the Hub is in use."""
        return self.whisper or self.lightning or self.whisper_cpp

    def backend_sizes(self) -> dict[str, str] | None:
        """The repositories of the Whisper sizes the file's Hub Whisper backend downloads
        (lightning-whisper-mlx's or faster-whisper's), or None where it uses none."""
        if self.lightning:
            return LIGHTNING_WHISPER
        if self.whisper_cpp:
            return WHISPER_CPP
        return FASTER_WHISPER if self.whisper else None

    def whisper_sizes(self, name: str) -> dict[str, str] | None:
        """The Whisper size names (`"large-v3"`) a value under `name` may be: faster-whisper's
        repos where a Hub Whisper backend is in use; the original checkpoints' repos where only
        the name says Whisper (`WHISPER_MODEL`) and the file does not load openai-whisper's own
        copies from OpenAI's CDN; lightning-whisper-mlx's where that is the backend."""
        backend = self.backend_sizes()
        if backend is not None:
            return backend
        named = "whisper" in keys.tokens(name)
        return WHISPER_SIZES if named and not self.openai_whisper else None


@dataclass(frozen=True)
class Target:
    """An argument expression that names something, how to read it, and its revision."""

    expr: ast.expr
    kind: Kind = "model"
    revision: ast.expr | None = None
    strict: bool = False  # only `org/name` ids (generic keyword matches)
    single: bool = False  # a dataset loader's own argument: `squad`, `rotten_tomatoes` too
    aliases: dict[str, str] | None = None  # a library's short names for Hub repos
    hub: bool = False  # read by a Hub loader: `predibase/x` is an organization, not a provider
    prefix: str = ""  # what the library reads before an id (Gradio's `models/org/name`)


def _name(node: ast.Call) -> tuple[str, str]:
    """(callee, receiver): `peft.PeftModel.from_pretrained` -> ("from_pretrained", "PeftModel")."""
    func = node.func
    if isinstance(func, ast.Attribute):
        value = func.value
        receiver = ""
        if isinstance(value, ast.Name):
            receiver = value.id
        elif isinstance(value, ast.Attribute):
            receiver = value.attr
        elif isinstance(value, ast.Call):
            receiver = _name(value)[0]
        return func.attr, receiver
    if isinstance(func, ast.Name):
        return func.id, ""
    return "", ""


#: Other libraries' names for `from_pretrained`'s repository argument (model2vec's `path=`).
_FROM_PRETRAINED_KW = ("model_id", "repo_id", "model_name_or_path", "model_name", "path")


def _arg(node: ast.Call, index: int, *names: str) -> ast.expr | None:
    found = kwarg(node, *names)
    if found is not None:
        return found
    plain = [a for a in node.args if not isinstance(a, ast.Starred)]
    return plain[index] if len(plain) > index else None


def _repo_kind(node: ast.Call) -> Kind | None:
    kind = kwarg(node, "repo_type")
    if isinstance(kind, ast.Constant) and kind.value == "dataset":
        return "dataset"
    if isinstance(kind, ast.Constant) and kind.value == "space":
        return None
    return "model"


def loads_from_hub(node: ast.Call) -> bool:
    """Gradio's `load(name, src=...)` reads the Hub's models: with no `src` or `src="models"`;
    not `src="spaces"` (a Space's app) nor another provider's registry
    (`src=nvidia_gradio.registry`, whose names are its API's)."""
    source = kwarg(node, "src")
    return source is None or (isinstance(source, ast.Constant) and source.value == "models")


def _gradio_load(node: ast.Call, expr: ast.expr | None, revision: ast.expr | None) -> list[Target]:
    """Gradio's `load(name)` of a Hub model, whose `models/org/name` is the Hub's `org/name`."""
    if expr is None or not loads_from_hub(node):
        return []
    return [Target(expr, revision=revision, prefix="models/")]


_PRETRAINED_LOADERS = frozenset({"from_single_file", "from_quantized", "get_pretrained"})


def _encoder_decoder(node: ast.Call) -> list[Target]:
    """`from_encoder_decoder_pretrained("org/encoder", "org/decoder")`: both are models."""
    pair = [
        _arg(node, 0, "encoder_pretrained_model_name_or_path"),
        _arg(node, 1, "decoder_pretrained_model_name_or_path"),
    ]
    return [Target(e, hub=True) for e in pair if e is not None]


def _ollama_class_model(node: ast.Call) -> list[Target]:
    """A class of Ollama's given its model first (`OllamaChat("llama2")`, after its owner:
    `OllamaInlineCompletionModel(self, "codestral", ...)`): an Ollama name in a file about
    Ollama, a Hub id, or neither (its server's address)."""
    strings = (a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    first = next(strings, None)
    return [] if first is None else [Target(first, "model", strict=True)]


def _loader(node: ast.Call, name: str, receiver: str, imports: Imports) -> list[Target]:
    revision = kwarg(node, "revision")
    expr: ast.expr | None = None
    kind: Kind | None = "model"
    # audiocraft's loader too: `MusicGen.get_pretrained("facebook/musicgen-melody")`
    if name.endswith("from_pretrained") or name in _PRETRAINED_LOADERS:
        index = 1 if receiver.startswith(("PeftModel", "PeftMixedModel")) else 0
        expr = _arg(node, index, "pretrained_model_name_or_path", *_FROM_PRETRAINED_KW)
    elif name in ("get_model", "get_async_model") and receiver in ("llm", "mteb"):
        expr = _arg(node, 0, "model_id", "name", "model_name")  # `llm`; mteb's `get_model`
    elif name == "from_model_id":  # LangChain `HuggingFacePipeline.from_model_id("gpt2", ...)`
        expr = _arg(node, 0, "model_id")
    elif name == "pipeline":
        expr = _arg(node, 1, "model")
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Constant) and "/" in str(first.value):
            expr = first  # lmdeploy `pipeline("org/name")`: a task never has a `/`
    elif name in _HUB_CALLS:
        expr, kind = _arg(node, 0, "repo_id"), _repo_kind(node)
    elif name in _DATASET_CALLS:
        expr, kind = _arg(node, 0, "path", "repo_id"), "dataset"
    elif name in _ADAPTER_LOADERS:
        expr = _arg(node, 0, "pretrained_model_name_or_path_or_dict", "peft_model_id")
    elif name in _ENCODERS or name in _SHORT_NAMED or name == "from_finetuned":
        expr = _arg(node, 0, "model_name_or_path", "model_name", "model", "model_name_or_model")
    elif name == "load" and (receiver in _MLX or (not receiver and name in imports.mlx)):
        expr = _arg(node, 0, "path_or_hf_repo")
    elif name in _MODEL_CTORS:
        expr = _arg(node, 0, "model")
    elif name in _HAPPY:
        expr = _arg(node, 1, "model_name")
    elif name in ("from_hparams", "foreign_class"):  # SpeechBrain: `source=` is a Hub repo
        expr = _arg(node, 0, "source")
    elif (name == "load" and receiver in _GRADIO) or (name in _OUTLINES and receiver == "models"):
        expr = _arg(node, 0, "name", "model_name")
        if name == "load":
            return _gradio_load(node, expr, revision)
    elif (sizes := _whisper_sizes(name, receiver, imports)) is not None:
        expr = _arg(node, 0, "model_size_or_path", "whisper_arch", "model", "model_identifier")
        return [] if expr is None else [Target(expr, aliases=sizes)]
    elif name == "create" and (receiver == "ollama" or imports.ollama & {name, receiver}):
        expr, kind = kwarg(node, "from_"), "ollama"  # the base of the model it builds
    elif (
        "Ollama" in name
        or receiver == "ollama"
        or imports.ollama & {name, receiver}
        or name == "from_ollama"  # a constructor from Ollama's model: `from_ollama("gemma4")`
    ):
        # `ollama.generate("mistral", p)`
        index = 0 if name in OLLAMA_MODEL_FIRST or name == "from_ollama" else 99
        expr, kind = _arg(node, index, "model", "id", "model_name"), "ollama"  # agno: `id=`
        if expr is None and name[:1].isupper() and "Ollama" in name:
            return _ollama_class_model(node)
    elif name.startswith("HuggingFace"):
        expr, kind = _huggingface_class(node, name)
    if expr is None or kind is None:
        return []
    local = kwarg(node, "data_files", "data_dir") is not None
    single = name in _DATASET_CALLS and not local  # `load_dataset("json", data_files=...)`
    # `from pytextad.datasets import load_dataset`: its names are the package's own datasets
    single = single and not (name == "load_dataset" and imports.own_load_dataset)
    hub = name.endswith("from_pretrained") or name in _HUB_CALLS | _ADAPTER_LOADERS | _ENCODERS
    hub = hub or name in _HAPPY  # each class calls `from_pretrained` with the name
    return [
        Target(expr, kind, revision, single=single, hub=hub, aliases=_short_names(name, receiver))
    ]


def _short_names(name: str, receiver: str) -> dict[str, str] | None:
    """The short names a loader maps to Hub repos: audiocraft's `MusicGen.get_pretrained("small")`
    (imported under any alias: `_MusicGen`), wtpsplit's `SaT("sat-3l-sm")`, `Evo2("evo2_7b")`."""
    if name in _SHORT_NAMED:
        return _SHORT_NAMED[name]
    return MUSICGEN_SIZES if receiver.lstrip("_").startswith("MusicGen") else None


def _huggingface_class(node: ast.Call, name: str) -> tuple[ast.expr | None, Kind]:
    """What a `HuggingFace...` class is given: a data loader its dataset (LangChain's
    `HuggingFaceDatasetLoader(path="org/x")`, agml's `HuggingFaceDataLoader("org/x")`), agno's
    model classes their `id=`."""
    if "Data" in name:
        return _arg(node, 0, "path", "dataset_name", "repo_id"), "dataset"
    return kwarg(node, "id"), "model"


def _whisper_sizes(name: str, receiver: str, imports: Imports) -> dict[str, str] | None:
    """The size names a Whisper loader maps to Hub repos: faster-whisper's `WhisperModel`
    (and whisperx's and WhisperS2T's `load_model`) a size name or a Hub id; lightning-whisper-mlx's
    `LightningWhisperMLX` a size it maps to MLX weights."""
    if name == "WhisperModel" or (name == "load_model" and receiver in ("whisperx", "whisper_s2t")):
        return FASTER_WHISPER  # WhisperS2T's CTranslate2 backend loads faster-whisper's too
    return LIGHTNING_WHISPER if name == "LightningWhisperMLX" and imports.lightning else None


def flag_help(node: ast.Call) -> ast.Constant | None:
    """The help text of a model flag (`add_argument("--repo_id", help="Repo ID like
    'org/name'")`): the ids it gives as examples are references too."""
    name, receiver = _name(node)
    if not (_declares_flag(name, receiver) or name == "Option"):  # typer's `Option(None, "-t")`
        return None
    help_text = kwarg(node, "help")
    if not (isinstance(help_text, ast.Constant) and isinstance(help_text.value, str)):
        return None
    flags = [f.lstrip("-") for f in _string_args(node)]
    if any(_names_repo(f) for f in flags):
        return help_text
    if any(keys.role(f) == "output" for f in flags):
        return None  # `--hub_model_id`, help="The model id to push to (e.g. user/x)"
    # `--vae` with `help="VAE model id (e.g. stabilityai/sdxl-vae) or local path."`
    return help_text if _SAYS_MODEL_ID.search(help_text.value) else None


def field_help(stmt: ast.stmt) -> ast.Constant | None:
    """The help text of a dataclass field named for a model (`encoder: str =
    field(metadata={"help": 'For example, "BAAI/bge-m3"'})`, HfArgumentParser's arguments), or
    the description of a pydantic one (`model: str = Field(description="... e.g. org/name")`)."""
    if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
        return None
    call = stmt.value
    if not (isinstance(call, ast.Call) and _name(call)[0] in ("field", "Field")):
        return None
    described = kwarg(call, "description")
    if isinstance(described, ast.Constant) and isinstance(described.value, str):
        # `name: str = Field(description="Hugging Face Hub id (e.g. 'org/x') or a local path")`
        hub = _SAYS_HUB_ID.search(described.value) is not None
        return described if hub or _names_repo(stmt.target.id) else None
    metadata = kwarg(call, "metadata")
    if not isinstance(metadata, ast.Dict) or not _names_repo(stmt.target.id):
        return None
    for key, value in zip(metadata.keys, metadata.values, strict=True):
        helped = isinstance(key, ast.Constant) and key.value == "help"
        if helped and isinstance(value, ast.Constant) and isinstance(value.value, str):
            return value
    return None


#: A help text that says its flag takes a repository's id (`"VAE model id (e.g. org/x)"`).
_SAYS_MODEL_ID = re.compile(SAYS_MODEL_ID)
#: A description that says its field holds a Hub repository's id.
_SAYS_HUB_ID = re.compile(r"\b(?:Hugging ?Face|HF)(?: Hub)? (?:model )?(?:id|ID|repo)", re.I)


#: traitlets' string traits: their first argument is the default of a configurable setting.
_TRAITS = frozenset({"Unicode", "CUnicode"})


def _trait_default(node: ast.Call) -> list[Target]:
    """The default of a string trait whose help says it is a model (`default_model =
    Unicode("llama2", help="Default model to use for Ollama requests.", config=True)`)."""
    said = kwarg(node, "help")
    about = isinstance(said, ast.Constant) and "model" in str(said.value).lower()
    return [Target(node.args[0])] if about and node.args else []


def _declares_flag(name: str, receiver: str) -> bool:
    """`parser.add_argument(...)`, `@click.option(...)` or pytest's `parser.addoption(...)`: a
    command-line flag's declaration."""
    return name in ("add_argument", "addoption") or (name == "option" and receiver == "click")


def _string_args(node: ast.Call) -> list[str]:
    return [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]


def _names_repo(flag: str) -> bool:
    """`--model-name`, `--repo_id`: a flag whose value is a model repository."""
    return keys.role(flag) == "model" or keys.tokens(flag) in (("repo", "id"), ("repo",))


def _flag_default(node: ast.Call, imports: Imports) -> list[Target]:
    """`parser.add_argument("--model-id", default="org/name")`, `@click.option("--model",
    default="org/name")`: clearly a model id, and so are a model flag's `choices`. Where the
    file uses faster-whisper or a tool built on it, or the flag is named for Whisper, they may
    be size names (`"base"`; see `Imports.whisper_sizes`)."""
    flags = _string_args(node)
    dest = kwarg(node, "dest")
    name = dest.value if isinstance(dest, ast.Constant) and isinstance(dest.value, str) else None
    long = [f for f in flags if f.startswith("--")]
    name = name or (long[0] if long else flags[0] if flags else "")
    default = kwarg(node, "default")
    role = keys.role(name.lstrip("-"))
    if role not in ("model", "dataset") and long:  # `--model` kept as `dest="model_size"`
        role = keys.role(long[0].lstrip("-"))
    choices = kwarg(node, "choices") if role == "model" else None
    offered = [*(choices.elts if isinstance(choices, (ast.List, ast.Tuple)) else [])]
    given = [default] if default is not None and role in ("model", "dataset") else []
    kind: Kind = "model" if role == "model" else "dataset"
    sizes = imports.whisper_sizes(name.lstrip("-")) if role == "model" else None
    return [Target(value, kind, strict=True, aliases=sizes) for value in [*given, *offered]]


_GETTER_WORDS = frozenset({"get", "getenv", "env", "setting", "config", "cfg"})


def _env_default(node: ast.Call, name: str, imports: Imports, *, getter: bool) -> list[Target]:
    """`os.getenv("MODEL_ID", "org/name")`: clearly a model id (`os.getenv("WHISPER_MODEL",
    "base")`: a Whisper size); so is the default a project's own settings `getter` is given
    (`_get("APP_EMBED_MODEL", "nomic-embed-text")`)."""
    func = node.func
    is_env = getter or name == "getenv"
    is_env = is_env or (
        name in ("get", "setdefault")
        and isinstance(func, ast.Attribute)
        and "environ" in ast.dump(func.value)
    )
    if not is_env or not node.args or not isinstance(node.args[0], ast.Constant):
        return []
    default = node.args[1] if len(node.args) > 1 else kwarg(node, "default")
    role = keys.role(str(node.args[0].value))
    if default is None or role not in ("model", "dataset"):
        return []
    sizes = imports.whisper_sizes(str(node.args[0].value)) if role == "model" else None
    return [Target(default, "model" if role == "model" else "dataset", strict=True, aliases=sizes)]


def _typed_dict(node: ast.Call) -> list[Target]:
    """mmengine / xtuner configs: `dict(type=load_dataset, path="org/name")`,
    `dict(type=AutoModelForCausalLM.from_pretrained, pretrained_model_name_or_path=...)`."""
    kind = kwarg(node, "type")
    called = kind.attr if isinstance(kind, ast.Attribute) else getattr(kind, "id", "")
    out: list[Target] = []
    for keyword in node.keywords:
        if keyword.arg in ("path", "repo_id") and called in _DATASET_CALLS:
            out.append(Target(keyword.value, "dataset", strict=True))
        elif keyword.arg in _EXPLICIT_KW or keys.role(keyword.arg or "") == "model":
            out.append(Target(keyword.value, "model", strict=True))
    return out


def _hosted(node: ast.Call) -> bool:
    """The call configures a hosted API (`provider="Google"`, a public `base_url`): the model
    names given to it are the API's own."""
    literal = {
        k.arg.lower(): k.value.value
        for k in node.keywords
        if k.arg is not None
        and isinstance(k.value, ast.Constant)
        and isinstance(k.value.value, str)
    }
    return bool(literal.keys() & _HOSTED_KEYS) and hosted_api(literal)


#: Routers whose model names are their own lower-case slugs (`baai/bge-m3`), whatever the Hub
#: spells alike.
_ROUTERS = frozenset({"openrouter"})


def routed(node: ast.Call) -> bool:
    """The call configures a router's model (`name=ModelProviderName.openrouter`,
    `provider="openrouter"`, a row `ModelInfo("qwen/qwen3-coder-next", "openrouter", ...)`): the
    ids given to it are the router's slugs, no Hub repository."""
    for arg in node.args:
        if isinstance(arg, ast.Constant) and str(arg.value).lower() in _ROUTERS:
            return True
    for keyword in node.keywords:
        value = keyword.value
        if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
            provider = value.attr if "Provider" in value.value.id else ""
        elif keyword.arg == "provider" and isinstance(value, ast.Constant):
            provider = str(value.value)
        else:
            continue
        if provider.lower() in _ROUTERS:
            return True
    return False


def _names_model(callee: str, arg: str, role: keys.Role) -> bool:
    """`HuggingFaceEncoder(name=...)`, `Model(path=..., onnx_path=...)`: a field of a class that
    describes or wraps a model."""
    if arg == "name" and callee.endswith(MODEL_CLASS_SUFFIXES):
        return True
    described = callee.endswith("Model") or callee in _MODEL_DESCRIPTORS
    if not described or role in ("output", "none", "dataset"):  # `ModelSpec(name="x")` too
        return False
    toks = keys.tokens(arg)
    return bool(toks) and toks[-1] in _MODEL_CLASS_FIELDS


def names_dataset(callee: str, arg: str) -> bool:
    """`DatasetConfig(source="org/name")`: where a class that describes a dataset takes it
    from (an `org/name` only); a class that describes data takes one from its repository
    (`LeRobotLiberoDataConfig(repo_id="org/libero")`, `DataSource(hf_repo_id="org/x")`)."""
    toks = keys.tokens(callee)
    if "dataset" in toks:
        return arg in _DATASET_CLASS_FIELDS
    return "data" in toks and arg in _DATA_REPO_FIELDS


_DATA_REPO_FIELDS = frozenset(
    {"repo", "repo_id", "hf_repo_id", "hub_repo_id", "hub_id", "hf_id"}
    | {"hf_path", "hub_path"}  # BirdSet's `DatasetConfig(hf_path="org/x")`: `load_dataset`'s
)
_DATASET_CLASS_FIELDS = _DATA_REPO_FIELDS | {"source", "path"}


def _hub_named_call(node: ast.Call, name: str) -> list[Target]:
    """`make_hf_model_resource("org/name")`, `download_hub_dataset("imdb")`: a function named
    for the Hub and a model or dataset reads its first argument as one; a constructor named
    for the Hub (`Artifact.from_hf("org/name")`), an `org/name` given first."""
    first = node.args[0] if node.args else None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return []
    toks = keys.tokens(name)
    if not _HUB_WORDS.intersection(toks):
        return []
    if "dataset" in toks:
        return [Target(first, "dataset", single=True, hub=True)]
    if toks[0] == "from":  # `pt.Artifact.from_hf("org/name")`: a library's loader from the Hub
        return [Target(first, strict=True)]
    return [Target(first, hub=True)] if _MODEL_WORDS.intersection(toks) else []


def _load_named_call(node: ast.Call, name: str) -> list[Target]:
    """`load_model_and_tokenizer("org/Qwen2.5-0.5B-DPO", use_gpu)`: a project's helper named for
    loading a model (or getting a pretrained one: `get_pretrained_model("org/x")`) reads a
    model-shaped `org/name` (or a known publisher's) given first; not a local path such as
    `"checkpoints/best"`."""
    first = node.args[0] if node.args else None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return []
    toks = keys.tokens(name)
    fetched = "load" in toks or ("get" in toks and "pretrained" in toks)  # stable-audio-tools'
    if not fetched or not _MODEL_WORDS.intersection(toks):
        return []
    value = first.value
    publisher = value.split("/")[0].lower() in PUBLISHERS
    shaped = model_shaped(value) or (publisher and plausible_id(value))
    return [Target(first, strict=True)] if shaped and not value.startswith((".", "/")) else []


def _dataset_named_call(node: ast.Call, name: str) -> list[Target]:
    """`resolve_dataset("renma/ProntoQA", split="test")`: a project's helper named for getting
    a dataset reads the `org/name` given first (not a local path such as `"data/train"`)."""
    first = node.args[0] if node.args else None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return []
    toks = keys.tokens(name)
    if not _DATASET_VERBS.intersection(toks) or toks[-1:] not in (("dataset",), ("datasets",)):
        return []
    value = first.value
    if value.startswith((".", "/", "~")) or not plausible_id(value):
        return []
    return [Target(first, "dataset", strict=True)]


#: Verbs of a helper that gets a dataset (`resolve_dataset`, `fetch_hf_dataset`).
_DATASET_VERBS = frozenset({"load", "resolve", "get", "fetch", "download"})


#: A commit sha, as a revision pins one.
_COMMIT = re.compile(r"[0-9a-f]{40}")


#: The torch.hub entry of transformers (its GitHub repository, under either name).
_TRANSFORMERS_HUB = frozenset({"huggingface/pytorch-transformers", "huggingface/transformers"})


def _torch_hub(node: ast.Call, name: str) -> list[Target]:
    """`torch.hub.load('huggingface/pytorch-transformers', 'model', 'bert-base-cased')`: the
    transformers entry point loads its third argument from the Hub."""
    if name != "load" or len(node.args) < 3:
        return []
    repo = node.args[0]
    if isinstance(repo, ast.Constant) and repo.value in _TRANSFORMERS_HUB:
        return [Target(node.args[2])]
    return []


def pinned_repo(given: ast.expr, sha: ast.expr) -> str | None:
    """The `org/name` of a pair that pins it to a 40-hex commit (`"org/name", "28bb5171..."`),
    or None."""
    repo = given.value if isinstance(given, ast.Constant) else None
    commit = sha.value if isinstance(sha, ast.Constant) else None
    strings = isinstance(repo, str) and isinstance(commit, str)
    if strings and "/" in str(repo) and _COMMIT.fullmatch(str(commit)):
        return str(repo)
    return None


def _pinned(node: ast.Call) -> list[Target]:
    """`ModelPreset("engine/kind", "org/name", "28bb5171...")`: an `org/name` given just before a
    40-hex commit is a Hub repository pinned to a revision, whatever the call is."""
    for given, sha in pairwise(node.args):
        if pinned_repo(given, sha) is not None:
            return [Target(given, revision=sha, strict=True)]
    return []


def _model_from(node: ast.Call, name: str, receiver: str) -> list[Target]:
    """`SegmentationModel.from_pyannote("pyannote/segmentation")`, hezar's
    `Model.load("org/name")`: a class named for a model built from a named source, or loaded,
    takes an `org/name` first; a class named for a dataset loaded so takes a dataset's
    (`Dataset.load("org/name")`); so does a tagger or classifier loaded, and any class built
    `from_model` a name (`Evaluator.from_model("gpt2")`); timm's `create_model` its weights'
    name (`timm.create_model("vit_small_patch14_dinov2.lvd142m")`, the Hub's `timm/...`)."""
    first = node.args[0] if node.args else None
    if name == "create_model" and receiver == "timm" and first is not None:
        return [Target(first)]  # `timm.create_model(arch, pretrained=True)`: what `arch` holds
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return []
    role = keys.role(receiver) if receiver[:1].isupper() else "none"  # a class, not `model.load`
    if receiver.endswith(_LOADED_CLASSES):
        role = "model"  # flair's `SequenceTagger.load("flair/ner-english-fast")`
    if name == "from_model" and receiver[:1].isupper():  # `Evaluator.from_model("gpt2")`
        return [Target(first, hub=True)]
    if role == "model" and (name.startswith("from_") or name == "load"):
        return [Target(first, strict=True)]  # `Embedding.load("org/fasttext-fa-300")` too
    if role == "dataset" and name == "load":
        return [Target(first, "dataset", strict=True)]
    return []


def _typed_model(node: ast.Call, name: str) -> list[Target]:
    """simpletransformers' `NERModel("roberta", "org/ner-roberta-large")`: a class named for a
    model given an architecture's name, then the model's."""
    if not (name[:1].isupper() and name.endswith("Model")) or len(node.args) < 2:
        return []
    kind, given = node.args[0], node.args[1]
    if not (isinstance(kind, ast.Constant) and isinstance(kind.value, str)):
        return []
    if _ARCHITECTURE.fullmatch(kind.value) and isinstance(given, ast.Constant):
        return [Target(given)]
    return []


_ARCHITECTURE = re.compile(ARCHITECTURE)
_LOADED_CLASSES = ("Tagger", "Classifier")
_HUB_WORDS = frozenset({"hf", "hub", "huggingface"})
_MODEL_WORDS = frozenset({"model", "tokenizer", "checkpoint"})


def targets(node: ast.Call, imports: Imports = Imports()) -> list[Target]:
    """Every argument of this call that names a model, dataset or Ollama tag; `imports` holds
    the client functions the file imports by name (`from ollama import chat`)."""
    if not node.args and not node.keywords:  # `model.eval()`: no argument to name anything
        return []
    name, receiver = _name(node)
    if name in _WRITES or _writes(name):
        return []  # `converter.upload_to_hub(repo_id="org/x")`: where the code writes
    if _declares_flag(name, receiver):
        return _flag_default(node, imports)
    # a project's own settings getter: a function (not a method) named for getting a setting
    getter = isinstance(node.func, ast.Name) and bool(_GETTER_WORDS & set(keys.tokens(name)))
    if name in ("getenv", "get", "setdefault"):
        return _env_default(node, name, imports, getter=getter)
    if getter and (defaults := _env_default(node, name, imports, getter=True)):
        return defaults  # not `get_model("org/name")`, the `llm` library's loader
    if name in _TRAITS:  # traitlets' `Unicode("llama2", help="Default model to use ...")`
        return _trait_default(node)
    if name == "dict" and kwarg(node, "type") is not None:
        return _typed_dict(node)
    if name in WIDGETS:
        return [Target(expr, strict=True) for expr in widget_choices(node, name)]
    if name == "from_encoder_decoder_pretrained":  # `VisionEncoderDecoderModel`'s two
        return _encoder_decoder(node)
    found = _loader(node, name, receiver, imports)
    if not found:
        found = (
            _hub_named_call(node, name)
            or _model_from(node, name, receiver)
            or _typed_model(node, name)
            or _load_named_call(node, name)
            or _dataset_named_call(node, name)
            or _pinned(node)
            or _torch_hub(node, name)
        )
    taken = {id(t.expr) for t in found}
    if not found and (_hosted(node) or routed(node)):  # `ChatOpenAI(..., base_url=groq)`
        return []
    if not found and name[:1].isupper() and keys.names_hosted_api(name):
        return []  # `ChatCohere(model="command-r")`, `ChatGroq(...)`: a hosted API's client
    loader_ollama = bool(found) and found[0].kind == "ollama"  # `ChatOllama(...)`
    toks = set(keys.tokens(name))
    for keyword in node.keywords:
        if keyword.arg is None or id(keyword.value) in taken:
            continue
        role = keys.role(keyword.arg)
        named_model = _names_model(name, keyword.arg, role)
        hub = role == "hub" or keyword.arg == "repo_id"
        if hub and ("task" in keys.tokens(name) or names_dataset(name, keyword.arg)):
            # `LightevalTaskConfig(hf_repo=...)`, `DataSource(hf_repo_id=...)`: its dataset
            found.append(Target(keyword.value, "dataset", strict=True))
        elif keyword.arg in _EXPLICIT_KW or role in ("model", "hub") or named_model:
            ollama = loader_ollama or "ollama" in keys.tokens(keyword.arg)
            kind: Kind = "ollama" if ollama else "model"  # `ollama_model="qwen3"`
            # a legacy name too under any model keyword but a bare `model=` (`teacher_model=
            # "bert-base-uncased"`, `model_id="gpt2"`), and under `model=` beside a Hub loader's
            # model; a bare `model="gpt2"` elsewhere may name a tokenizer's encoding
            # (`count_tokens(text, model="gpt2")`)
            strict = keyword.arg == "model" and (not taken or loader_ollama)
            found.append(Target(keyword.value, kind, kwarg(node, "revision"), strict=strict))
        elif keyword.arg in REPO_KEYS and (_weights_file(node) or _MODEL_WORDS & toks):
            # `Preset(repo="org/x", filename="x.gguf")`, `ModelSpec(key=..., repo="org/x")`
            found.append(Target(keyword.value, strict=True))
        elif role == "dataset" or names_dataset(name, keyword.arg):
            found.append(Target(keyword.value, "dataset", strict=True))
    return found


#: Keywords that give a repository (`repo_id` is an explicit model keyword already), and a file
#: of weights the call takes from it.
REPO_KEYS = frozenset({"repo", "repository"})
_WEIGHTS = (".gguf", ".safetensors", ".bin", ".onnx", ".pt", ".pth", ".ckpt", ".pkl")


def _weights_file(node: ast.Call) -> bool:
    """The call names a file of weights (`ModelPreset(repo=..., filename="x.Q4_K_M.gguf")`):
    its repository is a model's, on the Hub as `hf_hub_download` takes it."""
    return weights_file(kwarg(node, "filename", "file_name", "gguf_file", "weights_file"))


def weights_file(given: ast.expr | None) -> bool:
    """A string naming a file of weights (`"rawi_v2.onnx"`, `"x.Q4_K_M.gguf"`)."""
    text = given.value if isinstance(given, ast.Constant) else None
    return isinstance(text, str) and text.lower().endswith(_WEIGHTS)
