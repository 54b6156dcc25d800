"""Python sources: model ids passed to loaders, read with `ast` (never executed).

Ids are followed through module and function constants, parameter defaults, `os.getenv` /
`os.environ.get` defaults and argparse `default=`; a reference is reported at the literal.
Docstrings and comments are never read as code.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace
from functools import partial

from weightgate.model import Confidence, Kind, ModelRef
from weightgate.scan import keys, pystrings
from weightgate.scan.found import Found
from weightgate.scan.ids import (
    is_ollama_tag,
    is_openai_api_name,
    listed_names,
    normalize,
    plausible_id,
    single_dataset,
)
from weightgate.scan.ollamatags import (
    about_ollama,
    is_mixed_case_name,
    is_ollama_value,
    names_in_prose,
    provider_tag,
    tags_in_prose,
)
from weightgate.scan.prose import (
    about_models,
    called_datasets,
    ids_in_prose,
    legacy_names_in_prose,
    model_shaped,
    short_names_in_prose,
)
from weightgate.scan.pycalls import Imports, Target, field_help, flag_help, targets
from weightgate.scan.pyflow import ValueFlow
from weightgate.scan.pylinks import links_the_hub, unparsed_examples, unparsed_links
from weightgate.scan.pynodes import (
    INI_SECTION,
    Nodes,
    collect,
    field_default,
    is_alias,
    runs_at_top,
    skipped_first_line,
    typed_name,
    typed_prefixes,
    unused_collections,
)
from weightgate.scan.pyregions import (
    WHOLE_FILE_BELOW,
    enclosing_function,
    hits,
    parse_regions,
    whisper_size_hits,
)
from weightgate.scan.pysalvage import tolerant
from weightgate.scan.pytemplates import Templates
from weightgate.scan.pyvalues import (
    Literal,
    Resolved,
    Templated,
    argparse_defaults,
    assignments,
    callee,
    column,
    kwarg,
    module_level,
    parameters,
    redefined,
)
from weightgate.scan.pywidgets import prompt_hint, widget_hint
from weightgate.scan.pywrappers import (
    Wrapper,
    argument,
    called_as,
    innermost,
    record_helpers,
    wrapper,
)
from weightgate.scan.whispersizes import listed_sizes

_ID_TEMPLATE = re.compile(r"^[A-Za-z0-9][\w.-]*/")
#: A docstring's list item (`- "org/name": multilingual`).
_LIST_ITEM = re.compile(r"\s*[-*]\s")


#: Example code in a docstring that binds a name for a model to ids (`for model_id in ["org/x",
#: ...]:`, `repo_id = "org/x"`).
_MODEL_BOUND = re.compile(r"\b(?:model|repo)\w*\s*(?:=|in)\s*[\[(]?\s*[\"']", re.IGNORECASE)


#: Words that introduce examples ("e.g.", "such as", "for example").
_EXAMPLE_WORDS = r"\be\.g\.|\bsuch as\b|\bfor example\b"
#: A docstring's example of a repository's id (`:param repo_id: The repository ID (e.g.,
#: "org/x")`, "HF repo IDs (e.g. "org/x")").
_REPO_EXAMPLE = re.compile(
    rf"\brepo(?:sitory)?[ _]?ids?\b[^\n]*?(?:{_EXAMPLE_WORDS})", re.IGNORECASE
)
#: A help text's example or default of a repository (`repo id, e.g. org/x`, `weights repo
#: (default: org/x)`, `Hugging Face model identifier (e.g. "org/x")`).
_REPO_SAID = re.compile(
    rf"\b(?:repo(?:sitory)?|model\s+identifier)\b[^\n]*?(?:{_EXAMPLE_WORDS}|\bdefault\b)",
    re.IGNORECASE,
)
#: Words that put a repository on the Hub (not GitHub's `owner/repo`).
_ON_THE_HUB = re.compile(r"(?i)hugging\s?face|\bHF\b|\bhub\b|\bmodel|\bweights\b|checkpoint")
#: An `org/name` written bare after a text's "e.g." (`repo id, e.g. org/lipika`).
_EXAMPLE_ID = re.compile(r"(?<![\w./:@-])[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*[A-Za-z0-9](?![\w/])")
#: A docstring's entry for an argument named for a model (`model (str): ...`, `model_name:`,
#: `llm_type:`).
_MODEL_ARGUMENT = re.compile(
    r"^[ \t]*\w*(?:model|llm)\w*[ \t]*(?:\([^)\n]*\))?[ \t]*:", re.IGNORECASE
)
#: Such an entry alone on its line (NumPy's `model:`, `model_name_or_path : str`; Google's
#: ``model (`str`):``): its description follows below.
_ENTRY_ALONE = re.compile(_MODEL_ARGUMENT.pattern + r"[ \t]*[\w\[\]|., ]*$", re.IGNORECASE)
#: Words that introduce examples, "like" too.
_EXAMPLES = re.compile(rf"{_EXAMPLE_WORDS}|\blike\b", re.IGNORECASE)
#: A docstring's default for an argument (`Default is "org/name".`, `Defaults to `org/name``).
_DEFAULT_SAID = re.compile(
    r"\bdefaults?(?:\s+is|\s+to|:|\s+model(?:\s+is)?)\s*[`'\"]+[\w.-]+/", re.IGNORECASE
)


def _about_datasets_only(text: str) -> bool:
    """A text about datasets and not models ("HuggingFace dataset path (e.g., 'openai/gsm8k')"):
    the ids it gives are datasets."""
    return "ataset" in text and "model" not in text.lower()


def _model_default(texts: list[str], index: int) -> bool:
    """`model (str): The pretrained model to use.` / `Default is "org/name".`: the default of
    an argument the docstring says is a model."""
    if _DEFAULT_SAID.search(texts[index]) is None:
        return False
    said = f"{texts[index - 1]} {texts[index]}"
    return "model" in said.lower() and not keys.names_hosted_api(said)  # not "Groq model to use"


def _listed_after_models(texts: list[str], index: int, *, lead_in: int = 1) -> bool:
    """Line `index` is a list item under lines that talk about models ("Name of the model.
    Popular choices:" then `- "org/name": ...`; "model_name: Hub id" / "Alternatives:")."""
    if _LIST_ITEM.match(texts[index]) is None:
        return False
    lead = 0  # the lines that lead into the list ("model_name: Hub id" / "Default: ..." /
    for above in reversed(texts[:index]):  # "Alternatives:")
        if not above.strip():
            continue
        if _LIST_ITEM.match(above) is None:
            if about_models(above):
                return True
            lead += 1
            if lead == lead_in:
                return False
    return False


#: A list item's quoted `org/name` (`- "org/x" (ViT-based)`).
_QUOTED_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+`{0,2}[\"']([\w.-]+/[\w.-]+)[\"']")
#: How many lines above a docstring's list of quoted ids may say what its items are
#: ("model_name: Hub id" / "Default: ..." / "Alternatives:"); for bare ids, the one above.
_LEAD_IN = 3


_ADAPTER_WORDS = frozenset({"adapter", "adapters", "lora", "loras", "peft"})


def _kind(name: str, role: keys.Role) -> Kind:
    """What a model- or dataset-named variable or key holds; `OLLAMA_MODEL` an Ollama tag."""
    if role == "dataset":
        return "dataset"
    return "ollama" if "ollama" in keys.tokens(name) else "model"


def _assigned_role(name: str, value: ast.expr) -> keys.Role:
    """The role of a variable's name; one named for a model of several
    (`embedding_model_hf_en_instructor_large`) holds a model when it is given an `org/name`
    that repeats the name's words. A Hub repository's (`HF_HUB_REPO_ID`) is a model's, the
    Hub's default repository type."""
    role = keys.role(name)
    if role == "hub" or keys.tokens(name) == ("repo", "id"):  # `REPO_ID = "org/name"`
        return "model"
    if role not in ("unknown", "none") or not isinstance(value, ast.Constant):
        return role
    if role == "none":  # `BERT_DIR = "bert-base-uncased"`: a folder named for what it holds
        text = str(value.value)
        # `model_dir = "org/text2vec-base-chinese"`: a model's folder given a Hub id's shape
        hub_shaped = "model" in keys.tokens(name) and "/" in text and model_shaped(text)
        return "model" if keys.holds_legacy_id(name, text) or hub_shaped else role
    text = str(value.value)
    variant = "/" in text and keys.names_a_variant(name, text)
    legacy = keys.holds_legacy_id(name, text)  # `BERT_PATH = "bert-base-uncased"`
    family = keys.names_its_family(name, text)  # `ALBERT_PATH = "org/albert-base-v2-squad2"`
    spelled = keys.spells_legacy_id(name, text)  # `ROBERTA_BASE = "roberta-base"`
    return "model" if variant or legacy or family or spelled else role


@dataclass
class _Source:
    """The file being scanned: its lines (for columns) and module-level constants."""

    lines: list[str]
    found: Found
    module: dict[str, ast.expr] = field(default_factory=dict)
    argparse: dict[str, ast.expr] = field(default_factory=dict)
    #: each parsed tree's own argparse defaults (by `id` of the tree), `argparse` their union
    tree_flags: dict[int, dict[str, ast.expr]] = field(default_factory=dict)
    #: flags' defaults their help calls datasets (`help="Reference dataset or HF repo ID"`),
    #: whatever reads them (`repo_id=args.reference`), in every tree
    dataset_defaults: set[int] = field(default_factory=set)
    #: the nodes of the module-level assignments a large file's regions read (`module_level`),
    #: numbered by the file's lines
    module_nodes: set[int] = field(default_factory=set)
    reported: set[tuple[int, int]] = field(default_factory=set)
    imports: Imports = field(default_factory=Imports)
    ollama: bool = False  # the file is about Ollama: `{"model": "llama3"}` is a tag
    notebook: bool = False  # a notebook's cells, parsed whole: a name it never reads is unused
    script: bool = False  # a script parsed whole: a lower-case name it never reads is unused
    #: helpers returning a record that names a parameter's repository (`record_helpers`)
    record_helpers: dict[str, dict[tuple[object, ...], Wrapper]] = field(default_factory=dict)
    #: module-level repositories a `*_REPO_TYPE = "dataset"` constant types (`typed_prefixes`)
    dataset_typed: frozenset[str] = frozenset()


def _reading(target: Target) -> tuple[object, ...]:
    """How a target's expression is read, apart from the expression itself."""
    return (
        target.kind,
        target.strict,
        target.single,
        id(target.aliases),
        target.hub,
        target.prefix,
    )


class _Visitor(ValueFlow):
    """Calls and URL strings of one parsed tree, resolved through the scopes enclosing them."""

    def __init__(self, src: _Source, line_offset: int) -> None:
        super().__init__(src.module, src.argparse)
        self.src = src
        self.offset = line_offset
        self.tree_module: dict[str, ast.expr] = {}  # this tree's module-level names
        self.funcs: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.func_scopes: dict[int, dict[str, ast.expr]] = {}  # parameters and locals, by id
        self.hosted: set[int] = set()  # literals a hosted API's settings give: its own names
        self.hosted_names: set[str] = set()  # the names a hosted API's client is given
        self.fragments: set[int] = set()  # parts of names, folders' names: no model's
        self.or_defaults: dict[int, str] = {}  # `args.x or "org/y"`: the literal's attribute

    def visit(self, tree: ast.Module) -> None:
        """One pass over the tree (NodeVisitor dispatch costs too much on large trees)."""
        assignments(tree.body, self.tree_module)
        self.histories[id(self.tree_module)] = redefined(tree.body)
        nodes = collect(tree)
        self.funcs = nodes.funcs
        self.hosted, self.fragments, self.or_defaults = (
            nodes.hosted,
            nodes.fragments,
            nodes.or_defaults,
        )
        self.hosted_names = nodes.hosted_names  # the same name elsewhere: the API's model
        self.class_bodies(nodes.classes)
        reached: list[tuple[ast.Call, Target]] = []
        for call in nodes.calls:
            self.help_examples(flag_help(call) or widget_hint(call) or prompt_hint(call))
            found = targets(call, self.src.imports)
            if found and (id(call) in nodes.dataset_calls or nodes.dataset_fields):
                found = _as_datasets(call, found, nodes)
            if found:  # the scopes around a call are looked up only for calls that matter
                self.enter(call)
                found = self.typed_as_dataset(call, found)
            for target in found:
                self.report_all(target)
                reached.append((call, target))
        self.wrapped(nodes, reached)
        if self.src.notebook or self.src.script:
            unused = unused_collections(tree, nodes, lower_only=not self.src.notebook)
        else:
            unused = set()
        self.named_values(tree, nodes, unused)
        for key, value in nodes.keyed:  # `{"model": "org/name"}`: a request body, a config
            role = keys.role(key)
            role = "model" if role == "hub" else role  # `{"hf_repo": "org/name"}`
            if role in ("model", "dataset"):
                self.enter(value)
                kind = _kind(key, role)  # a legacy name too: `{"model_name": "gpt2"}`
                compared = id(value) in nodes.compared  # `model != "large-v2"`: no use
                whisper = kind == "model" and not compared
                sizes = self.src.imports.whisper_sizes(key) if whisper else None
                self.report_all(Target(value, kind, strict=kind != "model", aliases=sizes))
        self.scopes, self.line = [self.tree_module], 0
        # a docstring's Hub links too (`https://huggingface.co/org/x`); its other links, to papers
        # and code, are not read
        for node in nodes.strings:
            if id(node) not in nodes.docs or links_the_hub(str(node.value)):
                self.url(node, dataset=id(node) in nodes.dataset_fields)
        for node in nodes.tags:  # `"qwen3:8b"` anywhere: a library model with its tag
            if id(node) not in nodes.probes:  # not `"gemma4:12b" in name`, a test of a name
                written = str(node.value)
                tag = provider_tag(written) or written  # `ollama/llama3`: the route's model
                self.place(node, len(written) - len(tag), tag, "ollama", None, confidence="low")
        self.prose_strings(nodes)
        self.listed_ids(nodes, unused)
        for node in nodes.commands:
            if id(node) not in nodes.docs:
                for at, hit in pystrings.commands(str(node.value)):
                    self.place(node, at, hit.id, hit.kind, None, confidence="low")
        for doc in nodes.docstrings:
            self.usage(doc)
            self.doc_examples(doc)
        for text in nodes.usages:
            self.parser_text(text)
        self.held_texts(nodes)
        if nodes.sized or nodes.size_texts:
            self.whisper_sizes(nodes)

    def prose_tags(self, nodes: Nodes) -> None:
        """The library models with their tags that a message of a file about Ollama names
        (`print("Model: gemma3:27b (balanced)")`), at low confidence; docstrings are
        `doc_examples`'."""
        for node in nodes.prose:
            if id(node) in nodes.docs or id(node) in nodes.probes:
                continue
            for at, tag in tags_in_prose(str(node.value)):
                if _FILE_EXTENSION.search(tag):
                    continue  # `(e.g. ollama/llama3.1:8b.log)`: a file named for the model
                self.place_written(node, at, tag, tag, "ollama")

    def place_written(
        self, node: ast.Constant, at: int, written: str, ident: str, kind: Kind
    ) -> None:
        """Record `ident`, which offset `at` of a string's value writes as `written`, at low
        confidence; in a string over several lines, where its source spells it."""
        where = self.spelled(node, at, written) if node.end_lineno != node.lineno else None
        if where is None:
            self.place(node, at, ident, kind, None, confidence="low")
        else:
            self.record(*where, ident, kind, revision=None, confidence="low")

    def prose_strings(self, nodes: Nodes) -> None:
        """What strings other than docstrings say: messages' and help texts' model ids, and
        in a file about Ollama, the library tags they name."""
        if self.src.ollama:
            self.prose_tags(nodes)
        self.message_ids(nodes)

    def message_ids(self, nodes: Nodes) -> None:
        """The model ids a message or a help text gives, by the rules for prose ("Use a smaller
        model such as org/name-tiny"), at low confidence; docstrings are `doc_examples`'."""
        held = {id(n) for n in (*nodes.configs, *nodes.scripts, *nodes.modelfiles)}
        for node in nodes.messages:
            if id(node) in nodes.docs or id(node) in nodes.probes or id(node) in held:
                continue  # a config, a script held in a string: read as its own file is
            text = str(node.value)
            kind: Kind = "dataset" if _about_datasets_only(text) else "model"
            for at, ident in ids_in_prose(text):
                if f"/spaces/{ident}" in text:
                    continue
                self.place_written(node, at, ident, ident, kind)

    def listed_ids(self, nodes: Nodes, unused: set[int]) -> None:
        """Model ids in tables and known publishers' ids, whatever holds them; not a menu
        nobody reads, parts of names a loop tests a name against."""
        for node in [*nodes.tables, *nodes.published]:
            ident = normalize(str(node.value))
            if ident is None or id(node) in unused or id(node) in nodes.fragments:
                continue
            if not nodes.silenced(node) and str(node.value) not in self.hosted_names:
                at = max(str(node.value).find(ident), 0)  # after a `local:` or `hf-hub:`
                data = id(node) in nodes.data_args or self.dataset_flag(node)
                kind: Kind = "dataset" if data else "model"
                self.place(node, at, ident, kind, None, confidence="low")

    def dataset_flag(self, node: ast.expr) -> bool:
        """The literal is a flag's default its help calls a dataset, or stands in for one
        (`args.reference or "org/x"`)."""
        if id(node) in self.src.dataset_defaults:
            return True
        flag = self.src.argparse.get(self.or_defaults.get(id(node), ""))
        return flag is not None and id(flag) in self.src.dataset_defaults

    def held_texts(self, nodes: Nodes) -> None:
        """Configs, Modelfiles and shell scripts held in strings, read as their own files are."""
        for node in nodes.configs:
            if id(node) not in nodes.docs:
                self.config_string(node)
        for node in nodes.modelfiles:  # `FROM` with `SYSTEM`, `PARAMETER` ...: Ollama's alone
            if id(node) not in nodes.docs:
                self.modelfile_string(node)
        for node in nodes.scripts:
            if id(node) not in nodes.docs:
                self.script_string(node)

    def whisper_sizes(self, nodes: Nodes) -> None:
        """The Whisper sizes a file that uses a Hub Whisper backend lists: a literal list of
        sizes (`choices=["tiny", "base", ...]`) or a text other than a docstring naming three
        or more ("Size of the model (tiny, tiny.en, base, ...)"), as the repositories the
        backend downloads."""
        sizes = self.src.imports.backend_sizes()
        if sizes is None:
            return
        for node in nodes.sized:
            size = str(node.value)
            if size in sizes and id(node) not in nodes.compared and not nodes.silenced(node):
                self.place(node, 0, sizes[size], "model", None, confidence="low")
        for node in nodes.size_texts:
            if id(node) in nodes.docs:
                continue  # a docstring's list of the sizes a function accepts: none is loaded
            for at, size in listed_sizes(str(node.value)):
                if size not in sizes:
                    continue
                self.place_written(node, at, size, sizes[size], "model")

    def script_string(self, node: ast.Constant) -> None:
        """A shell command held in a string over several lines (`os.system('accelerate
        launch train.py \\` ...), read as a script is, at the string's place in the source."""
        from weightgate.scan.scripts import scan_text  # only files that hold one

        first = node.lineno + self.offset
        last = (node.end_lineno or node.lineno) + self.offset
        lines = self.src.lines[first - 1 : last]
        if not lines:
            return
        # the source's own text: a `\\` that ends a line joins the value's lines, not these
        lines[0] = lines[0][column(self.src.lines, first, node.col_offset) - 1 :]
        self.held(node, scan_text(self.src.found.path, "\n".join(lines)))

    def modelfile_string(self, node: ast.Constant) -> None:
        """An Ollama Modelfile held in a string (given to `ollama.create`): its `FROM`, at its
        place in the source."""
        from weightgate.scan.modelfile import scan_modelfile  # only files that hold one

        text = str(node.value)
        inner = scan_modelfile(self.src.found.path, text)
        skipped = skipped_first_line(node, text)
        if skipped >= 0:  # its lines are the source's
            self.held(node, inner, skipped=skipped == 1)
            return
        starts = [0]  # `"FROM gemma3n\n" "ADAPTER lora\n"`: found where the source spells it
        for line in text.split("\n"):
            starts.append(starts[-1] + len(line) + 1)
        for ref in inner.refs:
            at = starts[ref.line - 1] + ref.column - 1
            self.place(node, at, ref.id, ref.kind, None, confidence="medium")

    def config_string(self, node: ast.Constant) -> None:
        """A config held in a string: YAML (a mergekit config a script writes out) or INI (a
        spaCy `config.cfg`, `[polarity.model]` ... `name = "org/name"`), read as such a file
        is, at the string's place in the source."""
        from weightgate.scan.configs import scan_yaml  # only files that hold such a string
        from weightgate.scan.envfile import scan_ini
        from weightgate.scan.markdown import scan_markdown

        text = str(node.value)
        try:
            if text.startswith("---\n"):  # a model card a script pushes: its front matter
                inner = scan_markdown(self.src.found.path, text)
            elif INI_SECTION.search(text) is not None:
                inner = scan_ini(self.src.found.path, text)
            else:
                inner = scan_yaml(self.src.found.path, text, salvage=False)
        except (Exception, RecursionError):  # not YAML after all: a prompt, some prose
            return
        self.held(node, inner, skipped=skipped_first_line(node, text) == 1)

    def held(self, node: ast.Constant, inner: Found, *, skipped: bool = False) -> None:
        """The references another family's scanner found in the string `node` (a written-out,
        multi-line literal; `skipped`: it starts on the line after its quotes), at their places
        in the source."""
        first = node.lineno + self.offset
        start = column(self.src.lines, first, node.col_offset)
        if skipped:  # `"""\`, then the string's first line
            first, start = first + 1, 1
        for ref in inner.refs:
            col = ref.column + (start - 1 if ref.line == 1 else 0)
            self.record(first + ref.line - 1, col, ref.id, ref.kind, confidence="medium")

    def enter(self, node: ast.expr) -> None:
        """Look names up from `node`: the functions around it (innermost last), then the tree's
        module level; a name assigned again after `node` holds its value before it."""
        line = self.line = node.lineno
        around = [f for f in self.funcs if f.lineno <= line <= (f.end_lineno or f.lineno)]
        self.scopes = [self.tree_module]
        for func in sorted(around, key=lambda f: f.lineno):
            if id(func) not in self.func_scopes:
                scope = parameters(func)
                assignments(func.body, scope)
                self.func_scopes[id(func)] = scope
                self.histories[id(scope)] = redefined(func.body)
            self.scopes.append(self.func_scopes[id(func)])

    def wrapped(self, nodes: Nodes, reached: list[tuple[ast.Call, Target]]) -> None:
        """Call sites of helper functions that hand a parameter to a loader, through up to
        three levels of helpers (`main` -> `run(name)` -> `load(name)` -> `from_pretrained`)."""
        bound: dict[int, dict[str, ast.expr]] = {}  # each function's locals, read once
        done: set[tuple[object, ...]] = set()  # (call site, argument, how read): once each
        for level in range(3):
            # `def torch(worker, repo): return {"repo_id": repo}`: its calls, from the first
            helpers: dict[str, dict[tuple[object, ...], Wrapper]] = (
                {name: dict(ways) for name, ways in self.src.record_helpers.items()}
                if level == 0
                else {}
            )
            for call, target in reached:
                func = innermost(call, nodes.funcs)
                found = wrapper(func, target, bound) if func is not None else None
                if func is not None and found is not None:
                    # a recursive helper (`from_pretrained` calling `from_pretrained`) reaches
                    # its loader from many calls: each way of reading a parameter counts once
                    how = (found.index, found.name, found.method, *_reading(found.target))
                    helpers.setdefault(called_as(func, nodes.classes), {})[how] = found
            if not helpers:
                return
            reached = []
            for call in nodes.calls:
                for found in helpers.get(callee(call), {}).values():
                    expr = argument(call, found)
                    if expr is None:
                        continue
                    t = found.target
                    site = (id(call), id(expr), *_reading(t))
                    if site in done:
                        continue
                    done.add(site)
                    self.enter(call)
                    # `dataclasses.replace` costs 4 us per call
                    passed = Target(
                        expr,
                        t.kind,
                        strict=t.strict,
                        single=t.single,
                        aliases=t.aliases,
                        hub=t.hub,
                        prefix=t.prefix,
                    )
                    self.report_all(passed)
                    reached.append((call, passed))

    def named_values(self, tree: ast.Module, nodes: Nodes, unused: set[int]) -> None:
        """Values given to names for a model: assignments, parameter defaults and a model
        flag's argparse default, whether or not the file reads it
        (`getattr(args, "official.transformer_model")`)."""
        flags = self.src.tree_flags.get(id(tree), {})
        for name, value in [*nodes.assigns, *flags.items()]:
            if isinstance(value, ast.Constant) and not isinstance(value.value, str):
                continue  # `model_name=None`: most model-named parameter defaults hold nothing
            if id(value) in nodes.fragments:
                continue  # `ollama_models = ["llama", "phi"]`, tested as parts of a name
            role = _assigned_role(name, value)
            if role == "none" and keys.tokens(name)[-2:] == ("model", "size"):
                # `def __init__(self, model_size="base")` in a file that uses faster-whisper
                role = "model" if self.src.imports.backend_sizes() is not None else role
            if role in ("model", "hub") and id(value) in nodes.dataset_fields:
                role = "dataset"  # `class DatasetConfig: hf_path: str = "org/esc50"`
            elif role in ("model", "hub", "unknown") and self.typed_by_module(name):
                role = "dataset"  # `REPO_IDS = {"scenes": "org/x"}`, `REPO_TYPE = "dataset"`
            if role in ("model", "dataset") and id(value) not in unused:
                self.enter(value)
                self.assigned(field_default(value), _kind(name, role), name)
            elif isinstance(value, ast.Dict) and (
                keys.mapped_from(name) == "model" or keys.keyed_by_model(name)
            ):  # `MODEL_NAME_TO_FAMILY = {"gpt2": "gpt2", ...}`, `MODEL_COSTS`: the keys
                self.enter(value)
                self.mapping_keys(value)

    def typed_by_module(self, name: str) -> bool:
        """`REPO_ID = "org/x"` or `REPO_IDS = {...}` at module level, beside `REPO_TYPE =
        "dataset"` anywhere at module level (a large file's regions parse them apart)."""
        module_level = name in self.tree_module or name in self.src.module
        return module_level and typed_name(name, self.src.dataset_typed)

    def assigned(self, value: ast.expr, kind: Kind, name: str) -> None:
        """`MODEL = "org/name"`, `MODELS = [...]`, `MODELS = {"alias": "org/name"}`; a dict's
        keys count too when they are ids: `org/name` (`{"org/name": {...settings}}`) or, beside
        a value that is no id (`{"bert-base-uncased": (BertModel, BertTokenizer)}`), one of the
        Hub's legacy names; `{"labse": "org/LaBSE"}` keys are aliases, as are those of rows that
        start with a repository (`{"labse": ("org/labse-gguf", "x.gguf")}`). Adapters
        (`ADAPTERS`, `LORA_ID`) are loaded from the Hub, so a provider-named org is one."""
        hub = not _ADAPTER_WORDS.isdisjoint(keys.tokens(name))
        sizes = self.src.imports.whisper_sizes(name) if kind == "model" else None
        self.report_all(Target(value, kind, hub=hub, aliases=sizes))
        if isinstance(value, ast.Constant):
            self.form_choices(value, kind)
        if isinstance(value, ast.Dict):
            for key, item in zip(value.keys, value.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    aliased = isinstance(item, ast.Constant) and isinstance(item.value, str)
                    aliased = aliased or is_alias(key, item)  # `("org/labse-gguf", "x.gguf")`
                    if "/" not in key.value and (aliased or normalize(key.value) is None):
                        continue
                    self.report(Target(key, kind, hub=hub), Literal(key.value, key))

    def form_choices(self, value: ast.Constant, kind: Kind) -> None:
        """The other choices of a Colab form field (`model = "phi4" # @param ["phi4",
        "llama3.2:3b"]`): values the variable can hold, as its own is."""
        line = self.line_of(value)
        text = self.src.lines[line - 1] if 0 < line <= len(self.src.lines) else ""
        if "@param" not in text:
            return
        tagged = kind == "ollama" or self.src.ollama
        for at, item in pystrings.form_choices(text):
            if kind != "dataset" and is_ollama_value(item, context=tagged):
                self.src.found.add(line, at + 1, item, "ollama", confidence="medium")
            elif (ident := normalize(item, hub=kind == "dataset")) is not None:
                self.src.found.add(line, at + 1, ident, kind, confidence="medium")

    def mapping_keys(self, value: ast.Dict) -> None:
        """The keys of a mapping from models (`MODEL_NAME_TO_FAMILY`, `MODEL_COSTS`) that are
        ids, or Ollama library names in a file about Ollama."""
        for key in value.keys:
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue
            if self.src.ollama and is_ollama_value(key.value, context=True):
                self.place(key, 0, key.value, "ollama", None, confidence="low")
            elif normalize(key.value) is not None:
                self.report(Target(key, "model"), Literal(key.value, key))

    def class_bodies(self, classes: list[ast.ClassDef]) -> None:
        """Class bodies' names (`TRANSLATION_MAP = {...}`, read later as
        `self.TRANSLATION_MAP`), their fields' help texts, and the members of a class named
        for models."""
        for cls in classes:
            assignments(cls.body, self.attributes)
            for stmt in cls.body:
                self.help_examples(field_help(stmt))
            if keys.tokens(cls.name)[-1:] == ("models",):
                self.members(cls)

    def members(self, cls: ast.ClassDef) -> None:
        """The string attributes of a class named for models (`class OllamaModels: llama =
        "llama3"`): each is one, an Ollama name in a class named for Ollama."""
        kind = _kind(cls.name, "model")
        for stmt in cls.body:
            value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                self.enter(value)
                self.report_all(Target(value, kind))

    def typed_as_dataset(self, call: ast.Call, found: list[Target]) -> list[Target]:
        """The targets of a Hub call whose `repo_type` is a name bound to "dataset"
        (`hf_hub_download(repo_id=repo_id, repo_type=repo_type)` in `def get(repo_id="org/x",
        repo_type="dataset")`) as datasets."""
        typed = kwarg(call, "repo_type")
        if not isinstance(typed, ast.Name):
            return found
        if not any(isinstance(r, Literal) and r.value == "dataset" for r in self.candidates(typed)):
            return found
        return [replace(t, kind="dataset") if t.kind == "model" else t for t in found]

    def report_all(self, target: Target) -> None:
        for resolved in self.candidates(target.expr):
            self.report(target, resolved)

    def as_written(self, doc: ast.Constant) -> str | None:
        """A docstring's text as its source lines write it, its opening quotes blanked, where
        its value has other line breaks (`Examples:\\n` escapes, `\\` continuations): what
        is found there is then placed on the right line. None where the lines agree."""
        value, end = str(doc.value), doc.end_lineno
        if end is None or end - doc.lineno == value.count("\n"):
            return None
        first = doc.lineno + self.offset
        lines = self.src.lines[first - 1 : end + self.offset]
        if not lines:
            return None
        opening = _OPENING_QUOTES.match(lines[0], doc.col_offset)
        if opening is None:
            return None
        return "\n".join([" " * opening.end() + lines[0][opening.end() :], *lines[1:]])

    def usage(self, doc: ast.Constant) -> None:
        """Usage a docstring shows, at low confidence."""
        body = self.as_written(doc) or str(doc.value)
        for index, at, hit in pystrings.usage(body, ollama=self.src.ollama):
            line = doc.lineno + index + self.offset
            self.src.found.add(line, at, hit.id, hit.kind, confidence="low")
        listed = (
            [
                *pystrings.listed_library_names(str(doc.value)),
                *pystrings.comma_listed_library_names(str(doc.value), self.first_column(doc)),
            ]
            if self.src.ollama
            else []
        )
        for index, at, name in listed:
            line = doc.lineno + index + self.offset
            self.src.found.add(line, at, name, "ollama", confidence="low")

    def first_column(self, doc: ast.Constant) -> int:
        """The 0-based column of a docstring's first line of text in its source line, or -1
        where it cannot be placed."""
        first = str(doc.value).split("\n", 1)[0]
        number = doc.lineno + self.offset
        source = self.src.lines[number - 1] if 0 < number <= len(self.src.lines) else ""
        return source.find(first, doc.col_offset) if first.strip() else -1

    def doc_examples(self, doc: ast.Constant) -> None:
        """The ids a docstring gives as examples (`(e.g., ``Qwen/Qwen3-Reranker-4B``)`), by the
        rules for prose, at low confidence; not one linked to its Space; sentence-transformers'
        short names (`all-MiniLM-L6-v2`). In a file about Ollama, the tags it gives too
        (`Standard Ollama: llama3.2:1b, mistral:7b`)."""
        written = self.as_written(doc)
        body = written or str(doc.value)
        ids = "/" in body
        tags = self.src.ollama and (":" in body or "ollama/" in body)  # `ollama/llama3` too
        legacy = "-" in body and "model" in body  # `(e.g., 'gpt2-medium')` in a text on models
        if not (ids or tags or legacy or "-v" in body):  # `all-MiniLM-L6-v2`: a short name
            return
        texts = body.split("\n")
        for index, line_text in enumerate(texts):
            if len(line_text) >= 2_000:
                continue
            line = doc.lineno + index + self.offset
            text = line_text
            if not index and written is None:  # the first line starts after the quotes
                start = self.first_column(doc)
                if start < 0:
                    continue
                text = " " * start + line_text
            # an item under a line about models, an argument's default, example code
            listed = (
                ids
                and "/" in text
                and (
                    _listed_after_models(texts, index)
                    or _model_default(texts, index)
                    or _MODEL_BOUND.search(text) is not None
                    or _REPO_EXAMPLE.search(text) is not None
                )
            )
            # "fine-tuned on the org/x dataset": the next word says what it is
            data = dict(called_datasets(text)) if ids and "ataset" in text else {}
            about_data = _about_datasets_only(text)  # "HuggingFace dataset path (e.g., ...)"
            found = ids_in_prose(text, about=listed) if ids else []
            quoted = _QUOTED_ITEM.match(text) if ids and "/" in text else None
            if quoted and _listed_after_models(texts, index, lead_in=_LEAD_IN):
                found.append((quoted.start(1), quoted.group(1)))  # `- "org/x" (ViT-based)`
            for at, ident in found:
                if f"/spaces/{ident}" not in text and normalize(ident) == ident:
                    kind: Kind = "dataset" if about_data or data.get(at) == ident else "model"
                    self.src.found.add(line, at + 1, ident, kind, confidence="low")
            for at, ident in short_names_in_prose(text) if "-v" in text else ():
                self.src.found.add(line, at + 1, ident, "model", confidence="low")
            # `model_name: Hub id or path (e.g.` then ```"bert-base-multilingual-cased"```
            entry = index > 0 and _MODEL_ARGUMENT.match(texts[index - 1]) is not None
            for at, ident in legacy_names_in_prose(text, about=entry) if legacy else ():
                self.src.found.add(line, at + 1, ident, "model", confidence="low")
            for at, tag in tags_in_prose(text) if tags else ():
                self.src.found.add(line, at + 1, tag, "ollama", confidence="low")
            entry_above = index > 0 and _ENTRY_ALONE.match(texts[index - 1]) is not None
            if tags and (_MODEL_ARGUMENT.match(text) or entry_above) and _EXAMPLES.search(text):
                # `model: Model name to use (e.g., 'llama2', 'neural-chat', 'mistral')`, or
                # NumPy's style: `model : str` then `Ollama tag (e.g. ...)` below it
                for at, name in names_in_prose(text, about=True):
                    self.src.found.add(line, at + 1, name, "ollama", confidence="low")

    def parser_text(self, node: ast.Constant) -> None:
        """The examples an `ArgumentParser`'s description or epilog shows: commands, as in a
        docstring, and a known publisher's ids (`qwen-tts-demo Qwen/Qwen3-TTS-12Hz-1.7B-Base`),
        found in the source lines the text spans, at low confidence."""
        self.usage(node)
        first = node.lineno + self.offset
        last = (node.end_lineno or node.lineno) + self.offset
        for number in range(first, min(last, len(self.src.lines)) + 1):
            for at, ident in ids_in_prose(self.src.lines[number - 1]):
                self.src.found.add(number, at + 1, ident, "model", confidence="low")

    def url(self, node: ast.Constant, *, dataset: bool = False) -> None:
        """A string's Hub URLs and URIs; with `dataset`, a model's are a dataset's (a value of
        a map named for datasets: `{"x": "hf:org/x"}`)."""
        for at, hit, whole in pystrings.urls(str(node.value)):
            kind = "dataset" if dataset else hit.kind
            self.place(node, at, hit.id, kind, None, confidence="high" if whole else "low")

    def report(self, target: Target, resolved: Resolved) -> None:
        if isinstance(resolved, Templated):
            self.templated(resolved.node)
            return
        if (
            resolved is None
            or id(resolved.node) in self.hosted
            or id(resolved.node) in self.fragments
        ):
            return
        if target.kind == "model" and self.dataset_flag(resolved.node):
            target = replace(target, kind="dataset")  # `repo_id=args.reference`, a dataset flag
        revision = self.revision(target)
        value = resolved.value.strip()
        if value in self.hosted_names:  # `{"model": "owner/x"}` beside `replicate.run("owner/x")`
            return
        names = listed_names(value) if target.kind == "model" else []
        for at, name in names:  # `getenv("MODELS", "qwen2.5:7b,phi3")`
            self.report(target, Literal(name, resolved.node, at))
        if names:
            return
        if target.aliases and value in target.aliases:  # `WhisperModel("large-v3")`
            self.place(resolved.node, resolved.start, target.aliases[value], target.kind, revision)
            return
        if target.kind in ("model", "ollama") and (tag := provider_tag(value)) is not None:
            # `ollama/qwen2.5-coder:7b` under a name for Ollama too: the route's model
            self.place(
                resolved.node, resolved.start + len(value) - len(tag), tag, "ollama", revision
            )
            return
        if target.kind == "model" and is_ollama_value(value, context=self.src.ollama):
            self.place(resolved.node, resolved.start, value, "ollama", revision)
            return
        if target.kind == "ollama":
            if value.startswith("hf.co/"):
                ident = normalize(value.split(":", 1)[0])
                if ident:
                    self.place(
                        resolved.node,
                        resolved.start + value.index("/") + 1,
                        ident,
                        "model",
                        revision,
                    )
            elif is_ollama_tag(value) and not (
                is_openai_api_name(value) or is_mixed_case_name(value)
            ):
                self.place(resolved.node, resolved.start, value, "ollama", revision)
            return
        if target.prefix and value.startswith(target.prefix):
            value = value[len(target.prefix) :]  # Gradio's `models/org/name`
        ident = normalize(value, hub=target.hub or target.kind == "dataset")
        if ident is None and target.single:
            ident = single_dataset(value)
        if ident is None or (target.strict and "/" not in ident):
            return
        at = value.find(ident) if ident in value else value.find(ident.rsplit("/", 1)[-1])
        self.place(resolved.node, resolved.start + max(at, 0), ident, target.kind, revision)
        if target.hub:
            self.src.found.hub_read.add(ident)

    def revision(self, target: Target) -> str | None:
        if target.revision is None:
            return None
        resolved = self.resolve(target.revision)
        return resolved.value if isinstance(resolved, Literal) else None

    def templated(self, node: ast.expr) -> None:
        fixed = Templates(self.bound).known_prefix(node)
        if fixed is None or not _ID_TEMPLATE.match(fixed):
            return  # `f"{output_dir}/ckpt"`: no fixed part of an id, nothing to report
        if not plausible_id(fixed.split("/")[0] + "/x"):
            return  # `f"data/{name}"`, `f"outputs/{run}"`: a local path
        line = self.line_of(node)
        if (line, -node.col_offset - 1) not in self.src.reported:
            self.src.reported.add((line, -node.col_offset - 1))
            self.src.found.templated(line, ast.unparse(node))

    def origin(self, node: ast.expr, ident: str) -> tuple[ast.expr, int] | None:
        """In a template (`f"ollama_chat/{model}"`), the literal that spells `ident` and
        where: the reference belongs at `model = "llama3.1:8b"`, not at the template."""
        for part in ast.walk(node):
            if isinstance(part, ast.Name):
                found = self.resolve(part)
                if isinstance(found, Literal) and ident in found.value:
                    return found.node, found.value.index(ident)
            elif isinstance(part, ast.Constant) and ident in str(part.value):
                return part, str(part.value).index(ident)
        return None

    def help_examples(self, helped: ast.Constant | ast.IfExp | None) -> None:
        """The ids a model flag's or field's help text gives as examples (`help="Repo ID like
        'org/name'"`, `help="model spec (e.g. ollama/qwen3:8b)"`); each branch's of a help
        chosen by a test."""
        if isinstance(helped, ast.IfExp):
            for branch in (helped.body, helped.orelse):
                self.help_examples(branch if isinstance(branch, ast.Constant) else None)
            return
        if helped is None:
            return
        said = str(helped.value)  # `(default: all-MiniLM-L6-v2)`, `(e.g. bert-base-uncased)`
        # `help="HF dataset slug (e.g. org/x)"`: a help about datasets only gives datasets
        kind: Kind = "dataset" if _about_datasets_only(said) else "model"
        for at, example in ids_in_prose(said, about=True):
            self.place(helped, at, example, kind, None, confidence="low")
        if (said_repo := _REPO_SAID.search(said)) is not None and _ON_THE_HUB.search(said):
            # `help="HF Hub repo id, e.g. org/lipika"`, `help="weights repo (default: org/x)"`:
            # whatever the name's shape
            for m in _EXAMPLE_ID.finditer(said, said_repo.end()):
                if normalize(m.group()) == m.group():
                    self.place(helped, m.start(), m.group(), kind, None, confidence="low")
        for at, example in short_names_in_prose(said):
            self.place(helped, at, example, "model", None, confidence="low")
        for at, example in legacy_names_in_prose(said):
            self.place(helped, at, example, "model", None, confidence="low")
        for at, tag in tags_in_prose(said):
            self.place(helped, at, tag, "ollama", None, confidence="low")
        for at, name in names_in_prose(said, about=True) if self.src.ollama else []:
            self.place(helped, at, name, "ollama", None, confidence="low")  # `(e.g., llama3)`

    def place(
        self,
        node: ast.expr,
        at: int,
        ident: str,
        kind: Kind,
        revision: str | None,
        *,
        confidence: Confidence = "high",
    ) -> None:
        if not isinstance(node, ast.Constant):
            node, at = self.origin(node, ident) or (node, at)
        line = self.line_of(node)
        col = column(self.src.lines, line, node.col_offset) + at
        if node.end_lineno is not None and node.end_lineno > node.lineno:
            line, col = self.spelled(node, at, ident) or (line, col)
        self.record(line, col, ident, kind, revision=revision, confidence=confidence)

    def line_of(self, node: ast.expr) -> int:
        """The file's line of a node: a region's nodes count from the region's start, the
        module-level assignments read apart from it (`module_level`) from the file's."""
        return node.lineno + (0 if id(node) in self.src.module_nodes else self.offset)

    def spelled(self, node: ast.expr, at: int, ident: str) -> tuple[int, int] | None:
        """Where a string over several lines (`help="Path or repo-id. "` / `"Defaults to
        org/name."`, a triple-quoted text) spells `ident` in the source: the occurrence that
        offset `at` of its value is."""
        value = node.value if isinstance(node, ast.Constant) else None
        if not isinstance(value, str) or node.end_lineno is None:
            return None
        nth = value.count(ident, 0, at)
        first = self.line_of(node)
        for number in range(first, first + node.end_lineno - node.lineno + 1):
            text = self.src.lines[number - 1] if number <= len(self.src.lines) else ""
            start = column(self.src.lines, number, node.col_offset) - 1 if number == first else 0
            found = text.find(ident, max(start, 0))
            while found >= 0:
                if nth == 0:
                    return number, found + 1
                nth -= 1
                found = text.find(ident, found + 1)
        return None

    def record(
        self,
        line: int,
        col: int,
        ident: str,
        kind: Kind,
        *,
        revision: str | None = None,
        confidence: Confidence = "high",
    ) -> None:
        """One reference at a place in the file; the first one found at a place stands."""
        if (line, col) in self.src.reported:
            return
        self.src.reported.add((line, col))
        self.src.found.add(line, col, ident, kind, revision=revision, confidence=confidence)


def scan_python(path: str, text: str, *, ollama: bool = False) -> Found:
    """References in one Python source; `ollama` says the document around it (a Markdown
    guide holding this block) is about Ollama. Raises SyntaxError/ValueError on unparsable
    input (see `pysalvage.tolerant` for the files read without a few lines). A notebook's
    JSON saved under a `.py` name (it parses: a dict display) is read as the notebook it is."""
    if text.lstrip().startswith("{") and '"nbformat"' in text and '"cells"' in text:
        from weightgate.scan.notebook import scan_notebook  # notebook imports this module

        return scan_notebook(path, text)
    found = tolerant(partial(_scan, ollama=ollama), path, text)
    if "HfFileSystem" in text:
        _add_filesystem_paths(found, text.split("\n"))
    if found.refs and "modelscope" in text:
        if not any(word in text for word in _HUB_FILE_WORDS):
            found.refs = [r for r in found.refs if r.kind == "ollama"]  # ModelScope's ids
        else:  # `def download_cosyvoice(): from modelscope import snapshot_download ...`
            spans = _modelscope_functions(text)
            found.refs = [r for r in found.refs if r.kind == "ollama" or not _within(r, spans)]
    if found.refs and "/datasets/" in text:  # `HF_REPO_ID = "amazon/kaputt"` below its link
        linked = {repo.lower().rstrip(".") for repo in _DATASET_LINK.findall(text)}
        found.refs = [
            replace(r, kind="dataset") if r.kind == "model" and r.id.lower() in linked else r
            for r in found.refs
        ]
    if found.refs and "load_dataset(" in text:
        found.refs = _loaded_as_datasets(found.refs, text)
    return _said_as_datasets(found)


#: An import from ModelScope inside a function (`    from modelscope import snapshot_download`).
_LOCAL_MODELSCOPE = re.compile(r"^[ \t]+(?:from|import)[ \t]+modelscope\b", re.MULTILINE)


def _modelscope_functions(text: str) -> list[tuple[int, int]]:
    """1-based [first, last] lines of the functions that import from ModelScope themselves and
    name nothing of the Hugging Face Hub, in a file that uses the Hub elsewhere: their ids are
    ModelScope's."""
    spans = []
    lines = text.split("\n")
    for match in _LOCAL_MODELSCOPE.finditer(text):
        function = enclosing_function(lines, text.count("\n", 0, match.start()))
        if function is None:
            continue
        start, end = function
        body = "\n".join(lines[start:end])
        if not any(word in body for word in _HUB_FILE_WORDS):  # not one that picks either hub
            spans.append((start + 1, end))
    return spans


def _within(ref: ModelRef, spans: list[tuple[int, int]]) -> bool:
    return any(first <= ref.line <= last for first, last in spans)


def _said_as_datasets(found: Found) -> Found:
    """A dataset's id the file's prose names too (a docstring's "Download allenai/x locally"
    above `load_dataset("allenai/x")`): the guess from prose, a model, yields to the use."""
    loaded = {r.id.lower() for r in found.refs if r.kind == "dataset" and r.confidence == "high"}
    if loaded:
        found.refs = [
            replace(r, kind="dataset")
            if r.kind == "model" and r.confidence == "low" and r.id.lower() in loaded
            else r
            for r in found.refs
        ]
    return found


#: A file's extension ending a tag in a message (`llama3.1:8b.log`).
_FILE_EXTENSION = re.compile(r"\.[A-Za-z]{2,5}$")


#: A string's prefix and opening quotes (`r"""`, `'`), where its node starts.
_OPENING_QUOTES = re.compile(r"[rRbBuUfF]{0,2}(?:\"{3}|'{3}|\"|')")

#: A name given to `load_dataset` (`load_dataset(self.repo_id, ...)`).
_DATASET_ARGUMENT = re.compile(r"load_dataset\(\s*(?:self\.)?([A-Za-z_]\w*)\s*[,)]")


def _loaded_as_datasets(refs: list[ModelRef], text: str) -> list[ModelRef]:
    """Models a name holds that the file gives to `load_dataset` (`self.repo_id =
    "org/x"` in a dataset class, then `load_dataset(self.repo_id)`), as datasets: the line
    that binds the name to the id decides."""
    names = set(_DATASET_ARGUMENT.findall(text))
    if not names:
        return refs
    binding = re.compile(
        rf"(?:self\.)?(?:{'|'.join(map(re.escape, names))})\s*(?::[^=\n]*)?=\s*[rRuU]?[\"']"
    )
    lines = text.split("\n")
    bound = {n for n, line in enumerate(lines, 1) if binding.search(line)}
    return [
        replace(r, kind="dataset") if r.kind == "model" and r.line in bound else r for r in refs
    ]


def _as_datasets(call: ast.Call, found: list[Target], nodes: Nodes) -> list[Target]:
    """A call's targets, those a dataset reads as datasets: all of a call given to a dataset's
    keyword (`dataset_source=HFSource(repo_id=...)`), a dict's fields spread into a dataset
    class (`defaults = dict(hf_id="org/x")`, then `Dataset(**defaults)`)."""
    whole = id(call) in nodes.dataset_calls
    return [
        replace(t, kind="dataset")
        if t.kind == "model" and (whole or id(t.expr) in nodes.dataset_fields)
        else t
        for t in found
    ]


#: A link to a dataset's page on the Hub: the id is a dataset's wherever the file names it.
_DATASET_LINK = re.compile(r"(?:huggingface\.co|hf\.co)/datasets/([\w.-]+/[\w.-]+)")


#: Words of a file that uses the Hugging Face Hub; a file naming ModelScope and none of these
#: downloads from ModelScope (`snapshot_download` of `modelscope`, its `~/.cache/modelscope`);
#: `_hf` names which copy is the Hub's (`vlm_root_hf = "org/x"` beside `vlm_root_modelscope`).
_HUB_FILE_WORDS = (
    "huggingface",
    "hf_hub",
    "transformers",
    "hf.co",
    "HF_",
    "sentence_transformers",
    "_hf",
)


def _scan(path: str, text: str, *, ollama: bool = False) -> Found:
    found = Found(path, "python")
    offsets = hits(text)
    # a module whose only references are Whisper sizes (`SIZES = ["tiny", ...]`) names Whisper
    imports = Imports.of(text) if offsets or "hisper" in text else Imports()
    if imports.hub_backend and (not offsets or len(text) >= WHOLE_FILE_BELOW):
        # `Literal["tiny", "small", ...]`, far from the file's other references or in a
        # settings module that has none
        offsets = sorted([*offsets, *whisper_size_hits(text)])
    if not offsets:  # nothing to parse; a docstring's Hub link (`wget https://huggingface.co/...`)
        _add_unparsed_links(found, text, [], set())
        return found
    lines = text.split("\n")
    trees, spans = parse_regions(text, path, offsets, lines)
    if not trees:  # a large file whose every hit is on a docstring's example lines (`>>> `)
        _add_unparsed_links(found, text, spans, set())
        return found
    src = _Source(lines, found, imports=imports, ollama=ollama or about_ollama(text))
    whole = spans is None
    src.notebook = whole and path.endswith(".ipynb")
    src.script = whole and not src.notebook and runs_at_top(trees[0][0])
    src.record_helpers = record_helpers(text)
    module = trees[0][0] if whole else module_level(lines)
    if not whole:
        src.module_nodes = {id(node) for node in ast.walk(module)}
    assignments(module.body, src.module)
    src.dataset_typed = typed_prefixes(src.module.items(), "dataset")
    if "add_argument" in text:
        for tree, _offset in trees:
            flags = src.tree_flags[id(tree)] = {}
            argparse_defaults(tree, flags, src.dataset_defaults)
            src.argparse.update(flags)
    for tree, offset in trees:
        _Visitor(src, offset).visit(tree)
    _add_unparsed_links(found, text, spans, src.reported)  # a docstring's link outside them
    return found


#: A path of the Hub's file system (`HfFileSystem().get("datasets/org/x/pv.csv", ...)`), quoted.
_FILESYSTEM_PATH = re.compile(r"""["'](?:hf://)?datasets/([\w.-]+/[\w.-]+)/""")


def _add_filesystem_paths(found: Found, lines: list[str]) -> None:
    """The datasets a file that uses `huggingface_hub.HfFileSystem` reads by path
    (`fs.get("datasets/openclimatefix/uk_pv/metadata.csv", ...)`)."""
    for number, line in enumerate(lines, 1):
        if "datasets/" in line:
            for m in _FILESYSTEM_PATH.finditer(line):
                ident = normalize(m.group(1))
                if ident is not None:
                    found.add(number, m.start(1) + 1, ident, "dataset", confidence="high")


def _add_unparsed_links(
    found: Found, text: str, spans: list[tuple[int, int]] | None, reported: set[tuple[int, int]]
) -> None:
    """The Hub links of the lines no parsed tree held (`pylinks`), at low confidence, once per
    place."""
    # a small file's docstring examples start regions (`hits`): only a large file skips them
    examples = unparsed_examples(text, spans) if len(text) >= WHOLE_FILE_BELOW else ()
    for line, col, ident, kind in (*unparsed_links(text, spans), *examples):
        if (line, col) not in reported:
            reported.add((line, col))
            found.add(line, col, ident, kind, confidence="low")


__all__ = ["scan_python"]
