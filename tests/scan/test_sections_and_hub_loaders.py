"""Organizations that are also API providers when a Hub loader reads them, Make and shell
defaults, and Markdown sections, inline strings and model cards."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_provider_named_org_is_a_hub_org_where_adapters_are_loaded(tmp_path: Path) -> None:
    py = """\
from peft import PeftModel
from litellm import completion

ADAPTERS = {
    "predibase/cnn": {"name": "CNN News Summarization"},
    "predibase/magicoder": {"name": "Code Generation"},
}


def load(base, adapter_id):
    return PeftModel.from_pretrained(base, "predibase/conllpp")


completion(model="predibase/llama-3-8b-instruct", messages=[])
"""
    refs, _ = scan_one(tmp_path, "app.py", py)
    assert {i for _l, i, _k in ids(refs)} == {
        "predibase/cnn",
        "predibase/magicoder",
        "predibase/conllpp",
    }


def test_make_assignments_and_quoted_shell_defaults(tmp_path: Path) -> None:
    make = "LLM_MODEL ?= llama3.2:3b\nEMBED_MODEL := acme/embed-small-v1\n\n"
    make += "serve:\n\tdocker run -p 11434:11434 ollama/ollama\n"
    refs, _ = scan_one(tmp_path, "Makefile", make)
    assert ids(refs) == {(1, "llama3.2:3b", "ollama"), (2, "acme/embed-small-v1", "model")}
    sh = '#!/bin/sh\nMODEL=${OLLAMA_MODEL:-"llama3"}\nBASE_MODEL=${HF_MODEL:-"acme/chat-7b"}\n'
    sh += "ollama serve &\n"
    refs, _ = scan_one(tmp_path, "entrypoint.sh", sh)
    assert ids(refs) == {(2, "llama3", "ollama"), (3, "acme/chat-7b", "model")}


def test_lists_under_a_heading_about_models(tmp_path: Path) -> None:
    md = "# Tested Hugging Face models\n\n## Rerankers\n- acme/contriever\n- `acme/colbert`\n\n"
    md += "# Related projects\n- acme/website\n"
    refs, _ = scan_one(tmp_path, "tested.md", md)
    assert ids(refs) == {(4, "acme/contriever", "model"), (5, "acme/colbert", "model")}


def test_inline_strings_and_the_kind_nearest_an_id_in_prose(tmp_path: Path) -> None:
    md = "# Ollama RAG\n\n"
    md += "Instantiate `OllamaEmbeddings` with a model (e.g., `'nomic-embed-text'`).\n"
    md += "This model is a fine-tuned version of [Qwen/Qwen2.5-7B-Instruct]"
    md += "(https://huggingface.co/Qwen/Qwen2.5-7B-Instruct) on the my_sft dataset.\n"
    md += "2. Load dataset (`mlabonne/FineTome-100k`)\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (3, "nomic-embed-text", "ollama"),
        (4, "Qwen/Qwen2.5-7B-Instruct", "model"),
        (5, "mlabonne/FineTome-100k", "dataset"),
    }


def test_commands_in_echo_strings_ollama_rest_calls_and_hub_only_flags(tmp_path: Path) -> None:
    docker = "FROM ollama/ollama\nEXPOSE 11434\nRUN echo '#!/bin/bash\\n\\\n"
    docker += "ollama pull deepseek-r1:7b\\n\\\nollama serve\\n' > /setup.sh\n"
    refs, _ = scan_one(tmp_path, "Dockerfile", docker)
    assert ids(refs) == {(4, "deepseek-r1:7b", "ollama")}
    # the script on one line: each command after an escaped line break
    docker = "RUN echo '#!/bin/bash\\nollama serve &\\nsleep 10\\nollama pull gemma2:9b\\n"
    docker += "ollama pull nomic-embed-text:v1.5\\nuvicorn app:app' > /app/start.sh\n"
    refs, _ = scan_one(tmp_path, "Dockerfile", docker)
    assert refs == {(1, 62, "gemma2:9b", "ollama"), (1, 85, "nomic-embed-text:v1.5", "ollama")}
    sh = '#!/bin/sh\ncurl -X POST http://localhost:11434/api/pull -d \'{"name": "llama3"}\'\n'
    sh += 'curl http://localhost:8000/users -d \'{"name": "alice"}\'\n'
    sh += "lm_eval --model hf --model_args pretrained=cerebras/btlm-3b-8k-base --tasks xcopa\n"
    sh += "aider --model cerebras/llama3.1-8b\n"
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert ids(refs) == {(2, "llama3", "ollama"), (4, "cerebras/btlm-3b-8k-base", "model")}
    jsonnet = 'local run = "r";\n{\n    model_name_or_path: "roberta-large",\n'
    jsonnet += '    output_dir: "./models/" + run,\n}\n'
    refs, _ = scan_one(tmp_path, "train.jsonnet", jsonnet)
    assert ids(refs) == {(3, "roberta-large", "model")}


def test_options_and_default_of_a_widget_labelled_for_models(tmp_path: Path) -> None:
    py = """\
import gradio as gr
import streamlit as st

choice = st.selectbox("Choose a model", ["acme/select-a-7b", "acme/select-b-7b"])
dd = gr.Dropdown(choices=["acme/drop-a-7b"], value="acme/drop-b-7b", label="LoRA adapter")
city = st.selectbox("City", ["paris/france", "acme/not-a-model"])
"""
    refs, _ = scan_one(tmp_path, "ui.py", py)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (4, "acme/select-a-7b"),
        (4, "acme/select-b-7b"),
        (5, "acme/drop-a-7b"),
        (5, "acme/drop-b-7b"),
    }


def test_markdown_cells_of_a_notebook_are_read(tmp_path: Path) -> None:
    import json

    cells = [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": [
                "## Model\n",
                "Weights from [the Hub](https://huggingface.co/acme/whisper-medium)",
            ],
        },
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": None,
            "outputs": [],
            "source": ["print('hi')"],
        },
    ]
    doc = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    refs, errors = scan_one(tmp_path, "nb.ipynb", json.dumps(doc, indent=1))
    assert {i for _l, i, _k in ids(refs)} == {"acme/whisper-medium"}
    assert errors == []


def test_editor_settings_inline_fences_webllm_ids_and_trainer_checkpoints(tmp_path: Path) -> None:
    md = "# Ollama in VS Code\n\n```json\n// In .vscode/settings.json\n"
    md += '"ollama-autocoder.model": "deepseek-coder:1.3b", // small\n```\n\n'
    md += "Pull it first:\n\n```ollama pull deepscaler```\n\n"
    md += "WebLLM loads `Llama-3.2-1B-Instruct-q4f32_1-MLC` by default.\n"
    refs, _ = scan_one(tmp_path, "GUIDE.md", md)
    assert ids(refs) == {
        (5, "deepseek-coder:1.3b", "ollama"),
        (10, "deepscaler", "ollama"),
        (12, "mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC", "model"),
    }
    sh = "python train.py --model_name_or_path test_model/checkpoint-16000\n"
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert refs == set()


def test_typed_defaults_legacy_ids_and_model_wrappers(tmp_path: Path) -> None:
    ts = 'import { HuggingFaceInference } from "langchain/llms/hf";\n\n'
    ts += 'export const make = (model: string = "gpt2") => new HuggingFaceInference({ model });\n'
    ts += 'const engine = await CreateMLCEngine("Phi-3.5-mini-instruct-q4f16_1-MLC-1k");\n'
    refs, _ = scan_one(tmp_path, "hf.ts", ts)
    assert ids(refs) == {
        (3, "gpt2", "model"),
        (4, "mlc-ai/Phi-3.5-mini-instruct-q4f16_1-MLC", "model"),
    }
    py = "from nooffense import MaskPredictor\n\n"
    py += 'model = MaskPredictor("acme/bert-base-turkish-128k-uncased")\n'
    py += 'root = Path("acme/bert-base-cache")\n'
    refs, _ = scan_one(tmp_path, "mask.py", py)
    assert ids(refs) == {(3, "acme/bert-base-turkish-128k-uncased", "model")}


def test_docker_spaced_arguments_and_container_images_in_documents(tmp_path: Path) -> None:
    docker = "FROM ollama/ollama:0.6.8\n\nARG MODEL gemma3:4b\nENV HF_MODEL_ID acme/chat-7b\n"
    docker += "ENV OLLAMA_HOST 0.0.0.0:8080\n"
    refs, _ = scan_one(tmp_path, "Dockerfile", docker)
    assert ids(refs) == {(3, "gemma3:4b", "ollama"), (4, "acme/chat-7b", "model")}
    md = "# text-embeddings-inference with a reranker\n\n```\n"
    md += "docker run -p 8080:80 acme/text-embeddings-inference-reranker-large\n```\n\n"
    md += "Embeddings from acme/embed-large-v2 by default.\n"
    refs, _ = scan_one(tmp_path, "readme.md", md)
    assert ids(refs) == {(7, "acme/embed-large-v2", "model")}


def test_library_names_on_a_line_that_fetches_them_in_an_ollama_guide(tmp_path: Path) -> None:
    md = "# Ollama with Gemma\n\n- Dockerfile: Installs gemma3 during container startup\n"
    md += "- README.md: instructions for python3 and docker\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "gemma3", "ollama")}


def test_a_notebook_list_of_models_nothing_reads_is_a_menu(tmp_path: Path) -> None:
    import json

    code = [
        'fourbit_models = [\n    "acme/mistral-7b-bnb-4bit",\n    "acme/llama-2-7b-bnb-4bit",\n'
        '    "acme/tinyllama-bnb-4bit",\n]\n',
        'model, tok = FastLanguageModel.from_pretrained(model_name="acme/mistral-7b-bnb-4bit")\n',
    ]
    cells: list[dict[str, object]] = [
        {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": c}
        for c in code
    ]
    doc = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    refs, _ = scan_one(tmp_path, "train.ipynb", json.dumps(doc, indent=1))
    assert {i for _l, i, _k in ids(refs)} == {"acme/mistral-7b-bnb-4bit"}
    py = "default_models = [\n" + "".join(f'    "acme/{x}-7b-GGUF",\n' for x in "abc") + "]\n"
    refs, _ = scan_one(tmp_path, "constants.py", py)  # a module's names are imported elsewhere
    assert len(ids(refs)) == 3


def test_model_ids_as_keys_of_settings_and_as_arguments_of_any_command(tmp_path: Path) -> None:
    catalog = '{\n  "models": {\n    "acme/coder-32b-instruct": {\n      "name": "coder",\n'
    catalog += '      "configs": [{"gpuCount": 1}]\n    }\n  }\n}\n'
    refs, _ = scan_one(tmp_path, "models.json", catalog)
    assert ids(refs) == {(3, "acme/coder-32b-instruct", "model")}
    md = "```bash\npi start Qwen/Qwen3-Coder-30B-A3B-Instruct --name qwen3\n```\n\n"
    md += "```yaml\nhub_model_id: Qwen/Qwen3-finetuned-7b\n```\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(2, "Qwen/Qwen3-Coder-30B-A3B-Instruct", "model")}


def test_model_named_parameter_defaults_and_legacy_names_in_tables(tmp_path: Path) -> None:
    py = """\
class Summarizer:
    MODELS = {
        "bert-base-uncased": (BertModel, BertTokenizer),
        "xlnet-large-cased": (XLNetModel, XLNetTokenizer),
        "my-own-encoder": (Model, Tokenizer),
    }

def run(run_name="debug", decoder_name="acme/bert-base-japanese-char-v2", model_type="GPT2"):
    ...

def generate(model_name: str = "gpt2", tokenizer=None):
    ...
"""
    refs, _ = scan_one(tmp_path, "summarizer.py", py)
    assert ids(refs) == {
        (3, "bert-base-uncased", "model"),
        (4, "xlnet-large-cased", "model"),
        (8, "acme/bert-base-japanese-char-v2", "model"),
        (11, "gpt2", "model"),
    }
    filler = "".join(f"def helper_{n}(x):\n    return x + {n}\n\n" for n in range(800))
    table = "model2layers = {\n"
    table += '    "bert-base-uncased": 9,  # 0.69\n    "roberta-large": 17,  # 0.73\n'
    table += (
        '    "albert-xxlarge-v1": 8,\n    "xlnet-base-cased": 5,\n    "my-local-encoder": 9,\n}\n'
    )
    refs, _ = scan_one(tmp_path, "layers.py", filler + table)
    assert len(filler) > 16_000  # parsed in regions, not whole
    base = filler.count("\n") + 1
    assert ids(refs) == {
        (base + 1, "bert-base-uncased", "model"),
        (base + 2, "roberta-large", "model"),
        (base + 3, "albert-xxlarge-v1", "model"),
        (base + 4, "xlnet-base-cased", "model"),
    }


def test_keys_that_name_converted_weights_and_their_origin(tmp_path: Path) -> None:
    yaml = "original_repo: acme/Chat-8B-Instruct\nmlx-repo: acme-mlx/Chat-8B-Instruct-4bit\n"
    yaml += (
        "quantize: 4bit\ngguf_file: chat-8b.Q4_K_M.gguf\nSURYA_GGUF_REPO: acme/surya-ocr-2-gguf\n"
    )
    refs, _ = scan_one(tmp_path, "configs/chat.yaml", yaml)
    assert ids(refs) == {
        (1, "acme/Chat-8B-Instruct", "model"),
        (2, "acme-mlx/Chat-8B-Instruct-4bit", "model"),
        (5, "acme/surya-ocr-2-gguf", "model"),
    }


def test_download_switches_serve_lists_and_ollama_through_variables(tmp_path: Path) -> None:
    sh = "huggingface-cli download --resume-download acme/clip-vit-large-336 --local-dir clip\n"
    sh += "OLLAMA_CMD='docker exec -it ollama ollama'\n$OLLAMA_CMD pull gemma3:1b\n"
    sh += 'MODELS="bge-m3 llama3.2"\nfor m in $MODELS; do ollama pull $m; done\n'
    refs, errors = scan_one(tmp_path, "setup.sh", sh)
    assert ids(refs) == {
        (1, "acme/clip-vit-large-336", "model"),
        (3, "gemma3:1b", "ollama"),
        (4, "bge-m3", "ollama"),
        (4, "llama3.2", "ollama"),
    }
    assert errors == []
    compose = "services:\n  llm:\n    entrypoint: [vllm]\n    command:\n      - serve\n"
    compose += "      - acme/Chat-27B-NVFP4\n      - --port\n      - '8000'\n"
    refs, _ = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {(6, "acme/Chat-27B-NVFP4", "model")}


def test_datasets_of_provider_named_orgs_and_space_repositories(tmp_path: Path) -> None:
    yaml = "dataset:\n  dataset_name: Anthropic/hh-rlhf\n  seed: 42\n"
    refs, _ = scan_one(tmp_path, "config_sft.yaml", yaml)
    assert ids(refs) == {(2, "Anthropic/hh-rlhf", "dataset")}
    workflow = "jobs:\n  sync:\n    steps:\n    - uses: acme/sync-action@v1\n      with:\n"
    workflow += "        huggingface_repo_id: acme/Paraphraser-v2\n        repo_type: space\n"
    refs, _ = scan_one(tmp_path, ".github/workflows/sync.yml", workflow)
    assert refs == set()


def test_notebook_exports_with_bare_pip_lines_and_aliases_of_models(tmp_path: Path) -> None:
    py = "# deps\npip install peft\npip install -U transformers\ngit clone https://x/y\n"
    py += "pip install datasets\nfrom transformers import AutoModel\n"
    py += "m = AutoModel.from_pretrained('acme/Llama-3.2-1B-Instruct')\n"
    py += "EMBEDDING_MODELS = {'labse': 'acme/LaBSE-v2', 'gpt2': 'acme/gpt2-small'}\n"
    refs, errors = scan_one(tmp_path, "finetune.py", py)
    assert ids(refs) == {
        (7, "acme/Llama-3.2-1B-Instruct", "model"),
        (8, "acme/LaBSE-v2", "model"),
        (8, "acme/gpt2-small", "model"),
    }
    assert errors == []


def test_javascript_from_pretrained_in_camel_case(tmp_path: Path) -> None:
    js = 'const tok = await AutoTokenizer.fromPretrained("t5-small", "/models");\n'
    refs, _ = scan_one(tmp_path, "demo.js", js)
    assert ids(refs) == {(1, "t5-small", "model")}


def test_documents_org_pages_readme_txt_ssh_clones_and_placeholders(tmp_path: Path) -> None:
    md = "| Model | Template |\n| --- | --- |\n"
    md += "| [Acme/Acme-1.5 (Code)](https://huggingface.co/acme) | acme |\n"
    md += "| [acme/chat-7b](https://huggingface.co/acme/chat-7b) | acme |\n\n"
    md += "git clone git@hf.co:acme/Mistral-7B-Instruct-GGUF\n\n"
    md += "Run `llama-server -hf <org/model-GGUF>` to serve a model.\n"
    refs, _ = scan_one(tmp_path, "notes.md", md)
    assert ids(refs) == {
        (4, "acme/chat-7b", "model"),
        (6, "acme/Mistral-7B-Instruct-GGUF", "model"),
    }
    txt = "download large model:\nollama pull phi3:mini\n"
    refs, _ = scan_one(tmp_path, "readme.txt", txt)
    assert ids(refs) == {(2, "phi3:mini", "ollama")}


def test_a_card_template_front_matter_with_a_stray_line(tmp_path: Path) -> None:
    md = '---\nlicense: other\nbase_model: "acme/FLUX.1-dev"\n[instance_prompt]\n---\n\n# [title]\n'
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "acme/FLUX.1-dev", "model")}
    assert [e.split(": ", 1)[1].startswith("malformed YAML") for e in errors] == [True]
    assert errors[0].startswith("4: ")


def test_other_spellings_of_loaders_and_names_only_an_api_serves(tmp_path: Path) -> None:
    py = "from flair.embeddings import TransformerDocumentEmbeddings\n"
    py += "roberta = TransformerDocumentEmbeddings('roberta-base')\n"
    py += "clf = StaticModel.from_pretrained(path='acme/potion-base-32M')\n"
    py += "kind = Config('gpt-neo')\n"
    refs, _ = scan_one(tmp_path, "embed.py", py)
    assert ids(refs) == {(2, "roberta-base", "model"), (3, "acme/potion-base-32M", "model")}
    sh = "claudish --model x-ai/grok-code-fast-1\nclaudish --model oai/gpt-4o\n"
    sh += "vllm serve acme/chat-7b\n"
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert ids(refs) == {(3, "acme/chat-7b", "model")}


def test_a_list_of_model_ids_in_a_config(tmp_path: Path) -> None:
    yaml = "fs:\n  - path: models\n    options:\n      - acme/Minitron-4B-Base\n"
    yaml += "      - acme/XTTS-v2\n      - acme/bge-m3\n  - path: repos\n    options:\n"
    yaml += "      - acme/website\n      - acme/docs\n      - acme/XTTS-v2\n"
    refs, _ = scan_one(tmp_path, "hfs.yaml", yaml)
    assert ids(refs) == {
        (4, "acme/Minitron-4B-Base", "model"),
        (5, "acme/XTTS-v2", "model"),
        (6, "acme/bge-m3", "model"),
    }


def test_flags_in_argument_lists_vision_towers_and_legacy_env_values(tmp_path: Path) -> None:
    py = "import subprocess\nsubprocess.run(['python', '-m', 'llava.serve.model_worker',\n"
    py += "    '--model-path', 'acme/llava-v1.5-7b', '--port', '40000'])\n"
    refs, _ = scan_one(tmp_path, "serve.py", py)
    assert ids(refs) == {(3, "acme/llava-v1.5-7b", "model")}
    sh = "deepspeed train.py \\\n    --vision_tower acme/clip-vit-large-patch14-336 \\\n"
    sh += "    --output_dir ./out\ndocker run -e MODEL_NAME=gpt2 -p 8000:8000 app\n"
    refs, _ = scan_one(tmp_path, "finetune.sh", sh)
    assert ids(refs) == {(2, "acme/clip-vit-large-patch14-336", "model"), (4, "gpt2", "model")}
    compose = "services:\n  ollama:\n    image: ollama:custom\n"
    refs, _ = scan_one(tmp_path, "docker-compose.yml", compose)
    assert refs == set()


def test_a_malformed_toml_file_is_read_line_by_line(tmp_path: Path) -> None:
    toml = '[paths]\nfiles = [\n    "a"\n    "b"\n]\n[indexing]\n'
    toml += 'embedding_model = "acme/MiniLM-L12-v2"  # used for vectors\n'
    refs, errors = scan_one(tmp_path, "config.toml", toml)
    assert ids(refs) == {(7, "acme/MiniLM-L12-v2", "model")}
    assert len(errors) == 1
    assert errors[0].startswith("4: malformed file:")


def test_ids_a_sentence_calls_a_model_and_headings_that_are_ids(tmp_path: Path) -> None:
    md = '# TTS\n\nSimple TTS application using the "acme/chatterbox" model.\n\n'
    md += "## acme/TinyChat-1.1B-v1.0\n\nSee acme/website for more.\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "acme/chatterbox", "model"), (5, "acme/TinyChat-1.1B-v1.0", "model")}


def test_input_model_flags_go_style_model_flags_and_checkpoint_templates(tmp_path: Path) -> None:
    sh = "python finetune.py \\\n    --input_model_name acme/Mistral-7B-Instruct-v0.2 \\\n"
    sh += "    --epochs 1\n"
    sh += "llama-serve -model acme/Qwen3.5-2B-GGUF/Qwen3.5-2B-Q4_K_M.gguf -- -c 4096\n"
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert ids(refs) == {
        (2, "acme/Mistral-7B-Instruct-v0.2", "model"),
        (4, "acme/Qwen3.5-2B-GGUF", "model"),
    }
    py = "from peft import PeftModel\n"
    py += 'peft_model_path = "qlora-output/checkpoint-xxx"  # replace with the final checkpoint\n'
    py += "model = PeftModel.from_pretrained(base, peft_model_path)\n"
    refs, _ = scan_one(tmp_path, "merge.py", py)
    assert refs == set()


def test_a_heading_that_is_an_id_of_any_shape(tmp_path: Path) -> None:
    md = "# Benchmarks\n\n#### acme/Jan-nano\n\n"
    md += "```bash\nllama-server -hf acme/Jan-nano-gguf:Q8_0\n```\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "acme/Jan-nano", "model"), (6, "acme/Jan-nano-gguf", "model")}


def test_a_provider_switch_and_sentence_transformers_short_names_in_docs(tmp_path: Path) -> None:
    js = "// defaults for the Ollama embedding provider\nexport function defaultModel(p) {\n"
    js += "  switch (p) {\n    case 'OpenAI':\n      return 'text-embedding-3-small';\n"
    js += "    case 'Ollama':\n      return 'nomic-embed-text';\n  }\n}\n"
    refs, _ = scan_one(tmp_path, "config.js", js)
    assert ids(refs) == {(7, "nomic-embed-text", "ollama")}
    md = "- Scientific papers: e.g. `sentence-transformers/allenai-specter` (citation-aware)\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(1, "sentence-transformers/allenai-specter", "model")}


def test_model_lists_in_object_properties_and_form_field_defaults(tmp_path: Path) -> None:
    ts = "// Ollama provider card\nconst Ollama = {\n  chatModels: [\n"
    ts += "    { displayName: 'Llama 3.1 8B', id: 'llama3.1' },\n"
    ts += "    { id: 'qwen2.5:72b' },\n  ],\n};\n"
    refs, _ = scan_one(tmp_path, "ollama.ts", ts)
    assert ids(refs) == {(4, "llama3.1", "ollama"), (5, "qwen2.5:72b", "ollama")}
    ts = "const Router = {\n  chatModels: [\n    { id: 'mistral-large' },\n"
    ts += "    { id: 'acme/chat-7b' },\n  ],\n};\n"
    refs, _ = scan_one(tmp_path, "router.ts", ts)
    assert ids(refs) == {(4, "acme/chat-7b", "model")}
    js = "exports.ollamaModel = {\n    displayName: 'Model',\n    name: 'model',\n"
    js += "    type: 'options',\n    default: 'llama3.2',\n};\n"
    js += "exports.other = {\n    name: 'format',\n    default: 'json',\n};\n"
    refs, _ = scan_one(tmp_path, "LMOllama/description.js", js)
    assert ids(refs) == {(5, "llama3.2", "ollama")}


def test_tokenizer_repos_in_large_files_and_hosted_names_under_short_router_orgs(
    tmp_path: Path,
) -> None:
    filler = "".join(f"def helper_{n}(x):\n    return x + {n}\n\n" for n in range(800))
    py = filler + 'LLMS = {"gpt-4o": LLMConfig(context=128000, tokenizer_hub="Xenova/gpt-4o")}\n'
    refs, _ = scan_one(tmp_path, "config.py", py)
    assert ids(refs) == {(filler.count("\n") + 1, "Xenova/gpt-4o", "model")}
    sh = "claudish --model oai/gpt-4o\n"
    refs, _ = scan_one(tmp_path, "run.sh", sh)
    assert refs == set()


def test_ollama_in_per_provider_maps_and_lists_of_tagged_library_models(tmp_path: Path) -> None:
    ts = "export const DEFAULT_MODEL = {\n    [Engine.ChatGPT]: 'gpt-5.2',\n"
    ts += "    [Engine.Ollama]: 'llama3.3',\n};\nconst providers = { ollama: 'qwen3', x: 'y' };\n"
    refs, _ = scan_one(tmp_path, "constants.ts", ts)
    assert ids(refs) == {(3, "llama3.3", "ollama"), (5, "qwen3", "ollama")}
    py = '# served by ollama\nPREFERRED = [\n    "llama3.2:3b", "llama3.2:1b",\n'
    py += '    "llama3", "mistral", "notes",\n]\nWORDS = ["llama3", "mistral", "gemma2"]\n'
    refs, _ = scan_one(tmp_path, "models.py", py)
    assert ids(refs) == {
        (3, "llama3.2:3b", "ollama"),
        (3, "llama3.2:1b", "ollama"),
        (4, "llama3", "ollama"),
        (4, "mistral", "ollama"),
    }


def test_a_model_keys_default_in_get(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{n}(x):\n    return x + {n}\n\n" for n in range(800))
    py = (
        filler
        + "def stage(cfg):\n    return Stage(model=cfg.get('model', 'acme/VL-3B-Instruct'))\n"
    )
    py += "name = cfg.get('model_name', 'acme/chat-7b')\nurl = cfg.get('base_url', 'acme/x-7b')\n"
    refs, _ = scan_one(tmp_path, "caption.py", py)
    base = filler.count("\n")
    assert ids(refs) == {
        (base + 2, "acme/VL-3B-Instruct", "model"),
        (base + 3, "acme/chat-7b", "model"),
    }
