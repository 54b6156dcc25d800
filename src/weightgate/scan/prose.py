"""Hub ids written bare in documentation prose ("embeddings from BAAI/bge-base-en-v1.5").

A bare `org/name` in prose is usually a GitHub repository, a path or a ratio, so only ids of
well-known model publishers that are shaped like a model name (a size, a version, a variant)
are taken: `google/flan-t5-base` is, `google/jax` and `meta-llama/llama-models` are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from weightgate.scan.ids import (
    is_openai_api_name,
    is_sentence_transformers_name,
    normalize,
    plausible_id,
    router_variant,
    sentence_transformers_id,
)
from weightgate.scan.shortnames import LEGACY_IDS

#: Organizations that publish models on the Hub (lower case).
PUBLISHERS = frozenset(
    {
        "meta-llama",
        "codellama",
        "facebook",
        "mistralai",
        "qwen",
        "google",
        "google-bert",
        "google-t5",
        "microsoft",
        "openai",
        "openai-community",
        "nvidia",
        "ibm-granite",
        "deepseek-ai",
        "01-ai",
        "thudm",
        "zai-org",
        "internlm",
        "baichuan-inc",
        "moonshotai",
        "minimaxai",
        "tiiuae",
        "bigscience",
        "bigcode",
        "eleutherai",
        "allenai",
        "databricks",
        "mosaicml",
        "salesforce",
        "cohereforai",
        "coherelabs",
        "apple",
        "xai-org",
        "lmsys",
        "huggingfaceh4",
        "huggingfacetb",
        "huggingfacem4",
        "nousresearch",
        "teknium",
        "cognitivecomputations",
        "mlabonne",
        "upstage",
        "liquidai",
        "stabilityai",
        "runwayml",
        "compvis",
        "black-forest-labs",
        "stable-diffusion-v1-5",
        "deepfloyd",
        "latent-consistency",
        "xlabs-ai",
        "bytedance",
        "thebloke",
        "unsloth",
        "bartowski",
        "quantfactory",
        "mlx-community",
        "lmstudio-community",
        "redhatai",
        "neuralmagic",
        "openvino",
        "xenova",
        "onnx-community",
        "sentence-transformers",
        "baai",
        "intfloat",
        "thenlper",
        "nomic-ai",
        "alibaba-nlp",
        "jinaai",
        "mixedbread-ai",
        "snowflake",
        "cross-encoder",
        "distilbert",
        "facebookai",
        "distil-whisper",
        "systran",
        "laion",
        "timm",
        "llava-hf",
        "lllyasviel",
        "h2oai",
        "tloen",
        "vikhyatk",
        "openbmb",
        "ai21labs",
        "amazon",
        "helsinki-nlp",
    }
    # research groups and people whose models are among the Hub's most used (NLI, QA,
    # sentiment, NER, speech, retrieval, diffusion)
    | {"deepset", "moritzlaurer", "cardiffnlp", "dslim", "j-hartmann", "prajjwal1", "hfl", "uer"}
    | {"dbmdz", "nlpaueb", "emilyalsentzer", "dmis-lab", "sshleifer", "valhalla", "prosusai"}
    | {"finiteautomata", "samlowe", "papluca", "joeddav", "typeform", "mrm8488", "csebuetnlp"}
    | {"ai4bharat", "l3cube-pune", "nlptown", "oliverguhr", "babelscape", "davlan", "pyannote"}
    | {"speechbrain", "suno", "hexgrad", "parler-tts", "lightonai", "colbert-ir"}
    | {"answerdotai", "naver", "castorini", "lykon", "sg161222", "h94", "madebyollin"}
    # Chinese labs' document, vision and language models
    | {"paddlepaddle", "baidu", "tencent-hunyuan", "stepfun-ai", "opengvlab"}
    | {"nexusflow", "intel", "ibm-research", "mlfoundations", "stanfordnlp", "unitary", "mbzuai"}
    # video and image generation labs
    | {"wan-ai", "lightricks", "tongyi-mai", "genmo", "kwai-kolors", "hunyuanvideo-community"}
    | {"damo-vilab", "ali-vilab"}  # Alibaba DAMO's text-to-video and video synthesis models
    # language-specific encoders among the Hub's most used (BETO, BERTimbau, AraBERT, ...)
    | {"dccuchile", "plantl-gob-es", "almanach", "neuralmind", "gronlp", "turkunlp"}
    | {"aubmindlab", "cl-tohoku", "tohoku-nlp", "klue", "indobenchmark", "vinai", "ai-forever"}
    | {"deeppavlov", "allegro", "sdadas", "flaubert", "asafaya"}
)
_BARE = re.compile(
    r"(?<![\w./:@#~${-])(?P<org>[A-Za-z0-9][\w.-]*)/(?P<name>[A-Za-z0-9][\w.-]*[A-Za-z0-9])"
    r"(?![\w-]|/(?![ \t]*\|)|\.\w|:[0-9a-f]{32}|\u2026|\.\.\.)",  # a table cell's `org/name/ |`
    # too; not Replicate's `owner/model:<version hash>`, nor an id cut short (`org/Minist…`)
    re.ASCII,  # ids are ASCII: `在hfl/chinese-roberta-wwm-ext模型上` holds one
)
#: A size, version or variant: what model names have and project names do not.
_MODEL_NAME = re.compile(
    r"\d|base|large|small|tiny|mini|medium|instruct|chat|embed|gguf|awq|gptq|coder|uncased"
    r"|cased|xl\b|bert|rerank|\bnano\b|opus-mt|controlnet"  # `-nano`, a size (not `nanoGPT`)
    r"|[-_]lora\b"  # `org/qwen-image-anime-irl-lora` (not the `microsoft/LoRA` code)
    r"|ecapa|xvect|voxceleb|diarization"  # speaker models: `speechbrain/spkrec-ecapa-voxceleb`
    # a task that only models' names carry as a word of their own: `deepseek-ai/DeepSeek-OCR`,
    # `facebook/mms-tts-eng`, `onnx-community/silero-vad`, `stabilityai/sd-turbo`,
    # `Qwen/Qwen-Image-Edit`, `microsoft/rad-dino` (not the projects `PaddlePaddle/PaddleOCR`,
    # `huggingface/parler_tts`, nor `k2-fsa/sherpa-onnx`)
    r"|[-_]ocr\b|-tts\b|[-_]vad\b|turbo|[-_]image\b|[-_]vit\b|dino|detr\b",
    re.IGNORECASE | re.ASCII,
)


_SIZE = re.compile(r"^\d+(?:\.\d+)?[KkMmBbTt]$")

#: Words that make a line about models: then any organization's model-shaped id counts.
_ABOUT_MODELS = re.compile(
    r"(?<![\w-])(?:models?|embeddings?|llms?|checkpoints?|weights|fine-?tun(?:ed|ing)|base model"
    r"|adapters?|loads"  # `clusterer = EmbeddingClusterer()  # loads org/name`
    r"|lora|re-?rankers?|encoders?|embedders?"
    r"|shortcut names?"  # transformers' old checkpoint table: `| Architecture | Shortcut name |`
    r"|hugging ?face|hf hub)(?![\w-])"  # a word, not part of a name (`text-embeddings-inference`)
    r"|模型|モデル|모델|\bmodel[oe]s?\b|\bmodèles?\b|\bmodell(?:e|en)?\b",  # zh, ja, ko, es, fr, de
    re.IGNORECASE,
)


#: What follows a quoted id that the sentence calls a model (`"org/name" model`).
_CALLED_MODEL = re.compile(
    r"""["'`]{1,2}\*{0,2}\s+(?:(?:pre-?trained|base|fine-?tuned)\s+)?(?:model|checkpoint|weights)\b"""
    r"""|["'`]{1,2}\*{0,2}\s+(?:HF|Hub|Hugging\s?Face)\s+(?:model\s+)?repo(?:sitory)?\b"""
    r"""|["'`]{1,2}\*{0,2}\s+(?:on|from)\s+(?:the\s+)?(?:HF|Hugging\s?Face)\b(?!\s+Spaces?\b)""",
    re.IGNORECASE,
)  # `the "org/chatterbox" model`, "HuggingFace ``org/aurora`` pretrained checkpoint" (reST),
# "the `org/x` HF repo"
#: `the b-mc2/sql-create-context dataset`: an id the next word calls a dataset, any shape.
_NEXT_WORD_DATASET = re.compile(r"""["'`*]{0,3}[ \t]+(?:dataset|corpus|rows)\b""", re.IGNORECASE)
#: An unknown organization's id must look the part: `hkunlp/instructor-xl`, not `p50/p99`.
_UNKNOWN_ORG_ID = re.compile(r"^[A-Za-z][\w.-]*/(?=[^/]{5,}$)[\w.]*[A-Za-z][\w.]*[-_.][\w.-]+$")


_SHORT = re.compile(r"(?<![\w./:@#-])([A-Za-z][\w.-]*-v\d)(?![\w/-]|\.\w)", re.ASCII)


#: The start of a Markdown list item (`- `, `* `, `1. `).
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_LISTED_ID = re.compile(
    LIST_ITEM.pattern + r"\s*[`*\[]*(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])[`*\]]*"
    r"(?:\(https?://[^)\s]*\))?"  # `* [org/name](https://arxiv.org/...)`: its paper
    r"(?P<said>[ \t]+[-\u2013\u2014][ \t].*|:[ \t].*)?\s*$"  # `1. **org/name** - Text-to-speech`
)


def listed_id(line: str) -> list[tuple[int, str]]:
    """(offset, id) of a list item that is only an `org/name` id (`- facebook/contriever`), or
    links it (`* [owkin/phikon](https://arxiv.org/...)`), with or without a description after
    a dash or a colon (`3. **org/name** - Text-to-speech`): in a section about models, such an
    item names one, whatever its shape."""
    match = _LISTED_ID.match(line)
    if match is None or not plausible_id(match.group("id")):
        return []
    if match.group("said") and _UNKNOWN_ORG_ID.match(match.group("id")) is None:
        return []  # `- **Linux/macOS**: ...`, `- inference/benchmarking - ...`: no model's name
    if "](" in line and len(match.group("id").split("/")[0]) < 2:
        return []  # `* [X/Twitter](https://x.com/...)`: a site's name, not an organization
    return [(match.start("id"), match.group("id"))]


#: WebLLM / MLC LLM prebuilt model ids (`Llama-3.2-1B-Instruct-q4f16_1-MLC`, `...-MLC-1k`): each
#: is the Hub repo `mlc-ai/<id>`, its variant suffix (`-1k`, `-b32`) a runtime setting.
_MLC = re.compile(
    r"(?<![\w./:-])(?P<id>[A-Za-z][\w.-]*-q\d+f\d+(?:_\d+)?-MLC)(?:-\w+)?(?![\w/-]|\.\w)",
    re.ASCII,
)


#: An older WebLLM release's prebuilt id, quoted, without the `-MLC` its repo's name ends with
#: (`"Llama-3-8B-Instruct-q4f32_1"`, `"gemma-2b-it-q4f32_1-1k"`).
_MLC_BARE = re.compile(
    r"(?<=[\"'`])(?P<id>[A-Za-z][\w.-]*-q\d+f\d+(?:_\d+)?)(?:-\d+k)?(?=[\"'`])", re.ASCII
)


def mlc_ids(line: str) -> list[tuple[int, str]]:
    """(offset, `mlc-ai/...` repo) of each MLC prebuilt model id written in a line."""
    if "-MLC" in line:
        return [(m.start(), f"mlc-ai/{m.group('id')}") for m in _MLC.finditer(line)]
    if "-q" not in line or "f" not in line:
        return []
    return [(m.start(), f"mlc-ai/{m.group('id')}-MLC") for m in _MLC_BARE.finditer(line)]


def short_names_in_prose(line: str) -> list[tuple[int, str]]:
    """(offset, id) of sentence-transformers short names (`all-MiniLM-L6-v2` embeddings)."""
    return [
        (m.start(), sentence_transformers_id(m.group(1)))
        for m in _SHORT.finditer(line)
        if is_sentence_transformers_name(m.group(1))
    ]


#: A hyphenated word, as legacy ids are written (`xlm-roberta-large`, `bert-base-uncased`).
_HYPHENATED = re.compile(r"(?<![\w./:@#-])[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+(?<!\.)(?![\w/-]|\.\w)")


def legacy_names_in_prose(line: str, *, about: bool = False) -> list[tuple[int, str]]:
    """(offset, id) of the hyphenated legacy ids a sentence about models names ("The
    underlying model is xlm-roberta-large."), or any line known to be about them (`about`): as
    the Hub spells them, never a plain word."""
    if "-" not in line or not (about or about_models(line)):
        return []
    return [(m.start(), m.group()) for m in _HYPHENATED.finditer(line) if m.group() in LEGACY_IDS]


def model_shaped(ident: str) -> bool:
    """`org/name` whose name has a size, version or variant (`wav2vec2-large-xlsr-53`), or a
    sentence-transformers model by its short name (`sentence-transformers/allenai-specter`)."""
    if "/" not in ident:
        return False
    org, name = ident.split("/", 1)
    if org.lower() == "sentence-transformers" and is_sentence_transformers_name(name):
        return True
    return _MODEL_NAME.search(name) is not None


#: A table needs this many entries that are model ids, and at least this share of its strings.
_TABLE_MIN = 3
_TABLE_SHARE = 0.8


def _table_entry(value: str) -> bool:
    """A table entry that is a model id as written: an `org/name` shaped like a model's name,
    or one of the Hub's legacy names (`bert-base-uncased`, `all-MiniLM-L6-v2`)."""
    ident = normalize(value)
    if ident is None:
        return False
    return "/" not in value or (ident == value and model_shaped(ident))


def table_entries(values: list[str]) -> list[int]:
    """Indices of the model ids in a literal list or table of strings, when three or more of
    them are ids and they make four in five of its strings at least; else none."""
    entries = [i for i, value in enumerate(values) if _table_entry(value)]
    stems = {_stem(values[i]) for i in entries} - {None}
    if stems:  # `org/musicgen-melody` beside `org/musicgen-small`: a variant of the same model
        entries = [i for i, value in enumerate(values) if i in entries or _sibling(value, stems)]
    if len(entries) >= 2:  # a known publisher's model among them: the other ids too
        entries = _with_published(values, entries)
    if len(entries) < _TABLE_MIN or len(entries) < _TABLE_SHARE * len(values):
        return []
    return entries


def _with_published(values: list[str], entries: list[int]) -> list[int]:
    """A list of `org/name` ids as written, two shaped like models' names and one a known
    publisher's (`["nvidia/Minitron-4B-Base", "coqui/XTTS-v2", "KwaiVGI/LivePortrait"]`): every
    such id is one, whatever its name's shape."""
    written = [i for i, value in enumerate(values) if id_like(value)]
    if any(published_id(values[i]) for i in entries):
        return sorted({*entries, *written})
    return entries


def _stem(value: str) -> str | None:
    """`org/musicgen` of `org/musicgen-small`: an id's organization and the first word of its
    name, where the name has more words."""
    org, slash, name = value.partition("/")
    head, dash, _rest = name.partition("-")
    return f"{org.lower()}/{head.lower()}" if slash and dash and head else None


def _sibling(value: str, stems: set[str | None]) -> bool:
    """An `org/name` id as written that shares its stem with a model id of the same table."""
    return _stem(value) in stems and normalize(value) == value


def published_id(value: str) -> bool:
    """`Xenova/t5-small`, `meta-llama/Llama-3.2-1B`: a known model publisher's id shaped like a
    model's name, whole. Such a literal names a model wherever code writes it."""
    org = value.partition("/")[0]
    return org.lower() in PUBLISHERS and model_shaped(value) and plausible_id(value)


def id_like(value: str) -> bool:
    """An `org/name` any organization may publish, written as the Hub writes it: what a key that
    holds a known publisher's model elsewhere in the file holds here."""
    return "/" in value and normalize(value) == value  # `normalize` keeps only plausible ids


def about_models(line: str) -> bool:
    """The line talks about models ("embeddings using ...", a table header `| Model |`)."""
    return _ABOUT_MODELS.search(line) is not None


_CONTAINER_COMMAND = re.compile(r"\b(?:docker|podman)\s+(?:run|pull|push|create|tag)\b")


#: `BERT/LLM-based`, `GPT/Claude-style`: a name ending as an English compound adjective.
_ADJECTIVE = re.compile(
    r"-(?:based|like|style|only|specific|aware|free|level|wise|friendly|compatible)$", re.I
)


def _org_ids(line: str) -> Iterator[re.Match[str]]:
    """Each `org/name` of a line shaped like a Hub id, whoever publishes it."""
    return (m for m in _BARE.finditer(line) if _UNKNOWN_ORG_ID.match(m.group(0)))


def shaped_ids(line: str) -> list[tuple[int, str]]:
    """(offset, id) of every plausible `org/name` of a line shaped like a Hub id."""
    return [(m.start(), m.group(0)) for m in _org_ids(line) if plausible_id(m.group(0))]


def written_ids(line: str) -> list[tuple[int, str]]:
    """(offset, id) of every plausible `org/name` of a line, whatever its shape
    (`Exscientia/IgBert`): for places that say they hold ids."""
    return [(m.start(), m.group(0)) for m in _BARE.finditer(line) if plausible_id(m.group(0))]


def called_datasets(line: str) -> list[tuple[int, str]]:
    """(offset, id) of each `org/name` the next word calls a dataset ("using the
    b-mc2/sql-create-context dataset"), whatever its shape."""
    if "/" not in line:
        return []
    return [
        (m.start(), m.group(0))
        for m in _BARE.finditer(line)
        if _NEXT_WORD_DATASET.match(line, m.end()) and plausible_id(m.group(0))
    ]


def ids_in_prose(line: str, *, about: bool = False) -> list[tuple[int, str]]:
    """(offset, id) of each model id written bare in a line of prose: a known publisher's, or
    any organization's on a line that talks about models ("embeddings using org/name-xl"), or
    in a table whose header does (`about`)."""
    if "/" not in line or _CONTAINER_COMMAND.search(line):
        return []  # `docker run -p 80:80 org/name-large`: an image, whatever its name
    about = about or about_models(line)
    out = []
    for match in _BARE.finditer(line):
        org, name = match.group("org"), match.group("name")
        ident = f"{org}/{name}"
        quoted = match.start() > 0 and line[match.start() - 1] in "\"'`"
        if quoted and _CALLED_MODEL.match(line, match.end()) and plausible_id(ident):
            out.append((match.start(), ident))  # `the "org/chatterbox" model`, any shape
            continue
        if _SIZE.match(org) or _ADJECTIVE.search(name):
            continue  # `2B/4B models`: sizes; `BERT/LLM-based`: two families made an adjective
        if is_openai_api_name(org.lower()) and is_openai_api_name(name.lower()):
            continue  # `GPT-3/GPT-4`: two of OpenAI's API models
        if router_variant(line, match.end()):
            continue  # `org/name:free`: OpenRouter's slug
        known = org.lower() in PUBLISHERS or (about and _UNKNOWN_ORG_ID.match(ident) is not None)
        if known and model_shaped(ident) and plausible_id(ident):
            out.append((match.start(), ident))
    return out
