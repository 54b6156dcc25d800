"""Documents and docstrings: an adapter's label, bare Ollama names beside tagged ones, a link
to ollama.com written twice, a docstring's examples for a model argument, llama.cpp's `-hf`
flag in prose; and what is no Hub id: a router's slugs (in code that reads its API key, in
rows given to it), LM Studio's keys; and no Ollama tag: a provider before a hosted API's model
(`argo:claude-opus-4.5`)."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_an_adapter_label_gives_its_id(tmp_path: Path) -> None:
    readme = """\
## Model details

- **Base**: meta-llama/Llama-3.2-11B-Vision-Instruct
- **Adapter**: DermaVLM/DermatoLLama-full (LoRA)
- LoRA: acme/ink-style
- **Output**: free-text analysis
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (3, "meta-llama/Llama-3.2-11B-Vision-Instruct", "model"),
        (4, "DermaVLM/DermatoLLama-full", "model"),
        (5, "acme/ink-style", "model"),
    }


def test_bare_ollama_names_beside_tagged_ones(tmp_path: Path) -> None:
    readme = """\
# Research with local models via Ollama

Deep research - analysts: qwen3:14b, gemma3:12b, llama3.2 - editor: qwen3:14b

| Your machine | Fits |
|---|---|
| 8 GB RAM | 3-4B (llama3.2, qwen3:4b) |

Works well, like mistral does for everyone.
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    found = ids(refs)
    assert (3, "llama3.2", "ollama") in found
    assert (7, "llama3.2", "ollama") in found
    assert not any(line == 9 for line, _id, _kind in found)  # no tag beside it, no model talk


def test_a_link_to_ollama_com_written_twice_is_no_model(tmp_path: Path) -> None:
    readme = """\
### Install ollama and run model

[ollama](https://ollama.com/https:/) installation from here; then
[gemma3](https://ollama.com/library/gemma3).
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(4, "gemma3", "ollama")}


def test_a_docstring_entry_for_a_model_argument_gives_ollama_examples(tmp_path: Path) -> None:
    source = '''\
import requests


class OllamaService:
    def __init__(self, base_url: str = "http://localhost:11434", model: str = "llama2"):
        """Initialize the Ollama service.

        Args:
            base_url: Ollama server URL, like the default
            model: Model name to use (e.g., 'neural-chat', 'mistral')
            timeout: seconds, like mistral does
        """
        self.model = model

    def build(self, llm_type: str):
        """llm_type: A string naming the model (e.g., "gpt-3.5-turbo", "llama3")."""
        return llm_type
'''
    refs, _errors = scan_one(tmp_path, "ollama_service.py", source)
    assert ids(refs) == {
        (5, "llama2", "ollama"),
        (10, "neural-chat", "ollama"),
        (10, "mistral", "ollama"),
        (16, "llama3", "ollama"),
    }


def test_a_list_beside_the_routers_api_key_holds_its_slugs(tmp_path: Path) -> None:
    source = """\
import os

PLANNING_MODELS = [
    "anthropic/claude-sonnet-4",
    "qwen/qwen-max",
    "mistralai/mistral-medium-3.1",
]
LOCAL_MODEL = "Qwen/Qwen2.5-7B-Instruct"
api_key = os.environ.get("OPENROUTER_API_KEY")
"""
    refs, _errors = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {(8, "Qwen/Qwen2.5-7B-Instruct", "model")}


def test_rows_given_to_a_router_and_lm_studio_keys_are_no_hub_ids(tmp_path: Path) -> None:
    source = """\
DEFAULT_MODELS = [
    ModelInfo("qwen2.5-coder:7b", "ollama", 0.0),
    ModelInfo("qwen/qwen3-coder-next", "openrouter", 0.2),
]
"""
    refs, _errors = scan_one(tmp_path, "router.py", source)
    assert ids(refs) == {(2, "qwen2.5-coder:7b", "ollama")}
    readme = """\
| Pick | Model (LM Studio key) | For |
| --- | --- | --- |
| Fast | `qwen/qwen3.5-9b` | chat |
| Embed | `BAAI/bge-m3` | search |
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(4, "BAAI/bge-m3", "model")}


def test_llama_cpp_hub_flags_in_prose(tmp_path: Path) -> None:
    readme = """\
# Setup

### How to run
cd llama.cpp/build/bin/
./llama-server -hf ggml-org/Qwen2.5-VL-7B-Instruct-GGUF
(tool_name) -hf ggml-org/SmolVLM-Instruct-GGUF
Use the -hf flag with any repository.
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (5, "ggml-org/Qwen2.5-VL-7B-Instruct-GGUF", "model"),
        (6, "ggml-org/SmolVLM-Instruct-GGUF", "model"),
    }


def test_a_provider_before_a_hosted_apis_model_is_no_ollama_tag(tmp_path: Path) -> None:
    source = """\
import ollama

MODELS = ["argo:claude-opus-4.5", "argo:gpt-5-mini", "argo:o3", "mine:7b", "qwen3:8b"]
ollama.chat(model="mine:7b")
"""
    refs, _errors = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {
        (3, "mine:7b", "ollama"),
        (3, "qwen3:8b", "ollama"),
        (4, "mine:7b", "ollama"),
    }


def test_stand_in_ollama_names_with_two_words_before_model(tmp_path: Path) -> None:
    md = """\
# Story bot

Pull the model first: `ollama pull llama2:13b` (or `ollama pull your-model-name`)

```python
MODELS = [
    "llama2:13b",
    "your-custom-model:7b",
    "another-model:13b",
]
```
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "llama2:13b", "ollama"), (7, "llama2:13b", "ollama")}
