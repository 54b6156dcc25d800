"""Configs, notebooks, Modelfiles, shell/Docker text and model cards: positives and negatives."""

from __future__ import annotations

import json
from pathlib import Path

from tests.scan.helpers import scan_one as _scan

YAML = """\
base_model: meta-llama/Llama-3.2-1B   # line 1
hub_model_id: me/my-finetune
output_dir: outputs/run-1
chat_template: llama3
datasets:
  - path: mhenrichsen/alpaca_2k_test
    data_files: en/train-00000.json.gz
image:
  repository: vllm/vllm-openai
  tag: latest
model_repo_ids:
  deepseek: deepseek-ai/DeepSeek-R1-Distill-Qwen-32B
containerArgs: ["--model", "h2oai/h2ogpt-4096-llama2-7b-chat", "--served-model-name", "x/y"]
command: vllm serve Qwen/Qwen3-32B --port 8000
uses: actions/checkout@v4
apiVersion: apps/v1
llm: sambanova/DeepSeek-R1-Distill-Llama-70B
storageUri: hf://facebook/opt-125m
# see https://huggingface.co/tiiuae/falcon-7b/tree/main
model: ${BASE_MODEL}
"""


def test_yaml_keys_commands_uris_and_negatives(tmp_path: Path) -> None:
    refs, errors = _scan(tmp_path, "config.yaml", YAML)
    assert refs == {
        (1, 13, "meta-llama/Llama-3.2-1B", "model"),
        (6, 11, "mhenrichsen/alpaca_2k_test", "dataset"),
        (12, 13, "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "model"),
        (13, 29, "h2oai/h2ogpt-4096-llama2-7b-chat", "model"),
        (14, 21, "Qwen/Qwen3-32B", "model"),
        (18, 18, "facebook/opt-125m", "model"),
        (19, 30, "tiiuae/falcon-7b", "model"),
    }
    assert len(errors) == 1
    assert errors[0].startswith("20: templated model id")


def test_json_embedded_and_adapter_config(tmp_path: Path) -> None:
    adapter = json.dumps({"base_model_name_or_path": "meta-llama/Llama-3.2-3B", "r": 8}, indent=1)
    refs, _ = _scan(tmp_path, "lora/adapter_config.json", adapter)
    assert refs == {(2, 30, "meta-llama/Llama-3.2-3B", "model")}
    config = json.dumps({"_name_or_path": "bert-base-uncased", "architectures": ["Bert"]})
    refs, _ = _scan(tmp_path, "config.json", config)
    assert {r[2] for r in refs} == {"bert-base-uncased"}
    env = 'envVars:\n  MODELS: >\n    [{"id": "zai-org/GLM-4.5"},\n     {"id": "Qwen/Qwen3-8B"}]\n'
    refs, _ = _scan(tmp_path, "values.yaml", env)
    assert refs == {(3, 14, "zai-org/GLM-4.5", "model"), (4, 14, "Qwen/Qwen3-8B", "model")}


def test_toml_env_ini(tmp_path: Path) -> None:
    toml = '[tool.x]\nmodel_name = "google/flan-t5-base"\nurl = "https://github.com/a/b"\n'
    refs, _ = _scan(tmp_path, "pyproject.toml", toml)
    assert refs == {(2, 15, "google/flan-t5-base", "model")}
    env = "# TRANSCRIPTION_MODEL=openai/whisper-large-v3\nHF_MODEL_ID=microsoft/phi-2\nPORT=80\n"
    refs, _ = _scan(tmp_path, ".env", env)
    assert refs == {(2, 13, "microsoft/phi-2", "model")}
    refs, _ = _scan(tmp_path, "setup.cfg", "[train]\nbase_model = tiiuae/falcon-7b\n")
    assert refs == {(2, 14, "tiiuae/falcon-7b", "model")}


def test_modelfile_and_shell(tmp_path: Path) -> None:
    refs, _ = _scan(tmp_path, "Modelfile", "from llama3.2:1b\nPARAMETER temperature 0.4\n")
    assert refs == {(1, 6, "llama3.2:1b", "ollama")}
    refs, _ = _scan(tmp_path, "a/Modelfile", "FROM hf.co/BAAI/bge-reranker-v2-m3\n")
    assert refs == {(1, 12, "BAAI/bge-reranker-v2-m3", "model")}
    refs, _ = _scan(tmp_path, "b/Modelfile", "FROM ./models/qwen3-0.6b-Q4_K_M.gguf\n")
    assert refs == set()
    shell = (
        "#!/bin/sh\n"
        "huggingface-cli download TheBloke/Llama-2-7B-GGUF x.gguf\n"
        "ollama pull phi3:mini\n"
        "pip install git+https://github.com/huggingface/transformers\n"
        "# vllm serve commented/out\n"
        "export MODEL_ID=mistralai/Mistral-7B-v0.1\n"
    )
    refs, _ = _scan(tmp_path, "run.sh", shell)
    assert refs == {
        (2, 26, "TheBloke/Llama-2-7B-GGUF", "model"),
        (3, 13, "phi3:mini", "ollama"),
        (6, 17, "mistralai/Mistral-7B-v0.1", "model"),
    }
    docker = 'FROM vllm/vllm-openai:latest\nCMD ["--model", "Qwen/Qwen2-7B"]\n'
    refs, _ = _scan(tmp_path, "Dockerfile", docker)
    assert {r[2] for r in refs} == {"Qwen/Qwen2-7B"}


def test_model_card_front_matter(tmp_path: Path) -> None:
    card = "---\nlicense: apache-2.0\nbase_model: Qwen/Qwen2.5-7B\n---\n# Card\n"
    refs, _ = _scan(tmp_path, "README.md", card)
    assert refs == {(3, 13, "Qwen/Qwen2.5-7B", "model")}


def test_notebook_lines_point_into_the_ipynb(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["from_pretrained('no/md')"]},
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [{"output_type": "stream", "text": ["gpt2/out"]}],
                "source": [
                    "!pip install transformers\n",
                    "from transformers import AutoModel\n",
                    'm = AutoModel.from_pretrained("google/gemma-2b")',
                ],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1, ensure_ascii=False)
    refs, errors = _scan(tmp_path, "nb.ipynb", text)
    [(line, column, ident, _kind)] = refs
    raw = text.splitlines()[line - 1]
    assert ident == "google/gemma-2b"
    assert raw[column - 1 :].startswith("google/gemma-2b")
    assert errors == []


def test_json_with_comments_and_helm_templates_are_read(tmp_path: Path) -> None:
    jsonc = (
        '{\n  // the base\n  "base_model": "Qwen/Qwen2-7B", /* x */\n  "url": "https://a/b",\n}\n'
    )
    refs, errors = _scan(tmp_path, "devcontainer.json", jsonc)
    assert refs == {(3, 18, "Qwen/Qwen2-7B", "model")}
    assert errors == []
    helm = (
        "{{- if .Values.enabled }}\n"
        "spec:\n"
        "  image: {{ .Values.image }}\n"
        "  model: meta-llama/Llama-3.1-8B-Instruct\n"
        "  args: [--model, {{ .Values.model }}]\n"
        "{{- end }}\n"
    )
    refs, errors = _scan(tmp_path, "templates/deploy.yaml", helm)
    assert refs == {(4, 10, "meta-llama/Llama-3.1-8B-Instruct", "model")}
    assert errors == []
    terraform = (  # a Terraform `templatefile` of Helm values
        "%{ if gpu ~}\nnodeSelector:\n  accelerator: nvidia\n%{ endif ~}\n"
        "ollama:\n  models:\n%{ for m in models ~}\n    - ${m}\n%{ endfor ~}\n"
        "embedder:\n  model: BAAI/bge-m3\n"
    )
    refs, errors = _scan(tmp_path, "values.yaml.tpl", terraform)
    assert refs == {(11, 10, "BAAI/bge-m3", "model")}
    assert errors == []


def test_compact_notebook_positions_are_searched(tmp_path: Path) -> None:
    cell = {"cell_type": "code", "source": 'x = 1\nm = SentenceTransformer("all-MiniLM-L6-v2")'}
    text = json.dumps({"cells": [cell], "nbformat": 4})
    refs, _ = _scan(tmp_path, "c.ipynb", text)
    [(line, column, ident, _)] = refs
    assert ident == "sentence-transformers/all-MiniLM-L6-v2"
    assert text.splitlines()[line - 1][column - 1 :].startswith("all-MiniLM-L6-v2")


def test_kubernetes_env_entries_and_api_names(tmp_path: Path) -> None:
    manifest = (
        "env:\n"
        "  - name: MODEL_NAME\n"
        '    value: "Qwen/Qwen2.5-7B-Instruct"\n'
        "  - name: LOG_LEVEL\n"
        "    value: org1/not-a-model\n"
        "llm_model: mistral/mistral-large-latest\n"
        "chat_model: openai/gpt-4o-mini\n"
        "whisper_model: openai/whisper-large-v3\n"
        "docs_model: user/repo\n"
    )
    refs, _ = _scan(tmp_path, "deploy.yaml", manifest)
    assert {r[2] for r in refs} == {"Qwen/Qwen2.5-7B-Instruct", "openai/whisper-large-v3"}


def test_shell_variables_assigned_in_the_file_are_not_templated_errors(tmp_path: Path) -> None:
    script = (
        "BASE=meta-llama/Llama-3.1-8B\n"
        "python train.py --model_name_or_path $BASE\n"
        "vllm serve ${UNKNOWN_MODEL}\n"
    )
    refs, errors = _scan(tmp_path, "train.sh", script)
    assert refs == {(1, 6, "meta-llama/Llama-3.1-8B", "model")}
    assert len(errors) == 1
    assert errors[0].startswith("3: templated model id cannot be resolved statically")


def test_notebook_cell_magics(tmp_path: Path) -> None:
    def code(*lines: str) -> dict[str, object]:
        return {"cell_type": "code", "metadata": {}, "outputs": [], "source": list(lines)}

    nb = {
        "cells": [
            code("%%bash\n", "ollama pull llama3.2\n", "huggingface-cli download acme/x-7b"),
            code("%env MODEL_ID=acme/env-7b"),
            code(
                "%%capture\n",
                "from transformers import AutoModel\n",
                'm = AutoModel.from_pretrained("acme/y-1b")',
            ),
            code("%%html\n", "<p>acme/not-a-model</p>"),
            code("import ollama\n", 'ollama.chat(model="mistral")'),
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1)
    refs, errors = _scan(tmp_path, "nb.ipynb", text)
    assert {ident for _line, _column, ident, _kind in refs} == {
        "llama3.2",
        "acme/x-7b",
        "acme/env-7b",
        "acme/y-1b",
        "mistral",
    }
    assert errors == []
    for line, column, ident, _kind in refs:
        assert text.splitlines()[line - 1][column - 1 :].startswith(ident)


def test_notebook_continued_shell_lines_and_ollama_said_in_another_cell(tmp_path: Path) -> None:
    def code(*lines: str) -> dict[str, object]:
        return {"cell_type": "code", "metadata": {}, "outputs": [], "source": list(lines)}

    nb = {
        "cells": [
            code("!pip install -q \\\n", '    "transformers" \\\n', '    "optimum"\n', "import os"),
            code("!python train.py \\\n", "  --model_name_or_path acme/base-1b"),
            code('client = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")'),
            code('def embed(t):\n    return client.embeddings.create(model="mxbai-embed-large")'),
            code('prompt = f"{t}\nQuestion"'),  # a cell that does not parse: cells read alone
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    refs, _errors = _scan(tmp_path, "rag.ipynb", json.dumps(nb, indent=1))
    assert {ident for _line, _column, ident, _kind in refs} == {"acme/base-1b", "mxbai-embed-large"}


def test_a_python_file_with_shell_commands_pasted_in(tmp_path: Path) -> None:
    source = """\
pip install transformers accelerate
from diffusers import StableDiffusionXLPipeline
pipe = StableDiffusionXLPipeline.from_pretrained("acme/sdxl-1")
export MODEL_NAME="acme/sdxl-1"
export VAE_PATH="acme/vae-fp16"

accelerate launch train_lora.py \\
  --pretrained_model_name_or_path=$MODEL_NAME  \\
  --pretrained_vae_model_name_or_path=$VAE_PATH \\
  --output_dir=out
"""
    refs, errors = _scan(tmp_path, "train.py", source)
    assert {(line, ident) for line, _column, ident, _kind in refs} == {
        (3, "acme/sdxl-1"),
        (4, "acme/sdxl-1"),
        (5, "acme/vae-fp16"),
    }
    assert errors == []
