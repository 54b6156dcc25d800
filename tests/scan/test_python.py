"""The Python scanner: loaders, followed constants and defaults, templated ids, negatives."""

from __future__ import annotations

import warnings
from pathlib import Path

from tests.scan.helpers import ids, scan_one
from weightgate.scan.python import scan_python

SOURCE = '''\
import argparse, os
from transformers import AutoModel, AutoTokenizer, pipeline
BASE = "meta-llama/Llama-2-7b-hf"
FROM_ENV = os.getenv("MODEL_ID", "mistralai/Mistral-7B-v0.1")


def load(name="google/gemma-2b", size=7):
    AutoTokenizer.from_pretrained(BASE, revision="v1.0")
    AutoModel.from_pretrained(name)
    pipeline("text-generation", model="gpt2")
    AutoModel.from_pretrained(f"meta-llama/Llama-2-{size}b-hf")
    AutoModel.from_pretrained(f"{output_dir}/checkpoint")
    SentenceTransformer("all-MiniLM-L6-v2")
    PeftModel.from_pretrained(base, "tloen/alpaca-lora-7b")
    LLM(model="Qwen/Qwen2.5-7B-Instruct")
    HuggingFaceEndpoint(repo_id="HuggingFaceH4/zephyr-7b-beta")
    timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg_in21k")
    hf_hub_download("TheBloke/Llama-2-7B-GGUF", "llama-2-7b.Q4_K_M.gguf")
    snapshot_download(repo_id="HuggingFaceH4/ultrachat_200k", repo_type="dataset")
    ollama.chat(model="llama3.1:8b", messages=[])
    return AutoModel.from_pretrained(FROM_ENV)


def not_models():
    """Example: AutoModel.from_pretrained("docstring/only-example")"""
    # AutoModel.from_pretrained("commented/out-model")
    AutoModel.from_pretrained("./local/checkpoint")
    AutoModel.from_pretrained("outputs/my-finetune")
    client.chat(model="gpt-4")
    open("data/train.json")


parser = argparse.ArgumentParser()
parser.add_argument("--model_name_or_path", default="EleutherAI/pythia-70m")
parser.add_argument("--output_dir", default="runs/exp")
'''


def _refs() -> dict[str, tuple[int, int, str, str | None]]:
    found = scan_python("app.py", SOURCE)
    return {r.id: (r.line, r.column, r.kind, r.revision) for r in found.refs}


def test_loaders_and_followed_values_report_the_literal() -> None:
    refs = _refs()
    assert refs["meta-llama/Llama-2-7b-hf"] == (3, 9, "model", "v1.0")
    assert refs["mistralai/Mistral-7B-v0.1"] == (4, 35, "model", None)
    assert refs["google/gemma-2b"] == (7, 16, "model", None)
    assert refs["gpt2"][:2] == (10, 40)
    assert refs["sentence-transformers/all-MiniLM-L6-v2"][:2] == (13, 26)
    assert refs["tloen/alpaca-lora-7b"][:2] == (14, 38)
    assert refs["Qwen/Qwen2.5-7B-Instruct"][:2] == (15, 16)
    assert refs["HuggingFaceH4/zephyr-7b-beta"][:2] == (16, 34)
    assert refs["timm/vit_base_patch16_224.augreg_in21k"][:2] == (17, 31)
    assert refs["TheBloke/Llama-2-7B-GGUF"][:2] == (18, 22)
    assert refs["HuggingFaceH4/ultrachat_200k"][2] == "dataset"
    assert refs["llama3.1:8b"][2] == "ollama"
    assert refs["EleutherAI/pythia-70m"][:2] == (34, 54)


def test_negatives_are_not_reported() -> None:
    refs = _refs()
    for ident in ("docstring/only-example", "commented/out-model", "outputs/my-finetune"):
        assert ident not in refs
    assert not any(i.startswith(("./", "runs/", "data/")) or i == "gpt-4" for i in refs)


def test_templated_id_is_an_error_not_a_guess() -> None:
    found = scan_python("app.py", SOURCE)
    assert [(e.line, "templated" in e.message) for e in found.errors] == [(11, True)]
    assert not any("Llama-2-" in r.id and r.line == 11 for r in found.refs)


def test_large_file_is_parsed_by_regions_with_true_positions() -> None:
    filler = "".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(800))
    text = filler + 'class A:\n    def m(self):\n        return X.from_pretrained("org1/m-1")\n'
    found = scan_python("big.py", text)
    [ref] = found.refs
    assert (ref.line, ref.column, ref.id) == (filler.count("\n") + 3, 35, "org1/m-1")


def test_file_without_triggers_is_not_parsed() -> None:
    assert scan_python("x.py", "def broken(:\n").refs == []


def test_named_constants_and_dataclass_fields_are_clearly_models() -> None:
    text = (
        "from dataclasses import dataclass, field\n"
        'EMBEDDING_MODEL = "BAAI/bge-small-en-v1.5"\n'
        'model_type = "llama"\n'
        'OUTPUT_MODEL = "me/out"\n'
        "@dataclass\n"
        "class Args:\n"
        '    model_name_or_path: str = field(default="gpt2", metadata={})\n'
        '    dataset_name: str = "stanfordnlp/imdb"\n'
    )
    found = scan_python("args.py", text)
    got = {(r.line, r.column, r.id, r.kind) for r in found.refs}
    assert got == {
        (2, 20, "BAAI/bge-small-en-v1.5", "model"),
        (7, 46, "gpt2", "model"),
        (8, 26, "stanfordnlp/imdb", "dataset"),
    }


def test_templates_without_a_fixed_organization_are_paths_not_errors() -> None:
    text = (
        'AutoModel.from_pretrained(f"outputs/{run}")\n'
        'AutoModel.from_pretrained("checkpoints/%s" % step)\n'
        'AutoModel.from_pretrained("h2oai/%s" % name)\n'
        'AutoModel.from_pretrained("{}/{}".format(org, name))\n'
    )
    found = scan_python("t.py", text)
    assert found.refs == []
    assert [e.line for e in found.errors] == [3]


def test_the_compilers_warnings_about_user_code_are_not_shown(tmp_path: Path) -> None:
    source = 'x = 1if True else 2\np = "\\d+"\nAutoModel.from_pretrained("acme/x-7b")\n'
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        refs, errors = scan_one(tmp_path, "a.py", source)
    assert [str(w.message) for w in caught] == []
    assert ({r[2] for r in refs}, errors) == ({"acme/x-7b"}, [])


def test_capitalized_loaders_after_other_capitalized_words_are_found() -> None:
    text = (
        "from sentence_transformers import CrossEncoder, SentenceTransformer\n"
        "class HuggingFaceThing: ...\n"
        'enc = SentenceTransformer("org1/enc-1")\n'
        'rer = CrossEncoder("org1/rerank-1")\n'
    )
    assert [r.id for r in scan_python("a.py", text).refs] == ["org1/enc-1", "org1/rerank-1"]


def test_a_repository_the_code_writes_to_is_no_reference() -> None:
    text = (
        "from huggingface_hub import HfApi, create_repo, hf_hub_download\n"
        "api = HfApi()\n"
        'create_repo(repo_id="me/my-finetune", exist_ok=True)\n'
        'api.upload_folder(folder_path="out", repo_id="me/my-finetune", repo_type="model")\n'
        'model.push_to_hub(repo_id="me/my-finetune")\n'
        'hf_hub_download(repo_id="org1/base-7b", filename="config.json")\n'
    )
    assert [(r.line, r.id) for r in scan_python("up.py", text).refs] == [(6, "org1/base-7b")]


def test_the_keys_of_a_mapping_from_models_and_an_enum_of_models() -> None:
    text = (
        "from enum import Enum\n"
        "MODEL_NAME_TO_FAMILY = {\n"
        '    "distilgpt2": "gpt2",\n'
        '    "gpt2-large": "gpt2",\n'
        '    "llama-7b": "llama",\n'
        "}\n"
        "class RerankerType(str, Enum):\n"
        '    BGE_BASE = "BAAI/bge-reranker-base"\n'
        '    COHERE = "cohere"\n'
        "class Color(str, Enum):\n"
        '    RED = "acme/red-1"\n'
    )
    found = scan_python("constants.py", text)
    assert [(r.line, r.id) for r in found.refs] == [
        (3, "distilgpt2"),
        (4, "gpt2-large"),
        (8, "BAAI/bge-reranker-base"),
    ]


def test_a_keyword_named_for_ollama_holds_an_ollama_name() -> None:
    text = (
        "CATALOG = [\n"
        '    Entry(ollama_name="mannix/kimi-k2-instruct:q4_k_m", gguf_repo="acme/kimi-GGUF"),\n'
        '    Entry(ollama_model="qwen3"),\n'
        "]\n"
    )
    found = scan_python("catalog.py", text)
    assert {(r.line, r.id, r.kind) for r in found.refs} == {
        (2, "mannix/kimi-k2-instruct:q4_k_m", "ollama"),
        (2, "acme/kimi-GGUF", "model"),
        (3, "qwen3", "ollama"),
    }


def test_a_class_whose_attributes_are_a_table_of_ids() -> None:
    text = (
        "class MQAGConfig:\n"
        '    generation: str = "acme/t5-large-generation-squad"\n'
        '    answering: str = "acme/longformer-large-4096-answering"\n'
        '    answerability: str = "acme/longformer-large-4096-answerable"\n'
        "class Paths:\n"
        '    gpt: str = "asset/gpt"\n'
        '    tokenizer: str = "asset/tokenizer"\n'
        '    decoder: str = "asset/decoder"\n'
    )
    found = scan_python("utils.py", text)
    assert [r.line for r in found.refs] == [2, 3, 4]


def test_a_click_options_default_is_read_without_another_model_call(tmp_path: Path) -> None:
    py = """\
import click


@click.command()
@click.option("--model", "-m", default="acme/chat-7b", show_default=True, help="Model to use.")
@click.option("--count", "-n", default=1, help="How many.")
def main(model: str, count: int) -> None:
    run(model, count)
"""
    refs, _ = scan_one(tmp_path, "cli.py", py)
    assert ids(refs) == {(5, "acme/chat-7b", "model")}


def test_a_gradio_radio_of_models_in_a_large_app(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{i}(x):\n    return x + {i}\n\n\n" for i in range(700))
    py = f"""\
import gradio as gr

{filler}
with gr.Blocks() as demo:
    model = gr.Radio(["acme/music-small", "acme/music-large"],
                     label="Model", value="acme/music-small")
"""
    assert len(py) > 16_000
    refs, _ = scan_one(tmp_path, "app.py", py)
    line = (
        py.split("\n").index('    model = gr.Radio(["acme/music-small", "acme/music-large"],') + 1
    )
    assert ids(refs) == {
        (line, "acme/music-small", "model"),
        (line, "acme/music-large", "model"),
        (line + 1, "acme/music-small", "model"),
    }


def test_a_model_flags_choices_in_an_ollama_app(tmp_path: Path) -> None:
    py = """\
import argparse
import ollama

p = argparse.ArgumentParser()
p.add_argument("--model", choices=["llama3.2", "mistral", "acme/x-1b"], default="llama3.2")
p.add_argument("--mode", choices=["fast", "mistral"])
"""
    refs, _ = scan_one(tmp_path, "cli.py", py)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (5, "llama3.2"),
        (5, "mistral"),
        (5, "acme/x-1b"),
    }


def test_an_ollama_pull_shown_in_a_message(tmp_path: Path) -> None:
    py = """\
from rich.panel import Panel

HINT = "[bold cyan]ollama pull qwen3:0.6b[/bold cyan]\\n\\n"
OTHER = "Run `ollama pull <model>` first\\n"


def show(console):
    console.print(Panel(HINT))
"""
    refs, _ = scan_one(tmp_path, "manager.py", py)
    assert ids(refs) == {(3, "qwen3:0.6b", "ollama")}


def test_the_ollama_clients_model_given_first(tmp_path: Path) -> None:
    py = """\
import ollama
from ollama import Client

client = Client(host="http://localhost:11434")
client.chat("llama3", messages=[])
ollama.generate("mistral", "hi")
ollama.embed("nomic-embed-text", "text")
ollama.create("my-assistant", from_="llama3")
ollama.push("me/my-assistant")
"""
    refs, _ = scan_one(tmp_path, "app.py", py)
    assert ids(refs) == {
        (5, "llama3", "ollama"),
        (6, "mistral", "ollama"),
        (7, "nomic-embed-text", "ollama"),
        (8, "llama3", "ollama"),  # the base `create` builds on; not the name it gives
    }


def test_messages_give_model_examples_as_prose(tmp_path: Path) -> None:
    source = """\
def load(model_id):
    if not model_id:
        raise ValueError("model_id must be a Hub model id, e.g. 'Qwen/Qwen2.5-0.5B-Instruct-AWQ'")
    print("Out of memory: try a smaller model such as cointegrated/rubert-tiny2")
    print("Saved the run to outputs/2024-05-01 and logs/run-7")
    PROMPT = \"\"\"Answer briefly.
model: acme/chat-7b
Do not guess.
Stop.\"\"\"
    return AutoModel.from_pretrained(model_id)
"""
    refs, _ = scan_one(tmp_path, "load.py", source)
    assert ids(refs) == {
        (3, "Qwen/Qwen2.5-0.5B-Instruct-AWQ", "model"),
        (4, "cointegrated/rubert-tiny2", "model"),
    }


def test_a_docstring_with_escaped_line_breaks_places_its_examples(tmp_path: Path) -> None:
    source = '''\
def info(model_id):
    """Show a model's card.

    Examples:\\n
        tool info google/bert-base-uncased\\n
        tool info mistralai/Mistral-7B-v0.1
    """
    return HfApi().model_info(model_id)
'''
    refs, _ = scan_one(tmp_path, "hub.py", source)
    assert ids(refs) == {
        (5, "google/bert-base-uncased", "model"),
        (6, "mistralai/Mistral-7B-v0.1", "model"),
    }


def test_a_publishers_id_under_an_output_name_is_read_from_there(tmp_path: Path) -> None:
    source = """\
HUB_REPO = "unsloth/Qwen3.8-27B-GGUF"
hub_repo = "myuser/my-finetune-7b"
"""
    refs, _ = scan_one(tmp_path, "pack.py", source)
    assert ids(refs) == {(1, "unsloth/Qwen3.8-27B-GGUF", "model")}


def test_a_docstrings_call_whose_id_starts_the_next_line_is_read(tmp_path: Path) -> None:
    source = '''\
"""Quantized checkpoints.

Usage:
    model = AutoModelForCausalLM.from_pretrained(
        "caiovicentino1/Qwen3.5-9B-PolarQuant-Q5",
        device_map="auto",
    )

    >>> tok = AutoTokenizer.from_pretrained(
    ...     "acme/tok-base")
    >>> run(
    ...     "outputs/run-7")
"""
import logging
'''
    refs, _ = scan_one(tmp_path, "quant.py", source)
    assert refs == {
        (5, 10, "caiovicentino1/Qwen3.5-9B-PolarQuant-Q5", "model"),
        (10, 14, "acme/tok-base", "model"),
    }


def test_a_table_keyed_by_library_models_in_a_file_about_ollama(tmp_path: Path) -> None:
    source = """\
\"\"\"Embeddings through a local Ollama server.\"\"\"

MODEL_SPECS = {
    "nomic-embed-text": {"dimensions": 768},
    "mxbai-embed-large": {"dimensions": 1024},
}
EMBEDDING_DIMENSIONS = {"all-minilm": 384, "text-embedding-3-small": 1536}
"""
    refs, _ = scan_one(tmp_path, "embedder.py", source)
    assert ids(refs) == {
        (4, "nomic-embed-text", "ollama"),
        (5, "mxbai-embed-large", "ollama"),
        (7, "all-minilm", "ollama"),
    }


def test_the_hubs_copies_named_beside_other_hubs_and_ollama_pull_specs(tmp_path: Path) -> None:
    source = """\
class ModelPath:
    vlm_root_hf = "opendatalab/MinerU2.5-Pro-2604-1.2B"
    vlm_root_modelscope = "OpenDataLab/MinerU2.5-Pro-2604-1.2B"
    layout = "models/Layout/PP-DocLayoutV2"

WEIGHTS_REPO = "acme/yolo11-doc-layout"
SIDECARS = {"onnx/decoder.onnx": "onnx/decoder.onnx.data"}
# `ollama pull hf.co/<repo>:<quant>` when the Ollama registry is blocked
HF_FALLBACK = {"gemma3:4b": "hf.co/ggml-org/gemma-3-4b-it-GGUF:Q4_K_M"}
PULLED = ["ollama.com/library/llama3:8b-instruct-q4_0"]
"""
    refs, _ = scan_one(tmp_path, "paths.py", source)
    assert ids(refs) == {
        (2, "opendatalab/MinerU2.5-Pro-2604-1.2B", "model"),
        (6, "acme/yolo11-doc-layout", "model"),
        (9, "gemma3:4b", "ollama"),
        (9, "ggml-org/gemma-3-4b-it-GGUF", "model"),
        (10, "llama3:8b-instruct-q4_0", "ollama"),
    }


def test_a_publishers_id_given_to_a_call_named_for_data_is_a_dataset(tmp_path: Path) -> None:
    source = """\
KNOWN_BENCHMARKS = {
    "gsm8k": BenchmarkSpec("openai/gsm8k", (("main", "test"),)),
    "arc": BenchmarkSpec("allenai/ai2_arc", (("ARC-Challenge", "test"),)),
}
ENCODER = Encoder("openai/clip-vit-base-patch32")
"""
    refs, _ = scan_one(tmp_path, "decontam.py", source)
    assert ids(refs) == {
        (2, "openai/gsm8k", "dataset"),
        (3, "allenai/ai2_arc", "dataset"),
        (5, "openai/clip-vit-base-patch32", "model"),
    }
