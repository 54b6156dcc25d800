"""Server containers and router suffixes, fallbacks in JavaScript, commands in Markdown prose
and notebook-style Python blocks, and the Ollama names a file makes itself."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_vllm_containers_command_starts_with_the_model(tmp_path: Path) -> None:
    compose = """\
services:
  vllm:
    image: vllm/vllm-openai:latest
    command: >
      Qwen/Qwen3-1.7B
      --dtype float16
      --max-model-len 16384
  gpu:
    image: vllm/vllm-openai:v0.9.0
    args: ["meta-llama/Llama-3.2-3B-Instruct", "--port", "8001"]
  web:
    image: nginx:latest
    command: acme/not-a-model --flag
"""
    refs, _ = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {
        (5, "Qwen/Qwen3-1.7B", "model"),
        (10, "meta-llama/Llama-3.2-3B-Instruct", "model"),
    }


def test_a_routers_provider_suffix_is_not_part_of_the_id(tmp_path: Path) -> None:
    py = """\
from huggingface_hub import InferenceClient

client = InferenceClient()
client.chat.completions.create(model="Qwen/Qwen2.5-7B:featherless-ai", messages=[])
client.chat.completions.create(model="deepseek-ai/DeepSeek-R1:fastest", messages=[])
"""
    refs, _ = scan_one(tmp_path, "chat.py", py)
    assert ids(refs) == {
        (4, "Qwen/Qwen2.5-7B", "model"),
        (5, "deepseek-ai/DeepSeek-R1", "model"),
    }


def test_a_model_keys_fallback_in_javascript(tmp_path: Path) -> None:
    ts = """\
import { Ollama } from 'ollama/browser'
export async function embed(input: string, options: any = {}) {
  const ollama = new Ollama({ host: 'http://localhost:11434' })
  const response = await ollama.embed({ model: options.ollama?.model ?? 'bge-m3', input })
  const model = opts.model || "meta-llama/Llama-3.2-1B"
  const label = opts.label || "acme/not-a-model-key"
  return response
}
"""
    refs, _ = scan_one(tmp_path, "embed.ts", ts)
    assert ids(refs) == {(4, "bge-m3", "ollama"), (5, "meta-llama/Llama-3.2-1B", "model")}


def test_commands_written_as_markdown_prose(tmp_path: Path) -> None:
    md = """\
### pull model
ollama pull "modelscope.cn/unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF:Q4_K_M"
huggingface-cli download acme/tiny-llm-7b --local-dir models
ollama run MODEL
ollama run EmbeddingModel

We think ollama is great for this.
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (2, "modelscope.cn/unsloth/Mistral-Small-3.2-24B-Instruct-2506-GGUF:Q4_K_M", "ollama"),
        (3, "acme/tiny-llm-7b", "model"),
    }


def test_notebook_shell_lines_in_a_markdown_python_block(tmp_path: Path) -> None:
    md = """\
# Train

```python
%cd project
!pip install -r requirements.txt
!python src/cli.py --model_name_or_path "unsloth/mistral-7b-bnb-4bit"
from transformers import AutoTokenizer
tok = AutoTokenizer.from_pretrained("bert-base-uncased")
```
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (6, "unsloth/mistral-7b-bnb-4bit", "model"),
        (8, "bert-base-uncased", "model"),
    }


def test_ollama_names_the_file_creates_or_copies_are_local(tmp_path: Path) -> None:
    md = """\
# Ollama

```bash
huggingface-cli download bartowski/Starling-LM-7B-beta-GGUF Starling-LM-7B-beta-Q6_K.gguf
ollama create "Starling-LM-7B-beta-Q6_K" -f Modelfile
ollama run Starling-LM-7B-beta-Q6_K:latest
ollama pull llama3.2:3b
ollama cp llama3.2:3b mistral
ollama run mistral
```
"""
    refs, _ = scan_one(tmp_path, "notes.md", md)
    assert ids(refs) == {
        (4, "bartowski/Starling-LM-7B-beta-GGUF", "model"),
        (7, "llama3.2:3b", "ollama"),
    }


def test_a_capitalized_family_name_in_a_list_is_prose(tmp_path: Path) -> None:
    md = """\
# Models for Ollama

Pull one of these with `ollama pull`:

- mistral
- Mistral Small 3 (2501) (24B)
- BGE-M3 本地编码 + Chroma 入库
- bge-m3
"""
    refs, _ = scan_one(tmp_path, "models.md", md)
    assert ids(refs) == {(5, "mistral", "ollama"), (8, "bge-m3", "ollama")}


def test_a_variable_keeping_a_token_path_is_not_a_repo(tmp_path: Path) -> None:
    sh = 'HF_KEY_PATH="${HF_KEY_PATH:-$HF_TOKEN_FILE}"\nHF_REPO=acme/tiny-llm-7b\n'
    refs, errors = scan_one(tmp_path, "download.sh", sh)
    assert ids(refs) == {(2, "acme/tiny-llm-7b", "model")}
    assert errors == []


def test_happytransformer_classes_take_the_model_second(tmp_path: Path) -> None:
    py = """\
from happytransformer import HappyTextToText, HappyGeneration

seq2seq = HappyTextToText("T5", "t5-base", load_path="trained_model/")
gen = HappyGeneration(model_type="GPT-NEO", model_name="EleutherAI/gpt-neo-125m")
"""
    refs, _ = scan_one(tmp_path, "eval_model.py", py)
    assert ids(refs) == {(3, "t5-base", "model"), (4, "EleutherAI/gpt-neo-125m", "model")}


def test_a_systemd_unit_that_serves_a_model(tmp_path: Path) -> None:
    unit = """\
[Service]
Environment="CUDA_HOME=/usr/local/cuda-13.0"
ExecStart=/opt/vllm/.venv/bin/vllm serve acme/Qwen3-8B-GPTQ-Int4 \\
  --port 8000
"""
    refs, _ = scan_one(tmp_path, "vllm.service", unit)
    assert ids(refs) == {(3, "acme/Qwen3-8B-GPTQ-Int4", "model")}


def test_workflow_tasks_that_download_models(tmp_path: Path) -> None:
    nextflow = """\
process DOWNLOAD_CELLFM {
    container "acme/scfm_download:latest"

    script:
    \"\"\"
    cd /data/model_weights
    hf download acme-bio/CellFM "CellFM_80M_weight.ckpt" --local-dir ./
    \"\"\"
}
"""
    wdl = """\
task embed {
  command <<<
    huggingface-cli download acme-bio/scGPT-human --local-dir weights
  >>>
  runtime { docker: "acme/embed:1.0" }
}
"""
    refs, _ = scan_one(tmp_path, "download.nf", nextflow)
    assert ids(refs) == {(7, "acme-bio/CellFM", "model")}
    refs, _ = scan_one(tmp_path, "embed.wdl", wdl)
    assert ids(refs) == {(3, "acme-bio/scGPT-human", "model")}


def test_a_library_tag_behind_an_openai_compatible_prefix(tmp_path: Path) -> None:
    py = """\
from litellm import completion

completion(model="openai/llama3.1:8b", messages=[])
completion(model="openai/gpt-4o", messages=[])
completion(model="openai/my-finetune:v2", messages=[])
"""
    refs, _ = scan_one(tmp_path, "client.py", py)
    assert ids(refs) == {(3, "llama3.1:8b", "ollama")}


def test_a_base_model_label_names_a_legacy_id(tmp_path: Path) -> None:
    md = """\
# IMDB classifier

## Model Details

- Base Model: distilbert-base-uncased
- Fine-tuned On: IMDB movie reviews
- Base model: all-MiniLM-L6-v2
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (5, "distilbert-base-uncased", "model"),
        (7, "sentence-transformers/all-MiniLM-L6-v2", "model"),
    }


def test_a_linked_id_takes_the_kind_its_url_gives(tmp_path: Path) -> None:
    md = (
        "Fine-tune [google/gemma-2-2b](https://huggingface.co/google/gemma-2-2b) on the "
        "[Abirate/english_quotes](https://huggingface.co/datasets/Abirate/english_quotes) "
        "dataset.\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (1, "google/gemma-2-2b", "model"),
        (1, "Abirate/english_quotes", "dataset"),
    }


def test_openrlhf_pretrain_flags_and_hydra_overrides(tmp_path: Path) -> None:
    sh = """\
deepspeed --module openrlhf.cli.train_rm \\
  --pretrain facebook/opt-350m \\
  --reward_pretrain acme/reward-7b \\
  --judge acme/judge-8b \\
  --save_path ./checkpoint/opt-350m
torchrun -m RL2.trainer.ppo \\
    train_data.path=acme/math-prompts \\
    actor.model_name=Qwen/Qwen3-1.7B \\
    +critic.model.path=acme/critic-1b \\
    rollout.env_path=envs/orz.py
"""
    refs, _ = scan_one(tmp_path, "train.sh", sh)
    assert ids(refs) == {
        (2, "facebook/opt-350m", "model"),
        (3, "acme/reward-7b", "model"),
        (4, "acme/judge-8b", "model"),
        (7, "acme/math-prompts", "dataset"),
        (8, "Qwen/Qwen3-1.7B", "model"),
        (9, "acme/critic-1b", "model"),
    }


def test_a_yaml_config_held_in_a_python_string(tmp_path: Path) -> None:
    py = '''\
import yaml

yaml_config = """
slices:
  - sources:
      - model: acme/Marcoroni-7B-v3
        layer_range: [0, 32]
merge_method: slerp
base_model: acme/Marcoroni-7B-v3
"""
prompt = "You are a model: answer briefly.\\nmodel: not a config"
with open("config.yaml", "w") as f:
    f.write(yaml_config)
'''
    refs, _ = scan_one(tmp_path, "write_config.py", py)
    assert refs == {
        (6, 16, "acme/Marcoroni-7B-v3", "model"),
        (9, 13, "acme/Marcoroni-7B-v3", "model"),
    }


def test_a_publishers_id_given_positionally_to_a_script(tmp_path: Path) -> None:
    sh = """\
source env/bin/activate
python3 fine_tuning/train.py meta-llama/Llama-3.2-1B-Instruct
torchrun --nproc_per_node 8 eval.py mistralai/Mistral-7B-v0.1 out/meta-llama/x
python train.py --output_dir meta-llama/Llama-3.2-1B
cp -r Qwen/Qwen2.5-7B-Instruct backup/
"""
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert ids(refs) == {
        (2, "meta-llama/Llama-3.2-1B-Instruct", "model"),
        (3, "mistralai/Mistral-7B-v0.1", "model"),
    }


def test_a_legacy_name_given_positionally_to_a_script(tmp_path: Path) -> None:
    sh = """\
python3 model.py bert bert-base-cased 15
python3 model.py xlmroberta xlm-roberta-base 15
python3 model.py ctrl ctrl 15
python3 tool.py bert-base 15
ls bert-base-cased
"""
    refs, _ = scan_one(tmp_path, "runner.sh", sh)
    assert ids(refs) == {
        (1, "bert-base-cased", "model"),
        (2, "xlm-roberta-base", "model"),
    }


def test_a_hosted_providers_name_in_a_litellm_config_is_no_hub_id(tmp_path: Path) -> None:
    yaml_text = """\
model_list:
  - model_name: default
    litellm_params:
      model: openrouter/meta-llama/llama-3.3-70b-instruct:free
  - model_name: together
    litellm_params:
      model: together_ai/meta-llama/Llama-3-8b-chat-hf
  - model_name: local
    litellm_params:
      model: hosted_vllm/google/gemma-3-12b-it
      api_base: http://vllm:8000/v1
  - model_name: small
    litellm_params:
      model: ollama/alibayram/smollm3
"""
    refs, _ = scan_one(tmp_path, "litellm_config.yaml", yaml_text)
    assert ids(refs) == {
        (10, "google/gemma-3-12b-it", "model"),
        (14, "alibayram/smollm3", "ollama"),
    }


def test_two_families_made_an_adjective_are_prose(tmp_path: Path) -> None:
    md = (
        "Train state-of-the-art BERT/LLM-based sentence embedding models with a few lines, "
        "starting from WhereIsAI/UAE-Large-V1.\n"
    )
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(1, "WhereIsAI/UAE-Large-V1", "model")}


def test_a_code_block_in_a_guide_about_ollama_reads_tags_as_ollama(tmp_path: Path) -> None:
    md = """\
# Local RAG with Ollama

```python
embeddings = client.embeddings(model='nomic-embed-text', prompt=chunk)
```

```js
const reply = await client.chat({ model: 'llama3.2', messages })
```
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(4, "nomic-embed-text", "ollama"), (8, "llama3.2", "ollama")}


def test_the_values_of_a_javascript_map_named_for_models(tmp_path: Path) -> None:
    js = """\
exports.MODEL_IDS = {
    embed: "acme/granite-embedding-30m-english-ONNX",
    colbert: "acme/edge-colbert-v0-17m-onnx-int8",
};
const PATHS = {
    cache: "models/cache",
    weights: "acme/not-a-model-map",
};
"""
    refs, _ = scan_one(tmp_path, "config.js", js)
    assert ids(refs) == {
        (2, "acme/granite-embedding-30m-english-ONNX", "model"),
        (3, "acme/edge-colbert-v0-17m-onnx-int8", "model"),
    }


def test_router_slugs_in_a_readme_about_a_router(tmp_path: Path) -> None:
    md = """\
# Providers

```python
config.set_provider_config("llm", "OpenAI", {"model": "qwen/qwen3-235b-a22b:free", "base_url": "https://openrouter.ai/api/v1"})
model = AutoModel.from_pretrained("Qwen/Qwen3-8B")
```
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(5, "Qwen/Qwen3-8B", "model")}


def test_words_in_a_list_of_functions_and_a_tagged_name_in_javascript(tmp_path: Path) -> None:
    md = """\
# Ollama wrappers

```js
const wrappedFn = ollama(myFn, 'llama3.3:70b', ['key1'])
```

| `ollama` `gpt5` `claude` `deepseek` `grok` `groq` `mistral` `glm4` | Provider HOFs |

Pull `mistral` first.
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(4, "llama3.3:70b", "ollama"), (9, "mistral", "ollama")}


def test_a_horizontal_rule_at_the_top_of_a_readme_is_no_front_matter(tmp_path: Path) -> None:
    md = """\
---

![Logo](static/logo.png)

# Project: what it does

Embeds with `sentence-transformers/all-MiniLM-L6-v2`.

---
"""
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert errors == []
    assert ids(refs) == {(7, "sentence-transformers/all-MiniLM-L6-v2", "model")}


def test_numbered_model_keys_and_hosted_api_keys_in_an_env_file(tmp_path: Path) -> None:
    env = """\
# Ollama
MODEL1_NAME=phi3:mini                  # Required: your model name
MODEL1_URL=http://localhost:11434
BEDROCK_MODEL=qwen.qwen3-32b-v1:0
TEST_LLM_MODEL=vertex/gemini-2.0-flash-lite
OPENAI_MODEL=Qwen/Qwen2.5-7B-Instruct
"""
    refs, _ = scan_one(tmp_path, ".env.example", env)
    assert ids(refs) == {(2, "phi3:mini", "ollama"), (6, "Qwen/Qwen2.5-7B-Instruct", "model")}


def test_a_library_name_given_to_a_model_flag_in_a_script_about_ollama(tmp_path: Path) -> None:
    script = (
        "ollama serve &\n"
        "python app.py --embed-model nomic-embed-text --model llama3.2\n"
        "python eval.py --model mistral-large-latest\n"
    )
    refs, errors = scan_one(tmp_path, "run.sh", script)
    assert ids(refs) == {(2, "nomic-embed-text", "ollama"), (2, "llama3.2", "ollama")}
    assert errors == []
    refs, _ = scan_one(tmp_path, "other.sh", "python app.py --model llama3.2\n")
    assert not refs  # a file that never names Ollama: a bare name could be anyone's


def test_hub_mirror_urls_and_checkpoint_constants(tmp_path: Path) -> None:
    workflow = (
        "steps:\n"
        "  - run: |\n"
        "      wget -P models https://hf-mirror.com/h94/IP-Adapter/resolve/main/x.safetensors\n"
        "      export HF_ENDPOINT=https://hf-mirror.com\n"
    )
    refs, errors = scan_one(tmp_path, ".github/workflows/get.yml", workflow)
    assert ids(refs) == {(3, "h94/IP-Adapter", "model")}
    assert errors == []
    config = "FILE_ID = '1HsYBeLV0'\nBASE_CHECKPOINT = 'distilbert-base-cased'\n"
    refs, errors = scan_one(tmp_path, "config.py", config)  # no word `model` anywhere
    assert ids(refs) == {(2, "distilbert-base-cased", "model")}
    assert errors == []


def test_another_familys_name_after_openai_is_a_compatible_servers_model(tmp_path: Path) -> None:
    aider = (
        "model: openai/qwen3-coder-30b\n"
        "openai-api-base: http://localhost:1234/v1\n"
        "editor-model: openai/gpt-oss-20b\n"
    )
    refs, errors = scan_one(tmp_path, ".aider.conf.yml", aider)
    assert ids(refs) == {(3, "openai/gpt-oss-20b", "model")}  # OpenAI's own Hub repo stays
    assert errors == []


def test_a_tagged_library_name_as_a_compose_variables_default(tmp_path: Path) -> None:
    compose = (
        "services:\n"
        "  app:\n"
        "    environment:\n"
        "      - LLM_MODEL=${LLM_MODEL:-llama3.2:1b}\n"
        "      - VLLM_MODEL=${VLLM_MODEL:-acme/chat-3b}\n"
        "      - CACHE=${CACHE:-redis:7}\n"
    )
    refs, errors = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {(4, "llama3.2:1b", "ollama"), (5, "acme/chat-3b", "model")}
    assert errors == []


def test_an_array_of_ollama_tags_with_commented_notes(tmp_path: Path) -> None:
    sh = """\
#!/bin/bash
MODELS=(
  # --- small (under 2B) ---
  "qwen2.5:0.5b"       # Qwen 2.5 0.5B
  # "exaone4.0:1.2b"   # EXAONE (kept commented until Ollama has it)
  "phi4-mini"          # Phi-4 Mini (3.8B)
  "acme/embedder-v1"
)
for i in "${!MODELS[@]}"; do
  model="${MODELS[$i]}"
  ollama pull "$model"
done
"""
    refs, _ = scan_one(tmp_path, "pull_models.sh", sh)
    assert ids(refs) == {
        (4, "qwen2.5:0.5b", "ollama"),
        (6, "phi4-mini", "ollama"),
        (7, "acme/embedder-v1", "model"),
    }


def test_a_model_variables_default_in_a_compose_file_about_ollama(tmp_path: Path) -> None:
    compose = """\
services:
  app:
    image: acme/app:latest
    environment:
      - OLLAMA_BASE_URL=${OLLAMA_BASE_URL:-http://host.docker.internal:11434}
      - EMBEDDING_MODEL=${EMBEDDING_MODEL:-nomic-embed-text}
      - CHAT_MODEL=${CHAT_MODEL:-acme/chat-7b}
"""
    refs, _ = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {
        (6, "nomic-embed-text", "ollama"),
        (7, "acme/chat-7b", "model"),
    }


def test_llama_cpp_repo_and_quant_values_held_by_arrays_and_variables(tmp_path: Path) -> None:
    ps1 = """\
$models = @(
    "acme/chat-7b-GGUF:Q4_K_M",
    "acme/coder-GGUF"
)
foreach ($m in $models) {
    llama-cli --hf-repo $m -p "ping" -n 1
}
"""
    refs, errors = scan_one(tmp_path, "download_models.ps1", ps1)
    assert ids(refs) == {(2, "acme/chat-7b-GGUF", "model"), (3, "acme/coder-GGUF", "model")}
    assert errors == []
    bash = """\
MODELS=(
  "acme/vision-GGUF:Q8_0"
)
for m in "${MODELS[@]}"; do llama-server -hf "$m"; done
BASE=acme/base-GGUF:IQ4_XS
llama-server --hf-repo $BASE
"""
    refs, _ = scan_one(tmp_path, "serve.sh", bash)
    assert ids(refs) == {(2, "acme/vision-GGUF", "model"), (5, "acme/base-GGUF", "model")}


def test_a_powershell_array_of_ollama_models(tmp_path: Path) -> None:
    ps1 = """\
# models to install
$models = @("llama3.1:8b-instruct-q8_0", "llama3.1", "nomic-embed-text",
            "acme/embedder-v1")  # (one per line is fine too)

foreach ($model in $models) {
    Write-Host "Installing $model..."
    ollama pull $model
}
"""
    refs, errors = scan_one(tmp_path, "install_models.ps1", ps1)
    assert ids(refs) == {
        (2, "llama3.1:8b-instruct-q8_0", "ollama"),
        (2, "llama3.1", "ollama"),
        (2, "nomic-embed-text", "ollama"),
        (3, "acme/embedder-v1", "model"),
    }
    assert errors == []


def test_hf_mirrors_download_script(tmp_path: Path) -> None:
    sh = """\
export HF_ENDPOINT=https://hf-mirror.com
../tools/hfd.sh BelleGroup/train_2M_CN --dataset --tool aria2c -x 16
bash hfd.sh meta-llama/Llama-2-7b-hf --tool aria2c
hfd.sh --help
hfd gpt2
"""
    refs, _ = scan_one(tmp_path, "download.sh", sh)
    assert ids(refs) == {
        (2, "BelleGroup/train_2M_CN", "dataset"),
        (3, "meta-llama/Llama-2-7b-hf", "model"),
        (5, "gpt2", "model"),
    }


def test_an_ollama_blocks_quoted_name_in_hcl(tmp_path: Path) -> None:
    hcl = """\
model "gpt4o" {
  provider = "openai"
  name     = "gpt-4o"
}

model "llama3" {
  provider = "ollama"
  name     = "llama3.2:latest"
  image    = "postgres:16"
}
"""
    refs, _ = scan_one(tmp_path, "models.hcl", hcl)
    assert ids(refs) == {(8, "llama3.2:latest", "ollama")}


def test_a_model_variable_that_lists_several_names(tmp_path: Path) -> None:
    sh = """\
#!/bin/sh
MODELS="${OLLAMA_MODELS:-llama3.2,nomic-embed-text}"
EMBED_MODEL=acme/embed-v1,acme/embed-v2
MODEL_NAME="use the small one"
"""
    refs, _ = scan_one(tmp_path / "a", "entrypoint.sh", sh + "ollama serve\n")
    assert ids(refs) == {
        (2, "llama3.2", "ollama"),
        (2, "nomic-embed-text", "ollama"),
        (3, "acme/embed-v1", "model"),
        (3, "acme/embed-v2", "model"),
    }
    make = "OLLAMA_MODELS := llama3.2 nomic-embed-text\npull:\n\tollama pull $(OLLAMA_MODELS)\n"
    refs, _ = scan_one(tmp_path / "b", "Makefile", make)
    assert ids(refs) == {(1, "llama3.2", "ollama"), (1, "nomic-embed-text", "ollama")}


def test_an_exec_form_ollama_pull_in_compose(tmp_path: Path) -> None:
    compose = """\
services:
  init:
    image: ollama/ollama
    command: ["ollama", "pull", "phi3"]
  other:
    image: acme/tool
    command: ["tool", "pull", "phi3"]
"""
    refs, _ = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {(4, "phi3", "ollama")}


def test_a_tagged_library_model_under_any_variable(tmp_path: Path) -> None:
    sh = """\
docker run -d \\
  -e OPENAI_API_BASE_URL=http://ollama.localhost:11434/v1 \\
  -e MODEL_TEXT_REQUEST=gemma3:27b \\
  -e BASE_IMAGE=mistral:latest \\
  -e PORT_MAP=8080:80 \\
  acme/bot
"""
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert ids(refs) == {(3, "gemma3:27b", "ollama")}


def test_a_legacy_id_given_to_a_commands_short_model_switch(tmp_path: Path) -> None:
    sh = """\
python src/run_gpt2.py -m gpt2 -d NS
python src/run_gpt2.py -m gpt2-xl -b 2 -d NS
python -m gpt2
python3 -u -m gpt2
git commit -m gpt2
lmqg-train-search -c "tmp_ckpt" -d "lmqg/qg_squad" -m "t5-small" -b 64
python -m surprisal -m distilgpt2 "I went to the train station today."
"""
    refs, _ = scan_one(tmp_path, "run_NS.sh", sh)
    assert ids(refs) == {
        (1, "gpt2", "model"),
        (2, "gpt2-xl", "model"),
        (6, "t5-small", "model"),
        (7, "distilgpt2", "model"),
    }


def test_a_hub_url_given_as_a_variables_default(tmp_path: Path) -> None:
    sh = """\
BASE_URL="${BASE_URL:-https://huggingface.co/acme/whisper-ggml/resolve/main}"
Q4_URL="${Q4_URL:-https://huggingface.co/acme/asr-whispercpp/resolve/main/ggml-model-q4_0.bin}"
"""
    refs, _ = scan_one(tmp_path, "download_models.sh", sh)
    assert refs == {(1, 46, "acme/whisper-ggml", "model"), (2, 42, "acme/asr-whispercpp", "model")}


def test_modelscopes_downloader_names_that_hubs_repositories(tmp_path: Path) -> None:
    sh = """\
modelscope download --model Qwen/Qwen2.5-7B-Instruct --local_dir ./qwen
modelscope download Wan-AI/Wan2.2-T2V-A14B --local_dir ./wan && vllm serve Qwen/Qwen3-4B
hf download Qwen/Qwen3-8B
"""
    refs, _ = scan_one(tmp_path, "fetch.sh", sh)
    assert ids(refs) == {(2, "Qwen/Qwen3-4B", "model"), (3, "Qwen/Qwen3-8B", "model")}
