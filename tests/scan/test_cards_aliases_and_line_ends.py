"""A model card's one-word datasets, a package's aliases for repositories, tables of id pairs,
Windows line ends, modules that are no scripts, published ids under any config key, examples
in descriptions and text boxes, and datasets named by a preset's or a source's key."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one
from weightgate.scan import scan_paths

#: An import that lets a module through the byte-level gate, then comment lines that make it
#: larger than the size parsed whole (line 203 is the first after them and a blank line).
_PADDING = "from transformers import pipeline\n" + "".join(
    f"# {n:03d} {'x' * 90}\n" for n in range(200)
)


def test_a_model_cards_datasets_name_hub_datasets_in_one_word_too(tmp_path: Path) -> None:
    card = """\
---
license: apache-2.0
datasets:
- jfleg
- wi_locness
- GEM/wiki_auto_asset_turk
- custom
---
# Model Card
"""
    refs, _ = scan_one(tmp_path, "README.md", card)
    assert ids(refs) == {
        (4, "jfleg", "dataset"),
        (5, "wi_locness", "dataset"),
        (6, "GEM/wiki_auto_asset_turk", "dataset"),
    }


def test_a_local_models_folder_is_no_hub_prefix(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass


@dataclass(frozen=True)
class TTSConfig:
    model_name: str = "en_US-lessac-medium"
    models_path: str = "models/tts/en_US-lessac-medium"
"""
    refs, _ = scan_one(tmp_path, "schema.py", source)
    assert ids(refs) == set()


def test_a_package_module_with_a_top_level_call_keeps_its_tables(tmp_path: Path) -> None:
    source = """\
from collections import defaultdict

from . import __version__

lang2model = defaultdict(lambda: "bert-base-multilingual-cased")
lang2model.update({"en": "roberta-large"})

model2layers = {
    "bert-base-uncased": 9,
    "roberta-base": 10,
    "distilroberta-base": 5,
}
"""
    refs, _ = scan_one(tmp_path, "utils.py", source)
    assert {(line, ident) for line, ident, _kind in ids(refs)} >= {
        (9, "bert-base-uncased"),
        (10, "roberta-base"),
        (11, "distilroberta-base"),
    }


def test_a_rows_repository_makes_its_key_an_alias(tmp_path: Path) -> None:
    source = """\
from llama_cpp import Llama


class Embeddings:
    # friendly name -> (hugging-face repo id, filename)
    DEFAULT_MODELS = {
        "all-MiniLM-L6-v2": ("acme/all-MiniLM-L6-v2-GGUF", "all-MiniLM-L6-v2.Q4_K_M.gguf"),
        "labse": ("acme/labse-gguf", "labse.Q4_K_M.gguf"),
    }
"""
    refs, _ = scan_one(tmp_path, "embeddings.py", source)
    assert ids(refs) == {
        (7, "acme/all-MiniLM-L6-v2-GGUF", "model"),
        (8, "acme/labse-gguf", "model"),
    }


def test_a_large_modules_table_of_id_pairs(tmp_path: Path) -> None:
    source = f"""\
{_PADDING}
MIRRORS = {{
    "acme-labs/Llama-3.1-8B": "mirror-org/Meta-Llama-3.1-8B",
    "acme-labs/Llama-2-70b-hf": "mirror-org/Llama-2-70b-hf",
    "acme-labs/gemma-2-9b": "mirror-org/gemma-2-9b",
}}
"""
    refs, _ = scan_one(tmp_path, "hub.py", source)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (204, "acme-labs/Llama-3.1-8B"),
        (204, "mirror-org/Meta-Llama-3.1-8B"),
        (205, "acme-labs/Llama-2-70b-hf"),
        (205, "mirror-org/Llama-2-70b-hf"),
        (206, "acme-labs/gemma-2-9b"),
        (206, "mirror-org/gemma-2-9b"),
    }


def test_windows_line_ends_read_as_unix_ones(tmp_path: Path) -> None:
    source = f"""\
{_PADDING}
CANDIDATES = [
    "acme-labs/chat-7b",
    "acme-labs/chat-13b",
    "acme-labs/chat-70b",
]
"""
    (tmp_path / "candidates.py").write_bytes(source.replace("\n", "\r\n").encode())
    result = scan_paths(["candidates.py"], tmp_path)
    assert {(r.line, r.id, r.kind) for r in result.refs} == {
        (204, "acme-labs/chat-7b", "model"),
        (205, "acme-labs/chat-13b", "model"),
        (206, "acme-labs/chat-70b", "model"),
    }


def test_a_known_publishers_id_under_any_config_key(tmp_path: Path) -> None:
    config = """\
model:
  architecture_type: CustomModel
  backbone_type: microsoft/deberta-v3-large
image: nvidia/cuda-12.1-runtime
"""
    refs, _ = scan_one(tmp_path, "exp512.yaml", config)
    assert ids(refs) == {(3, "microsoft/deberta-v3-large", "model")}


def test_examples_in_a_hub_id_description_and_a_model_text_box(tmp_path: Path) -> None:
    source = """\
import gradio as gr
from pydantic import BaseModel, Field

DEFAULT_MODEL = "acme/default-1b"  # a hit that makes the file parsed


class BaseModelConfig(BaseModel):
    name: str = Field(description="Hugging Face Hub id (e.g. 'acme/base-8B') or a local path.")


custom = gr.Textbox(label="Or enter any HuggingFace model ID", placeholder="e.g., acme/chat-7b-hf")
title = gr.Textbox(label="Title", placeholder="e.g., acme/not-a-model-1")
"""
    refs, _ = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (4, "acme/default-1b", "model"),
        (8, "acme/base-8B", "model"),
        (11, "acme/chat-7b-hf", "model"),
    }


def test_a_sources_repository_under_a_dataset_key_is_a_dataset(tmp_path: Path) -> None:
    config = """\
{
  "base_model": "acme/chat-1B-Instruct",
  "dataset": {
    "source": {"source_type": "huggingface", "repo_id": "acme/preference-pairs"},
    "split": "train"
  }
}
"""
    refs, _ = scan_one(tmp_path, "training.json", config)
    assert ids(refs) == {
        (2, "acme/chat-1B-Instruct", "model"),
        (4, "acme/preference-pairs", "dataset"),
    }


def test_a_large_modules_preset_names_its_dataset(tmp_path: Path) -> None:
    source = f"""\
{_PADDING}
PRESETS: dict[str, dict] = {{
    "alpaca": {{
        "dataset": "acme/alpaca-cleaned",
        "kind": "sft",
    }},
}}
"""
    refs, _ = scan_one(tmp_path, "data.py", source)
    assert ids(refs) == {(205, "acme/alpaca-cleaned", "dataset")}


def test_fine_tuned_then_on_the_dataset_names_a_model(tmp_path: Path) -> None:
    doc = "# Sentiment\n\nWe fine-tuned **`acme/bert-base-arabic-v2`** on the dataset.\n"
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(3, "acme/bert-base-arabic-v2", "model")}


def test_a_hub_id_column_names_ids_of_any_shape(tmp_path: Path) -> None:
    doc = """\
# Compatibility

| Model | HuggingFace ID | Status |
|---|---|---|
| IgBert | `acme/IgBert` | confirmed |
| RITA | `lightlab/RITA_s` (+ larger) | fails |

| Name | Saved to |
|---|---|
| LLaMA LoRA | `x/llama_lora_finetuned_alpaca` |
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(5, "acme/IgBert", "model"), (6, "lightlab/RITA_s", "model")}


def test_a_dataset_heading_or_a_dataset_tables_header_names_datasets(tmp_path: Path) -> None:
    doc = """\
# Whisper Urdu evaluation

## Dataset
- **Source:** `someone/common-voice-urdu-processed` (Hugging Face)

## Reproducibility

| Dataset | Source |
|---------|--------|
| HaluEval QA | `someone/HaluEval` (HuggingFace) |
"""
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {
        (4, "someone/common-voice-urdu-processed", "dataset"),
        (10, "someone/HaluEval", "dataset"),
    }


def test_nvidia_catalog_names_under_meta_are_no_hub_ids(tmp_path: Path) -> None:
    source = """\
from openai import OpenAI

MODEL = "meta/llama-3.2-11b-vision-instruct"
BASE_MODEL = "meta-llama/Llama-3.2-11B-Vision-Instruct"
"""
    refs, _ = scan_one(tmp_path, "server.py", source)
    assert ids(refs) == {(4, "meta-llama/Llama-3.2-11B-Vision-Instruct", "model")}


def test_a_table_of_each_models_costs_keyed_by_ollama_names(tmp_path: Path) -> None:
    source = """\
import ollama

_LOCAL_MODEL_ENERGY = {
    "llama3.2": (0.010, 0.040),
    "mistral": (0.012, 0.048),
    "gpt-4o": (0.1, 0.2),
}


def chat(model):
    return ollama.chat(model=model, messages=[])
"""
    refs, _ = scan_one(tmp_path, "ollama_wrapper.py", source)
    assert ids(refs) == {(4, "llama3.2", "ollama"), (5, "mistral", "ollama")}


def test_mtebs_get_model_and_its_tei_prefix(tmp_path: Path) -> None:
    source = 'import mteb\n\nmodel = mteb.get_model("hftei/acme/embed-0.6B")\n'
    refs, _ = scan_one(tmp_path, "run_mteb.py", source)
    assert ids(refs) == {(3, "acme/embed-0.6B", "model")}


def test_a_comment_saying_what_a_call_loads(tmp_path: Path) -> None:
    source = '''\
"""Semantic entropy.

    clusterer = EmbeddingClusterer()   # loads lab-nlp/sup-simcse-roberta-large
"""

from transformers import pipeline

classify = pipeline("sentiment-analysis")
'''
    refs, _ = scan_one(tmp_path, "__init__.py", source)
    assert ids(refs) == {(3, "lab-nlp/sup-simcse-roberta-large", "model")}


def test_a_site_pages_url_names_no_repository(tmp_path: Path) -> None:
    source = """\
from setuptools import setup

setup(project_urls={"Model": "https://huggingface.co/collections/acme/mineru-html"})
"""
    refs, _ = scan_one(tmp_path, "setup.py", source)
    assert ids(refs) == set()


def test_a_model_tables_id_keys_mapped_to_files(tmp_path: Path) -> None:
    config = """\
model_path = '/Users/me/models'

# model mapping
model.'acme/chat-7b' = 'chat-7b.Q4_K_S.gguf'
model.'other-lab/Yi-6B-Chat' = 'yi-chat-6b.Q4_K_M.gguf'
"""
    refs, _ = scan_one(tmp_path, "config.toml", config)
    assert ids(refs) == {(4, "acme/chat-7b", "model"), (5, "other-lab/Yi-6B-Chat", "model")}


def test_a_model_folder_named_by_a_legacy_id(tmp_path: Path) -> None:
    source = """\
model_name = "acme/ranker-base"
qa_model_dir = 'distilbert-base-uncased-distilled-squad'
output_dir = 'gpt2'
"""
    refs, _ = scan_one(tmp_path, "defaults.py", source)
    assert ids(refs) == {
        (1, "acme/ranker-base", "model"),
        (2, "distilbert-base-uncased-distilled-squad", "model"),
    }


def test_whisper_s2t_loads_faster_whispers_sizes(tmp_path: Path) -> None:
    source = 'import whisper_s2t\n\nmodel = whisper_s2t.load_model(model_identifier="large-v3")\n'
    refs, _ = scan_one(tmp_path, "transcribe.py", source)
    assert ids(refs) == {(3, "Systran/faster-whisper-large-v3", "model")}


def test_a_model_variables_fallback_after_or(tmp_path: Path) -> None:
    source = """\
class Stack:
    def build(self):
        huggingface_model = self.node.try_get_context("model") or "distilbert-base-uncased"
        return huggingface_model
"""
    refs, _ = scan_one(tmp_path, "stack.py", source)
    assert ids(refs) == {(3, "distilbert-base-uncased", "model")}


def test_a_docstrings_comma_lists_of_ollama_names(tmp_path: Path) -> None:
    source = '''\
"""Local LLM client.

SUPPORTED MODELS (anything in `ollama list`):
  phi3, phi3.5, llama3, gemma2:2b, qwen2.5, vicuna...
  - Large:     llama3:70b, mixtral, command-r
  See the notes, the changelog, and the FAQ.
"""

import ollama


def chat(model="llama3"):
    return ollama.chat(model=model, messages=[])
'''
    refs, _ = scan_one(tmp_path, "llm.py", source)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (4, "phi3"),
        (4, "phi3.5"),
        (4, "llama3"),
        (4, "gemma2:2b"),
        (4, "qwen2.5"),
        (4, "vicuna"),
        (5, "llama3:70b"),
        (5, "mixtral"),
        (5, "command-r"),
        (12, "llama3"),
    }
    qualifier = '''\
"""Local OpenAI-compatible qualifier: Ollama, LM Studio, vLLM.

Works with any local model that supports tool calling (qwen3, llama3.3, mistral-small, ...).
Not for the hosted ones (a, b, c).
"""

DEFAULT_MODEL = "qwen3:4b"
'''
    refs, _ = scan_one(tmp_path, "local.py", qualifier)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (7, "qwen3:4b"),
        (3, "qwen3"),
        (3, "llama3.3"),
        (3, "mistral-small"),
    }


def test_a_module_constant_named_for_a_tokenizer(tmp_path: Path) -> None:
    source = 'DEFAULT_BASE_TOKENIZER = "bert-base-uncased"\nDEFAULT_SPLIT = "train"\n'
    refs, _ = scan_one(tmp_path, "defaults.py", source)
    assert ids(refs) == {(1, "bert-base-uncased", "model")}


def test_a_table_missing_a_comma_is_read_and_its_error_reported(tmp_path: Path) -> None:
    source = """\
pretrained = {
    'bart-xsum': {
        'model': 'acme/bart-large-xsum',
    }
    'mbart': {
        'model': 'acme/mbart-large-cc25',
    }
}
"""
    refs, errors = scan_one(tmp_path, "models_list.py", source)
    assert ids(refs) == {
        (3, "acme/bart-large-xsum", "model"),
        (6, "acme/mbart-large-cc25", "model"),
    }
    assert len(errors) == 1
    assert "forgot a comma" in errors[0]


def test_a_name_given_to_load_dataset_holds_a_dataset(tmp_path: Path) -> None:
    source = """\
import datasets


class ToxicChat(Dataset):
    def __init__(self):
        self.repo_id = "someone/toxic-chat"

    def load_raw_data(self):
        return datasets.load_dataset(self.repo_id, "toxicchat0124")
"""
    refs, _ = scan_one(tmp_path, "toxic_chat.py", source)
    assert ids(refs) == {(6, "someone/toxic-chat", "dataset")}
