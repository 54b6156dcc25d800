"""Ids that reach a loader through containers, loops and branches; dict literals; loaders of
libraries beyond transformers; Ollama tags by library name in files about Ollama."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_lists_dicts_loops_and_branches_reach_the_loader(tmp_path: Path) -> None:
    source = (
        "from transformers import AutoModel\n"
        "import os\n"
        "CHECKPOINTS = {'small': 'acme/chat-1b', 'large': 'acme/chat-7b'}\n"
        "for name in ['acme/enc-a', 'acme/enc-b']:\n"
        "    AutoModel.from_pretrained(name)\n"
        "def load(size):\n"
        "    return AutoModel.from_pretrained(CHECKPOINTS[size])\n"
        "BASE = os.environ['BASE'] if 'BASE' in os.environ else 'acme/base-3b'\n"
        "AutoModel.from_pretrained(BASE)\n"
        "OPTIONS = ['not/a-model-here']\n"  # a list no loader or model name reaches
    )
    refs, errors = scan_one(tmp_path, "train.py", source)
    assert ids(refs) == {
        (3, "acme/chat-1b", "model"),
        (3, "acme/chat-7b", "model"),
        (4, "acme/enc-a", "model"),
        (4, "acme/enc-b", "model"),
        (8, "acme/base-3b", "model"),
    }
    assert errors == []


def test_model_named_containers_and_dict_keys(tmp_path: Path) -> None:
    source = (
        "EVAL_MODELS = ['acme/eval-1b', 'acme/eval-2b']\n"
        "JUDGE_MODELS = {'acme/judge-8b': {'temperature': 0.1, 'dtype': 'bfloat16'}}\n"
        "model_sizes = ['acme/not-an-id-list']\n"  # `sizes`: not an id position
    )
    refs, _ = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {
        (1, "acme/eval-1b", "model"),
        (1, "acme/eval-2b", "model"),
        (2, "acme/judge-8b", "model"),
    }


def test_dict_literals_with_model_keys(tmp_path: Path) -> None:
    source = (
        "import requests\n"
        "body = {'model': 'acme/chat-7b', 'messages': []}\n"
        "cfg = {'model_name': 'gpt2', 'dataset_name': 'acme/corpus'}\n"  # a legacy name too
        "req = {'model': 'gpt-4o', 'output_dir': 'acme/out'}\n"
        "requests.post('http://vllm:8000/v1/chat', json={'model': 'acme/served-7b'})\n"
    )
    refs, _ = scan_one(tmp_path, "client.py", source)
    assert ids(refs) == {
        (2, "acme/chat-7b", "model"),
        (3, "gpt2", "model"),
        (3, "acme/corpus", "dataset"),
        (5, "acme/served-7b", "model"),
    }


def test_ollama_request_bodies_and_library_names(tmp_path: Path) -> None:
    source = (
        "import requests\n"
        "URL = 'http://localhost:11434/api/generate'\n"
        "requests.post(URL, json={'model': 'llama3', 'prompt': 'hi'})\n"
        "payload = {'model': 'mistral:7b-instruct'}\n"
        "other = {'model': 'my-own-finetune'}\n"  # neither a tag nor a library name
        "hub = {'model': 'acme/chat-7b'}\n"
    )
    refs, _ = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (3, "llama3", "ollama"),
        (4, "mistral:7b-instruct", "ollama"),
        (6, "acme/chat-7b", "model"),
    }
    refs, _ = scan_one(tmp_path, "plain.py", "cfg = {'model': 'llama3'}\n")
    assert refs == set()  # nothing says Ollama: a bare word is no reference


def test_environment_defaults_given_by_keyword(tmp_path: Path) -> None:
    # nothing in lower case says "model": the upper-case name alone must get the file read
    source = "import os\nEMBED = os.getenv('EMBED_MODEL', default='acme/embed-v1')\n"
    refs, _ = scan_one(tmp_path, "settings.py", source)
    assert ids(refs) == {(2, "acme/embed-v1", "model")}


def test_loaders_of_other_libraries(tmp_path: Path) -> None:
    source = (
        "import mlx_lm, timm\n"
        "from mlx_lm import load\n"
        "from FlagEmbedding import BGEM3FlagModel, FlagReranker, FlagAutoModel\n"
        "m, t = load('acme/chat-4bit')\n"
        "m2, t2 = mlx_lm.load('acme/chat-8bit')\n"
        "e = BGEM3FlagModel('acme/embed-m3', use_fp16=True)\n"
        "r = FlagReranker('acme/rerank-large')\n"
        "a = FlagAutoModel.from_finetuned('acme/embed-base')\n"
        "v = timm.create_model('hf_hub:acme/vit-base', pretrained=True)\n"
        "data = json.load(open('x.json'))\n"  # an unrelated `load`
    )
    refs, _ = scan_one(tmp_path, "infer.py", source)
    assert ids(refs) == {
        (4, "acme/chat-4bit", "model"),
        (5, "acme/chat-8bit", "model"),
        (6, "acme/embed-m3", "model"),
        (7, "acme/rerank-large", "model"),
        (8, "acme/embed-base", "model"),
        (9, "acme/vit-base", "model"),
    }


def test_ollama_library_names_in_configs_shell_and_markdown(tmp_path: Path) -> None:
    compose = "services:\n  ollama:\n    environment:\n      - LLM_MODEL=llama3.2\n"
    refs, _ = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {(4, "llama3.2", "ollama")}
    readme = 'Start Ollama, then:\n\ncurl localhost:11434/api/chat -d \'{"model": "qwen2.5"}\'\n'
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(3, "qwen2.5", "ollama")}
    refs, _ = scan_one(tmp_path, "docs/other.md", 'Call it with {"model": "qwen2.5"}.\n')
    assert refs == set()  # the same words in a document that is not about Ollama


def test_markdown_inline_code_and_tagged_names_in_prose(tmp_path: Path) -> None:
    readme = (
        "# Local chat with Ollama\n"
        "Works with any model (like llama3.1:8b) served locally.\n"
        "- `ollama run qwen3:4b` or `ollama run llama3.2`\n"
        "I have used `qwen2.5:3b` by default; `mistral` also works.\n"
        "Download weights with `huggingface-cli download acme/chat-7b`.\n"
        "Point the app at localhost:11434; the mistral wind is cold there.\n"
        "```bash\n"
        "echo `not-a-tag:latest`\n"
        "```\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (2, "llama3.1:8b", "ollama"),
        (3, "qwen3:4b", "ollama"),
        (3, "llama3.2", "ollama"),
        (4, "qwen2.5:3b", "ollama"),
        (4, "mistral", "ollama"),
        (5, "acme/chat-7b", "model"),
    }
    assert errors == []
    plain = "Use `mistral` for French and `llama3.2` elsewhere; see tag v1:2b.\n"
    refs, _ = scan_one(tmp_path, "docs/notes.md", plain)
    assert refs == set()  # not a document about Ollama: words in code spans are only words


def test_provider_prefixed_ollama_models(tmp_path: Path) -> None:
    source = (
        "from langchain.chat_models import init_chat_model\n"
        'MODEL = "ollama:qwen3:4b"\n'
        'llm = init_chat_model(model="ollama/llama3.1")\n'
        'other = init_chat_model(model="openai:gpt-4o")\n'
    )
    refs, _ = scan_one(tmp_path, "agent.py", source)
    assert refs == {(2, 17, "qwen3:4b", "ollama"), (3, 37, "llama3.1", "ollama")}
    config = "model_list:\n- model_name: local\n  litellm_params:\n    model: ollama_chat/mistral\n"
    refs, _ = scan_one(tmp_path, "litellm.yaml", config)
    assert ids(refs) == {(4, "mistral", "ollama")}


def test_notebook_cells_read_as_one_program(tmp_path: Path) -> None:
    import json

    cells = [
        {"cell_type": "code", "metadata": {}, "outputs": [], "source": []},
        {"cell_type": "code", "metadata": {}, "outputs": [], "source": "import ollama"},
        {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["model = 'qwen3:4b'\n"]},
        {"cell_type": "markdown", "metadata": {}, "source": ["# Chat"]},
        {
            "cell_type": "code",
            "metadata": {},
            "outputs": [],
            "source": ["r = ollama.chat(model=model, messages=[])\n", "print(r)"],
        },
    ]
    text = json.dumps({"cells": cells, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    refs, errors = scan_one(tmp_path, "chat.ipynb", text)
    line = text.splitlines().index("    \"model = 'qwen3:4b'\\n\"") + 1
    assert ids(refs) == {(line, "qwen3:4b", "ollama")}
    assert errors == []


def test_ollama_uris_example_files_jsonnet_and_repo_id(tmp_path: Path) -> None:
    catalog = "catalog:\n  gemma2-2b:\n    url: 'ollama://gemma2:2b'\n    enabled: false\n"
    refs, _ = scan_one(tmp_path, "values.yaml", catalog)
    assert ids(refs) == {(3, "gemma2:2b", "ollama")}
    env = "OLLAMA_BASE_URL=http://host.docker.internal:11434\nOLLAMA_MODEL=mistral\n"
    refs, _ = scan_one(tmp_path, ".env-example", env)
    assert ids(refs) == {(2, "mistral", "ollama")}
    refs, _ = scan_one(tmp_path, "config.yaml.example", "model_name_or_path: acme/chat-7b\n")
    assert ids(refs) == {(1, "acme/chat-7b", "model")}
    jsonnet = 'local tok = {\n  pretrained_model_name_or_path: "acme/byt5-small"\n};\n'
    refs, _ = scan_one(tmp_path, "configs/set.jsonnet", jsonnet)
    assert ids(refs) == {(2, "acme/byt5-small", "model")}
    docker = "FROM python:3.12\nENV repo_id=acme/dino-small\nENV REPO=acme/not-a-model\n"
    refs, _ = scan_one(tmp_path, "Dockerfile", docker)
    assert ids(refs) == {(2, "acme/dino-small", "model")}


def test_dataset_flags_in_commands(tmp_path: Path) -> None:
    script = (
        "python train.py --model_name acme/chat-7b \\\n"
        '  --dataset="acme/dolly-15k" \\\n'
        "  --dataset_path ./data/local.json --eval_dataset data/dev\n"
    )
    refs, _ = scan_one(tmp_path, "train.sh", script)
    assert ids(refs) == {(1, "acme/chat-7b", "model"), (2, "acme/dolly-15k", "dataset")}


def test_variables_a_yaml_file_defines_are_not_templated_errors(tmp_path: Path) -> None:
    workflow = (
        "on: push\nenv:\n  OLLAMA_MODEL: gemma3:4b\njobs:\n  t:\n    runs-on: ubuntu-latest\n"
        '    steps:\n      - run: ollama pull "${OLLAMA_MODEL}"\n'
        "      - run: ollama run ${{ env.OLLAMA_MODEL }} hi\n"
    )
    refs, errors = scan_one(tmp_path, ".github/workflows/ollama.yml", workflow)
    assert ids(refs) == {(3, "gemma3:4b", "ollama")}
    assert errors == []
    deployment = (
        "spec:\n  containers:\n  - env:\n    - name: MODEL_ID\n      value: acme/chat-7b\n"
        "    args: ['vllm serve ${MODEL_ID} --dtype=auto']\n"
    )
    refs, errors = scan_one(tmp_path, "k8s/deploy.yaml", deployment)
    assert ids(refs) == {(5, "acme/chat-7b", "model")}
    assert errors == []
    compose = "services:\n  app:\n    environment:\n      - LLM_MODEL=${LLM_MODEL}\n"
    _, errors = scan_one(tmp_path, "compose.yaml", compose)
    assert errors == ["4: templated model id cannot be resolved statically: '${LLM_MODEL}'"]


def test_markdown_ids_after_a_model_label(tmp_path: Path) -> None:
    card = (
        "# My adapter\n"
        "- **Finetuned from model [optional]:** acme/chat-7b\n"
        "- `base_model`: HF repo (e.g., `acme/base-3b`)\n"
        "- Source code: acme/training-repo on GitHub\n"
        "The model works well: see acme/benchmarks for numbers.\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", card)
    assert ids(refs) == {(2, "acme/chat-7b", "model"), (3, "acme/base-3b", "model")}


def test_flags_named_for_a_model_role(tmp_path: Path) -> None:
    script = (
        "vllm serve acme/base-7b --enable-lora --lora-modules sql-lora=acme/sql-lora-7b\n"
        "python t.py --teacher_model_name_or_path acme/teacher-13b --reward-model-path acme/rm\n"
        "python dist.py --vision-model acme/vit-l --served-model-name acme/alias\n"
        "python eval.py --model-type llama --model_max_length 2048 --output_model acme/out-7b\n"
    )
    refs, _ = scan_one(tmp_path, "serve.sh", script)
    assert ids(refs) == {
        (1, "acme/base-7b", "model"),
        (1, "acme/sql-lora-7b", "model"),
        (2, "acme/teacher-13b", "model"),
        (2, "acme/rm", "model"),
        (3, "acme/vit-l", "model"),
    }


def test_settings_classes_and_environment_writes(tmp_path: Path) -> None:
    source = (
        "import os\n"
        "from pydantic import BaseModel, Field\n"
        'os.environ["HF_MODEL_ID"] = "acme/env-set-7b"\n'
        'os.environ.setdefault("EMBEDDING_MODEL", "acme/env-embed")\n'
        'RERANKER = "acme/rerank-large"\n'
        "class Settings(BaseModel):\n"
        '    llm_model: str = Field("acme/llm-7b", description="LLM")\n'
        '    embed_model: str = Field(default="acme/embed")\n'
        '    model_dir: str = Field("acme/not-an-id-dir")\n'
    )
    refs, _ = scan_one(tmp_path, "settings.py", source)
    assert ids(refs) == {
        (3, "acme/env-set-7b", "model"),
        (4, "acme/env-embed", "model"),
        (5, "acme/rerank-large", "model"),
        (7, "acme/llm-7b", "model"),
        (8, "acme/embed", "model"),
    }


def test_templates_built_from_literals_and_helper_functions(tmp_path: Path) -> None:
    source = (
        "from transformers import AutoModel, pipeline\n"
        'ORG = "acme"\n'
        'SIZE = "7b"\n'
        'BASE = f"{ORG}/chat-{SIZE}"\n'
        "def load(name, device='cpu'):\n"
        "    return AutoModel.from_pretrained(name)\n"
        "def run(model_name):\n"
        "    return load(model_name)\n"
        "class Bot:\n"
        "    def __init__(self, model_id):\n"
        "        self.pipe = pipeline('text-generation', model=model_id)\n"
        "def main(user_choice):\n"
        "    run('acme/run-level-7b')\n"
        "    load(name='acme/kw-level-7b')\n"
        "    Bot('acme/bot-7b')\n"
        "    AutoModel.from_pretrained(BASE)\n"
        "    AutoModel.from_pretrained('%s/%s' % (ORG, 'pct-1b'))\n"
        "    AutoModel.from_pretrained('{}/fmt-{}'.format(ORG, SIZE))\n"
        "    load('./local/dir')\n"
        "    AutoModel.from_pretrained(f'{ORG}/{user_choice}')\n"
    )
    refs, errors = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (4, "acme/chat-7b", "model"),
        (13, "acme/run-level-7b", "model"),
        (14, "acme/kw-level-7b", "model"),
        (15, "acme/bot-7b", "model"),
        (17, "acme/pct-1b", "model"),
        (18, "acme/fmt-7b", "model"),
    }
    assert errors == [
        "20: templated model id cannot be resolved statically: \"f'{ORG}/{user_choice}'\""
    ]


def test_model_catalogs_weight_files_and_hosted_apis(tmp_path: Path) -> None:
    catalog = (
        '[gemma-3-1b]\nrepo = "acme/gemma-gguf"\nfile = "gemma-Q4_K_M.gguf"\n'
        '["qwen3.5-2b"]\nrepo = "acme/qwen-gguf"\nbase = "acme/qwen-base"\n'
        '[remote.fast]\nprovider = "openrouter"\nmodel = "stealth/alpha"\n'
    )
    refs, _ = scan_one(tmp_path, "models.toml", catalog)
    assert ids(refs) == {
        (2, "acme/gemma-gguf", "model"),
        (5, "acme/qwen-gguf", "model"),
        (6, "acme/qwen-base", "model"),
    }
    settings = (
        "weights:\n  repo: acme/tiny-gguf\n  file: tiny.Q4_K_M.gguf\nsource:\n  repo: acme/app\n"
    )
    refs, _ = scan_one(tmp_path, "settings.yaml", settings)
    assert ids(refs) == {(2, "acme/tiny-gguf", "model")}  # `repo` beside a weights file
    apis = (
        '{"judge": {"model_name": "acme/judge-7b", "base_url": "https://api.openai.com/v1"},\n'
        ' "local": {"model_name": "acme/local-7b", "base_url": "http://localhost:8000/v1"}}\n'
    )
    refs, _ = scan_one(tmp_path, "llm.json", apis)
    assert ids(refs) == {(2, "acme/local-7b", "model")}


def test_dspy_language_models(tmp_path: Path) -> None:
    source = (
        "import dspy\nlm = dspy.LM('ollama_chat/llama3.2', api_base='http://localhost:11434')\n"
    )
    refs, _ = scan_one(tmp_path, "cot.py", source)
    assert ids(refs) == {(2, "llama3.2", "ollama")}


def test_comparisons_with_a_model_variable(tmp_path: Path) -> None:
    source = (
        "def load_model(model_name):\n"
        '    if model_name == "acme/bge-base":\n'
        "        return 1\n"
        '    elif model_name in ("acme/mpnet-base", "acme/e5-base"):\n'
        "        return 2\n"
        '    if mode == "acme/not-a-model-position":\n'
        "        return 3\n"
    )
    refs, _ = scan_one(tmp_path, "app.py", source)
    assert ids(refs) == {
        (2, "acme/bge-base", "model"),
        (4, "acme/mpnet-base", "model"),
        (4, "acme/e5-base", "model"),
    }


def test_model_ids_written_bare_in_documentation(tmp_path: Path) -> None:
    readme = (
        "# Embedding server\n"
        "Serves models like BAAI/bge-base-en-v1.5 and sentence-transformers/all-mpnet-base-v2.\n"
        "Built on huggingface/transformers and google/jax; see meta-llama/llama-models.\n"
        "Fine-tuned on the Dolly dataset:\n"
        "\n"
        "databricks/databricks-dolly-15k\n"
        "Install with `irm https://hf.co/cli/install.ps1 | iex`; sync to hf://buckets/me/b.\n"
        "Set `policy: builtin:default` (this project also talks to Ollama).\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (2, "BAAI/bge-base-en-v1.5", "model"),
        (2, "sentence-transformers/all-mpnet-base-v2", "model"),
        (6, "databricks/databricks-dolly-15k", "dataset"),
    }


def test_shell_arrays_loops_lora_modules_and_quantization_tags(tmp_path: Path) -> None:
    script = (
        "#!/bin/bash\n"
        'MODELS=("acme/arr-a"\n  "acme/arr-b")  # two\n'
        "for m in acme/loop-a acme/loop-b; do\n"
        "  huggingface-cli download $m --local-dir models/$m\n"
        "done\n"
        'for model in "${MODELS[@]}"; do hf download "$model"; done\n'
        "vllm serve acme/base --lora-modules a=acme/lora-a b=acme/lora-b --port 8000\n"
        "llama-server -hf acme/gguf-repo:Q4_K_M\n"
        'SIZES=("7b" "13b")\n'
    )
    refs, errors = scan_one(tmp_path, "download.sh", script)
    assert ids(refs) == {
        (2, "acme/arr-a", "model"),
        (3, "acme/arr-b", "model"),
        (4, "acme/loop-a", "model"),
        (4, "acme/loop-b", "model"),
        (8, "acme/base", "model"),
        (8, "acme/lora-a", "model"),
        (8, "acme/lora-b", "model"),
        (9, "acme/gguf-repo", "model"),
    }
    assert errors == []


def test_quantized_loaders_fastembed_and_model_first_pipelines(tmp_path: Path) -> None:
    source = (
        "from auto_gptq import AutoGPTQForCausalLM\n"
        "from fastembed import TextEmbedding\n"
        "from lmdeploy import pipeline\n"
        "m = AutoGPTQForCausalLM.from_quantized('acme/chat-7b-gptq', device='cuda:0')\n"
        "e = TextEmbedding('acme/embed-small')\n"
        "p = pipeline('acme/internlm-7b')\n"
        "q = pipeline('text-generation')\n"
    )
    refs, _ = scan_one(tmp_path, "serve.py", source)
    assert ids(refs) == {
        (4, "acme/chat-7b-gptq", "model"),
        (5, "acme/embed-small", "model"),
        (6, "acme/internlm-7b", "model"),
    }


def test_faster_whisper_size_names_are_its_hub_repos(tmp_path: Path) -> None:
    source = (
        "from faster_whisper import WhisperModel\n"
        "model = WhisperModel('large-v3', device='cpu')\n"
        "tiny = WhisperModel(model_size_or_path='tiny.en')\n"
        "own = WhisperModel('acme/whisper-ct2')\n"
        "local = WhisperModel('./models/whisper')\n"
    )
    refs, _ = scan_one(tmp_path, "stt.py", source)
    assert refs == {
        (2, 23, "Systran/faster-whisper-large-v3", "model"),
        (3, 41, "Systran/faster-whisper-tiny.en", "model"),
        (4, 21, "acme/whisper-ct2", "model"),
    }


def test_javascript_code_blocks_in_markdown(tmp_path: Path) -> None:
    readme = (
        "Select your ollama model:\n\n```typescript\n"
        "const result = await streamText({\n  model: ollama('llama3.1'),\n});\n```\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(5, "llama3.1", "ollama")}


def test_litellm_proxy_configs_and_public_api_bases(tmp_path: Path) -> None:
    config = (
        "model_list:\n"
        "  - model_name: openai/acme/alias-70b\n"
        "    litellm_params:\n"
        "      model: openai/acme/hosted-70b\n"
        "      api_base: https://api.some-provider.cn/v1\n"
        "  - model_name: local\n"
        "    litellm_params:\n"
        "      model: openai/acme/served-7b\n"
        "      api_base: http://vllm:8000/v1\n"
        "  - model_name: claude\n"
        "    litellm_params:\n"
        "      model: openai/claude-3-5-sonnet\n"
        "      api_base: http://localhost:4000\n"
        "  - model_name: router\n"
        "    litellm_params:\n"
        "      model: huggingface/acme/routed-8b\n"
        "      api_base: https://router.huggingface.co/v1\n"
    )
    refs, _ = scan_one(tmp_path, "litellm_config.yaml", config)
    assert ids(refs) == {(8, "acme/served-7b", "model"), (16, "acme/routed-8b", "model")}


def test_an_id_built_from_a_constant_is_reported_at_the_constant(tmp_path: Path) -> None:
    source = (
        'model = "llama3.1:8b"  # see https://ollama.com/library\n'
        'LLM_MODEL = f"ollama_chat/{model}"\n'
        "ORG = 'acme'\n"
        "MODEL_ID = f'{ORG}/chat-7b'\n"  # no one literal spells it: at the template
    )
    refs, _ = scan_one(tmp_path, "common.py", source)
    assert refs == {(1, 10, "llama3.1:8b", "ollama"), (4, 14, "acme/chat-7b", "model")}


def test_library_tags_need_no_context_and_embedding_keys(tmp_path: Path) -> None:
    source = (
        "class Config:\n"
        "    def __init__(self):\n"
        '        self.model = "deepseek-r1:14b"\n'
        '        self.embedding_model = "nomic-embed-text"\n'  # bare name: needs context
        "LOCAL_DEFAULT_EMBEDDING = 'acme/uae-large'\n"
        "EMBEDDING_DIM = 'acme/not-a-model'\n"
        "VISION_MODELS = {'gemma3:4b', 'llava:7b', 'custom:1b'}\n"
    )
    refs, _ = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {
        (3, "deepseek-r1:14b", "ollama"),
        (5, "acme/uae-large", "model"),
        (7, "gemma3:4b", "ollama"),
        (7, "llava:7b", "ollama"),
    }


def test_file_names_positional_defaults_and_wrapped_downloads(tmp_path: Path) -> None:
    refs, _ = scan_one(tmp_path, "mistral-crew-ModelFile", "FROM mistral\nPARAMETER x 1\n")
    assert ids(refs) == {(1, "mistral", "ollama")}
    script = 'MODEL_NAME="${1:-mistral-crew}"\nollama create "$MODEL_NAME" -f ModelFile\n'
    refs, errors = scan_one(tmp_path, "make.sh", script)
    assert (refs, errors) == (set(), [])  # a local model's default name: no id, no error
    readme = (
        "```bash\nnpm run tools:huggingface -- download acme/chat-GGUF \\\n  --local-dir m\n```\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(2, "acme/chat-GGUF", "model")}


def test_any_organizations_model_id_on_a_line_about_models(tmp_path: Path) -> None:
    readme = (
        "- Embeddings using hkunlp/instructor-xl\n"
        "- Latency p50/p99 for the model and 1st/99th percentiles\n"
        "- Clone acme/tools-v2 to get started\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(1, "hkunlp/instructor-xl", "model")}


def test_bare_library_names_in_ollama_documents(tmp_path: Path) -> None:
    readme = (
        "# RAG with Ollama\n"
        "Chunks are fed to the Ollama language model (llama2) to answer.\n"
        "Mistral AI is a company in Paris; the mistral wind is cold.\n"
        "Example using llama3 with ollama:\n"
        "```yaml\nMODEL=qwen2.5\n```\n"
        "See `docs/llama3.md` and /models/llama3 for the model files.\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (2, "llama2", "ollama"),
        (4, "llama3", "ollama"),
        (6, "qwen2.5", "ollama"),
    }


def test_settings_defaults_getter_defaults_and_extensionless_scripts(tmp_path: Path) -> None:
    package = (
        '{"contributes": {"configuration": {"properties": {\n'
        '  "ollama.model": {"type": "string",\n'
        '    "default": "qwen2.5-coder:1.5b"},\n'
        '  "ollama.url": {"default": "http://localhost:11434"}}}}}\n'
    )
    refs, _ = scan_one(tmp_path, "package.json", package)
    assert ids(refs) == {(3, "qwen2.5-coder:1.5b", "ollama")}
    ts = "const model = config.get<string>('model') || 'qwen2.5-coder:1.5b';\n"
    refs, _ = scan_one(tmp_path, "src/extension.ts", ts)
    assert ids(refs) == {(1, "qwen2.5-coder:1.5b", "ollama")}
    hook = "#!/usr/bin/env python\nfrom transformers import pipeline\n"
    hook += "p = pipeline(model='acme/x-7b')\n"
    refs, _ = scan_one(tmp_path, "hooks/prepare-commit-msg", hook)
    assert ids(refs) == {(3, "acme/x-7b", "model")}
    script = hook.replace("#!/usr/bin/env python", "#!python")  # setuptools' `scripts=`
    refs, _ = scan_one(tmp_path, "bin/x-gen", script)
    assert ids(refs) == {(3, "acme/x-7b", "model")}
    refs, _ = scan_one(tmp_path, "LICENSE", "MIT License\nacme/not-scanned-7b\n")
    assert refs == set()


def test_sentence_transformers_short_names_and_family_names_in_prose(tmp_path: Path) -> None:
    readme = (
        "A semantic search app using **all-MiniLM-L6-v2** embeddings.\n"
        "Works with Ollama models like `Qwen2.5-Coder` (any size).\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(1, "sentence-transformers/all-MiniLM-L6-v2", "model")}


def test_ollama_provider_strings_under_any_key(tmp_path: Path) -> None:
    config = (
        "providers:\n  - ollama:chat:llama3\n"
        "defaultTest:\n  options:\n    provider: ollama:embeddings:nomic-embed-text\n"
        "other:\n  label: ollama-chat-ui\n"
    )
    refs, _ = scan_one(tmp_path, "promptfooconfig.yaml", config)
    assert refs == {(2, 17, "llama3", "ollama"), (5, 33, "nomic-embed-text", "ollama")}


def test_ollama_guides_local_models_and_langchain_pipelines(tmp_path: Path) -> None:
    guide = (
        "# Ollama Modelfile\n"
        "```\nollama show phi3 --modelfile > phi3-phd\n```\n"
        "```\n# Modelfile\nFROM phi3:latest\nPARAMETER temperature 0.2\n```\n"
        "```\nollama create phi3-phd -f ./phi3-phd\nollama run phi3-phd\n```\n"
        "```dockerfile\nFROM python:3.12\n```\n"
    )
    refs, _ = scan_one(tmp_path, "Ollama-Modelfile.md", guide)
    assert ids(refs) == {(3, "phi3", "ollama"), (7, "phi3:latest", "ollama")}
    source = (
        "from langchain_huggingface import HuggingFacePipeline\n"
        "llm = HuggingFacePipeline.from_model_id(model_id='gpt2', task='text-generation')\n"
    )
    refs, _ = scan_one(tmp_path, "hf.py", source)
    assert ids(refs) == {(2, "gpt2", "model")}


def test_a_malformed_url_beside_a_model_is_no_crash(tmp_path: Path) -> None:
    config = "llm:\n  model: acme/chat-7b\n  base_url: 'http://[bad'\n  url: 'https://[::1'\n"
    refs, errors = scan_one(tmp_path, "config.yaml", config)
    assert (ids(refs), errors) == ({(2, "acme/chat-7b", "model")}, [])


def test_llm_cli_encoders_named_by_name_and_ollama_list_output(tmp_path: Path) -> None:
    readme = (
        "# llm-ollama\n```bash\nollama list\n```\n```\n"
        "gemma3:latest      c0494fe00251    3.3 GB    2 days ago\n```\n"
        "```bash\nllm -m ollama/gemma3:latest 'How much is 2+2?'\n"
        "llm -T llm_time -m ollama/llama3.2 'time?'\n"
        "llm mlx download-model mlx-community/Llama-3.2-3B-Instruct-4bit\n"
        "llm -m gguf/Meta-Llama-3.1-8B-Instruct-Q4_K_M 'hi'\npython -m llm -m x\n```\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (6, "gemma3:latest", "ollama"),
        (9, "gemma3:latest", "ollama"),
        (10, "llama3.2", "ollama"),
        (11, "mlx-community/Llama-3.2-3B-Instruct-4bit", "model"),
    }
    source = (
        "import llm, os\n"
        "class HuggingFaceEncoder(BaseModel):\n"
        '    name: str = "acme/bge-large"\n'
        "class Route(BaseModel):\n"
        '    name: str = "acme/not-a-model"\n'
        'enc = FastEmbedEncoder(name="acme/bge-small")\n'
        'model = llm.get_async_model("ollama/llama3.2:latest")\n'
        'emb = os.getenv("OLLAMA_EMBEDDING_MODEL", "hf.co/acme/embed-GGUF:F16")\n'
    )
    refs, _ = scan_one(tmp_path, "encoders.py", source)
    assert ids(refs) == {
        (3, "acme/bge-large", "model"),
        (6, "acme/bge-small", "model"),
        (7, "llama3.2:latest", "ollama"),
        (8, "acme/embed-GGUF", "model"),
    }


def test_an_encoder_field_in_a_large_file(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{i}(x):\n    return x + {i}\n\n" for i in range(900))
    source = filler + 'class LocalEncoder(BaseModel):\n    name: str = "acme/bge-small"\n'
    assert len(source) > 16_000  # read in regions, not whole
    refs, _ = scan_one(tmp_path, "encoders.py", source)
    assert {ident for _line, ident, _kind in ids(refs)} == {"acme/bge-small"}


def test_inference_api_urls_and_llm_library_calls_in_markdown(tmp_path: Path) -> None:
    source = (
        'URL = "https://api-inference.huggingface.co/models/acme/bge-large"\n'
        'ROUTED = "https://router.huggingface.co/hf-inference/models/acme/x-7b/pipeline/fill-mask"\n'
        'SEARCH = "https://huggingface.co/models?search=bge"\n'
    )
    refs, _ = scan_one(tmp_path, "api.py", source)
    assert ids(refs) == {(1, "acme/bge-large", "model"), (2, "acme/x-7b", "model")}
    readme = (
        "```python\nimport asyncio, llm\n\nasync def run():\n"
        '    model = llm.get_async_model("ollama/llama3.2:latest")\n```\n'
    )
    refs, _ = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {(5, "llama3.2:latest", "ollama")}


def test_usage_shown_in_docstrings(tmp_path: Path) -> None:
    source = (
        '"""RAG chatbot.\n'
        "\n"
        "Usage:\n"
        "    python rag.py doc.pdf --llm-model acme/flan-base\n"
        "    >>> enc = SentenceTransformer('acme/minilm-l6')\n"
        "Default LLM: a small model; see the docs/ folder - no id here.\n"
        '"""\n'
        "from transformers import AutoModel\n"
        "def load(name):\n"
        '    """Load `name` with AutoModel.from_pretrained(name)."""\n'
        "    return AutoModel.from_pretrained(name)\n"
    )
    refs, errors = scan_one(tmp_path, "rag.py", source)
    assert ids(refs) == {(4, "acme/flan-base", "model"), (5, "acme/minilm-l6", "model")}
    assert errors == []


def test_defaults_of_cli_options_and_prompts(tmp_path: Path) -> None:
    src = """\
import click, typer
from rich.prompt import Prompt
import streamlit as st
from transformers import AutoModel

@click.command()
@click.option("--model-id", default="acme/click-7b", help="model")
@click.option("--output-dir", default="acme/not-a-model")
def main(model_id, output_dir):
    AutoModel.from_pretrained(model_id)

def run(model: str = typer.Option("acme/typer-7b", "--model")):
    AutoModel.from_pretrained(model)

model_id = Prompt.ask("Model ID", default="acme/prompt-7b")
name = st.text_input("Model", value="acme/streamlit-7b")
AutoModel.from_pretrained(name)
"""
    refs, _ = scan_one(tmp_path, "cli.py", src)
    assert {i for _l, i, _k in ids(refs)} == {
        "acme/click-7b",
        "acme/typer-7b",
        "acme/prompt-7b",
        "acme/streamlit-7b",
    }


def test_a_models_metadata_names_its_family_not_a_model(tmp_path: Path) -> None:
    py = """\
from transformers import AutoModelForCausalLM

KNOWN_MODELS = {
    "sshleifer/tiny-gpt2": {"family": "gpt2", "hidden_size": 2},
    "acme/chat-7b": {"architecture": "llama", "base": "acme/base-7b"},
}
AutoModelForCausalLM.from_pretrained(next(iter(KNOWN_MODELS)))
"""
    refs, _ = scan_one(tmp_path, "models.py", py)
    assert {(line, ident) for line, ident, _kind in ids(refs)} == {
        (4, "sshleifer/tiny-gpt2"),
        (5, "acme/chat-7b"),
        (5, "acme/base-7b"),
    }


def test_openais_hosted_whisper_is_no_hub_model(tmp_path: Path) -> None:
    py = (
        'agent = AudioAgent(llm="openai/whisper-1")\nasr = pipeline(model="openai/whisper-small")\n'
    )
    refs, _ = scan_one(tmp_path, "tools.py", py)
    assert ids(refs) == {(2, "openai/whisper-small", "model")}


def test_a_dataclass_fields_default_written_with_spaces(tmp_path: Path) -> None:
    py = """\
from dataclasses import dataclass, field


@dataclass
class model_args:
    model_name: str = field(
        default = 'beomi/gemma-ko-2b',
        metadata = {'help' : "model_name"},
    )
"""
    refs, _ = scan_one(tmp_path, "arguments.py", py)
    assert ids(refs) == {(7, "beomi/gemma-ko-2b", "model")}


def test_a_local_alias_of_another_family_under_openai_is_no_hub_id(tmp_path: Path) -> None:
    py = """\
from crewai import LLM
llm = LLM(model="openai/local-qwen14b", base_url="http://localhost:8000/v1")
clip = LLM(model="openai/clip-vit-base-patch32")
"""
    refs, _ = scan_one(tmp_path, "engineer.py", py)
    assert ids(refs) == {(3, "openai/clip-vit-base-patch32", "model")}


def test_a_legacy_name_under_a_model_key_and_a_substring_test(tmp_path: Path) -> None:
    py = """\
def test_config():
    return {"model_config": {"model_name": "gpt2", "device": "cpu"}}


def special_tokens(model_name):
    if "xlm-roberta-large" in model_name:
        return "<s>"
    if model_name in ("roberta-base", "acme/x-7b"):
        return "<s>"
"""
    refs, _ = scan_one(tmp_path, "conftest.py", py)
    assert ids(refs) == {
        (2, "gpt2", "model"),
        (8, "roberta-base", "model"),
        (8, "acme/x-7b", "model"),
    }


def test_a_getenv_default_that_lists_models_with_commas(tmp_path: Path) -> None:
    py = """\
import os
import ollama

for name in os.getenv("MODELS", "qwen2.5:7b, acme/chat-7b").split(","):
    ollama.pull(name.strip())
"""
    refs, _ = scan_one(tmp_path, "pull.py", py)
    assert ids(refs) == {(4, "qwen2.5:7b", "ollama"), (4, "acme/chat-7b", "model")}


def test_a_helper_returning_a_record_of_its_repository(tmp_path: Path) -> None:
    helper = """\
def torch(worker: str, repo: str, **parameters) -> dict:
    return {"engine": "isolated", "repo_id": repo, "parameters": {"worker": worker, **parameters}}


"""
    body = "".join(
        f'CATALOG_{i} = [\n    _entry("m{i}", torch=torch("tts", "acme/voice-{i}b", x=1)),\n]\n'
        for i in range(400)
    )
    source = helper + body + 'LOCAL = torch("x", "./models/x")\n'
    assert len(source) > 16_000  # a large module: the calls are parsed apart from the helper
    refs, _ = scan_one(tmp_path, "catalog.py", source)
    assert (6, "acme/voice-0b", "model") in ids(refs)
    assert len(refs) == 400


def test_a_stripped_default_and_a_repository_paired_with_its_weights_file(tmp_path: Path) -> None:
    source = """\
class IndexTTS:
    def __init__(self, model=None):
        self.model = (model or "acme/IndexTTS-2").strip()

    def files(self, maskgct, campplus):
        out = {}
        out[("acme/MaskGCT", "semantic_codec/model.safetensors")] = maskgct
        out[("acme/campplus", "campplus_cn_common.bin")] = campplus
        out[("data/cache", "notes.txt")] = None
        return out
"""
    refs, _ = scan_one(tmp_path, "adapter.py", source)
    assert ids(refs) == {
        (3, "acme/IndexTTS-2", "model"),
        (7, "acme/MaskGCT", "model"),
        (8, "acme/campplus", "model"),
    }


def test_a_pretrained_constant_and_a_cache_lookup_name_repositories(tmp_path: Path) -> None:
    source = """\
import pytest

from braincfg import NtReve

PRETRAINED_NAME = "acme/reve-base"


def test_build():
    cfg = NtReve(from_pretrained_name=PRETRAINED_NAME)
    assert cfg.build() is not None
"""
    refs, _ = scan_one(tmp_path, "test_reve.py", source)
    assert ids(refs) == {(5, "acme/reve-base", "model")}
    cache = """\
from huggingface_hub import try_to_load_from_cache

weights = try_to_load_from_cache("acme/eeg-base", filename="weights.bin")
"""
    refs, _ = scan_one(tmp_path, "cache.py", cache)
    assert ids(refs) == {(3, "acme/eeg-base", "model")}


def test_a_repo_flags_help_example_of_any_shape(tmp_path: Path) -> None:
    source = """\
import argparse

ap = argparse.ArgumentParser()
ap.add_argument("--repo", default=None, help="HF Hub repo id, e.g. acme/lipika")
ap.add_argument("--out", default="out/x", help="where to write, e.g. runs/lipika")
ap.add_argument("--weights-repo", help="Hugging Face weights repo (default: acme/shoshan)")
ap.add_argument("--repo", help="GitHub repo for submission (default: acme/bench)")
ap.add_argument("--model", default="acme/lipika-base-v2")
"""
    refs, _ = scan_one(tmp_path, "demo.py", source)
    assert ids(refs) == {
        (4, "acme/lipika", "model"),
        (6, "acme/shoshan", "model"),
        (8, "acme/lipika-base-v2", "model"),
    }


def test_a_catalogues_model_spec_names_its_model(tmp_path: Path) -> None:
    source = """\
from ollama import Client

from .spec import ModelSpec

DEFAULT = ModelSpec(name="qwen3:8b", family="qwen3")
EMBEDDING_MODEL = ModelSpec(name="nomic-embed-text", family="nomic")
ENCODER = ModelSpec(name="acme/encoder-base-v1", family="acme")
CODEX = ProviderModelSpec(id="openai-codex/gpt-5.6-luna", label="GPT-5.6-Luna")
"""
    refs, _ = scan_one(tmp_path, "registry.py", source)
    assert ids(refs) == {
        (5, "qwen3:8b", "ollama"),
        (6, "nomic-embed-text", "ollama"),
        (7, "acme/encoder-base-v1", "model"),
    }


def test_ids_copied_into_a_new_collection_by_a_builtin(tmp_path: Path) -> None:
    source = """\
from transformers import pipeline

MODEL_ID = "acme/seda-base-v1"
MODELS = list(dict.fromkeys([MODEL_ID, "acme/seda-tiny-v1"]))
MODEL_CHOICES = sorted({"acme/seda-small-v1"})
asr = pipeline("automatic-speech-recognition", model=MODELS[0])
"""
    refs, _ = scan_one(tmp_path, "stt.py", source)
    assert ids(refs) == {
        (3, "acme/seda-base-v1", "model"),
        (4, "acme/seda-tiny-v1", "model"),
        (5, "acme/seda-small-v1", "model"),
    }


def test_timms_weights_named_through_a_variable_of_several_branches(tmp_path: Path) -> None:
    source = """\
import timm


def dinov2(arch_name):
    if arch_name == "dinov2_vits14":
        arch = "vit_small_patch14_dinov2.lvd142m"
    elif arch_name == "dinov2_vitb14":
        arch = "vit_base_patch14_dinov2.lvd142m"
    else:
        arch = "resnet50"
    return timm.create_model(arch, pretrained=True)
"""
    refs, _ = scan_one(tmp_path, "models_vit.py", source)
    assert ids(refs) == {
        (6, "timm/vit_small_patch14_dinov2.lvd142m", "model"),
        (8, "timm/vit_base_patch14_dinov2.lvd142m", "model"),
    }


def test_an_or_default_of_a_model_setting_given_to_a_call(tmp_path: Path) -> None:
    source = """\
from .openai_compat import OpenAICompatChat


def make_chat(s):
    if s.chat == "ollama":
        return OpenAICompatChat(s.ollama_base_url, "", s.chat_model or "llama3.2")
    if s.chat == "hub":
        return OpenAICompatChat(s.hub_url, s.token, s.chat_model or "acme/chat-7b")
    return OpenAICompatChat(s.openai_base_url, s.key, s.chat_model or "gpt-4o-mini")
"""
    refs, _ = scan_one(tmp_path, "providers.py", source)
    assert ids(refs) == {(6, "llama3.2", "ollama"), (8, "acme/chat-7b", "model")}


def test_hub_uris_in_a_map_named_for_datasets_are_datasets(tmp_path: Path) -> None:
    source = """\
class LoadTools:
    def __init__(self):
        self.model_aliases = {"detr": "hf:acme/detr-coco-v2"}
        self.dataset_aliases = {
            "photos": "hf:acme/amateur-photos",
            "tracking": "hf:acme/glove-tracking/resolve/main/tracking.zip",
            "local": "datasets/yolo/baseball.txt",
        }
"""
    refs, _ = scan_one(tmp_path, "load_tools.py", source)
    assert ids(refs) == {
        (3, "acme/detr-coco-v2", "model"),
        (5, "acme/amateur-photos", "dataset"),
        (6, "acme/glove-tracking", "dataset"),
    }


def test_a_repository_typed_as_a_space_and_a_file_after_a_repository(tmp_path: Path) -> None:
    source = """\
from huggingface_hub import hf_hub_download


def ensure_models(cache):
    repo_id = "acme/tts-app"
    repo_type = "space"
    return hf_hub_download(repo_id=repo_id, filename="a.onnx", repo_type=repo_type)


def speech(c):
    return c.get("whisper_t2s_model", "acme/whisperspeech:t2s-base-en+pl.model")
"""
    refs, _ = scan_one(tmp_path, "tts.py", source)
    assert ids(refs) == {(11, "acme/whisperspeech", "model")}


def test_fastembeds_model_in_a_dockerfiles_inline_python(tmp_path: Path) -> None:
    docker = (
        "RUN python -c \"from fastembed import TextEmbedding; TextEmbedding('acme/bge-tiny')\"\n"
    )
    refs, _ = scan_one(tmp_path, "Dockerfile", docker)
    assert ids(refs) == {(1, "acme/bge-tiny", "model")}


def test_a_camel_case_model_key_in_a_params_default(tmp_path: Path) -> None:
    source = """\
from types import MappingProxyType

from acme.models.detectors.HasDetectLineOrientation import HasDetectLineOrientation


class TesseractRecognizer(HasDetectLineOrientation):
    defaultParams = MappingProxyType(
        {
            "outputCol": "text",
            "detectLineOrientation": True,
            "oriModel": "acme/line_orientation_v0.1",
            "tessDataPath": "/usr/share/tesseract-ocr/5/tessdata/",
        },
    )
"""
    refs, errors = scan_one(tmp_path, "TesseractRecognizer.py", source)
    assert ids(refs) == {(11, "acme/line_orientation_v0.1", "model")}
    assert errors == []


def test_a_records_tier_is_no_model(tmp_path: Path) -> None:
    source = """\
import ollama

OLLAMA_CLOUD_MODELS = [
    {"name": "gemma4:31b-cloud", "tools": True, "tier": "deep"},
    {"name": "qwen3.5:cloud", "tools": True, "tier": "fast", "category": "chat"},
]
"""
    refs, errors = scan_one(tmp_path, "model_discovery.py", source)
    assert ids(refs) == {(4, "gemma4:31b-cloud", "ollama"), (5, "qwen3.5:cloud", "ollama")}
    assert errors == []


def test_a_settings_helpers_default_after_an_environment_variables_name(tmp_path: Path) -> None:
    source = """\
import os


def build_config(mc, resolve):
    return {
        "embedder": {
            "provider": os.getenv("MEM0_EMBEDDER_PROVIDER", "ollama"),
            "config": {
                "model": resolve("MEM0_EMBEDDER_MODEL", mc.embedder_model, "nomic-embed-text"),
                "dims": resolve("MEM0_EMBEDDING_DIMS", mc.dims, "768"),
            },
        },
    }
"""
    refs, errors = scan_one(tmp_path, "manager.py", source)
    assert ids(refs) == {(9, "nomic-embed-text", "ollama")}
    assert errors == []


def test_a_helper_named_for_getting_a_dataset(tmp_path: Path) -> None:
    evaluator = """\
def load_split(split):
    from acme.utils.local_resolve import resolve_dataset

    return resolve_dataset("acme/ProntoQA", split=split)


def load_local():
    return resolve_dataset("data/train", split="test"), get_model("acme/not-a-dataset")
"""
    refs, errors = scan_one(tmp_path, "reasoning_datasets.py", evaluator)
    assert ids(refs) == {(4, "acme/ProntoQA", "dataset")}
    # a large file is parsed in regions: the helper's call starts one
    padding = "".join(f"def helper_{i}():\n    return {i}\n\n\n" for i in range(700))
    refs, errors = scan_one(tmp_path, "benchmarks.py", padding + evaluator)
    assert ids(refs) == {(2804, "acme/ProntoQA", "dataset")}
    assert errors == []


def test_a_settings_class_on_ollamas_port_names_a_tag(tmp_path: Path) -> None:
    source = """\
from dataclasses import dataclass


@dataclass
class EnrichmentConfig:
    host: str = "localhost"
    port: int = 11434
    model: str = "glm-ocr:q8_0"
"""
    refs, errors = scan_one(tmp_path, "config.py", source)
    assert ids(refs) == {(8, "glm-ocr:q8_0", "ollama")}
    refs, errors = scan_one(tmp_path, "other.py", source.replace("11434", "114340"))
    assert ids(refs) == set()
    assert errors == []


def test_a_records_hub_field_naming_modelscope(tmp_path: Path) -> None:
    source = """\
MODELS = [
    {"name": "emotion-plus", "model_id": "acme/emotion_plus_base", "hub": "hf"},
    {"name": "emotion-ft", "model_id": "iic/emotion_base_finetuned", "hub": "ms"},
]
"""
    refs, errors = scan_one(tmp_path, "open_models.py", source)
    assert ids(refs) == {(2, "acme/emotion_plus_base", "model")}
    assert errors == []
