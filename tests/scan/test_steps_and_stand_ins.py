"""A pipeline step named for a dataset keys the dataset it loads, and words joined by a slash in
prose (`name/path`) are no repository."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_step_named_for_a_dataset_keys_the_dataset_it_loads(tmp_path: Path) -> None:
    source = """\
from distilabel.pipeline import Pipeline

distiset = pipeline.run(
    parameters={
        load_hub_dataset.name: {
            "repo_id": "distilabel-internal-testing/instruction-dataset-mini",
            "split": "test",
        },
        text_generation.name: {"llm": {"model": "argilla/notus-7b-v1"}},
    }
)
"""
    refs, errors = scan_one(tmp_path, "pipeline.py", source)
    assert ids(refs) == {
        (6, "distilabel-internal-testing/instruction-dataset-mini", "dataset"),
        (9, "argilla/notus-7b-v1", "model"),
    }
    assert errors == []


def test_a_step_not_named_for_a_dataset_keeps_a_repo_id_a_model(tmp_path: Path) -> None:
    source = """\
params = {
    generate.name: {"repo_id": "argilla/notus-7b-v1"},
}
"""
    refs, _ = scan_one(tmp_path, "pipeline.py", source)
    assert ids(refs) == {(2, "argilla/notus-7b-v1", "model")}


def test_words_joined_by_a_slash_in_prose_are_no_repository(tmp_path: Path) -> None:
    source = """\
# bench

- **model**: Model name/path used for benchmarking
- **source**: the repo id/url it came from
- `--model`: Hub model (default: mlx-community/Llama-3.2-3B-Instruct-4bit)
- in `packages/train-unsloth`: the script that trains a visual language model
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert {ident for _, ident, _ in ids(refs)} == {"mlx-community/Llama-3.2-3B-Instruct-4bit"}


def test_a_model_card_held_in_a_string_is_read_as_a_card(tmp_path: Path) -> None:
    source = '''\
from huggingface_hub import HfApi

MODEL_CARD_TEMPLATE = """\\
---
license: apache-2.0
base_model: Qwen/Qwen2.5-1.5B-Instruct
library_name: peft
---

# {name}

Trained on `huggingface.co/datasets/acme-lab/support-chats`.

```python
base = "Qwen/Qwen2.5-1.5B-Instruct"
```
"""

card = MODEL_CARD_TEMPLATE.format(name="x").encode()
HfApi().upload_file(path_or_fileobj=card, path_in_repo="README.md", repo_id=repo)
'''
    refs, errors = scan_one(tmp_path, "push.py", source)
    assert ids(refs) == {
        (6, "Qwen/Qwen2.5-1.5B-Instruct", "model"),
        (12, "acme-lab/support-chats", "dataset"),
        (15, "Qwen/Qwen2.5-1.5B-Instruct", "model"),
    }
    assert errors == []


def test_a_config_string_that_starts_on_its_quotes_line_keeps_its_lines(tmp_path: Path) -> None:
    source = '''\
CONFIG = """models:
  - model: mistralai/Mistral-7B-v0.1
"""
open("merge.yml", "w").write(CONFIG)
'''
    refs, _ = scan_one(tmp_path, "merge.py", source)
    assert ids(refs) == {(2, "mistralai/Mistral-7B-v0.1", "model")}


def test_an_id_the_next_word_counts_in_rows_is_a_dataset(tmp_path: Path) -> None:
    source = """\
# Case study

Scale: **TinyLlama-1.1B-Chat**, **20,000** `tatsu-lab/alpaca` rows, LoRA **r=8**.
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(3, "tatsu-lab/alpaca", "dataset")}


def test_a_key_named_for_a_transformer_holds_a_model(tmp_path: Path) -> None:
    source = """\
### model specific stuff ###
sentence_transformer_name: "all-MiniLM-L6-v2" # name of sentence transformer
transformer_type: "bert"
"""
    refs, _ = scan_one(tmp_path, "config/template.yaml", source)
    assert ids(refs) == {(2, "sentence-transformers/all-MiniLM-L6-v2", "model")}


def test_an_id_given_with_a_file_of_weights_is_a_model(tmp_path: Path) -> None:
    call = """\
class Loader:
    def rmvpe(self):
        return self.model_store.get(
            "lj1995/VoiceConversionWebUI",
            "rmvpe.pt",
        )

    def local(self):
        return os.path.join("checkpoints/run1", "model.pt")
"""
    refs, _ = scan_one(tmp_path, "small.py", call)
    assert ids(refs) == {(4, "lj1995/VoiceConversionWebUI", "model")}
    filler = "# a line of a large module, read region by region\n" * 400
    refs, _ = scan_one(tmp_path, "large.py", filler + call)
    assert ids(refs) == {(404, "lj1995/VoiceConversionWebUI", "model")}


def test_each_side_of_an_unresolved_merge_is_read(tmp_path: Path) -> None:
    source = """\
<<<<<<< HEAD
from transformers import pipeline

def load_model():
    return pipeline("text-generation", model="microsoft/BioGPT-Large")

if ready:
=======
from transformers import pipeline

def load_model():
    return pipeline("text-generation", model="microsoft/biogpt")
>>>>>>> feature
"""
    refs, errors = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (5, "microsoft/BioGPT-Large", "model"),
        (12, "microsoft/biogpt", "model"),
    }
    assert [e.split(":")[0] for e in errors] == ["1"]  # it does not run as it stands


def test_a_string_of_arguments_names_its_model(tmp_path: Path) -> None:
    source = '''\
import run_squad

args = """--model_type bert
    --model_name_or_path bert-base-multilingual-cased
    --output_dir "./mlbert"
    """.split()

run_squad.main(args)
'''
    refs, _ = scan_one(tmp_path, "run.py", source)
    assert ids(refs) == {(4, "bert-base-multilingual-cased", "model")}


def test_a_timm_name_with_its_tag_in_a_code_span_is_a_model(tmp_path: Path) -> None:
    source = """\
| Model | Embedding Dimensions |
| -------- | -------- |
| `vit_small_patch14_dinov2.lvd142m`   | 384 |
| `samvit_base_patch16.sa1b`   | 256 |
| `config.yaml` | - |
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (3, "timm/vit_small_patch14_dinov2.lvd142m", "model"),
        (4, "timm/samvit_base_patch16.sa1b", "model"),
    }


def test_key_names_in_code_spans_are_no_models(tmp_path: Path) -> None:
    source = """\
Key names accept common aliases (`ctrl`, `alt`, `shift`, `cmd`/`command`, `esc`/`escape`).
Start from `distilgpt2`.
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(2, "distilgpt2", "model")}


def test_a_module_docstrings_first_line_names_its_model(tmp_path: Path) -> None:
    source = '''\
# -*- coding: utf-8 -*-
"""High level interface around the nvidia/LocateAnything-3B model."""

from transformers import AutoModel

model = AutoModel.from_pretrained(path)
'''
    refs, _ = scan_one(tmp_path, "core.py", source)
    assert refs == {(2, 36, "nvidia/LocateAnything-3B", "model")}


def test_a_download_command_a_message_shows_names_its_model(tmp_path: Path) -> None:
    body = """\
def weights(path):
    if not path:
        raise FileNotFoundError(
            "YOLO weights not found. Re-download with:\\n"
            "  hf download microsoft/OmniParser-v2.0 icon_detect/model.pt "
            "--local-dir <install dir>/weights\\n"
        )
"""
    filler = "# a line of a large module, read region by region\n" * 400
    for name, text, line in (("small.py", body, 5), ("large.py", filler + body, 405)):
        refs, _ = scan_one(tmp_path, name, text)
        assert ids(refs) == {(line, "microsoft/OmniParser-v2.0", "model")}


def test_a_settings_variable_with_a_colon_default_names_its_model(tmp_path: Path) -> None:
    source = """\
ollama:
  api_base: ${OLLAMA_API_BASE:http://localhost:11434}
  llm_model: ${OLLAMA_LLM_MODEL:llama3.2}
  embedding_model: ${OLLAMA_EMBED_MODEL:-nomic-embed-text}
huggingface:
  embedding_hf_model_name: ${HF_EMBED:BAAI/bge-small-en-v1.5}
"""
    refs, errors = scan_one(tmp_path, "settings-ollama.yaml", source)
    assert ids(refs) == {
        (3, "llama3.2", "ollama"),
        (4, "nomic-embed-text", "ollama"),
        (6, "BAAI/bge-small-en-v1.5", "model"),
    }
    assert errors == []


def test_two_ids_a_class_is_given_first_are_both_models(tmp_path: Path) -> None:
    source = """\
from speechmix import HFSpeechMixEED

spm = HFSpeechMixEED("facebook/wav2vec2-base-960h", "voidful/bart-base-chinese", down_scale=4)
other = Widget("facebook/wav2vec2-base-960h", "a/b")
"""
    refs, _ = scan_one(tmp_path, "eval.py", source)
    assert ids(refs) == {
        (3, "facebook/wav2vec2-base-960h", "model"),
        (3, "voidful/bart-base-chinese", "model"),
        (4, "facebook/wav2vec2-base-960h", "model"),
    }


def test_models_keyed_by_a_language_are_models(tmp_path: Path) -> None:
    source = """\
class Recognizer:
    MODELS_BY_LANG = {"en": "flair/ner-english-large", "de": "flair/ner-german-large"}
"""
    refs, _ = scan_one(tmp_path, "recognizer.py", source)
    assert ids(refs) == {
        (2, "flair/ner-english-large", "model"),
        (2, "flair/ner-german-large", "model"),
    }


def test_a_code_block_named_for_a_python_file_is_python(tmp_path: Path) -> None:
    source = """\
# Quick start

```pipeline.py
raw = Dataset.create(
    "load_from_hf_hub",
    arguments={"dataset_name": "fondant-ai/fondant-cc-25m"},
)
```
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(6, "fondant-ai/fondant-cc-25m", "dataset")}


def test_a_docstring_line_about_datasets_only_names_a_dataset(tmp_path: Path) -> None:
    source = '''\
from datasets import load_dataset


class Config:
    path: str = ""
    """HuggingFace dataset path (e.g., 'openai/gsm8k') or local path. Required."""

    def load(self):
        return load_dataset(self.path)
'''
    refs, _ = scan_one(tmp_path, "data.py", source)
    assert ids(refs) == {(6, "openai/gsm8k", "dataset")}


def test_a_record_of_a_repository_and_its_weights_names_a_model_in_js(tmp_path: Path) -> None:
    source = """\
module.exports = {
  run: [{
    method: "script.start",
    params: {
      uri: "hf.json",
      params: {
        "repo": "Comfy-Org/mochi_preview_repackaged",
        "files": "split_files/diffusion_models/mochi_preview_bf16.safetensors",
        "path": "app/models/diffusion_model"
      }
    }
  }]
}
"""
    refs, _ = scan_one(tmp_path, "mochi.js", source)
    assert ids(refs) == {(7, "Comfy-Org/mochi_preview_repackaged", "model")}


def test_a_go_declaration_with_its_type_names_its_model(tmp_path: Path) -> None:
    source = """\
package constants

const (
	OllamaUrl         string = "http://10.0.0.213:11434"
	OllamaEmbedModel  string = "nomic-embed-text" // or "mxbai-embed-large"
	OllamaChatModel   string = "llama3.1:8b"
)
"""
    refs, _ = scan_one(tmp_path, "internal/constants/constants.go", source)
    assert ids(refs) == {(5, "nomic-embed-text", "ollama"), (6, "llama3.1:8b", "ollama")}


def test_a_field_named_for_a_model_part_holds_a_legacy_name(tmp_path: Path) -> None:
    source = '''\
from dataclasses import dataclass


@dataclass
class CascadeConfig:
    """The cascade's models."""

    timesteps: int = 1000
    text_encoder: str = "t5-base"
    scheduler: str = "cosine"
'''
    refs, _ = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {(9, "t5-base", "model")}


def test_records_whose_repo_is_shaped_like_a_model_name_models(tmp_path: Path) -> None:
    source = """\
# Community fine-tunes: models for one language each
FINETUNES = {
    "thai": {"repo": "biodatlab/whisper-th-large-v3-combined", "lang": "th", "beam": 5},
    "hindi": {"repo": "vasista22/whisper-hindi-large-v2", "lang": "hi", "beam": 5},
    "site": {"repo": "acme/website", "lang": "en"},
}
"""
    refs, _ = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {
        (3, "biodatlab/whisper-th-large-v3-combined", "model"),
        (4, "vasista22/whisper-hindi-large-v2", "model"),
    }


def test_a_table_of_what_an_api_charges_per_model_names_no_hub_model(tmp_path: Path) -> None:
    source = """\
MODEL_COSTS = {
    "openai/gpt-oss-20b": {  # https://openrouter.ai/openai/gpt-oss-20b
        "input_cost_per_token": 0.05 / 1e6,
        "output_cost_per_token": 0.20 / 1e6,
    },
    "qwen/qwen3-32b": {"input_cost_per_token": 0.1 / 1e6},
}
EMBEDDER = {"model": "BAAI/bge-m3"}
"""
    refs, _ = scan_one(tmp_path, "model_costs.py", source)
    assert ids(refs) == {(8, "BAAI/bge-m3", "model")}


def test_a_list_item_that_pulls_an_ollama_model_names_it(tmp_path: Path) -> None:
    source = """\
# Models

   1. docker exec -it ollama-ollama-1 ollama pull translategemma  # a 2B fine-tune
   2. ollama run qwen3:4b
   3. You can use ollama run to start any model you pulled.
"""
    refs, _ = scan_one(tmp_path, "DOCS/ollama.md", source)
    assert ids(refs) == {(3, "translategemma", "ollama"), (4, "qwen3:4b", "ollama")}


def test_names_in_nvidias_api_catalog_are_its_own(tmp_path: Path) -> None:
    source = """\
BASE_URL = "https://integrate.api.nvidia.com/v1"
DEFAULT_MODEL = "nvidia/nv-embedqa-e5-v5"
EMBEDDING_MODEL_TABLE = {
    "snowflake/arctic-embed-l": Model(id="snowflake/arctic-embed-l"),
}
"""
    refs, _ = scan_one(tmp_path, "utils.py", source)
    assert refs == set()


def test_a_checkpoint_named_for_the_docs_is_not_keyed_by_anything(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModel

_CHECKPOINT_FOR_DOC = "meta-qwen2/Qwen2-2-7b-hf"
MODELS_PER_TASK = {"ner": "dslim/bert-base-NER"}
"""
    refs, _ = scan_one(tmp_path, "modeling.py", source)
    assert ids(refs) == {(4, "dslim/bert-base-NER", "model")}


def test_a_modelfile_written_line_by_line_names_its_base(tmp_path: Path) -> None:
    source = """\
# generate_modelfile.py

with open("Modelfile", "w", encoding="utf-8") as f:
    f.write(
        "FROM gemma3n\\n"
        "ADAPTER lora\\n"
        "PARAMETER temperature 0.2\\n"
    )
"""
    refs, _ = scan_one(tmp_path, "generate_modelfile.py", source)
    assert refs == {(5, 15, "gemma3n", "ollama")}


def test_a_zsh_script_without_a_suffix_is_read(tmp_path: Path) -> None:
    source = """\
#!/usr/bin/env zsh
set -euo pipefail

MODEL="llama3:instruct"
curl -s http://localhost:11434/api/generate -d "{\\"model\\": \\"$MODEL\\"}"
"""
    refs, _ = scan_one(tmp_path, "bin/rewrite-with-ollama", source)
    assert ids(refs) == {(4, "llama3:instruct", "ollama")}


def test_a_data_path_flag_and_a_list_of_datasets_name_datasets(tmp_path: Path) -> None:
    script = "python post_training.py --data_path yahma/alpaca-cleaned --output_dir out\\n"
    refs, _ = scan_one(tmp_path, "prune.sh", script)
    assert ids(refs) == {(1, "yahma/alpaca-cleaned", "dataset")}
    config = """\
dataset_name: "rasbt/math_full_minus_math500,TeichAI/Aurora-Alpha-15.5k"
model_name: "Qwen/Qwen3-0.6B"
"""
    refs, _ = scan_one(tmp_path, "distill_config.yaml", config)
    assert ids(refs) == {
        (1, "rasbt/math_full_minus_math500", "dataset"),
        (1, "TeichAI/Aurora-Alpha-15.5k", "dataset"),
        (2, "Qwen/Qwen3-0.6B", "model"),
    }


def test_a_list_item_labelled_by_a_hosted_api_gives_its_own_names(tmp_path: Path) -> None:
    source = """\
# Providers

Run it on Ollama locally, or on a hosted API.

- **Cohere**: `command-r-plus`, `command-r`
- **Ollama** (local): `ollama/llama3`, `ollama/mistral`
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(6, "llama3", "ollama"), (6, "mistral", "ollama")}


def test_a_flags_help_that_routes_to_ollama_names_its_model(tmp_path: Path) -> None:
    source = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument(
    "--model",
    help="Model (e.g., 'openai:gpt-4o', 'anthropic:claude-3-sonnet', 'ollama:mistral-small').",
)
"""
    refs, _ = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {(6, "mistral-small", "ollama")}


def test_a_records_source_shaped_like_a_model_is_a_model(tmp_path: Path) -> None:
    record = """\
    "yi": {
        "label": "Yi-1.5", "origin": "CN",
        "source": "acme-labs/Yi-1.5-9B-Chat", "approach": "gguf",
    },
"""
    filler = "# a line of a large module about models, read region by region\n" * 400
    source = f"{filler}FAMILIES = {{\n{record}}}\nFEEDS = {{'source': 'acme/news'}}\n"
    refs, _ = scan_one(tmp_path, "build_reference.py", source)
    assert ids(refs) == {(404, "acme-labs/Yi-1.5-9B-Chat", "model")}


def test_a_help_that_says_repository_id_is_read_in_a_large_module(tmp_path: Path) -> None:
    flags = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--vae", help="Repository id of the VAE (e.g. madebyollin/sdxl-vae-fp16-fix).")
parser.add_argument("--out", help="Where latents go (e.g. runs/acme-latents).")
vae = AutoencoderKL.from_pretrained(parser.parse_args().vae)
"""
    filler = "# a line of a large module, read region by region\n" * 400
    for name, text, line in (("small.py", flags, 4), ("large.py", filler + flags, 404)):
        refs, errors = scan_one(tmp_path, name, text)
        assert ids(refs) == {(line, "madebyollin/sdxl-vae-fp16-fix", "model")}, name
        assert errors == []


def test_an_ollama_function_imported_by_name_is_given_its_model_first(tmp_path: Path) -> None:
    source = """\
from ollama import chat, ChatResponse
from ollama import generate


def summarize(news: str) -> str:
    response: ChatResponse = chat(
        'llama3.2',
        messages=[{"role": "user", "content": news}],
    )
    return generate("mistral", news).response + response.message.content


def main() -> None:
    print(talk("hello"))  # not Ollama's: a name the module does not import from it
"""
    filler = "# a line of a large module, read region by region\n" * 400
    for name, text, at in (("small.py", source, 0), ("large.py", filler + source, 400)):
        refs, errors = scan_one(tmp_path, name, text)
        assert ids(refs) == {(7 + at, "llama3.2", "ollama"), (10 + at, "mistral", "ollama")}, name
        assert errors == []


def test_a_library_name_routed_to_ollama_is_a_tag_without_its_tag(tmp_path: Path) -> None:
    source = '''\
"""Providers.

Key format            What it uses
"ollama:sqlcoder"     SQLCoder local
"ollama/llama3"       Llama 3 local
"ollama:my-sql-bot"   a model of one's own: not the library's
"""
'''
    refs, errors = scan_one(tmp_path, "providers.py", source)
    assert ids(refs) == {(4, "sqlcoder", "ollama"), (5, "llama3", "ollama")}
    assert errors == []
    readme = "Compare: `python eval.py --compare azure,ollama:sqlcoder --quick`\n"
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(1, "sqlcoder", "ollama")}


def test_the_image_and_the_host_of_ollama_are_no_routes(tmp_path: Path) -> None:
    source = '''\
"""Run it with `docker run ollama/ollama:latest`, served at http://ollama:11434."""
'''
    refs, _ = scan_one(tmp_path, "serve.py", source)
    assert ids(refs) == set()


def test_a_python_block_never_closed_is_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    source = """\
# Fine-tuning

```python
pip install deeplake==3.9.27

import deeplake

The output:
Dataset(path='hub://org/set', read_only=True)
Prepare the samples
Load the tokenizer
Then the model

tokenizer = AutoTokenizer.from_pretrained("facebook/opt-1.3b")

Train the model
model = AutoModelForCausalLM.from_pretrained(
    "facebook/opt-1.3b", torch_dtype=torch.bfloat16
)
"""
    refs, _ = scan_one(tmp_path, "guide.md", source)
    assert ids(refs) == {(14, "facebook/opt-1.3b", "model"), (18, "facebook/opt-1.3b", "model")}


def test_a_help_about_a_dataset_slug_gives_a_dataset(tmp_path: Path) -> None:
    source = """\
import argparse

from huggingface_hub import snapshot_download

parser = argparse.ArgumentParser()
parser.add_argument("--from-hf", dest="slug", help="HF dataset slug (e.g. acme/finance-embeds).")
parser.add_argument("--base", help="Base model id (e.g. acme/finance-7b).")
"""
    refs, _ = scan_one(tmp_path, "seed.py", source)
    assert ids(refs) == {(6, "acme/finance-embeds", "dataset"), (7, "acme/finance-7b", "model")}


def test_a_function_named_for_getting_a_pretrained_model_is_given_an_id(tmp_path: Path) -> None:
    call = """\
from stable_audio_tools import get_pretrained_model


def generate(prompt):
    model, config = get_pretrained_model("audo/stable-audio-open-1.0")
    return model, config
"""
    filler = "# a line of a large module, read region by region\n" * 400
    for name, text, line in (("small.py", call, 5), ("large.py", filler + call, 405)):
        refs, _ = scan_one(tmp_path, name, text)
        assert ids(refs) == {(line, "audo/stable-audio-open-1.0", "model")}, name


def test_a_users_ollama_model_with_a_size_tag_is_an_ollama_model(tmp_path: Path) -> None:
    source = """\
package com.acme.ollama

enum class OllamaCustomModel(val id: String) {
    LINKBRICKS_8B("benedict/linkbricks-llama3.1-korean:8b"),
    TEST_IMAGE("langchain4j/ollama-llama3:latest"),
    SERVER("ollama/ollama:0.5.4"),
}
"""
    refs, errors = scan_one(tmp_path, "OllamaCustomModel.kt", source)
    assert ids(refs) == {(4, "benedict/linkbricks-llama3.1-korean:8b", "ollama")}
    assert errors == []


def test_a_hosted_clients_model_is_its_own_wherever_the_file_names_it(tmp_path: Path) -> None:
    source = """\
import replicate
from diffusers import FluxPipeline


def edit(prompt):
    output = replicate.run("black-forest-labs/flux-kontext-pro", input={"prompt": prompt})
    return {"model": "black-forest-labs/flux-kontext-pro", "url": output}


def local():
    return FluxPipeline.from_pretrained("black-forest-labs/FLUX.1-Kontext-dev")
"""
    refs, errors = scan_one(tmp_path, "server.py", source)
    assert ids(refs) == {(11, "black-forest-labs/FLUX.1-Kontext-dev", "model")}
    assert errors == []


def test_a_models_map_keyed_by_ids_names_each_id(tmp_path: Path) -> None:
    source = """\
/** Supported model IDs */
export const MODELS = {
  'acme/kitten-tts-nano-0.8': { label: 'nano (~25 MB)' },
  'acme/kitten-tts-mini-0.8': { label: 'mini (~80 MB)' },
  nano: { label: 'a short name' },
};
export const VOICES = { 'en/bella': 'Bella' };
"""
    refs, errors = scan_one(tmp_path, "model-loader.js", source)
    assert ids(refs) == {
        (3, "acme/kitten-tts-nano-0.8", "model"),
        (4, "acme/kitten-tts-mini-0.8", "model"),
    }
    assert errors == []


def test_a_jsdoc_example_of_a_loader_or_an_id_names_the_model(tmp_path: Path) -> None:
    source = """\
/**
 * Usage:
 *   const tts = await KittenTTS.from_pretrained('acme/kitten-tts-nano-0.8');
 * @param {string} repoId  e.g. 'acme/kitten-tts-mini-0.8'
 * @see https://github.com/acme/kitten-tts-js for the sources
 */
export async function load(repoId) {}
"""
    refs, _ = scan_one(tmp_path, "kitten.js", source)
    assert ids(refs) == {
        (3, "acme/kitten-tts-nano-0.8", "model"),
        (4, "acme/kitten-tts-mini-0.8", "model"),
    }


def test_an_html_block_of_a_readme_is_read_as_its_script(tmp_path: Path) -> None:
    source = """\
### Browser

```html
<script type="module">
  import { KittenTTS } from 'https://esm.sh/kitten-tts-js';
  const tts = await KittenTTS.from_pretrained('acme/kitten-tts-nano-0.8');
</script>
```
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(6, "acme/kitten-tts-nano-0.8", "model")}


def test_paddlex_official_models_are_their_hub_repositories(tmp_path: Path) -> None:
    pipeline = """\
pipeline_name: OCR
SubModules:
  DocUnwarping:
    module_name: image_unwarping
    model_name: UVDoc
  TextDetection:
    model_name: PP-OCRv5_server_det
    model_dir: null
  TextRecognition:
    model_name: my_own_rec
"""
    refs, errors = scan_one(tmp_path, "OCR.yaml", pipeline)
    assert ids(refs) == {
        (5, "PaddlePaddle/UVDoc", "model"),
        (7, "PaddlePaddle/PP-OCRv5_server_det", "model"),
    }
    assert errors == []
    code = """\
from paddleocr import PaddleOCR


def engine(lang):
    if lang == "en":
        return PaddleOCR(text_recognition_model_name="en_PP-OCRv5_mobile_rec")
    return "PP-OCRv5_server_det", "PP-OCRv5_server_rec"
"""
    refs, _ = scan_one(tmp_path, "ocr.py", code)
    assert ids(refs) == {
        (6, "PaddlePaddle/en_PP-OCRv5_mobile_rec", "model"),
        (7, "PaddlePaddle/PP-OCRv5_server_det", "model"),
        (7, "PaddlePaddle/PP-OCRv5_server_rec", "model"),
    }
    prose = "UVDoc unwarps pages; our own model is named 'SLANet' in the slides.\n"
    refs, _ = scan_one(tmp_path, "NOTES.md", prose)
    assert ids(refs) == set()


def test_a_list_of_library_names_under_an_ollama_heading_names_ollama_models(
    tmp_path: Path,
) -> None:
    source = """\
## Models

### Ollama (local)
- llama3, llama3.1, `qwen2.5`
- phi3 for small machines
- my-own-model, llama3

### Llama papers
- llama3, llama2
"""
    refs, _ = scan_one(tmp_path, "QUICKSTART.md", source)
    found = ids(refs)  # each item's first library name is one already, in a text about Ollama
    assert {(4, "llama3.1", "ollama"), (4, "qwen2.5", "ollama")} <= found
    assert (9, "llama2", "ollama") not in found  # not under the heading about Ollama


def test_a_traitlets_setting_whose_help_says_model_gives_its_default(tmp_path: Path) -> None:
    source = """\
from traitlets import Unicode
from traitlets.config import Configurable


class OllamaConfig(Configurable):
    default_model = Unicode("llama2", help="Default model to use for Ollama requests.", config=True)
    base_url = Unicode("http://localhost:11434", help="Where Ollama listens.", config=True)
    DEFAULT_MODEL_ID = "jupyternaut/default"


def models(provider):
    return [OllamaInlineCompletionModel(provider, "codestral", "codestral", 32768)]
"""
    refs, _ = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {(6, "llama2", "ollama"), (12, "codestral", "ollama")}


def test_a_docstring_routes_example_in_a_file_about_ollama(tmp_path: Path) -> None:
    source = '''\
import litellm


def chat_models():
    """The ids `litellm.completion` accepts, e.g. ``openai/gpt-4o``, ``ollama/llama3``."""
    return litellm.model_list


def ask(model="ollama/qwen3:8b"):
    return litellm.completion(model=model, messages=[])
'''
    refs, _ = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {(5, "llama3", "ollama"), (9, "qwen3:8b", "ollama")}


def test_a_dataset_flag_given_a_split_after_the_id_names_the_dataset(tmp_path: Path) -> None:
    source = """\
#!/bin/bash
python -m tevatron.driver.encode \\
  --model_name_or_path $1 \\
  --dataset_name Tevatron/msmarco-passage/dev \\
  --dataset_name ./data/local/train
"""
    refs, _ = scan_one(tmp_path, "eval.sh", source)
    assert ids(refs) == {(4, "Tevatron/msmarco-passage", "dataset")}


def test_a_workflow_expressions_fallback_is_the_value(tmp_path: Path) -> None:
    source = """\
jobs:
  eval:
    runs-on: ubuntu-latest
    steps:
      - name: LLM evaluation gate
        env:
          JUDGE_MODEL: ${{ vars.JUDGE_MODEL || 'Qwen/Qwen2.5-72B-Instruct' }}
          EVAL_MODEL: ${{ vars.EVAL_MODEL }}
        run: python run_eval.py
"""
    refs, errors = scan_one(tmp_path, ".github/workflows/eval.yml", source)
    assert ids(refs) == {(7, "Qwen/Qwen2.5-72B-Instruct", "model")}
    assert errors == [
        "8: templated model id cannot be resolved statically: '${{ vars.EVAL_MODEL }}'"
    ]


def test_a_broken_workflow_is_reported_and_still_read(tmp_path: Path) -> None:
    source = """\
jobs:
  ai:
    runs-on: ubuntu-latest
    steps:
      - name: Pull model
        run: |
          ollama pull tinyllama
      - name: Run AI
        run: |
          PROMPT="Keep answers short.

Issue Title: $TITLE
Issue Body: $BODY"

          ollama run tinyllama "$PROMPT" > response.txt

      - name: Post comment
        run: |
          echo "${{ github.event.issue.number }}"
"""
    refs, errors = scan_one(tmp_path, ".github/workflows/bot.yml", source)
    assert (7, "tinyllama", "ollama") in ids(refs)
    assert len(errors) == 1
    assert "malformed YAML" in errors[0]


def test_a_codecs_repository_is_a_model(tmp_path: Path) -> None:
    source = """\
from neutts import NeuTTS


def synth(args):
    tts = NeuTTS(backbone_repo=args.model, codec_repo="neuphonic/neucodec")
    return tts
"""
    refs, _ = scan_one(tmp_path, "synth.py", source)
    assert ids(refs) == {(5, "neuphonic/neucodec", "model")}


def test_a_video_labs_id_in_a_command_is_a_model(tmp_path: Path) -> None:
    source = """\
# Quantize

```bash
kuantala quantize Wan-AI/Wan2.2-I2V-A14B-Diffusers --dtype FP8
kuantala quantize Lightricks/LTX-2 --dtype NVFP4
```
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (4, "Wan-AI/Wan2.2-I2V-A14B-Diffusers", "model"),
        (5, "Lightricks/LTX-2", "model"),
    }


def test_newer_library_models_with_their_tags_in_prose(tmp_path: Path) -> None:
    source = """\
# Choosing an Ollama model

* For most PCs: **translategemma:12b**
* For small machines: `ministral-3:3b` or `functiongemma:270m`
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (3, "translategemma:12b", "ollama"),
        (4, "ministral-3:3b", "ollama"),
        (4, "functiongemma:270m", "ollama"),
    }


def test_a_short_model_flag_given_a_library_name_in_a_text_about_ollama(tmp_path: Path) -> None:
    source = """\
# arXiv digest with Ollama embeddings

```bash
0 8 * * * cd /srv/digest && python -m digest -c cs.CL -m nomic-embed-text -q "retrieval"
python -m http.server 8000
```
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(4, "nomic-embed-text", "ollama")}


def test_an_id_spelled_as_its_own_placeholder_is_no_repository(tmp_path: Path) -> None:
    source = """\
Load your own fine-tune with `--model org-or-user/repo-id`, or ours:
`--model acme/conformal-clip-vit-b16`.
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(2, "acme/conformal-clip-vit-b16", "model")}


def test_a_replicate_version_is_no_ollama_tag(tmp_path: Path) -> None:
    version = "27b93a2413e7f36cd83da926f3656280b2931564ff050bf9575f1fdf9bcd7478"
    source = f"""\
// Ollama writes the captions, Replicate draws the pictures
export const config = {{
  OLLAMA_MODEL: 'llama3.2:latest',
  MODEL_VERSION: 'stability-ai/stable-diffusion:{version}',
}};
"""
    refs, _ = scan_one(tmp_path, "config.js", source)
    assert ids(refs) == {(3, "llama3.2:latest", "ollama")}


def test_a_script_whose_docstring_lost_its_quotes_is_read_by_paragraph(tmp_path: Path) -> None:
    source = """\

Fine-Tuning an LLM using QLoRA - Complete Assignment Code
===========================================================
Author: a student
Date: January 21, 2026

Description:
This script fine-tunes TinyLlama on a small dataset.
Two experiments are run, with 100 and 200 samples.

# STEP 1 - Install Libraries
!pip install -q datasets transformers peft

from datasets import load_dataset
dataset = load_dataset("timdettmers/openassistant-guanaco")

model_name = "TinyLlama/TinyLlama-1.1B-Chat-v1.0"
"""
    refs, errors = scan_one(tmp_path, "train.py", source)
    assert ids(refs) == {
        (15, "timdettmers/openassistant-guanaco", "dataset"),
        (17, "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "model"),
    }
    assert [e.split(":")[0] for e in errors] == ["2"]


def test_a_package_description_names_a_known_publishers_model(tmp_path: Path) -> None:
    source = """\
[project]
name = "ebook-toc"
description = "CLI tool to extract a PDF's table of contents with Qwen/Qwen3-VL-32B-Instruct"
urls = { Homepage = "https://github.com/acme/ebook-toc" }
"""
    refs, _ = scan_one(tmp_path, "pyproject.toml", source)
    assert ids(refs) == {(3, "Qwen/Qwen3-VL-32B-Instruct", "model")}


def test_a_lora_named_for_itself_is_an_example_id(tmp_path: Path) -> None:
    source = """\
import gradio as gr
from diffusers import DiffusionPipeline

pipe = DiffusionPipeline.from_pretrained("Qwen/Qwen-Image-Edit")
with gr.Blocks() as demo:
    lora = gr.Textbox(
        label="Custom LoRA (path or HF repo)",
        placeholder="e.g., acme/Qwen-Image-Edit-2509-Anime, flymy-ai/qwen-image-anime-irl-lora",
    )
"""
    refs, _ = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (4, "Qwen/Qwen-Image-Edit", "model"),
        (8, "acme/Qwen-Image-Edit-2509-Anime", "model"),
        (8, "flymy-ai/qwen-image-anime-irl-lora", "model"),
    }


def test_a_workflow_step_named_for_a_tag_names_it_in_a_file_about_ollama(tmp_path: Path) -> None:
    source = """\
jobs:
  ask:
    runs-on: ubuntu-latest
    steps:
      - name: Pull gemma2:2b
        run: ollama pull gemma2:2b
      - name: Upload report:final
        run: echo done
"""
    refs, _ = scan_one(tmp_path, ".github/workflows/ollama.yml", source)
    assert ids(refs) == {(5, "gemma2:2b", "ollama"), (6, "gemma2:2b", "ollama")}


def test_a_terraform_env_named_for_a_model_gives_its_value(tmp_path: Path) -> None:
    source = """\
resource "kubernetes_deployment" "guard" {
  spec {
    container {
      env {
        name  = "HF_HOME"
        value = "/nfs-mnt/.cache"
      }
      env {
        name  = "MODEL1"
        value = "meta-llama/Llama-Guard-3-8B"
      }
    }
  }
}
"""
    refs, _ = scan_one(tmp_path, "guard.tf", source)
    assert ids(refs) == {(10, "meta-llama/Llama-Guard-3-8B", "model")}


def test_a_call_given_to_a_dataset_keyword_names_a_dataset(tmp_path: Path) -> None:
    source = """\
from docling_eval.datamodels import HFSource


class DocVQABuilder(Base):
    def __init__(self, target):
        super().__init__(name="DocVQA", dataset_source=HFSource(repo_id="lmms-lab/DocVQA"))
        self.model = HFSource(repo_id="acme/docvqa-reader-7b")
"""
    refs, _ = scan_one(tmp_path, "docvqa_builder.py", source)
    assert ids(refs) == {(6, "lmms-lab/DocVQA", "dataset"), (7, "acme/docvqa-reader-7b", "model")}
