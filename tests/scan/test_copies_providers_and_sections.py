"""Scanner rules from the thirty-third session's held-out corpora: copies' file names, hosted
providers picked in a command, sections about datasets, Whisper sizes and docstrings."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_downloaded_copys_name_is_read_as_the_file_it_copies(tmp_path: Path) -> None:
    source = """\
FROM python:3.10-slim
RUN curl -fsSL https://ollama.com/install.sh | sh
CMD ["sh", "-c", "ollama serve & sleep 10 && ollama pull nomic-embed-text && gunicorn app:app"]
"""
    refs, errors = scan_one(tmp_path, "Dockerfile (1)", source)
    assert ids(refs) == {(3, "nomic-embed-text", "ollama")}
    assert errors == []
    refs, errors = scan_one(
        tmp_path, "train (2).py", 'm = AutoModel.from_pretrained("org/x-base")\n'
    )
    assert ids(refs) == {(1, "org/x-base", "model")}


def test_a_setting_that_picks_a_hosted_provider_in_a_command(tmp_path: Path) -> None:
    source = """\
# fala

```sh
fa --config provider=openrouter model=google/gemma-4-31b-it
fa --config provider=ollama model=qwen2.5:7b timeout=120
fa --config provider=local model=org/tiny-chat-v2
```
"""
    refs, errors = scan_one(tmp_path, "AGENTS.md", source)
    assert ids(refs) == {(5, "qwen2.5:7b", "ollama"), (6, "org/tiny-chat-v2", "model")}
    assert errors == []


def test_embeddings_named_in_a_list_of_a_document_about_ollama(tmp_path: Path) -> None:
    source = """\
# Warehouse assistant

Runs on Ollama.

-   LLM: Ollama (gemma3:latest)
-   Embeddings: mxbai-embed-large
-   Vector Database: ChromaDB
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(5, "gemma3:latest", "ollama"), (6, "mxbai-embed-large", "ollama")}
    assert errors == []


def test_an_id_a_docstring_places_on_hugging_face(tmp_path: Path) -> None:
    source = '''\
"""End-of-turn detection with the ``turn-detector`` model (see
``livekit/turn-detector`` on Hugging Face), with a demo
(``org/demo-app`` on Hugging Face Spaces)."""


DEFAULT_STT_MODEL = "org/stt-small"
'''
    refs, errors = scan_one(tmp_path, "eot.py", source)
    assert ids(refs) == {(2, "livekit/turn-detector", "model"), (6, "org/stt-small", "model")}
    assert errors == []


def test_an_id_under_a_heading_below_a_section_about_datasets(tmp_path: Path) -> None:
    source = """\
# Stuttering detection

## Model
- Architecture: `facebook/wav2vec2-base`

## Dataset

The following dataset was used for training and evaluation:

### LibriStutter (4.7k)
- **Source:** `stillerman/libristutter-4.7k` (Hugging Face)
- **Base model used with it:** `org/wav2vec2-stutter`
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (4, "facebook/wav2vec2-base", "model"),
        (11, "stillerman/libristutter-4.7k", "dataset"),
        (12, "org/wav2vec2-stutter", "model"),
    }
    assert errors == []


def test_whisper_sizes_keyed_to_repositories_the_file_names(tmp_path: Path) -> None:
    source = """\
const WHISPER_MODELS = {
    tiny: { id: 'tiny', url: 'Xenova/whisper-tiny' },
    base: { id: 'base', url: 'Xenova/whisper-base' },
    small: { id: 'small', url: 'Xenova/whisper-small' },
};
let whisperModelLoaded = false;
let currentWhisperModel = null;
"""
    # the project's server transcribes with faster-whisper, whose sizes are Hub repositories
    (tmp_path / "requirements.txt").write_text("faster-whisper==1.1.0\n")
    refs, errors = scan_one(tmp_path, "speech.js", source)
    assert ids(refs) == {
        (2, "Xenova/whisper-tiny", "model"),
        (3, "Xenova/whisper-base", "model"),
        (4, "Xenova/whisper-small", "model"),
    }
    assert errors == []


def test_a_whisper_size_a_cli_options_table_gives_as_default(tmp_path: Path) -> None:
    source = """\
# surivoice

Transcribes with [faster-whisper](https://github.com/SYSTRAN/faster-whisper).

| Flag | Description | Default |
|------|-------------|------------|
| `-i, --input` | Input video/audio file | *required* |
| `-m, --model` | Whisper model size | `large-v3` |
| `-d, --device` | Compute device (`auto`, `cpu`, `cuda`) | `auto` |
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(8, "Systran/faster-whisper-large-v3", "model")}
    assert errors == []


def test_whisper_sizes_of_a_menu_shown_in_a_block(tmp_path: Path) -> None:
    source = """\
# whisper-run

Built on [faster-whisper](https://github.com/SYSTRAN/faster-whisper).

```
[?] Select a model for audio processing:
 > distil-large-v3
   large-v3
   medium
   small
```
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (7, "Systran/faster-distil-whisper-large-v3", "model"),
        (8, "Systran/faster-whisper-large-v3", "model"),
        (9, "Systran/faster-whisper-medium", "model"),
        (10, "Systran/faster-whisper-small", "model"),
    }
    assert errors == []


def test_coheres_organization_as_the_hub_spells_it(tmp_path: Path) -> None:
    source = """\
embedder:
  model: Cohere/Cohere-embed-english-v3.0
reranker:
  model: cohere/rerank-v3.5
"""
    refs, errors = scan_one(tmp_path, "rag.yaml", source)
    assert ids(refs) == {(2, "Cohere/Cohere-embed-english-v3.0", "model")}
    assert errors == []


def test_a_value_made_a_string_keeps_its_candidates(tmp_path: Path) -> None:
    source = """\
_CHECKPOINTS = {
    "camembert": "almanach/camembert-base",
    "distilcamembert": "cmarkea/distilcamembert-base",
}


def preset(name, checkpoint=None):
    return {"embedding": {"model": str(_CHECKPOINTS[name] if checkpoint is None else checkpoint)}}
"""
    refs, errors = scan_one(tmp_path, "presets.py", source)
    assert ids(refs) == {
        (2, "almanach/camembert-base", "model"),
        (3, "cmarkea/distilcamembert-base", "model"),
    }
    assert errors == []


def test_a_numpy_docstrings_examples_below_a_model_entry(tmp_path: Path) -> None:
    source = '''\
import ollama


class OllamaLLM:
    """Thin wrapper around the Ollama generate API.

    Parameters
    ----------
    model:
        Ollama model tag (e.g. ``"llama3.2"``, ``"mistral"``,
        ``"gpt-oss:20b"``).
    embedding_function:
        Defaults to ``DefaultEmbeddingFunction`` (``all-MiniLM-L6-v2``).
    """
'''
    refs, errors = scan_one(tmp_path, "llm.py", source)
    assert ids(refs) == {
        (10, "llama3.2", "ollama"),
        (10, "mistral", "ollama"),
        (11, "gpt-oss:20b", "ollama"),
        (13, "sentence-transformers/all-MiniLM-L6-v2", "model"),
    }
    assert errors == []


def test_a_known_publishers_id_in_a_usage_messages_example(tmp_path: Path) -> None:
    source = """\
#!/bin/bash
MODEL_REPO=$1
if [ -z "$MODEL_REPO" ]; then
  echo "Usage: bash download_model.sh <model_repo> <local_dir>"
  echo "Example: bash download_model.sh mistralai/Mistral-7B-Instruct-v0.2 models/mistral"
  exit 1
fi
huggingface-cli download "$MODEL_REPO" --local-dir models
"""
    refs, errors = scan_one(tmp_path, "download_model.sh", source)
    assert ids(refs) == {(5, "mistralai/Mistral-7B-Instruct-v0.2", "model")}
    assert errors == []


def test_a_hub_record_whose_files_are_a_datasets_shards(tmp_path: Path) -> None:
    source = """\
{
  "models": {
    "primary": {"id": "sentence-transformers/all-MiniLM-L6-v2", "revision": "1110a24"}
  },
  "sources": {
    "agnews": {
      "provider": "huggingface",
      "id": "fancyzhx/ag_news",
      "files": ["data/train-00000-of-00001.parquet", "data/test-00000-of-00001.parquet"]
    }
  }
}
"""
    refs, errors = scan_one(tmp_path, "paper.json", source)
    assert ids(refs) == {
        (3, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (8, "fancyzhx/ag_news", "dataset"),
    }
    assert errors == []


def test_a_line_that_lists_providers_names_no_library_model(tmp_path: Path) -> None:
    source = """\
# ai-rganize

Sorts files with an LLM, local ones through Ollama.

- `--llm-provider`: LLM provider to use - openai, claude, gemini, ollama, mistral (default: openai)
- `--model`: the model to use, e.g. llama3.1 or mistral
- Works with OpenAI (GPT-4o), Anthropic (Claude) and Ollama (llama3, phi3, etc.); see LLM providers
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (6, "llama3.1", "ollama"),
        (6, "mistral", "ollama"),
        (7, "llama3", "ollama"),
        (7, "phi3", "ollama"),
    }
    assert errors == []


def test_a_short_name_joined_into_a_path_is_a_folder(tmp_path: Path) -> None:
    source = """\
import os
from sentence_transformers import SentenceTransformer


def load_local_model():
    model_path = os.path.join(os.path.dirname(__file__), "models", "all-MiniLM-L6-v2")
    return SentenceTransformer(model_path, local_files_only=True)


def load_hub_model():
    return SentenceTransformer("all-mpnet-base-v2")
"""
    refs, errors = scan_one(tmp_path, "model_loader.py", source)
    assert ids(refs) == {(11, "sentence-transformers/all-mpnet-base-v2", "model")}
    assert errors == []


def test_a_packages_own_load_dataset_names_its_own_datasets(tmp_path: Path) -> None:
    source = """\
from pytextad.datasets import load_dataset

ds = load_dataset("restaurant_review")
hub = load_dataset("acme/reviews-v2")
"""
    refs, errors = scan_one(tmp_path, "quick.py", source)
    assert ids(refs) == {(4, "acme/reviews-v2", "dataset")}
    assert errors == []
    source = 'from datasets import load_dataset\n\nds = load_dataset("squad")\n'
    refs, errors = scan_one(tmp_path, "hub.py", source)
    assert ids(refs) == {(3, "squad", "dataset")}


def test_a_dataset_word_said_of_the_id_before_it(tmp_path: Path) -> None:
    source = """\
# Semantic search over GitHub issues
This repository searches the lewtun/github-issues dataset using sentence-transformers/multi-qa-mpnet-base-dot-v1. It ranks issue titles.
"""  # noqa: E501
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (2, "lewtun/github-issues", "dataset"),
        (2, "sentence-transformers/multi-qa-mpnet-base-dot-v1", "model"),
    }
    assert errors == []


def test_a_link_to_a_library_models_page_on_ollamas_old_domain(tmp_path: Path) -> None:
    source = """\
# Telesales call analysis

- [Llama3.2:3b or other LLMs via Ollama](https://ollama.ai/library/llama3) (Language Models)
- [Ollama's blog](https://ollama.ai/blog/embedding-models)
"""
    refs, errors = scan_one(tmp_path, "Readme.md", source)
    assert ids(refs) == {(3, "Llama3.2:3b", "ollama"), (3, "llama3", "ollama")}
    assert errors == []


def test_a_settings_helpers_default_in_a_large_file(tmp_path: Path) -> None:
    padding = "".join(f"def step_{i}(x):\n    return x + {i}\n\n\n" for i in range(700))
    source = f"""\
import os


def env_str(name, default):
    return os.getenv(name, default)


DIARIZATION_MODEL = env_str("DIARIZATION_MODEL", "pyannote/speaker-diarization-3.1")
LANGUAGE = env_str("LANGUAGE", "pyannote/is-not-read-here")


{padding}"""
    assert len(source) > 16_000  # a large file: only regions around hits are parsed
    refs, errors = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {(8, "pyannote/speaker-diarization-3.1", "model")}
    assert errors == []


def test_openrouters_namespace_for_zai_names_no_repository(tmp_path: Path) -> None:
    source = """\
chat:
  model: z-ai/glm-5.1
local:
  model: zai-org/GLM-4.5-Air
"""
    refs, errors = scan_one(tmp_path, "llm.yaml", source)
    assert ids(refs) == {(4, "zai-org/GLM-4.5-Air", "model")}
    assert errors == []


def test_a_tables_column_a_loop_names_for_a_folder(tmp_path: Path) -> None:
    source = """\
# (output_subdir, filename, expected_mb)
SVCFUSION_MODELS = [
    ("ddsp6/6.1_1024_10", "ddsp6.1_1024_10.sf_dlc", 343),
    ("sovits/so-vits-svc_cvec768l12", "sovits_cvec768l12.sf_dlc", 378),
]
HF_MODELS = [("acme/rift-svc-pretrained", "dit.ckpt")]


def main():
    for i, (out_sub, fname, _mb) in enumerate(SVCFUSION_MODELS, 1):
        unpack(BASE / out_sub, fname)
    for repo, fname in HF_MODELS:
        hf_hub_download(repo, fname)
"""
    refs, errors = scan_one(tmp_path, "download_base_models.py", source)
    assert ids(refs) == {(6, "acme/rift-svc-pretrained", "model")}
    assert errors == []


def test_a_snakemake_rule_file(tmp_path: Path) -> None:
    source = """\
rule download_llm:
    output:
        directory("resources/llama")
    shell:
        \"\"\"
        git clone https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct {output}
        \"\"\"
"""
    refs, errors = scan_one(tmp_path, "rules/download_models.smk", source)
    assert ids(refs) == {(6, "meta-llama/Llama-3.3-70B-Instruct", "model")}
    assert errors == []


def test_an_id_in_bold_that_a_sentence_says_comes_from_the_hub(tmp_path: Path) -> None:
    source = """\
# D&D copilot

We processed the **m0no1/dnd-mechanics-dataset** from Hugging Face, 40,365 question pairs.
Our **team/notes** folder holds the drafts.
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(3, "m0no1/dnd-mechanics-dataset", "dataset")}
    assert errors == []


def test_a_setting_named_for_ollamas_embeddings(tmp_path: Path) -> None:
    source = """\
const OLLAMA_MODEL = process.env.OLLAMA_MODEL || "qwen2.5:14b";
const OLLAMA_EMBED = process.env.OLLAMA_EMBED || "nomic-embed-text";
"""
    refs, errors = scan_one(tmp_path, "server.js", source)
    assert ids(refs) == {(1, "qwen2.5:14b", "ollama"), (2, "nomic-embed-text", "ollama")}
    assert errors == []


def test_a_self_hosted_example_nested_in_a_hosted_apis_settings(tmp_path: Path) -> None:
    source = """\
{
  "provider": "anthropic",
  "model": "claude-sonnet-4-6",
  "_alternate_examples": {
    "groq": {"provider": "groq", "model": "qwen/qwen3-32b"},
    "ollama_local": {"provider": "ollama", "model": "qwen2.5:14b"}
  }
}
"""
    refs, errors = scan_one(tmp_path, "llm.json", source)
    assert ids(refs) == {(6, "qwen2.5:14b", "ollama")}
    assert errors == []


def test_a_flags_default_its_help_calls_a_dataset(tmp_path: Path) -> None:
    source = """\
import argparse


def repair(args):
    reference = args.reference or "HuggingFaceH4/ultrachat_200k"
    return InputConfig(repo_id=reference)


parser = argparse.ArgumentParser()
parser.add_argument("--reference", default="HuggingFaceH4/ultrachat_200k", help="Reference dataset")
parser.add_argument("--judge", default="Qwen/Qwen3-8B", help="Judge model")
"""
    refs, errors = scan_one(tmp_path, "cli.py", source)
    assert ("HuggingFaceH4/ultrachat_200k", "model") not in {(i, k) for _l, i, k in ids(refs)}
    assert (5, "HuggingFaceH4/ultrachat_200k", "dataset") in ids(refs)
    assert (10, "HuggingFaceH4/ultrachat_200k", "dataset") in ids(refs)
    assert (11, "Qwen/Qwen3-8B", "model") in ids(refs)
    assert errors == []


def test_my_org_is_a_stand_in_organization(tmp_path: Path) -> None:
    source = """\
from datasets import load_dataset

mrl = load_dataset("myorg/mrl-dataset")
hybrid = load_dataset("my_org/hybrid-reasoning")
real = load_dataset("acme/mrl-dataset")
"""
    refs, errors = scan_one(tmp_path, "publish.py", source)
    assert ids(refs) == {(5, "acme/mrl-dataset", "dataset")}
    assert errors == []


def test_a_records_architecture_beside_its_ollama_tags(tmp_path: Path) -> None:
    source = """\
MODELS = [
    {"name": "gemma2:2b", "repo": "google/gemma-2-2b-it", "arch": "gemma2", "ollama_tag": "gemma2:2b"},
]
TAGS = {"fast": "llama3.2:3b", "smart": "qwen3:8b", "plain": "mistral"}
"""  # noqa: E501
    refs, errors = scan_one(tmp_path, "registry.py", source)
    assert ids(refs) == {
        (2, "gemma2:2b", "ollama"),
        (2, "google/gemma-2-2b-it", "model"),
        (4, "llama3.2:3b", "ollama"),
        (4, "qwen3:8b", "ollama"),
        (4, "mistral", "ollama"),
    }
    assert errors == []


def test_a_repository_under_a_key_naming_the_hub(tmp_path: Path) -> None:
    source = """\
huggingface:
  name: your-endpoint-name
  namespace: your-username
  repository: m-a-p/ChatMusician
package:
  repository: acme/orpheus-tools
"""
    refs, errors = scan_one(tmp_path, "orpheus-config.yml", source)
    assert ids(refs) == {(4, "m-a-p/ChatMusician", "model")}
    assert errors == []


def test_a_modules_one_line_docstring_lists_ollama_models(tmp_path: Path) -> None:
    source = '''\
"""Ollama native /api/chat adapter (llava, qwen2.5vl, minicpm-v, ...)."""
import httpx


def chat(cfg, prompt):
    body = {"model": cfg.model, "messages": [{"role": "user", "content": prompt}]}
    return httpx.post("http://localhost:11434/api/chat", json=body)
'''
    refs, errors = scan_one(tmp_path, "ollama_client.py", source)
    assert refs == {
        (1, 37, "llava", "ollama"),
        (1, 44, "qwen2.5vl", "ollama"),
        (1, 55, "minicpm-v", "ollama"),
    }
    assert errors == []


def test_a_hub_uri_a_dataset_flag_gives(tmp_path: Path) -> None:
    source = """\
# vlmbench

```bash
uvx vlmbench run -m acme/vlm-small -d hf://vlm-run/FineVision-vlmbench-mini --max-samples 64
uvx vlmbench run --model hf://acme/vlm-small --dataset=hf://acme/docs-bench
uvx vlmbench run -d hf://my-org/my-prompts
```
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {
        (4, "acme/vlm-small", "model"),
        (4, "vlm-run/FineVision-vlmbench-mini", "dataset"),
        (5, "acme/vlm-small", "model"),
        (5, "acme/docs-bench", "dataset"),
    }
    assert errors == []


def test_a_google_docstrings_examples_below_a_model_entry(tmp_path: Path) -> None:
    source = '''\
import ollama


class OllamaChatModel:
    def __init__(self, model, stream=True):
        """Initialize the Ollama chat model.

        Args:
            model (`str`):
                The Ollama model name, e.g. ``llama3.3`` or ``qwen3:14b``.
            stream (`bool`, defaults to `True`):
                Whether to stream, like mistral does.
        """
        self.client = ollama.AsyncClient()
'''
    refs, errors = scan_one(tmp_path, "_model.py", source)
    assert ids(refs) == {(10, "llama3.3", "ollama"), (10, "qwen3:14b", "ollama")}
    assert errors == []


def test_a_catalog_rows_names_beside_a_hosted_provider(tmp_path: Path) -> None:
    source = """\
def _m(id_, provider, name, **kw):
    return ModelInfo(id=id_, provider=provider, model_name=name, **kw)


CATALOG = [
    _m("together/Qwen/Qwen2.5-72B-Instruct", "together", "Qwen/Qwen2.5-72B-Instruct"),
    _m("groq/openai/gpt-oss-20b", "groq", "openai/gpt-oss-20b"),
    _m("local/Qwen/Qwen2.5-7B-Instruct", "vllm", "Qwen/Qwen2.5-7B-Instruct"),
]
"""
    refs, errors = scan_one(tmp_path, "catalog.py", source)
    assert ids(refs) == {(8, "Qwen/Qwen2.5-7B-Instruct", "model")}
    assert errors == []


def test_whisper_sizes_listed_with_a_note_each(tmp_path: Path) -> None:
    source = """\
import argparse
from faster_whisper import WhisperModel

parser = argparse.ArgumentParser()
parser.add_argument(
    "--model",
    help="whisper model: large-v3 (most accurate), turbo (fast, any language), "
    "distil-large-v3 (fast, English only), small, base (default: large-v3)",
)
"""
    refs, errors = scan_one(tmp_path, "transcribe.py", source)
    assert {ident for _line, ident, _kind in ids(refs)} == {
        "Systran/faster-whisper-large-v3",
        "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
        "Systran/faster-distil-whisper-large-v3",
        "Systran/faster-whisper-small",
        "Systran/faster-whisper-base",
    }
    assert errors == []


def test_a_column_of_records_that_holds_ollama_tags(tmp_path: Path) -> None:
    source = """\
RECOMMENDED = [
    {"name": "llama3.1:8b", "size": "4.7 GB", "role": "chat", "family": "llama"},
    {"name": "gemma3:1b", "size": "0.8 GB", "role": "chat", "family": "gemma"},
    {"name": "nomic-embed-text", "size": "0.3 GB", "role": "embedding", "family": "nomic"},
]
"""
    refs, errors = scan_one(tmp_path, "ollama_backend.py", source)
    assert ids(refs) == {
        (2, "llama3.1:8b", "ollama"),
        (3, "gemma3:1b", "ollama"),
        (4, "nomic-embed-text", "ollama"),
    }
    assert errors == []


def test_a_large_files_module_constants_on_their_own_lines(tmp_path: Path) -> None:
    padding = "".join(f"def step_{i}(x):\n    return x + {i}\n\n\n" for i in range(700))
    source = f"""\
import os

REPO = "facebook/sam2.1-hiera-tiny"
MEDICAL = (
    "wanglab/MedSAM2",
    {{"config": "sam2.1_hiera_t.yaml", "weights": "MedSAM2_latest.pt"}},
)

{padding}
def download(local_dir):
    repo, config = MEDICAL
    from huggingface_hub import snapshot_download

    snapshot_download(repo_id=REPO, local_dir=local_dir)
    snapshot_download(repo_id=repo, repo_type="model", local_dir=local_dir)
"""
    assert len(source) > 16_000  # a large file: only regions around hits are parsed
    refs, errors = scan_one(tmp_path, "sam2.py", source)
    assert ids(refs) == {
        (3, "facebook/sam2.1-hiera-tiny", "model"),
        (5, "wanglab/MedSAM2", "model"),
    }
    assert errors == []


def test_an_enum_named_for_model_ids_gives_its_legacy_ids(tmp_path: Path) -> None:
    source = """\
from enum import Enum


class HF_MODEL_IDS(Enum):
    GPT2 = "gpt2"
    BERT = "acme/bert-small"
    DEFAULT = "default"
"""
    refs, errors = scan_one(tmp_path, "hf.py", source)
    assert ids(refs) == {(5, "gpt2", "model"), (6, "acme/bert-small", "model")}
    assert errors == []


def test_a_model_identifier_a_help_text_gives_as_an_example(tmp_path: Path) -> None:
    source = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument(
    "model",
    type=str,
    help='Hugging Face Bicleaner AI model identifier (e.g. "bitextor/bicleaner-ai-full-en-fr")',
)
parser.add_argument("--out", help="Output folder, e.g. runs/bicleaner-ai-full-en-fr")
"""
    refs, errors = scan_one(tmp_path, "download_hf.py", source)
    assert ids(refs) == {(7, "bitextor/bicleaner-ai-full-en-fr", "model")}
    assert errors == []


def test_a_whisper_size_and_its_english_twin_joined_by_a_slash(tmp_path: Path) -> None:
    source = """\
# witticism

Dictation with [WhisperX](https://github.com/m-bain/whisperX).

- Model sizes:
  - `tiny/tiny.en`: Fastest, less accurate
  - `base/base.en`: Good balance (default)
  - `acme/whisper-tiny-ft`: our fine-tune
"""
    refs, errors = scan_one(tmp_path, "README.md", source)
    assert "tiny/tiny.en" not in {ident for _line, ident, _kind in ids(refs)}
    assert "base/base.en" not in {ident for _line, ident, _kind in ids(refs)}
    assert (8, "acme/whisper-tiny-ft", "model") in ids(refs)
    assert errors == []
