"""Documents: an adapter's label, bare Ollama names beside tagged ones, and a link to
ollama.com written twice."""

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
