"""One walk of a Python syntax tree: the calls, functions, classes, model-named assignments and
model-keyed dict entries the scanner looks at."""

from __future__ import annotations

import ast
import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from typing import TypeGuard

from weightgate.scan import keys
from weightgate.scan.ids import is_sentence_transformers_name, plausible_id, strip_prefix
from weightgate.scan.mapctx import API_PROVIDERS
from weightgate.scan.ollamatags import (
    OLLAMA_MODEL_VERBS,
    is_library_tag,
    is_tagged_library_name,
    provider_tag,
)
from weightgate.scan.prose import PUBLISHERS, id_like, model_shaped, published_id, table_entries
from weightgate.scan.pycalls import (
    MODEL_CLASS_SUFFIXES,
    REPO_KEYS,
    loads_from_hub,
    names_dataset,
    pinned_repo,
    routed,
    weights_file,
)
from weightgate.scan.pyvalues import callee, kwarg, parameters
from weightgate.scan.shortnames import LEGACY_IDS, WORDLESS_LEGACY_IDS
from weightgate.scan.text import FLAG_ITEM
from weightgate.scan.whispersizes import LISTED_MIN, sized_items


@dataclass
class Nodes:
    """What one walk of a tree collects."""

    calls: list[ast.Call] = field(default_factory=list)
    funcs: list[ast.FunctionDef | ast.AsyncFunctionDef] = field(default_factory=list)
    classes: list[ast.ClassDef] = field(default_factory=list)
    strings: list[ast.Constant] = field(default_factory=list)
    commands: list[ast.Constant] = field(default_factory=list)  # strings that show a `--flag`
    tables: list[ast.Constant] = field(default_factory=list)  # entries of a table of model ids
    published: list[ast.Constant] = field(default_factory=list)  # a known publisher's model id
    tags: list[ast.Constant] = field(default_factory=list)  # `library-name:tag` strings
    prose: list[ast.Constant] = field(default_factory=list)  # "Model: gemma3:27b (fast)"
    #: "Use a smaller model such as org/name-tiny": a text that may give a model as an example
    messages: list[ast.Constant] = field(default_factory=list)
    configs: list[ast.Constant] = field(default_factory=list)  # YAML held in a string
    modelfiles: list[ast.Constant] = field(default_factory=list)  # an Ollama Modelfile in one
    scripts: list[ast.Constant] = field(default_factory=list)  # a shell command over lines
    assigns: list[tuple[str, ast.expr]] = field(default_factory=list)  # and parameter defaults
    keyed: list[tuple[str, ast.expr]] = field(default_factory=list)
    compared: set[int] = field(default_factory=set)  # keyed literals a comparison gives
    docs: set[int] = field(default_factory=set)
    docstrings: list[ast.Constant] = field(default_factory=list)
    usages: list[ast.Constant] = field(default_factory=list)  # an ArgumentParser's texts
    outputs: set[int] = field(default_factory=set)  # literals given to an output name
    hosted: set[int] = field(default_factory=set)  # `gr.load("meta/x", src=nvidia.registry)`
    hosted_names: set[str] = field(default_factory=set)  # what `replicate.run("o/m")` is given
    # calls given to a keyword named for a dataset: `dataset_source=HFSource(repo_id="org/x")`
    dataset_calls: set[int] = field(default_factory=set)
    # a dataset class's repository fields: `class DatasetConfig: hf_path: str = "org/x"`
    dataset_fields: set[int] = field(default_factory=set)
    # names whose values are a dataset's repository: a dataset field's default (`repo_id: str =
    # DEFAULT_REPO_ID`), a dict spread into a dataset class (`Dataset(**defaults)`)
    dataset_names: dict[str, str] = field(default_factory=dict)  # name -> the class
    # what a `*repo_type = "space"` types: `repo_id` beside `repo_type = "space"` (upper case)
    space_typed: set[str] = field(default_factory=set)
    # the first argument of a call named for data: `BenchmarkSpec("openai/gsm8k", ...)`
    data_args: set[int] = field(default_factory=set)
    probes: set[int] = field(default_factory=set)  # `"gemma4:12b" in name`: a substring test
    # `any(p in model_name for p in patterns)`: the loop names tested against a model's name,
    # and each loop's (name, collection); the collections' entries are fragments of names
    probe_names: set[str] = field(default_factory=set)
    loops: list[tuple[str, str]] = field(default_factory=list)
    # `args.reference or "org/x"`: the literal's id -> the attribute it stands in for
    or_defaults: dict[int, str] = field(default_factory=dict)
    # `for out_sub, fname, _mb in ROWS`: (the rows' name, a column the loop names for a place)
    place_columns: list[tuple[str, int]] = field(default_factory=list)
    fragments: set[int] = field(default_factory=set)
    aliases: set[int] = field(default_factory=set)  # a dict's key for the repository it maps to
    sized: list[ast.Constant] = field(default_factory=list)  # entries of a list of Whisper sizes
    size_texts: list[ast.Constant] = field(default_factory=list)  # "(tiny, base, small, ...)"

    def silenced(self, node: ast.expr) -> bool:
        """The literal is written to, a hosted API's name or a dict's alias for the repository
        it maps to: whatever its shape, no model."""
        return id(node) in self.outputs or id(node) in self.hosted or id(node) in self.aliases


def target_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        key = node.slice.value  # `os.environ["MODEL_ID"] = "org/name"`, `cfg["model"] = ...`
        return key if isinstance(key, str) else None
    return node.attr if isinstance(node, ast.Attribute) else None


def _entry_of(target: ast.expr) -> str | None:
    """`SD_MODELS[name] = {"id": "org/name", ...}`: an entry of a collection, under a key known
    only at run time, is named by the collection (`SD_MODELS`)."""
    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
        return target.value.id
    return None


#: Node types `collect` looks at; every other node (names, contexts, operators) is passed over.
_LOOKED_AT = frozenset(
    {ast.Call, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Expr, ast.Constant}
    | {ast.Assign, ast.AnnAssign, ast.Compare, ast.Dict, ast.List, ast.Tuple, ast.Set, ast.For}
    | {ast.comprehension, ast.BoolOp}
)
#: Fields that hold no node `collect` looks at: names and flags, `Load`/`Store` contexts and
#: operators (a third of all nodes), an import's aliases, a constant's value.
_PASSED_OVER = frozenset(
    {"ctx", "id", "attr", "arg", "name", "names", "asname", "module", "level", "kind"}
    | {"conversion", "is_async", "simple", "type_comment", "type_ignores", "op", "ops", "tag"}
)
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {ast.Constant: ()}


def _looked_at(tree: ast.AST) -> Iterator[ast.AST]:
    """The nodes of `_LOOKED_AT` types, in `ast.walk`'s order, reading only the fields that
    may hold one (collect's walk is the visitor's main cost)."""
    todo = deque([tree])
    pop, push = todo.popleft, todo.append
    fields_of, looked_at = _CHILD_FIELDS, _LOOKED_AT
    while todo:
        node = pop()
        kind = node.__class__
        fields = fields_of.get(kind)
        if fields is None:
            fields = fields_of[kind] = tuple(f for f in kind._fields if f not in _PASSED_OVER)
        for name in fields:
            value = getattr(node, name, None)
            if value.__class__ is list:
                for item in value:
                    if isinstance(item, ast.AST):
                        push(item)
            elif isinstance(value, ast.AST):
                push(value)
        if kind in looked_at:
            yield node


def collect(tree: ast.Module) -> Nodes:
    nodes = Nodes()
    for node in _looked_at(tree):
        if isinstance(node, ast.Call):
            _call(nodes, node)
        elif isinstance(node, ast.Constant):
            _string(nodes, node)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _function(nodes, node)
        elif isinstance(node, ast.ClassDef):
            _class(nodes, node)
        elif isinstance(node, ast.Expr):
            if isinstance(node.value, ast.Constant):
                nodes.docs.add(id(node.value))
                if isinstance(node.value.value, str):
                    nodes.docstrings.append(node.value)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            _assignment(nodes, node)
        elif isinstance(node, (ast.For, ast.comprehension)):
            _loop(nodes, node.target, node.iter)
        elif isinstance(node, ast.Compare):  # `if model_name == "org/name":`
            _compare(nodes, node)
        elif isinstance(node, ast.Dict):
            _mapping(nodes, node)
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            _sequence(nodes, node)
        elif isinstance(node, ast.BoolOp):  # `s.chat_model or "llama3.2"`: the name's default
            _or_default(nodes, node)
    if nodes.probe_names or nodes.place_columns:
        _fragment_lists(nodes)
    module = _assigned(tree.body)
    nodes.keyed.extend(_repo_beside_weights(module))
    nodes.dataset_fields.update(_typed_as_dataset(module))
    if nodes.dataset_names:
        nodes.dataset_fields.update(_named_datasets(nodes))
    if nodes.space_typed:  # `repo_id = "org/app"` beside `repo_type = "space"`: no model
        nodes.hosted.update(_typed_ids(nodes.assigns, nodes.space_typed))
    for stmt in tree.body:  # `if __name__ == "__main__":` then `provider = "groq"`, ...
        if isinstance(stmt, ast.If):
            nodes.hosted.update(_hosted_settings(_assigned(stmt.body)))
    return nodes


def _function(nodes: Nodes, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """A function: its parameters' defaults, and the id it returns if named for a model."""
    nodes.funcs.append(node)
    given = parameters(node)
    defaults = list(given.items())
    nodes.assigns.extend(defaults)  # `def run(decoder_name="org/x")`
    nodes.dataset_fields.update(_typed_as_dataset(defaults))  # `repo_type="dataset"`
    if not given.keys().isdisjoint(_PROVIDER_FIELDS):
        # `def __init__(self, provider="groq", model_name="openai/gpt-oss-120b")`; not
        # `embedding_model="all-MiniLM-L6-v2"` beside it, run locally
        nodes.hosted.update(_hosted_settings([d for d in defaults if _the_apis(d[0])]))
    if keys.role(node.name) == "model":  # `def default_model(): return "org/name"`
        nodes.keyed.extend(_returned(node))


def _or_default(nodes: Nodes, node: ast.BoolOp) -> None:
    """`s.embedding_model or "bge-m3"`: the literal stands in for the named value, keyed by its
    name."""
    if not isinstance(node.op, ast.Or) or len(node.values) != 2:
        return
    named, default = node.values
    name = target_name(named)
    if name is not None and isinstance(default, ast.Constant) and isinstance(default.value, str):
        nodes.keyed.append((name, default))
        if isinstance(named, ast.Attribute):  # `args.reference or "org/x"`: a flag's
            nodes.or_defaults[id(default)] = named.attr


def _assignment(nodes: Nodes, node: ast.Assign | ast.AnnAssign) -> None:
    """An assignment: the value keyed by the name it is given, and what the name says of it."""
    target = node.targets[0] if isinstance(node, ast.Assign) else node.target
    nodes.tags.extend(_ollama_entry(target, node.value))  # `MODELS["Ollama"] = {...}`
    name = target_name(target) or _entry_of(target)
    if name is not None and keys.role(name) in ("unknown", "none", "generic"):
        name = _entry_of(target) or name  # `lang_model["fr"] = "org/x"`: the map's
    if name is None or node.value is None:
        return
    nodes.assigns.append((name, node.value))
    if name.endswith(("repo_type", "REPO_TYPE")) and _is_space(node.value):
        nodes.space_typed.add(name[: -len("_TYPE")].upper())
    if isinstance(node.value, ast.Dict) and _names_datasets(name):
        # `self.dataset_aliases = {"x": "hf:org/x"}`: its values' Hub URIs
        nodes.dataset_fields.update(map(id, node.value.values))
    if keys.role(name) == "output" and (keys.says_output(name) or not _published(node.value)):
        nodes.outputs.add(id(node.value))  # `upload_repo = "org/my-4bit"`
    if isinstance(node.value, ast.Constant) and _usage_text(name, node.value):
        nodes.usages.append(node.value)  # `USAGE = """...examples: tool org/name"""`


def _is_space(value: ast.expr) -> bool:
    return isinstance(value, ast.Constant) and value.value in ("space", "spaces")


def _names_datasets(name: str) -> bool:
    """`dataset_aliases`, `DATASETS`: a name for datasets, and none for models."""
    toks = keys.tokens(name)
    return ("dataset" in toks or "datasets" in toks) and "model" not in toks


def _published(value: ast.expr) -> bool:
    """A known publisher's id: what a key that may name an output (`HUB_REPO =
    "unsloth/x-GGUF"`) holds is read from there, since nobody else writes to it."""
    return isinstance(value, ast.Constant) and published_id(str(value.value))


def _class(nodes: Nodes, node: ast.ClassDef) -> None:
    """A class: its fields that name models, its tables, sizes and hosted settings."""
    nodes.classes.append(node)
    if node.name.endswith(MODEL_CLASS_SUFFIXES):  # `name: str = "org/name"` of an encoder
        nodes.keyed.extend(_named_fields(node))
    if node.bases:  # `class EmbeddingModel(str, Enum): BGE = "BAAI/bge-m3"`
        nodes.keyed.extend(_model_enum_members(node))
        nodes.keyed.extend(_ollama_subclass_fields(node))
    attributes = _attributes(node)
    nodes.tables.extend(_table(attributes))  # `answering: str = "org/name"`
    nodes.sized.extend(_sizes(attributes))  # `class ModelSize(Enum): TINY = "tiny" ...`
    nodes.tables.extend(_hub_column(node))  # `UNI = 11, "uni", "hf-hub:org/UNI"`
    assigned = _assigned(node.body)
    nodes.hosted.update(_hosted_settings(assigned))  # `provider = "groq"` beside
    for name, value in assigned:  # `class DatasetConfig: hf_path: str = "org/x"`: a dataset
        if names_dataset(node.name, name):
            nodes.dataset_fields.add(id(value))
            if isinstance(value, ast.Name):  # `repo_id: str = DEFAULT_REPO_ID`: what it holds
                nodes.dataset_names[value.id] = node.name
    nodes.keyed.extend(_repo_beside_weights(assigned))


def _loop(nodes: Nodes, target: ast.expr, iterated: ast.expr) -> None:
    """`for model_id in ("mxbai-embed-large", ...)`: the items, keyed by the loop's name;
    `for pattern in patterns`: the loop's name and the collection it walks."""
    name = target_name(target)
    if name is not None and isinstance(iterated, (ast.List, ast.Tuple, ast.Set)):
        nodes.keyed.append((name, iterated))
    if isinstance(target, ast.Name) and isinstance(iterated, ast.Name):
        nodes.loops.append((target.id, iterated.id))
    counted = isinstance(iterated, ast.Call) and callee(iterated) == "enumerate" and iterated.args
    if counted and isinstance(target, ast.Tuple) and len(target.elts) == 2:
        assert isinstance(iterated, ast.Call)
        target, iterated = target.elts[1], iterated.args[0]  # `for i, (a, b) in enumerate(x)`
    if isinstance(target, ast.Tuple) and isinstance(iterated, ast.Name):
        nodes.place_columns.extend(
            (iterated.id, index)
            for index, item in enumerate(target.elts)
            if isinstance(item, ast.Name) and _names_a_place(item.id)
        )


#: Words of a name for where something is written or kept (`out_sub`, `local_dir`, `dest`).
_PLACE_WORDS = frozenset({"out", "output", "dir", "subdir", "folder", "dest", "local", "path"})
_REPO_WORDS = frozenset({"model", "repo", "hf", "hub", "id", "checkpoint"})


def _names_a_place(name: str) -> bool:
    """A loop's name for a folder or an output (`out_sub`), not for a repository."""
    words = set(keys.tokens(name))
    return bool(words & _PLACE_WORDS) and not words & _REPO_WORDS


def _fragment_lists(nodes: Nodes) -> None:
    """`indicators = ["sentiment", "cardiffnlp/twitter-roberta"]` that a loop tests against a
    model's name (`any(i in model_name for i in indicators)`): parts of names, not models; a
    table's column a loop names for a folder (`for out_sub, fname, _mb in ROWS`): no models."""
    probed = {listed for name, listed in nodes.loops if name in nodes.probe_names}
    places: dict[str, set[int]] = {}
    for rows, index in nodes.place_columns:
        places.setdefault(rows, set()).add(index)
    for name, value in nodes.assigns:
        if name in probed and isinstance(value, (ast.List, ast.Tuple, ast.Set)):
            nodes.fragments.add(id(value))  # the list too, named for models or not
            nodes.fragments.update(id(item) for item in value.elts)
        if name in places and isinstance(value, (ast.List, ast.Tuple)):
            for row in value.elts:  # `("ddsp6/6.1_1024_10", "x.sf_dlc", 343)`: a folder's
                if isinstance(row, (ast.Tuple, ast.List)):
                    columns = places[name]
                    nodes.fragments.update(id(row.elts[i]) for i in columns if i < len(row.elts))


def _part_tested(node: ast.Compare) -> str | None:
    """`part in model_name`: the name (`part`) tested as a part of one model's name."""
    if isinstance(node.ops[0], ast.In) and isinstance(node.left, ast.Name):
        return node.left.id if _a_models_name(node.comparators[0]) else None
    return None


def _a_models_name(node: ast.expr) -> bool:
    """`model_name`, `self.config.model_id`, `name.lower()`: one model's name as text (not a
    collection such as `available_models`, whose test is membership)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("lower", "casefold")
    name = target_name(node)
    if name is None:
        return False
    toks = keys.tokens(name)
    if len(toks) > 1 and toks[-1] in _CASED:  # `model_lower = model_name.lower()`
        name = "_".join(toks[:-1])
    return keys.role(name) == "model" and not keys.is_container(name)


#: Last words of a name for a model's name put in one case (`model_lower`, `name_lc`).
_CASED = frozenset({"lower", "lowered", "lowercase", "lc", "upper", "uc", "norm", "normalized"})


def _on_other_hub(node: ast.Dict) -> bool:
    """A record whose `hub` field names another hub (`"hub": "ms"`, ModelScope): its id is
    that hub's."""
    return any(
        isinstance(k, ast.Constant)
        and str(k.value).lower() == "hub"
        and isinstance(v, ast.Constant)
        and str(v.value).lower() in keys.OTHER_HUBS
        for k, v in zip(node.keys, node.values, strict=True)
    )


def _mapping(nodes: Nodes, node: ast.Dict) -> None:
    """A dict literal: its values keyed by name, tables of model ids and Ollama tags in its keys
    or values."""
    names = {
        k.value.lower()
        for k in node.keys
        if isinstance(k, ast.Constant) and isinstance(k.value, str)
    }
    other_hubs = keys.other_hubs(names)
    if "hub" in names and _on_other_hub(node):  # `{"model_id": "iic/x", "hub": "ms"}`
        nodes.hosted.update(id(v) for v in node.values)
    if not _maps_to_names(node):  # `{"tiny.en": (75, ...)}`; not `{"large": "org/x-mlx"}`
        nodes.sized.extend(_sizes([k for k in node.keys if k is not None]))
    if names.intersection(_PROVIDER_FIELDS):  # `{"PROVIDER": "groq", "MODEL": "qwen/qwen3-32b"}`
        nodes.hosted.update(_hosted_entries(node))
    if _priced(node):  # `{"openai/gpt-oss-20b": {"input_cost_per_token": ...}}`: an API's
        nodes.hosted.update(id(k) for k in node.keys if k is not None)
    # `{"gemini": "...", "groq": "openai/gpt-oss-120b"}`; `{"typesafe": X, "openrouter": "o/x"}`;
    # `{"openrouter": "morph/morph-v3-fast"}` (OpenRouter's name is no word of prose)
    routed = bool(names & _ROUTERS) and (len(names) > 1 or names == {"openrouter"})
    if len(names & _BACKENDS) > 1 or routed:
        nodes.hosted.update(_by_hosted_provider(node))
    for key, value in zip(node.keys, node.values, strict=True):
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            nodes.keyed.append((_repo_key(node, key.value, value), value))
            other = key.value.lower() in other_hubs or keys.names_other_hub(key.value)
            if other:  # `"modelscope": ["org/name"]`, `"repo_ms": "org/name"`
                nodes.hosted.update(id(n) for n in ast.walk(value))
        elif (step := _step_name(key)) is not None and isinstance(value, ast.Dict):
            nodes.keyed.append((step, value))  # `load_dataset.name: {...}`
    named = [k for k in node.keys if k is not None]
    nodes.aliases.update(
        id(k) for k, v in zip(node.keys, node.values, strict=True) if is_alias(k, v)
    )
    nodes.tables.extend(_table(named))
    nodes.tables.extend(_table(node.values))
    lists = [v for v in node.values if isinstance(v, ast.List)]
    if len(node.values) == len(lists) > 1:  # `{"gpt2": ["gpt2", "openai-gpt"], "opt": [...]}`
        nodes.tables.extend(_table([item for v in lists for item in v.elts]))  # one table
    for value in node.values:  # `{"llama3": ("ollama", "llama3.2-vision"), ...}`
        if isinstance(value, ast.Tuple) and len(value.elts) == 2:
            _provider_pair(nodes, value.elts)
    if node.values and isinstance(node.values[0], ast.Tuple):  # `{"ankh": ("org/ankh-base", ...)}`
        nodes.tables.extend(_table([_row_id(v) for v in node.values]))
    undescribed = [  # not `"arch": "gemma2"` beside `"name": "gemma2:2b"`: a description
        v
        for k, v in zip(node.keys, node.values, strict=True)
        if not (isinstance(k, ast.Constant) and str(k.value).lower() in keys.DESCRIPTIVE)
    ]
    nodes.tags.extend(_with_tags(undescribed))  # `{"gpt-4": "llama3.1:8b", ...}`
    nodes.tags.extend(_with_tags(named))  # `{"llama2:13b": "org/x", "phi": "org/y"}`
    if "ollama" in names:  # `{"openai": "gpt-4o-mini", "ollama": "llama3"}`
        nodes.tags.extend(_ollama_default(node))


#: Routers, whose own slugs copy Hub ids: a map keyed by one and another provider gives the
#: router its slug.
_ROUTERS = frozenset({"openrouter", "together", "together_ai", "deepinfra", "fireworks"})
#: Names of the backends a map of each provider's default model is keyed by.
_BACKENDS = API_PROVIDERS | {"openai", "ollama", "lmstudio", "lm_studio", "vllm", "huggingface"}
#: Hosted APIs whose makers also publish open weights on the Hub: a map keyed by them may map
#: each family to its Hub repository (`{"mistral": "mistralai/Mistral-7B-v0.1", ...}`).
_PUBLISH_ON_HUB = frozenset({"mistral", "mistralai", "google", "deepseek", "cohere", "xai"})


def _maps_to_names(node: ast.Dict) -> bool:
    """A dict whose values are names (`{"large": "large-v3"}`, `{"large": "org/x-mlx"}`): its
    keys are aliases of the names and repositories it maps them to; not a catalogue's notes
    (`{"tiny": "75 MB"}`)."""
    return any(
        isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value.split() == [v.value]
        for v in node.values
    )


def _by_hosted_provider(node: ast.Dict) -> list[int]:
    """Ids of the strings a map of each provider's default gives hosted APIs (`{"gemini":
    "gemini-flash-latest", "groq": "openai/gpt-oss-120b", "ollama": "llama3"}`): the APIs'
    own names, whatever their shape."""
    return [
        id(item)
        for key, value in zip(node.keys, node.values, strict=True)
        if isinstance(key, ast.Constant)
        and isinstance(key.value, str)
        and key.value.lower() in API_PROVIDERS - _PUBLISH_ON_HUB
        for item in _strings(value)
    ]


def _ollama_default(node: ast.Dict) -> list[ast.Constant]:
    """`{"openai": "gpt-4o-mini", "ollama": "llama3"}`: the library model a map of each
    provider's default gives Ollama; the library models a map of each provider's models lists
    under Ollama (`"Ollama": {"nomic-embed-text": "Nomic Embed Text", ...}`)."""
    return [
        name
        for key, value in zip(node.keys, node.values, strict=True)
        if isinstance(key, ast.Constant)
        and isinstance(key.value, str)
        and key.value.lower() == "ollama"
        for name in _library_names(value)
    ]


def _ollama_entry(target: ast.expr, value: ast.expr | None) -> list[ast.Constant]:
    """`EMBEDDING_MODELS["Ollama"] = {"nomic-embed-text": ...}`: the library models a map of
    each provider's models is given under Ollama."""
    if not isinstance(target, ast.Subscript) or value is None:
        return []
    key = target.slice
    if isinstance(key, ast.Constant) and str(key.value).lower() == "ollama":
        return _library_names(value)
    return []


def _library_names(value: ast.expr) -> list[ast.Constant]:
    """The Ollama library's names a value gives: itself, or the keys of a dict or the items
    of a list of them."""
    if isinstance(value, ast.Dict):
        items: list[ast.expr | None] = list(value.keys)
    elif isinstance(value, (ast.List, ast.Tuple)):
        items = list(value.elts)
    else:
        items = [value]
    return [
        item
        for item in items
        if isinstance(item, ast.Constant)
        and isinstance(item.value, str)
        and is_library_tag(item.value)
    ]


def _step_name(key: ast.expr | None) -> str | None:
    """`load_hub_dataset.name`: a pipeline step's name keys its parameters (distilabel's
    `pipeline.run(parameters={...})`); a step named for a dataset reads one (`"repo_id"`)."""
    if isinstance(key, ast.Attribute) and key.attr == "name" and isinstance(key.value, ast.Name):
        step = key.value.id
        return step if keys.role(step) == "dataset" else None
    return None


def _priced(node: ast.Dict) -> bool:
    """A table of what an API charges for each model: its values are records of costs or
    prices (`{"input_cost_per_token": ...}`), its keys the API's names."""
    return any(
        isinstance(value, ast.Dict)
        and any(
            isinstance(k, ast.Constant)
            and isinstance(k.value, str)
            and ("cost" in k.value or "price" in k.value)
            for k in value.keys
        )
        for value in node.values
    )


def is_alias(key: ast.expr | None, value: ast.expr) -> bool:
    """A dict's key that a package maps to a repository, not a repository itself
    (`"labse": "org/labse-gguf"`, `"all-MiniLM-L6-v2": ("leliuga/all-MiniLM-L6-v2-GGUF", ...)`)."""
    head = _head(value)
    return (
        isinstance(key, ast.Constant)
        and "/" not in str(key.value)
        and isinstance(head, ast.Constant)
        and "/" in str(head.value)
    )


_USAGE_NAMES = frozenset({"usage", "help", "epilog", "examples", "documentation", "docstring"})


def _usage_text(name: str, value: ast.Constant) -> bool:
    """A text over several lines named for a program's usage (`USAGE`, `HELP_TEXT`, `EPILOG`):
    its examples are read as an `ArgumentParser`'s are."""
    text = value.value
    return isinstance(text, str) and "\n" in text and not _USAGE_NAMES.isdisjoint(keys.tokens(name))


def _sequence(nodes: Nodes, node: ast.List | ast.Tuple | ast.Set) -> None:
    """A list, tuple or set literal: a table of model ids, flags, Ollama tags, Whisper sizes,
    rows of a provider and its model."""
    items = node.elts
    nodes.tables.extend(_table(items))
    nodes.tables.extend(_flagged(items))
    nodes.tags.extend(_with_tags(items))
    nodes.sized.extend(_sizes(items))
    if isinstance(node, ast.Tuple) and len(items) >= 2:
        # `("org/x", "8454128...")`, `("org/x", "37fb0ff...", "bert", files)`: pinned to a commit
        nodes.tables.extend(_pinned(items[:2]))
    # a repository beside its weights file, every tuple visited alike: a table's row
    # (`[("org/x", "model.pkl"), ...]`, `{"x.onnx": ("org/x", "x.onnx")}`), a key
    # (`out[("org/x", "codec/model.safetensors")] = path`)
    if isinstance(node, ast.Tuple):
        nodes.tables.extend(_weighted(items))
    for item in items:  # `[("ollama", "minicpm-v"), ...]`
        if isinstance(item, ast.Tuple) and len(item.elts) == 2:
            _provider_pair(nodes, item.elts)
    if isinstance(node, ast.Tuple) and len(items) > 2:
        nodes.hosted.update(_api_row(items))
    nodes.tags.extend(_ollama_command(items))
    nodes.tags.extend(_record_columns_with_tags(items))


def _record_columns_with_tags(items: list[ast.expr]) -> list[ast.Constant]:
    """The bare library names of a column of records that holds two or more tagged library
    models (`[{"name": "llama3.1:8b"}, {"name": "gemma3:1b"}, {"name": "nomic-embed-text"}]`),
    not of a column that describes them (`"family"`)."""
    columns: dict[str, list[ast.expr]] = {}
    for record in items:
        if isinstance(record, ast.Dict):
            for key, value in zip(record.keys, record.values, strict=True):
                name = key.value if isinstance(key, ast.Constant) else None
                if isinstance(name, str) and name.lower() not in keys.DESCRIPTIVE:
                    columns.setdefault(name, []).append(value)
    return [name for values in columns.values() for name in _with_tags(values)]


def _ollama_command(items: list[ast.expr]) -> list[ast.Constant]:
    """`subprocess.Popen(["ollama", "run", "llama3.2", prompt])`: the library model an argument
    list gives the Ollama CLI."""
    out = []
    for at in range(len(items) - 2):  # most lists hold no `"ollama"`: one test per item
        first = items[at]
        if not (isinstance(first, ast.Constant) and first.value == "ollama"):
            continue
        verb, name = items[at + 1], items[at + 2]
        if (
            isinstance(verb, ast.Constant)
            and verb.value in OLLAMA_MODEL_VERBS
            and isinstance(name, ast.Constant)
            and isinstance(name.value, str)
            and is_library_tag(name.value)
        ):
            out.append(name)
    return out


def _pinned(items: list[ast.expr]) -> list[ast.Constant]:
    """The id of a pair of an id and the commit it is pinned to (`("org/x", "8454...")`)."""
    repo, commit = items
    value = pinned_repo(repo, commit)
    return [repo] if isinstance(repo, ast.Constant) and value and id_like(value) else []


def _provider_pair(nodes: Nodes, items: list[ast.expr]) -> None:
    """`("openrouter", "qwen/qwen3-vl-235b")`: a hosted API's own model name, there and
    wherever the file names it; `("ollama", "minicpm-v")`: a library model."""
    provider, model = items
    if not (isinstance(provider, ast.Constant) and isinstance(provider.value, str)):
        return
    if not (isinstance(model, ast.Constant) and isinstance(model.value, str)):
        return
    name, value = provider.value.lower(), model.value
    if name in API_PROVIDERS:
        nodes.hosted.add(id(model))
        nodes.hosted_names.add(value)
    elif name == "ollama" and is_library_tag(value):
        nodes.tags.append(model)


#: An environment variable for a hosted API's key (`TOGETHER_API_KEY`), not the Hub's token.
_API_KEY_VARIABLE = re.compile(r"(?!(?:HF|HUGGINGFACE|HUGGING_FACE)_)[A-Z][A-Z0-9_]*_API_KEY")


def _api_row(items: list[ast.expr]) -> list[int]:
    """Ids of the strings of a row that describes a hosted API (`("together",
    "TOGETHER_API_KEY", "meta-llama/Llama-3.3-70B-Instruct-Turbo", "https://...")`): its
    provider first, or the variable its key is read from; the row's names are the API's."""
    strings = [item for item in items if _is_string(item)]
    if len(strings) < len(items):
        return []
    texts = [str(item.value) for item in strings]
    hosted = texts[0].lower() in API_PROVIDERS - _PUBLISH_ON_HUB  # not `("google", "google/x")`
    if not (hosted or any(_API_KEY_VARIABLE.fullmatch(text) for text in texts)):
        return []
    return [id(item) for item in strings]


def _compare(nodes: Nodes, node: ast.Compare) -> None:
    """`model_name == "org/name"`, `model_id in ("org/a", ...)`: the literals on the other
    side(s) are keyed by the variable's name."""
    sides = [node.left, *node.comparators]
    if isinstance(node.ops[0], (ast.In, ast.NotIn)) and isinstance(node.left, ast.Constant):
        sides = sides[1:]  # `"xlm-roberta-large" in model_name`: a substring test
        nodes.probes.add(id(node.left))
    elif (probe := _part_tested(node)) is not None:  # `i in model_name`, `i` a loop's item
        nodes.probe_names.add(probe)
    named = [n for n in map(target_name, sides) if n is not None]
    if named:
        key = "model_repo_id" if named[0] == "repo_id" else named[0]  # the Hub's default type
        nodes.keyed.extend((key, s) for s in sides if target_name(s) is None)
        nodes.compared.update(id(s) for s in sides if target_name(s) is None)


#: Hosted APIs whose makers publish no weights of theirs on the Hub under that name.
_HOSTED_ONLY = API_PROVIDERS - _PUBLISH_ON_HUB


def _hosted_row_names(node: ast.Call) -> list[int]:
    """Ids of the strings of a call that names a hosted API among its arguments
    (`_m("together/Qwen/Qwen2.5-72B-Instruct", "together", "Qwen/Qwen2.5-72B-Instruct")`): the
    API's own names, whatever the Hub spells alike."""
    if len(node.args) < 2:  # most calls: no row
        return []
    strings = [a for a in node.args if _is_string(a)]
    if len(strings) < 2 or not any(str(a.value).lower() in _HOSTED_ONLY for a in strings):
        return []
    return [id(a) for a in strings]


def _joins_a_path(node: ast.Call) -> bool:
    """`os.path.join(...)` / `path.join(...)` of two parts or more: each is a path's part."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "join" and len(node.args) >= 2):
        return False
    owner = func.value
    return (isinstance(owner, ast.Attribute) and owner.attr == "path") or (
        isinstance(owner, ast.Name) and owner.id in ("path", "osp", "posixpath")
    )


def _call(nodes: Nodes, node: ast.Call) -> None:
    """A call: a key's default it reads, the literals it writes to, a model wrapper's id."""
    nodes.calls.append(node)
    nodes.keyed.extend(_got_default(node))
    nodes.outputs.update(  # `convert(..., upload_repo="org/my-4bit")`: written, not used
        id(k.value) for k in node.keywords if k.arg and keys.role(k.arg) == "output"
    )
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("startswith", "endswith"):
        nodes.fragments.update(id(n) for a in node.args for n in ast.walk(a))  # a name's part
    nodes.hosted.update(_hosted_row_names(node))  # `_m("x", "together", "Qwen/Qwen2.5-7B")`
    if _joins_a_path(node):  # `os.path.join(here, "models", "all-MiniLM-L6-v2")`: a folder
        nodes.fragments.update(id(a) for a in node.args if isinstance(a, ast.Constant))
    wrapped = _wrapped_id(node)
    if wrapped is not None:  # `MaskPredictor("org/bert-base-x")`: a model wrapper
        nodes.published.append(wrapped)
        nodes.published.extend(_paired_id(node, wrapped))  # `SpeechMix("org/enc", "org/dec")`
    if len(node.args) >= 2 and weights_file(node.args[1]):  # `store.get("org/x", "rmvpe.pt")`
        nodes.tables.extend(_weighted(node.args[:2]))
    if node.args and callee(node) == "load" and not loads_from_hub(node):
        nodes.hosted.add(id(node.args[0]))  # Gradio's `load` from a Space or another registry
    nodes.dataset_calls.update(
        id(k.value)
        for k in node.keywords
        if isinstance(k.value, ast.Call) and k.arg and keys.role(k.arg) == "dataset"
    )
    nodes.dataset_names.update(  # `defaults = dict(hf_id="org/x", ...)`, `Dataset(**defaults)`
        (k.value.id, callee(node))
        for k in node.keywords
        if k.arg is None
        and isinstance(k.value, ast.Name)
        and "dataset" in keys.tokens(callee(node))
    )
    if node.args and not _DATA_WORDS.isdisjoint(keys.tokens(callee(node))):
        nodes.data_args.add(id(node.args[0]))  # `BenchmarkSpec("openai/gsm8k", ...)`
    if _hosted_client(func):  # `replicate.run("black-forest-labs/flux-kontext-pro", ...)`
        given = [*node.args, *(k.value for k in node.keywords)]
        nodes.hosted.update(map(id, given))
        nodes.hosted_names.update(
            str(a.value) for a in given if isinstance(a, ast.Constant) and isinstance(a.value, str)
        )
    if (len(node.keywords) > 1 or len(node.args) > 1) and routed(node):
        # `Provider(name=Providers.openrouter, ...)`, `ModelInfo("qwen/x", "openrouter", ...)`
        nodes.hosted.update(id(a) for a in [*node.args, *(k.value for k in node.keywords)])
    if node.keywords and callee(node) == "ArgumentParser":  # `description="Examples: ..."`
        nodes.usages.extend(
            k.value
            for k in node.keywords
            if k.arg in _USAGE_TEXTS
            and isinstance(k.value, ast.Constant)
            and isinstance(k.value.value, str)
        )


_USAGE_TEXTS = ("description", "epilog", "usage")
#: Words of a callee's name that make its first argument a dataset's id.
_DATA_WORDS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus"})


#: Classes that take an `org/name`-shaped first argument that is no model.
_NOT_WRAPPERS = ("Path", "Dataset", "Data", "Repo", "Repository", "Url", "URL", "File", "Space")


def _wrapped_id(call: ast.Call) -> ast.Constant | None:
    """The first argument of a class instantiated with a model-shaped `org/name` id or one of the
    Hub's legacy names; for a class named for a model, its first string argument wherever it
    stands (`Model(WavLMForSequenceClassification, "org/wavlm-emotion")`, `ModelConfig(
    BERTConfig(), BERTEncoder, "bert-base-cased")`), after a display name too."""
    name = callee(call)
    if not name[:1].isupper() or name.endswith(_NOT_WRAPPERS):
        return None
    strings = [a for a in call.args[:3] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    # `ModelConfig(ALBERTConfig(...), ALBERTEncoder, "albert-base-v2")`: a legacy name too;
    # `KnownModel("Qwen-Image", "Qwen/Qwen-Image", "image")`: after a display name
    named = (
        [s for s in strings if "/" in str(s.value) or str(s.value).lower() in LEGACY_IDS]
        if "Model" in name
        else []
    )
    described = bool(named)
    first = named[0] if described else call.args[0] if call.args else None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return None
    if "/" not in first.value:  # `TransformerDocumentEmbeddings("roberta-base")`
        return first if first.value.lower() in LEGACY_IDS else None
    publisher = first.value.split("/")[0].lower() in PUBLISHERS and plausible_id(first.value)
    return first if model_shaped(first.value) or publisher else None  # `("Qwen/Qwen-Image")`


def _paired_id(call: ast.Call, first: ast.Constant) -> list[ast.Constant]:
    """The second of two model ids a class is given first (an encoder's, then a decoder's:
    `HFSpeechMixEED("facebook/wav2vec2-base-960h", "voidful/bart-base-chinese")`)."""
    if len(call.args) < 2 or call.args[0] is not first:
        return []
    second = call.args[1]
    if not (isinstance(second, ast.Constant) and isinstance(second.value, str)):
        return []
    value = second.value
    return [second] if "/" in value and plausible_id(value) and model_shaped(value) else []


def _ollama_route(string: str) -> bool:
    """`ollama/llama3`, `ollama_chat/qwen2.5:7b`: a LiteLLM or LangChain route to a library
    model of Ollama, whole."""
    tag = provider_tag(string) if len(string) < 120 else None
    return tag is not None and is_library_tag(tag.partition(":")[0].lower())


#: A text that starts with a flag: a command's arguments, one or more to a line.
_FLAGS_FIRST = re.compile(r"\s*--[A-Za-z]")


#: A message, help text or banner up to this long is read for the tags it names (in a file about
#: Ollama); longer strings are prompt templates and data.
_PROSE_BELOW = 10_000


def _string(nodes: Nodes, node: ast.Constant) -> None:
    """A string literal: a URL, a command shown, a short name, an Ollama tag."""
    string = node.value
    if not isinstance(string, str):
        return
    if (
        "://" in string
        or "hf-hub:" in string
        or "hf_hub:" in string
        or "hf:" in string
        # Ollama's `hf.co/org/x:Q4_K_M`, and its registry's `ollama.com/library/llama3:8b`
        or string.startswith(("hf.co/", "huggingface.co/", "ollama.com/"))
    ):
        nodes.strings.append(node)
    if len(string) < 2_000 and (
        ("-" in string and ("\n" not in string or _FLAGS_FIRST.match(string) is not None))
        or "ollama pull" in string
        or "ollama run" in string
        or " download " in string  # "Re-download with:\n  hf download org/x weights.pt"
    ):  # `"e.g. --base_model=org/name"`, `"Pull one with: ollama pull qwen3:0.6b\n"`,
        nodes.commands.append(node)  # `args = """--model_type bert\n --model_name_or_path x"""`
    if len(string) < 2_000 and ("tiny" in string or "medium" in string or "large-v" in string):
        nodes.size_texts.append(node)  # "Size of the model (tiny, tiny.en, base, ...)"
    worded = "-" in string or "_" in string or string == "LaBSE"  # not a `"labse"` nickname
    if worded and len(string) < 80 and is_sentence_transformers_name(string):
        nodes.tables.append(node)  # `{"name": "all-MiniLM-L6-v2"}`, `{"name": "LaBSE"}`
    if "/" in string and len(string) < 120 and published_id(strip_prefix(string)):
        nodes.published.append(node)  # `return "Xenova/t5-small"`, whatever holds it
    if " " in string and "/" in string and len(string) < _PROSE_BELOW and string.count("\n") < 3:
        nodes.messages.append(node)  # a message, a help text (not a document): read as prose
    if ":" in string and _TAG_SHAPE.match(string) and is_tagged_library_name(string):
        nodes.tags.append(node)  # `default="dolphin-phi:latest"`: a library model
    elif " " in string and ":" in string and len(string) < _PROSE_BELOW:
        nodes.prose.append(node)  # a message that may name tags, read in a file about Ollama
    elif string[:6].lower() == "ollama" and _ollama_route(string):  # `"Ollama/llama3.2"` too
        nodes.tags.append(node)  # LiteLLM's `"ollama/llama3": 4096`: a library model
    config = ("model" in string and _MODEL_KEY_LINE.search(string) is not None) or (
        "[" in string and INI_SECTION.search(string) is not None
    )
    if config and _written_out(node, string):  # `yaml_config = """models:\n  - model: x"""`,
        nodes.configs.append(node)  # a spaCy config's `[components.x.model]` ... `name = x`
    over_lines = node.end_lineno is not None and node.end_lineno > node.lineno
    if over_lines and _LAUNCH.match(string):  # `os.system("""accelerate launch x.py \ ...`
        nodes.scripts.append(node)
    if "FROM" in string and _MODELFILE.search(string):  # written out or `"FROM x\n" "SYSTEM ..."`
        nodes.modelfiles.append(node)  # `modelfile = """\nFROM mistral\nSYSTEM ..."""`


#: A YAML line keyed for a model (`model:`, `- model: org/x`, `model_name: "org/x"`): the
#: string may be a config a script writes out.
_MODEL_KEY_LINE = re.compile(r"^[ \t]*(?:-[ \t]+)?[\w-]*model[\w-]*:(?:[ \t]|$)", re.M)


#: An INI section header on a line of its own (`[polarity.model]`): the text is a config file
#: in INI form (a spaCy `config.cfg` held in a string).
INI_SECTION = re.compile(r"^[ \t]*\[[A-Za-z_][\w.-]*\][ \t]*$", re.M)


#: A shell command written over several lines of a string (`os.system("""accelerate launch
#: train.py \` ...), or a script: it starts with a launcher of models.
_LAUNCH = re.compile(
    r"\s*(?:#!|(?:accelerate[ \t]+launch|torchrun|deepspeed|python3?[ \t]+(?:-m[ \t]+)?[\w./-]+"
    r"|vllm[ \t]+serve|huggingface-cli|hf[ \t]+download|ollama[ \t]+(?:pull|run)|lm_eval"
    r"|llamafactory-cli|tune[ \t]+run)[ \t])"
)


#: A Modelfile: a `FROM` line and an instruction only Modelfiles have.
_MODELFILE = re.compile(
    r"^[ \t]*FROM[ \t]+\S+[ \t]*$(?=.*^[ \t]*(?:SYSTEM|PARAMETER|TEMPLATE|ADAPTER|MESSAGE)\b)",
    re.M | re.S,
)


def _written_out(node: ast.Constant, string: str) -> bool:
    """A multi-line string whose lines are the source's lines (a triple-quoted literal, no
    `\\n` escapes; after its opening quotes, a `\\` may end the first line), so a line
    inside it is a line of the file."""
    lines = string.count("\n")
    return 0 < lines < 5_000 and skipped_first_line(node, string) in (0, 1)


def skipped_first_line(node: ast.Constant, string: str) -> int:
    """1 when a written-out string starts on the line after its quotes (`\"\"\"\\`), 0 when on
    theirs; -1 when its lines are not the source's."""
    if node.end_lineno is None:
        return -1
    extra = node.end_lineno - node.lineno - string.count("\n")
    return extra if extra == 0 or (extra == 1 and string[:1] != "\n") else -1


def field_default(value: ast.expr) -> ast.expr:
    """`field(default="org/name")`, `Field("org/name", ...)`: the default; else the value."""
    if isinstance(value, ast.Call) and callee(value) in ("field", "Field"):
        default = kwarg(value, "default")
        if default is not None:
            return default
        if callee(value) == "Field" and value.args:  # pydantic: the default is positional
            return value.args[0]
    return value


_TAG_SHAPE = re.compile(r"[A-Za-z][\w.-]{0,60}:[\w.-]{1,40}$")


def _table(items: list[ast.expr]) -> list[ast.Constant]:
    """The entries of a literal table of model ids (`{"ja": "org/wav2vec2-large-ja", ...}`,
    `["org/bge-small-en", "org/bge-base-en", ...]`, `{"bert-base-uncased": 9, ...}`; see
    `prose.table_entries`), if at least half of the items are strings; else nothing."""
    strings = [i for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    if len(strings) < len(items) // 2:
        return []
    return [strings[i] for i in table_entries([str(s.value).strip() for s in strings])]


def _with_tags(items: list[ast.expr]) -> list[ast.Constant]:
    """The bare library names of a list (or a dict's values) that holds two or more tagged
    Ollama library models (`["llama3.2:3b", "phi3:mini", "llama3", "gemma2"]`: `llama3` and
    `gemma2` too)."""
    strings = [i for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    if len(strings) < _TAGGED_LIST:
        return []
    tagged = sum(":" in str(s.value) and is_library_tag(str(s.value)) for s in strings)
    if tagged < _TAGGED_LIST:
        return []
    return [s for s in strings if ":" not in str(s.value) and is_library_tag(str(s.value))]


_TAGGED_LIST = 2


def _row_id(item: ast.expr) -> ast.expr:
    """A row's item that may be its id: its first string holding a `/` (`(ViTForX,
    "org/name")`), else its first item."""
    if isinstance(item, ast.Tuple):
        for element in item.elts:
            if isinstance(element, ast.Constant) and "/" in str(element.value):
                return element
    return _head(item)


def _head(item: ast.expr) -> ast.expr:
    """A row's first item (`("org/name", "family")`), or the item itself."""
    return item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item


def _sizes(items: list[ast.expr]) -> list[ast.Constant]:
    """The Whisper size names of a list that holds three or more (`["tiny", "base", "small"]`,
    or `[("tiny", "Whisper tiny"), ("base", ...), ...]` by each row's first item)."""
    if len(items) < LISTED_MIN:
        return []  # `(batch, seq)`: most tuples are too short to list sizes
    heads = [_head(i) for i in items]
    strings = [
        i
        for i in heads
        if isinstance(i, ast.Constant) and isinstance(i.value, str) and len(i.value) < 20
    ]
    if len(strings) < LISTED_MIN:
        return []
    return [strings[i] for i in sized_items([str(s.value) for s in strings])]


def _weighted(items: list[ast.expr]) -> list[ast.Constant]:
    """The repositories among items that name a file of weights beside them (`("org/rawi-v2",
    "rawi_v2.onnx")`): models, whatever their names' shape."""
    if not any(weights_file(item) for item in items):
        return []
    return [i for i in items if isinstance(i, ast.Constant) and id_like(str(i.value))]


#: Keys of a record that describe a model (`{"repo": "org/x", "arch": "roberta-large"}`).
_MODEL_FACTS = frozenset(
    {"arch", "architecture", "params", "parameters", "num_params", "size_mb", "size_gb"}
    | {"quantization", "quant", "context_length", "context_window", "head", "embedding_dim"}
)


def _describes_a_model(node: ast.Dict) -> bool:
    return any(isinstance(k, ast.Constant) and k.value in _MODEL_FACTS for k in node.keys)


#: Keys of a record whose `org/name` is a model's when it is shaped like one.
_SHAPED_KEYS = REPO_KEYS | {"source"}


def _model_shaped(value: ast.expr) -> bool:
    """An `org/name` literal shaped like a model's (a size or a version)."""
    text = value.value if isinstance(value, ast.Constant) else None
    return isinstance(text, str) and "/" in text and model_shaped(text)


def _repo_key(node: ast.Dict, key: str, value: ast.expr) -> str:
    """A dict's `"repo_id"` names a model (the Hub's default repository type), or what its
    `"repo_type"` says: keyed as `model_repo_id` / `dataset_repo_id` (`space_repo_id`: none); a
    `"repo"` beside a file of weights (`{"repo": "org/x", "file": "x.safetensors"}`) or a model's
    facts (`"arch"`, `"size_mb"`) a model, as is a `"repo"` or `"source"` (`value`) shaped like
    a model's id."""
    if key in REPO_KEYS and (any(weights_file(v) for v in node.values) or _describes_a_model(node)):
        return "model_repo_id"
    if key in _SHAPED_KEYS and _model_shaped(value):
        return "model_repo_id"  # `{"repo": "org/whisper-th-large-v3"}`, `{"source": "org/x-9B"}`
    if key != "repo_id":
        return key
    for other, given in zip(node.keys, node.values, strict=True):
        if isinstance(other, ast.Constant) and other.value == "repo_type":
            kind = given.value if isinstance(given, ast.Constant) else None
            return f"{kind}_repo_id" if isinstance(kind, str) else key
    return "model_repo_id"


def _got_default(call: ast.Call) -> list[tuple[str, ast.expr]]:
    """`cfg.get("model", "org/name")`, `getattr(cfg, "ollama_model", "nomic-embed-text")`: the
    default, keyed by the key or attribute it stands in for."""
    func = call.func
    if isinstance(func, ast.Name) and func.id == "getattr" and len(call.args) == 3:
        key, default = call.args[1:]
    elif isinstance(func, ast.Attribute) and func.attr == "get" and len(call.args) == 2:
        key, default = call.args
    else:
        return []
    literal = isinstance(default, ast.Constant) and isinstance(default.value, str)
    if isinstance(key, ast.Constant) and isinstance(key.value, str) and literal:
        return [(key.value, default)]
    return []


def _flagged(items: list[ast.expr]) -> list[ast.Constant]:
    """The items after a model flag in an argument list (`["--model-path", "org/name"]`, a
    subprocess command); `org/name` ids only."""
    out = []
    for first, second in itertools.pairwise(items):
        if (
            isinstance(first, ast.Constant)
            and isinstance(second, ast.Constant)
            and isinstance(first.value, str)
            and isinstance(second.value, str)
            and "/" in second.value
            and FLAG_ITEM.match(first.value)
        ):
            out.append(second)
    return out


def _returned(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[str, ast.expr]]:
    """What a model-named function returns, keyed by its name."""
    return [
        (func.name, node.value)
        for node in ast.walk(func)
        if isinstance(node, ast.Return) and node.value is not None
    ]


def _named_fields(node: ast.ClassDef) -> list[tuple[str, ast.expr]]:
    """The `name = "..."` fields of a model-wrapping class, as a `model` key would be."""
    out: list[tuple[str, ast.expr]] = []
    for stmt in node.body:
        target: ast.expr | None = stmt.target if isinstance(stmt, ast.AnnAssign) else None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(target, ast.Name) and target.id == "name" and value is not None:
            out.append(("model", value))
    return out


#: Clients of hosted model APIs whose model names are their own (`owner/model` on Replicate).
_HOSTED_CLIENTS = frozenset({"replicate", "fal_client"})


def _hosted_client(func: ast.expr) -> bool:
    """The call is a hosted API client's (`replicate.run`, `replicate.models.get`,
    `fal_client.subscribe`)."""
    while isinstance(func, ast.Attribute):
        func = func.value
        if isinstance(func, ast.Name):
            return func.id in _HOSTED_CLIENTS
    return False


def _assigned(body: list[ast.stmt]) -> list[tuple[str, ast.expr]]:
    """The (name, value) of each statement of a block that assigns a value to a plain name
    (`MODEL = "org/x"`, `hf_path: str = "org/x"`; its first target), in order."""
    out: list[tuple[str, ast.expr]] = []
    for stmt in body:
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
            continue
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
        if isinstance(target, ast.Name):
            out.append((target.id, stmt.value))
    return out


def _hosted_settings(assigned: list[tuple[str, ast.expr]]) -> list[int]:
    """Ids of the strings a block (a class's body, an `if`'s; its `_assigned`) assigns beside
    a hosted API's provider (`provider = "groq"` beside `model_name = "qwen/qwen3-32b"`): the
    API's names."""
    named = {name: v for name, v in assigned if _is_string(v)}  # the last value of a name
    return [id(v) for _name, v in _beside_hosted_provider(named)]


def _the_apis(name: str) -> bool:
    """`provider`, `model_name`, `llm_model`: a parameter for the provider or the model it
    serves, not one for another model (`embedding_model`)."""
    return set(keys.tokens(name)) <= _API_MODEL_WORDS


_API_MODEL_WORDS = frozenset({"provider", "api", "type", "model", "name", "id", "llm", "chat"})


def _hosted_entries(node: ast.Dict) -> list[int]:
    """Ids of the strings a dict that configures a hosted API gives, alone or listed
    (`{"id": "groq", "models": ["openai/gpt-oss-20b"]}`), but not those under a key named for
    Ollama (`"OLLAMA_MODEL": "llava:latest"` beside `"PROVIDER": "groq"`: the other backend's
    setting)."""
    named = {
        k.value.lower(): v
        for k, v in zip(node.keys, node.values, strict=True)
        if isinstance(k, ast.Constant) and isinstance(k.value, str) and _is_string(v)
    }
    if not _beside_hosted_provider(named):
        return []
    return [
        id(item)
        for k, v in zip(node.keys, node.values, strict=True)
        if not (isinstance(k, ast.Constant) and "ollama" in keys.tokens(str(k.value)))
        for item in _strings(v)
    ]


def _strings(node: ast.expr) -> list[ast.Constant]:
    """A string, or the strings a list, tuple or set literal holds, or a dict's values
    (`"defaults": {"generate": "owner/x", "edit": "owner/y"}`)."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [item for item in node.elts if _is_string(item)]
    if isinstance(node, ast.Dict):
        return [item for item in node.values if _is_string(item)]
    return [node] if _is_string(node) else []


def _is_string(node: ast.expr) -> TypeGuard[ast.Constant]:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _beside_hosted_provider(named: Mapping[str, ast.expr]) -> list[tuple[str, ast.expr]]:
    """The (name, string) settings of a block or a dict whose `provider` (or `api_type`) names
    a hosted API (`groq`, not `ollama`, whatever other providers' settings stand beside it,
    `openai_base_url = "https://api.openai.com/v1"`); none where it names none."""
    given = {
        name.lower(): str(value.value)
        for name, value in named.items()
        if isinstance(value, ast.Constant)
    }
    provider = next((given[k] for k in _PROVIDER_FIELDS if k in given), "").lower()
    if provider in _PUBLISH_ON_HUB and any(
        text.partition("/")[0].lower() in _HUB_ORGS.get(provider, (provider,))
        for text in given.values()
    ):  # `{"model": "google/gemma-4-E2B", "provider": "Google"}`: the maker, on the Hub
        return []
    return list(named.items()) if provider in API_PROVIDERS else []


#: The Hub organizations of the hosted APIs' makers that also publish weights.
_HUB_ORGS = {
    "google": ("google",),
    "mistral": ("mistralai",),
    "mistralai": ("mistralai",),
    "deepseek": ("deepseek-ai",),
    "cohere": ("cohereforai", "coherelabs"),
    "xai": ("xai-org",),
}


#: Fields that name the backend a block or dict configures (`"id": "groq"` of a provider).
_PROVIDER_FIELDS = ("provider", "api_type", "id")


def _repo_beside_weights(assigned: list[tuple[str, ast.expr]]) -> list[tuple[str, ast.expr]]:
    """`DEFAULT_REPO = "org/name"` beside `BUNDLE_FILENAME = "x.safetensors"` (a block's
    `_assigned`): a repository named beside a file of weights is a model's, keyed as one."""
    if not any(weights_file(value) for _name, value in assigned):
        return []
    return [("model", value) for name, value in assigned if _names_repository(name)]


def _names_repository(name: str) -> bool:
    """`DEFAULT_REPO`, `HUB_REPOSITORY`, `repo_id`: a name for a repository."""
    toks = keys.tokens(name)
    return toks[-1:] in (("repo",), ("repository",)) or toks[-2:] == ("repo", "id")


def _named_datasets(nodes: Nodes) -> list[int]:
    """Ids of what a name a dataset class reads holds: the constant a dataset field defaults to
    (`DEFAULT_REPO_ID = "org/x"`), the repository fields of a dict spread into a dataset class
    (`defaults = dict(hf_id="org/x", ...)` then `Dataset(**defaults)`)."""
    out = []
    for name, value in nodes.assigns:
        cls = nodes.dataset_names.get(name)
        if cls is None:
            continue
        if isinstance(value, ast.Constant):
            out.append(id(value))
        elif isinstance(value, ast.Call) and callee(value) == "dict":
            out.extend(id(k.value) for k in value.keywords if k.arg and names_dataset(cls, k.arg))
        elif isinstance(value, ast.Dict):
            out.extend(
                id(item)
                for key, item in zip(value.keys, value.values, strict=True)
                if isinstance(key, ast.Constant) and names_dataset(cls, str(key.value))
            )
    return out


def _typed_as_dataset(assigned: list[tuple[str, ast.expr]]) -> list[int]:
    """Ids of the repositories a block or a signature types as datasets (`HF_REPO = "org/x"`
    beside `HF_REPO_TYPE = "dataset"`, `def get(repo_id="org/x", repo_type="dataset")`)."""
    typed = typed_prefixes(assigned, "dataset")
    return _typed_ids(assigned, typed) if typed else []


def typed_prefixes(assigned: Iterable[tuple[str, ast.expr]], repo_type: str) -> frozenset[str]:
    """The names (upper case, without `_TYPE`) that `*REPO_TYPE = "<repo_type>"` assignments
    type: `HF_REPO_TYPE = "dataset"` types `HF_REPO`."""
    return frozenset(
        name[: -len("_TYPE")].upper()
        for name, value in assigned
        if name.upper().endswith("REPO_TYPE") and isinstance(value, ast.Constant)
        if value.value == repo_type
    )


def typed_name(name: str, typed: Set[str]) -> bool:
    """Whether a `*_REPO_TYPE` name types `name` (`typed` as `typed_prefixes` gives them):
    `HF_REPO`, and `HF_REPO_ID` or `HF_REPO_IDS` beside it."""
    upper = name.upper()
    return (
        upper in typed or upper.removesuffix("_ID") in typed or upper.removesuffix("_IDS") in typed
    )


def _typed_ids(assigned: list[tuple[str, ast.expr]], typed: Set[str]) -> list[int]:
    """Ids of the values of the names a `*_REPO_TYPE` name types (`typed_name`)."""
    return [id(value) for name, value in assigned if typed_name(name, typed)]


def _attributes(node: ast.ClassDef) -> list[ast.expr]:
    """The values a class body assigns to its attributes, in order."""
    return [
        stmt.value
        for stmt in node.body
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None
    ]


#: Words of an enum's name that say its members are models (`class RerankerType(str, Enum)`).
_MODEL_ENUM_WORDS = frozenset(
    {"model", "models", "reranker", "rerankers", "embedding", "embeddings", "embedder", "llm"}
    | {"encoder", "checkpoint", "checkpoints"}
    | {"classifier", "classifiers"}  # `class HarmBenchClassifier(Enum)`
)


#: The fields of a model class that name the model it runs (`id: str = "hermes3"`).
_MODEL_FIELDS = frozenset({"id", "model", "model_id", "model_name"})


def _ollama_subclass_fields(node: ast.ClassDef) -> list[tuple[str, ast.expr]]:
    """`class Hermes(Ollama): id: str = "hermes3"`: a subclass of an Ollama model class (agno,
    agentica) names its Ollama model in its `id` / `model` field, as an Ollama key's value."""
    bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
    if not any("Ollama" in base for base in bases) or node.name.endswith(("Provider", "Client")):
        return []  # jupyter-ai's `class OllamaProvider(..., ChatOllama): id = "ollama"`: its own id
    out: list[tuple[str, ast.expr]] = []
    for stmt in node.body:
        target: ast.expr | None = stmt.target if isinstance(stmt, ast.AnnAssign) else None
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
        named = isinstance(target, ast.Name) and target.id in _MODEL_FIELDS
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if not (named and isinstance(value, ast.Constant) and isinstance(value.value, str)):
            continue
        if value.value.lower() != "ollama":
            out.append(("ollama_model", value))
    return out


def _hub_column(node: ast.ClassDef) -> list[ast.Constant]:
    """A class's rows (`VIRCHOW = 4, "virchow", "hf-hub:paige-ai/Virchow"`, an enum's members):
    a column where two rows give `hf-hub:` names holds repositories, and so its other
    `org/name` strings (`HIBOU_L = 20, "hibou_l", "histai/hibou-L"`) are ids too."""
    columns: dict[int, list[ast.Constant]] = {}
    for stmt in node.body:
        row = stmt.value if isinstance(stmt, ast.Assign) else None
        for index, item in enumerate(row.elts if isinstance(row, ast.Tuple) else ()):
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                columns.setdefault(index, []).append(item)
    out: list[ast.Constant] = []
    for cells in columns.values():
        hub = [c for c in cells if str(c.value).startswith(("hf-hub:", "hf_hub:"))]
        if len(hub) >= _HUB_COLUMN:
            out.extend(c for c in cells if c not in hub and id_like(str(c.value)))
    return out


_HUB_COLUMN = 2


def _model_enum_members(node: ast.ClassDef) -> list[tuple[str, ast.expr]]:
    """The `org/name` members of an enum named for models (`class RerankerType(str, Enum):
    BGE = "BAAI/bge-reranker-base"`), and its legacy ids as the Hub spells them (`GPT2 =
    "gpt2"`), as a `model` key's values would be."""
    bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    if not any(base.endswith("Enum") for base in bases):
        return []
    if _MODEL_ENUM_WORDS.isdisjoint(keys.tokens(node.name)):
        return []
    out: list[tuple[str, ast.expr]] = []
    for stmt in node.body:
        value = stmt.value if isinstance(stmt, ast.Assign) else None
        if not isinstance(value, ast.Constant) or not isinstance(value.value, str):
            continue
        if "/" in value.value or value.value in WORDLESS_LEGACY_IDS:
            out.append(("model", value))
    return out


def runs_at_top(tree: ast.Module) -> bool:
    """The module is a script: it calls something at its top level (`trainer.train()`), not
    only under `if __name__ == "__main__":`, and is no package's module (a relative import,
    `from . import x`, or an `__all__`: other modules import its names)."""
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom) and statement.level:
            return False
        if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in statement.targets
        ):
            return False
    return any(isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) for s in tree.body)


def unused_collections(tree: ast.Module, nodes: Nodes, *, lower_only: bool = False) -> set[int]:
    """Ids of the list and dict literals (and of their entries) assigned to a name that the
    notebook or script `tree` never reads: unsloth's `fourbit_models = [...]`, a menu of models
    nobody loads. With `lower_only` (a script), names in capitals are kept: a module's
    `MODELS = [...]` may be imported by other modules."""
    literals = (ast.List, ast.Tuple, ast.Set, ast.Dict)
    named = [
        (name, value)
        for name, value in nodes.assigns
        if isinstance(value, literals) and not (lower_only and name != name.lower())
    ]
    if not named:
        return set()
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return {id(part) for name, value in named if name not in read for part in ast.walk(value)}
