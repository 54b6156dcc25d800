"""A model section's lineage keys, a fine-tune's `--checkpoint` flag and recent Ollama
library names."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_lineage_keys_under_a_model_section_name_models(tmp_path: Path) -> None:
    config = """\
model:
  base: mlx-community/Qwen2.5-7B-Instruct-4bit
  upstream_reference: Qwen/Qwen2.5-7B-Instruct
  original_repo: meta-llama/Llama-3.2-1B
  adapter_out: adapters/sft
  source: huggingface
training:
  base: outputs/run-1
  upstream: origin/main
"""
    refs, errors = scan_one(tmp_path, "configs/sft.yaml", config)
    assert ids(refs) == {
        (2, "mlx-community/Qwen2.5-7B-Instruct-4bit", "model"),
        (3, "Qwen/Qwen2.5-7B-Instruct", "model"),
        (4, "meta-llama/Llama-3.2-1B", "model"),
    }
    assert errors == []


def test_a_checkpoint_flag_names_a_model_and_a_run_directory_does_not(tmp_path: Path) -> None:
    makefile = """\
finetune:
\tpython3 finetune.py \\
\t\t--dataset=ift_dataset \\
\t\t--checkpoint=mistralai/Mistral-7B-v0.1 \\
\t\t--ft_checkpoint=ft_ckpt/last \\
\t\t--resume_from_checkpoint outputs/checkpoint-500 \\
\t\t--checkpoint_dir checkpoints/run1
"""
    refs, errors = scan_one(tmp_path, "Makefile", makefile)
    assert ids(refs) == {(4, "mistralai/Mistral-7B-v0.1", "model")}
    assert errors == []


def test_deepseek_ocr_is_an_ollama_library_name(tmp_path: Path) -> None:
    backend = """\
class OllamaBackend:
    def __init__(self, model_name: str = "deepseek-ocr", ollama_url: str = "http://x:11434"):
        self.model_name = model_name
"""
    refs, errors = scan_one(tmp_path, "backends/ollama.py", backend)
    assert ids(refs) == {(2, "deepseek-ocr", "ollama")}
    assert errors == []


def test_list_items_that_are_only_legacy_ids_are_models(tmp_path: Path) -> None:
    notes = """\
## Text classification

*    distilbert-base-uncased-finetuned-sst-2-english
*   bert-base-uncased
*    t5-small, t5-base, t5-large

## Question answering

    distilbert-base-cased-distilled-squad

## Setup

- transformers
- ctrl
- gpt2 is the smallest
"""
    refs, errors = scan_one(tmp_path, "README.md", notes)
    assert ids(refs) == {
        (3, "distilbert-base-uncased-finetuned-sst-2-english", "model"),
        (4, "bert-base-uncased", "model"),
        (5, "t5-small", "model"),
        (5, "t5-base", "model"),
        (5, "t5-large", "model"),
        (9, "distilbert-base-cased-distilled-squad", "model"),
    }
    assert errors == []


def test_ids_listed_under_a_line_about_models_that_ends_with_a_colon(tmp_path: Path) -> None:
    readme = """\
The specified models from Hugging Face are used for the different tasks:
- **Chat Model**: `google/flan-t5-small`
- **Summarization**: `Falconsai/text_summarization`

Task Master supports Claude models through the Claude Code CLI:

- **Models**: `claude-code/opus` and `claude-code/sonnet`

The model to load can be either:
  - a model id on the Hub, e.g., `bigscience/bloom`.

Our folders:
- `src/utils`
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (2, "google/flan-t5-small", "model"),
        (3, "Falconsai/text_summarization", "model"),
    }
    assert errors == []


def test_a_loop_named_for_a_model_over_literals_names_models(tmp_path: Path) -> None:
    plugin = """\
import llm
from ollama import embeddings


@llm.hookimpl
def register_embedding_models(register):
    for model_id in (
        "mxbai-embed-large",
        "nomic-embed-text",
    ):
        register(OllamaEmbeddingModel(model_id))
    for size in ("small", "large"):
        register(size)
"""
    refs, errors = scan_one(tmp_path, "llm_embed_ollama.py", plugin)
    assert ids(refs) == {(8, "mxbai-embed-large", "ollama"), (9, "nomic-embed-text", "ollama")}
    assert errors == []
