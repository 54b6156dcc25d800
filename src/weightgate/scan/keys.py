"""What a configuration key says about its value: a model, a dataset, an output, or nothing."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from weightgate.scan.shortnames import WORDLESS_LEGACY_IDS

Role = Literal["model", "dataset", "hub", "output", "generic", "none", "unknown"]

_MODEL_TOKS = frozenset(
    {"model", "models", "tokenizer", "tokenizers", "processor", "adapter", "adapters", "llm"}
    | {"vlm", "vlms"}  # a vision-language model (`SCIPUB2MD_VLM_ID`)
    | {"lm"}  # `--default_lm roberta-base`: a language model
    | {"preprocessor", "preprocessors"}  # hezar's `preprocessor="org/name"`: a tokenizer's repo
    | {"classifier", "classifiers"}  # `class HarmBenchClassifier(Enum)`, `TEXT_CLASSIFIER_NAME`
    | {"reranker", "rerankers", "embedder", "embedders", "embedding", "embeddings"}
    | {"embed"}  # `OLLAMA_EMBED=nomic-embed-text`: the embedding model
    | {"lora", "loras", "peft"}
    | {"vae", "unet", "controlnet", "controlnets", "encoder", "decoder"}  # diffusion parts
    | {"backbone", "backbones"}  # `backbone: intfloat/multilingual-e5-small`
    | {"codec", "codecs", "vocoder", "vocoders"}  # speech models' parts: `codec_repo="org/x"`
    | {"pretrained"}  # a test's `pretrained_name = "org/name"`
    | {"transformer"}  # `sentence_transformer_name: all-MiniLM-L6-v2`, a diffusers component
)
_ID_TAIL = frozenset(
    {
        "id",
        "ids",
        "name",
        "names",
        "path",
        "paths",
        "or",
        "url",
        "uri",
        "repo",
        "repos",
        "repository",
        "source",
        "ref",
        "config",
        "checkpoint",
        "ckpt",  # `--model_ckpt org/name`
        "list",
        "weights",
        "hub",  # `tokenizer_hub="org/name"`
        "options",  # `model_selector_options = ["mistral", "llama2:7b"]`: choices of models
        "choices",
    }
)
#: Keys that take their meaning from their parent (`"ollama.model": {"default": "llama3"}`).
_GENERIC = frozenset(
    {"id", "name", "path", "repo", "repository", "uri", "url", "source", "default", "value"}
)
#: Words that, in a key ending in `_repo` / `_id` / `_name`, say it names weights: a converted
#: model's formats (anywhere before the tail: `SURYA_GGUF_REPO`), and, first, the model it was
#: converted from (`original_repo`).
_WEIGHT_FORMATS = frozenset(
    {"mlx", "gguf", "ggml", "onnx", "awq", "gptq", "exl2", "ct2"}
    | {"fp32", "fp16", "bf16", "int8", "int4"}  # a precision's copy: `FP32_REPO = "org/x"`
)
_WEIGHTS_HEAD = _WEIGHT_FORMATS | {"quantized", "original"}
_DATASET_TOKS = frozenset({"dataset", "datasets"})
_OUTPUT_TOKS = frozenset({"output", "outputs", "push", "export", "upload", "destination", "dest"})
_OUTPUT_HEAD = frozenset({"hub", "save", "saved", "target", "new", "merged", "result"})
_NOT_ID = frozenset(
    {
        "served",
        "alias",
        "aliases",
        "image",
        "images",
        "registry",
        "container",
        "docker",
        "display",
        "label",
        "labels",
        "input",  # `model_input_names`: tensor names, not model names
        "inputs",
    }
)
_NOT_ID_TAIL = frozenset(
    {
        "type",
        "types",
        "kwargs",
        "args",
        "cfg",
        "dtype",
        "max",
        "length",
        "len",
        "size",
        "class",
        "cls",
        "family",
        "format",
        "provider",
        "backend",
        "dir",
        "dirs",
        "directory",
        "file",
        "files",
        "filename",
        "revision",
        "version",
        "temperature",
        "count",
        "num",
        "cache",
        "template",
        "kind",
        "task",
        "parameters",
        "params",
        "card",
        "index",
        "key",
        "port",
        "host",
        "endpoint",
        "description",
        "title",
        "prompt",
        "tag",
        "tags",
    }
)
#: Keys whose children are arbitrary names mapping to ids (`model_repo_ids: {deepseek: ...}`).
_CONTAINER_TAIL = frozenset(
    {"models", "ids", "repos", "names", "adapters", "list", "map", "paths", "datasets", "mixer"}
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@lru_cache(maxsize=4096)
def tokens(key: str) -> tuple[str, ...]:
    """`modelURL` -> (model, url); `HF_MODEL_ID` -> (hf, model, id); `teacher-model` -> ..."""
    spaced = _HUGGING_FACE.sub("huggingface", _CAMEL.sub("_", key.strip()).lower())
    return tuple(w for t in re.split(r"[^A-Za-z0-9]+", spaced) if t for w in _glued(t))


#: A word glued to a model word (`qamodelname`, `hfmodel`): read as the words it joins.
_GLUED = re.compile(r"(?P<h>[a-z]{2,}?)?(?P<m>models?)(?P<t>name|id|path)?")


def _glued(token: str) -> tuple[str, ...]:
    """`qamodelname` -> (qa, model, name); not `findmodels`, a verb's phrase."""
    match = _GLUED.fullmatch(token) if "model" in token and len(token) > 6 else None
    if match is None or not (match.group("t") or len(match.group("h") or "") <= 3):
        return (token,)
    return tuple(w for w in match.group("h", "m", "t") if w)


#: `huggingFaceRepo`, `HUGGING_FACE_MODEL`: one word, as `huggingface` is.
_HUGGING_FACE = re.compile(r"hugging[^a-z0-9]*face")


#: Not-an-id words that, before a model word, describe the model instead: `image_model_id` (an
#: image model, not a container image), `input_model_name` (the model a step reads).
_DESCRIBE_A_MODEL = frozenset({"image", "images", "input", "inputs"})


_CREDENTIAL = frozenset({"key", "token", "secret", "password", "credentials", "auth"})
#: Hosted APIs whose model names are their own (`BEDROCK_MODEL=qwen.qwen3-32b-v1:0`); not
#: `openai`, whose clients also talk to local servers that load Hub repositories.
_HOSTED_API = frozenset(
    {"bedrock", "vertex", "gemini", "anthropic", "claude", "azure", "openrouter", "groq"}
    | {"cohere", "perplexity", "fireworks", "deepinfra", "replicate", "watsonx"}
)


def _unnumbered(token: str) -> str:
    """`model1` of `MODEL1_NAME` is `model`: a numbered model word is still a model word."""
    word = token.rstrip("0123456789")
    return word if word != token and word in _MODEL_TOKS | _DATASET_TOKS else token


def _before_model(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens a not-an-id word is looked for in: all of them, except the words of
    `_DESCRIBE_A_MODEL` before the last model or dataset word (`input_dataset_name`)."""
    models = [i for i, t in enumerate(toks) if t in _MODEL_TOKS or t in _DATASET_TOKS]
    if not models:
        return toks
    last_model = models[-1]
    return tuple(t for i, t in enumerate(toks) if not (t in _DESCRIBE_A_MODEL and i < last_model))


#: Every token a role rule knows; others at the end of a key qualify it (`EMBEDDING_MODEL_ML`,
#: `DEFAULT_ALIGN_MODELS_HF`, `MODEL_2`).
_KNOWN = (
    (_MODEL_TOKS | _ID_TAIL | _GENERIC | _DATASET_TOKS | _OUTPUT_TOKS | _OUTPUT_HEAD | _NOT_ID)
    | _NOT_ID_TAIL
    | _CONTAINER_TAIL
    | {"hf", "huggingface"}
    | _WEIGHTS_HEAD
)
#: Keys that are a model's role on their own (distillation's, RLHF's, speculative decoding's).
_ROLE_WORDS = frozenset(
    (word,)
    for word in ("teacher", "student", "reward", "critic", "judge", "checkpoint", "drafter", "prm")
)  # `prm`: a process reward model
#: Keys for another hub's copy of a model (dnallm's `"modelscope": [...]` beside
#: `"huggingface": [...]`): its ids are that hub's, not the Hugging Face Hub's.
OTHER_HUBS = frozenset({"modelscope", "ms", "modelers", "openmind"})
#: Keys for the Hugging Face Hub's copy, beside which `"ms"` is ModelScope's.
_HF_KEYS = frozenset({"hf", "huggingface", "hugging_face", "hf_hub"})


def names_other_hub(key: str) -> bool:
    """A key for another hub's repository (`repo_ms`, `modelscope_repo`, `ms_model_id`): `ms`
    beside a repository's word is ModelScope."""
    lowered = key.lower()
    if not any(word in lowered for word in OTHER_HUBS):
        return False  # no tokenizing for the many keys that cannot be one
    toks = tokens(key)
    if len(toks) < 2:
        return False
    return not OTHER_HUBS.isdisjoint(toks) and not {"repo", "id", "model", "path"}.isdisjoint(toks)


def other_hubs(names: set[str]) -> frozenset[str]:
    """Which of a mapping's keys (`names`, lower case) name another hub's copy of a model:
    `"ms"` only beside a Hugging Face key (elsewhere it is Malay's language code)."""
    return OTHER_HUBS if names & _HF_KEYS else OTHER_HUBS - {"ms"}


#: Heads that say "output" only when a model word follows (`target_model`, `new_repo_id`), not
#: a task's name (`target_extraction_model`: the model that extracts targets).
_TASK_HEADS = frozenset({"target", "new", "result"})


def _output_head(toks: tuple[str, ...]) -> bool:
    """The key starts with a word for what a program writes (`hub_model_id`, `save_repo`)."""
    if len(toks) < 2 or toks[0] not in _OUTPUT_HEAD:
        return False
    if toks[0] == "target" and toks[1] in _MODEL_TOKS:
        return False  # speculative decoding's, an attack's, a conversion's model: one read
    return toks[0] not in _TASK_HEADS or toks[1] in _MODEL_TOKS | _ID_TAIL | _WEIGHT_FORMATS


def says_output(key: str) -> bool:
    """The key itself says it is written to (`upload_repo`, `output_model`, `push_to`), not
    only by a word that may be either (`HUB_REPO`, `target_model`)."""
    return not _OUTPUT_TOKS.isdisjoint(tokens(key))


_QUALIFIERS = frozenset(
    {"hf", "torch", "pt", "tf", "onnx", "gpu", "cpu", "local", "default"}
    # which of a setting's models: `OLLAMA_API_MODEL_PRIMARY`, `LLM_MODEL_FALLBACK`
    | {"primary", "secondary", "fallback", "backup", "main", "alt", "alternate", "preferred"}
)


def _unqualified(toks: tuple[str, ...]) -> tuple[str, ...]:
    """`(embedding, model, ml)` -> `(embedding, model)`: short or qualifying tokens after the
    last model word are dropped."""
    if not any(t in _MODEL_TOKS for t in toks[:-1]):
        return toks
    while len(toks) > 1 and toks[-1] not in _MODEL_TOKS:
        last = toks[-1]
        if last in _QUALIFIERS or (last not in _KNOWN and (len(last) <= 2 or last.isdigit())):
            toks = toks[:-1]
        else:
            break
    return toks


#: Keys of a model's metadata whose values name a kind of model, not a model:
#: `{"org/name": {"family": "gpt2", "architecture": "llama"}}`.
DESCRIPTIVE = frozenset(
    {"family", "type", "model_type", "architecture", "architectures", "arch", "task"}
    | {"pipeline_tag", "license", "library", "library_name", "framework", "format", "dtype"}
    | {"quantization", "family_name"}
    | {"tier", "category"}  # `{"name": "qwen3.5:cloud", "tier": "fast"}`: a model's class
)


#: Keys of a training run's settings whose values name a measurement (`"monitor":
#: "val/rec_loss"` inside a model's config), never a model.
MEASURES = frozenset({"monitor", "metric", "metrics", "metric_for_best_model"})


#: What a model named `model_to_<verb>` is for when it is written, not read (`model_to_save`).
_DONE_WITH = _OUTPUT_TOKS | {"save", "hub"}


def _hub_copy(toks: tuple[str, ...]) -> bool:
    """`vlm_root_hf = "org/x"` beside `vlm_root_ms`: the Hub's copy of a model; levanter's
    `initialize_from_hf`: what a run starts from (not `_SECEVAL_HF`, a benchmark's dataset, nor
    `use_hf`, `token_hf`)."""
    if toks[-1:] != ("hf",) or not (_CREDENTIAL | {"use", "is"}).isdisjoint(toks):
        return False
    return not _MODEL_TOKS.isdisjoint(toks[:-1]) or toks[-2:-1] == ("from",)


@lru_cache(maxsize=4096)
def role(key: str) -> Role:
    """The role a key gives its value."""
    written = tuple(_unnumbered(t) for t in tokens(key))
    toks = _unqualified(written)
    found = _role(toks)
    if found == "unknown" and _hub_copy(written):
        return "hub"
    if found == "unknown" and "to" in toks[1:]:  # `modelsToTry`, `datasets_to_load`
        head = _role(toks[: toks.index("to", 1)])
        done = set(toks[toks.index("to", 1) :])
        return "output" if head in ("model", "dataset") and done & _DONE_WITH else head
    link = next((t for t in toks[1:] if t in _FOR_WORDS), None)
    keyed_by = link in ("by", "per")  # not `_CHECKPOINT_FOR_DOC`: made for the docs
    if found == "unknown" and keyed_by and _role(toks[: toks.index(str(link), 1)]) == "model":
        return "model"  # `MODELS_BY_LANG = {"en": "org/x"}`: models, keyed by a language
    if found in ("model", "dataset") and link is not None:
        # `parser_args_for_model`: made for a model; `target_modules_by_model`: keyed by one
        head = _role(toks[: toks.index(link, 1)])
        return found if head in ("model", "dataset", "hub") else head
    return found


#: Model families whose "version" is a checkpoint's id (`bert_version`, `t5_version`).
_FAMILY_TOKS = frozenset(
    {"t5", "mt5", "bert", "roberta", "gpt2", "bart", "deberta", "electra", "xlnet", "albert"}
    | {"distilbert", "xlm", "llama", "mbart", "pegasus", "longformer"}
)
#: Words for data in a repository's key (`DATA_REPO`): a dataset's repository.
_DATA_WORDS = frozenset({"data", "datafile", "datafiles", "corpus"})
#: Words after which a key's model word says what its value is for or keyed by, not what it is.
_FOR_WORDS = frozenset({"for", "by", "per"})


def _role(toks: tuple[str, ...]) -> Role:
    if not toks:
        return "unknown"
    last = toks[-1]
    if any(t in _OUTPUT_TOKS for t in toks) or _output_head(toks):
        return "output"
    if toks[-2:] == ("model", "version"):
        return "model"  # DiffusionKit's `model_version="argmaxinc/mlx-FLUX.1-schnell"`
    if len(toks) == 2 and toks[1] == "version" and toks[0] in _FAMILY_TOKS:
        return "model"  # RAT-SQL's `t5_version: "google/mt5-large"`: which checkpoint of T5
    if toks[-2:] == ("attn", "implementation"):
        return "model"  # transformers' `attn_implementation="kernels-community/flash-attn2"`
    repository = last in ("repo", "repos", "repository") or toks[-2:] == ("repo", "id")
    if repository and not _DATA_WORDS.isdisjoint(toks) and _MODEL_TOKS.isdisjoint(toks):
        return "dataset"  # `HF_DATA_REPO_ID`, `TOL10M_HF_DATAFILE_REPO`: a dataset's repo
    if "whisper" in toks and last == "size":
        return "model"  # `WHISPER_MODEL_SIZE = "base"`: for Whisper, the size is the model
    if toks == ("model", "base"):
        return "model"  # `--model-base org/gliner_small-v2.1`: the model training starts from
    if toks == ("from", "pretrained"):
        return "model"  # `--from_pretrained "org/name"`: what a fine-tune starts from
    if last in ("pretrain", "pretrained") and "model" in toks[:-1]:
        return "model"  # verl's `model.partial_pretrain=org/name`: the weights training starts from
    if toks[0] == "ollama" and last in ("pull", "pulls"):
        return "model"  # setup-ollama's `ollama_pull: |` with one library name per line
    if toks[0] == "policy" and len(toks) == 2 and last in ("name", "path", "id", "repo"):
        # LeRobot's `--policy.path=lerobot/act_aloha`, `policy_name="org/act_x"`; not a bare
        # `policy: builtin:default`
        return "model"
    if toks == ("init", "from"):
        return "model"  # nanoGPT's `init_from = 'gpt2-xl'` (or `'scratch'`, `'resume'`: no id)
    if toks[-2:] in (("model", "registry"), ("models", "registry")):
        return "model"  # `MODEL_REGISTRY = {"musicgen-small": "org/mlx-musicgen-small"}`
    if toks[-2:] in (("dataset", "registry"), ("datasets", "registry")):
        return "dataset"  # `DATASET_REGISTRY = {"viqp": "org/viqp"}`
    if any(t in _NOT_ID for t in _before_model(toks)) or last in _NOT_ID_TAIL:
        return "none"
    if _HOSTED_API & set(toks):
        return "none"  # `BEDROCK_MODEL`, `GEMINI_MODEL`: a hosted API's name for a model
    if any(t in _DATASET_TOKS for t in toks) or toks[-2:] == ("data", "path"):
        return "dataset"
    if toks[0] == "data" and toks[-3:] == ("name", "or", "path"):
        return "dataset"  # `--data_name_or_path org/corpus`
    if toks[-3:] == ("name", "or", "path"):
        return "model"
    if toks[0] == "pretrained" and len(toks) == 2:
        return "model"  # DeepPavlov's `"pretrained_bert": "{TRANSFORMER}"`
    if last in _MODEL_TOKS or (any(t in _MODEL_TOKS for t in toks) and last in _ID_TAIL):
        return "model"
    if toks in _ROLE_WORDS:  # `reward: {path: org/name}`, `checkpoint: org/name`, `drafter: x`
        return "model"
    if toks[-2:-1] in (("pretrained",), ("base",), ("init",)) and last in ("checkpoint", "ckpt"):
        return "model"  # `PRETRAINED_CKPT=distilbert-base-uncased`
    if toks[-2:-1] in (("checkpoint",), ("ckpt",), ("weights",)) and last in (
        "repo",
        "repository",
        "id",
    ):
        return "model"  # code2lora's `ckpt_repo: org/name`, `WEIGHTS_REPO`: where weights are
    if toks[0] == "default" and (last in ("checkpoint", "ckpt") or toks[-2:] == ("repo", "id")):
        return "model"  # `DEFAULT_CLS_CHECKPOINT = "org/name"`, `DEFAULT_REPO_ID`: what runs
        # when none is given (a repository is a model's, the Hub's default repository type)
    if last == "checkpoint" and len(toks) > 1 and _RUN_STATE.isdisjoint(toks):
        return "model"  # `pose_estimation_checkpoint="org/vitpose-plus-small"`: a task's weights
    prefixed = any(t.startswith(("teacher", "reward", "draft", "ref")) for t in toks)
    if prefixed and last in _ID_TAIL and len(toks) > 1:  # `ref_id`, not a git `ref:`
        return "model"
    if (
        last in _ID_TAIL
        and len(toks) > 1
        and (toks[0] in _WEIGHTS_HEAD or any(t in _WEIGHT_FORMATS for t in toks[:-1]))
    ):
        return "model"  # `mlx-repo: mlx-community/...`, `original_repo`, `SURYA_GGUF_REPO`
    if toks[:1] == ("policy",) and last in ("path", "repo", "id"):
        return "model"  # LeRobot's `--policy.path=lerobot/pi0`: a trained policy's weights
    if toks == ("ollama", "name"):
        return "model"  # `ollama_name="mannix/kimi-k2-instruct:q4_k_m"`: an Ollama model's name
    hf_word = toks[0] in ("hf", "huggingface") or toks[-2:-1] in (("hf",), ("huggingface",))
    if toks == ("hf", "path"):
        return "hub"  # mlx_lm / mlx_audio `convert --hf-path org/name`: the model converted
    if toks in (("huggingface",), ("hf",)):
        return "hub"  # a catalog's `"huggingface": ["org/name"]` beside `"modelscope": [...]`
    if hf_word and last in _ID_TAIL and not _CREDENTIAL & set(toks):
        return "hub"  # `HF_REPO`, `serving_hf_id`; not `HF_KEY_PATH` (where a token is kept)
    if (len(toks) == 1 and last in _GENERIC) or toks in (("repo", "id"), ("model", "id")):
        return "generic"
    return "unknown"


#: Words that make a checkpoint a training run's state (`resume_from_checkpoint`, `best_`).
_RUN_STATE = frozenset({"resume", "last", "best", "latest", "save", "saved", "local", "cur"})


def names_a_variant(key: str, value: str) -> bool:
    """`embedding_model_hf_en_instructor_large = "hkunlp/instructor-large"`: a model word
    followed only by words that say which model (none a word `role` knows, but for qualifiers
    like `hf`), one of them repeated in the value. `role` alone leaves such a name unknown."""
    toks = tokens(key)
    models = [i for i, t in enumerate(toks) if _unnumbered(t) in _MODEL_TOKS]
    rest = toks[models[-1] + 1 :] if models else ()
    free = all(t not in _KNOWN or t in _QUALIFIERS for t in rest)
    lowered = value.lower()
    echoed = any(len(t) > 2 and t not in _QUALIFIERS and t in lowered for t in rest)
    return free and echoed and role(key) == "unknown"


#: The tails of a key for an id but a checkpoint's (`LAST_CKPT`: a run's, not a Hub model).
_RUN_FREE_ID_TAIL = _ID_TAIL - {"checkpoint", "ckpt"}


def holds_legacy_id(key: str, value: str) -> bool:
    """`BERT_PATH: bert-base-uncased`: one of the Hub's legacy names (as the Hub spells them;
    not the word `ctrl`) under a key for an id (`_path`, `_name`, `_id`, or a folder: `_dir`)
    whose words name no role: the value says what the key does not. Not a checkpoint's
    (`LAST_CKPT`): a run's."""
    if value not in WORDLESS_LEGACY_IDS:
        return False
    toks = tokens(key)
    if len(toks) > 1 and toks[-1] == "dir":  # `bert_dir='bert-base-uncased'`, `qa_model_dir`;
        return role("_".join(toks[:-1])) in ("unknown", "model")  # not `output_dir`
    return len(toks) > 1 and toks[-1] in _RUN_FREE_ID_TAIL and role(key) == "unknown"


#: A size or variant word in a model's name (`-base-`, `-large`, `-7b`, `-350m`).
_SIZE_WORD = re.compile(
    r"(?:^|[-_.])(?:base|large|small|tiny|mini|medium|xl|xxl|\d+(?:\.\d+)?[bmBM])(?:$|[-_.])"
)


def names_its_family(key: str, value: str) -> bool:
    """`ALBERT_PATH="twmkn9/albert-base-v2-squad2"`: a key for an id (`_path`, `_name`, `_id`)
    whose words name no role, given an `org/name` whose name starts with the key's first word
    and says a size (`-base-`, `-7b`): the key names the model's family. Not a checkpoint's
    (`LAST_CKPT`): a run's."""
    toks = tokens(key)
    if len(toks) < 2 or toks[-1] not in _RUN_FREE_ID_TAIL or value.count("/") != 1:
        return False
    name = value.split("/")[1].lower()
    head = toks[0]
    sized = len(head) > 2 and name.startswith(head + "-") and _SIZE_WORD.search(name) is not None
    return sized and role(key) == "unknown"


def spells_legacy_id(key: str, value: str) -> bool:
    """`ROBERTA_BASE = "roberta-base"`, `ALBERT_BASE = "albert-base-v2"`: a name that spells
    the start of the legacy Hub id it holds (two words or more); `default_bert =
    "bert-base-multilingual-cased"`: a family's default, by the family's name."""
    if value not in WORDLESS_LEGACY_IDS:
        return False
    toks = tokens(key)
    spelled = value.lower().replace("_", "-")
    if len(toks) == 2 and toks[0] in _DEFAULT_WORDS:  # `default_bert = "bert-base-cased"`
        return spelled.split("-")[0] == toks[1]
    return len(toks) > 1 and spelled.startswith("-".join(toks))


#: Words before a family's name that make a name its default (`default_bert`, `PRETRAINED_T5`).
_DEFAULT_WORDS = frozenset({"default", "pretrained"})


def names_hosted_api(key: str) -> bool:
    """`openrouter`, `groq_settings`: a key named for a hosted API, whose models are its own."""
    return not _HOSTED_API.isdisjoint(tokens(key))


def mapped_from(key: str) -> Role:
    """The role of a mapping's keys from its name: `MODEL_NAME_TO_FAMILY` maps model names (to
    families), whatever the name's own role; `unknown` for a name without `_TO_`."""
    toks = tokens(key)
    return role("_".join(toks[: toks.index("to")])) if "to" in toks[1:] else "unknown"


#: Words after `model` in a table's name that say what it holds for each model, not the
#: model itself (`MODEL_DIMENSIONS`, `modelContextWindows`): its keys are models.
_PER_MODEL = frozenset(
    {"dimensions", "dims", "prefixes", "context", "windows", "limits", "costs", "prices"}
    | {"pricing", "sizes", "defaults", "settings", "capabilities", "info", "metadata", "specs"}
    | {"energy", "memory", "vram", "requirements", "params", "latency"}
)


def keyed_by_model(name: str) -> bool:
    """`MODEL_PREFIXES`, `OLLAMA_MODEL_DIMENSIONS`, `modelContextWindows`, `EMBEDDING_DIMENSIONS`:
    a table of a property of each model, keyed by the model's name."""
    toks = tokens(name)
    return any(t in _KEYED_KINDS and n in _PER_MODEL for t, n in pairwise(toks))


#: Words for a kind of model whose table of a property is keyed by its models' names.
_KEYED_KINDS = ("model", "embedding", "llm")


def is_container(key: str) -> bool:
    """True for keys whose child keys are free names and child values are ids."""
    toks = tokens(key)
    return bool(toks) and toks[-1] in _CONTAINER_TAIL


#: First words of a key, under a model's section, that name the model it comes from.
_LINEAGE = frozenset({("base",), ("upstream",), ("original",), ("parent",), ("pretrained",)})
#: The model a setting picks first, and those it falls back to.
_ROUTING = frozenset({("primary",), ("fallback",), ("fallbacks",)})


def names_model_preference(key: str) -> bool:
    """AnythingLLM's `LLM_MODEL_PREF=mistral`, `EMBEDDING_MODEL_PREF`: the one model a setting
    prefers (a setting's value; a Python tuple so named is a family ranking, no model)."""
    return tokens(key)[-2:] == ("model", "pref")


def effective(own: str | None, parent: str | None, sibling_hub: bool) -> Role:
    """The role of a value from its own key, its parent key and whether a sibling says `hf`."""
    mine = role(own) if own is not None else "generic"
    if mine in ("model", "dataset", "hub", "output", "none"):
        return mine
    if own is not None and names_model_preference(own):
        return "model"
    up = role(parent) if parent is not None else "unknown"
    if mine == "generic":
        if up in ("model", "dataset"):
            return up
        if parent is not None and "ollama" in tokens(parent):  # `[[ollama]] name = "qwen3:8b"`
            return "model"
        hub_child = own in ("repo", "repository", "repo_id", "id", "default")
        if up == "hub" and own in ("repo", "repository", "repo_id"):
            return "model"  # `huggingface: {repository: org/name}`: a repository of the Hub
        return "model" if sibling_hub and hub_child else "none"
    if up in ("model", "dataset") and parent is not None and is_container(parent):
        return up
    if up == "model" and own is not None and tokens(own)[-1:] in (("id",), ("repo",), ("path",)):
        return "model"  # `model: {base_id: org/name}`
    if up == "model" and own is not None and tokens(own)[:1] in _LINEAGE:
        return "model"  # `model: {base: org/name-4bit, upstream_reference: org/name}`
    if up == "model" and own is not None and tokens(own) in _ROUTING:
        return "model"  # an agent's `model: {primary: x, fallbacks: [y, z]}`
    if up == "model" and own is not None and tokens(own)[:1] == ("default",):
        return "model"  # `model: {default_en: org/x, default_ko: org/y}`: each language's
    return "none"
