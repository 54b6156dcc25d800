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
class Preset:
    slug: str
    repo: str
    filename: str


PRESETS = [
    Preset(slug="hammer", repo="acme-lab/Hammer-0.5b-GGUF", filename="hammer-q4_k_m.gguf"),
    Preset(slug="notes", repo="acme-lab/release-notes", filename="CHANGELOG.md"),
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


def test_an_enum_column_of_hf_hub_names_makes_its_other_ids_models(tmp_path: Path) -> None:
    source = """\
from enum import Enum

import timm


class ModelType(Enum):
    RESNET50 = 1, "resnet50", ""
    VIRCHOW = 4, "virchow", "hf-hub:paige-ai/Virchow"
    UNI = 11, "uni", "hf-hub:MahmoodLab/UNI"
    HIBOU_L = 20, "hibou_l", "histai/hibou-L"
    SLIDE = 21, "slide/level", "models/local-copy"


def load(kind):
    return timm.create_model(kind.value[2], pretrained=True)
"""
    refs, _ = scan_one(tmp_path, "model_factory.py", source)
    assert ids(refs) == {
        (8, "paige-ai/Virchow", "model"),
        (9, "MahmoodLab/UNI", "model"),
        (10, "histai/hibou-L", "model"),
    }


def test_a_list_of_linked_ids_under_a_models_heading_names_them(tmp_path: Path) -> None:
    source = """\
# Factory

## Supported Models

 * [owkin/phikon](https://www.medrxiv.org/content/10.1101/2023.07.21.23292757v1)
 * [histai/hibou-L](https://arxiv.org/html/2406.05074v1)
 * [mahmoodlab/UNI](https://github.com/mahmoodlab/UNI)

## Papers

 * [smith/survey](https://arxiv.org/abs/2401.00001)
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(5, "owkin/phikon", "model"), (6, "histai/hibou-L", "model")}
