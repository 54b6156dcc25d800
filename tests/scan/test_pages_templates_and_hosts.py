"""Rules from the twenty-sixth session's held-out corpora: HTML pages and Jinja templates are
read; a dataset class's repository fields are datasets; an unmarked Markdown block of Python is
read as Python; hosted APIs' names are muted where a provider's record, a row, a map of
defaults or a block of settings picks the API; a Whisper size enum; a repository named beside
a weights file; two vendors joined by a slash; a sentence's full stop after `ollama pull x`; a
LiteLLM `ollama/` route in a config; a Qt field's placeholder; Whisper sizes joined by slashes;
an id a reST text calls a pretrained checkpoint; a robot policy; a selectbox labelled by a
translation key; an id a sentence says comes from the Hub; a python fence that is no program;
a repository compared with `repo_id`; a config record's `repo_type: dataset`; a known
publisher's id given as an argument or row item in a large file; a collection's slug."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def refs(tmp: Path, file: str, text: str) -> set[tuple[int, str, str]]:
    found, errors = scan_one(tmp, file, text)
    assert errors == []
    return ids(found)


PAGE = """<!doctype html>
<html>
<head>
<style>
  .model { content: "acme/not-a-model-v1"; }
</style>
<script type="module">
  import { pipeline } from "https://cdn.jsdelivr.net/npm/@huggingface/transformers";
  const classify = await pipeline("sentiment-analysis", "Xenova/acme-sentiment-base");
</script>
</head>
<body>
  <p>Weights: <a href="https://huggingface.co/acme/page-linked-7b">acme/page-linked-7b</a></p>
  <label>Ollama model</label>
  <select name="ollama_model">
    <option value="qwen2.5:7b">Qwen 2.5 7B</option>
  </select>
  <div><strong>8 GB</strong> &mdash; gemma3:12b, llama3.1:8b</div>
</body>
</html>
"""


def test_a_page_reads_its_scripts_links_and_ollama_choices(tmp_path: Path) -> None:
    assert refs(tmp_path, "web/index.html", PAGE) == {
        (9, "Xenova/acme-sentiment-base", "model"),
        (13, "acme/page-linked-7b", "model"),
        (16, "qwen2.5:7b", "ollama"),
        (18, "gemma3:12b", "ollama"),
        (18, "llama3.1:8b", "ollama"),
    }


def test_a_jinja_template_is_read_as_the_file_it_renders(tmp_path: Path) -> None:
    config = (
        "{# rendered by the project generator #}\n"
        "{% if task == 'nlp' %}\n"
        "model_name: acme/template-bert-base\n"
        "{% endif %}\n"
        "epochs: {{ epochs }}\n"
    )
    assert refs(tmp_path, "configs/nlp.yaml.j2", config) == {
        (3, "acme/template-bert-base", "model")
    }
    script = (
        "from transformers import AutoModel\n"
        "{% if use_gpu %}\n"
        "DEVICE = 'cuda'\n"
        "{% else %}\n"
        "DEVICE = 'cpu'\n"
        "{% endif %}\n"
        'model = AutoModel.from_pretrained("acme/template-encoder-base")\n'
    )
    assert refs(tmp_path, "src/train.py.j2", script) == {(7, "acme/template-encoder-base", "model")}
    page = '{% extends "base.html" %}\n<a href="https://huggingface.co/acme/jinja-page-3b">x</a>\n'
    assert refs(tmp_path, "templates/model.jinja", page) == {(2, "acme/jinja-page-3b", "model")}


def test_a_dataset_classs_repository_fields_are_datasets(tmp_path: Path) -> None:
    text = (
        "from dataclasses import dataclass\n"
        "\n"
        "@dataclass\n"
        "class DatasetConfig:\n"
        '    dataset_name: str = "esc50"\n'
        '    hf_path: str = "acme/esc50-audio"\n'
        "\n"
        'config = DatasetConfig(dataset_name="HSN", hf_path="acme/bird-sounds")\n'
        'model_path = "acme/bird-classifier-base"\n'
    )
    assert refs(tmp_path, "data.py", text) == {
        (6, "acme/esc50-audio", "dataset"),
        (8, "acme/bird-sounds", "dataset"),
        (9, "acme/bird-classifier-base", "model"),
    }


def test_a_dict_spread_into_a_dataset_class_names_datasets(tmp_path: Path) -> None:
    text = (
        "from bench.dataset import Dataset\n"
        "\n"
        "def bcic2a(**overrides) -> Dataset:\n"
        "    defaults = dict(\n"
        '        hf_id="acme/bcic2a-eeg",\n'
        "        n_classes=4,\n"
        "    )\n"
        "    defaults.update(overrides)\n"
        "    return Dataset(**defaults)\n"
        "\n"
        "def encoder(**overrides):\n"
        '    spec = dict(hf_id="acme/eeg-encoder-base")\n'
        "    return Encoder(**spec)\n"
    )
    assert refs(tmp_path, "configs.py", text) == {
        (5, "acme/bcic2a-eeg", "dataset"),
        (12, "acme/eeg-encoder-base", "model"),
    }


def test_a_dataset_field_defaulting_to_a_constant_names_a_dataset(tmp_path: Path) -> None:
    text = (
        "from dataclasses import dataclass\n"
        "\n"
        'DEFAULT_REPO_ID = "acme/maestro-eeg"\n'
        'ENCODER_REPO_ID = "acme/maestro-encoder"\n'
        "\n"
        "@dataclass\n"
        "class DatasetPaths:\n"
        "    repo_id: str = DEFAULT_REPO_ID\n"
    )
    assert refs(tmp_path, "loader.py", text) == {
        (3, "acme/maestro-eeg", "dataset"),
        (4, "acme/maestro-encoder", "model"),
    }


def test_an_unmarked_block_that_is_python_is_read_as_python(tmp_path: Path) -> None:
    text = (
        "## Prepare data\n"
        "\n"
        "```\n"
        "from birds.data import DatasetConfig, BirdDataModule\n"
        "dm = BirdDataModule(\n"
        "    dataset=DatasetConfig(\n"
        "        hf_path='acme/bird-sounds',\n"
        "        hf_name='HSN',\n"
        "    ),\n"
        ")\n"
        "```\n"
    )
    assert refs(tmp_path, "README.md", text) == {(7, "acme/bird-sounds", "dataset")}


def test_a_providers_record_and_row_give_the_apis_names(tmp_path: Path) -> None:
    text = (
        "PROVIDERS = {\n"
        '    "Groq (fast)": {"id": "groq", "models": ["openai/gpt-oss-20b", "llama-3.1-8b"]},\n'
        '    "Local": {"id": "huggingface", "models": ["Qwen/Qwen2.5-7B-Instruct"]},\n'
        "}\n"
        "CLOUD = [\n"
        '    ("together", "TOGETHER_API_KEY", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),\n'
        '    ("siliconflow", "SILICONFLOW_API_KEY", "deepseek-ai/DeepSeek-V3", "https://x"),\n'
        '    ("local", "HF_API_KEY", "meta-llama/Llama-3.1-8B-Instruct", "https://y"),\n'
        "]\n"
    )
    assert refs(tmp_path, "providers.py", text) == {
        (3, "Qwen/Qwen2.5-7B-Instruct", "model"),
        (8, "meta-llama/Llama-3.1-8B-Instruct", "model"),
    }


def test_a_map_of_defaults_by_provider_gives_hosted_apis_their_names(tmp_path: Path) -> None:
    text = (
        "DEFAULT_MODELS = {\n"
        '    "gemini": "gemini-flash-latest",\n'
        '    "groq": "openai/gpt-oss-120b",\n'
        '    "lmstudio": "lmstudio/local",\n'
        '    "ollama": "llama3.2",\n'
        "}\n"
        "FAMILIES = {\n"
        '    "mistral": "mistralai/Mistral-7B-Instruct-v0.3",\n'
        '    "google": "google/gemma-2-9b-it",\n'
        "}\n"
    )
    assert refs(tmp_path, "config.py", text) == {
        (5, "llama3.2", "ollama"),
        (8, "mistralai/Mistral-7B-Instruct-v0.3", "model"),
        (9, "google/gemma-2-9b-it", "model"),
    }


def test_a_block_of_settings_that_picks_a_hosted_api_gives_its_names(tmp_path: Path) -> None:
    text = (
        "# Setup\n"
        "\n"
        "```\n"
        "AI_PROVIDER=groq\n"
        "# AI_MODEL=openai/gpt-oss-120b  <- optional\n"
        "```\n"
        "\n"
        "Embeddings come from `sentence-transformers/all-mpnet-base-v2`.\n"
    )
    assert refs(tmp_path, "README.md", text) == {
        (8, "sentence-transformers/all-mpnet-base-v2", "model")
    }


def test_an_enum_of_whisper_sizes_names_the_backends_models(tmp_path: Path) -> None:
    text = (
        "import enum\n"
        "from faster_whisper import WhisperModel\n"
        "\n"
        "class ModelSize(enum.Enum):\n"
        '    TINY = "tiny"\n'
        '    BASE = "base"\n'
        '    SMALL = "small"\n'
        "\n"
        "def load(size=ModelSize.SMALL.value):\n"
        "    return WhisperModel(size)\n"
    )
    assert refs(tmp_path, "transcribe.py", text) == {
        (5, "Systran/faster-whisper-tiny", "model"),
        (6, "Systran/faster-whisper-base", "model"),
        (7, "Systran/faster-whisper-small", "model"),
    }


def test_a_repository_beside_a_weights_file_is_a_models(tmp_path: Path) -> None:
    text = (
        "# Default Hub repository and bundle.\n"
        'DEFAULT_REPO = "acme/sleep-stager"\n'
        'BUNDLE_FILENAME = "stager.safetensors"\n'
        "\n"
        "class Config:\n"
        "    # Model settings\n"
        '    REPO_ID = "acme/food-recognition"\n'
        "    EMBEDDING_DIM = 128\n"
    )
    assert refs(tmp_path, "loader.py", text) == {
        (2, "acme/sleep-stager", "model"),
        (7, "acme/food-recognition", "model"),
    }
    # without the weights file, a bare `DEFAULT_REPO` may be any repository
    assert refs(tmp_path, "other.py", 'DEFAULT_REPO = "acme/sleep-stager"\n') == set()


def test_two_vendors_joined_by_a_slash_are_no_id(tmp_path: Path) -> None:
    text = (
        '"""Telegram bot.\n'
        "\n"
        "Photos need a vision-capable\n"
        "model: OpenAI/Anthropic default models support vision; with ollama pull llava.\n"
        '"""\n'
        'MODEL = "x"\n'
    )
    # and the sentence's full stop is not part of the name `ollama pull` is given
    assert refs(tmp_path, "bot.py", text) == {(4, "llava", "ollama")}


def test_a_hosted_models_variants_joined_by_a_slash_are_no_id(tmp_path: Path) -> None:
    text = """\
### Setup

```yaml
Local (Default):
  Model: phi3:mini (2.2 GB)
Cloud (Power Mode):
  Models:
    - GPT-4o-nano/mini: Complex analysis
    - GPT-5-mini/nano: Advanced reasoning
```
"""
    assert refs(tmp_path, "STRATEGY.md", text) == {(5, "phi3:mini", "ollama")}


def test_a_litellm_route_to_a_library_model_in_a_config(tmp_path: Path) -> None:
    text = (
        '{\n  "remote": ["groq/llama-3.1-8b-instant"],\n'
        '  "local": ["ollama/llama3.2", "ollama/qwen2.5-coder"],\n'
        '  "image": "ollama/ollama"\n}\n'
    )
    assert refs(tmp_path, "assets/models.json", text) == {
        (3, "llama3.2", "ollama"),
        (3, "qwen2.5-coder", "ollama"),
    }


def test_a_qt_fields_placeholder_gives_examples(tmp_path: Path) -> None:
    text = (
        "from PySide6.QtWidgets import QLineEdit\n"
        "box = QLineEdit()\n"
        'box.setPlaceholderText("Enter Hugging Face model ID (e.g., acme/dialog-medium)")\n'
        'box.setToolTip("Paste the text to translate")\n'
        "tokenizer = AutoTokenizer.from_pretrained(box.text())\n"
    )
    assert refs(tmp_path, "dialog.py", text) == {(3, "acme/dialog-medium", "model")}


def test_whisper_sizes_joined_by_slashes_are_a_list(tmp_path: Path) -> None:
    text = (
        "import argparse\n"
        "from faster_whisper import WhisperModel\n"
        "p = argparse.ArgumentParser()\n"
        'p.add_argument("--model", help="Whisper model (tiny/base/small, default: small)")\n'
        'p.add_argument("--out", help="Folder, e.g. models/base/small")\n'
    )
    assert refs(tmp_path, "cli.py", text) == {
        (4, "Systran/faster-whisper-tiny", "model"),
        (4, "Systran/faster-whisper-base", "model"),
        (4, "Systran/faster-whisper-small", "model"),
    }


def test_an_id_called_a_pretrained_checkpoint_in_rest_quotes(tmp_path: Path) -> None:
    text = "Weights come from the ``acme/aurora`` pretrained checkpoint on the Hub.\n"
    assert refs(tmp_path, "docs/usage.rst", text) == {(1, "acme/aurora", "model")}


def test_a_robot_policy_is_a_model(tmp_path: Path) -> None:
    text = (
        "from lerobot.policies.act import ACTPolicy\n"
        "arm = Arm(\n"
        '    policy_name="acme/act-grab-notebook-2",\n'
        '    retry_policy="exponential",\n'
        ")\n"
    )
    assert refs(tmp_path, "examples/arm.py", text) == {(3, "acme/act-grab-notebook-2", "model")}
    script = "lerobot-record --policy.path=acme/act-pick-place-v1 --robot.type=so100\n"
    assert refs(tmp_path, "record.sh", script) == {(1, "acme/act-pick-place-v1", "model")}


def test_a_selectbox_labelled_by_a_translation_key(tmp_path: Path) -> None:
    text = (
        "import ollama\n"
        "import streamlit as st\n"
        't = {"model": "Modèle"}\n'
        'model_name = st.selectbox(t["model"], ["mistral", "llama3"])\n'
        "ollama.chat(model=model_name, messages=[])\n"
    )
    assert refs(tmp_path, "app.py", text) == {(4, "mistral", "ollama"), (4, "llama3", "ollama")}


def test_an_id_a_sentence_says_comes_from_the_hub(tmp_path: Path) -> None:
    text = (
        "- `extract()` lazily downloads `acme/layout-document-qa` from Hugging Face on first use.\n"
        "- Source code lives at `acme/layout-tools` on GitHub.\n"
    )
    assert refs(tmp_path, "README.md", text) == {(1, "acme/layout-document-qa", "model")}


def test_a_python_fence_that_is_no_program_names_known_models(tmp_path: Path) -> None:
    text = (
        "### Core components\n"
        "\n"
        "```python\n"
        '- Cross-Encoder: "cross-encoder/acme-marco-MiniLM-L-12-v2"\n'
        '- Bi-Encoder: "acme/unknown-encoder-base"\n'
        "- BM25 lexical scoring\n"
        "```\n"
    )
    assert refs(tmp_path, "README.md", text) == {
        (4, "cross-encoder/acme-marco-MiniLM-L-12-v2", "model")
    }


def test_a_repository_compared_with_repo_id_is_a_models(tmp_path: Path) -> None:
    text = (
        "def verify(component, filename):\n"
        '    if component.repo_id == "acme/control-tile-v11" and filename.endswith(".bin"):\n'
        "        return True\n"
    )
    assert refs(tmp_path, "verify.py", text) == {(2, "acme/control-tile-v11", "model")}


def test_a_config_records_repo_type_says_dataset(tmp_path: Path) -> None:
    text = (
        '{\n  "assets": [\n'
        '    {"name": "nli", "repo_id": "google/acme-nli-mixture", "repo_type": "model"},\n'
        '    {"name": "ruler", "repo_id": "allenai/acme-ruler-data", "repo_type": "dataset"}\n'
        "  ]\n}\n"
    )
    assert refs(tmp_path, "configs/assets.json", text) == {
        (3, "google/acme-nli-mixture", "model"),
        (4, "allenai/acme-ruler-data", "dataset"),
    }


def test_a_known_publishers_id_as_an_argument_in_a_large_file(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{i}(x):\n    return x + {i}\n\n" for i in range(900))
    text = (
        '"""GPU model selection."""\n'
        "CHOICES = {\n"
        '    1: ModelChoice("Qwen/Qwen2.5-7B-Instruct", "vllm", 32_768),\n'
        "}\n"
        "TIERS = [\n"
        '    (36, "Qwen/Qwen2.5-14B-Instruct", "14B-class"),\n'
        "]\n"
        "def doc():\n"
        '    """Example:\n'
        '    >>> pick("Qwen/Qwen2.5-3B-Instruct")\n'
        '    """\n' + filler
    )
    assert len(text) > 16_000
    found = refs(tmp_path, "local_gpu.py", text)
    assert (3, "Qwen/Qwen2.5-7B-Instruct", "model") in found
    assert (6, "Qwen/Qwen2.5-14B-Instruct", "model") in found


def test_a_collections_slug_is_no_repository(tmp_path: Path) -> None:
    text = (
        '"""Moirai checkpoints (collection: acme/moirai-r-models-65c8d3a94c51428c300e0742);\n'
        "the model itself is acme/moirai-1.1-R-large.\n"
        '"""\n'
        'MODEL = "acme/moirai-1.1-R-large"\n'
    )
    assert refs(tmp_path, "moirai.py", text) == {
        (2, "acme/moirai-1.1-R-large", "model"),
        (4, "acme/moirai-1.1-R-large", "model"),
    }


def test_unclosed_scripts_styles_and_statements_end_the_search(tmp_path: Path) -> None:
    page = (
        '<p><a href="https://huggingface.co/acme/linked-3b">x</a></p>\n'
        "<style>.a { color: red }\n"
        "<script>\n"
        'const p = await pipeline("task", "Xenova/acme-unclosed-base");\n'
    ) + "<script " * 2_000
    found = refs(tmp_path, "broken.html", page)
    assert (1, "acme/linked-3b", "model") in found
    template = "{% if x %}\nmodel_name: acme/template-bert-base\n" + "{% if y " * 2_000
    assert refs(tmp_path, "cfg.yaml.j2", template) == {(2, "acme/template-bert-base", "model")}


def test_a_template_values_literal_default_is_rendered(tmp_path: Path) -> None:
    template = """\
services:
  embeddings:
    image: ghcr.io/huggingface/text-embeddings-inference:latest
    environment:
      MODEL_ID: "{{ embedding_model | default('acme/bge-small-x') }}"
      REVISION: "{{ revision }}"
"""
    assert refs(tmp_path, "docker-compose.yml.j2", template) == {(5, "acme/bge-small-x", "model")}


def test_a_modelfile_held_in_a_config_maps_block(tmp_path: Path) -> None:
    manifest = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: ollama-modelfiles
data:
  Modelfile: |
    FROM /tmp/finetune.Q8_0.gguf
    SYSTEM \"\"\"You are an observer.\"\"\"
  ModelfileMistral: |
    FROM cas/mistral-instruct-moe:latest
    PARAMETER temperature 1
  ModelfileHub: |
    FROM hf.co/acme/chat-8b-GGUF:Q4_K_M
  notes: |
    FROM here on, read the docs
"""
    assert refs(tmp_path, "ollama-deploy.yaml", manifest) == {
        (10, "cas/mistral-instruct-moe:latest", "ollama"),
        (13, "acme/chat-8b-GGUF", "model"),
    }


def test_an_organizations_tab_is_no_repository(tmp_path: Path) -> None:
    doc = """\
The models are open on [Hugging Face](https://huggingface.co/acme-ai/models) and as
[one repository](https://huggingface.co/acme-ai/models/tree/main) of weights.
See also https://huggingface.co/acme-ai/flash-4b.
"""
    assert refs(tmp_path, "models.md", doc) == {
        (2, "acme-ai/models", "model"),
        (3, "acme-ai/flash-4b", "model"),
    }
