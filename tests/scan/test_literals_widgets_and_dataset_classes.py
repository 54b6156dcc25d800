"""An f-string with nothing to fill in, a Streamlit text input's positional default, and the
fields a dataset's own class or key names its source with."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_an_f_string_without_placeholders_is_a_literal(tmp_path: Path) -> None:
    source = """\
from peft import PeftModel
from transformers import AutoModelForCausalLM

BASE_MODEL = "meta-llama/Meta-Llama-3.1-8B"
FINETUNED_MODEL = f"ed-donner/pricer-2024-09-13_13.04.39"
RUN = f"{BASE_MODEL}-run"

base = AutoModelForCausalLM.from_pretrained(BASE_MODEL)
model = PeftModel.from_pretrained(base, FINETUNED_MODEL)
"""
    refs, errors = scan_one(tmp_path, "infer.py", source)
    assert ids(refs) == {
        (4, "meta-llama/Meta-Llama-3.1-8B", "model"),
        (5, "ed-donner/pricer-2024-09-13_13.04.39", "model"),
    }
    assert errors == []


def test_a_streamlit_text_inputs_positional_default(tmp_path: Path) -> None:
    source = """\
import streamlit as st, ollama

m = st.text_input("Modell", "llama3.2")
p = st.text_area("Prompt", "Hello")
if st.button("Stream"):
    for c in ollama.chat(model=m, messages=[{"role": "user", "content": p}], stream=True):
        st.write(c["message"]["content"])
"""
    refs, errors = scan_one(tmp_path, "pages/07_stream.py", source)
    assert ids(refs) == {(3, "llama3.2", "ollama")}
    assert errors == []


def test_a_dataset_class_and_an_input_dataset_key_name_datasets(tmp_path: Path) -> None:
    source = """\
from evalkit import DatasetConfig, InferenceParams

ANGRY_TWEETS_CONFIG = DatasetConfig(
    name="angry-tweets",
    source="EuroEval/angry-tweets-mini",
    task="sentiment",
)
params = InferenceParams(
    input_dataset_name="simplescaling/s1K-1.1",
    model_name="Qwen/Qwen3-0.6B",
)
"""
    refs, errors = scan_one(tmp_path, "configs.py", source)
    assert ids(refs) == {
        (5, "EuroEval/angry-tweets-mini", "dataset"),
        (9, "simplescaling/s1K-1.1", "dataset"),
        (10, "Qwen/Qwen3-0.6B", "model"),
    }
    assert errors == []


def test_a_model_fields_help_text_gives_example_ids(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass, field


@dataclass
class ModelArgs:
    encoder: str = field(
        metadata={"help": 'Encoder name or path. For example, "BAAI/bge-m3" or "path/to/x".'}
    )
    pooling_method: str = field(
        default="cls", metadata={"help": "Pooling, as in 'sentence-transformers/x' models"}
    )
"""
    refs, errors = scan_one(tmp_path, "utils/arguments.py", source)
    assert ids(refs) == {(7, "BAAI/bge-m3", "model")}
    assert errors == []


def test_a_providers_api_in_a_markdown_list_is_no_library_model(tmp_path: Path) -> None:
    readme = """\
# Tests

To run the tests against ollama you need:
- openai API key
- mistral API key
- mistral
"""
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(6, "mistral", "ollama")}
    assert errors == []
