"""Defaults given by CLI frameworks and attribute lookups, model tables' legacy ids, `ollama ps`
rows, settings that name Ollama beside a hosted provider, mlx converters, and placeholders."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_typer_options_default_and_a_help_texts_ollama_example(tmp_path: Path) -> None:
    cli = """\
import typer

app = typer.Typer()


@app.command()
def view(
    model: str = typer.Option("mistral", "--model", "-m", help="Ollama model to use"),
    port: int = typer.Option(11434, "--port"),
    theme: str = typer.Option("solarized", "--theme"),
):
    pass
"""
    refs, errors = scan_one(tmp_path, "cli.py", cli)
    assert ids(refs) == {(8, "mistral", "ollama")}
    assert errors == []
    argparse_cli = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--model", "-m", default="", help="LLM model spec (e.g. ollama/qwen3:8b)")
parser.add_argument("--log", default="", help="Log file (e.g. ollama/llama3.1:8b.log)")
"""
    refs, _ = scan_one(tmp_path, "main.py", argparse_cli)
    assert ids(refs) == {(4, "qwen3:8b", "ollama")}


def test_getattr_defaults_and_llama_index_ollama_embedding(tmp_path: Path) -> None:
    source = """\
from llama_index.embeddings.ollama import OllamaEmbedding

model = getattr(config.embeddings, "ollama_model", "nomic-embed-text")
base = getattr(config, "base_url", "acme/not-a-model")
embed = OllamaEmbedding(model_name="mxbai-embed-1024", base_url="http://localhost:11434")
name = getattr(pipe.model, "name_or_path", "n/a")
"""
    refs, errors = scan_one(tmp_path, "embedder.py", source)
    assert ids(refs) == {(3, "nomic-embed-text", "ollama"), (5, "mxbai-embed-1024", "ollama")}
    assert errors == []


def test_an_ollama_setting_beside_a_hosted_provider(tmp_path: Path) -> None:
    config = """\
embeddings:
  provider: "openrouter"
  model: "qwen/qwen3-embedding-8b"
  ollama_base_url: "http://localhost:11434"
  ollama_model: "nomic-embed-text"
"""
    refs, _ = scan_one(tmp_path, "config.yaml", config)
    assert ids(refs) == {(5, "nomic-embed-text", "ollama")}


def test_a_replicate_providers_defaults_are_its_own_names(tmp_path: Path) -> None:
    source = """\
PROVIDERS = [
    {"id": "replicate", "base": "https://api.replicate.com/v1",
     "defaults": {"generate": "black-forest-labs/flux-schnell", "edit": "acme/flux-kontext-pro"},
     "suggested": ["black-forest-labs/flux-1.1-pro"]},
    {"id": "local", "model": "black-forest-labs/FLUX.1-schnell"},
]
"""
    refs, _ = scan_one(tmp_path, "cloud.py", source)
    assert ids(refs) == {(5, "black-forest-labs/FLUX.1-schnell", "model")}


def test_legacy_ids_in_a_table_of_models(tmp_path: Path) -> None:
    readme = """\
| Model | Hub id | Class |
|---|---|---|
| BERT | google-bert/bert-base-uncased | MaskedLM |
| Roberta | roberta-large | MaskedLM |
| GPT2 | gpt2-xl | LM |
| T5 | **t5-small** | Seq2Seq |

| Setting | Value |
|---|---|
| base | roberta-base |
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (3, "google-bert/bert-base-uncased", "model"),
        (4, "roberta-large", "model"),
        (5, "gpt2-xl", "model"),
        (6, "t5-small", "model"),
    }
    assert (6, "| T5 | **t5-small**".index("t5-small") + 1, "t5-small", "model") in refs


def test_a_map_of_lists_of_ids_is_one_table(tmp_path: Path) -> None:
    source = """\
ALIASES = {
    "gpt2": ["gpt2", "openai-gpt"],
    "gpt2-xl": ["gpt2-xl"],
    "neo": ["EleutherAI/gpt-neo-125m", "gpt-neo-125"],
    "opt": ["facebook/opt-125m"],
}
SHAPES = {"batch": ["small", "large"], "seq": ["short", "long"]}
"""
    refs, _ = scan_one(tmp_path, "aliases.py", source)
    assert ids(refs) == {
        (2, "gpt2", "model"),
        (2, "openai-gpt", "model"),
        (3, "gpt2-xl", "model"),
        (4, "EleutherAI/gpt-neo-125m", "model"),
        (5, "facebook/opt-125m", "model"),
    }


def test_ollama_ps_rows_under_a_list_item(tmp_path: Path) -> None:
    readme = """\
- Make sure you are running ollama locally:
    - `ollama ps`
      ```
          NAME             ID              SIZE      PROCESSOR    UNTIL
          llama3:latest    365c0bd3c000    5.9 GB    100% GPU     4 minutes from now
      ```
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert (5, 11, "llama3:latest", "ollama") in refs


def test_a_pretrained_checkpoint_variable_and_mlx_converters(tmp_path: Path) -> None:
    script = """\
PRETRAINED_CKPT=distilbert-base-uncased
LAST_CKPT=bert-base-uncased
python -m mlx_audio.convert \\
    --hf-path acme/kokoro-82m \\
    --mlx-path ./kokoro-4bit
"""
    refs, _ = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {(1, "distilbert-base-uncased", "model"), (4, "acme/kokoro-82m", "model")}
    python = """\
from mlx_audio.stt import load

model = load("acme/medasr")
"""
    refs, _ = scan_one(tmp_path, "asr.py", python)
    assert ids(refs) == {(3, "acme/medasr", "model")}


def test_opencode_gateway_names_are_no_hub_ids(tmp_path: Path) -> None:
    readme = '```bash\nralphy --opencode --model opencode/glm-4.7-free "task"\n```\n'
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert refs == set()


def test_a_short_flag_before_the_model_flag_and_prose_written_as_a_script(tmp_path: Path) -> None:
    source = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-b", "--base_model", default="acme/phi2-sft", type=str)
"""
    refs, _ = scan_one(tmp_path, "dpo.py", source)
    assert ids(refs) == {(4, "acme/phi2-sft", "model")}
    notes = """\
# download

model_path="acme/mixtral-exl2"
huggingface-cli download "$model_path" --revision 6.0bpw
out_path="runs/exp-1"

Ask Ollama to run the model of your choice. For example, to run phi3:
"""
    refs, _ = scan_one(tmp_path, "model_download.md", notes)
    assert ids(refs) == {(3, "acme/mixtral-exl2", "model"), (7, "phi3", "ollama")}


def test_a_dicts_repo_id_and_a_spaces_link_text(tmp_path: Path) -> None:
    source = """\
def model_map():
    return {
        "medium-3b": {
            "repo_id": "acme/tts-3b",
        },
        "eval": {
            "repo_id": "acme/eval-set",
            "repo_type": "dataset",
        },
        "demo": {
            "repo_id": "acme/demo-app",
            "repo_type": "space",
        },
    }
"""
    refs, _ = scan_one(tmp_path, "engine.py", source)
    assert ids(refs) == {(4, "acme/tts-3b", "model"), (7, "acme/eval-set", "dataset")}
    readme = "Tags by [SmilingWolf/wd-v1-4-tags](https://huggingface.co/spaces/SmilingWolf/wd-v1-4-tags).\n"
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert refs == set()


def test_entries_added_to_a_registry_of_models_under_a_runtime_key(tmp_path: Path) -> None:
    source = """\
import os

SD_MODELS = {}
for name in os.environ.get("MODELS", "Openjourney").split(","):
    if name == "Openjourney":
        SD_MODELS[name] = {"id": "acme/openjourney", "prompt_prefix": "mdjrny-v4 style"}
    elif name == "Arcane":
        SD_MODELS[name] = {
            "id": "acme/Arcane-Diffusion",
            "revision": "fp16",
        }
cache[name] = "runs/output-1"
"""
    refs, _ = scan_one(tmp_path, "constants.py", source)
    assert ids(refs) == {(6, "acme/openjourney", "model"), (9, "acme/Arcane-Diffusion", "model")}


def test_a_workflow_syncing_to_a_space_and_a_readme_txt_about_ollama(tmp_path: Path) -> None:
    workflow = """\
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: huggingface/hub-sync@v0.2.1
        with:
          huggingface_repo_id: acme/hardware-explorer
          space_sdk: static
"""
    refs, _ = scan_one(tmp_path, ".github/workflows/sync.yml", workflow)
    assert refs == set()
    notes = """\
Fine-tuning with ollama
git clone https://huggingface.co/acme/phi-3-mini-gguf
python llm/llama.cpp/convert-lora-to-ggml.py model phi3
ollama list | grep mistral
See `snippets/model_import.py.j2` for the template.
"""
    refs, _ = scan_one(tmp_path, "fine-tuning-readme.txt", notes)
    assert ids(refs) == {(2, "acme/phi-3-mini-gguf", "model"), (4, "mistral", "ollama")}


def test_restructuredtext_code_blocks_keep_their_places(tmp_path: Path) -> None:
    doc = """\
Languages
=========

Use an English model::

    from x import TopicModelDataPreparation
    qt = TopicModelDataPreparation("paraphrase-distilroberta-base-v2")

.. code-block:: python
   :linenos:

   model = AutoModel.from_pretrained("acme/umberto-7b")

.. code-block:: bash

   huggingface-cli download acme/bash-1b
"""
    refs, errors = scan_one(tmp_path, "docs/language.rst", doc)
    assert refs == {
        (7, 37, "sentence-transformers/paraphrase-distilroberta-base-v2", "model"),
        (12, 39, "acme/umberto-7b", "model"),
        (16, 29, "acme/bash-1b", "model"),
    }
    assert errors == []


def test_a_class_attribute_read_through_self_and_a_dot_justfile(tmp_path: Path) -> None:
    source = """\
from transformers import pipeline


class Translate:
    TRANSLATION_MAP = {
        "en_fr": "acme/opus-en-fr",
        "en_de": "acme/opus-en-de",
    }
    OUTPUT = "runs/out"

    def __init__(self, pair):
        self.translator = pipeline("translation", model=self.TRANSLATION_MAP[pair])
"""
    refs, _ = scan_one(tmp_path, "translate.py", source)
    assert ids(refs) == {(6, "acme/opus-en-fr", "model"), (7, "acme/opus-en-de", "model")}
    justfile = "ollama-start:\n    ollama serve\n\nllama3:\n    ollama pull llama3\n"
    refs, _ = scan_one(tmp_path, ".justfile", justfile)
    assert ids(refs) == {(5, "llama3", "ollama")}


def test_what_is_made_for_a_model_and_where_a_command_writes(tmp_path: Path) -> None:
    source = """\
import ollama


class Backend:
    def _parser_args_for_model(self, hints: str) -> list[str]:
        if "qwen3" in hints:
            return ["--tool-call-parser", "qwen3"]
        return []

    def model_name(self) -> str:
        return "llama3.2"


upload_repo = "mlx-community/my-4bit-mistral"
convert("mistralai/Mistral-7B-v0.3", upload_repo="mlx-community/my-lora-mistral")
"""
    refs, _ = scan_one(tmp_path, "backends.py", source)
    assert ids(refs) == {(11, "llama3.2", "ollama"), (15, "mistralai/Mistral-7B-v0.3", "model")}
    readme = """\
```bash
mlx_lm.fuse \\
    --model mistralai/Mistral-7B-v0.1 \\
    --upload-repo mlx-community/my-lora-mistral-7b
```
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "mistralai/Mistral-7B-v0.1", "model")}
    # a command whose name ends like a flag (`pylate-onnx-export`) writes nothing by that
    readme = "```bash\npylate-onnx-export lightonai/GTE-ModernColBERT-v1 --quantize\n```\n"
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(2, "lightonai/GTE-ModernColBERT-v1", "model")}


def test_hub_api_urls_spelled_legacy_ids_and_acronyms(tmp_path: Path) -> None:
    readme = """\
const MODEL_INFO_URL = "https://huggingface.co/api/models/acme/llama-3b-GGUF?expand[]=gguf";
const DS = "https://huggingface.co/api/datasets/acme/eval-set";
- Command palette (`Ctrl`/`Cmd` + `K`), or `ctrl` itself
## Models
- CPU/GPU
- **Base Model**: T5-large (770M parameters)
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (1, "acme/llama-3b-GGUF", "model"),
        (2, "acme/eval-set", "dataset"),
        (3, "ctrl", "model"),
        (6, "T5-large", "model"),
    }
    source = (
        "from transformers import AutoTokenizer\ntok = AutoTokenizer.from_pretrained('T5-base')\n"
    )
    refs, _ = scan_one(tmp_path, "main.py", source)
    assert ids(refs) == {(2, "T5-base", "model")}


def test_links_to_repository_folders_and_versions_are_no_ids(tmp_path: Path) -> None:
    readme = """\
There is an interactive demo in [`demo/realtime-txt2img`](./demo/realtime-txt2img) directory!
No need to pass this flag for SD2.0/SD2.1 because diffusers drops the last layer.
Weights: [`acme/sd-turbo`](https://huggingface.co/acme/sd-turbo), or `acme/sd-turbo-2` itself.
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "acme/sd-turbo", "model"), (3, "acme/sd-turbo-2", "model")}


def test_a_catalogs_descriptive_values_and_an_api_name_in_a_file_about_ollama(
    tmp_path: Path,
) -> None:
    catalog = """\
models:
  - name: "llama3.2:1b"
    family: "llama"
    quantization: "q4_k_m"
  - name: "qwen2.5:7b"
    family: "qwen"
"""
    refs, _ = scan_one(tmp_path, "data/models.yaml", catalog)
    assert ids(refs) == {(2, "llama3.2:1b", "ollama"), (5, "qwen2.5:7b", "ollama")}
    source = """\
from dataclasses import dataclass
from langchain_ollama import ChatOllama


@dataclass
class OllamaBackend:
    model: str = "llama3:instruct"


@dataclass
class OpenAIBackend:
    model: str = "gpt-4o-mini"
"""
    refs, _ = scan_one(tmp_path, "backends.py", source)
    assert ids(refs) == {(7, "llama3:instruct", "ollama")}


def test_substring_tests_help_examples_and_bedrock_ids_in_a_file_about_ollama(
    tmp_path: Path,
) -> None:
    source = """\
import argparse
import ollama

parser = argparse.ArgumentParser()
parser.add_argument("model", help="Model name (e.g., llama3)")
if "gemma4:12b" in raw_lower:
    base = "gemma4:12b-mlx"
embed_model: str = "amazon.titan-embed-text-v2:0"
chat_model: str = "qwen.qwen3-32b-v1:0"  # Bedrock's Qwen
"""
    refs, _ = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {(5, "llama3", "ollama"), (7, "gemma4:12b-mlx", "ollama")}


def test_restructuredtext_yaml_and_literal_command_blocks(tmp_path: Path) -> None:
    doc = """\
Config
======

.. code-block:: yaml

   model:
     name: acme/yaml-model-7b

Download it first::

    huggingface-cli download acme/lit-2b
"""
    refs, _ = scan_one(tmp_path, "docs/config.rst", doc)
    assert ids(refs) == {(7, "acme/yaml-model-7b", "model"), (11, "acme/lit-2b", "model")}


def test_library_names_a_docstring_lists_in_a_file_about_ollama(tmp_path: Path) -> None:
    source = '''\
class OllamaEmbedder:
    """Embeddings through Ollama's API.

    Supports models like:
      - nomic-embed-text (lightweight, fast)
      - all-minilm:latest
      - a local folder
    """

    def embed(self, text: str) -> list[float]:
        return ollama.embed(model=self.model, input=text)
'''
    refs, _ = scan_one(tmp_path, "embedder.py", source)
    assert ids(refs) == {(5, "nomic-embed-text", "ollama"), (6, "all-minilm:latest", "ollama")}
    plain = source.replace("Ollama", "the").replace("ollama.embed", "client.embed")
    elsewhere, _ = scan_one(tmp_path, "plain.py", plain)
    assert elsewhere == set()


def test_black_forest_labs_api_only_models_are_no_hub_ids(tmp_path: Path) -> None:
    source = """\
export type ImageModelId =
  | 'black-forest-labs/FLUX.1-pro'
  | 'black-forest-labs/FLUX.1.1-pro'
  | 'black-forest-labs/FLUX.1-kontext-max'
  | 'black-forest-labs/FLUX.1-schnell'
  | 'black-forest-labs/FLUX.1-Kontext-dev';
"""
    refs, _ = scan_one(tmp_path, "image-settings.ts", source)
    assert {ident for _l, _c, ident, _k in refs} == {
        "black-forest-labs/FLUX.1-schnell",
        "black-forest-labs/FLUX.1-Kontext-dev",
    }


def test_a_records_maker_as_its_provider_is_no_hosted_api(tmp_path: Path) -> None:
    source = """\
MODELS = {
    "gemma-4-e2b": {"model": "google/gemma-4-E2B", "engine": "transformers", "provider": "Google"},
    "gemini": {"model": "gemini-2.5-pro-latest", "provider": "google"},
    "mixtral": {"model": "mistralai/Mixtral-8x7B-v0.1", "provider": "together"},
}
"""
    refs, _ = scan_one(tmp_path, "registry.py", source)
    assert ids(refs) == {(2, "google/gemma-4-E2B", "model")}


def test_a_hub_loaders_id_in_a_file_that_calls_a_router(tmp_path: Path) -> None:
    source = """\
from groq import Groq
from transformers import AutoModelForCausalLM

model = AutoModelForCausalLM.from_pretrained("deepseek-ai/deepseek-coder-1.3b-instruct")
summary = Groq().chat.completions.create(model="llama3-70b-8192", messages=[])
routed = Groq().chat.completions.create(model="meta-llama/llama-4-scout-17b-16e-instruct")
"""
    refs, _ = scan_one(tmp_path, "inference.py", source)
    assert ids(refs) == {(4, "deepseek-ai/deepseek-coder-1.3b-instruct", "model")}


def test_a_map_of_each_providers_models_gives_cerebras_its_own_names(tmp_path: Path) -> None:
    source = """\
DEFAULT_MODELS = {
    "openai": ["gpt-4", "gpt-4-turbo"],
    "groq": ["llama-3-70b-8192"],
    "cerebras": ["cerebras/Cerebras-GPT-13B-v0.1", "cerebras/Cerebras-GPT-111M-v0.9"],
}
"""
    refs, _ = scan_one(tmp_path, "config.py", source)
    assert refs == set()


def test_a_table_column_of_repositories_shaped_like_models(tmp_path: Path) -> None:
    readme = """\
| # | Rank | Repo | Architecture | Outcome |
|---|------|------|--------------|---------|
| 1 | 1 | acme/Qwen3-Coder-30B-A3B-Instruct-GGUF | qwen3moe | **chosen** |
| — | 2 | acme/parakeet-ctc-1.1b | — | not a candidate |
| — | 3 | acme/toolkit | — | not a model's name |

| Repo | Stars |
|---|---|
| acme/llama.cpp | 90k |
"""
    refs, _ = scan_one(tmp_path, "SOURCES.md", readme)
    assert ids(refs) == {
        (3, "acme/Qwen3-Coder-30B-A3B-Instruct-GGUF", "model"),
        (4, "acme/parakeet-ctc-1.1b", "model"),
    }


def test_a_map_of_each_providers_default_gives_a_router_its_slug(tmp_path: Path) -> None:
    source = """\
DEFAULT_MODEL = "jev-1.13.0"
DEFAULT_MODELS = {"typesafe": DEFAULT_MODEL, "openrouter": "typesafe/jev-1.13"}
SOURCES = {"hf": "acme/jev-7b", "cache": "x"}
MODELS = {"fast": {"openrouter": "morph/morph-v3-fast"}, "slow": {"together": "acme/jev-70b"}}
"""
    refs, _ = scan_one(tmp_path, "jev.py", source)
    assert ids(refs) == {(3, "acme/jev-7b", "model"), (4, "acme/jev-70b", "model")}


def test_a_video_labs_id_in_a_command_of_an_unknown_tool(tmp_path: Path) -> None:
    readme = """\
```bash
vllama run_video damo-vilab/text-to-video-ms-1.7b --prompt "A cat playing piano"
vllama run_video acme-lab/text-to-video-ms-1.7b
```
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(2, "damo-vilab/text-to-video-ms-1.7b", "model")}


def test_language_specific_encoders_publishers_in_a_script(tmp_path: Path) -> None:
    script = """\
python3 preprocess.py data.txt dccuchile/bert-base-spanish-wwm-uncased 128 > test.txt
python3 preprocess.py data.txt acme-lab/bert-base-spanish-wwm-uncased 128 > test.txt
"""
    refs, _ = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {(1, "dccuchile/bert-base-spanish-wwm-uncased", "model")}
