"""YAML, JSON and TOML: values under keys that hold model ids, located by the parser.

A value counts when its key (or, for `id`/`repo`/list items, its parent key) names a model or a
dataset; output keys (`hub_model_id`, `output_dir`, `push_to_hub_*`) never count. String values
are also read as free text (commands, URLs), JSON/YAML embedded in strings is walked, and
comments are searched for Hub URLs.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field

import yaml

from weightgate.model import Confidence, Kind
from weightgate.scan import keys, text
from weightgate.scan.found import Found
from weightgate.scan.ids import (
    is_ollama_tag,
    is_templated,
    listed_names,
    normalize,
    plausible_id,
    routes_to_api,
    without_quant,
)
from weightgate.scan.mapctx import (
    CATALOG_KEYS,
    fields,
    hosted_keys,
    hosted_settings,
    is_catalog,
    names_a_space,
    repo_type,
    says_hub,
)
from weightgate.scan.modelfile import base_of
from weightgate.scan.ollamatags import (
    OLLAMA_MODEL_VERBS,
    about_ollama,
    is_library_tag,
    is_ollama_value,
    is_tagged_library_name,
    provider_tag,
    tags_in_prose,
)
from weightgate.scan.prose import id_like, ids_in_prose, published_id, table_entries
from weightgate.scan.shortnames import LEGACY_IDS, WHISPER_SIZES
from weightgate.scan.tree import Map, Node, Scalar, Seq, from_data, yaml_documents
from weightgate.scan.uris import find_uris

#: A LiteLLM route with one slash (`openai/<served name>`, `zhipu/glm-4-flash`): a provider and
#: its own name for a model, never a Hub id (which would follow a second prefix:
#: `huggingface/org/name`); not Ollama's (`ollama/llama3`), whose names are library models.
_LITELLM_API = re.compile(r"^(?!ollama(?:_chat)?/)[\w.-]+/[^/]+$", re.IGNORECASE)
_COMMENT = re.compile(r"(?:^|\s)#(.*)$")
_MAX_EMBED = 1_000_000
_MAX_MUTED = 10_000
#: Keys that are routes to hosted APIs (`vertex_ai/...`) that make a mapping an API's table.
_ROUTES = 2
#: A GitHub Actions expression's literal fallback (`${{ vars.MODEL || 'org/name' }}`): the
#: value when the variable is unset, as `${MODEL:-org/name}` gives.
_EXPRESSION_DEFAULT = re.compile(r"^\$\{\{[^}']*\|\|\s*'(?P<d>[^'}]+)'\s*\}\}$")


#: Keys that name a record's Hub repository.
_REPO_KEYS = frozenset({"hf", "hf_repo", "hf_id", "repo", "repo_id", "huggingface"})


def _repo_beside(node: Map, alias: str) -> bool:
    """The record names its Hub repository under a key of its own, or one of a map it holds
    (`files = { hf = "Qwen/x" }`), and it is not `alias`: the record's `id` is then the
    catalogue's name for it (`qwen3tts/1.7b-base`), no repository."""
    maps = [node, *(v for _k, v in node.pairs if isinstance(v, Map))]
    return any(
        key is not None
        and key.text.lower() in _REPO_KEYS
        and isinstance(value, Scalar)
        and "/" in value.text
        and value.text.strip() != alias.strip()
        for held in maps
        for key, value in held.pairs
    )


@dataclass
class _Walker:
    found: Found
    lines: list[str]
    ollama: bool
    hub_kind: Kind = "model"  # what `hf_hub_url`-style keys hold in this file
    span: tuple[int, int] | None = None  # embedded document: locate by search in these lines
    depth: int = 0
    used: dict[tuple[int, str], int] = field(default_factory=dict)
    catalog: bool = False  # the file lists models (`models.toml`): `repo:` holds one too
    muted: set[int] = field(default_factory=set)  # values of a hosted API's mapping
    # keys that held a known publisher's model id, and other ids under keys of no role
    publishing: set[str] = field(default_factory=set)
    pending: list[tuple[Scalar, int, str, str]] = field(default_factory=list)
    listed: set[int] = field(default_factory=set)  # blocks read as one name per line
    # each key's first string value, and model values that are one `{NAME}` to fill in
    variables: dict[str, Scalar] = field(default_factory=dict)
    filled: list[tuple[Scalar, int, str]] = field(default_factory=list)

    def place(self, sc: Scalar, offset: int, ident: str) -> tuple[int, int] | None:
        """File position of `ident`, found at `offset` in the text of `sc`."""
        if self.span is None and not sc.block:
            return sc.line, sc.column + offset
        lo, hi = self.span if self.span is not None else (sc.line, max(sc.end_line, sc.line))
        for needle in (ident, ident.rsplit("/", 1)[-1]):
            skip = self.used.get((lo, needle), 0)
            for number in range(lo, min(hi, len(self.lines)) + 1):
                line, at = self.lines[number - 1], -1
                while True:
                    at = line.find(needle, at + 1)
                    if at < 0:
                        break
                    if not _whole(line, at, len(needle)):
                        continue
                    if skip == 0:
                        self.used[(lo, needle)] = self.used.get((lo, needle), 0) + 1
                        return number, at + 1
                    skip -= 1
        return None

    def add(self, sc: Scalar, offset: int, ident: str, kind: Kind, conf: Confidence) -> None:
        where = self.place(sc, offset, ident)
        if where is not None:
            self.found.add(where[0], where[1], ident, kind, confidence=conf)

    def value(self, sc: Scalar, kind: Kind) -> None:
        """A value in a model or dataset position."""
        raw, offset = _trimmed(sc)
        default = text.DEFAULT.match(raw) or _EXPRESSION_DEFAULT.match(raw)
        if default:
            offset, raw = offset + default.start("d"), default.group("d").strip("\"'")
        # `CHAT_MODELS=llama3.2,mistral`, or a block of one name per line
        # `dataset_name: "org/a,org/b"`: a mixture of datasets, each loaded
        names = listed_names(raw) if kind == "model" or "," in raw else []
        if kind == "model" and not names and (names := _one_per_line(raw)):
            self.listed.add(id(sc))  # each line read here: not again as free text
        for at, name in names or [(0, raw)]:
            self.named(sc, name, offset + at, kind)

    def named(self, sc: Scalar, raw: str, offset: int, kind: Kind) -> None:
        """One name in a model or dataset position, `offset` characters into the scalar."""
        if is_templated(raw):
            if kind == "model" and _VARIABLE.fullmatch(raw):
                self.filled.append((sc, offset, raw))  # `"{TRANSFORMER}"`: see `fill_in`
            elif kind == "model":
                where = self.place(sc, offset, raw) or (sc.line, sc.column)
                self.found.templated(where[0], raw)
            return
        if kind == "model" and (tag := provider_tag(raw)) is not None:
            self.add(sc, offset + len(raw) - len(tag), tag, "ollama", "high")
            return
        if kind == "model" and is_ollama_value(raw, context=self.ollama):
            self.add(sc, offset, raw, "ollama", "high")
            return
        ident = normalize(without_quant(raw), hub=kind == "dataset")  # `anthropic/hh-rlhf`
        if ident is not None and (kind == "model" or "/" in ident):
            self.add(sc, offset + _shown_at(raw, ident), ident, kind, "high")

    def fill_in(self) -> None:
        """Model values that are one variable (`"pretrained_bert": "{TRANSFORMER}"`), where the
        file gives that variable a value of its own (DeepPavlov's `"variables": {"TRANSFORMER":
        "distilbert-base-uncased"}`): the value names the model, at its place; otherwise the
        value is an id that cannot be resolved statically."""
        for sc, offset, raw in self.filled:
            name = raw.strip("${}")
            given = self.variables.get(name)
            value = given.text.strip() if given is not None else ""
            if given is not None and value and not is_templated(value):
                self.named(given, value, len(given.text) - len(given.text.lstrip()), "model")
            else:
                where = self.place(sc, offset, raw) or (sc.line, sc.column)
                self.found.templated(where[0], raw)

    def free_text(self, sc: Scalar) -> None:
        body = sc.text
        if not any(c in body for c in " =:\n") or len(body) > _MAX_EMBED or id(sc) in self.listed:
            return
        for hit in text.find(body, ollama=self.ollama):
            spot = self.place(sc, hit.start, hit.id)
            if hit.templated:
                self.found.templated((spot or (sc.line, sc.column))[0], hit.id)
            elif spot is not None:
                line, column = spot
                conf = hit.confidence
                self.found.add(
                    line, column, hit.id, hit.kind, revision=hit.revision, confidence=conf
                )
        if self.ollama and ":" in body and " " in body:  # a step's `name: Pull gemma2:2b`
            for at, tag in tags_in_prose(body):
                self.add(sc, at, tag, "ollama", "low")

    def embedded(self, sc: Scalar, own: str | None) -> None:
        body = sc.text.strip()
        if self.depth >= 2 or len(body) > _MAX_EMBED or len(body) < 2:
            return
        try:
            if body[0] in "{[" and body[-1] in "}]":
                docs: list[Node] = [from_data(json.loads(body), body)]
            elif sc.block and "\n" in body and re.search(r"^\s*[\w.-]+:\s", body, re.M):
                docs = yaml_documents(sc.text)
            else:
                return
        except (ValueError, RecursionError, yaml.YAMLError):  # an ordinary string after all
            return
        child = _Walker(
            self.found,
            self.lines,
            self.ollama,
            self.hub_kind,
            (sc.line, sc.end_line),
            self.depth + 1,
            catalog=self.catalog,
        )
        for doc in docs:
            child.walk(doc, own, None)

    def scalar(self, sc: Scalar, own: str | None, parent: str | None, hub: bool) -> None:
        if not sc.is_string or not sc.text:
            return
        if own is not None:
            self.variables.setdefault(own, sc)
        if id(sc) in self.muted:
            return  # `provider: openrouter` beside it: the API's own model name
        if parent == "litellm_params" and _LITELLM_API.match(sc.text.strip()):
            return  # LiteLLM `openai/<served name>`: a provider's prefix, not the Hub's `openai`
        lowered = sc.text.strip().lower()
        prefixed = lowered.startswith(
            ("ollama:", "ollama_chat/", "openai:chat:", "openai:completion:")
        ) or (lowered.startswith("ollama/") and _library_route(lowered))
        # not `ollama/ollama`, an image; promptfoo's `openai:chat:gemma3:1b` (a library model)
        if prefixed and _names_image(own):
            prefixed = False  # `image: ollama:custom`: a container image and its tag
        tag = provider_tag(sc.text.strip()) if prefixed else None
        if tag is not None:  # `ollama:chat:llama3`, `openai:chat:qwen2.5:3b` under any key
            self.add(
                sc,
                len(sc.text.rstrip()) - len(tag),
                tag,
                "ollama",
                "high",
            )
            return
        raw, offset = _trimmed(sc)
        if is_tagged_library_name(raw) and not (_names_image(own) or _shown(own)):
            self.add(sc, offset, raw, "ollama", "high")
            return  # `code: qwen2.5-coder:7b`: a library model with its tag, under any key
        if own in _DESCRIBES and parent is not None and keys.role(parent) in ("model", "hub"):
            for at, example in ids_in_prose(sc.text, about=True):  # a workflow input's `e.g.`
                self.add(sc, at, example, "model", "low")
        elif own in _DESCRIBES and "/" in sc.text:  # a package's description, by the rules
            for at, named in ids_in_prose(sc.text):  # for prose: "... Qwen/Qwen3-VL-32B"
                self.add(sc, at, named, "model", "low")
        role = keys.effective(own, parent, hub)
        if role == "none" and self.catalog and (own or "").lower() in CATALOG_KEYS:
            if "/" in sc.text:
                self.value(sc, "model")
            return
        whisper = "whisper" in keys.tokens(own or "") or "whisper" in keys.tokens(parent or "")
        if role == "model" and raw in WHISPER_SIZES and whisper:
            # `WHISPER_MODEL=base`, `whisper: {model: large-v3}`
            self.add(sc, offset, WHISPER_SIZES[raw], "model", "high")
        elif own is not None and keys.holds_legacy_id(own, raw):
            self.add(sc, offset, raw, "model", "high")  # `BERT_PATH: bert-base-uncased`
        elif role in ("model", "dataset", "hub"):
            self.value(
                sc, self.hub_kind if role == "hub" else "model" if role == "model" else "dataset"
            )
        elif role == "none" and published_id(raw) and not _names_elsewhere(own):
            self.add(sc, offset, raw, "model", "low")  # `backbone_type: microsoft/deberta-v3-large`
            self.publishing.add(own or "")
        elif role == "none" and own and id_like(raw) and not _names_elsewhere(own):
            self.pending.append((sc, offset, raw, own))
        if own is not None and own.lower().startswith("modelfile") and "\n" in sc.text:
            self.modelfile(sc)  # a ConfigMap's `Modelfile: |` block
        self.free_text(sc)
        self.embedded(sc, own)

    def modelfile(self, sc: Scalar) -> None:
        """The `FROM` of a Modelfile held in a block (a Kubernetes ConfigMap's `Modelfile: |`)."""
        start = 0
        for line in sc.text.split("\n"):
            base = base_of(line)
            if base is not None and base[2] is not None:
                self.add(sc, start + base[0], base[1], base[2], "high")
            start += len(line) + 1

    def walk(self, root: Node, own: str | None, parent: str | None) -> None:
        stack: list[tuple[Node, str | None, str | None, bool]] = [(root, own, parent, False)]
        while stack:
            node, own, parent, hub = stack.pop()
            if isinstance(node, Scalar):
                self.scalar(node, own, parent, hub)
            elif isinstance(node, Seq):
                self.flags(node.items)
                stack.extend((item, own, parent, hub) for item in reversed(node.items))
            else:
                self.mapping(node, own, parent, stack)

    def mute_hosted(self, node: Map, siblings: dict[str, str], own: str | None) -> bool:
        """Mute a hosted API's mapping (`provider: groq`, or under its name: `[openrouter]`):
        its model names, nested lists (`models: {default: [...]}`) too, are the API's own; in a
        flat settings file that points some services at hosted APIs by prefixed keys
        (`OPENAI_API_BASE=https://api.openai.com/v1`), only those services' settings. True
        when the whole mapping is the API's."""
        named = own is not None and keys.names_hosted_api(own)  # `[groq]`: all of it the API's
        found = [] if named else hosted_keys(siblings)
        hosted = named or bool(found)
        scoped = hosted_settings(siblings, found) if found else None
        if scoped is not None:
            chosen = set(scoped)
            self.muted.update(
                id(v)
                for k, value in node.pairs
                if k is not None and k.text.lower() in chosen
                for v in _scalars(value)
            )
            return False
        if hosted:
            own_ollama = {  # `ollama_model:` beside `provider: openrouter`: Ollama's setting
                id(v) for k, v in node.pairs if k is not None and "ollama" in keys.tokens(k.text)
            }
            own_ollama |= _self_hosted_parts(node)
            self.muted.update(id(v) for v in _scalars(node) if id(v) not in own_ollama)
        return hosted

    def catalogue_alias(self, node: Map, alias: Node | None) -> None:
        """Mute a record's `id` where the record names its Hub repository elsewhere
        (`id = "qwen3tts/1.7b-base"` beside `files = { hf = "Qwen/x" }`)."""
        if isinstance(alias, Scalar) and _repo_beside(node, alias.text):
            self.muted.add(id(alias))

    def mapping(
        self,
        node: Map,
        own: str | None,
        parent: str | None,
        stack: list[tuple[Node, str | None, str | None, bool]],
    ) -> None:
        siblings = fields(node)
        hub = says_hub(siblings)
        if names_a_space(siblings):  # `huggingface_repo_id: org/app` beside `repo_type: space`
            self.muted.update(id(v) for _k, v in node.pairs if isinstance(v, Scalar))
        hosted = self.mute_hosted(node, siblings, own)
        # `{"vertex_ai/gemini-x": 141.8, "anthropic/claude-y": 101.3, ...}`: keyed by API routes
        hosted = hosted or sum(routes_to_api(k.text) for k, _v in node.pairs if k) >= _ROUTES
        texts = {k.text.lower() for k, _v in node.pairs if k is not None}
        others = keys.other_hubs(texts)
        for key, value in node.pairs:
            other = key is not None and (
                key.text.lower() in others or keys.names_other_hub(key.text)
            )
            if other:  # `modelscope: {repo_id: ...}`, `repo_ms: org/x`
                self.muted.update(id(v) for v in _scalars(value))  # another hub's copy
        if any(k is not None and k.text == "litellm_params" for k, _v in node.pairs):
            # a LiteLLM `model_list` entry: `model_name` is the alias the proxy serves
            self.muted.update(
                id(v) for k, v in node.pairs if k is not None and k.text == "model_name"
            )
        by_key = {k.text: v for k, v in node.pairs if k is not None}
        self.catalogue_alias(node, by_key.get("id"))
        titled = by_key.get("name")
        if isinstance(titled, Scalar) and _names_the_model(by_key.get("model")):
            self.muted.add(id(titled))  # Continue's `name: deepseek-r1` above `model: x:8b`
        self.served(by_key)
        self.speculative_target(by_key)
        self.dataset_loader(by_key)
        self.ollama_names(node)
        self.keyed_by_ids(node, hosted=hosted)
        mine = keys.effective(own, parent, False) if own is not None else "none"
        named = _env_name(by_key)
        kind_of_repo = repo_type(siblings) or _data_record(by_key.get("files")) or "model"
        for key, value in reversed(node.pairs):
            if key is None:
                continue
            repository = self.hub_repository(key, value, kind_of_repo, hub=hub)
            if repository is not None:  # a Hub repository: a model's (the default type), or a
                # dataset's under a dataset's key (`dataset: {source: {repo_id: org/x}}`) or
                # beside `repo_type: dataset`
                data = mine == "dataset" or (parent is not None and keys.role(parent) == "dataset")
                data = data or kind_of_repo in _DATASET_TYPES
                self.value(repository, "dataset" if data else "model")
                self.muted.add(id(repository))  # read: not again by the rules for any value
            if named is not None and key.text == "value":
                stack.append((value, named, own, hub))
                continue
            settings = isinstance(value, Map) or (isinstance(value, Scalar) and not value.is_string)
            # a catalog file's top level holds models' settings too (`model-config.yaml`:
            # `gpt2: {embedding: ...}`), keyed by an `org/name` or a legacy name
            catalog = own is None and self.catalog and isinstance(value, Map)
            # `models: {"org/x": {}}`; `model.'org/x' = 'x.Q4_K_M.gguf'` (a file for each id)
            mapped = settings or ("/" in key.text and isinstance(value, Scalar))
            if (mine in ("model", "dataset") or catalog) and mapped:
                id_key = "/" in key.text or (catalog and key.text in LEGACY_IDS)
                if plausible_id(key.text) and id_key and id(key) not in self.muted:
                    kind: Kind = "dataset" if mine == "dataset" and not catalog else "model"
                    self.found.add(key.line, key.column, key.text, kind, confidence="high")
                if isinstance(value, Scalar) and settings:
                    continue
            elif not hosted and id(key) not in self.muted and published_id(key.text):
                # `aliases: {"Qwen/Qwen2.5-72B-Instruct": qwen2.5-72b}`: a known publisher's id
                self.found.add(key.line, key.column, key.text, "model", confidence="low")
            stack.append((value, key.text, own, hub))

    def keyed_by_ids(self, node: Map, *, hosted: bool) -> None:
        """A mapping whose keys are model ids, each over its settings (`{"org/x-7b": {
        "temperature": 6.6}, "org/y-1.1B": {...}}`): every key that is one (a table of them,
        see `prose.table_entries`), not only the known publishers'."""
        keyed = [k for k, v in node.pairs if k is not None and isinstance(v, Map)]
        if len(keyed) < 3 or hosted:
            return
        for index in table_entries([k.text for k in keyed]):
            key = keyed[index]
            if "/" in key.text and id(key) not in self.muted:
                self.found.add(key.line, key.column, key.text, "model", confidence="low")

    def speculative_target(self, by_key: dict[str, Node]) -> None:
        """`target_repo: org/x` beside `draft_repo: org/y`: speculative decoding's target model,
        which the draft model serves (`target` names an output elsewhere)."""
        if not any(keys.tokens(k)[:1] == ("draft",) for k in by_key):
            return
        for key, value in by_key.items():
            if keys.tokens(key)[:1] != ("target",) or keys.role(key) != "output":
                continue  # `target_model` is a model's key already
            if isinstance(value, Scalar) and value.is_string and id(value) not in self.muted:
                self.value(value, "model")

    def dataset_loader(self, by_key: dict[str, Node]) -> None:
        """A section that names `load_dataset` as its loader (confection's `@loaders =
        "load_dataset"`, mmengine's `type: load_dataset`): its `path` is a Hub dataset."""
        path = by_key.get("path")
        if not isinstance(path, Scalar) or not path.is_string or id(path) in self.muted:
            return
        loaders = (v for v in by_key.values() if isinstance(v, Scalar) and v.is_string)
        if any(v.text.strip() in _DATASET_LOADERS for v in loaders):
            self.value(path, "dataset")

    def hub_repository(
        self, key: Scalar, value: Node, repo_type: str, *, hub: bool
    ) -> Scalar | None:
        """The value of `repo_id: org/name` of a model's or a dataset's repository (not a
        Space's), however the key is spelled (`repo-id`, `repoId`); a dataset's `id` where the
        mapping says the Hub (`{"provider": "huggingface", "id": "org/x", "files": [...]}`)."""
        data_id = hub and key.text == "id" and repo_type == "dataset"
        if not data_id and keys.tokens(key.text) != ("repo", "id"):
            return None
        if repo_type not in ("model", "models", *_DATASET_TYPES):
            return None
        if isinstance(value, Scalar) and value.is_string and id(value) not in self.muted:
            return value
        return None

    def ollama_names(self, node: Map) -> None:
        """A mapping that holds Ollama tags (`chat: gemma3:4b`, or keys such as `presets:
        {qwen2.5-coder:7b: {...}}`): its keys and values that are library names, tagged or
        bare (`embed: nomic-embed-text`, `nomic-embed-text: {...}` beside them), are Ollama
        models too."""
        values = [v for _k, v in node.pairs if isinstance(v, Scalar) and v.is_string]
        tags = [k for k, _v in node.pairs if k is not None and is_tagged_library_name(k.text)]
        tags += [v for v in values if is_tagged_library_name(v.text.strip())]
        if not tags or any(id(v) in self.muted for v in values):
            return
        # bare names count where library names make half the values: not in a config whose
        # one value is a tag (`template: llama3` beside `model_name_or_path: qwen2.5:7b`)
        bare = 2 * sum(is_library_tag(v.text.strip()) for v in values) >= len(values)
        for key, value in node.pairs:
            if key is not None and (
                is_tagged_library_name(key.text) or (bare and is_library_tag(key.text))
            ):
                self.found.add(key.line, key.column, key.text, "ollama", confidence="high")
            if bare and isinstance(value, Scalar) and value.is_string and ":" not in value.text:
                name, offset = _trimmed(value)
                own = key.text if key else None
                if own is not None and own.lower() in keys.DESCRIPTIVE:
                    continue  # `family: llama` beside `name: llama3.2:1b`: a kind of model
                if is_library_tag(name) and not (_names_image(own) or _shown(own)):
                    self.add(value, offset, name, "ollama", "high")

    def served(self, by_key: dict[str, Node]) -> None:
        """A vLLM server container (`image: vllm/vllm-openai`, whose entrypoint is `vllm
        serve`), given by its values by key: the model is the first word of its `command` or
        `args` (`command: > Qwen/Qwen3-1.7B --dtype float16`, `args: ["org/name", "--port"]`)."""
        image = by_key.get("image")
        if not (isinstance(image, Scalar) and "vllm" in image.text.lower()):
            return
        for key in ("command", "args"):
            given = by_key.get(key)
            first = given.items[0] if isinstance(given, Seq) and given.items else given
            if not (isinstance(first, Scalar) and first.is_string):
                continue
            word = first.text.split(maxsplit=1)[0] if first.text.strip() else ""
            ident = normalize(word) if "/" in word else None
            if ident is not None and id(first) not in self.muted:
                self.add(first, first.text.find(word), ident, "model", "high")

    def flags(self, items: list[Node]) -> None:
        """A list of three or more model ids (see `prose.table_entries`); `["--model",
        "org/name"]` as separate list items (container args); the `org/name` after a `serve`
        item (`command: [serve, org/name, --port, "8000"]`); the model of an exec-form `ollama
        pull` (`command: ["ollama", "pull", "phi3"]`)."""
        strings = [i for i in items if isinstance(i, Scalar) and i.is_string]
        if len(strings) >= 3 and len(strings) == len(items):  # `options: ["org/a-7b", ...]`
            for index in table_entries([s.text.strip() for s in strings]):
                if id(strings[index]) not in self.muted:
                    self.value(strings[index], "model")
        scalars = [i if isinstance(i, Scalar) else None for i in items]
        for command, verb, name in zip(scalars, scalars[1:], scalars[2:], strict=False):
            if command is None or verb is None or name is None:
                continue
            tag, offset = _trimmed(name)
            pulled = (
                _OLLAMA_COMMAND.match(command.text.strip())
                and verb.text.strip() in OLLAMA_MODEL_VERBS
            )
            if pulled and is_ollama_tag(tag):  # `command: ["ollama", "pull", "phi3"]`
                self.add(name, offset, tag, "ollama", "high")
        for first, second in itertools.pairwise(items):
            if not (isinstance(first, Scalar) and isinstance(second, Scalar)):
                continue
            flag = first.text.strip()
            if text.FLAG_ITEM.match(flag) or (flag == "serve" and "/" in second.text):
                self.value(second, "model")


#: A config's name for the `datasets` library's loader.
_DATASET_LOADERS = frozenset({"load_dataset", "datasets.load_dataset"})
_OLLAMA_COMMAND = re.compile(r"^(?:.*/)?ollama(?:\.exe)?$")


#: Keys that describe the setting they sit under (a workflow's or an action's input): an id
#: they give as an example (`description: 'HuggingFace repository (e.g., org/name)'`) counts.
_DESCRIBES = frozenset({"description", "help"})


#: A value that is one variable to fill in (`{TRANSFORMER}`, `${BASE_MODEL}`).
_VARIABLE = re.compile(r"\$?\{[A-Za-z_][A-Za-z0-9_]*\}")


def _self_hosted_parts(node: Map) -> set[int]:
    """The scalars of the mappings nested in a hosted API's that pick a provider of their own
    and no hosted API (`"ollama_local": {"provider": "ollama", "model": "qwen2.5:14b"}`)."""
    out: set[int] = set()
    todo: list[Node] = [value for _key, value in node.pairs]
    while todo:
        item = todo.pop()
        if isinstance(item, Map):
            siblings = fields(item)
            if "provider" in siblings and not hosted_keys(siblings):
                out.update(id(v) for v in _scalars(item))
            else:
                todo.extend(value for _key, value in item.pairs)
        elif isinstance(item, Seq):
            todo.extend(item.items)
    return out


#: A file of a dataset's shards (`data/train-00000-of-00001.parquet`, `test.jsonl`).
_DATA_FILE = re.compile(r"\.(?:parquet|arrow|jsonl|csv|tsv)(?:\.gz)?$", re.IGNORECASE)


def _data_record(files: Node | None) -> str:
    """ "dataset" where a record's `files` are a dataset's shards, else ""."""
    if not isinstance(files, Seq):
        return ""
    shards = [i for i in files.items if isinstance(i, Scalar) and _DATA_FILE.search(i.text)]
    return "dataset" if shards and len(shards) == len(files.items) else ""


def _names_the_model(value: Node | None) -> bool:
    """The `model` of an entry that also has a `name`: an id or a library tag (`deepseek-r1:8b`,
    `org/name`), which makes the `name` the entry's title."""
    if not (isinstance(value, Scalar) and value.is_string):
        return False
    raw = value.text.strip()
    return is_tagged_library_name(raw) or ("/" in raw and normalize(raw) is not None)


def _one_per_line(raw: str) -> list[tuple[int, str]]:
    """(offset, name) of each line of a block that holds one name per line (`ollama_pull: |`
    with `qwen3:14b` and `qwen2.5-coder:14b` below); none where a line holds more words."""
    if "\n" not in raw:
        return []
    names, at = [], 0
    for line in raw.splitlines(keepends=True):
        words = line.split()
        if len(words) > 1:
            return []
        if words:
            names.append((at + line.index(words[0]), words[0]))
        at += len(line)
    return names


def _trimmed(sc: Scalar) -> tuple[str, int]:
    """A scalar's text without the spaces around it, and where that text starts in it."""
    return sc.text.strip(), len(sc.text) - len(sc.text.lstrip())


def _shown(key: str | None) -> bool:
    """`title: gemma3:27b`: a name shown to users beside the model key, not the model."""
    return key is not None and bool(_DISPLAY & set(keys.tokens(key)))


_DISPLAY = frozenset({"title", "label", "display", "description", "alias", "nickname"})


def _names_image(key: str | None) -> bool:
    """`image: ollama:0.5`, `container: name:tag`: a container image, whatever its name."""
    return key is not None and bool({"image", "container"} & set(keys.tokens(key)))


def _names_elsewhere(key: str | None) -> bool:
    """`repository: org/name` (package.json's GitHub shorthand), `uses: org/action`, `image:`:
    a key whose `org/name` is a code repository, an action or a container image."""
    return _names_image(key) or (key is not None and not _ELSEWHERE.isdisjoint(keys.tokens(key)))


_ELSEWHERE = frozenset({"repository", "github", "homepage", "url", "uses", "source", "bugs"})


#: `repo_type` values of a dataset's repository.
_DATASET_TYPES = ("dataset", "datasets")


def _library_route(value: str) -> bool:
    """`ollama/llama3.1` (LiteLLM's route to a library model), not `ollama/ollama`, an image."""
    tag = provider_tag(value)
    return tag is not None and is_library_tag(tag.partition(":")[0])


def _scalars(node: Node) -> list[Scalar]:
    """Every scalar under `node`, mapping keys too."""
    out: list[Scalar] = []
    stack, seen = [node], 0
    while stack and seen < _MAX_MUTED:  # shared (aliased) subtrees: a bound, not a blow-up
        item = stack.pop()
        seen += 1
        if isinstance(item, Scalar):
            out.append(item)
        elif isinstance(item, Seq):
            stack.extend(item.items)
        else:
            out.extend(k for k, _v in item.pairs if k is not None)
            stack.extend(v for _k, v in item.pairs)
    return out


def _env_name(by_key: dict[str, Node]) -> str | None:
    """`{name: MODEL_ID, value: org/name}` (Kubernetes env entries), given by its values by
    key: the variable's name."""
    name, value = by_key.get("name"), by_key.get("value")
    if isinstance(name, Scalar) and isinstance(value, Scalar) and len(by_key) <= 3:
        return name.text
    return None


def _whole(line: str, at: int, size: int) -> bool:
    """True when `line[at:at+size]` is not part of a longer id."""
    before = line[at - 1] if at > 0 else " "
    after = line[at + size] if at + size < len(line) else " "
    return not (before.isalnum() or before in "._-") and not (after.isalnum() or after in "._-")


def _shown_at(raw: str, ident: str) -> int:
    """Where a normalized id is written inside the raw value (its name, for short forms)."""
    at = raw.find(ident)
    return at if at >= 0 else max(raw.find(ident.rsplit("/", 1)[-1]), 0)


def _comments(found: Found, lines: list[str]) -> None:
    for number, line in enumerate(lines, 1):
        if "#" not in line:
            continue
        match = _COMMENT.search(line)
        if match is None:
            continue
        base = match.start(1)
        for hit in find_uris(match.group(1)):
            found.add(number, base + hit.start + 1, hit.id, hit.kind, confidence="low")


def walk_tree(found: Found, source: str, docs: list[Node], *, comments: bool) -> None:
    """Walk parsed documents of `source`; with `comments`, also search `#` comments for URLs."""
    lines = source.splitlines()
    name = found.path.rsplit("/", 1)[-1].lower()
    walker = _Walker(
        found,
        lines,
        about_ollama(source),
        "dataset" if "dataset" in name else "model",
        catalog=is_catalog(found.path),
    )
    # A Hydra config group (`configs/model/llama.yaml`): top-level `name`/`path` describe a model.
    folder = found.path.replace("\\", "/").rsplit("/", 2)[-2:-1]
    group = folder[0] if folder and keys.role(folder[0]) == "model" else None
    for doc in docs:
        walker.walk(doc, group if isinstance(doc, Map) else None, None)
    walker.fill_in()
    for sc, offset, raw, own in walker.pending:  # `cn: org/x` where another `cn:` holds
        if own in walker.publishing:  # `lllyasviel/sd-controlnet-canny`: the same key's role
            walker.add(sc, offset, raw, "model", "low")
    if comments:
        _comments(found, lines)
