"""A notebook's shell call to Ollama's API, a console prompt's example, a large module's
records keyed `hf_id`, a size that is no id, a table keyed by ids whose rows hold notes, and
transformers' torch.hub entry point."""

from __future__ import annotations

import json
from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_notebooks_shell_call_to_ollamas_api_names_its_model(tmp_path: Path) -> None:
    cells = [
        '!curl http://localhost:11434/api/chat -d \'{"model": "llama3", "stream": false}\'\n',
        "from langchain_community.llms import Ollama\n",
    ]
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": None,
                "outputs": [],
                "source": [cell],
            }
            for cell in cells
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    refs, errors = scan_one(tmp_path, "ollama_test.ipynb", json.dumps(notebook, indent=1))
    assert {(kind, ident) for _line, ident, kind in ids(refs)} == {("ollama", "llama3")}
    assert errors == []


def test_a_console_prompt_for_a_repository_names_its_example(tmp_path: Path) -> None:
    source = """\
from huggingface_hub import hf_hub_download


def ask():
    repo = input("  HF repo (e.g. acme-lab/tiny-chat-GGUF): ").strip()
    name = input("Your name (e.g. ada/lovelace): ")
    return hf_hub_download(repo, "model.gguf"), name
"""
    refs, _ = scan_one(tmp_path, "wizard.py", source)
    assert ids(refs) == {(5, "acme-lab/tiny-chat-GGUF", "model")}


def test_a_large_modules_records_keyed_hf_id_are_read(tmp_path: Path) -> None:
    padding = "".join(f"# {n:03d} {'x' * 90}\n" for n in range(200))
    source = (
        "class OcrModel:\n"
        "    dolphin = {\n"
        '        "hf_id": "ByteDance/Dolphin-v2",\n'
        '        "ms_id": "ByteDance/Dolphin-v2",\n'
        '        "desc": "ByteDance/3B",\n'
        "    }\n"
        "    got = {\n"
        '        "hf_id": "stepfun-ai/GOT-OCR2_0",\n'
        '        "desc": "stepfun-ai/0.6B",\n'
        "    }\n" + padding
    )
    assert len(source) > 16_000  # read in regions: only around what may be a reference
    refs, errors = scan_one(tmp_path, "constant.py", source)
    assert ids(refs) == {
        (3, "ByteDance/Dolphin-v2", "model"),
        (8, "stepfun-ai/GOT-OCR2_0", "model"),
    }
    assert errors == []


def test_a_table_keyed_by_ids_holds_notes_not_ids_in_its_rows(tmp_path: Path) -> None:
    source = """\
RECOMMENDED_NER_MODELS = {
    "transformers": {
        "StanfordAIMI/stanford-deidentifier-base": ("clinical/medical", "the default"),
        "obi/deid_roberta_i2b2": ("clinical/medical", "a second opinion"),
        "dslim/bert-base-NER": ("legal/general", "names, places"),
    },
}


def recommended(engine):
    return list(RECOMMENDED_NER_MODELS[engine])
"""
    refs, _ = scan_one(tmp_path, "pii.py", source)
    assert ids(refs) == {
        (3, "StanfordAIMI/stanford-deidentifier-base", "model"),
        (4, "obi/deid_roberta_i2b2", "model"),
        (5, "dslim/bert-base-NER", "model"),
    }


def test_transformers_torch_hub_entry_loads_its_third_argument(tmp_path: Path) -> None:
    source = """\
import torch

tokenizer = torch.hub.load("huggingface/pytorch-transformers", "tokenizer", "bert-base-cased")
model = torch.hub.load("pytorch/vision", "resnet50", "IMAGENET1K_V2")
"""
    refs, _ = scan_one(tmp_path, "text.py", source)
    assert ids(refs) == {(3, "bert-base-cased", "model")}


def test_a_known_labs_model_under_a_directory_key_is_a_model(tmp_path: Path) -> None:
    source = """\
layout:
  # a local folder or a Hugging Face model id
  model_dir: PaddlePaddle/PP-DocLayoutV3_safetensors
  output_dir: PaddlePaddle/exports-v3
"""
    refs, _ = scan_one(tmp_path, "config.yaml", source)
    assert ids(refs) == {(3, "PaddlePaddle/PP-DocLayoutV3_safetensors", "model")}


def test_records_pairing_a_repository_with_a_weights_file_name_models(tmp_path: Path) -> None:
    source = """\
from huggingface_hub import hf_hub_download

_HF_SOURCES = {
    "rawi_v2.onnx": ("acme-lab/rawi-v2", "rawi_v2.onnx"),
    "bilstm.onnx": ("acme-lab/bilstm-diacritizer", "bilstm.onnx"),
    "notes": ("acme-lab/changelog", "NOTES.md"),
}
STUDENT = {"repo": "acme-lab/Student-MLX", "file": "student.safetensors"}
DOCS = {"repo": "acme-lab/docs", "file": "index.md"}


def fetch(name):
    repo, filename = _HF_SOURCES[name]
    return hf_hub_download(repo, filename)
"""
    refs, _ = scan_one(tmp_path, "_models.py", source)
    assert ids(refs) == {
        (4, "acme-lab/rawi-v2", "model"),
        (5, "acme-lab/bilstm-diacritizer", "model"),
        (6, "acme-lab/changelog", "model"),  # `repo, filename = _HF_SOURCES[name]`: downloaded
        (8, "acme-lab/Student-MLX", "model"),
    }


def test_a_model_spec_calls_repo_keyword_names_a_model(tmp_path: Path) -> None:
    source = """\
MODELS = (
    ModelSpec(key="z-image-turbo", repo="Tongyi-MAI/Z-Image-Turbo", label="Z-Image-Turbo"),
    Release(tag="v2", repo="acme-lab/tools"),
)


def spec(key):
    return next(m for m in MODELS if m.key == key)
"""
    refs, _ = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {(2, "Tongyi-MAI/Z-Image-Turbo", "model")}


def test_a_records_repo_beside_a_models_facts_is_a_model(tmp_path: Path) -> None:
    source = """\
\"\"\"The detector models.\"\"\"
DETECTOR_REGISTRY = {
    "mage": {"key": "mage", "repo": "yaful/MAGE", "arch": "longformer", "size_mb": 570},
    "site": {"key": "site", "repo": "acme-lab/homepage", "theme": "dark"},
}


def detector(key):
    return DETECTOR_REGISTRY[key]
"""
    refs, _ = scan_one(tmp_path, "model_manager.py", source)
    assert ids(refs) == {(3, "yaful/MAGE", "model")}


def test_a_table_of_ids_with_a_known_publishers_keeps_every_id(tmp_path: Path) -> None:
    source = """\
model_fullnames = {
    "gpt2": "gpt2",
    "gpt2-xl": "gpt2-xl",
    "opt-2.7b": "facebook/opt-2.7b",
    "gpt-neo-2.7B": "EleutherAI/gpt-neo-2.7B",
    "mgpt": "sberbank-ai/mGPT",
}


def full_name(short):
    return model_fullnames[short]
"""
    refs, _ = scan_one(tmp_path, "model.py", source)
    assert {ident for _line, ident, _kind in ids(refs)} >= {
        "gpt2",
        "gpt2-xl",
        "facebook/opt-2.7b",
        "EleutherAI/gpt-neo-2.7B",
        "sberbank-ai/mGPT",
    }


def test_audiocrafts_loader_and_a_pinned_pyannote_pipeline(tmp_path: Path) -> None:
    source = """\
from audiocraft.models import MusicGen
from pyannote.audio import Pipeline

model = MusicGen.get_pretrained("facebook/musicgen-melody")
pipeline = Pipeline.from_pretrained("pyannote/speaker-diarization@2.1", use_auth_token="x")
tuned = Pipeline.from_pretrained("acme-lab/tuned-pipe@step")  # a name of its own: no revision
"""
    refs, _ = scan_one(tmp_path, "generate.py", source)
    assert ids(refs) == {
        (4, "facebook/musicgen-melody", "model"),
        (5, "pyannote/speaker-diarization", "model"),
    }


def test_documentations_placeholder_path_is_no_id(tmp_path: Path) -> None:
    source = """\
NSFWPY_ONNX_MODEL=/path/to/model.onnx
MODEL_ID=acme-lab/nsfw-detector-v2
"""
    refs, _ = scan_one(tmp_path, ".env", source)
    assert ids(refs) == {(2, "acme-lab/nsfw-detector-v2", "model")}


def test_a_list_of_rows_pairing_a_repository_with_its_weights_file(tmp_path: Path) -> None:
    source = """\
# (repo_id, head_filename, base_model, encoder_dim): one per published model.
PUBLISHED_HEADS = [
    ("acme/cld-whisper-small-5lang", "model.pkl", "openai/whisper-small", 768),
    ("acme/cld-mms-5lang", "model.pkl", "facebook/mms-1b-all", 1280),
    ("data/train", "rows.csv", "x", 1),
]
"""
    refs, _ = scan_one(tmp_path, "test_heads.py", source)
    assert ids(refs) == {
        (3, "acme/cld-whisper-small-5lang", "model"),
        (3, "openai/whisper-small", "model"),
        (4, "acme/cld-mms-5lang", "model"),
        (4, "facebook/mms-1b-all", "model"),
    }
