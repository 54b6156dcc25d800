"""A branch that loads the name it compared, a preset's repository beside its weights file, a
placeholder written as `repo/name`, a plain block listing models under a heading about them,
and typer's option help."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_branch_that_loads_the_name_it_compared_names_that_string(tmp_path: Path) -> None:
    source = """\
import os

from transformers import BertModel, RobertaModel


def language_model(arch):
    if arch == "bert-base-uncased" or os.path.isdir(arch):
        return BertModel.from_pretrained(arch)
    if arch == "roberta-base":
        return RobertaModel.from_pretrained(arch)
    if arch == "distilbert-base-uncased":
        raise ValueError("unsupported")
    raise ValueError(arch)
"""
    refs, errors = scan_one(tmp_path, "get_tokenizer.py", source)
    assert ids(refs) == {(7, "bert-base-uncased", "model"), (9, "roberta-base", "model")}
    assert errors == []


def test_a_presets_repository_beside_its_weights_file_is_a_model(tmp_path: Path) -> None:
    source = '''\
"""Presets. Shorthand: ``hf:repo/name:filename.gguf``."""
from dataclasses import dataclass


@dataclass
class ModelPreset:
    slug: str
    repo: str
    filename: str


PRESETS = [
    ModelPreset(slug="hammer", repo="acme-lab/Hammer-0.5b-GGUF", filename="hammer-q4_k_m.gguf"),
    ModelPreset(slug="notes", repo="acme-lab/release-notes", filename="CHANGELOG.md"),
]


def preset(slug):
    return next(p for p in PRESETS if p.slug == slug)
'''
    refs, _ = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {(13, "acme-lab/Hammer-0.5b-GGUF", "model")}


def test_a_plain_block_under_a_heading_about_models_lists_them(tmp_path: Path) -> None:
    source = """\
# psycholing

### Supported Models

```
GPT-2:    gpt2-medium, gpt2-large
Mamba:    state-spaces/mamba-130m-hf, ..., state-spaces/mamba-2.8b-hf
```

### Output columns

```
surprisal/gpt2-large-run, rows-per-second
```
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (6, "gpt2-medium", "model"),
        (6, "gpt2-large", "model"),
        (7, "state-spaces/mamba-130m-hf", "model"),
        (7, "state-spaces/mamba-2.8b-hf", "model"),
    }


def test_a_typer_options_help_names_its_example(tmp_path: Path) -> None:
    source = """\
import typer
from transformers import AutoTokenizer


def main(
    tokenizer: str = typer.Option(
        None, "--tokenizer", "-t", help="an HF repo or alias (acme-lab/tok-7b-v2, mistral)"
    ),
):
    return AutoTokenizer.from_pretrained(tokenizer)
"""
    refs, _ = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {(7, "acme-lab/tok-7b-v2", "model")}
