"""A name given a value in each branch of an `if`, JavaScript code switched off in a block
comment, a config key that holds a known publisher's model elsewhere, and a flag's help text
naming a short or legacy id."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_name_assigned_in_each_branch_of_an_if_names_every_value(tmp_path: Path) -> None:
    source = """\
from transformers import AutoModelForMaskedLM


def load(chain):
    if chain == "H":
        path = "hemantn/roberta-base-humAb-vh"
    elif chain in ("K", "L"):
        path = "hemantn/roberta-base-humAb-vl"
    else:
        path = "hemantn/roberta-base-humAb-vx"
    return AutoModelForMaskedLM.from_pretrained(path)
"""
    refs, errors = scan_one(tmp_path, "predict.py", source)
    assert ids(refs) == {
        (6, "hemantn/roberta-base-humAb-vh", "model"),
        (8, "hemantn/roberta-base-humAb-vl", "model"),
        (10, "hemantn/roberta-base-humAb-vx", "model"),
    }
    assert errors == []


def test_a_value_set_before_an_if_and_replaced_in_its_else_is_either(tmp_path: Path) -> None:
    source = """\
from sentence_transformers import SentenceTransformer


def embedder(large):
    name = "acme-lab/embedder-small-v1"
    if not large:
        pass
    else:
        name = "acme-lab/embedder-large-v1"
    return SentenceTransformer(name)
"""
    refs, _ = scan_one(tmp_path, "embed.py", source)
    assert ids(refs) == {
        (5, "acme-lab/embedder-small-v1", "model"),
        (9, "acme-lab/embedder-large-v1", "model"),
    }


def test_javascript_switched_off_in_a_block_comment_names_nothing(tmp_path: Path) -> None:
    source = """\
export const config = {
  model_list: [
    { model: "https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC" },
  ],
  /* model_lib_map: {
    "Llama-2-7b-chat-hf-q4f16_1": "https://raw.githubusercontent.com/mlc-ai/libs/x.wasm",
    "repo": "Xenova/all-MiniLM-L6-v2",
  }, */
  glob: "src/*", // "src/*" opens no comment: the string holds it
  embedder: "Xenova/bge-small-en-v1.5", /* one line */ reranker: "Xenova/bge-reranker-base",
};
"""
    refs, errors = scan_one(tmp_path, "config.ts", source)
    assert ids(refs) == {
        (3, "mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC", "model"),
        (10, "Xenova/bge-small-en-v1.5", "model"),
        (10, "Xenova/bge-reranker-base", "model"),
    }
    assert errors == []


def test_jsdoc_blocks_are_still_read_as_documentation(tmp_path: Path) -> None:
    source = """\
/**
 * Embeds text with a Hub model.
 * @param model e.g. "Xenova/all-MiniLM-L6-v2"
 */
export function embed(text, model) {}
"""
    refs, _ = scan_one(tmp_path, "embed.js", source)
    assert ids(refs) == {(3, "Xenova/all-MiniLM-L6-v2", "model")}


def test_a_key_holding_a_known_publishers_model_names_its_other_ids(tmp_path: Path) -> None:
    source = """\
experiments:
  - canny:
      sd: fennecinspace/sd-v15
      cn: lllyasviel/sd-controlnet-canny
  - openpose:
      sd: fennecinspace/sd-v15
      cn: frankjoshua/control_v11p_sd15_openpose
  - face:
      cn: CrucibleAI/ControlNetMediaPipeFace
      out: runs/face-v2
"""
    refs, errors = scan_one(tmp_path, "config.yaml", source)
    assert ids(refs) == {
        (4, "lllyasviel/sd-controlnet-canny", "model"),
        (7, "frankjoshua/control_v11p_sd15_openpose", "model"),
        (9, "CrucibleAI/ControlNetMediaPipeFace", "model"),
    }
    assert errors == []


def test_a_flags_help_names_short_and_legacy_ids_it_gives_as_defaults(tmp_path: Path) -> None:
    source = """\
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--model", help="Embedding model (default: all-MiniLM-L6-v2)")
parser.add_argument("-m", "--bert_model", help="BERT model name (default: bert-base-uncased)")
parser.add_argument("--out", help="where to write (default: bert-base-uncased.txt)")
"""
    refs, _ = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == {
        (4, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (5, "bert-base-uncased", "model"),
    }


def test_a_documents_example_reads_what_its_block_comments_show(tmp_path: Path) -> None:
    source = """\
# llm-info

```ts
console.log(ModelInfoMap['gpt-4o']);
/*
{
  name: 'GPT-4o',
  tokenizerId: 'Xenova/gpt-4o',
}
*/
```
"""
    refs, _ = scan_one(tmp_path, "README.md", source)
    assert ids(refs) == {(8, "Xenova/gpt-4o", "model")}


def test_r_scripts_name_the_hub_models_transformers_or_text_load(tmp_path: Path) -> None:
    source = """\
library(text)
# textEmbed(texts, model = 'roberta-base')
embeddings <- textEmbed(texts,
                        model = 'bert-base-uncased')
transformers <- reticulate::import("transformers")
classifier <- transformers$pipeline(task = "text-classification", model = "org-x/sentiment-v2")
"""
    refs, errors = scan_one(tmp_path, "embed.R", source)
    assert ids(refs) == {(4, "bert-base-uncased", "model"), (6, "org-x/sentiment-v2", "model")}
    assert errors == []


def test_a_capitalized_ollama_route_names_the_library_model(tmp_path: Path) -> None:
    source = """\
from chainlit.input_widget import Select


def settings():
    return [
        Select(
            id="Model",
            values=[
                "Mistral/pixtral-large-2411",
                "Ollama/llama3.2",
                "Ollama/qwen2.5",
            ],
        )
    ]
"""
    refs, _ = scan_one(tmp_path, "chat_settings.py", source)
    assert ids(refs) == {(10, "llama3.2", "ollama"), (11, "qwen2.5", "ollama")}


def test_a_model_boxs_hint_names_the_ollama_models_it_suggests(tmp_path: Path) -> None:
    source = """\
import gradio as gr
import requests

def query_ollama(model, prompt):
    return requests.post("http://localhost:11434/api/generate", json={"model": model})


name = gr.Textbox(label="Model Name", value="tinyllama", placeholder="e.g. tinyllama, llama2")
title = gr.Textbox(label="Title", placeholder="e.g. mistral, or anything")
"""
    refs, _ = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {(8, "tinyllama", "ollama"), (8, "llama2", "ollama")}
