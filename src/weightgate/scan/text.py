"""Free text: shell commands, Dockerfiles, Makefiles, CI steps and string values in configs.

Finds Hub URLs/URIs anywhere, and ids passed to model flags (`--model`, `--model-id` ...),
download/serve commands (`huggingface-cli download`, `hf download`, `vllm serve`,
`ollama pull`) and `MODEL_ID=` style variables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from weightgate.model import Confidence, Kind
from weightgate.scan import keys
from weightgate.scan.ids import (
    MAKE_VARIABLE,
    is_ollama_tag,
    is_templated,
    listed_names,
    normalize,
    single_dataset,
    without_quant,
)
from weightgate.scan.ollamatags import (
    is_library_tag,
    is_mixed_case_name,
    is_ollama_value,
    is_tagged_library_name,
    provider_tag,
)
from weightgate.scan.prose import published_id
from weightgate.scan.shortnames import LEGACY_IDS
from weightgate.scan.uris import find_uris

_FLAG_NAMES = (
    r"model|model[-_]id|model[-_]name|model[-_]name[-_]or[-_]path|model[-_]path|model[-_]repo"
    r"|tokenizer|tokenizer[-_]name|base[-_]model|draft[-_]model|speculative[-_]model"
    r"|reward[-_]model|teacher[-_]model|ref[-_]model|hf[-_]repo|repo[-_]id|pretrained"
    r"|hf[-_]path"  # mlx_lm / mlx-audio `convert --hf-path org/name`
    r"|pretrained[-_]model[-_]name[-_]or[-_]path|embedding[-_]model|adapter"
    r"|vision[-_]tower"  # LLaVA's image encoder (`--vision_tower openai/clip-vit-large-...`)
    r"|(?:(?:reward|critic|ref)[-_])?pretrain"  # OpenRLHF's `--pretrain org/name`
    r"|judge"  # an evaluation's judge model (`--judge org/reward-model`)
)
#: A flag alone, as one item of an argument list (`["--model-path", "org/name"]`).
FLAG_ITEM = re.compile(rf"^--(?:{_FLAG_NAMES})$")
#: A value, quoted or not; `\"org/name\"` too (a command inside a double-quoted `bash -c`), and
#: `${VAR:-"org/name"}` whole.
_VALUE = (
    r"""\\?(?P<q>["']?)"""
    r"""(?P<v>\$\{\w+:?-(?P<dq>["'])[^"'}\s]+(?P=dq)\}"""
    rf"""|(?:{MAKE_VARIABLE}|[^\s"'`;,|&()<>\[\]])+)(?P=q)"""  # Make's `$(PHI_2)` too
)
_FLAG = re.compile(rf"""(?<![\w-])(?:--(?:{_FLAG_NAMES})|-hf)(?:=|\s+|["']\s*,\s*){_VALUE}""")
#: `-m org/name` (llama.cpp, `llm`, converters) and Go-style `-model org/name`: only an `org/name`,
#: never `python -m module` or a `git commit -m` message.
_SHORT_M = re.compile(rf"""(?<![\w-])-(?:m|model)\s+{_VALUE}""")
#: Python itself right before a `-m` (`python -m module`, `python3 -u -m module`): the switch
#: runs a module. Any other command's `-m` given a legacy id (`python run_gpt2.py -m gpt2-xl`,
#: `lmqg-train -m "t5-small"`, `python -m surprisal -m distilgpt2`) names a model.
_PYTHONS_OWN_M = re.compile(r"(?:^|[\s/])(?:python[\d.]*|py|pypy3?)(?:\s+-[A-Za-z]+)*\s+$")
#: Any other flag whose name gives a model or dataset role (`--teacher_model_name_or_path`,
#: `--reward-model-path`, `--vision-model`, a launcher's `--llm org/name`, a fine-tune's
#: `--checkpoint=org/name`, a dotted `--official.transformer_model roberta-base`, a distiller's
#: `--student_name_or_path` / `--backbone org/name`, `--from_pretrained "org/name"`, LeRobot's
#: `--dataset.repo_id=org/name` and `--policy.path=org/name`, LiteRT-LM's
#: `--from-huggingface-repo org/name`), and vLLM's `--lora-modules name=org/adapter`.
_ROLE_FLAG = re.compile(
    r"""(?<![\w-])--(?P<k>[\w.-]*(?:model|MODEL|tokenizer|lora|llm|LLM|checkpoint|name_or_path"""
    r"""|backbone|teacher|student|pretrained|huggingface|dataset\.|policy\.)[\w-]*)"""
    rf"""(?:=|\s+|["']\s*,\s*)(?!-){_VALUE}"""
)
#: A `--help` line of a model flag that shows its default: `-m, --model <model>  model to use
#: (default: "llama2")`.
_HELP_DEFAULT = re.compile(
    r"""(?<![\w-])--(?P<k>[\w-]*(?:model|MODEL)[\w-]*)\b[^\n]*?\(default:\s*["']?"""
    r"""(?P<v>[^"'()\s]+)["']?\)"""
)
_DATA_FLAG = re.compile(
    rf"(?<![\w-])--(?:[\w-]+\.)*(?:dataset|dataset[-_](?:name|id|path)|(?:train|eval)[-_]dataset"
    rf"|data[-_](?:id|name|path))(?:=|\s+){_VALUE}"
)
#: A split written after a dataset's id (Tevatron's `--dataset_name Tevatron/msmarco-passage/dev`).
_SPLIT_AFTER = re.compile(r"^([\w.-]+/[\w.-]+)/(?:train|dev|test|validation|val|corpus)$")
#: verl's / EasyR1's `data.train_files=org/name@train`: a Hub dataset with its split.
_SPLIT_FILES = re.compile(
    r"(?<![\w-])(?:[\w-]+\.)*(?:train|val|test|eval)[-_]files?=[\"']?"
    r"(?P<v>[A-Za-z0-9][\w.-]*/[\w.-]+)@\w+"
)
#: Any long flag's hyphenated value (`--arch bert-base-uncased`).
_ANY_FLAG = re.compile(
    r"""(?<![\w-])--[\w.-]+(?:=|\s+)["']?(?P<v>[a-z][\w.]*-[\w.-]*[a-z0-9])(?![\w/.-])"""
)
_KWARG = re.compile(rf"(?<![\w-])pretrained={_VALUE}")
#: Download options that take no value (`--resume-download org/name` names the repo).
_DOWNLOAD_SWITCHES = r"--(?:resume-download|force-download|quiet|dry-run|no-progress)\s+"
_DOWNLOAD = re.compile(
    rf"(?<![\w-])(?:huggingface-cli|hf|huggingface|transformers-cli|litgpt|tune)(?:\s+--)?\s+download\s+"
    rf"(?P<opts>(?:{_DOWNLOAD_SWITCHES}|--?[\w-]+(?:[=\s]+[^\s-]\S*)?\s+)*){_VALUE}"
)
_SERVE = re.compile(
    rf"(?<![\w-])(?:vllm\s+serve|litgpt\s+(?:chat|serve|generate|finetune\w*|evaluate|pretrain))"
    rf"\s+{_VALUE}"
)
#: hf-mirror's download script: `hfd.sh org/name`, `./hfd.sh org/data --dataset`.
_HFD = re.compile(rf"(?<![\w-])hfd(?:\.sh)?\s+{_VALUE}")
#: Simon Willison's `llm` CLI: `llm -m ollama/llama3.2`, `llm chat -m org/name`,
#: `llm mlx download-model mlx-community/...`.
_LLM_CLI = re.compile(
    rf"(?<![\w-])llm\s+(?:(?:chat|prompt|embed|similar|mlx\s+download-model)\s+)?"
    rf"(?:-[^m\s-]\S*\s+(?:[^-\s]\S*\s+)?)*(?:-m\s+|--model[=\s]+)?{_VALUE}"
)
#: `ollama pull x` (`ollama.exe` on Windows; after an escaped line break in an `echo '...'`
#: script too), and `$OLLAMA_CMD pull x` through a variable
#: named for the command; the client's own switches may come first (`ollama show --modelfile
#: x`, `ollama run --verbose x`, `ollama run --format json x`).
_OLLAMA_SWITCHES = (
    r"(?:--?(?:modelfile|license|parameters|system|template|verbose|insecure|nowordwrap|v"
    r"|hidethinking|think(?:=\w+)?|(?:format|keepalive|dimensions)[=\s]+[\w.]+)\s+)*"
)
_OLLAMA = re.compile(
    rf"(?:(?:(?<![\w-])|(?<=\\[nrt]))ollama(?:\.exe)?|\$\{{?\w*OLLAMA\w*\}}?)\s+"
    rf"(?P<verb>pull|run|show)\s+"
    rf"{_OLLAMA_SWITCHES}{_VALUE}",
    re.IGNORECASE,
)
_ASSIGN = re.compile(
    rf"(?:^|(?<=[\s;{{,(]))(?:export\s+|ENV\s+|ARG\s+|\+\+?|\$(?=[A-Za-z_]))?(?P<kq>[\"']?)"
    rf"(?P<k>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?P=kq)"  # Hydra's `a.model=`
    rf"(?:[ \t]*(?:[?:+]|::)?=[ \t]*|:\s*){_VALUE}"  # Make's `?=`, `:=`, `::=`, `+=` too
)
#: A lower-case word after a `key: value`'s value: the line is a sentence, not a setting.
_PROSE_AFTER = re.compile(r"[ \t]+[a-z]{2,}\b(?![:=])")
#: A loader call written inline (`python -c "...from_pretrained('org/name')"`, a heredoc).
_CALL = re.compile(
    r"(?:\.from_pretrained|(?<![\w.])(?P<f>SentenceTransformer|CrossEncoder|snapshot_download"
    r"|hf_hub_download|load_dataset|TextEmbedding))"  # fastembed's `TextEmbedding("org/x")`
    r"\(\s*(?:(?:repo_id|path|pretrained_model_name_or_path|model_name)\s*=\s*)?"
    r"\\*(?P<q>[\"'])(?P<v>[^\s\"'\\]+)\\*(?P=q)"
)
#: LangChain's / LlamaIndex's Ollama classes given a model (`Ollama("llama3.2")`,
#: `ChatOllama(model="qwen3")`), as a docstring or document shows them.
_OLLAMA_CLASS = re.compile(
    r"(?<![\w.])(?:Chat)?Ollama(?:LLM|Embeddings?)?\(\s*(?:model(?:_name)?\s*=\s*)?"
    r"\\*(?P<q>[\"'])(?P<v>[^\s\"'\\]+)\\*(?P=q)"
)
_REVISION = re.compile(r"""(?:--revision[=\s]+|[,\s]revision=)["']?(?P<r>[\w.-]+)""")
#: A variable's default written where it is read (`echo "${VLLM_MODEL:-org/name}"`, or inside
#: another's: `${SERVED_NAME:-${VLLM_MODEL:-org/name}}`).
_MODEL_DEFAULT = re.compile(r"\$\{(?P<k>[A-Za-z_][A-Za-z0-9_]*):?-(?P<v>[\w.:/-]+)\}")
#: `${VAR:-org/name}`, `${1:-org/name}`: a variable with a literal default (the default is read);
#: a Makefile's recipe writes its `$` twice (`$${VAR:-org/name}`); Spring's and PrivateGPT's
#: settings write `${VAR:org/name}`.
DEFAULT = re.compile(r"^\$\$?\{(?P<n>[A-Za-z_][A-Za-z0-9_]*|\d+)(?::-?|-)(?P<d>[^}]+)\}$")


def blank(match: re.Match[str]) -> str:
    """A pattern's match as spaces of its length: the text taken out, lines and columns kept
    (`re.sub(..., blank, source)`)."""
    return " " * len(match.group(0))


def blank_lines(text: str) -> str:
    """Text over several lines as spaces, its line breaks kept (a block comment taken out)."""
    return _NOT_NEWLINE.sub(" ", text)


_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True)
class TextHit:
    """An id found at `start` (offset into the text), or a templated value there."""

    start: int
    id: str
    kind: Kind
    confidence: Confidence = "medium"
    templated: bool = False
    revision: str | None = None


def add_value(
    text: str,
    start: int,
    raw: str,
    kind: Kind,
    out: list[TextHit],
    *,
    legacy: bool = False,
    ollama: bool = False,
    hub: bool = False,
) -> None:
    """One value in a model position; `legacy` (a download command) also takes `gpt2`; with
    `ollama` (the file is about Ollama), `qwen2.5-coder:7b` is an Ollama tag; with `hub` (a Hub
    loader or download reads it), a provider-named org (`cerebras/x`) is a Hub org."""
    raw = raw.removesuffix("\\")  # `--model org/name\` glued to a line continuation
    # `ollama pull x:7b\n\` or `ollama pull x:7b\nollama pull y` inside `echo '...'`: the
    # value ends at the script's escaped line break
    raw = _ESCAPES.split(raw, 1)[0]
    if raw[-1:] in (".", ",", ";") and "://" not in raw:
        raw = raw.rstrip(".,;")  # "(e.g. `ollama pull llava`, then ...)": the sentence's end
    default = DEFAULT.match(raw)
    if default:
        start += default.start("d")
        raw = default.group("d").strip("\"'")
        if kind == "model" and "ollama" in keys.tokens(default.group("n")):
            kind = "ollama"  # `${OLLAMA_MODEL:-llama3}`: the default is a library name
    if is_templated(raw):
        out.append(TextHit(start, raw, kind, templated=True))
        return
    if "://" in raw:  # a URL: what the URL reader makes of it (a documentation page is none)
        out.extend(TextHit(start + h.start, h.id, h.kind, "high") for h in find_uris(raw))
        return
    tag = provider_tag(raw) if kind == "model" else None
    if tag is not None:
        out.append(TextHit(start + len(raw) - len(tag), tag, "ollama", "high"))
        return
    if kind == "model" and is_ollama_value(raw, context=ollama):  # `llama3.2:1b` anywhere
        out.append(TextHit(start, raw, "ollama", "high"))
        return
    if kind == "ollama":
        if raw.startswith(("hf.co/", "huggingface.co/")):
            ident = normalize(raw)
            if ident:
                out.append(TextHit(start, ident, "model", "high"))
        elif is_ollama_tag(raw):
            out.append(TextHit(start, raw, "ollama", "high"))
        return
    ident = normalize(without_quant(raw), hub=hub or kind == "dataset")  # no dataset provider
    if ident is not None and ("/" in ident or legacy):
        out.append(TextHit(start, ident, kind, "high"))


#: Docker's `ENV MODEL gemma3` / `ARG ...`, and fish's `set -x MODEL gemma3`: no `=`.
_DOCKER_SPACED = re.compile(
    r"\s*(?:ENV|ARG|set(?:\s+-[A-Za-z]+)*)\s+(?P<k>[A-Za-z_]\w*)\s+(?P<v>[^\s=\"']+)\s*$"
)
_ESCAPES = re.compile(r"\\[nrt]")
#: Ollama's REST calls that name a model in `"name"` (`curl .../api/pull -d '{"name": "x"}'`).
_OLLAMA_API = re.compile(r"/api/(?:pull|push|show|delete|copy|create)\b")


#: One `name=org/adapter` of vLLM's `--lora-modules`, and the ones after it before the next flag.
_LORA_PAIR = re.compile(r"\s*[\w.-]+=(?P<v>[^\s\"'\\]+)\s*(?:\\\s*)?")


#: The further values of a plural flag (`--models qwen2.5-coder:7b llama3.2:3b`).
_MORE_VALUES = re.compile(r"[ \t]+(?P<v>[^\s\"'`;,|&()<>\[\]\\-][^\s\"'`;,|&()<>\[\]\\]*)")


def _role_flag(text: str, match: re.Match[str], out: list[TextHit], *, ollama: bool) -> None:
    key, raw, start = match.group("k"), match.group("v"), match.start("v")
    if keys.tokens(key)[:2] == ("lora", "modules") and "=" in raw:  # `name=org/adapter ...`
        pair = _LORA_PAIR.match(text, match.start("v"))
        while pair is not None:
            add_value(text, pair.start("v"), pair.group("v"), "model", out)
            pair = _LORA_PAIR.match(text, pair.end())
        return
    kind = assigned_kind(key)
    if kind is None and keys.tokens(key)[:1] == ("target",) and published_id(raw.strip("\"'")):
        kind = "model"  # `--target_model_path meta-llama/x`: nobody writes to a publisher's id
    if kind is None or raw.startswith("-"):
        return
    add_value(text, start, raw, kind, out, legacy=kind == "model", ollama=ollama)
    if keys.tokens(key)[-1:] in (("models",), ("datasets",)):
        more = _MORE_VALUES.match(text, match.end("v") + len(match.group("q")))
        while more is not None:
            add_value(text, more.start("v"), more.group("v"), kind, out, ollama=ollama)
            more = _MORE_VALUES.match(text, more.end())


def assigned_kind(key: str) -> Kind | None:
    """What `KEY=value` assigns: `MODEL_ID=`, `HF_REPO_ID=`, `repo_id=` a model (the Hub's
    default repo type), `DATASET_NAME=` a dataset."""
    role = keys.role(key)
    if role in ("model", "hub") or keys.tokens(key) == ("repo", "id"):
        return "model"
    if keys.names_model_preference(key):  # AnythingLLM's `LLM_MODEL_PREF=mistral`
        return "model"
    return "dataset" if role == "dataset" else None


#: Where a command stops: its line's end, or the next command chained to it.
_COMMAND_END = re.compile(r"\n|&&|\|\||;|\|")


def _download_kind(opts: str) -> Kind | None:
    if re.search(r"--repo[-_]type[=\s]+(?:\"|')?dataset", opts):
        return "dataset"
    if re.search(r"--repo[-_]type[=\s]+(?:\"|')?space", opts):
        return None
    return "model"


def _tool_commands(text: str, out: list[TextHit]) -> None:
    """Download and serving tools' commands: `hf download`, `hfd.sh`, `vllm serve`, `llm -m`."""
    if "download" in text:
        for m in _DOWNLOAD.finditer(text):
            after = _COMMAND_END.split(text[m.end() : m.end() + 400], maxsplit=1)[0]
            kind = _download_kind((m.group("opts") or "") + " " + after)  # `--repo-type` after
            if kind is not None:
                add_value(text, m.start("v"), m.group("v"), kind, out, legacy=True, hub=True)
    if "hfd" in text:
        for m in _HFD.finditer(text):
            dataset = re.search(r"\s--dataset\b", text[m.end() :]) is not None
            hfd_kind: Kind = "dataset" if dataset else "model"  # `hfd gpt2`: a legacy id too
            add_value(text, m.start("v"), m.group("v"), hfd_kind, out, legacy=True)
    if "serve" in text:
        for m in _SERVE.finditer(text):
            add_value(text, m.start("v"), m.group("v"), "model", out)
    if "llm " in text and ("-m" in text or "download-model" in text):
        for m in _LLM_CLI.finditer(text):
            flagged = "-m" in text[m.start() : m.start("v")] or "download-model" in m.group(0)
            if flagged:
                add_value(text, m.start("v"), m.group("v"), "model", out)


#: A Piper voice (`en_US-lessac-medium`): a locale, a speaker and a quality, each voice a folder
#: of the Hub's `rhasspy/piper-voices` (a name in prose or a table is no setting: not read).
_PIPER_VOICE = re.compile(
    r"(?<![\w./])[a-z]{2,3}_[A-Z]{2}-[a-z0-9_]+-(?:x_low|low|medium|high)\b(?![\w./-])"
)
#: wyoming-faster-whisper's quantized sizes (`small-int8`): the Hub's `rhasspy/faster-whisper-*`.
_WYOMING_SIZE = re.compile(r"(?<![\w./-])(?:tiny|base|small|medium)(?:\.en)?-int8\b(?![\w./-])")
#: A setting or flag for a voice just before one (`--voice `, `PIPER_VOICE=`, `voice: `).
_VOICE_SETTING = re.compile(
    r"(?i)voice[\w-]*[\"']?(?:[ \t]*[=:][ \t]*|[ \t]+)[\"']?(?:\$\{\w+:-)?\Z"
)


def _speech_names(text: str, out: list[TextHit]) -> None:
    """Speech models named by their own libraries' names: a Piper voice given to a voice setting
    or flag, a wyoming-faster-whisper size; each as the Hub repository that holds it."""
    if ("oice" in text or "OICE" in text) and (
        "-medium" in text or "-high" in text or "-low" in text
    ):
        for m in _PIPER_VOICE.finditer(text):
            if _VOICE_SETTING.search(text, max(0, m.start() - 30), m.start()):
                out.append(TextHit(m.start(), "rhasspy/piper-voices", "model"))
    if "-int8" in text:
        for m in _WYOMING_SIZE.finditer(text):
            out.append(TextHit(m.start(), f"rhasspy/faster-whisper-{m.group()}", "model"))


def _ollama_commands(text: str, out: list[TextHit]) -> None:
    """`ollama pull x`, `ollama run x`, `ollama show x`; a mixed-case name run or shown
    (`ollama run NigelGPT`) is the user's own model (the library's names are lower case)."""
    m = _OLLAMA.search(text)
    while m is not None:
        raw = m.group("v")
        if not (is_mixed_case_name(raw) and m.group("verb").lower() != "pull"):
            add_value(text, m.start("v"), raw, "ollama", out)
        # from the value on: `pull x\nollama pull y` in an `echo '...'` script is one value
        m = _OLLAMA.search(text, m.start("v"))


#: A command's provider switch (`--provider openrouter`, `--expert-provider=groq`), or a
#: setting it is given (`fa --config provider=openrouter model=org/x`).
_PROVIDER_FLAG = re.compile(
    r"""(?:--[\w-]*provider(?:=|\s+)|(?<![\w.-])provider=)["']?(?P<p>[\w-]+)(?![\w/.:-])"""
)


def picks_hosted_provider(line: str) -> bool:
    """The command picks a hosted API provider (`--provider openrouter`): the model names its
    flags give are that API's, not Hub ids."""
    return "provider" in line and bool(_hosted_lines(line))


def _hosted_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` whose command picks a hosted API provider."""
    spans = []
    for m in _PROVIDER_FLAG.finditer(text):
        if keys.names_hosted_api(m.group("p")):  # not `openai`: often a local server's API
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            spans.append((start, len(text) if end < 0 else end))
    return spans


def _flags(text: str, out: list[TextHit], *, ollama: bool) -> None:
    """Model and dataset flags (`--model_name_or_path org/name`, `-m org/name`, `--dataset x`)
    and a `--help` line's default."""
    for rx in (_FLAG, _KWARG):  # `--model_name bert-base-uncased`: legacy ids too
        for m in rx.finditer(text):
            hub = rx is _KWARG  # lm-eval's `pretrained=`: read by `from_pretrained`
            add_value(text, m.start("v"), m.group("v"), "model", out, legacy=True, hub=hub)
    if "-m" in text:
        for m in _SHORT_M.finditer(text):
            value = m.group("v")
            if "commit" in text[max(0, m.start() - 20) : m.start()]:
                continue  # `git commit -m "..."`
            bare = value.strip("\"'")  # `-m "llama3.2-vision:90b"`; about Ollama, `-m bge-m3`
            if is_tagged_library_name(bare) or (ollama and is_library_tag(bare)):
                add_value(text, m.start("v"), value, "ollama", out)
            elif "/" in value:
                add_value(text, m.start("v"), value, "model", out)
            elif bare in LEGACY_IDS and not _PYTHONS_OWN_M.search(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()
            ):
                add_value(text, m.start("v"), value, "model", out, legacy=True)
    if "--" in text and "data" in text:
        for m in _DATA_FLAG.finditer(text):  # Tevatron's `org/name/dev`: the set and a split
            value = _SPLIT_AFTER.sub(r"\1", m.group("v"))
            add_value(text, m.start("v"), value, "dataset", out)
    if "_files" in text and "@" in text:
        for m in _SPLIT_FILES.finditer(text):
            add_value(text, m.start("v"), m.group("v"), "dataset", out)
    if "--" in text:
        for m in _ROLE_FLAG.finditer(text):
            _role_flag(text, m, out, ollama=ollama)
        for m in _ANY_FLAG.finditer(text):  # `--arch bert-base-uncased`: a legacy id, any flag
            if m.group("v") in LEGACY_IDS and "-" in m.group("v"):
                add_value(text, m.start("v"), m.group("v"), "model", out, legacy=True)
    if "(default:" in text:
        for m in _HELP_DEFAULT.finditer(text):
            if assigned_kind(m.group("k")) == "model":
                add_value(text, m.start("v"), m.group("v"), "model", out, ollama=ollama)


def find(text: str, *, ollama: bool = False) -> list[TextHit]:
    """Every id in a piece of free text (one line or a whole command), with its offset; none on
    a line whose command picks a hosted API's provider (`--provider openrouter`). With `ollama`
    (the file is about Ollama), `MODEL=name:tag` and `MODEL=llama3` values are Ollama tags."""
    out = [TextHit(h.start, h.id, h.kind) for h in find_uris(text)]
    if "-" in text or "=" in text:
        _flags(text, out, ollama=ollama)
    _tool_commands(text, out)
    _speech_names(text, out)
    if "(" in text:
        for m in _CALL.finditer(text):
            call_kind: Kind = "dataset" if m.group("f") == "load_dataset" else "model"
            if call_kind == "dataset" and single_dataset(m.group("v")):  # `load_dataset("squad")`
                out.append(TextHit(m.start("v"), m.group("v"), "dataset", "high"))
                continue
            legacy = call_kind == "model"
            add_value(text, m.start("v"), m.group("v"), call_kind, out, legacy=legacy, hub=True)
    if "Ollama" in text and "(" in text:
        for m in _OLLAMA_CLASS.finditer(text):
            if is_ollama_value(m.group("v"), context=True):
                out.append(TextHit(m.start("v"), m.group("v"), "ollama"))
    if "ollama" in text or "OLLAMA" in text:
        _ollama_commands(text, out)
    if text.lstrip().startswith(("ENV ", "ARG ", "set ")):  # `ARG MODEL gemma3:4b` (no `=`)
        spaced = _DOCKER_SPACED.match(text)
        kind = assigned_kind(spaced.group("k")) if spaced else None
        if spaced is not None and kind is not None:
            raw = spaced.group("v")
            tag = kind == "model" and is_ollama_value(raw, context=ollama)
            add_value(text, spaced.start("v"), raw, "ollama" if tag else kind, out)
    if "=" in text or ":" in text:
        _assignments(text, out, ollama=ollama)
        if "${" in text and ":-" in text:  # `${VLLM_MODEL:-org/name}` anywhere, nested too
            for m in _MODEL_DEFAULT.finditer(text):
                if assigned_kind(m.group("k")) == "model":
                    add_value(text, m.start("v"), m.group("v"), "model", out, ollama=ollama)
        quoted = '"' in text or "'" in text
        if quoted and ("," in text or " " in text):  # `MODELS="${X:-a,b}"`: no `_ASSIGN` match
            for m in _QUOTED_LIST.finditer(text):
                if assigned_kind(m.group("k")) == "model":
                    _listed(text, m, out, ollama=ollama)
    if "provider" in text:  # `--provider openrouter --model org/name`: the API's name
        out = _outside(out, _hosted_lines(text))
    return _with_revision(text, _unique(_not_from_modelscope(text, out)))


def _assignments(text: str, out: list[TextHit], *, ollama: bool) -> None:
    """The values of the text's `KEY=value` and `key: value` settings that name models,
    datasets or Ollama tags."""
    api = "/api/" in text and _OLLAMA_API.search(text) is not None
    for m in _ASSIGN.finditer(text):
        if _PROSE_AFTER.match(text, m.end("v")) and "=" not in text[m.end("k") : m.start("v")]:
            continue  # "a character-level model: sentence/paragraph structure": prose
        kind = assigned_kind(m.group("k"))
        if api and m.group("k") == "name":  # Ollama's REST API
            add_value(text, m.start("v"), m.group("v"), "ollama", out)
        elif kind == "model" and not _listed(text, m, out, ollama=ollama):
            raw = m.group("v")
            tag = is_ollama_value(raw, context=ollama)
            kind = "ollama" if tag else "model"  # `MODEL_NAME=gpt2`: legacy ids too
            add_value(text, m.start("v"), raw, kind, out, legacy=True, ollama=ollama)
        elif kind == "dataset":
            add_value(text, m.start("v"), m.group("v"), "dataset", out)
        elif keys.holds_legacy_id(m.group("k"), m.group("v")):
            out.append(TextHit(m.start("v"), m.group("v"), "model", "medium"))  # `BERT_PATH=`
        elif keys.names_its_family(m.group("k"), m.group("v")):  # `ALBERT_PATH="org/albert-`
            add_value(text, m.start("v"), m.group("v"), "model", out)
        elif is_tagged_library_name(m.group("v")) and not _IMAGE_KEY.search(m.group("k")):
            out.append(TextHit(m.start("v"), m.group("v"), "ollama", "medium"))  # any key


#: ModelScope's downloader (`modelscope download --model org/x`): its ids are that hub's.
_MODELSCOPE_DOWNLOAD = re.compile(r"(?<![\w-])modelscope\s+download\b")


def _not_from_modelscope(text: str, hits: list[TextHit]) -> list[TextHit]:
    """The hits outside the commands that download from ModelScope."""
    if "modelscope" not in text:
        return hits
    spans = []
    for m in _MODELSCOPE_DOWNLOAD.finditer(text):
        command = _COMMAND_END.split(text[m.end() : m.end() + 400], maxsplit=1)[0]
        spans.append((m.start(), m.end() + len(command)))
    return _outside(hits, spans)


def _outside(hits: list[TextHit], spans: list[tuple[int, int]]) -> list[TextHit]:
    """The hits that start in none of the (start, end) spans."""
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


#: A key that names a container image (`IMAGE=ollama/ollama:0.5`), whatever its value.
_IMAGE_KEY = re.compile(r"image|container", re.IGNORECASE)


#: A value that lists several names: `a,b`, `${VAR:-a,b}`, `"a b"`, Make's `a b`.
#: Words a space apart, not a list's separator: a sentence.
_SPACED_WORDS = re.compile(r"[\w.]+[ \t]+[\w.]+(?:[ \t]+[\w.]+)*[ \t]*,")
_LISTED = re.compile(
    r"""(?P<q>["']?)(?P<d>\$\{\w+:?-)?(?P<body>[\w.:/@-]+(?:(?:,[ \t]*|[ \t]+)[\w.:/@-]+)+)"""
    r"""(?(d)\})(?P=q)(?=$|[\s;])"""
)


#: `NAME="..."` whose quoted value holds a `,` or a space (which `_VALUE` does not take).
_QUOTED_LIST = re.compile(
    r"""(?:^|(?<=[\s;]))(?:export\s+|ENV\s+)?(?P<k>[A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:[?:+]|::)?="""
    r"""[ \t]*(?P<q>["'])(?=[^"'\n]*[, ])"""
)


def _listed(text: str, m: re.Match[str], out: list[TextHit], *, ollama: bool) -> bool:
    """`MODELS=llama3.2,nomic-embed-text`, `${OLLAMA_MODELS:-llama3.2,bge-m3}`, and for a
    plural name (`MODELS`) the words of `"a b"` or of Make's `MODELS := a b`: each name is read
    as the variable's value. False when the value is one name."""
    listed = _LISTED.match(text, m.start("q"))
    if listed is None:
        return False
    body = listed.group("body")
    if "," not in body and keys.tokens(m.group("k"))[-1:] != ("models",):
        return False
    if "," in body and not listed.group("q") and _SPACED_WORDS.search(body):
        return False  # `model: optional preloaded model, mainly for tests/custom`: prose
    for at, raw in listed_names(body, whole=False):
        kind: Kind = "ollama" if is_ollama_value(raw, context=ollama) else "model"
        add_value(text, listed.start("body") + at, raw, kind, out, ollama=ollama)
    return True


def _with_revision(text: str, hits: list[TextHit]) -> list[TextHit]:
    """`--revision X` / `,revision=X` beside exactly one model id: that id's revision."""
    revision = _REVISION.search(text) if "revision" in text else None
    models = [h for h in hits if h.kind == "model" and not h.templated]
    if revision is None or len({h.id for h in models}) != 1:
        return hits
    return [replace(h, revision=revision.group("r")) if h in models else h for h in hits]


def _unique(hits: list[TextHit]) -> list[TextHit]:
    seen: set[tuple[int, str]] = set()
    out = []
    for hit in sorted(hits, key=lambda h: (h.start, h.templated)):
        if (hit.start, hit.id) not in seen:
            seen.add((hit.start, hit.id))
            out.append(hit)
    return out
