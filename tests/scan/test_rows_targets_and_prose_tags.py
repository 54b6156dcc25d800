"""Ids in the rows of a literal table that a loop unpacks or indexes (`for name, field in
ROWS:`, `info[0]` of `for info in ROWS:`); a `target_model` that a script reads; Ollama tags
in the messages and docstrings of a file about Ollama; a large file's known publishers' ids
as a dict's keys or an `or` default."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one
from weightgate.scan import scan_paths


def _high(tmp: Path, name: str, text: str) -> set[tuple[int, str, str]]:
    """(line, id, kind) of the references reported with high confidence."""
    (tmp / name).write_text(text, encoding="utf-8")
    return {(r.line, r.id, r.kind) for r in scan_paths([name], tmp).refs if r.confidence == "high"}


def test_a_row_item_indexed_in_a_loop_reaches_a_wrapped_loader(tmp_path: Path) -> None:
    source = (
        "from datasets import load_dataset\n"
        "def load_rows(dataset_name, cache):\n"
        "    return load_dataset(dataset_name, cache_dir=cache)\n"
        "if __name__ == '__main__':\n"
        "    meta_info = [\n"
        "        ('acme/fake_news', 'text', 'label', 1, 0),\n"
        "        ('acme/covid_claims', 'tweet', 'label', 'real', 'fake'),\n"
        "    ]\n"
        "    for info in meta_info:\n"
        "        load_rows(info[0], f'cache/{info[0]}')\n"
    )
    refs, errors = scan_one(tmp_path, "collect.py", source)
    expected = {(6, "acme/fake_news", "dataset"), (7, "acme/covid_claims", "dataset")}
    assert ids(refs) == expected
    assert _high(tmp_path, "collect.py", source) == expected
    assert errors == []


def test_names_unpacked_from_rows_hold_their_column(tmp_path: Path) -> None:
    source = (
        "from transformers import AutoModel\n"
        "PAIRS = [\n"
        "    ('acme/draft-1b', 'acme/target-8b', 'notes/a-b'),\n"
        "    ('acme/draft-2b', 'acme/target-70b', 'notes/c-d'),\n"
        "]\n"
        "for draft, target, note in PAIRS:\n"
        "    AutoModel.from_pretrained(target)\n"
    )
    assert _high(tmp_path, "pairs.py", source) == {
        (3, "acme/target-8b", "model"),
        (4, "acme/target-70b", "model"),
    }
    refs, _ = scan_one(tmp_path, "pairs.py", source)
    assert not any(ident.startswith("notes/") for _l, _c, ident, _k in refs)  # no loader's


def test_a_target_model_is_read_and_a_target_repo_is_written(tmp_path: Path) -> None:
    script = (
        "python prepare_model.py \\\n"
        "    --source_model 'acme/encoder-base' \\\n"
        "    --target_model 'gpt2' \\\n"
        "    --target_repo_id 'me/converted-model'\n"
    )
    refs, _ = scan_one(tmp_path, "prepare.sh", script)
    assert ids(refs) == {(2, "acme/encoder-base", "model"), (3, "gpt2", "model")}


def test_tags_in_an_ollama_files_messages_and_docstring(tmp_path: Path) -> None:
    source = (
        '"""Profiles.\n\nRequirements:\n- Ollama running locally\n'
        '- Models available (gemma3:27b, codellama:13b)\n"""\n'
        "import time\n"
        "def show():\n"
        '    print("   Model: gemma3:27b (balanced speed/accuracy)")\n'
        '    print("Started at: %s" % time.time())\n'
    )
    refs, _ = scan_one(tmp_path, "profiles.py", source)
    assert ids(refs) == {
        (5, "gemma3:27b", "ollama"),
        (5, "codellama:13b", "ollama"),
        (9, "gemma3:27b", "ollama"),
    }
    refs, _ = scan_one(tmp_path, "other.py", source.replace("Ollama", "A server"))
    assert refs == set()  # a file that never names Ollama: no tag in its prose


def test_both_branches_of_a_widgets_help_give_examples(tmp_path: Path) -> None:
    source = (
        "import streamlit as st\n"
        "is_ollama = st.checkbox('Use Ollama')\n"
        "name = st.text_input(\n"
        "    'Model Name',\n"
        "    value=st.session_state.get('model_name', 'gpt-4'),\n"
        "    help=(\n"
        "        'e.g. llama3.1, qwen2.5 (must be pulled on the Ollama server)'\n"
        "        if is_ollama\n"
        "        else 'e.g. gpt-4, gpt-4o'\n"
        "    ),\n"
        ")\n"
    )
    refs, _ = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {(7, "llama3.1", "ollama"), (7, "qwen2.5", "ollama")}


def test_a_large_files_keyed_and_defaulted_publisher_ids(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{i}(value):\n    return value + {i}\n\n\n" for i in range(600))
    source = (
        "from config import config\n"
        f"{filler}"
        "THRESHOLDS: dict[str, float] = {\n"
        '    "BAAI/bge-small-en-v1.5": 0.63,\n'
        "}\n"
        "def configured() -> str:\n"
        '    return str(config.get("model") or "intfloat/multilingual-e5-small")\n'
    )
    assert len(source) > 16_000  # read by regions around its hits, not whole
    refs, _ = scan_one(tmp_path, "embeddings.py", source)
    lines = source.count("\n")
    assert ids(refs) == {
        (lines - 3, "BAAI/bge-small-en-v1.5", "model"),
        (lines, "intfloat/multilingual-e5-small", "model"),
    }


def test_provider_pairs_name_hosted_and_ollama_models(tmp_path: Path) -> None:
    source = (
        "MODEL_MAPPING = {\n"
        '    "llama3": ("ollama", "llama3.2-vision"),\n'
        '    "qwen": ("openrouter", "qwen/qwen3-vl-235b"),\n'
        '    "local": ("transformers", "acme/ocr-small"),\n'
        "}\n"
        "def default_model(provider):\n"
        '    if provider == "openrouter":\n'
        '        return "qwen/qwen3-vl-235b"\n'
        '    return "Qwen/Qwen2.5-VL-7B-Instruct"\n'
    )
    refs, _ = scan_one(tmp_path, "config.py", source)
    found = ids(refs)
    assert (2, "llama3.2-vision", "ollama") in found
    assert (9, "Qwen/Qwen2.5-VL-7B-Instruct", "model") in found
    assert not any(ident == "qwen/qwen3-vl-235b" for _l, ident, _k in found)  # the API's name


def test_an_attention_kernel_and_a_litert_import_are_hub_repositories(tmp_path: Path) -> None:
    source = (
        "from transformers import AutoModelForCausalLM\n"
        "m = AutoModelForCausalLM.from_pretrained(\n"
        '    "acme/ocr-1b", attn_implementation="kernels-community/flash-attn2"\n'
        ")\n"
        'n = AutoModelForCausalLM.from_pretrained("acme/ocr-2b", attn_implementation="sdpa")\n'
    )
    refs, _ = scan_one(tmp_path, "load.py", source)
    assert ids(refs) == {
        (3, "acme/ocr-1b", "model"),
        (3, "kernels-community/flash-attn2", "model"),
        (5, "acme/ocr-2b", "model"),
    }
    script = (
        "litert-lm import \\\n"
        "  --from-huggingface-repo litert-community/gemma-4-E2B-it-litert-lm \\\n"
        "  gemma-4-E2B-it.litertlm\n"
    )
    refs, _ = scan_one(tmp_path, "setup.sh", script)
    assert ids(refs) == {(2, "litert-community/gemma-4-E2B-it-litert-lm", "model")}


def test_a_pair_pinned_to_a_commit_and_a_tuple_of_search_words(tmp_path: Path) -> None:
    source = (
        "import os\n"
        "BUNDLES = {\n"
        '    "french": ("acme/tts-french-onnx", "84541283b060685dbc7f9f9d8066f4b00235820c"),\n'
        '    "ro": ("acme/bert-ro", "37fb0ffb4bc4f7c4cde429626775685fb18f234f", "bert", {"x"}),\n'
        "}\n"
        "SPEC = ProviderSpec(\n"
        '    name="ollama", base_url=os.environ.get("OLLAMA_HOST"),\n'
        '    keywords=("ollama", "nemotron"),\n'
        ")\n"
    )
    refs, _ = scan_one(tmp_path, "bundles.py", source)
    assert ids(refs) == {  # no `nemotron` tag
        (3, "acme/tts-french-onnx", "model"),
        (4, "acme/bert-ro", "model"),
    }


def test_a_docstrings_id_that_the_file_loads_as_a_dataset(tmp_path: Path) -> None:
    source = (
        '"""Download and save allenai/Dolci-Instruct-SFT locally."""\n'
        "from datasets import load_dataset\n"
        'DATASET_NAME = "allenai/Dolci-Instruct-SFT"\n'
        "ds = load_dataset(DATASET_NAME)\n"
    )
    refs, _ = scan_one(tmp_path, "download.py", source)
    assert ids(refs) == {
        (1, "allenai/Dolci-Instruct-SFT", "dataset"),
        (3, "allenai/Dolci-Instruct-SFT", "dataset"),
    }


def test_the_dataset_viewers_api_names_a_dataset(tmp_path: Path) -> None:
    source = (
        "import requests\n"
        'URL = "https://datasets-server.huggingface.co/rows?dataset=openai/gsm8k&config=main"\n'
        "rows = requests.get(URL).json()\n"
    )
    refs, _ = scan_one(tmp_path, "fetch.py", source)
    assert ids(refs) == {(2, "openai/gsm8k", "dataset")}
    script = (
        'curl "https://datasets-server.huggingface.co/splits?config=x&dataset=acme%2Fsmall-set"\n'
    )
    refs, _ = scan_one(tmp_path, "fetch.sh", script)
    assert ids(refs) == {(1, "acme/small-set", "dataset")}


def test_a_model_familys_version_is_its_checkpoint(tmp_path: Path) -> None:
    config = (
        "{\n"
        "    model: {\n"
        '        t5_version: "google/mt5-large",\n'
        '        python_version: "3/10",\n'
        "    },\n"
        "}\n"
    )
    refs, _ = scan_one(tmp_path, "spider.jsonnet", config)
    assert ids(refs) == {(3, "google/mt5-large", "model")}


def test_a_checkpoints_repository_and_stand_in_names(tmp_path: Path) -> None:
    config = (
        "ckpt_repo: acme/c2l-evo-multitask-v2\n"
        "save_ckpt_repo: me/my-run\n"
        "llm:\n"
        "  model: openai/local-model\n"
        "  fallback: openai/my-custom-model\n"
        "  quantized: mlx-community/Custom-Model-4bit\n"
        "  exported: myorg/my-onnx-model\n"
    )
    refs, _ = scan_one(tmp_path, "c2l.yaml", config)
    assert ids(refs) == {(1, "acme/c2l-evo-multitask-v2", "model")}
    guide = "Pull one first:\n\n```bash\nollama pull custom-model:latest\n```\n"
    refs, _ = scan_one(tmp_path, "GUIDE.md", guide)
    assert refs == set()  # a stand-in for the reader's own model


def test_datasets_read_through_the_hubs_file_system_and_data_loaders(tmp_path: Path) -> None:
    source = (
        "from huggingface_hub import HfFileSystem\n"
        "from agml.data import HuggingFaceDataLoader\n"
        "fs = HfFileSystem()\n"
        'fs.get("datasets/acme/uk_pv/metadata.csv", "metadata.csv")\n'
        'loader = HuggingFaceDataLoader("acme/apple_flower_segmentation")\n'
    )
    refs, _ = scan_one(tmp_path, "pv.py", source)
    assert ids(refs) == {
        (4, "acme/uk_pv", "dataset"),
        (5, "acme/apple_flower_segmentation", "dataset"),
    }


def test_a_font_file_is_no_repository(tmp_path: Path) -> None:
    doc = "Assets:\n\n- [ ] `static/geist-variable.woff2` — bundled, `preload`ed.\n"
    refs, _ = scan_one(tmp_path, "DESIGN.md", doc)
    assert refs == set()


def test_a_default_classifiers_id(tmp_path: Path) -> None:
    source = (
        "# Default classifier model id (overridable via Guard(classifier=...)).\n"
        '_DEFAULT_CLASSIFIER = "acme/deberta-v3-base-prompt-injection-v2"\n'
        "class Guard:\n"
        "    def __init__(self, classifier: str | None = _DEFAULT_CLASSIFIER) -> None:\n"
        "        self.classifier = classifier\n"
    )
    refs, _ = scan_one(tmp_path, "guard.py", source)
    assert ids(refs) == {(2, "acme/deberta-v3-base-prompt-injection-v2", "model")}


def test_a_providers_bedrock_model_is_no_ollama_tag(tmp_path: Path) -> None:
    doc = (
        "Run Jupyter AI with Ollama or Bedrock:\n\n"
        "```bash\n"
        "jupyter lab --AiExtension.default_completions_model=bedrock-chat:anthropic.claude-v2\n"
        "jupyter lab --AiExtension.default_completions_model=ollama:llama3.2\n"
        "```\n"
    )
    refs, _ = scan_one(tmp_path, "index.md", doc)
    assert {ident for _l, _c, ident, _k in refs} == {"llama3.2"}


def test_a_hub_loader_imported_by_name(tmp_path: Path) -> None:
    source = (
        "from onnxtr.models import from_hub, ocr_predictor\n"
        "def load_predictor():\n"
        '    reco_model = from_hub("acme/onnxtr-parseq-arabic")\n'
        "    return ocr_predictor(reco_arch=reco_model)\n"
    )
    refs, _ = scan_one(tmp_path, "ocr.py", source)
    assert ids(refs) == {(3, "acme/onnxtr-parseq-arabic", "model")}


def test_registries_of_datasets_and_a_tables_entry_unpacked(tmp_path: Path) -> None:
    source = (
        "from datasets import load_dataset\n"
        'DATASET_REGISTRY: dict[str, str] = {"viqp": "acme/viqp", "visp": "acme/visp"}\n'
        "_SOURCES = {\n"
        '    "mmlu": ("acme/mmlu", "all", "test"),\n'
        '    "gsm": ("acme/gsm8k", "main", "test"),\n'
        "}\n"
        "def build(name):\n"
        "    repo, config, split = _SOURCES[name]\n"
        "    return load_dataset(repo, config, split=split)\n"
        'load_dataset("my-audio-dataset")\n'
    )
    refs, _ = scan_one(tmp_path, "task.py", source)
    assert ids(refs) == {
        (2, "acme/viqp", "dataset"),
        (2, "acme/visp", "dataset"),
        (4, "acme/mmlu", "dataset"),
        (5, "acme/gsm8k", "dataset"),
    }


def test_a_gguf_repository_named_with_a_suffix_in_a_typed_map(tmp_path: Path) -> None:
    source = (
        "export const HF_TO_GGUF_REPO: { [key: string]: string } = {\n"
        '    "Llama-3.2-1B-Instruct": "acme/Llama-3.2-1B-Instruct.GGUF",\n'
        '    "SmolLM2-1.7B-Instruct": "acme/SmolLM2-1.7B-Instruct.GGUF",\n'
        "};\n"
    )
    refs, _ = scan_one(tmp_path, "index.ts", source)
    assert ids(refs) == {
        (2, "acme/Llama-3.2-1B-Instruct.GGUF", "model"),
        (3, "acme/SmolLM2-1.7B-Instruct.GGUF", "model"),
    }
    doc = "* Build a RAG chatbot from the assembled dataset with all-MiniLM-L6-v2 and Chroma\n"
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(1, "sentence-transformers/all-MiniLM-L6-v2", "model")}


def test_a_dataset_used_label(tmp_path: Path) -> None:
    doc = "# Docstrings\n\nDataset used: **acme/code-search-net-python** on Hugging Face.\n"
    refs, _ = scan_one(tmp_path, "README.md", doc)
    assert ids(refs) == {(3, "acme/code-search-net-python", "dataset")}


def test_a_list_of_tagged_ollama_names_in_a_file_without_other_words(tmp_path: Path) -> None:
    source = (
        "# available backends (top is default)\n"
        "available_backends = [\n"
        "'gpt-4.1',\n"
        "'gemma4:31b',\n"
        "'qwen3.6:35b',\n"
        "'local',\n"
        "]\n"
    )
    refs, _ = scan_one(tmp_path, "available_backends.py", source)
    assert ids(refs) == {(4, "gemma4:31b", "ollama"), (5, "qwen3.6:35b", "ollama")}


def test_a_links_text_naming_a_vendors_page_is_no_library_model(tmp_path: Path) -> None:
    readme = """\
# Setup

Run a local model with Ollama: `ollama pull gemma3:27b`.

The hosted models this tool accesses (`--model` parameter):

- [qwen](https://help.aliyun.com/zh/model-studio/) `qwen-vl-plus`
- [grok](https://docs.x.ai/docs/overview) `grok-2-vision-1212`
- [mistral](https://ollama.com/library/mistral) for local runs
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "gemma3:27b", "ollama"), (9, "mistral", "ollama")}
    assert errors == []


def test_a_providers_prefix_is_no_ollama_model(tmp_path: Path) -> None:
    guide = """\
# Self-hosted models

Pull the model, then point the connection at the local Ollama server:

```bash
ollama pull gemma4
export CONN='{"host": "http://localhost:11434/v1", "extra": {"model": "ollama:gemma4"}}'
```
"""
    refs, errors = scan_one(tmp_path, "self_hosted_models.md", guide)
    assert ids(refs) == {(6, "gemma4", "ollama"), (7, "gemma4", "ollama")}
    assert errors == []


def test_an_ollama_command_inside_a_sentence(tmp_path: Path) -> None:
    readme = """\
# Plant care

3. Run ollama run llama3.2 or for smaller machines try ollama run llama3.2:1b
4. First ollama pull the model you want, then start the app.
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "llama3.2", "ollama"), (3, "llama3.2:1b", "ollama")}
    assert errors == []


def test_a_bold_list_items_library_name(tmp_path: Path) -> None:
    readme = """\
# AI insights

Pull a model first: `ollama pull phi4`.

Model sizes and typical response times:
- **qwen2.5** (4.7GB) - ~4 seconds
- **deepseek-r1** (4.7GB) - ~5 seconds
- **Fast mode** - answers in a second
- **Mistral** / **Phi** - open models
- **qwen (1):** `qwen3-vl-flash` added
- **codestral**: a context window fixed
"""
    refs, errors = scan_one(tmp_path, "ai-insights.md", readme)
    assert ids(refs) == {
        (3, "phi4", "ollama"),
        (6, "qwen2.5", "ollama"),
        (7, "deepseek-r1", "ollama"),
    }
    assert errors == []
