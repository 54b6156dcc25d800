"""DJL's model-zoo URIs, pytest's command-line options, lightning-whisper-mlx's size names,
a project's own Ollama class given its model first, a catalog's `hf` key with a quantization,
keys named for pretrained weights, and a model config's monitored metric."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_djl_model_zoo_uris_name_hub_repositories(tmp_path: Path) -> None:
    source = """\
public enum NLPModel {
    ALL_MINILM_L12_V2("all-MiniLM-L12-v2",
            "djl://ai.djl.huggingface.pytorch/sentence-transformers/all-MiniLM-L12-v2"),
    E5("e5", "djl://ai.djl.huggingface.onnxruntime/intfloat/e5-base-v2"),
    LOCAL("local", "djl://ai.djl.pytorch/resnet");
}
"""
    refs, errors = scan_one(tmp_path, "NLPModel.java", source)
    assert ids(refs) == {
        (3, "sentence-transformers/all-MiniLM-L12-v2", "model"),
        (4, "intfloat/e5-base-v2", "model"),
    }
    assert errors == []


def test_a_pytest_option_for_the_model(tmp_path: Path) -> None:
    source = """\
def pytest_addoption(parser):
    parser.addoption(
        "--model",
        action="store",
        default="Qwen/Qwen2.5-0.5B-Instruct",
        help="Model to use for testing, e.g. gemini-1.5-pro or llama3.1:latest",
    )
    parser.addoption("--runslow", action="store_true", default=False, help="e.g. qwen2.5:7b")
"""
    refs, errors = scan_one(tmp_path, "conftest.py", source)
    assert ids(refs) == {
        (5, "Qwen/Qwen2.5-0.5B-Instruct", "model"),
        (6, "llama3.1:latest", "ollama"),
    }
    assert errors == []


def test_lightning_whisper_mlx_size_names(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass
from lightning_whisper_mlx import LightningWhisperMLX


@dataclass
class Config:
    model: str = "distil-large-v3"
    batch_size: int = 12


whisper = LightningWhisperMLX(model="tiny", batch_size=12)
other = LightningWhisperMLX("large-v3", 12)
"""
    refs, errors = scan_one(tmp_path, "transcribe.py", source)
    assert ids(refs) == {
        (7, "mustafaaljadery/distil-whisper-mlx", "model"),
        (11, "mlx-community/whisper-tiny", "model"),
        (12, "mlx-community/whisper-large-v3-mlx", "model"),
    }
    assert errors == []
    # a fork's own class of that name maps its names otherwise: they are no ids there
    fork = 'from whisper_mlx import LightningWhisperMLX\nw = LightningWhisperMLX(model="tiny")\n'
    refs, errors = scan_one(tmp_path, "fork.py", fork)
    assert ids(refs) == set()


def test_a_projects_ollama_class_given_its_model_first(tmp_path: Path) -> None:
    source = """\
from app import OllamaChat

URL = "http://localhost:11434"
chat = OllamaChat("llama2")
embedder = OllamaEmbedder("nomic-embed-text", url=URL)
server = Ollama(URL)
client = OllamaClient("localhost")
"""
    refs, errors = scan_one(tmp_path, "test_basic.py", source)
    assert ids(refs) == {(4, "llama2", "ollama"), (5, "nomic-embed-text", "ollama")}
    assert errors == []


def test_a_runner_catalogs_hub_key_with_a_quantization(tmp_path: Path) -> None:
    source = """\
{
  models = {
    "SmolLM3-3B-Q4-128K" = {
      hf = "unsloth/SmolLM3-3B-128K-GGUF:Q4_K_XL";
      ctxSize = 131072;
      displayName = "SmolLM3 3B Q4 128K";
    };
  };
}
"""
    refs, errors = scan_one(tmp_path, "models.nix", source)
    assert ids(refs) == {(4, "unsloth/SmolLM3-3B-128K-GGUF", "model")}
    assert errors == []
    script = 'export const catalog = [{ hfRepo: "bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M" }];\n'
    refs, errors = scan_one(tmp_path, "catalog.ts", script)
    assert ids(refs) == {(1, "bartowski/Qwen2.5-7B-Instruct-GGUF", "model")}


def test_a_key_named_for_pretrained_weights(tmp_path: Path) -> None:
    source = """\
class LlamaTokenizerTest(unittest.TestCase):
    tokenizer_class = LlamaTokenizerFast
    pretrained_name = "saibo/llama-1B"
    pretrained_path = "checkpoints/last.ckpt"
    use_pretrained = True
"""
    refs, errors = scan_one(tmp_path, "test_llama.py", source)
    assert ids(refs) == {(3, "saibo/llama-1B", "model")}
    assert errors == []


def test_a_model_configs_monitored_metric_is_no_model(tmp_path: Path) -> None:
    source = """\
def default_config():
    return {
        "model": {
            "target": "audio_upscaler.models.ddpm.LatentDiffusion",
            "params": {"monitor": "val/rec_loss", "base": "stabilityai/sd-vae-ft-mse"},
        },
    }
"""
    refs, errors = scan_one(tmp_path, "utils.py", source)
    assert ids(refs) == {(5, "stabilityai/sd-vae-ft-mse", "model")}
    assert errors == []


def test_a_replicate_version_is_no_quantization(tmp_path: Path) -> None:
    source = (
        'const model = "stability-ai/stable-diffusion:27b93a2413e7f36cd83da926f3656280b29315";\n'
    )
    refs, errors = scan_one(tmp_path, "run.js", source)
    assert ids(refs) == set()
    assert errors == []


def test_neovim_lua_settings_and_their_comments(tmp_path: Path) -> None:
    source = """\
require("gen").setup({
  model = 'mistral',
  host = "localhost", -- The host running the Ollama service.
})
require("avante").setup({
  provider = "ollama",
  ollama = {
    model = "qwen2.5-coder:7b", -- the model you pulled
    -- model = "codegemma:2b-code",
  },
  llm = { tokenizer = { repository = "codellama/CodeLlama-7b-hf" } },
})
"""
    refs, errors = scan_one(tmp_path, "ai.lua", source)
    assert ids(refs) == {
        (2, "mistral", "ollama"),
        (8, "qwen2.5-coder:7b", "ollama"),
        (11, "codellama/CodeLlama-7b-hf", "model"),
    }
    assert errors == []
    vim = """\
" model = "llama3.2"
lua << EOF
require("llm").setup({ model = "bigcode/starcoder2-3b" })
EOF
"""
    refs, errors = scan_one(tmp_path, "llm.vim", vim)
    assert ids(refs) == {(3, "bigcode/starcoder2-3b", "model")}


def test_emacs_lisp_settings_for_ellama_and_gptel(tmp_path: Path) -> None:
    source = """\
(use-package ellama
  :init
  (setopt ellama-provider
          (make-llm-ollama
           :chat-model "llama3.1:8b-instruct-q5_K_M"
           :embedding-model "nomic-embed-text")))
;; (setq gptel-model "mistral")
(setq gptel-model "qwen2.5-coder:14b"
      gptel-backend (gptel-make-ollama "Ollama" :models '("deepseek-r1:7b")))
(setq my-title "org/not-a-model")
(gptel-make-ollama "Local" :host "localhost:11434" :models '("zephyr" "llama2"
                                                               "mistral:7b"))
(setq my-tags '("alpha" "beta"))
"""
    refs, errors = scan_one(tmp_path, "ai.el", source)
    assert ids(refs) == {
        (5, "llama3.1:8b-instruct-q5_K_M", "ollama"),
        (6, "nomic-embed-text", "ollama"),
        (8, "qwen2.5-coder:14b", "ollama"),
        (9, "deepseek-r1:7b", "ollama"),
        (11, "zephyr", "ollama"),
        (11, "llama2", "ollama"),
        (12, "mistral:7b", "ollama"),
    }
    assert errors == []


def test_a_fish_variable_set_without_an_equals_sign(tmp_path: Path) -> None:
    source = "set -x MODEL gemma3\nset -gx OUTPUT_DIR results\nollama run $MODEL\n"
    refs, errors = scan_one(tmp_path, "ollama.fish", source)
    assert ids(refs) == {(1, "gemma3", "ollama")}
    assert errors == []


def test_a_settings_table_row_for_a_container_image(tmp_path: Path) -> None:
    source = """\
# Embedding Chart

This chart deploys a vLLM-based OpenAI-compatible embedding server.

## Values

| Key | Type | Default | Description |
|-----|------|---------|-------------|
| image | string | "amdenterpriseai/aim-base:0.11" | Image repository and tag |
| model | string | "intfloat/multilingual-e5-large-instruct" | Embedding model to use |
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(10, "intfloat/multilingual-e5-large-instruct", "model")}
    assert errors == []


def test_a_projects_short_name_for_gemma_is_no_groq_listing(tmp_path: Path) -> None:
    source = """\
MODELS = {
    "qwen2-1.5b-it": "Qwen/Qwen2.5-1.5B-Instruct",
    "gemma2-9b-it": "google/gemma-2-9b-it",
}
"""
    refs, errors = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {
        (2, "Qwen/Qwen2.5-1.5B-Instruct", "model"),
        (3, "google/gemma-2-9b-it", "model"),
    }
    assert errors == []


def test_the_keys_of_a_table_of_each_models_property(tmp_path: Path) -> None:
    source = """\
exports.MODEL_PREFIXES = {
    'all-MiniLM-L6-v2': { ...NO_PREFIX },
    'Qwen/Qwen3-Embedding-0.6B': {
        'queryPrefix': 'Instruct: ',
    },
    'gpt2': { ...NO_PREFIX },
};
OllamaEmbeddings.OLLAMA_MODEL_DIMENSIONS = {
    'e5-large': 1024,
    'bge-base:en-v1.5': 768,
};
const MODEL_TYPES = {
    'org/not-a-key-of-models': 1,
};
"""
    refs, errors = scan_one(tmp_path, "embeddings.js", source)
    assert ids(refs) == {
        (2, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (3, "Qwen/Qwen3-Embedding-0.6B", "model"),
        (9, "e5-large", "ollama"),
        (10, "bge-base:en-v1.5", "ollama"),
    }
    assert errors == []


def test_an_env_file_kept_as_text(tmp_path: Path) -> None:
    source = 'HF_TOKEN=<hf_token>\nHF_MODEL="microsoft/Phi-3-mini-4k-instruct"'
    refs, errors = scan_one(tmp_path, "example-env.txt", source)
    assert ids(refs) == {(2, "microsoft/Phi-3-mini-4k-instruct", "model")}
    assert errors == []
    refs, errors = scan_one(tmp_path, "environment.txt", source)
    assert ids(refs) == set()


def test_a_key_named_for_the_models_family(tmp_path: Path) -> None:
    source = """\
TRAIN_DATA_PATH="./train-v1.1.json"
ALBERT_PATH="twmkn9/albert-base-v2-squad2"
DEBERTA_PATH="deepset/deberta-v3-base-squad2"
LOG_PATH="logs/log-2024"
python3 run.py --albert_path $ALBERT_PATH --deberta_path $DEBERTA_PATH
"""
    refs, errors = scan_one(tmp_path, "run.sh", source)
    assert ids(refs) == {
        (2, "twmkn9/albert-base-v2-squad2", "model"),
        (3, "deepset/deberta-v3-base-squad2", "model"),
    }
    assert errors == []
    python = """\
from transformers import AutoModel

ELECTRA_NAME = "deepset/electra-base-squad2"
LOG_NAME = "logs/log-base"
model = AutoModel.from_pretrained("bert-base-uncased")
"""
    refs, errors = scan_one(tmp_path, "paths.py", python)
    assert ids(refs) == {
        (3, "deepset/electra-base-squad2", "model"),
        (5, "bert-base-uncased", "model"),
    }


def test_ids_a_docstring_gives_as_examples(tmp_path: Path) -> None:
    source = '''\
"""
Image embeddings with OpenAI CLIP
(openai/clip-vit-base-patch32), or the `SmilingWolf/wd-v1-4-tags
<https://huggingface.co/spaces/SmilingWolf/wd-v1-4-tags>`_ Space's tagger.
"""
from transformers import CLIPModel


def load(name: str) -> CLIPModel:
    return CLIPModel.from_pretrained(name)
'''
    refs, errors = scan_one(tmp_path, "clip_engine.py", source)
    assert ids(refs) == {(3, "openai/clip-vit-base-patch32", "model")}
    assert errors == []


def test_a_model_described_by_a_config_class_and_a_hub_repo_key(tmp_path: Path) -> None:
    source = """\
TEST_MODELS = [
    ModelConfig(BERTConfig(n_pieces=28996), BERTEncoder, "bert-base-cased", hidden_width=768),
    ModelConfig(RoBERTaConfig(), RoBERTaEncoder, "roberta-base"),
]
_VARIANTS = {
    "as2m": {"hf_repo": "gaunernst/vit_base_patch16_1024_128.audiomae_as2m", "dim": 768},
}
"""
    refs, errors = scan_one(tmp_path, "test_hf_model.py", source)
    assert ids(refs) == {
        (2, "bert-base-cased", "model"),
        (3, "roberta-base", "model"),
        (6, "gaunernst/vit_base_patch16_1024_128.audiomae_as2m", "model"),
    }
    assert errors == []


def test_a_fallback_after_an_indexed_argument(tmp_path: Path) -> None:
    source = """\
import { HfInference } from "@huggingface/inference";
const requestModel = args[0]?.model || 'gpt2';
"""
    refs, errors = scan_one(tmp_path, "wrapper.js", source)
    assert ids(refs) == {(2, "gpt2", "model")}
    assert errors == []


def test_lerobot_flags_for_its_dataset_and_policy(tmp_path: Path) -> None:
    source = """\
python lerobot/scripts/train.py \\
  --dataset.repo_id=shin1107/koch_base \\
  --policy.path=lerobot/pi0 \\
  --policy.type=act \\
  --output_dir=outputs/train/koch_base_resnet18
"""
    refs, errors = scan_one(tmp_path, "train.sh", source)
    assert ids(refs) == {(2, "shin1107/koch_base", "dataset"), (3, "lerobot/pi0", "model")}
    assert errors == []


def test_a_default_checkpoint_and_a_known_model_after_its_display_name(tmp_path: Path) -> None:
    source = """\
DEFAULT_CLS_CHECKPOINT = "alana89/TabSTAR-v1.1-cls-20261011"
BEST_CHECKPOINT = "outputs/checkpoint-500"
MODELS = [
    KnownModel("Qwen-Image", "Qwen/Qwen-Image", "image", 60),
]
"""
    refs, errors = scan_one(tmp_path, "checkpoints.py", source)
    assert ids(refs) == {
        (1, "alana89/TabSTAR-v1.1-cls-20261011", "model"),
        (4, "Qwen/Qwen-Image", "model"),
    }
    assert errors == []


def test_an_older_webllm_prebuilt_id_without_its_suffix(tmp_path: Path) -> None:
    source = """\
const models = [
  { id: "Llama-3-8B-Instruct-q4f32_1", label: "Llama 3 8B" },
  { id: "gemma-2b-it-q4f32_1-1k", label: "Gemma 2B" },
];
"""
    refs, errors = scan_one(tmp_path, "WebLlmConfig.js", source)
    assert ids(refs) == {
        (2, "mlc-ai/Llama-3-8B-Instruct-q4f32_1-MLC", "model"),
        (3, "mlc-ai/gemma-2b-it-q4f32_1-MLC", "model"),
    }
    assert errors == []


def test_a_make_recipes_doubled_dollar_default(tmp_path: Path) -> None:
    source = "run:\n\tMODEL_ID=$${MODEL_ID:-thenlper/gte-small} python serve.py\n"
    refs, errors = scan_one(tmp_path, "Makefile", source)
    assert ids(refs) == {(2, "thenlper/gte-small", "model")}
    assert errors == []


def test_a_call_given_ollama_as_its_provider_then_the_model(tmp_path: Path) -> None:
    source = """\
<?php
$response = Prism::text()
    ->using(Provider::Ollama, 'llama3.2')
    ->withPrompt($prompt)
    ->asText();
$other = Prism::text()->using(Provider::OpenAI, 'gpt-4o');
"""
    refs, errors = scan_one(tmp_path, "RespondsController.php", source)
    assert ids(refs) == {(3, "llama3.2", "ollama")}
    assert errors == []


def test_the_attributes_of_a_class_named_for_models(tmp_path: Path) -> None:
    source = """\
import dspy


class OllamaModels:
    phi = "phi3:instruct"
    deepseek = "deepseek-coder-v2"
    llama = "llama3"


class HubModels:
    embedder: str = "BAAI/bge-small-en-v1.5"
    note = "a note"


lm = dspy.LM(model="ollama_chat/" + OllamaModels.llama)
"""
    refs, errors = scan_one(tmp_path, "dspy_tools.py", source)
    assert ids(refs) == {
        (5, "phi3:instruct", "ollama"),
        (6, "deepseek-coder-v2", "ollama"),
        (7, "llama3", "ollama"),
        (11, "BAAI/bge-small-en-v1.5", "model"),
    }
    assert errors == []


def test_the_hubs_host_in_a_short_variable_before_a_file(tmp_path: Path) -> None:
    source = """\
const HF = "https://huggingface.co";
const llm = process.argv[3] || `${HF}/unsloth/gemma-3-12b-it-GGUF/resolve/main/x-Q4_K_XL.gguf`;
const other = `${BASE}/org/name/resolve/main/x.gguf`;
"""
    refs, errors = scan_one(tmp_path, "diffusion.js", source)
    assert ids(refs) == {(2, "unsloth/gemma-3-12b-it-GGUF", "model")}
    assert errors == []


def test_a_tabby_configs_registry_models(tmp_path: Path) -> None:
    source = """\
[server]
host = "0.0.0.0"

[model.completion.local]
## Local model configuration for Ghost Text.
model_id = "DeepSeekCoder-1.3B"
# parallelism = 4

[model.chat.local]
# model_id = "Qwen2-1.5B-Instruct"

[[repositories]]
name = "dotfiles"
model_id = "NotAModel"
"""
    refs, errors = scan_one(tmp_path, "config.toml", source)
    assert ids(refs) == {(6, "TabbyML/DeepSeekCoder-1.3B", "model")}
    assert errors == []


def test_a_go_ollama_clients_call_after_its_context(tmp_path: Path) -> None:
    source = """\
package main

import "github.com/liliang-cn/ollama-go"

func main() {
	response, err := ollama.Generate(ctx, "deepseek-r1", "why is the sky blue")
	_ = response
	_ = err
}
"""
    refs, errors = scan_one(tmp_path, "main.go", source)
    assert ids(refs) == {(6, "deepseek-r1", "ollama")}
    assert errors == []


def test_a_models_part_in_training_and_names_that_spell_a_legacy_id(tmp_path: Path) -> None:
    source = """\
import argparse

from mpdistil import MPDistil

ROBERTA_BASE = "roberta-base"
CACHE_DIR = "roberta-base"
model = MPDistil(task_name="CB", teacher_model="bert-base-uncased", student_model="gpt2")
other = Trainer(model="gpt2")
parser = argparse.ArgumentParser()
parser.add_argument("--default_lm", default="xlnet-base-cased", type=str)
default_bert = "bert-base-multilingual-cased"
default_bart = "bert-base-cased"
"""
    refs, errors = scan_one(tmp_path, "distill.py", source)
    assert ids(refs) == {
        (5, "roberta-base", "model"),
        (7, "bert-base-uncased", "model"),
        (7, "gpt2", "model"),
        (10, "xlnet-base-cased", "model"),
        (11, "bert-base-multilingual-cased", "model"),
    }
    assert errors == []


def test_a_console_session_in_a_python_block(tmp_path: Path) -> None:
    source = """\
# QG

``` python
>>> from transformers import AutoTokenizer
>>> tok = AutoTokenizer.from_pretrained("algolet/mt5-base-chinese-qg")
['an output line']
```

``` python
>>> qg_config.json
{
  "model_name_or_path": "bert-base-chinese"
}
```
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (5, "algolet/mt5-base-chinese-qg", "model"),
        (12, "bert-base-chinese", "model"),
    }
    assert errors == []
    assert (5, 42, "algolet/mt5-base-chinese-qg", "model") in refs  # after the prompt


def test_default_repo_ids_task_datasets_and_vllm_specs(tmp_path: Path) -> None:
    source = """\
from lighteval.tasks.lighteval_task import LightevalTaskConfig

DEFAULT_REPO_ID = "nhatho1999/orthomni-codeco"
task = LightevalTaskConfig(name="math_500", hf_repo="HuggingFaceH4/MATH-500", hf_subset="default")
metric = Config(model_qe="gotutiyan/IMPARA-QE", model_se="bert-base-cased", model="gpt2")
"""
    refs, errors = scan_one(tmp_path, "tasks.py", source)
    assert ids(refs) == {
        (3, "nhatho1999/orthomni-codeco", "model"),
        (4, "HuggingFaceH4/MATH-500", "dataset"),
        (5, "gotutiyan/IMPARA-QE", "model"),
        (5, "bert-base-cased", "model"),
    }
    assert errors == []
    config = "gpt_model_name: vllm:EleutherAI/llemma_7b\ntemperature: 0.0\n"
    refs, errors = scan_one(tmp_path, "eval.yaml", config)
    assert ids(refs) == {(1, "EleutherAI/llemma_7b", "model")}
    config = "model: transformers:acme/aligner-0.6B\njudge: sglang:acme/judge-4B\n"
    refs, errors = scan_one(tmp_path, "align.yaml", config)
    assert ids(refs) == {(1, "acme/aligner-0.6B", "model"), (2, "acme/judge-4B", "model")}
