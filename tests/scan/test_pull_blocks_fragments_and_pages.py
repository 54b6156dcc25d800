"""An Ollama pull setting that lists one name per line, a code span right after the word
Ollama, a path under the home directory, a list of name fragments a loop tests a model's name
against, and a canonical dataset's viewer page."""

from __future__ import annotations

import json
from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_an_ollama_pull_block_names_one_model_per_line(tmp_path: Path) -> None:
    source = """\
jobs:
  test:
    steps:
      - uses: zaephor/setup-ollama@main
        with:
          ollama_endpoint: http://ollama-host:11434
          ollama_pull: |
            qwen3:14b
            qwen2.5-coder:14b
            hf.co/unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF:Q4_K_M
          ollama_note: |
            pull these before the run
"""
    refs, errors = scan_one(tmp_path, ".github/workflows/ci.yml", source)
    assert ids(refs) == {
        (8, "qwen3:14b", "ollama"),
        (9, "qwen2.5-coder:14b", "ollama"),
        (10, "unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF", "model"),
    }
    assert len(refs) == 3  # the `hf.co/` line once, not again as free text
    assert errors == []


def test_a_code_span_after_the_word_ollama_is_a_library_model(tmp_path: Path) -> None:
    source = """\
# Agents

| Agent | Model |
|-------|-------|
| Research | Ollama `lfm2.5-thinking` |
| Weather | Groq Llama 3.3 |

Start it with Ollama `serve`; Ollama listens on Ollama `localhost:11434`.
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(5, "lfm2.5-thinking", "ollama")}
    assert errors == []


def test_a_path_under_the_home_directory_is_no_templated_id(tmp_path: Path) -> None:
    source = """\
#!/bin/bash
ORIGINAL_MODEL="$HOME/work/zen/qwen3-omni-30b-complete"
GGUF_MODEL="${HOME}/work/zen/qwen3-omni-gguf"
BASE_MODEL="${ORG}/qwen3-omni"
hf upload zenlm/zen-omni-30b "$ORIGINAL_MODEL"
"""
    refs, errors = scan_one(tmp_path, "push.sh", source)
    assert [e.split(":")[0] for e in errors] == ["4"]  # only the id whose org is a variable
    assert refs == set()  # `hf upload` writes the repository: an output


def test_fragments_a_loop_tests_a_models_name_against_are_no_models(tmp_path: Path) -> None:
    source = """\
MODELS = ["cardiffnlp/twitter-roberta-base-sentiment"]


def model_type(config, available_models):
    model_name = config.model.lower()
    indicators = ["sentiment", "classifier", "cardiffnlp/twitter-roberta"]
    if any(indicator in model_name for indicator in indicators):
        return "classification"
    for model in MODELS:
        if model in available_models:
            return "known"
    return "causal"
"""
    refs, errors = scan_one(tmp_path, "providers.py", source)
    assert ids(refs) == {(1, "cardiffnlp/twitter-roberta-base-sentiment", "model")}
    assert errors == []


def test_a_list_named_for_models_tested_as_parts_of_a_lowered_name(tmp_path: Path) -> None:
    source = """\
import ollama


def infer_provider(model_name: str) -> str:
    model_lower = model_name.lower()
    ollama_models = ["llama", "mistral", "phi", "qwen"]
    if any(x in model_lower for x in ollama_models):
        return "ollama"
    return "openai"


DEFAULT_MODELS = ["llama3.2", "qwen2.5"]
"""
    refs, errors = scan_one(tmp_path, "client.py", source)
    assert ids(refs) == {(12, "llama3.2", "ollama"), (12, "qwen2.5", "ollama")}
    assert errors == []


def test_a_canonical_datasets_viewer_page_names_the_dataset(tmp_path: Path) -> None:
    source = """\
We classified tweets from the [tweet_eval dataset](https://huggingface.co/datasets/tweet_eval/viewer/emotion/train).
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(1, "tweet_eval", "dataset")}
    assert errors == []


def test_a_speculative_target_beside_its_draft_is_a_model(tmp_path: Path) -> None:
    source = """\
{
  "model": {
    "family": "Qwen3.6",
    "target_repo": "unsloth/Qwen3.6-27B-GGUF",
    "target_file": "Qwen3.6-27B-Q4_K_M.gguf",
    "draft_repo": "spiritbuun/Qwen3.6-27B-DFlash-GGUF"
  },
  "publish": {"target_repo": "acme/qwen-bench-results"}
}
"""
    refs, errors = scan_one(tmp_path, "recipe.json", source)
    assert ids(refs) == {
        (4, "unsloth/Qwen3.6-27B-GGUF", "model"),
        (6, "spiritbuun/Qwen3.6-27B-DFlash-GGUF", "model"),
    }
    assert errors == []


def test_a_mapping_keyed_by_api_routes_names_no_hub_model(tmp_path: Path) -> None:
    source = """\
{
 "anthropic/claude-sonnet-4-6": 101.3,
 "moonshotai/kimi-k2.7-code": 59.4,
 "openai/muse-spark-1.1": 150.3,
 "vertex_ai/gemini-3.5-flash": 292.8
}
"""
    refs, errors = scan_one(tmp_path, "rates.json", source)
    assert refs == set()
    assert errors == []
    aliases = '{"aliases": {"moonshotai/Kimi-K2-Instruct": "kimi", "Qwen/Qwen3-8B": "qwen"}}\n'
    refs, errors = scan_one(tmp_path, "aliases.json", aliases)
    assert ids(refs) == {(1, "moonshotai/Kimi-K2-Instruct", "model"), (1, "Qwen/Qwen3-8B", "model")}


def test_a_dataset_constant_in_a_module_that_names_no_model(tmp_path: Path) -> None:
    source = '''\
"""ChartQA: questions about charts."""
DATASET = "HuggingFaceM4/ChartQA"
REVISION = "b605b6e08b57faf4359aeb2fe6a3ca595f99b6c5"
'''
    refs, errors = scan_one(tmp_path, "chartqa.py", source)
    assert ids(refs) == {(2, "HuggingFaceM4/ChartQA", "dataset")}
    assert errors == []


def test_a_dataset_column_holds_ids_of_any_shape_but_not_benchmark_pairs(tmp_path: Path) -> None:
    source = """\
| Modality | Dataset | Description |
|----------|---------|-------------|
| `text` | gsm8k_cot_llama | Grade school math |
| `vision` | HuggingFaceM4/ChartQA | Chart question answering |
| `nli` | GLUE/MNLI | Entailment |
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(4, "HuggingFaceM4/ChartQA", "dataset")}
    assert errors == []


def test_a_docstring_gives_a_model_arguments_default(tmp_path: Path) -> None:
    source = '''\
class Relik:
    def __init__(self, model="relik-ie/relik-relation-extraction-small"):
        """Wrap a Relik model.

        Args:
            model (str): The name of the pretrained Relik model to use.
              Default is "relik-ie/relik-relation-extraction-small-wikipedia".
            output (str): Where results go. Default is "runs/relik-output".
        """
        self.model = model
'''
    refs, errors = scan_one(tmp_path, "relik.py", source)
    assert ids(refs) == {
        (2, "relik-ie/relik-relation-extraction-small", "model"),
        (7, "relik-ie/relik-relation-extraction-small-wikipedia", "model"),
    }
    assert errors == []


def test_a_model_beside_a_phrase_that_names_its_own_dataset_stays_a_model(
    tmp_path: Path,
) -> None:
    source = """\
# Citation
We used ProsusAI/FinBERT and transcripts from the lamini earnings-calls-qa dataset.

It was trained on the allenai/c4-v2 and allenai/dolma-v1 datasets.
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (2, "ProsusAI/FinBERT", "model"),
        (4, "allenai/c4-v2", "dataset"),
        (4, "allenai/dolma-v1", "dataset"),
    }
    assert errors == []


def test_sql_names_the_models_pgai_and_postgresml_call(tmp_path: Path) -> None:
    source = """\
-- embed with 'llama3.2' once it is pulled
SELECT ai.create_vectorizer('docs'::regclass,
    embedding => ai.embedding_ollama('nomic-embed-text', 768));
SELECT pgml.transform(
    task => '{"task": "text-generation", "model": "TheBloke/zephyr-7B-beta-GPTQ"}'::JSONB);
SELECT ai.ollama_generate('llama3', 'what is an agent?');
INSERT INTO t VALUES ('2024-01-01', 'select/insert', 'a/b');
"""
    refs, errors = scan_one(tmp_path, "db/04_search.sql", source)
    assert ids(refs) == {
        (3, "nomic-embed-text", "ollama"),
        (5, "TheBloke/zephyr-7B-beta-GPTQ", "model"),
        (6, "llama3", "ollama"),
    }
    assert errors == []


def test_an_entrys_name_beside_its_model_is_a_title(tmp_path: Path) -> None:
    source = """\
models:
  - name: deepseek-r1
    provider: ollama
    model: deepseek-r1:8b
  - name: qwen2.5-coder
    provider: ollama
    model: qwen2.5-coder:7b-instruct-q4_0
  - name: mistral
    provider: ollama
"""
    refs, errors = scan_one(tmp_path, ".continue/config.yaml", source)
    assert ids(refs) == {
        (4, "deepseek-r1:8b", "ollama"),
        (7, "qwen2.5-coder:7b-instruct-q4_0", "ollama"),
        (8, "mistral", "ollama"),
    }
    assert errors == []


def test_settings_beside_a_hosted_provider_name_the_apis_models(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModel
from langchain_cohere import ChatCohere


class QwenConfig:
    provider = "groq"
    model_name = "qwen/qwen3-32b"


class LocalConfig:
    provider = "huggingface"
    model_name = "Qwen/Qwen3-32B"


if __name__ == "__main__":
    provider = "groq"
    model_name = "qwen/qwen3-32b-instruct"
    config = LLMConfig(provider=provider, model_name=model_name)
    cohere = ChatCohere(model="command-r", temperature=0.7)
    local = AutoModel.from_pretrained("Qwen/Qwen3-8B")


class ModelWrapper:
    def __init__(
        self,
        provider: str = "groq",
        model_name: str = "openai/gpt-oss-120b",
        embedding_model: str = "all-MiniLM-L6-v2",
    ):
        self.model_name = model_name


def local_wrapper(provider="huggingface", model_name="Qwen/Qwen3-4B"):
    return provider, model_name
"""
    refs, errors = scan_one(tmp_path, "agents.py", source)
    assert ids(refs) == {
        (12, "Qwen/Qwen3-32B", "model"),
        (20, "Qwen/Qwen3-8B", "model"),
        (28, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (33, "Qwen/Qwen3-4B", "model"),
    }
    assert errors == []


def test_a_docstring_about_models_gives_hyphenated_legacy_names(tmp_path: Path) -> None:
    source = '''\
model_name = "microsoft/DialoGPT-large"

"""Usage notes.
Customize model_name to the Hugging Face model you want (e.g., 'gpt2-medium', etc.).
Run it with python-dotenv and discord-py installed.

Args:
    model_name: Hugging Face id or local path (e.g.
        ``"bert-base-multilingual-cased"`` for German reports).
    style: a tone, e.g. ``"long-form"``.
"""
'''
    refs, errors = scan_one(tmp_path, "bot.py", source)
    assert ids(refs) == {
        (1, "microsoft/DialoGPT-large", "model"),
        (4, "gpt2-medium", "model"),
        (9, "bert-base-multilingual-cased", "model"),
    }
    assert errors == []


def test_a_union_that_names_a_hosted_slug_lists_a_gateways_names(tmp_path: Path) -> None:
    source = """\
export type GatewayModelId =
  | 'alibaba/qwen3-coder-30b-a3b'
  | 'anthropic/claude-sonnet-4.5'
  | 'moonshotai/kimi-k2'
  | 'openai/gpt-oss-120b'
  | (string & {});

export type LocalModelId = 'Qwen/Qwen3-8B' | 'llama3.2:3b';
"""
    refs, errors = scan_one(tmp_path, "settings.ts", source)
    assert ids(refs) == {(8, "Qwen/Qwen3-8B", "model"), (8, "llama3.2:3b", "ollama")}
    assert errors == []


def test_a_shell_script_saved_as_python_is_read_as_a_script(tmp_path: Path) -> None:
    source = """\
export BASE_MODEL=allenai/scibert_scivocab_uncased
export OUTPUT_MODEL=./pretrain/output_models

python3 run_language_modeling.py \\
\t--output_dir ./pretrain \\
\t--model_name_or_path $BASE_MODEL \\
\t--mlm
"""
    refs, errors = scan_one(tmp_path, "_scripts/run_LM.py", source)
    assert ids(refs) == {(1, "allenai/scibert_scivocab_uncased", "model")}
    assert errors == []  # its Python, none, parses once its shell lines are read as shell


def test_flags_continued_outside_a_code_block_are_a_command(tmp_path: Path) -> None:
    source = """\
python lerobot/scripts/train.py \\
--policy.path=/home/qwe/lerobot/smolvla_base \\
--dataset.repo_id=lerobot/svla_so101_pickplace \\
--batch_size=64

-- not a flag: a dash in prose about lerobot/svla_so101_pickplace
"""
    refs, errors = scan_one(tmp_path, "fine_tune.md", source)
    assert ids(refs) == {(3, "lerobot/svla_so101_pickplace", "dataset")}
    assert errors == []


def test_a_dict_whose_provider_is_hosted_holds_its_names(tmp_path: Path) -> None:
    source = """\
_DEFAULTS = {
    "PROVIDER": "groq",
    "MODEL": "qwen/qwen3.6-27b",
    "OLLAMA_MODEL": "llava:latest",
}
LOCAL = {"provider": "ollama", "model": "qwen3:8b", "base_url": "https://api.openai.com/v1"}
"""
    refs, errors = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {(4, "llava:latest", "ollama"), (6, "qwen3:8b", "ollama")}
    assert errors == []


def test_a_librarys_own_names_are_no_hub_ids(tmp_path: Path) -> None:
    source = """\
DEFAULT_TOKENIZER = "tiktoken/cl100k_base"
SENTENCE_TOKENIZER = "nltk/punkt"
TOKENIZER_NAME = "Qwen/Qwen3-8B"
"""
    refs, errors = scan_one(tmp_path, "constants.py", source)
    assert ids(refs) == {(3, "Qwen/Qwen3-8B", "model")}
    assert errors == []
    notes = "* Model `stanza/en` ignored the organization and event entities.\n"
    refs, errors = scan_one(tmp_path, "evaluation_strategy.md", notes)
    assert ids(refs) == set()


def test_a_docstring_example_that_loops_over_model_ids_names_them(tmp_path: Path) -> None:
    source = '''\
class SafetensorRemote:
    """Handle remote safetensor files.

    Example:
        for model_id in ["ngxson/TEST-Tiny-Llama4", "Qwen/Qwen2.5-7B-Instruct"]:
            print(model_id)
    """
'''
    refs, errors = scan_one(tmp_path, "utility.py", source)
    assert ids(refs) == {
        (5, "ngxson/TEST-Tiny-Llama4", "model"),
        (5, "Qwen/Qwen2.5-7B-Instruct", "model"),
    }
    assert errors == []


def test_a_name_assigned_again_later_holds_its_earlier_value_where_used(
    tmp_path: Path,
) -> None:
    source = """\
from huggingface_hub import hf_hub_download
from transformers import AutoModel

model_name = "acme/first-7b"
first = AutoModel.from_pretrained(model_name)
model_name = "acme/second-7b"
second = AutoModel.from_pretrained(model_name)


def assets(preset, conf):
    if preset:
        repo = "SWivid/E2-TTS" if preset == "E2TTS_Base" else "SWivid/F5-TTS"
        path = hf_hub_download(repo, filename=f"{preset}/model.safetensors")
    repo = conf.get("repo_id")
    return path, repo
"""
    refs, errors = scan_one(tmp_path, "assets.py", source)
    assert ids(refs) == {
        (4, "acme/first-7b", "model"),
        (6, "acme/second-7b", "model"),
        (12, "SWivid/E2-TTS", "model"),
        (12, "SWivid/F5-TTS", "model"),
    }
    assert errors == []


def test_a_hub_url_names_a_repository_whatever_its_organization(tmp_path: Path) -> None:
    source = """\
- [Cohere 768dim](https://huggingface.co/datasets/Cohere/wikipedia-22-12), made by Cohere.
- Ask `cohere/command-r` through LiteLLM.
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(1, "Cohere/wikipedia-22-12", "dataset")}
    assert errors == []


def test_a_large_modules_faster_whisper_size_list_is_read(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{i}(x):\n    return x + {i}\n\n\n" for i in range(700))
    source = f"""\
from typing import Literal

from faster_whisper import WhisperModel

# Whisper model sizes supported by faster-whisper
WhisperModelName = Literal[
    "tiny",
    "small",
    "large-v3",
]

{filler}

def load(size: WhisperModelName) -> WhisperModel:
    return WhisperModel(size)
"""
    assert len(source) > 16_000  # read region by region, around the references it holds
    refs, errors = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {
        (7, "Systran/faster-whisper-tiny", "model"),
        (8, "Systran/faster-whisper-small", "model"),
        (9, "Systran/faster-whisper-large-v3", "model"),
    }
    assert errors == []


def test_an_encoder_decoder_built_from_two_pretrained_models_names_both(
    tmp_path: Path,
) -> None:
    source = """\
from transformers import VisionEncoderDecoderModel

model = VisionEncoderDecoderModel.from_encoder_decoder_pretrained(
    "google/vit-base-patch16-224-in21k",
    "readerbench/RoBERT-large",
)
"""
    refs, errors = scan_one(tmp_path, "util.py", source)
    assert ids(refs) == {
        (4, "google/vit-base-patch16-224-in21k", "model"),
        (5, "readerbench/RoBERT-large", "model"),
    }
    assert errors == []


def test_a_shell_line_that_is_a_blocks_body_keeps_the_cell_readable(tmp_path: Path) -> None:
    cell = [
        "import os\n",
        "from diffusers import ControlNetModel\n",
        "if not os.path.exists(folder):\n",
        "    os.mkdir(folder)\n",
        '    !cd "$folder"; wget -O "$name" "$link"\n',
        "if canny:\n",
        '    !echo "canny"\n',
        "else:\n",
        '    net = ControlNetModel.from_pretrained("diffusers/controlnet-canny-sdxl-1.0")\n',
    ]
    notebook = {
        "cells": [{"cell_type": "code", "metadata": {}, "source": cell, "outputs": []}],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    refs, errors = scan_one(tmp_path, "ui.ipynb", json.dumps(notebook, indent=1))
    assert {(ident, kind) for _line, ident, kind in ids(refs)} == {
        ("diffusers/controlnet-canny-sdxl-1.0", "model")
    }
    assert errors == []


def test_a_prefix_a_name_is_tested_for_is_no_model(tmp_path: Path) -> None:
    source = """\
def tokenizer_for(transformer):
    if transformer.startswith("voidful/albert_chinese_") or transformer.startswith("uer/albert"):
        return "bert"
    return "Qwen/Qwen3-8B"
"""
    refs, errors = scan_one(tmp_path, "pt_imports.py", source)
    assert ids(refs) == {(4, "Qwen/Qwen3-8B", "model")}
    assert errors == []


def test_a_powershell_variable_names_its_model(tmp_path: Path) -> None:
    source = """\
$MODEL = "JingzeShi/Doge-60M"
$OUTPUT_DIR = "./lighteval_results"

lighteval accelerate --override_batch_size 1 `
    --model_args "pretrained=$MODEL" `
    --output_dir $OUTPUT_DIR
"""
    refs, errors = scan_one(tmp_path, "eval.ps1", source)
    assert ids(refs) == {(1, "JingzeShi/Doge-60M", "model")}
    assert errors == []  # `$MODEL` is the file's own


def test_a_model_variables_default_where_it_is_read_names_a_model(tmp_path: Path) -> None:
    source = """\
#!/bin/bash
MODEL_PATH="${VLLM_MODEL_PATH:-/model-cache/Qwen3-4B-Instruct-2507}"
SERVED_MODEL_NAME="${VLLM_SERVED_MODEL_NAME:-${VLLM_MODEL:-Qwen/Qwen3-4B-Instruct-2507}}"
echo "serving ${HF_MODEL:-acme/fallback-7b} as ${SERVED_ALIAS:-assistant}"
"""
    refs, errors = scan_one(tmp_path, "entrypoint.sh", source)
    assert ids(refs) == {
        (3, "Qwen/Qwen3-4B-Instruct-2507", "model"),
        (4, "acme/fallback-7b", "model"),
    }
    assert errors == []


def test_a_flags_help_that_says_model_id_gives_examples(tmp_path: Path) -> None:
    source = """\
import argparse

import typer


def precompute(
    vae: str = typer.Option(..., "--vae", help="VAE model id (e.g. stabilityai/sdxl-vae)."),
):
    parser = argparse.ArgumentParser()
    parser.add_argument("--hub_model_id", help="The model id to push to (e.g. acme/my-vae).")
    parser.add_argument("--output", help="Where latents go (e.g. runs/acme-latents).")
"""
    refs, errors = scan_one(tmp_path, "precompute.py", source)
    assert ids(refs) == {(7, "stabilityai/sdxl-vae", "model")}
    assert errors == []


def test_a_model_value_that_is_one_variable_is_the_variables_value(tmp_path: Path) -> None:
    source = """\
{
  "chainer": {
    "pipe": [
      {"class_name": "torch_transformers_preprocessor", "vocab_file": "{TRANSFORMER}"},
      {"class_name": "torch_transformers_classifier", "pretrained_bert": "{TRANSFORMER}"},
      {"class_name": "other", "model_name": "{UNSET_MODEL}"}
    ]
  },
  "metadata": {
    "variables": {
      "TRANSFORMER": "distilbert-base-uncased",
      "ROOT_PATH": "~/.deeppavlov"
    }
  }
}
"""
    refs, errors = scan_one(tmp_path, "topics_distilbert.json", source)
    assert ids(refs) == {(11, "distilbert-base-uncased", "model")}
    assert [e.split(":")[0] for e in errors] == ["6"]  # `{UNSET_MODEL}`: nothing fills it in


def test_a_switchs_value_is_no_ollama_model(tmp_path: Path) -> None:
    source = """\
import os

import ollama

os.environ["OLLAMA_AUTO_SELECT_MODEL"] = "true"
ollama.chat(model="llama3")
"""
    refs, errors = scan_one(tmp_path, "runner.py", source)
    assert ids(refs) == {(6, "llama3", "ollama")}
    assert errors == []


def test_a_docstring_id_its_next_word_calls_a_dataset_is_a_dataset(tmp_path: Path) -> None:
    source = '''\
"""GRM reward model.

It is fine-tuned on the decontaminated Skywork/Skywork-Reward-Preference-80K-v0.2 dataset.
Load it as Ray2333/GRM-Llama3.2-3B-rewardmodel-ft (the model itself).
"""
MODEL_ID = "Ray2333/GRM-Llama3.2-3B-rewardmodel-ft"
'''
    refs, errors = scan_one(tmp_path, "grm.py", source)
    assert ids(refs) == {
        (3, "Skywork/Skywork-Reward-Preference-80K-v0.2", "dataset"),
        (4, "Ray2333/GRM-Llama3.2-3B-rewardmodel-ft", "model"),
        (6, "Ray2333/GRM-Llama3.2-3B-rewardmodel-ft", "model"),
    }
    assert errors == []


def test_a_docstrings_alternatives_list_under_a_model_argument(tmp_path: Path) -> None:
    source = '''\
from transformers import pipeline


class SpeciesClassifier:
    def __init__(self, model_name: str = "acme/bird-classifier"):
        """Set up.

        Args:
            model_name: Hugging Face model identifier
                       Default: "acme/bird-classifier" (8.5M params)
                       Alternatives:
                       - "acme/bird_species_detection" (ViT-based, 86M params)
                       - "acme/Bird-Classifier-526" (SigLIP2-based)
        """
        self.pipe = pipeline("image-classification", model=model_name)
'''
    refs, _ = scan_one(tmp_path, "species.py", source)
    assert ids(refs) == {
        (5, "acme/bird-classifier", "model"),
        (12, "acme/bird_species_detection", "model"),
        (13, "acme/Bird-Classifier-526", "model"),
    }


def test_an_id_the_next_word_calls_a_model_in_a_sentence_about_a_dataset(tmp_path: Path) -> None:
    readme = """\
## File descriptions

create_dataset.py: pairs for a dataset (uses drone imagery and acme/captioner-12b model from HF)
prepare.py: builds the training rows from the acme/aerial-captions dataset
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "acme/captioner-12b", "model"), (4, "acme/aerial-captions", "dataset")}
    assert errors == []


def test_an_inline_id_the_word_before_calls_a_model(tmp_path: Path) -> None:
    readme = """\
- `message`: classifies whole log messages using the Hugging Face sentiment
  model `acme/drone-sentiment`.
- `segment`: segments messages with the NER model and `acme/droptc` (a folder).
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(2, "acme/drone-sentiment", "model")}
    assert errors == []
