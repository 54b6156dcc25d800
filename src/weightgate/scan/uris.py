"""Hub URLs and URIs in free text: `https://huggingface.co/ORG/NAME`, `hf.co/`, the
`hf-mirror.com/` mirror, `hf://`, `git@hf.co:`, `huggingface://`, `hf-hub:`, `hf:`, DJL's
`djl://ai.djl.huggingface.pytorch/` (datasets and spaces told apart), and `ollama://name:tag`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from weightgate.model import Kind
from weightgate.scan.ids import (
    NAME,
    REPO_PATHS,
    SITE_PAGES,
    WEIGHTS_FILE,
    is_ollama_tag,
    plausible_id,
)
from weightgate.scan.shortnames import LEGACY_IDS


@dataclass(frozen=True)
class UriHit:
    """A Hub URL or URI found in free text: where the id starts, the id and its kind."""

    start: int
    id: str
    kind: Kind


#: A variable's word for the Hub (`HF_API_URL`, `config.huggingface.baseUrl`, `hfHost`).
_HUB_WORD = r"(?:hf|HF|[Hh]ugging[Ff]ace|HUGGINGFACE)"
#: The dataset viewer's API (`datasets-server.huggingface.co/rows?dataset=openai/gsm8k&...`).
_DATASETS_SERVER = re.compile(
    r"datasets-server\.huggingface\.co/[\w-]+\?(?:[^\s\"'#]*?&)?dataset="
    r"([\w.-]+(?:/|%2[Ff])[\w.-]+)"
)
_URI = re.compile(
    r"(?:(?<![\w.@/-])|(?<=:-))"  # `${BASE_URL:-https://huggingface.co/...}`: a shell default
    r"(?:(?:https?://(?:[^\s/@]+@)?)?(?:www\.)?(?:huggingface\.co|hf\.co|hf-mirror\.com)/"
    r"(?:api/models/|api/(?=(?:datasets|spaces)/))?"  # the Hub API's `/api/models/org/name`
    r"|(?:https?://)?api-inference\.huggingface\.co/(?:models/|pipeline/[\w-]+/)"  # serverless API
    r"|(?:https?://)?router\.huggingface\.co/hf-inference/models/"
    # `${config.huggingface.baseUrl}/models/`, `{HF_API_URL}/models/`: the serverless API's base
    # held in a placeholder named for it
    rf"|\$?\{{(?=[^{{}}\s]*{_HUB_WORD})(?=[^{{}}\s]*(?:[Uu]rl|URL|[Aa]pi|API"
    r"|[Ii]nference|INFERENCE|[Bb]ase|BASE))[^{}\s]*\}/models/"
    # `$hfHost/org/name/resolve/main/x.task`, `${HF}/org/name/resolve/...`: the Hub's host in a
    # variable named for it, before a repository's file path
    rf"|\$\{{?(?:\w*{_HUB_WORD}\w*(?:[Hh]ost|HOST|[Uu]rl|URL|[Ee]ndpoint"
    rf"|ENDPOINT|[Bb]ase|BASE|[Mm]irror|MIRROR)|{_HUB_WORD})\}}?/(?=[\w.-]+/[\w.-]+/(?:resolve|blob|raw)/)"
    r"|git@(?:huggingface\.co|hf\.co):"  # `git clone git@hf.co:org/name` (SSH)
    r"|hf://|huggingface://|hf[-_]hub:|hf:(?!//)"  # `hf:org/name:Q4_K_M` (node-llama-cpp)
    r"|djl://ai\.djl\.huggingface\.\w+/"  # DJL's model zoo: `djl://ai.djl.huggingface.pytorch/org/name`
    r"|huggingface:(?=[\w.-]+/[\w.-]))"  # a provider's `huggingface:org/name` (kani, LangChain)
    r"(?:(datasets|spaces)/)?"
    rf"({NAME}(?:/{NAME})?)"
)


#: A repository's pages and files after its id: after a legacy one-segment id
#: (`huggingface.co/bert-base-uncased/resolve/main/...`) they are not a repository's name.
_REPO_PAGES = frozenset({*REPO_PATHS, "commit", "commits", "discussions"})

#: The tabs of a user's or an organization's page (`huggingface.co/org/models`), no repository.
_PROFILE_TABS = frozenset({"models", "datasets", "spaces", "collections", "papers"})
#: A canonical dataset's page (`datasets/tweet_eval/viewer/emotion`): the name comes before it.
_DATASET_PAGES = frozenset({*_REPO_PAGES, "viewer"})

#: A path inside a repository after its id (`/resolve/main/...`): what comes before is a
#: repository even when its name ends like a file (`org/llama-3-8b-Q4_K_M.gguf`).
_IN_REPO = re.compile(rf"/(?:{'|'.join(REPO_PATHS)})/")
#: A repository's license or use policy (`/blob/main/LICENSE.txt`, `LICENSE-MODEL`); not a
#: weights file that a name starts like one (`/resolve/main/license-plate-v1x.pt`).
_DOCUMENT = re.compile(
    r"/(?:resolve|blob|raw)/[^/\s]+/(?:LICEN[CS]E|USE_POLICY|NOTICE)[\w-]*"
    r"(?:\.(?:txt|md|markdown|rst|pdf|html?))?(?=$|[\s\"'<>)\]?#])",
    re.IGNORECASE,
)

#: A URL to an image in a repository (`.../resolve/main/banner.png`): a picture shown, not a
#: model or dataset used.
_IMAGE = re.compile(
    r"[^\s\"'<>)]*\.(?:png|jpe?g|gif|svg|webp)(?:[?#][^\s\"'<>)]*)?(?=$|[\s\"'<>)])", re.I
)

#: A canonical dataset's one-word id (`ag_news`, `squad_v2`, `wmt14`): a letter first, so that
#: neither a number nor a file name (`x.csv`) passes.
_SINGLE_DATASET = re.compile(r"[A-Za-z][\w-]*[A-Za-z0-9]$")

_SEGMENT = r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?"
#: `https://ollama.com/library/gemma3`, `https://ollama.com/user/model`: an Ollama model's page
#: (a library model's `/tags` page too: `library/mistral/tags` is `mistral`), on the site's old
#: domain too (`ollama.ai/library/llama3`).
_OLLAMA_PAGE = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?ollama\.(?:com|ai)/"
    rf"(?:library/({_SEGMENT}(?::{_SEGMENT})?)|({_SEGMENT}(?:/{_SEGMENT})?(?::{_SEGMENT})?))",
    re.IGNORECASE,
)
#: First path segments of ollama.com that are site pages, not models.
_OLLAMA_SITE = frozenset(
    {
        "download",
        "blog",
        "search",
        "signin",
        "signup",
        "settings",
        "public",
        "install.sh",
        "library",
    }
    | {"docs", "models", "new", "pricing", "turbo", "cloud", "api", "account", "connect"}
)

#: `ollama://gemma2:2b` (KubeAI, model catalogs): an Ollama library tag.
_OLLAMA_URI = re.compile(r"(?<![\w.-])ollama://([a-z0-9][a-z0-9._/-]*(?::[a-z0-9][a-z0-9._-]*)?)")


#: A dataset flag right before a URI (`-d hf://org/x`, `--dataset=hf://org/x`).
_DATA_FLAG_BEFORE = re.compile(r"""(?<![\w-])(?:-d|--dataset[\w-]*)[ \t=]+["']?(?:hf://)?$""")


def _flagged_as_data(text: str, start: int) -> bool:
    """A dataset flag gives the URI at `start`."""
    return _DATA_FLAG_BEFORE.search(text, max(0, start - 40), start) is not None


def find_uris(text: str) -> list[UriHit]:
    """Hub URLs/URIs in free text (`https://huggingface.co/ORG/NAME`, `hf://`, `hf-hub:` ...)
    and `ollama://` URIs."""
    hits: list[UriHit] = []
    if "ollama.com/" in text or "ollama.ai/" in text:
        for match in _OLLAMA_PAGE.finditer(text):
            group = 1 if match.group(1) else 2
            name = match.group(group)
            if text.startswith(":/", match.end(group)):
                continue  # `ollama.com/https://...`: a link written twice, not a model's page
            if name.split("/")[0].lower() not in _OLLAMA_SITE and is_ollama_tag(name):
                hits.append(UriHit(match.start(group), name, "ollama"))
    if "ollama://" in text:
        for match in _OLLAMA_URI.finditer(text):
            if is_ollama_tag(match.group(1)):
                hits.append(UriHit(match.start(1), match.group(1), "ollama"))
    if "datasets-server." in text:  # the dataset viewer's API: `/rows?dataset=org/x&...`
        for match in _DATASETS_SERVER.finditer(text):
            ident = match.group(1).replace("%2F", "/").replace("%2f", "/")
            if plausible_id(ident, in_url=True, hub=True):
                hits.append(UriHit(match.start(1), ident, "dataset"))
    hub = "hf" in text or "huggingface" in text or "}/models/" in text
    if not (hub or "HF" in text or "HUGGINGFACE" in text):
        return hits  # every form of `_URI` holds one of these
    for match in _URI.finditer(text):
        section, ident = match.group(1), match.group(2)
        if section == "spaces":
            continue
        head, _, tail = ident.partition("/")
        legacy_page = tail in _REPO_PAGES and head.lower() in LEGACY_IDS
        if legacy_page or (section == "datasets" and tail in _DATASET_PAGES):
            ident = head  # `bert-base-uncased/resolve/...`, `datasets/tweet_eval/viewer/x`
        if "/" not in ident and section is None and ident.lower() not in LEGACY_IDS:
            continue  # `huggingface.co/gpt2` is a model; `huggingface.co/docs` a page
        if "/" not in ident and section == "datasets":  # `datasets/ag_news`: a canonical dataset
            if ident.lower() == "viewer":
                continue  # `datasets/viewer/?dataset=x`: the old viewer's page
            if _SINGLE_DATASET.match(ident) and not _IMAGE.match(text, match.end(2)):
                hits.append(UriHit(match.start(2), ident, "dataset"))
            continue
        org, _, name = ident.partition("/")
        if org.lower() in SITE_PAGES:
            continue
        if section is None and name in _PROFILE_TABS and not text.startswith("/", match.end(2)):
            continue  # `huggingface.co/agentscope-ai/models`: an organization's list of models
        kind: Kind = "dataset" if section == "datasets" else "model"
        if kind == "model" and "-d" in text and _flagged_as_data(text, match.start()):
            kind = "dataset"  # `vlmbench run -d hf://org/x`: a dataset flag's value
        in_repo = _IN_REPO.match(text, match.end(2)) is not None
        shape = WEIGHTS_FILE.sub("", ident) if in_repo else ident  # `org/x.gguf/resolve/...`
        site = "co/" in match.group(0)  # `huggingface.co/`, `hf.co/`: any organization's
        if not plausible_id(shape, in_url=True, hub=site) or _IMAGE.match(text, match.end(2)):
            continue
        if in_repo and _DOCUMENT.match(text, match.end(2)):
            continue  # `org/name/blob/main/LICENSE`: a license cited, not the weights
        hits.append(UriHit(match.start(2), ident, kind))
    return hits
