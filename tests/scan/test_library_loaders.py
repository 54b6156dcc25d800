"""Loaders of libraries around the Hub: Gradio, outlines, InstructorEmbedding, LlamaIndex's
`local:` names, diffusers adapters, LoRA flags and JSON request bodies in scripts."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one

PY = """\
import gradio as gr
import outlines
import peft
from InstructorEmbedding import INSTRUCTOR
from llama_index.core import Settings

demo = gr.load("models/acme/sdxl-base")
space = gr.load("spaces/acme/demo-space")
old = gr.Interface.load("huggingface/acme/old-style")
Settings.embed_model = "local:acme/bge-small"
enc = INSTRUCTOR("acme/instructor-large")
gen = outlines.models.transformers("acme/phi-mini")
tuned = peft.PeftModel.from_pretrained(base, "acme/guanaco-lora")
pipe.load_ip_adapter("acme/ip-adapter", subfolder="models")
pipe.load_textual_inversion("acme/cat-toy")
rows = dataset.load("acme/not-a-loader")
"""


def test_library_loaders_in_python(tmp_path: Path) -> None:
    refs, errors = scan_one(tmp_path, "app.py", PY)
    assert ids(refs) == {
        (7, "acme/sdxl-base", "model"),
        (9, "acme/old-style", "model"),
        (10, "acme/bge-small", "model"),
        (11, "acme/instructor-large", "model"),
        (12, "acme/phi-mini", "model"),
        (13, "acme/guanaco-lora", "model"),
        (14, "acme/ip-adapter", "model"),
        (15, "acme/cat-toy", "model"),
    }
    assert errors == []


def test_lora_weights_flags_and_keys(tmp_path: Path) -> None:
    sh = "python generate.py --base_model acme/llama-7b --lora_weights acme/alpaca-lora\n"
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert ids(refs) == {(1, "acme/llama-7b", "model"), (1, "acme/alpaca-lora", "model")}
    yaml = "lora_weights: acme/yaml-lora\nlora_r: 16\nuse_lora: true\nlora_target: all\n"
    refs, _ = scan_one(tmp_path, "cfg.yaml", yaml)
    assert ids(refs) == {(1, "acme/yaml-lora", "model")}


SH = """\
#!/bin/sh
# talk to a local Ollama server
curl http://localhost:11434/api/generate -d '{
  "model": "llama3.2",
  "prompt": "Why is the sky blue?"
}'
curl http://localhost:8000/v1/chat/completions -d '{"model": "acme/served-8b", "messages": []}'
curl https://api.example.com/v1/x -d '{"format": "json", "name": "acme/not-a-model"}'
"""


def test_json_request_bodies_in_scripts(tmp_path: Path) -> None:
    refs, _ = scan_one(tmp_path, "ask.sh", SH)
    assert ids(refs) == {(4, "llama3.2", "ollama"), (7, "acme/served-8b", "model")}


def test_legacy_ids_in_javascript_only_beside_a_hub_client(tmp_path: Path) -> None:
    hub = 'import { HfInference } from "@huggingface/inference";\n'
    call = 'await hf.textGeneration({ model: "gpt2", inputs: "x" });\n'
    refs, _ = scan_one(tmp_path, "hub.ts", hub + call)
    assert ids(refs) == {(2, "gpt2", "model")}
    refs, _ = scan_one(tmp_path, "other.ts", 'const cfg = { model: "gpt2" };\n')
    assert refs == set()


ALONE = [
    ('import gradio as gr\ndemo = gr.load("models/acme/alone-gradio")\n', "acme/alone-gradio"),
    ('import gradio\nx = gradio.Interface.load("huggingface/acme/alone-old")\n', "acme/alone-old"),
    (
        'from x import INSTRUCTOR\nm = INSTRUCTOR("acme/alone-instructor")\n',
        "acme/alone-instructor",
    ),
    ('import outlines\ng = outlines.models.vllm("acme/alone-outlines")\n', "acme/alone-outlines"),
    ('pipe.load_ip_adapter("acme/alone-ip")\n', "acme/alone-ip"),
    ('pipe.load_textual_inversion("acme/alone-ti")\n', "acme/alone-ti"),
    ('p.add_argument("--lora_weights", default="acme/alone-lora")\n', "acme/alone-lora"),
]


def test_each_loader_alone_passes_the_prefilter(tmp_path: Path) -> None:
    """A file holding nothing but one of these calls is still read (the pre-filter keeps it)."""
    for number, (source, ident) in enumerate(ALONE):
        refs, _ = scan_one(tmp_path, f"alone{number}.py", source)
        assert {i for _line, i, _kind in ids(refs)} == {ident}, source


def test_whisper_sizes_under_a_name_for_whisper(tmp_path: Path) -> None:
    settings = """\
import os
from dataclasses import dataclass


@dataclass
class Settings:
    whisper_model: str = "large-v3-turbo"
    language: str = "base"


MODEL = os.getenv("WHISPER_MODEL", "base")
"""
    refs, _ = scan_one(tmp_path / "a", "settings.py", settings)
    assert ids(refs) == {
        (7, "openai/whisper-large-v3-turbo", "model"),
        (11, "openai/whisper-base", "model"),
    }
    openai_whisper = (
        'import whisper\nWHISPER_MODEL = "base"\nm = whisper.load_model(WHISPER_MODEL)\n'
    )
    refs, _ = scan_one(tmp_path / "b", "transcribe.py", openai_whisper)
    assert ids(refs) == set()  # openai-whisper fetches its sizes from OpenAI's CDN
    faster = """\
from faster_whisper import WhisperModel
WHISPER_MODEL = "small"
model = WhisperModel(WHISPER_MODEL)
if WHISPER_MODEL != "large-v2":
    pass
"""
    refs, _ = scan_one(tmp_path / "c", "app.py", faster)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (2, "Systran/faster-whisper-small")
    }
    refs, _ = scan_one(tmp_path / "d", ".env.example", "WHISPER_MODEL=base\nLANGUAGE=small\n")
    assert ids(refs) == {(1, "openai/whisper-base", "model")}
    # a `model` key under a `whisper` block: its size
    config = (
        "transcribe:\n  whisper:\n    model: base\n    language: en\n  llm:\n    model: small\n"
    )
    refs, _ = scan_one(tmp_path / "e", "defaults.yaml", config)
    assert ids(refs) == {(3, "openai/whisper-base", "model")}
