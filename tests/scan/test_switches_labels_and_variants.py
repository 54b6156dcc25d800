"""Ollama client switches before the model, Modelfile blocks in documents, a library tag after
a model label, a launcher's `--llm` flag, variables named for one model of several, and
Gradio's Spaces."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_ollama_switches_before_the_model_are_skipped(tmp_path: Path) -> None:
    script = """\
#!/bin/sh
ollama show --modelfile mistral
ollama run --verbose llama3.2:3b "hello"
ollama run --format json --keepalive 5m qwen2.5:7b
ollama run --think phi4
ollama list --help
"""
    refs, errors = scan_one(tmp_path, "setup.sh", script)
    assert ids(refs) == {
        (2, "mistral", "ollama"),
        (3, "llama3.2:3b", "ollama"),
        (4, "qwen2.5:7b", "ollama"),
        (5, "phi4", "ollama"),
    }
    assert errors == []


def test_a_modelfile_block_in_a_document_names_its_base(tmp_path: Path) -> None:
    notes = """\
# Notes

```ModelFile
FROM mistral

PARAMETER temperature 1
```

```modelfile
FROM ./my-model.gguf
```
"""
    refs, _ = scan_one(tmp_path, "notes.md", notes)
    assert ids(refs) == {(4, "mistral", "ollama")}


def test_a_library_tag_after_a_model_label(tmp_path: Path) -> None:
    card = """\
## Training Details:
- **Model**: llama3.2:1b
- **Model Size**: 1.2 MB
- **Device**: cpu:0
- **Model**: my-tuned:v2
"""
    refs, _ = scan_one(tmp_path, "README.md", card)
    assert ids(refs) == {(2, "llama3.2:1b", "ollama")}


def test_a_launchers_llm_flag(tmp_path: Path) -> None:
    script = """\
#!/usr/bin/env bash
exec python loadmodel.py --llm unsloth/Qwen3-30B-A3B-Thinking-2507-GGUF:Q5_K_XL \\
  --host 0.0.0.0
python app.py --llm-provider openai/compatible --llm_model Qwen/Qwen2.5-7B-Instruct
"""
    refs, _ = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {
        (2, "unsloth/Qwen3-30B-A3B-Thinking-2507-GGUF", "model"),
        (4, "Qwen/Qwen2.5-7B-Instruct", "model"),
    }


def test_a_variable_named_for_one_model_of_several(tmp_path: Path) -> None:
    settings = """\
embedding_model_hf_en_instructor_large = "hkunlp/instructor-large"
index_en_path_instructor_large = "vectorstores/Instructor_large_vectorstore"
embedding_model_hf_en_instructor_xl = "hkunlp/instructor-xl"
model_dir_large = "checkpoints/large"
embedding_model_backup_note = "see the wiki"
reranker_model_bge_m3 = "BAAI/bge-reranker-v2-m3"
reranker_model_multilingual = "acme/xlm-r-rerank"
EMBEDDING_DIM = "acme/not-a-model"
"""
    refs, _ = scan_one(tmp_path, "embedding_models.py", settings)
    assert ids(refs) == {
        (1, "hkunlp/instructor-large", "model"),
        (3, "hkunlp/instructor-xl", "model"),
        (6, "BAAI/bge-reranker-v2-m3", "model"),
    }


def test_gradio_load_of_a_space_is_no_model(tmp_path: Path) -> None:
    app = """\
import gradio as gr

demo = gr.load(name="akhaliq/allen-test", src="spaces")
other = gr.load("models/stabilityai/stable-diffusion-xl-base-1.0")
hosted = gr.load("Qwen/Qwen2.5-7B-Instruct", src="models")
"""
    refs, _ = scan_one(tmp_path, "app.py", app)
    assert ids(refs) == {
        (4, "stabilityai/stable-diffusion-xl-base-1.0", "model"),
        (5, "Qwen/Qwen2.5-7B-Instruct", "model"),
    }


def test_a_mixed_case_name_in_an_ollama_command_is_the_users_own(tmp_path: Path) -> None:
    script = """\
ollama create NigelGPT -f NigelCloudsmith
ollama show --modelfile NigelCloudsmith
ollama run NigelGPT
ollama run Llama3.2
"""
    refs, _ = scan_one(tmp_path, "notes.sh", script)
    assert ids(refs) == {(4, "Llama3.2", "ollama")}
