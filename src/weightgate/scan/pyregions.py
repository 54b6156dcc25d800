"""Which parts of a Python file need parsing: a cheap pre-filter that keeps `ast` off most code.

After the byte-level gate (`pytriggers`) lets a file through, each line that may start a
reference (a loader call, a model keyword, a Hub URL in a string) is widened to its enclosing
function (or top-level statement), and only those regions are parsed. If a region does not parse
on its own, the caller parses the whole file instead.
"""

from __future__ import annotations

import ast
import re
from functools import cache

from weightgate.scan import keys
from weightgate.scan.ids import is_sentence_transformers_name
from weightgate.scan.literals import Literals
from weightgate.scan.ollamatags import (
    OLLAMA_MODEL_VERBS,
    is_tagged_library_name,
    tags_in_prose,
)
from weightgate.scan.project import HUB_WHISPER, assumed
from weightgate.scan.prose import published_id
from weightgate.scan.pyvalues import parse
from weightgate.scan.shortnames import (
    FASTER_WHISPER,
    LEGACY_IDS,
    SENTENCE_TRANSFORMERS,
    is_short_name,
)

#: Loader calls, grouped under the literal their names start with: one substring test per
#: group, then one regex (that starts with the same literal) finds the calls.
_CALLS: dict[str, tuple[str, ...]] = {
    "from_": (
        "pretrained",
        "single_file",
        "model_id",
        "finetuned",
        "quantized",
        "hparams",
        "model",
    ),
    "hf_hub_": ("download", "url"),
    "Flag": ("Model", "Reranker", "LLMReranker"),
    "get_": ("model", "async_model"),
    "pipeline": ("",),
    "snapshot_download": ("",),
    "_load_from_cache": ("",),  # `try_to_load_from_cache(`; not `t...`: `tokenizer`'s group
    "model_info": ("",),
    "dataset_info": ("",),
    "SentenceTransformer": ("",),
    "CrossEncoder": ("",),
    "LLM": ("",),
    "EngineArgs": ("",),
    "InferenceClient": ("",),
    "TextEmbedding": ("",),
    "WhisperModel": ("",),
    "INSTRUCTOR": ("",),
    "SaT": ("",),
    "WtP": ("",),
    "Evo2": ("",),
    "gr.load": ("",),
    # `timm.create_model(`: a tagged name's weights are the Hub's `timm/...` (gated by its `.`:
    # a literal starting with `t` would join `tokenizer`'s regex pass, which reads every file)
    ".create_model": ("",),
    "foreign_class": ("",),
    "Interface.load": ("",),
    "whisperx.load_model": ("",),
    "whisper_s2t.load_model": ("",),
    "select": ("box", "_slider", ""),  # Streamlit widgets labelled for models; `multiselect`
    "Dropdown": ("",),
    "Happy": (  # HappyTransformer
        "TextToText",
        "Generation",
        "WordPrediction",
        "TextClassification",
        "QuestionAnswering",
        "TokenClassification",
        "NextSentence",
    ),
}


def _call_pattern(head: str, tails: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in tails)
    return re.compile(rf"{re.escape(head)}(?:{alternatives})\s*\(")


#: A quoted flag named for a model, dataset, adapter or repository (`"--model_name"`)...
_MODEL_FLAG = r"[\"']-[^\"'\n]*(?:model|tokenizer|dataset|lora|adapter|repo)"
#: ...as a declaration's first flag, or its second after a short one (`'-m', '--model'`).
_MODEL_FLAGS = rf"(?:[\"']-[^\"'\n]*[\"']\s*,\s*)?{_MODEL_FLAG}"
#: A name for a Hub repository given a string (`hf_hub_repo: str = "org/name"`).
_HUB_REPO_NAME = re.compile(
    r"(?:hf_hub_|HF_HUB_)\w*(?:repo|REPO)\w*[ \t]*(?::[^=\n]{0,40})?=[ \t]*[rRuU]?[\"']"
)

#: An environment variable's name given to `os.getenv(` / `os.environ.get(`: one named for a
#: model, tokenizer or dataset (`HF_MODEL`), or any `..._ID` / `..._REPO` setting
#: (`SCIPUB2MD_VLM_ID`), whose role the key or the name it is assigned to gives.
_SETTING_KEY = r"""\s*["'][^"'\n]*(?:MODEL|model|TOKENIZER|DATASET|_ID["']|_REPO["'])"""

#: Each pattern starts with its literal, so the regex engine can skip ahead quickly.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *((head, _call_pattern(head, tails)) for head, tails in _CALLS.items()),
    ("models.", re.compile(r"models\.(?:transformers|transformers_vision|vllm|mlxlm|llamacpp)\(")),
    # `name: str = "org/name"`: the field of a model-wrapping class (`HuggingFaceEncoder`)
    ("name", re.compile(r"name\s*(?::[^=\n]{0,40})?=\s*[rRuU]?[\"'][\w.-]+/[\w.-]+[\"']")),
    # `Model(path="org/name")`, `HFModel(path_or_uri="org/name")`: a model description's fields
    ("path", re.compile(r"path(?:_or_uri)?\s*=\s*[rRuU]?[\"'][\w.-]+/[\w.-]+[\"']")),
    # `"... e.g. --base_model='org/name'"`: a command or flag shown in a string
    # ...or as two items of an argument list: `"--model-path", "org/name"`
    (
        "--",
        re.compile(
            r"--[\w-]*(?:model|MODEL|tower)[\w-]*(?:[=\s]+|[\"']\s*,\s*)\\?[\"']?[\w.-]+/[\w.-]"
        ),
    ),
    ("HuggingFace", re.compile(r"HuggingFace\w*\s*\(")),
    # `load_dataset("org/x")`, a helper's `resolve_dataset("org/x", split="test")` (gated by
    # `dataset`, a gate already: a new one starting with `_` would join `_load_from_cache` in
    # a regex pass that stops at every underscore of every file)
    ("dataset", re.compile(r"datasets?\(\s*[rRuU]?[\"'][\w.-]+/[\w.-]+[\"']")),
    ("ArgumentParser", re.compile(r"ArgumentParser\(")),  # its description's examples
    # `SegmentationModel.from_pyannote("pyannote/segmentation")`: a model class built from a source
    ("from_", re.compile(r"Model\.from_\w+\s*\(\s*[rRuU]?[\"']")),
    # `pt.Artifact.from_hf("org/name")`: a library's loader named for the Hub (a method, given
    # a string; not `use_kernel_forward_from_hub("RMSNorm")`)
    (".from_h", re.compile(r"\.from_h(?:f|ub)\s*\(\s*[rRuU]?[\"']")),
    # hezar's `Model.load("org/name")`, `Embedding.load(...)` and `Dataset.load(...)` (the
    # literal first, so the engine skips ahead; which class it is, the parse tells)
    (".load(", re.compile(r"\.load\(\s*[rRuU]?[\"'][\w.-]+/")),
    # a pydantic field named for a model, whose description may give an example
    ("Field(", re.compile(r"(?:model|MODEL)\w*\s*:[^=\n]{0,40}=\s*(?:\w+\.)?Field\(")),
    # a keyword named for a Hub repository: mlx-whisper's `path_or_hf_repo="org/name"`
    ("hf_repo", re.compile(r"hf_repo\w*\s*=\s*[rRuU]?[\"']")),
    # `make_hf_model_resource("org/name")`: a function named for the Hub and a model
    ("hf_", re.compile(r"hf_\w*(?:model|tokenizer|dataset)\w*\s*\(")),
    # the loaders named `load_...`, and a helper named for loading a model given an `org/name`
    # (`load_model_and_tokenizer("org/name", ...)`): one pass for both
    (
        "load_",
        re.compile(
            r"load_(?:(?:dataset|lora_weights|adapter|ip_adapter|textual_inversion)\s*\("
            r"|\w*(?:model|tokenizer)\w*\s*\(\s*[rRuU]?[\"'][\w.-]+/)"
        ),
    ),
    # audiocraft's loaders; stable-audio-tools' `get_pretrained_model("org/x")`
    ("get_pretrained", re.compile(r"(?:\.get_pretrained|get_pretrained_model)\s*\(")),
    # "Re-download with: hf download org/name weights.pt": a command a message shows
    ("download ", re.compile(r"download[ \t]+[\w.-]+/[\w.-]")),
    ("Ollama", re.compile(r"Ollama\w*\s*\(")),
    # `class Hermes(Ollama):` (agentica, agno): its `id: str = "hermes3"`
    ("Ollama", re.compile(r"class\s+\w+\([^)\n]*Ollama\w*\s*\)")),
    # `ollama.chat(`, and a message's `"ollama pull qwen3:0.6b"`
    ("ollama", re.compile(r"ollama(?:\.\w+\s*\(| (?:pull|run) )")),
    # Gradio's `gr.Radio(` / `gr.CheckboxGroup(` and Streamlit's `st.radio(` (one test for all)
    ("adio", re.compile(r"\.(?:Radio|CheckboxGroup)\s*\(|(?<!\w)radio\s*\(")),
    # `model=`, `base_model=`, `model_id=`, `model_name=`, `model_name_or_path=`
    ("model", re.compile(r"model(?:_id|_name|_name_or_path)?=[rRuU]?[\"']")),
    # `repo_id="org/name"`, and a dict's `"repo_id": "org/name"`
    ("repo_id", re.compile(r"repo_id(?:=|[\"']\s*:\s*)[rRuU]?[\"']")),
    # `cfg.get("model", "org/name")`: a model-named key's default
    (".get(", re.compile(r"\.get\(\s*[\"'][\w.-]*(?:model|MODEL)[\w.-]*[\"']\s*,\s*[rRuU]?[\"']")),
    # `tokenizer_hub="org/name"`, and a module's `tokenizer = "org/name"`
    ("tokenizer", re.compile(r"tokenizer\w*(?:[ \t]*:[ \t]*\w+)?[ \t]*=[ \t]*[rRuU]?[\"']")),
    ("TOKENIZER", re.compile(r"TOKENIZER\w*[ \t]*=[ \t]*[rRuU]?[\"']")),  # `BASE_TOKENIZER = "x"`
    # `- model: org/name` inside a YAML document a string holds (a mergekit config)
    ("model:", re.compile(r"model:[ \t]+[A-Za-z0-9][\w.-]*/[\w.-]")),
    # `model_name: "org/name"` there (an app's default config it writes out)
    ("model_", re.compile(r"model_(?:id|name|name_or_path|path):[ \t]+[\"']?[A-Za-z0-9][\w.-]*/")),
    ("dataset_name=", re.compile(r"dataset_name=[rRuU]?[\"']")),
    # `HF_HUB_REPO_ID = "org/name"`, a config class's `hf_hub_repo: str = "org/name"`
    ("hf_hub_", _HUB_REPO_NAME),
    ("HF_HUB_", _HUB_REPO_NAME),
    # `class RerankerType(str, Enum):`: an enum whose members may be models (see pynodes)
    ("Enum)", re.compile(r"class\s+\w+\([^)\n]*Enum\)")),
    ("add_argument", re.compile(rf"add_argument\(\s*{_MODEL_FLAGS}")),
    # `@click.option("--model", "-m")`, and pytest's `parser.addoption("--model", ...)`
    ("option(", re.compile(rf"option\(\s*{_MODEL_FLAGS}")),
    (  # typer's `model: str = typer.Option("mistral", "--model", "-m")`: the default first
        "Option(",
        re.compile(rf"Option\(\s*[rRuU]?[\"'][^\"'\n]*[\"']\s*,\s*{_MODEL_FLAG}"),
    ),
    ("setdefault", re.compile(r"setdefault\(\s*[\"'][^\"'\n]*(?:MODEL|model|TOKENIZER|DATASET)")),
    ("getenv", re.compile(rf"getenv\({_SETTING_KEY}")),
    ("environ", re.compile(rf"environ\.get\({_SETTING_KEY}")),
)
#: The Ollama client's functions that take the model first (`chat(model, messages)`); not
#: `create` / `push` / `delete`, which name the user's own model.
OLLAMA_MODEL_FIRST = frozenset({"pull", "show", "chat", "generate", "embed", "embeddings"})
#: `from ollama import chat, Client`: the client's functions a file calls by their own names.
FROM_OLLAMA = re.compile(r"^[ \t]*from[ \t]+ollama(?:\.\w+)*[ \t]+import[ \t]+\(?([^)\n#]+)", re.M)
#: Words that say a flag or a field takes a repository's id (`"VAE model id"`, `"repository
#: name"`, `"HF dataset slug"`).
SAYS_MODEL_ID = r"\b(?:[Mm]odel|[Rr]epo(?:sitory)?|[Dd]ataset)[ _-]?(?:id|ID|name|slug)\b"
#: A help text that says its flag takes a model's id, whatever the flag's name (`"--vae",
#: help="VAE model id (e.g. org/sdxl-vae) or local path."`), in a file that declares flags.
_FLAG_HELP = re.compile(rf"help\s*=\s*[rRuU]?[\"'][^\"'\n]*{SAYS_MODEL_ID}")
#: A Modelfile's `FROM` line in a string (`"FROM gemma3n\n"`, or a triple-quoted text's line).
_MODELFILE_FROM = re.compile(r"""(?:^|["'])[ \t]*FROM[ \t]+[\w.:/-]+""", re.MULTILINE)
#: A model flag given a hyphenated name in a small file (`--model_name_or_path
#: bert-base-multilingual-cased` in a string of arguments): the parse decides what it is.
_NAMED_FLAG = re.compile(r"--[\w-]*(?:model|MODEL)[\w-]*[= \t]+[\"']?[a-z][\w.]*-[\w.-]+")
#: `export BASE_MODEL=org/name` pasted into a small file (or a shell script saved as `.py`):
#: the parse fails on it, and the file's shell lines are read as a script (see `pysalvage`).
_EXPORTED = re.compile(r"export[ \t]+[A-Za-z_]\w*=[\"']?[\w.-]+/")


#: A row of a literal table of ids: `"org/name",`, `"key": "org/name",` or `"org/name": "x",`
#: or `"bert-base-uncased": 9,  # note` alone on its line; or a class attribute
#: (`answering: str = "org/name"`).
_TABLE_ROW = re.compile(
    r"""[ \t]*(?:\w+[ \t]*(?::[ \t]*[\w.\[\]| ]{1,40})?=[ \t]*)?["'][^"'\n]{1,120}["'][ \t]*"""
    r"""(?::[ \t]*(?:["'][^"'\n]{1,120}["']|[^"'\n#]{1,120}?)[ \t]*)?,?[ \t]*(?:#.*)?$"""
    # `'vit_base': (AutoModelForImageClassification, 'org/name'),`: a row that is a tuple
    r"""|[ \t]*["'][^"'\n]{1,60}["'][ \t]*:[ \t]*\([^"'()\n]{0,80}["'][^"'\n]{1,120}["']"""
    r"""[^()\n]{0,80}\),?[ \t]*(?:#.*)?$"""
)
#: A quoted Ollama `name:tag`, a user's namespace too (`"huihui_ai/qwen3.5-abliterated:0.8B"`).
_QUOTED_TAG = re.compile(r"""["'](?:[a-z0-9][\w.-]{0,38}/)?[a-z][\w.-]{1,40}:[\w.-]{1,30}["']""")
#: The end of a quoted library model with a size or `latest` tag (`llama3.2:3b"`).
_TAG_END = re.compile(r""":(?:\d+(?:\.\d+)?[bB]|latest)[\w.-]{0,20}["']""")


def _library_tags(text: str) -> list[int]:
    """Where a quoted library model with its tag starts (`"llama3.2:3b"`, `'qwen3:latest'`),
    in a file that never names Ollama (a mapping of API names to local models)."""
    out = []
    for m in _TAG_END.finditer(text):
        start = max(text.rfind('"', 0, m.start()), text.rfind("'", 0, m.start()))
        if (
            start >= 0
            and m.start() - start <= 40
            and is_tagged_library_name(text[start + 1 : m.end() - 1])
        ):
            out.append(start)
    return out


_QUOTED_ID = (re.compile(r'"[\w.-]+/[\w.-]+"'), re.compile(r"'[\w.-]+/[\w.-]+'"))
#: The last text's quoted ids: `hits` finds them and the unparsed lines' reader needs them too.
_LAST_QUOTED: list[tuple[str, list[re.Match[str]]]] = []


def quoted_ids(text: str) -> list[re.Match[str]]:
    """Every `"org/name"` and `'org/name'` of a text, quotes included (double quotes first);
    found once for the file being scanned."""
    if _LAST_QUOTED and _LAST_QUOTED[0][0] is text:
        return _LAST_QUOTED[0][1]
    found = [m for rx in _QUOTED_ID if rx.pattern[0] in text for m in rx.finditer(text)]
    _LAST_QUOTED[:] = [(text, found)]
    return found


#: After a quoted `org/name`, the commit that pins it (`"org/name", "28bb5171..."`).
_PINNED_AFTER = re.compile(r"\s*,\s*[\"'][0-9a-f]{40}[\"']")
#: ...or the file of weights it is given with (`store.get("org/name", "rmvpe.pt")`).
_WEIGHTS_AFTER = re.compile(
    r"""\s*,\s*[rRuU]?["'][^"'\n]{1,120}\.(?:gguf|safetensors|bin|onnx|pt|pth|ckpt)["']""",
    re.IGNORECASE,
)
_TABLE_ROWS = 3


@cache
def _short_name_heads() -> str:
    """First words of the legacy Hub ids and sentence-transformers short names, as a regex."""
    heads = {re.split(r"[-_]", name, maxsplit=1)[0] for name in LEGACY_IDS | SENTENCE_TRANSFORMERS}
    return "|".join(sorted(map(re.escape, heads), key=len, reverse=True))


@cache
def _legacy_row() -> re.Pattern[str]:
    """A line that starts with a quoted name whose first word is that of a legacy Hub id or a
    sentence-transformers short name (`"bert-base-uncased": 9,`): a candidate table row."""
    return re.compile(rf"""\n[ \t]*["']((?i:{_short_name_heads()})[\w.-]*)["']""")


@cache
def _legacy_argument() -> re.Pattern[str]:
    """A call's first argument that may be a legacy name (`...('roberta-base')`); the regex
    starts with a literal `(` so the engine skips ahead quickly."""
    return re.compile(rf"""\(\s*[rRuU]?["']((?i:{_short_name_heads()})[\w.-]*)["']""")


@cache
def _legacy_value() -> re.Pattern[str]:
    """A value that may be a legacy name (`= "t5-base"`), in a small file; the regex starts
    with a literal `=`."""
    return re.compile(rf"""=[ \t]*[rRuU]?["']((?i:{_short_name_heads()})[\w.-]*)["']""")


#: `TransformerDocumentEmbeddings(`: a class called, just before a legacy name.
_CLASS_CALL = re.compile(r"\b[A-Z]\w*$")


#: `MaskPredictor("org/bert-base-x")`: a class given an `org/name` first (see pynodes).
_WRAPPER_CALL = re.compile(r"\b[A-Z]\w*\(\s*[rRuU]?$")  # before a quoted id

#: `def default_model(): return "org/name"`: kept when the function name's role is a model.
_MODEL_DEF = re.compile(r"def\s+(\w*(?:model|MODEL|Model)\w*)\s*\(")
#: ...and only when an `org/name`-shaped literal is returned soon after the `def`.
_RETURNS_ID = re.compile(r"return\s+[rRuU]?[\"'][\w.-]+/")
_RETURN_WITHIN = 4_000
#: After `model` / `MODEL` / `CHECKPOINT` (one pass each), one of: `BASE_MODEL = "..."` or
#: `model_name_or_path: str = field(default="...")` (assigned), `if model_name == "org/name":`
#: or `model_id in ("org/a", ...)` (compared), `{"model": "org/name"}` (keyed). Each is kept
#: when the name's role (see `keys.role`) is a model (or, assigned or keyed, a dataset).
_MODEL_WORDS = tuple(
    (
        word,
        re.compile(
            word + r"""(?:(?P<a>\w*["'\]]*\s*(?::[^=\n]{0,60})?=\s*"""
            # `Field(default="org/x")`; a fallback: `model = ctx.get("model") or "org/x"`
            r"""(?:[Ff]ield\(\s*(?:default\s*=\s*)?|[^=\n]{0,120}?\sor\s+)?[rRuU]?["'\[{])"""
            r"""|(?P<c>\w*\s*(?:[=!]=\s*[rRuU]?["']|in\s*[(\[]\s*[rRuU]?["']))"""
            r"""|(?P<k>[\w-]*["']\s*:)"""
            r"""|(?P<o>\w*\s+or\s+[rRuU]?["']))"""  # `s.chat_model or "llama3.2"`, anywhere
        ),
    )
    # nanoGPT: `init_from = "gpt2"`; lorahub: `LORA_MODULE_NAMES = [...]`, `ADAPTERS = [...]`;
    # a preset's `"dataset": "org/name"`, a benchmark's `DATASET = "org/name"`
    for word in (
        "MODEL",
        "model",
        "CHECKPOINT",
        "init_from",
        "LORA",
        "ADAPTER",
        "dataset",
        "DATASET",
        "CLASSIFIER",  # `_DEFAULT_CLASSIFIER = "org/x"` (not `classifier`: a head's attribute)
        "policy_",  # LeRobot's `policy_name="org/act_x"`, `policy_path=...`
        "PRETRAINED",  # `PRETRAINED_NAME = "org/x"`, given to a loader elsewhere
    )
)
_LM = re.compile(r"LM\(")
_MLX_LOAD = re.compile(r"(?<![\w])load\s*\(")
#: A Hub URL or URI at the start of a string: each tail is searched once, then the heads it
#: may follow (`"https://router.huggingface.co/`, `"hf-hub:`) are checked in place.
_URL_TAILS = (
    ("huggingface.co/", ("https://", "https://api-inference.", "https://router.", "")),
    ("hf.co/", ("https://", "")),  # `"hf.co/org/x:Q4_K_M"`: Ollama's pull of a Hub GGUF
    ("hf-mirror.com/", ("https://",)),
    ("huggingface://", ("",)),
    ("hf:", ("",)),
    ("hub:", ("hf-", "hf_")),
)
_DOC_LINE = (">>>", "...", "#")
_DEF = re.compile(r"\s*(?:async\s+)?def\s")
_CONTINUES = re.compile(r"\s*(?:[)\]}]|else\b|elif\b|except\b|finally\b|case\b)")
WHOLE_FILE_BELOW = 16_000


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _code(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _start(lines: list[str], hit: int) -> int:
    """0-based first line of the innermost function (or top-level statement) holding `hit`."""
    level = _indent(lines[hit])
    index = hit
    while index > 0 and level > 0:
        index -= 1
        line = lines[index]
        if not _code(line) or _indent(line) >= level:
            continue
        level = _indent(line)
        if _DEF.match(line):
            return index
    while index > 0 and (_CONTINUES.match(lines[index]) or not _code(lines[index])):
        index -= 1
    return index


def _end(lines: list[str], start: int) -> int:
    """0-based line after the block that starts at `start`."""
    level = _indent(lines[start])
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if _code(line) and _indent(line) <= level and not _CONTINUES.match(line):
            break
        index += 1
    return index


def enclosing_function(lines: list[str], index: int) -> tuple[int, int] | None:
    """0-based [start, end) lines of the innermost function holding line `index`; None at a
    module's top level."""
    start = _start(lines, index)
    return (start, _end(lines, start)) if _DEF.match(lines[start]) else None


def _name_start(text: str, at: int, extra: str) -> int:
    """Where the name that a pattern matched the tail of begins (`MODEL` of `BASE_MODEL = "`):
    back over letters, digits and the `extra` characters."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in extra):
        at -= 1
    return at


#: Literals looked for only in a file whose imports (in its first characters) name an app
#: library: each full-text test costs as much as the others, and only apps have these.
_APP_LITERALS = frozenset({"option(", "adio", "Option("})
#: ...of which these are tested apart, only there (`Option(` rides the capitals' pass).
_APP_LOWER = frozenset({"option(", "adio"})
_APP_LIBRARIES = ("click", "gradio", "streamlit", "typer")
_IMPORTS_WITHIN = 5_000


#: The end of a quoted name like sentence-transformers' (`"paraphrase-TinyBERT-L6-v2"`, in a
#: docstring's `defaults to` too): found by its literal, its start looked for backwards.
_SHORT_END = re.compile(r"-v\d(?=[\"'`])")
_SHORT_NAME = re.compile(r"[A-Za-z][\w.-]*-v\d")


def _quoted_short_names(text: str) -> list[int]:
    """Offsets of the quoted sentence-transformers short names in `text`."""
    out = []
    for end in _SHORT_END.finditer(text):
        quote = max(text.rfind(q, max(0, end.start() - 80), end.start()) for q in "\"'`")
        name = text[quote + 1 : end.end()] if quote >= 0 else ""
        if _SHORT_NAME.fullmatch(name) and is_sentence_transformers_name(name):
            out.append(quote)
    return out


#: A mapping's entry keyed for the Hub's id (`"hf_id": "org/name"`, `"hub_repo": ...`), in a
#: table of model records.
_HUB_KEYED = re.compile(
    r"""["'](?:hf|hub)_(?:id|repo|repo_id|model|model_id|name|path)["']\s*:\s*[rRuU]?["']"""
    r"""[\w.-]+/[\w.-]+["']"""
)
_REPO_KEYED = re.compile(r"""["'](?:repo|source)["']\s*:\s*[rRuU]?["'][\w.-]+/[\w.-]+["']""")
#: A name for a repository given an `org/name` literal.
_REPO_ASSIGNS = (  # each from its literal: the engine skips ahead to it; `repo_id == "org/x"` too
    *(
        (
            (word,),
            re.compile(
                rf"{word}\w*[ \t]*(?::[^=\n]{{0,40}})?==?[ \t]*[rRuU]?[\"'][\w.-]+/[\w.-]+[\"']"
            ),
        )
        for word in ("repo", "REPO", "hf_id", "HF_ID")  # `JUDGE_V02_HF_ID = "org/x"` too
    ),
    # a name that ends in `_hf`: the Hub's copy of a thing (`vlm_root_hf = "org/x"`)
    (("hf",), re.compile(r"_hf[ \t]*(?::[^=\n]{0,40})?=[ \t]*[rRuU]?[\"'][\w.-]+/[\w.-]+[\"']")),
    # each gated by its quoted key, which few files hold (`hf_` and `repo` are everywhere)
    (('"hf_', "'hf_"), _HUB_KEYED),
    # `{"repo": "org/x", "file": "x.safetensors"}`: a record naming its weights
    (('"repo"', "'repo'", '"source"', "'source'"), _REPO_KEYED),  # `"source": "org/x-9B"` too
    # a camel-case key for a model (`"oriModel": "org/x"`, a Spark ML param's default)
    (('Model"', "Model'"), re.compile(r"""Model["']\s*:\s*[rRuU]?["'][\w.-]+/[\w.-]+["']""")),
    # `REPO_IDS = {"scenes": "org/x", ...}`, which a `REPO_TYPE` constant may type
    (
        ("REPO_IDS", "repo_ids"),
        re.compile(r"(?:REPO|repo)_(?:IDS|ids)[ \t]*(?::[^=\n]{0,40})?=[ \t]*\{"),
    ),
)
#: An architecture's name as simpletransformers takes it (`bert`, `roberta`, `xlmroberta`).
ARCHITECTURE = r"[a-z][a-z0-9_]{1,20}"
#: A model class given an architecture's name, then the model's (outside the capitalized
#: literals: `WhisperModel` ends as this starts).
_TYPED_MODEL = re.compile(rf"Model\(\s*[rRuU]?[\"']{ARCHITECTURE}[\"']\s*,\s*[rRuU]?[\"']")


#: Libraries whose Whisper sizes are Hub repositories (see `whispersizes.HUB_WHISPER`).
_WHISPER_BACKENDS = (
    "faster_whisper",
    "faster-whisper",
    "whisperx",
    "WhisperLiveKit",
    "whisper_s2t",
    "whispercpp",  # pywhispercpp
    "whisper_cpp",
    "whisper.cpp",
)


@cache
def _quoted_sizes() -> re.Pattern[str]:
    """A Whisper size name as a whole string (`"large-v3"`, `'tiny.en'`)."""
    names = sorted(FASTER_WHISPER, key=len, reverse=True)
    return re.compile("[\"'](?:" + "|".join(map(re.escape, names)) + ")[\"']")


def _more_forms(text: str, held: frozenset[str], *, flags: bool) -> list[int]:
    """Offsets of a flag's help that says it takes a model's id (`flags`: the file declares
    flags), simpletransformers' `NERModel("roberta", "org/name")`, mlx-lm's `load(...)` and,
    in a small file, `export NAME=org/name` lines pasted in; `held` are the gates `text` holds."""
    found = [m.start() for m in _FLAG_HELP.finditer(text)] if flags else []
    if "Model(" in held:
        found.extend(m.start() for m in _TYPED_MODEL.finditer(text))
    if "mlx_" in held:  # `from mlx_lm import load` ... `load("mlx-community/...")`
        found.extend(m.start() for m in _MLX_LOAD.finditer(text))
    if len(text) < WHOLE_FILE_BELOW and "export" in held:
        found.extend(m.start() for m in _EXPORTED.finditer(text))
    if "FROM" in held and held & _MODELFILE_WORDS:
        found.extend(m.start() for m in _MODELFILE_FROM.finditer(text))  # a Modelfile's text
    if len(text) < WHOLE_FILE_BELOW and "--" in held:  # `"--model_name_or_path gpt2 ..."`
        found.extend(m.start() for m in _NAMED_FLAG.finditer(text))
    if "from ollama" in held:  # `from ollama import chat` ... `chat("llama3.2", messages)`
        found.extend(_ollama_calls(text))
    return found


def imported(groups: list[str]) -> set[str]:
    """The names `from x import a, b as c` lines bind (`a`, `c`), of their import lists."""
    names = set()
    for group in groups:
        for item in group.split(","):
            parts = item.split()
            if parts:
                names.add(parts[-1])
    return names


def _ollama_calls(text: str) -> list[int]:
    """Offsets of calls to the Ollama client's functions imported by name (`from ollama import
    chat` ... `chat("llama3.2", messages)`)."""
    names = imported(FROM_OLLAMA.findall(text)) & OLLAMA_MODEL_FIRST
    if not names:
        return []
    called = re.compile(rf"(?<![\w.])(?:{'|'.join(sorted(names))})\s*\(")
    return [m.start() for m in called.finditer(text)]


def whisper_size_hits(text: str) -> list[int]:
    """Offsets of the Whisper size names written as whole strings (`"large-v3"`) in a file that
    uses a Hub Whisper library (faster-whisper, WhisperX, ...; not transformers' own
    `WhisperModel`): a list of them may stand far from the file's other references."""
    if not any(word in text for word in _WHISPER_BACKENDS) and not assumed(HUB_WHISPER):
        return []
    return [m.start() for m in _quoted_sizes().finditer(text)]


_OLLAMA_WORDS = frozenset({"ollama", "Ollama", "OLLAMA"})
_MODELFILE_WORDS = frozenset({"PARAMETER", "SYSTEM", "ADAPTER"})
#: The substrings `hits` and `_more_forms` test (each gates a pattern or a search): which of
#: them a text holds is found in a few regex passes, not one search each.
_GATES = Literals(
    {literal for literal, _ in _PATTERNS if literal not in _APP_LOWER}
    | {gate for gates, _ in _REPO_ASSIGNS for gate in gates}
    | {word for word, _ in _MODEL_WORDS}
    | {tail for tail, _ in _URL_TAILS}
    | {"Model(", "mlx_", "export", "FROM", "--", "from ollama", "LM(", "-v", "def", "return {"}
    | _OLLAMA_WORDS
    | _MODELFILE_WORDS
)


def hits(text: str) -> list[int]:
    """Offsets where a reference may start: loader calls, model keywords, Hub URLs in strings."""
    found: list[int] = []
    held = _GATES.held(text)
    head = text[:_IMPORTS_WITHIN]
    app = any(word in head for word in _APP_LIBRARIES)
    if app:  # a click option, a Gradio radio
        held |= {literal for literal in _APP_LOWER if literal in text}
    for literal, rx in _PATTERNS:
        if literal in held and (app or literal not in _APP_LITERALS):
            found.extend(m.start() for m in rx.finditer(text))
    if "from_" in held:  # docTR's and OnnxTR's `from_hub("org/name")`, imported by name
        found.extend(_imported_hub_loaders(text))
    found.extend(_record_helper_calls(text, held))  # `def f(w, repo): return {"repo_id": repo}`
    flags = "add_argument" in held or "Option(" in held or "option(" in held
    found.extend(_more_forms(text, held, flags=flags))
    if "LM(" in held:  # `dspy.LM(...)`, not `...ForCausalLM(`
        found.extend(
            m.start()
            for m in _LM.finditer(text)
            if m.start() == 0 or not text[m.start() - 1].isalnum()
        )
    if "-v" in held:  # a sentence-transformers model by its short name, quoted anywhere
        found.extend(_quoted_short_names(text))
    for gates, rx in _REPO_ASSIGNS:  # `_HF_REPO = "org/name"`, `{"hf_id": "org/name"}`
        if any(gate in held for gate in gates):
            found.extend(m.start() for m in rx.finditer(text))
    if "def" in held:
        for m in _MODEL_DEF.finditer(text):
            body = text[m.end() : m.end() + _RETURN_WITHIN]
            if keys.role(m.group(1)) == "model" and _RETURNS_ID.search(body):
                found.append(m.start())
    quoted = quoted_ids(text)
    found.extend(
        m.start()
        for m in quoted
        if _PINNED_AFTER.match(text, m.end()) or _WEIGHTS_AFTER.match(text, m.end())
    )
    legacy = [m.start(1) - 1 for m in _legacy_row().finditer(text) if is_short_name(m.group(1))]
    found.extend(_tables(text, [m.start() for m in quoted] + legacy))
    if len(text) < WHOLE_FILE_BELOW:  # a large file's docstring examples would all be parsed
        found.extend(m.start() for m in quoted if published_id(m.group()[1:-1]))
        found.extend(
            m.start() for m in quoted if _WRAPPER_CALL.search(text, m.start() - 60, m.start())
        )
        found.extend(
            m.start()
            for m in _legacy_argument().finditer(text)
            if is_short_name(m.group(1))
            and _CLASS_CALL.search(text, max(m.start() - 60, 0), m.start())
        )
        # `text_encoder: str = "t5-base"`: the parse tells whether the name is a model's
        found.extend(m.start() for m in _legacy_value().finditer(text) if is_short_name(m.group(1)))
    else:  # a large file: a known publisher's id as a dict's key or an `or` default
        found.extend(
            m.start()
            for m in quoted
            if _keyed_or_default(text, m.start(), m.end()) and published_id(m.group()[1:-1])
        )
    if held & _OLLAMA_WORDS:
        found.extend(_ollama_hits(text))
    elif len(text) < WHOLE_FILE_BELOW:  # `"gpt-4": "llama3.1:8b"` in a small settings module
        found.extend(_library_tags(text))
    for word, rx in _MODEL_WORDS:
        if word in held:
            for m in rx.finditer(text):
                found.extend(_model_word(text, m))
    for tail, heads in _URL_TAILS:
        at = text.find(tail) if tail in held else -1
        while at >= 0:
            for head in heads:
                start = at - len(head)
                if start > 0 and text[start - 1] in "\"'" and text.startswith(head, start):
                    found.append(start)
            at = text.find(tail, at + 1)
    return sorted(found)


def _ollama_hits(text: str) -> list[int]:
    """Offsets of what names Ollama's models in a text about Ollama."""
    found = [m.start() for m in _QUOTED_TAG.finditer(text)]  # `choices=["llama2:7b", ...]`
    found.extend(m.start() for m in _OLLAMA_KEYED.finditer(text))  # `"ollama": "llama3"`
    found.extend(m.start() for m in _OLLAMA_ARGV.finditer(text))  # `["ollama", "run", x]`
    found.extend(m.start() for m in _FROM_OLLAMA.finditer(text))  # `from_ollama("gemma4")`
    # a docstring's `(gemma3:27b, codellama:13b)`, a help text's `GPU: qwen2.5:7b - fast`
    found.extend(at for at, _tag in tags_in_prose(text))
    return found


#: An argument list for the Ollama CLI (`["ollama", "run", "llama3.2", prompt]`).
_OLLAMA_ARGV = re.compile(
    rf"""["']ollama["'][ \t]*,[ \t]*["'](?:{"|".join(sorted(OLLAMA_MODEL_VERBS))})["']"""
)
#: A constructor from Ollama's model, given its name first (`from_ollama("gemma4")`).
_FROM_OLLAMA = re.compile(r"""\bfrom_ollama\([ \t]*[rRuU]?["']""")
#: A map's entry for Ollama (`{"openai": "gpt-4o-mini", "ollama": "llama3"}`).
_OLLAMA_KEYED = re.compile(r"""["'](?i:ollama)["'][ \t]*:[ \t]*[rRuU]?["']""")


#: After a quoted id, the colon of a dict's key (`"org/x": 0.63,`); before one, `or`.
_KEY_COLON = re.compile(r"[ \t]*:")
_OR_BEFORE = re.compile(r"\bor[ \t]*$")


#: A string opening after a call's parenthesis: `("org/name"`, `( r'org/name'`.
_STRING_ARGUMENT = re.compile(r"""\s*[rRuU]?["']""")


#: The one statement of a helper that returns a record with one of its parameters under a
#: repository's key (`return {"engine": "x", "repo_id": repo}`), and the line above it that
#: opens the helper (`def torch(worker, repo):`).
_RECORD_RETURN = re.compile(
    r"""[ \t]+return[ \t]+\{[^\n]*["'](?:repo_id|model_id|repo)["'][ \t]*:[ \t]*[A-Za-z_]\w*"""
    r"""[ \t]*[,}][^\n]*"""
)
_DEF_LINE = re.compile(r"[ \t]*def[ \t]+(?P<f>\w+)\([^)\n]*\)[^:\n]*:[ \t]*")


#: The last text `hits` read and its record helpers (`record_helpers`): the visitor asks for
#: them again, and most files have none, which a second search would cost to learn.
_LAST_HELPERS: list[tuple[str, list[tuple[str, int, str]]]] = []


def record_helpers(text: str) -> list[tuple[str, int, str]]:
    """(name, end, source) of each helper whose one statement returns a record naming one of
    its parameters' repository (`def torch(worker, repo):` then `return {"repo_id": repo}`):
    searched from each `return {`, which few files hold."""
    if _LAST_HELPERS and _LAST_HELPERS[0][0] is text:
        return _LAST_HELPERS[0][1]
    out: list[tuple[str, int, str]] = []
    at = text.find("return {")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        opened = _DEF_LINE.fullmatch(text, above, max(start - 1, above))
        if opened is not None and _RECORD_RETURN.fullmatch(text, start, end):
            out.append((opened.group("f"), end, text[above:end]))
        at = text.find("return {", end)
    _LAST_HELPERS[:] = [(text, out)]
    return out


def _record_helper_calls(text: str, held: frozenset[str]) -> list[int]:
    """Where a helper that returns a record naming its parameter's repository is called: the
    calls give the ids (`pywrappers.record_helpers` says which argument they are)."""
    if "return {" not in held:
        _LAST_HELPERS[:] = [(text, [])]
        return []
    out: list[int] = []
    for name, end, _source in record_helpers(text):
        called = re.compile(rf"(?<![\w.]){re.escape(name)}\(")
        out.extend(c.start() for c in called.finditer(text, end))
    return out


def _imported_hub_loaders(text: str) -> list[int]:
    """Where a loader named for the Hub and imported by name is given a string
    (`from_hub("org/name")`; not a method's `.from_hub(`, which `_PATTERNS` holds, nor
    `use_kernel_forward_from_hub("RMSNorm")`). Searched as text: a pattern that starts with a
    lookbehind is tried at every offset of the file."""
    out: list[int] = []
    for literal in ("from_hub(", "from_hf("):
        at = text.find(literal)
        while at >= 0:
            before = text[at - 1] if at else " "
            named = not (before.isalnum() or before in "_.")
            if named and _STRING_ARGUMENT.match(text, at + len(literal)):
                out.append(at)
            at = text.find(literal, at + 1)
    return out


def _keyed_or_default(text: str, start: int, end: int) -> bool:
    """The quoted id at `start:end` is a row's key (`    "org/x": 0.63,`), an argument or row
    item of a line of code, the default an `or` gives (`config.get("model") or "org/x"`) or a
    settings helper's (`env_str("DIARIZATION_MODEL", "org/x")`)."""
    line = text.rfind("\n", 0, start) + 1
    if _KEY_COLON.match(text, end) and not text[line:start].strip():
        return True
    if _ROW_ITEM.match(text, line, start) is not None:
        return True  # `(36, "org/x", "14B-class")`, `ModelChoice("org/x", "vllm", ...)`
    if _VARIABLE_BEFORE.search(text, line, start) is not None:
        return True
    return _OR_BEFORE.search(text, line, start) is not None


#: An environment variable's name quoted right before an id (`env_str("X_MODEL", "org/x")`).
_VARIABLE_BEFORE = re.compile(r"""\([ \t]*["'][A-Z][A-Z0-9_]*["'][ \t]*,[ \t]*$""")


#: A line of code (not a docstring's `>>>` example or a comment) whose quoted id is a row's or
#: a constructor's argument: after `(`, `[` or `,`.
_ROW_ITEM = re.compile(r"[ \t]*(?![>.#])[^\n\"']{0,60}?[(\[,][ \t]*$")


def _model_word(text: str, m: re.Match[str]) -> list[int]:
    """Where the name a `_MODEL_WORDS` match ends in starts, if its role keeps it."""
    if m.group("k") is not None:
        start = _name_start(text, m.start(), "_-")
        key = text[start : m.end()].rstrip(" \t:").rstrip("\"'")
        quoted = start > 0 and text[start - 1] in "\"'"
        return [start] if quoted and keys.role(key) in ("model", "dataset") else []
    start = _name_start(text, m.start(), "_")
    if m.group("c") is not None or m.group("o") is not None:
        name = re.split(r"[\s=!]", text[start : m.end()], maxsplit=1)[0]
        return [start] if keys.role(name) == "model" else []
    name = text[start : m.end()].split("=", maxsplit=1)[0].split(":", maxsplit=1)[0].strip()
    kept = keys.role(name) in ("model", "dataset") or keys.mapped_from(name) == "model"
    return [start] if kept or keys.keyed_by_model(name) else []  # `MODEL_SPECS = {"x": ...}`


def _tables(text: str, quoted: list[int]) -> list[int]:
    """Where a literal table of ids starts: three rows in a row that are only an `org/name`
    string (or `key: "org/name"`), of the `quoted` ones. The scanner decides whether they are
    models."""
    if len(quoted) < _TABLE_ROWS:
        return []
    out: list[int] = []
    run, previous_end = 0, -2
    for at in sorted(quoted):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end == previous_end or not _TABLE_ROW.match(text, start, end):
            continue  # a second id on the same line, or a line that is more than a row
        run = run + 1 if start == previous_end + 1 else 1
        previous_end = end
        if run == _TABLE_ROWS:
            out.append(start)
    return out


def regions(text: str, offsets: list[int], lines: list[str]) -> list[tuple[int, int]] | None:
    """0-based [start, end) line ranges to parse (`lines` are the text's); None to parse the
    whole file."""
    if len(text) < WHOLE_FILE_BELOW:
        return None
    lines_hit: list[int] = []
    line, last = 0, 0
    for offset in offsets:
        line += text.count("\n", last, offset)
        last = offset
        if not lines[line].lstrip().startswith(_DOC_LINE):
            lines_hit.append(line)
    spans: list[tuple[int, int]] = []
    for hit in sorted(set(lines_hit)):
        if spans and hit < spans[-1][1]:
            continue
        start = _start(lines, hit)
        end = max(_end(lines, start), hit + 1)
        if spans and start < spans[-1][1]:
            start = spans.pop()[0]
        spans.append((start, end))
    return spans


def parse_regions(
    text: str, path: str, offsets: list[int], lines: list[str]
) -> tuple[list[tuple[ast.Module, int]], list[tuple[int, int]] | None]:
    """Trees to visit with their line offsets (a few regions, or the whole file), and the
    regions' 0-based [start, end) line ranges (None: the whole file); `lines` are the text
    split at each newline."""
    spans = regions(text, offsets, lines)
    if spans is None:
        return [(parse(text, path), 0)], None
    trees = []
    try:
        for start, end in spans:
            chunk = "\n".join(lines[start:end])
            if lines[start][:1] in (" ", "\t"):
                trees.append((parse("if 1:\n" + chunk, path), start - 1))
            else:
                trees.append((parse(chunk, path), start))
    except (SyntaxError, ValueError):
        return [(parse(text, path), 0)], None
    return trees, spans
