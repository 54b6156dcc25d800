"""Score `weightgate scan --format json` against a labelled corpus (LABELS.tsv).

Unit: a (file, id) pair. Recall is over labelled model / adapter / ollama references that are
not templated, commented out or outputs (`templated-unresolved`, `commented-out`, `output:`
notes). Ollama names are compared without regard to case, as Ollama matches them
(`Qwen2.5:3b` is `qwen2.5:3b`). Precision: every reported model or Ollama tag that matches no
positive label of that file (of any note) is a false positive. Datasets are scored the same
way, separately. A label noted `non-HF hub:` (a ModelScope or Modelers id, as the given
corpus's README defines the note) is no Hugging Face reference: not required, and reported it
is a false positive.

A label names a reference as written; the scanner reports the Hub id it stands for. The two
differ for a library's short names (faster-whisper's `large-v3` is
`Systran/faster-whisper-large-v3`), so a reported reference whose line and column point at a
label's text on that line is scored as that label.

    python benchmarks/corpus.py [CORPUS_DIR]     (default: ../shared/corpus/real)

The corpus is scanned as a standalone tree (a temporary copy of the files SOURCES.tsv lists),
so a corpus kept inside a git checkout, e.g. `benchmarks/heldout`, is scanned the same way
whether or not git tracks or ignores its files. Each top-level directory (`owner__repo`,
`package__version`) is given as its own path, as each repository would be scanned on its own.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from weightgate.scan.ids import normalize

MODELISH = frozenset({"model", "adapter", "ollama"})
#: Not required for recall: ids built at run time, in comments, written to (outputs), and ids
#: in a notebook's output cells (the scanner reads code cells only, as issue 3 specifies).
EXCLUDED_NOTES = ("templated-unresolved", "commented-out", "output:", "notebook output")

#: The fixed note for an id of another hub (ModelScope, Modelers): neither required nor allowed.
NOT_THE_HUB = "non-HF hub"

Pair = tuple[str, str]
LINES: set[tuple[str, int, str]] = set()


def _canon(ref: str, kind: str) -> str:
    if kind == "ollama":
        return ref.lower()  # Ollama matches names without regard to case (`Qwen2.5:3b`)
    return normalize(ref) or ref


def labels(corpus: Path) -> tuple[set[Pair], set[Pair], set[Pair], set[Pair]]:
    """(required models, any positive model label, required datasets, any dataset label)."""
    required: set[Pair] = set()
    allowed: set[Pair] = set()
    data_required: set[Pair] = set()
    data_allowed: set[Pair] = set()
    rows = (corpus / "LABELS.tsv").read_text("utf-8").splitlines()[1:]
    for row in rows:
        path, _line, ref, kind, note = (row.split("\t") + [""] * 5)[:5]
        pair = (path, _canon(ref, kind))
        excluded = note.startswith(EXCLUDED_NOTES)
        if note.startswith(NOT_THE_HUB):
            continue  # a ModelScope or Modelers id: not a Hugging Face reference, of any kind
        if kind in MODELISH:
            allowed.add(pair)
            if not excluded:
                required.add(pair)
        elif kind == "dataset":
            data_allowed.add(pair)
            if not excluded:
                data_required.add(pair)
    return required, allowed, data_required, data_allowed


def line_labels(corpus: Path) -> tuple[set[tuple[str, int, str]], set[tuple[str, int, str]]]:
    """(required, allowed) model labels as (file, line, id): are locations right too?"""
    required, allowed = set(), set()
    for row in (corpus / "LABELS.tsv").read_text("utf-8").splitlines()[1:]:
        path, line, ref, kind, note = (row.split("\t") + [""] * 5)[:5]
        if kind in MODELISH and not note.startswith(NOT_THE_HUB):
            key = (path, int(line), _canon(ref, kind))
            allowed.add(key)
            if not note.startswith(EXCLUDED_NOTES):
                required.add(key)
    return required, allowed


def _copy(corpus: Path, files: set[str], dest: Path) -> None:
    """The corpus files into `dest`: a missing one names where it came from."""
    rows = (corpus / "SOURCES.tsv").read_text("utf-8").splitlines()[1:]
    origin = {row.split("\t")[0]: row.split("\t")[1:] for row in rows}
    for name in sorted(files):
        source = corpus / name
        if not source.is_file():
            raise SystemExit(f"{source}: missing; it is {' @ '.join(origin[name])} (SOURCES.tsv)")
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest / name)


def predictions(corpus: Path) -> tuple[set[Pair], set[Pair]]:
    """(models and Ollama tags, datasets) reported by the real CLI."""
    sources = (corpus / "SOURCES.tsv").read_text("utf-8").splitlines()[1:]
    files = {row.split("\t")[0] for row in sources}
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as tree:
        _copy(corpus, files, Path(tree))
        env = {**os.environ, "WEIGHTGATE_CACHE_DIR": cache}
        # each top-level directory is a repository of its own: one path argument each, so
        # that what one file says of its project (`scan/project.py`) reaches no other's
        tops = sorted(entry.name for entry in Path(tree).iterdir())
        proc = subprocess.run(
            [sys.executable, "-m", "weightgate", "scan", "--format", "json", "-q", *tops],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"weightgate scan failed ({proc.returncode}): {proc.stderr.strip()}")
    doc = json.loads(proc.stdout)
    by_line = _labels_by_line(corpus)
    refs = [
        _as_written(corpus, _canon_ref(r), by_line.get((r["path"], int(r["line"])), []))
        for r in doc["refs"]
        if r["path"] in files
    ]
    models = {(r["path"], r["id"]) for r in refs if r["kind"] in ("model", "ollama")}
    global LINES
    LINES = {(r["path"], r["line"], r["id"]) for r in refs if r["kind"] in ("model", "ollama")}
    datasets = {(r["path"], r["id"]) for r in refs if r["kind"] == "dataset"}
    for error in doc["errors"]:
        print(f"  error: {error['path']}:{error.get('line', '')}: {error['message']}")
    return models, datasets


def _canon_ref(ref: dict[str, Any]) -> dict[str, Any]:
    """A reported Ollama name compared as labels are (see `_canon`)."""
    return {**ref, "id": _canon(ref["id"], "ollama")} if ref["kind"] == "ollama" else ref


def _labels_by_line(corpus: Path) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """(file, line) -> (text as written, kind) of the model labels there."""
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for row in (corpus / "LABELS.tsv").read_text("utf-8").splitlines()[1:]:
        path, line, ref, kind, _note = (row.split("\t") + [""] * 5)[:5]
        if kind in MODELISH:
            out.setdefault((path, int(line)), []).append((ref, kind))
    return out


def _as_written(corpus: Path, ref: dict[str, Any], here: list[tuple[str, str]]) -> dict[str, Any]:
    """The reference with the id of the label (of those on its line, `here`) whose whole text
    it points at, if one does."""
    if not here or any(_canon(written, kind) == ref["id"] for written, kind in here):
        return ref
    line, column = int(ref["line"]), int(ref["column"])
    text = (corpus / str(ref["path"])).read_text("utf-8", "replace").splitlines()[line - 1]
    for written, kind in here:
        end = column - 1 + len(written)
        # a slash ends a size of a list (`tiny/base/small`), not the organization of an id
        slash = "/" if ref["id"].startswith(f"{written}/") else ""
        whole = end >= len(text) or not (text[end].isalnum() or text[end] in "._:-" + slash)
        if text.startswith(written, column - 1) and whole:
            return {**ref, "id": _canon(written, kind)}
    return ref


def _score(name: str, found: set[Pair], required: set[Pair], allowed: set[Pair]) -> float:
    hits = found & required
    false = found - allowed
    recall = len(hits) / len(required) if required else 1.0
    precision = (len(found) - len(false)) / len(found) if found else 1.0
    print(
        f"{name}: recall {recall:.3f} ({len(hits)}/{len(required)})  "
        f"precision {precision:.3f} ({len(found) - len(false)}/{len(found)})"
    )
    for path, ident in sorted(required - found):
        print(f"  miss  {path}  {ident}")
    for path, ident in sorted(false):
        print(f"  false {path}  {ident}")
    return min(recall, precision)


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=default,
        help="a directory holding LABELS.tsv and SOURCES.tsv (default: %(default)s)",
    )
    corpus = parser.parse_args(sys.argv[1:] if argv is None else argv).corpus
    if not (corpus / "LABELS.tsv").is_file() or not (corpus / "SOURCES.tsv").is_file():
        parser.error(f"{corpus}: no LABELS.tsv and SOURCES.tsv there")
    required, allowed, data_required, data_allowed = labels(corpus)
    models, datasets = predictions(corpus)
    worst = _score("models", models, required, allowed)
    _score("datasets", datasets, data_required, data_allowed)
    line_required, line_allowed = line_labels(corpus)
    found = LINES
    print(
        f"model locations (file, line, id): recall {len(found & line_required)}/"
        f"{len(line_required)}, reported on an unlabelled line {len(found - line_allowed)}"
    )
    for item in sorted(found - line_allowed):
        print(f"  misplaced {item}")
    for item in sorted(line_required - found):
        print(f"  line missed {item}")
    return 0 if worst >= 0.95 else 1


if __name__ == "__main__":
    raise SystemExit(main())
