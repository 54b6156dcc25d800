"""Large Python files (parsed only around their code's references: their docstrings' Hub links
are read all the same), commands written as Markdown prose, JSON5 blocks and a model setting's
fallbacks."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one

#: An import that lets a module through the byte-level gate, then comment lines that make it
#: larger than the size parsed whole (line 203 is the first after them and a blank line).
_PADDING = (
    "from transformers import AutoModel\n"
    + "".join(f"# {n:03d} {'x' * 90}\n" for n in range(200))
    + "\n"
)


def test_a_large_files_docstring_links_name_models_and_datasets(tmp_path: Path) -> None:
    loaders = (
        _PADDING
        + '''\
class HuBERTModel:
    """
    HuBERT model from https://huggingface.co/facebook/hubert-base-ls960, or the large one at
    https://huggingface.co/facebook/hubert-large-ls960 (trained on
    https://huggingface.co/datasets/openslr/librispeech_asr).
    """

    def load(self):
        # see https://huggingface.co/acme/commented-out for the old weights
        return AutoModel.from_pretrained("facebook/hubert-base-ls960")  # https://hf.co/acme/x
'''
    )
    assert len(loaders) > 16_000  # a large file: read in regions
    refs, errors = scan_one(tmp_path, "loaders.py", loaders)
    assert ids(refs) == {
        (205, "facebook/hubert-base-ls960", "model"),
        (206, "facebook/hubert-large-ls960", "model"),
        (207, "openslr/librispeech_asr", "dataset"),
        (212, "facebook/hubert-base-ls960", "model"),
    }
    assert errors == []


def test_a_link_in_a_parsed_region_is_reported_once(tmp_path: Path) -> None:
    client = (
        _PADDING
        + '''\
def connect():
    """Connect to https://huggingface.co/bigscience/bloomz by default."""
    return AutoModel.from_pretrained("bigscience/bloomz")
'''
    )
    assert len(client) > 16_000
    refs, errors = scan_one(tmp_path, "client.py", client)
    assert sorted(refs) == [
        (204, 42, "bigscience/bloomz", "model"),
        (205, 39, "bigscience/bloomz", "model"),
    ]
    assert errors == []


def test_a_command_written_as_prose_names_its_models(tmp_path: Path) -> None:
    notes = """\
# Notes

inspect eval hello.py --model hf/meta-llama/Llama-3.1-8B-Instruct
inspect eval theory.py --model openai/gpt-4

inspect eval hello.py --model ollama/llama3.1

Use the --model flag to pick one.
"""
    refs, errors = scan_one(tmp_path, "notes.md", notes)
    assert ids(refs) == {
        (3, "meta-llama/Llama-3.1-8B-Instruct", "model"),
        (6, "llama3.1", "ollama"),
    }
    assert errors == []


def test_a_json5_block_is_read_as_the_config_it_shows(tmp_path: Path) -> None:
    guide = """\
# Providers

```json5
{
  // the model the agent picks first, then its fallbacks
  agents: { defaults: { model: {
    primary: "ollama/gpt-oss:20b",
    fallbacks: ["ollama/llama3.3", "ollama/qwen2.5-coder:32b"],
  } } },
  models: { providers: { vllm: { models: [
    { id: "Qwen/Qwen3-8B", name: "Qwen3 8B", url: "https://docs.example.com/x" },
  ] } } },
}
```
"""
    refs, errors = scan_one(tmp_path, "providers.md", guide)
    assert ids(refs) == {
        (7, "gpt-oss:20b", "ollama"),
        (8, "llama3.3", "ollama"),
        (8, "qwen2.5-coder:32b", "ollama"),
        (11, "Qwen/Qwen3-8B", "model"),
    }
    assert errors == []


def test_a_model_settings_primary_and_fallbacks_are_models(tmp_path: Path) -> None:
    config = """\
agents:
  defaults:
    model:
      primary: ollama/gpt-oss:20b
      fallbacks: [Qwen/Qwen3-8B]
    sandbox:
      primary: docker
"""
    refs, errors = scan_one(tmp_path, "openclaw.yaml", config)
    assert ids(refs) == {(4, "gpt-oss:20b", "ollama"), (5, "Qwen/Qwen3-8B", "model")}
    assert errors == []


def test_a_numbered_step_that_is_a_command_names_its_models(tmp_path: Path) -> None:
    steps = """\
Steps:
        3. python scripts/binarize.py --tokenizer_type gpt2 --tokenizer_name gpt2
        5. python train.py --teacher_name gpt2-medium --student_config configs/distilgpt2.json
"""
    refs, errors = scan_one(tmp_path, "steps.md", steps)
    assert ids(refs) == {(2, "gpt2", "model"), (3, "gpt2-medium", "model")}
    assert errors == []


def test_a_table_whose_rule_leaves_a_column_blank_is_a_table(tmp_path: Path) -> None:
    readme = """\
## Supporting Models

| Model      | Status | model_download_name      | Note                  |
| ---        | ---    | ---                      |                       |
| gpt2-small | -[x]   | gpt2                     |                       |
| llama-2-7b | -[?]   | meta-llama/Llama-2-7b-hf | Need 80GB+ GPU Memory |
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(5, "gpt2", "model"), (6, "meta-llama/Llama-2-7b-hf", "model")}
    assert errors == []


def test_a_docstrings_list_of_model_choices_gives_examples(tmp_path: Path) -> None:
    engine = '''\
class EmbeddingEngine:
    """
    Parameters
    ----------
    model_name : str
        Name of the sentence-transformers model. Popular choices:
        - "BAAI/bge-m3": Multilingual
        - "hkunlp/instructor-large": Task-specific (use with instruction)
    cache_dir : str
        Where embeddings are kept:
        - "runs/cache-large": the default
    """
'''
    refs, errors = scan_one(tmp_path, "embeddings.py", engine)
    assert ids(refs) == {(7, "BAAI/bge-m3", "model"), (8, "hkunlp/instructor-large", "model")}
    assert errors == []


def test_a_qt_quick_files_properties_are_read_as_javascript(tmp_path: Path) -> None:
    window = """\
import QtQuick.Controls

ComboBox {
    title: "Ollama Config"
    editable: true
    model: ["llama3.2:3b", "mistral", "gemma2:27b"]
}
"""
    refs, errors = scan_one(tmp_path, "OllamaConfig.qml", window)
    assert ids(refs) == {
        (6, "llama3.2:3b", "ollama"),
        (6, "mistral", "ollama"),
        (6, "gemma2:27b", "ollama"),
    }
    assert errors == []


def test_a_docstrings_hf_hub_name_is_usage(tmp_path: Path) -> None:
    extractor = '''\
"""Extractor for OpenCLIP checkpoints (published on the Hub in open_clip format, e.g.
``hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K``)."""

import open_clip

DEFAULT_MODEL = "ViT-B-32"
'''
    refs, errors = scan_one(tmp_path, "open_clip.py", extractor)
    assert ids(refs) == {(2, "laion/CLIP-ViT-B-32-laion2B-s34B-b79K", "model")}
    assert errors == []


def test_modelscopes_copy_under_its_own_key_is_no_hub_model(tmp_path: Path) -> None:
    registry = """\
POPULAR_MODELS = {
    "qwen2.5-7b": {
        "repo": "bartowski/Qwen2.5-7B-Instruct-GGUF",
        "repo_ms": "Qwen/Qwen2.5-7B-Instruct-GGUF",
        "description": "Qwen 2.5 7B Instruct",
    },
}
"""
    refs, errors = scan_one(tmp_path, "models.py", registry)
    assert ids(refs) == {(3, "bartowski/Qwen2.5-7B-Instruct-GGUF", "model")}
    assert errors == []
    config = """\
models:
  - repo: bartowski/Qwen2.5-7B-Instruct-GGUF
    modelscope_repo: Qwen/Qwen2.5-7B-Instruct-GGUF
"""
    refs, errors = scan_one(tmp_path, "models.yaml", config)
    assert ids(refs) == {(2, "bartowski/Qwen2.5-7B-Instruct-GGUF", "model")}
    assert errors == []


def test_a_list_of_ids_with_a_known_publishers_names_every_id(tmp_path: Path) -> None:
    settings = """\
{
  "fs": [{
    "path": "models",
    "options": [
      "nvidia/Minitron-4B-Base",
      "coqui/XTTS-v2",
      "KwaiVGI/LivePortrait",
      "vidore/colpali"
    ]
  }],
  "mirrors": ["facebook/react", "vercel/next.js", "acme/widgets"]
}
"""
    refs, errors = scan_one(tmp_path, "huggingfs.json", settings)
    assert ids(refs) == {
        (5, "nvidia/Minitron-4B-Base", "model"),
        (6, "coqui/XTTS-v2", "model"),
        (7, "KwaiVGI/LivePortrait", "model"),
        (8, "vidore/colpali", "model"),
    }
    assert errors == []


def test_a_text_named_for_documentation_shows_examples(tmp_path: Path) -> None:
    evaluator = '''\
from .utils.file_utils import add_end_docstrings

TASK_DOCUMENTATION = r"""
    Examples:
    ```python
    >>> data = load_dataset("squad", split="validation[:2]")
    >>> results = task_evaluator.compute(
    >>>     model_or_pipeline="sshleifer/tiny-distilbert-base-cased-distilled-squad",
    >>>     data=data,
    >>> )
    ```
"""
'''
    refs, errors = scan_one(tmp_path, "question_answering.py", evaluator)
    assert ids(refs) == {
        (6, "squad", "dataset"),
        (8, "sshleifer/tiny-distilbert-base-cased-distilled-squad", "model"),
    }
    assert errors == []


def test_a_model_value_offering_two_names_gives_both(tmp_path: Path) -> None:
    guides = """\
GUIDES = {
    "laptop": {"recommended_model": "llama3.2:3b or gemma2:2b", "setup": "ollama serve"},
    "server": {"recommended_model": "mistral:7b", "note": "either one or the other"},
}
"""
    refs, errors = scan_one(tmp_path, "guides.py", guides)
    assert ids(refs) == {
        (2, "llama3.2:3b", "ollama"),
        (2, "gemma2:2b", "ollama"),
        (3, "mistral:7b", "ollama"),
    }
    assert errors == []


def test_a_settings_tables_model_row_names_its_model(tmp_path: Path) -> None:
    readme = """\
#### Dot.TTS Settings

| Setting | Default | Description |
|---------|---------|-------------|
| Model | `rednote-hilab/dots.tts-soar` | Best voice cloning checkpoint |
| Output folder | `outputs/dots-tts` | Where clips are written |

Evaluated on [RTE](https://huggingface.co/datasets/viewer/?dataset=super_glue&config=rte).
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(5, "rednote-hilab/dots.tts-soar", "model")}
    assert errors == []


def test_transformers_cli_download_names_its_model(tmp_path: Path) -> None:
    script = """\
#!/bin/env bash

transformers-cli download EleutherAI/gpt-j-6B --cache-dir ./model/
"""
    refs, errors = scan_one(tmp_path, "download.sh", script)
    assert ids(refs) == {(3, "EleutherAI/gpt-j-6B", "model")}
    assert errors == []


def test_a_large_files_table_of_class_and_id_rows_names_its_ids(tmp_path: Path) -> None:
    train = (
        _PADDING
        + """\
expname2cls_path = {
    'vit_base': (AutoModelForImageClassification, 'google/vit-base-patch16-224-in21k'),
    'mae_base': (ViTForImageClassification, 'facebook/vit-mae-base'),
    'biomedclip_base': (ViTForImageClassification, 'ikim-uk-essen/BiomedCLIP_ViT_patch16_224'),
}
"""
    )
    assert len(train) > 16_000
    refs, errors = scan_one(tmp_path, "train.py", train)
    assert ids(refs) == {
        (204, "google/vit-base-patch16-224-in21k", "model"),
        (205, "facebook/vit-mae-base", "model"),
        (206, "ikim-uk-essen/BiomedCLIP_ViT_patch16_224", "model"),
    }
    assert errors == []


def test_a_module_whose_only_reference_is_a_docstring_link_is_read(tmp_path: Path) -> None:
    example = '''\
"""Synthesize speech.

Prepare models
    wget https://huggingface.co/rhasspy/piper-voices/resolve/main/en/en_US/ryan/medium/x.onnx
"""
# weights: https://huggingface.co/acme/commented-out

import soundfile as sf
'''
    refs, errors = scan_one(tmp_path, "simple.py", example)
    assert ids(refs) == {(4, "rhasspy/piper-voices", "model")}
    assert errors == []


def test_a_known_publishers_id_as_a_config_key_names_a_model(tmp_path: Path) -> None:
    aliases = """\
aliases:
  "Qwen/Qwen2.5-72B-Instruct": qwen2.5-72b
  "acme/widgets": widgets
providers:
  openrouter:
    provider: openrouter
    models:
      "meta-llama/llama-3.3-70b-instruct": {price: 0.1}
"""
    refs, errors = scan_one(tmp_path, "aliases.yaml", aliases)
    assert ids(refs) == {(2, "Qwen/Qwen2.5-72B-Instruct", "model")}
    assert errors == []


def test_a_section_loaded_with_load_dataset_names_its_path_as_a_dataset(tmp_path: Path) -> None:
    config = """\
train:
  type: load_dataset
  path: kardosdrur/nb-nli
eval:
  type: json
  path: data/eval-set
"""
    refs, errors = scan_one(tmp_path, "datasets.yaml", config)
    assert ids(refs) == {(3, "kardosdrur/nb-nli", "dataset")}
    assert errors == []


def test_a_large_files_docstring_examples_give_their_loaders_ids(tmp_path: Path) -> None:
    filler = "".join(f"# filler line {i} to make the module large\n" for i in range(400))
    source = (
        "import numpy as np\n\n\n"
        "def chunk(texts):\n"
        '    """Split texts.\n\n'
        "    >>> chunker = Chunker(\n"
        '    ...     model_name="intfloat/multilingual-e5-large",\n'
        "    ... )\n"
        '    >>> data = load_dataset("acme/legal-instruct")\n'
        '    >>> print("acme/not-a-loader")\n'
        '    """\n'
        "    return np.array(texts)\n" + filler
    )
    refs, _ = scan_one(tmp_path, "chunks.py", source)
    assert ids(refs) == {
        (8, "intfloat/multilingual-e5-large", "model"),
        (10, "acme/legal-instruct", "dataset"),
    }


def test_a_large_files_docstring_list_of_quoted_model_ids(tmp_path: Path) -> None:
    filler = "".join(f"# filler line {i} to make the module large\n" for i in range(400))
    source = (
        "import numpy as np\n\n\n"
        "class Forecaster:\n"
        '    """Forecast with a foundation model.\n\n'
        "    model_id : str\n"
        "        HuggingFace model ID. Available model IDs:\n\n"
        "        - `'amazon/chronos-2'`\n"
        "        - `'google/timesfm-2.5-200m-pytorch'`\n"
        '    """\n' + filler + '\n\ndef plot():\n    """Related projects:\n\n'
        "    - `'acme/forecast-tools'`\n"
        '    """\n'
    )
    refs, _ = scan_one(tmp_path, "forecast.py", source)
    assert ids(refs) == {
        (10, "amazon/chronos-2", "model"),
        (11, "google/timesfm-2.5-200m-pytorch", "model"),
    }


def test_a_large_files_constants_named_for_a_hub_id(tmp_path: Path) -> None:
    judge = (
        _PADDING
        + """\
# the judge model's Hub repositories
JUDGE_HF_ID = "acme/judge-v0.1"
JUDGE_V02_HF_ID = "acme/judge-v0.2"
JUDGES = {"v0.2": JUDGE_V02_HF_ID}
"""
    )
    assert len(judge) > 16_000
    refs, errors = scan_one(tmp_path, "judge.py", judge)
    assert ids(refs) == {(204, "acme/judge-v0.1", "model"), (205, "acme/judge-v0.2", "model")}
    assert errors == []


def test_a_links_text_naming_its_targets_family_is_no_model(tmp_path: Path) -> None:
    readme = """\
* [intfloat/multilingual-e5](https://huggingface.co/intfloat/multilingual-e5-small) — embeddings
* [BAAI/bge-m3](https://huggingface.co/BAAI/bge-m3) — the same model
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (1, "intfloat/multilingual-e5-small", "model"),
        (2, "BAAI/bge-m3", "model"),
    }


def test_an_id_said_to_be_on_modelscope_is_that_hubs(tmp_path: Path) -> None:
    readme = """\
Weights come from
[yunfengwang/Ming-3.0-tts-0.5B-MNN](https://huggingface.co/yunfengwang/Ming-3.0-tts-0.5B-MNN)
(mirror: `yunfeng/Ming-3.0-tts-0.5B-MNN` on ModelScope). Also `Qwen/Qwen3-8B`, on the Hub.
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (2, "yunfengwang/Ming-3.0-tts-0.5B-MNN", "model"),
        (3, "Qwen/Qwen3-8B", "model"),
    }
    source = """\
DEFAULT_HF_REPO = "acme/tts-0.5B-MNN"
DEFAULT_MODELSCOPE_REPO = "acme-ms/tts-0.5B-MNN"


def fetch(repo_id=None, source="hf"):
    if source == "hf":
        from huggingface_hub import snapshot_download

        return snapshot_download(repo_id or DEFAULT_HF_REPO)
    from modelscope import snapshot_download

    return snapshot_download(repo_id or DEFAULT_MODELSCOPE_REPO)
"""
    refs, _ = scan_one(tmp_path, "download.py", source)
    assert ids(refs) == {(1, "acme/tts-0.5B-MNN", "model")}


def test_an_id_the_next_words_call_a_hub_repo(tmp_path: Path) -> None:
    readme = """\
This mirrors the training-time class and matches the `acme/earth-rgb-only` HF repo.
Weights: "acme/earth-film" Hugging Face repository; `acme/not-called` here.
"""
    refs, _ = scan_one(tmp_path, "NOTES.md", readme)
    assert ids(refs) == {(1, "acme/earth-rgb-only", "model"), (2, "acme/earth-film", "model")}


def test_a_hub_url_in_a_document_that_names_a_router(tmp_path: Path) -> None:
    readme = """\
3. **OpenRouter API Key** for DeepSeek R1 (get one at https://openrouter.ai/keys)

The answers come from `deepseek/deepseek-r1:free`, embeddings from `google/embeddinggemma-300m`.

1. Go to: https://huggingface.co/google/embeddinggemma-300m
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(5, "google/embeddinggemma-300m", "model")}


def test_an_id_cut_short_in_a_printed_table(tmp_path: Path) -> None:
    readme = """\
```
│ 4 │ mistralai/Minist… │ 8.0B   │ FITS │
│ 5 │ mistralai/Mistral-7B-Instruct-v0.3 │ 7.2B │ FITS │
```
See also mistralai/Magistral... and `hf-namespace/hf-model` in the registry example.
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "mistralai/Mistral-7B-Instruct-v0.3", "model")}


def test_an_id_in_another_sites_url_under_a_models_heading(tmp_path: Path) -> None:
    readme = """\
## Models

[![Star History](https://api.star-history.com/svg?repos=acme/Step-Audio2&type=Date)](https://star-history.com/#acme/Step-Audio2&Date)
The weights are acme/Step-Audio-2-mini (see https://github.com/acme/Step-Audio-2-runner).
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(4, "acme/Step-Audio-2-mini", "model")}


def test_a_line_that_talks_about_the_hub_in_a_url_names_an_unknown_orgs_id(tmp_path: Path) -> None:
    readme = """\
OSError: We couldn't connect to 'https://huggingface.co' to load this file, and it looks like \
acme/paraphrase-albert-small-v2 is not the path to a directory.
"""
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(1, "acme/paraphrase-albert-small-v2", "model")}


def test_a_function_that_imports_modelscope_downloads_from_it(tmp_path: Path) -> None:
    source = """\
def download_voices():
    \"\"\"Downloads the voice models from ModelScope.\"\"\"
    try:
        from modelscope.hub.snapshot_download import snapshot_download
    except ImportError:
        return
    models = {"voice": "iic/Voice-300M", "voice-sft": "iic/Voice-300M-SFT"}
    for name, model_id in models.items():
        snapshot_download(model_id, cache_dir="pretrained_models", local_dir=name)


def precache():
    from transformers import AutoModel

    AutoModel.from_pretrained("acme/mms-tts-ara")
"""
    refs, errors = scan_one(tmp_path, "download_models.py", source)
    assert ids(refs) == {(15, "acme/mms-tts-ara", "model")}
    assert errors == []
