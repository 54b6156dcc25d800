"""Model registries in configuration files (Ollama tags under any key, `serving_hf_id`,
`backbone`), misnamed files (Markdown saved as YAML, a notebook saved as `.py`), and an
unused menu of models in a script."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_ollama_tags_under_any_key_and_their_bare_siblings(tmp_path: Path) -> None:
    source = """\
defaults:
  code:  qwen2.5-coder:7b
  embed: nomic-embed-text
  name:  my-assistant
presets:
  qwen2.5-coder:7b:
    temperature: 0.1
  nomic-embed-text:
    num_ctx: 8192
services:
  db:
    image: mistral:7b
other:
  embed: nomic-embed-text
"""
    refs, errors = scan_one(tmp_path, "config/models.yaml", source)
    assert ids(refs) == {
        (2, "qwen2.5-coder:7b", "ollama"),
        (3, "nomic-embed-text", "ollama"),
        (6, "qwen2.5-coder:7b", "ollama"),
        (8, "nomic-embed-text", "ollama"),
    }
    assert errors == []


def test_an_hf_id_key_with_a_prefix_and_a_backbone(tmp_path: Path) -> None:
    source = """\
models:
  qwen3-14b:
    hf_id: "acme/chat-14b"
    serving_hf_id: "acme/chat-14b-awq"
model:
  backbone: "acme/e5-small"
  head:
    input_dim: 384
"""
    refs, errors = scan_one(tmp_path, "config.yaml", source)
    assert ids(refs) == {
        (3, "acme/chat-14b", "model"),
        (4, "acme/chat-14b-awq", "model"),
        (6, "acme/e5-small", "model"),
    }
    assert errors == []


def test_a_malformed_yaml_file_is_still_read_and_its_error_kept(tmp_path: Path) -> None:
    markdown = """\
# Pipeline

**Pros:** no training

```bash
python train.py \\
  --pretrained_model_name_or_path="acme/video-14b"
```
"""
    refs, errors = scan_one(tmp_path, "train_config.yaml", markdown)
    assert ids(refs) == {(7, "acme/video-14b", "model")}
    assert [e.split(": ", 1)[1].startswith("malformed YAML") for e in errors] == [True]
    broken = 'model_name: "acme/chat-7b"\nfoo: [unclosed\n'
    refs, errors = scan_one(tmp_path, "broken.yaml", broken)
    assert ids(refs) == {(1, "acme/chat-7b", "model")}
    assert [e.split(": ", 1)[1].startswith("malformed YAML") for e in errors] == [True]


def test_a_notebook_saved_as_python_is_read_as_a_notebook(tmp_path: Path) -> None:
    notebook = """\
{
  "nbformat": 4,
  "cells": [
    {
      "cell_type": "code",
      "metadata": {},
      "source": [
        "from diffusers import StableDiffusionPipeline\\n",
        "pipe = StableDiffusionPipeline.from_pretrained(\\"acme/sd-1-5\\")"
      ]
    }
  ],
  "metadata": {"colab": {"provenance": []}}
}
"""
    refs, errors = scan_one(tmp_path, "main.py", notebook)
    assert ids(refs) == {(9, "acme/sd-1-5", "model")}
    assert errors == []


SCRIPT = """\
from unsloth import FastLanguageModel
fourbit_models = [
    "acme/llama-8b-bnb-4bit",
    "acme/mistral-7b-bnb-4bit",
]
MODELS = ["acme/exported-1", "acme/exported-2"]
model, tok = FastLanguageModel.from_pretrained(model_name="acme/llama-3b")
trainer.train()
"""


def test_an_unread_menu_of_models_in_a_script(tmp_path: Path) -> None:
    refs, errors = scan_one(tmp_path, "train.py", SCRIPT)
    assert ids(refs) == {
        (6, "acme/exported-1", "model"),
        (6, "acme/exported-2", "model"),
        (7, "acme/llama-3b", "model"),
    }
    assert errors == []
    module = SCRIPT.replace("trainer.train()\n", "")  # a module: its names may be imported
    refs, errors = scan_one(tmp_path, "registry.py", module)
    assert (3, "acme/llama-8b-bnb-4bit", "model") in ids(refs)


def test_a_modelfile_in_a_python_string_and_the_model_it_creates(tmp_path: Path) -> None:
    source = '''\
import ollama

modelfile = """
FROM mistral
SYSTEM You recommend books.
"""
ollama.create(model="bookshelf_assistant", modelfile=modelfile)
ollama.chat(model="bookshelf_assistant", messages=[])
dockerfile = """
FROM python:3.11
RUN pip install ollama
"""
client.chat.completions.create(
    model="qwen3:8b",
    messages=[],
)
'''
    refs, errors = scan_one(tmp_path, "make_model.py", source)
    assert ids(refs) == {(4, "mistral", "ollama"), (14, "qwen3:8b", "ollama")}
    assert errors == []


def test_a_supervisord_program(tmp_path: Path) -> None:
    conf = "[program:asr]\ncommand=vllm serve acme/whisper-small --served-model-name asr\n"
    refs, errors = scan_one(tmp_path, "supervisor/asr.conf", conf)
    assert ids(refs) == {(2, "acme/whisper-small", "model")}
    assert errors == []


def test_whisper_sizes_of_a_faster_whisper_model_flag(tmp_path: Path) -> None:
    source = """\
import argparse
from faster_whisper import WhisperModel  # noqa
parser = argparse.ArgumentParser()
parser.add_argument("--model", default="base", dest="model_size")
parser.add_argument("--size", choices=["tiny", "small"], default="tiny")
parser.add_argument("--asr-model", choices=["tiny.en", "large-v3"])
"""
    refs, errors = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {
        (4, "Systran/faster-whisper-base", "model"),
        (6, "Systran/faster-whisper-tiny.en", "model"),
        (6, "Systran/faster-whisper-large-v3", "model"),
    }
    assert errors == []
    plain = source.replace("from faster_whisper import WhisperModel  # noqa", "import whisper")
    refs, errors = scan_one(tmp_path, "cli2.py", plain)  # openai-whisper: OpenAI's own CDN
    assert ids(refs) == set()


def test_commands_under_a_python_fence(tmp_path: Path) -> None:
    md = (
        "Run the evaluation:\n\n```python\nCUDA_VISIBLE_DEVICES=0 \\\n"
        "    deepspeed examples/evaluate.py \\\n    --model_name_or_path gpt2-large \\\n"
        "    --deepspeed ds_config.json\n```\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(6, "gpt2-large", "model")}
    assert errors == []


def test_a_tag_beside_display_titles_and_settings_gives_them_no_model(tmp_path: Path) -> None:
    continue_config = (
        '{"models": [{"title": "deepseek-coder-v2", "provider": "ollama",\n'
        '  "model": "deepseek-coder-v2:latest"},\n'
        ' {"title": "gemma3:27b", "provider": "ollama", "model": "gemma3:27b-it-qat"}]}\n'
    )
    refs, errors = scan_one(tmp_path, "config.json", continue_config)
    assert ids(refs) == {
        (2, "deepseek-coder-v2:latest", "ollama"),
        (3, "gemma3:27b-it-qat", "ollama"),
    }
    assert errors == []
    factory = (
        "model_name_or_path: qwen2.5-coder:7b-instruct\nstage: sft\nfinetuning_type: lora\n"
        "template: llama3\noutput_dir: saves/x\n"
    )
    refs, errors = scan_one(tmp_path, "sft.yaml", factory)
    assert ids(refs) == {(1, "qwen2.5-coder:7b-instruct", "ollama")}


def test_tagged_keys_whatever_their_values(tmp_path: Path) -> None:
    source = "speeds:\n  llama3:8b: fast\n  mistral:7b: slow\n  note: none\n"
    refs, errors = scan_one(tmp_path, "speeds.yaml", source)
    assert ids(refs) == {(2, "llama3:8b", "ollama"), (3, "mistral:7b", "ollama")}
    assert errors == []


def test_a_known_publishers_id_given_to_a_class_whatever_its_shape(tmp_path: Path) -> None:
    source = (
        "from atelier.adapters import QwenImageAdapter\n"
        'adapter = QwenImageAdapter("Qwen/Qwen-Image")\n'
        'other = Widget("acme/gadget")\n'
    )
    refs, errors = scan_one(tmp_path, "train.py", source)
    assert ids(refs) == {(2, "Qwen/Qwen-Image", "model")}
    assert errors == []


def test_a_malformed_yaml_excerpt_in_a_string_is_not_salvaged(tmp_path: Path) -> None:
    """Only a whole YAML file is read despite its error; a prompt that merely looks like YAML
    is not (as before malformed files were salvaged)."""
    source = 'PROMPT = """\nmodel: acme/chat-7b\nfoo: [unclosed\n"""\nprint(PROMPT)\n'
    refs, errors = scan_one(tmp_path, "prompt.py", source)
    assert ids(refs) == set()
    assert errors == []


def test_spring_properties_name_ollama_models(tmp_path: Path) -> None:
    properties = """\
spring.application.name=spring-ai-ollama
spring.ai.ollama.base-url="http://localhost:11434"
spring.ai.ollama.chat.options.model=codellama:latest
spring.ai.ollama.embedding.options.model=nomic-embed-text
spring.ai.openai.chat.options.model=gpt-4o
"""
    refs, _ = scan_one(tmp_path, "application.properties", properties)
    assert ids(refs) == {(3, "codellama:latest", "ollama"), (4, "nomic-embed-text", "ollama")}


def test_an_env_value_that_lists_models_with_commas(tmp_path: Path) -> None:
    env = "OLLAMA_BASE_URL=http://localhost:11434\nCHAT_MODELS=llama3.2,acme/chat-7b\n"
    refs, _ = scan_one(tmp_path, ".env.example", env)
    assert ids(refs) == {(2, "llama3.2", "ollama"), (2, "acme/chat-7b", "model")}


def test_a_catalogue_records_id_beside_its_hub_repository_is_its_alias(tmp_path: Path) -> None:
    manifest = """\
[[models]]
id = "qwen3tts/1.7b-base"
files = { hf = "Qwen/Qwen3-TTS-12Hz-1.7B-Base", manifest = "base.files.json" }

[[models]]
id = "acme/tts-1b"
title = "no repository of its own"
"""
    refs, _ = scan_one(tmp_path, "models.toml", manifest)
    assert ids(refs) == {(3, "Qwen/Qwen3-TTS-12Hz-1.7B-Base", "model"), (6, "acme/tts-1b", "model")}


def test_a_hub_uri_in_a_file_about_ollama_is_no_ollama_tag(tmp_path: Path) -> None:
    config = """\
models:
  - hf:BAAI/bge-small-en-v1.5
  - hf:all-MiniLM-L6-v2
ollama_model: llama3.2
"""
    refs, _ = scan_one(tmp_path, "config.yaml", config)
    assert ids(refs) == {
        (2, "BAAI/bge-small-en-v1.5", "model"),
        (3, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (4, "llama3.2", "ollama"),
    }


def test_a_models_defaults_by_language(tmp_path: Path) -> None:
    config = """\
backend:
  name: huggingface
  model:
    default_bn: acme/BanglaASR
    default_ko: acme/wav2vec2-large-xlsr-korean
    cache_dir: acme/not-a-model
"""
    refs, _ = scan_one(tmp_path, "huggingface.yaml", config)
    assert ids(refs) == {
        (4, "acme/BanglaASR", "model"),
        (5, "acme/wav2vec2-large-xlsr-korean", "model"),
    }


def test_a_json_map_keyed_by_model_ids_over_their_settings(tmp_path: Path) -> None:
    config = """\
{
  "_comment": "Pre-fitted temperatures.",
  "mistralai/Mistral-7B-Instruct-v0.2": {"temperature": 6.621},
  "acme/Qwen2.5-0.5B-calibrated": {"temperature": 2.678},
  "acme/TinyLlama-1.1B-Chat-v1.0": {"temperature": 8.0}
}
"""
    refs, _ = scan_one(tmp_path, "presets.json", config)
    assert ids(refs) == {
        (3, "mistralai/Mistral-7B-Instruct-v0.2", "model"),
        (4, "acme/Qwen2.5-0.5B-calibrated", "model"),
        (5, "acme/TinyLlama-1.1B-Chat-v1.0", "model"),
    }
