"""Discovery: every model reference in a set of files, and every file that could not be read."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from weightgate.model import ModelRef, ScanError, ScanResult
from weightgate.scan import project
from weightgate.scan.cache import Entry, ScanCache, digest
from weightgate.scan.files import check_link, discover, relpath
from weightgate.scan.found import Found
from weightgate.scan.read import read_entry

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

Scanner = Callable[[str, str], Found]

#: The file families, each read by one scanner module.
FAMILIES = (
    "python",
    "notebook",
    "yaml",
    "json",
    "toml",
    "ini",
    "env",
    "modelfile",
    "markdown",
    "text",
    "javascript",
    "clike",
    "html",
)


def scanner(fam: str) -> Scanner:
    """The scan function of a file family, imported on first use: a hook run answered by the
    cache imports no scanner. A new family is one module, one branch here and one in `family`."""
    if fam.endswith(JINJA):  # `config.yaml.j2`: the YAML it renders, its logic blanked
        from weightgate.scan import jinja

        inner = scanner(fam.removesuffix(JINJA))

        def read_rendered(path: str, source: str) -> Found:
            return inner(path, jinja.rendered(source))

        return read_rendered
    if fam == "python":
        from weightgate.scan.python import scan_python

        return scan_python
    if fam == "notebook":
        from weightgate.scan.notebook import scan_notebook

        return scan_notebook
    if fam in ("yaml", "json", "toml"):
        from weightgate.scan import configs

        return {"yaml": configs.scan_yaml, "json": configs.scan_json, "toml": configs.scan_toml}[
            fam
        ]
    if fam in ("ini", "env"):
        from weightgate.scan.envfile import scan_env, scan_ini

        return scan_ini if fam == "ini" else scan_env
    if fam == "modelfile":
        from weightgate.scan.modelfile import scan_modelfile

        return scan_modelfile
    if fam == "markdown":
        from weightgate.scan.markdown import scan_markdown

        return scan_markdown
    if fam == "html":
        from weightgate.scan.html import scan_html

        return scan_html
    if fam == "javascript":
        from weightgate.scan.javascript import scan_javascript

        return scan_javascript
    if fam == "clike":
        from weightgate.scan.clike import scan_clike

        return scan_clike
    if fam == "list":
        from weightgate.scan.idlist import scan_id_list

        return scan_id_list
    from weightgate.scan.scripts import scan_text

    return scan_text


_SUFFIXES = {
    ".py": "python",
    ".pyi": "python",
    ".ipynb": "notebook",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".toml": "toml",
    ".ini": "ini",
    ".cfg": "ini",
    ".env": "env",
    ".properties": "env",  # Java / Spring settings: `spring.ai.ollama.chat.options.model=x`
    ".modelfile": "modelfile",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".rst": "markdown",  # prose, inline code and indented literal blocks read alike
    ".sh": "text",
    ".bash": "text",
    ".zsh": "text",
    ".mk": "text",
    ".dockerfile": "text",
    ".ps1": "text",
    ".bat": "text",
    ".cmd": "text",
    ".jsonnet": "text",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "javascript",
    ".mts": "javascript",
    ".tsx": "javascript",
    ".vue": "javascript",  # single-file components: their <script> is JavaScript
    ".svelte": "javascript",
    ".astro": "javascript",
    ".html": "html",  # pages and their templates: scripts as JavaScript, the rest as prose
    ".htm": "html",
    ".xhtml": "html",
    ".njk": "html",  # Nunjucks, Handlebars, EJS and Twig templates of pages
    ".hbs": "html",
    ".ejs": "html",
    ".twig": "html",
    ".qml": "javascript",  # Qt Quick: its properties are JavaScript (`model: ["llama3.2:3b"]`)
    ".go": "clike",  # languages that write strings, comments and calls as JavaScript does
    ".java": "clike",
    ".kt": "clike",
    ".kts": "clike",
    ".scala": "clike",
    ".groovy": "clike",
    ".cs": "clike",
    ".rs": "clike",
    ".swift": "clike",
    ".dart": "clike",
    ".c": "clike",
    ".h": "clike",
    ".cc": "clike",
    ".cpp": "clike",
    ".cxx": "clike",
    ".hpp": "clike",
    ".php": "clike",
    ".rb": "clike",  # Ruby: its `#` comment lines are blanked first
    ".ex": "clike",  # Elixir (Bumblebee's `{:hf, "org/name"}`), `#` comments too
    ".exs": "clike",
    ".r": "clike",  # R: `textEmbed(texts, model = "bert-base-uncased")`, `#` comments
    ".jl": "clike",  # Julia: `hgf"org/name"`, `#` comments
    ".nix": "clike",  # NixOS modules: `services.ollama.loadModels = [ "phi4" ];`
    ".sql": "clike",  # pgai's `ai.ollama_embed('nomic-embed-text', ...)`, `--` comments
    ".lua": "clike",  # Neovim plugins' settings: `model = "qwen2.5-coder:7b", -- comment`
    ".vim": "clike",  # Vim scripts, and their `lua << EOF` blocks
    ".el": "clike",  # Emacs Lisp: ellama's `:chat-model "llama3.1:8b"`, `(setq gptel-model ...)`
    ".libsonnet": "text",
    ".slurm": "text",  # cluster job scripts
    ".sbatch": "text",
    ".pbs": "text",
    ".nf": "text",  # Nextflow workflows: their `script:` blocks are shell (`hf download org/x`)
    ".smk": "text",  # Snakemake rules: `shell:` blocks, `HTTP.remote("https://huggingface.co/...")`
    ".wdl": "text",  # WDL tasks: their `command <<< ... >>>` blocks are shell
    ".fish": "text",
    ".ksh": "text",
    ".tf": "text",  # Terraform: `HF_MODEL_ID = "org/name"` of a SageMaker endpoint
    ".tfvars": "text",
    ".hcl": "text",
    ".service": "text",  # systemd units: `ExecStart=... vllm serve org/name`
    ".conf": "text",  # supervisord programs: `command=vllm serve org/name`
    ".container": "text",  # Podman Quadlet units: `Exec=--model org/name`
}
_EXAMPLE_SUFFIXES = frozenset({".example", ".sample", ".template", ".dist", ".tmpl", ".tpl"})
#: Jinja templates: `config.yaml.j2` is read as the YAML it renders, `page.jinja` as a page.
_JINJA_SUFFIXES = frozenset({".j2", ".jinja", ".jinja2"})
#: The mark of a family read through a Jinja template (`yaml+jinja`).
JINJA = "+jinja"
_NAMES = {
    "modelfile": "modelfile",
    "dockerfile": "text",
    "containerfile": "text",
    "makefile": "text",
    "gnumakefile": "text",
    "justfile": "text",
    ".justfile": "text",
    "snakefile": "text",  # Snakemake's workflow, as its `.smk` rule files
    "procfile": "text",
    ".env": "env",
    ".properties": "env",  # Java / Spring settings: `spring.ai.ollama.chat.options.model=x`
    ".envrc": "env",
    "readme": "markdown",  # a README is prose and commands whatever its extension
    "readme.txt": "markdown",
}
#: Generated files that are large and never name a model.
_SKIP_NAMES = frozenset(
    {
        "package-lock.json",
        "npm-shrinkwrap.json",
        "pnpm-lock.yaml",
        "composer.lock",
        "tokenizer.json",
        "vocab.json",
    }
)
PARALLEL_ABOVE = 400


_SHEBANGS = (
    ("python", "python"),
    ("node", "javascript"),
    ("ruby", "clike"),  # `bin/setup`: Ruby's `system('ollama pull phi3:mini')`
    ("php", "clike"),
    *((shell, "text") for shell in ("bash", "sh", "zsh", "dash", "ksh")),
)


def _by_shebang(path: Path) -> str | None:
    """The family of a script without an extension, from its `#!` line."""
    try:
        with path.open("rb") as handle:
            first = handle.read(128).split(b"\n", 1)[0].decode("utf-8", "replace")
    except OSError:
        return None
    if not first.startswith("#!"):
        return None
    program = first[2:].split("/")[-1].split()  # `#!/usr/bin/env python`, setuptools' `#!python`
    program = program[1:] if program[:1] == ["env"] else program
    name = program[0] if program else ""
    return next((fam for prefix, fam in _SHEBANGS if name.startswith(prefix)), None)


def _names_models(name: str) -> bool:
    """`models.txt`, `suggested_models.txt`: a file name that says it lists models."""
    from weightgate.scan.mapctx import is_catalog  # only `.txt` files pay for this import

    return is_catalog(name)


#: The word `env` in a text file's name, standing alone (`example-env`, `.env.sample`; not
#: `environment` or `venv`).
_ENV_TEXT = re.compile(r"(?:^|[._-])env(?:$|[._-])")


#: A copy's number, as a browser or file manager names a second download (`Dockerfile (1)`,
#: `train (2).py`).
_COPY_NUMBER = re.compile(r"(?<=\S) \(\d{1,3}\)(?=\.[^.]*$|$)")


def family(path: Path) -> str | None:
    """The scanner family for a file name, or None when no scanner reads it."""
    if ")" in path.name and _COPY_NUMBER.search(path.name):
        return family(path.with_name(_COPY_NUMBER.sub("", path.name)))
    name = path.name.lower()
    if name in _SKIP_NAMES:
        return None
    if name in _NAMES:
        return _NAMES[name]
    if name.startswith((".env.", ".env-", ".env_")):  # `.env.local`, `.env-example`
        return "env"
    if name.endswith(".txt") and "readme" in name:  # `fine-tuning-readme.txt`: prose too
        return "markdown"
    if name.endswith(".txt") and _ENV_TEXT.search(name[: -len(".txt")]):
        return "env"  # `example-env.txt`, `env.sample.txt`: a `.env` kept as text
    stem = name.split(".")[0]
    if stem in ("dockerfile", "containerfile", "modelfile"):  # Dockerfile.dev, Modelfile.q4
        return _NAMES[stem]
    for kind in ("dockerfile", "containerfile", "modelfile"):  # api-Dockerfile, my-ModelFile
        if "." not in name and (name.endswith(kind) or name.startswith(kind + "-")):
            return _NAMES[kind]
    if name.startswith("requirements") and name.endswith(".txt"):
        return "text"
    if name.endswith(".txt") and _names_models(name):  # `suggested_models.txt`: one id a line
        return "list"
    if not path.suffix and "." not in name:  # `prepare-commit-msg`, `bin/serve`: by shebang
        return _by_shebang(path)
    if path.suffix.lower() in _EXAMPLE_SUFFIXES:  # `config.yaml.example`: read as `config.yaml`
        if path.stem.lower() == "env":  # `env.example`: a `.env` template without its dot
            return "env"
        return family(path.with_suffix("")) if "." in path.stem else None
    if path.suffix.lower() in _JINJA_SUFFIXES:
        inner = family(path.with_suffix("")) if "." in path.stem else "html"
        return f"{inner}{JINJA}" if inner is not None else None
    return _SUFFIXES.get(path.suffix.lower())


def _scan_batch(batch: list[tuple[str, str, str]]) -> list[tuple[str, str, Entry]]:
    with _few_collections():
        return [read_entry(Path(p), rel, fam, scanner(fam)) for p, rel, fam in batch]


#: Allocations between two runs of the cyclic garbage collector while files are scanned.
_GC_THRESHOLD = 100_000


@contextmanager
def _few_collections() -> Iterator[None]:
    """Run the cyclic garbage collector seldom while scanning: parsing allocates millions of
    objects that reference counting frees (a syntax tree holds no cycles). At the default
    threshold (700) it ran some 1,200 times in a scan of transformers' 2,912 files, for about
    0.2 s of 5.7 s, to find almost nothing; at this one it does not run, and the peak memory
    stays as it was. mypy tunes its collector the same way."""
    old = gc.get_threshold()
    gc.set_threshold(_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # read_entry reports it


#: Batches per worker: small enough that no worker idles long at the end while the other
#: finishes its last one, large enough that handing them out costs little.
_BATCHES_PER_JOB = 24


class _Workers:
    """The processes that scan a large tree, started as soon as discovery has found enough
    files to need them: their start-up (fork, importing the scanners) then overlaps the rest of
    discovery instead of following it."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None

    def start(self, families: set[str]) -> None:
        """Start the processes, each importing the scanners of `families` meanwhile."""
        if self.pool is not None or self.jobs <= 1:
            return
        from concurrent.futures import ProcessPoolExecutor  # only large trees pay for this

        self.pool = ProcessPoolExecutor(max_workers=self.jobs)
        for _ in range(self.jobs):
            self.pool.submit(_warm, sorted(families))

    def run(self, todo: list[tuple[str, str, str]]) -> list[tuple[str, str, Entry]]:
        """Entries for `todo`, in its order; a large tree is scanned by the processes."""
        if self.jobs <= 1 or len(todo) < PARALLEL_ABOVE:
            return _scan_batch(todo)
        # Dealt largest file first, round robin, the batches weigh about the same, so no
        # worker is left with a batch of large files while the other idles (a tree's large
        # files cluster).
        order = sorted(range(len(todo)), key=lambda i: _size(todo[i][0]), reverse=True)
        count = max(1, min(self.jobs * _BATCHES_PER_JOB, len(todo) // 16))
        dealt = [order[i::count] for i in range(count)]
        self.start({fam for _path, _rel, fam in todo})
        assert self.pool is not None
        results = self.pool.map(_scan_batch, [[todo[i] for i in batch] for batch in dealt])
        out: list[tuple[str, str, Entry] | None] = [None] * len(todo)
        for batch, result in zip(dealt, results, strict=True):
            for i, item in zip(batch, result, strict=True):
                out[i] = item
        return [item for item in out if item is not None]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _warm(families: list[str]) -> None:
    """A worker's first task: import the scanners it is about to need."""
    for fam in families:
        scanner(fam)


def scan_paths(paths: Sequence[str], cwd: Path, ignore: Sequence[str] = ()) -> ScanResult:
    """Scan the given files and directories (default: the current directory)."""
    refs: list[ModelRef] = []
    errors: list[ScanError] = []
    cache = ScanCache(cwd)
    todo: list[tuple[str, str, str]] = []
    unit: dict[str, Path | None] = {}  # each file's project: the directory it was found under
    count = 0
    workers = _Workers(min(os.cpu_count() or 1, 8))
    try:
        for path, root in discover(paths, cwd, ignore):
            fam = family(path)
            if fam is None and root is not None:
                continue  # a file in a walked directory that no scanner reads
            rel = relpath(path, cwd)
            if root is None and not path.exists():
                errors.append(ScanError(rel, "no such file"))
                continue
            if fam is None:
                continue
            count += 1
            problem = check_link(path, root) if root is not None else None
            if problem is not None:
                errors.append(ScanError(rel, problem))
                continue
            todo.append((str(path), rel, fam))
            unit[rel] = root
            if len(todo) == PARALLEL_ABOVE and not cache.old:  # a cold scan of a large tree
                workers.start({fam for _path, _rel, fam in todo})
        entries = _cached(cache, todo, workers)
    finally:
        workers.close()
    facts = _project_facts(entries, unit, cwd)
    for rel, hexdigest, entry in entries:
        refs.extend(_as_in_project(entry, facts[unit[rel]]))
        errors.extend(entry.errors)
        if hexdigest:
            cache.put(rel, hexdigest, entry)
    cache.save(prune=not paths or list(paths) == ["."])
    refs.sort(key=lambda r: (r.path, r.line, r.column, r.id, r.kind))
    errors.sort(key=lambda e: (e.path, e.line or 0, e.message))
    return ScanResult(tuple(refs), tuple(errors), count)


def _project_facts(
    entries: list[tuple[str, str, Entry]], unit: dict[str, Path | None], cwd: Path
) -> dict[Path | None, set[str]]:
    """What each project's files state about it (`project`). A directory given to scan is one
    project; the files given one by one (a pre-commit hook's) are another, with the
    dependency manifests of the working directory, since it sees no other file."""
    facts: dict[Path | None, set[str]] = {root: set() for root in unit.values()}
    for rel, _digest, entry in entries:
        facts[unit[rel]].update(entry.facts)
    if None in facts and any(e.variants for _rel, _digest, e in entries):
        facts[None] |= project.manifest_facts(cwd)
    return facts


def _as_in_project(entry: Entry, facts: set[str]) -> tuple[ModelRef, ...]:
    """A file's references, as another file of its project makes them (its first variant
    whose fact the project states)."""
    return next((alt for fact, alt in entry.variants if project.holds(fact, facts)), entry.refs)


def _cached(
    cache: ScanCache, todo: list[tuple[str, str, str]], workers: _Workers
) -> list[tuple[str, str, Entry]]:
    """Entries from the cache where the content digest matches; the rest scanned."""
    out: list[tuple[str, str, Entry]] = []
    missing: list[tuple[str, str, str]] = []
    for path, rel, fam in todo:
        try:
            data = Path(path).read_bytes() if cache.old else None
        except OSError:
            data = None
        hit = cache.get(rel, digest(data)) if data is not None else None
        if hit is not None:
            out.append((rel, "", hit))
        else:
            missing.append((path, rel, fam))
    out.extend(workers.run(missing))
    return out


__all__ = ["FAMILIES", "family", "scan_paths", "scanner"]
