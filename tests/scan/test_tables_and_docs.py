"""Tables of models (Python literals, Markdown tables), documentation forms (reStructuredText,
indented blocks, inline code, docstring examples) and configuration habits (Hydra groups,
LibreChat endpoints, variables in Hub URLs)."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_python_tables_and_dict_lookups(tmp_path: Path) -> None:
    py = """\
from transformers import AutoModel

DEFAULT_ALIGN_MODELS_HF = {
    "ja": "acme/wav2vec2-large-xlsr-53-japanese",
    "zh": "acme/wav2vec2-large-xlsr-53-chinese",
}


def _infer_model_family(model_or_path):
    di = {
        "acme/mbart-large-50": "mbart50",
        "acme/m2m100_418M": "m2m100",
        "acme/nllb-200-3.3B": "nllb200",
    }
    return di[model_or_path]


REPOS = ["acme/tools", "acme/website", "acme/docs"]
cfg = {"model": "acme/right-7b", "output": "acme/wrong-out"}
AutoModel.from_pretrained(cfg["model"])
AutoModel.from_pretrained(cfg.get("model"))
"""
    refs, _ = scan_one(tmp_path, "align.py", py)
    assert {i for _l, i, _k in ids(refs)} == {
        "acme/wav2vec2-large-xlsr-53-japanese",
        "acme/wav2vec2-large-xlsr-53-chinese",
        "acme/mbart-large-50",
        "acme/m2m100_418M",
        "acme/nllb-200-3.3B",
        "acme/right-7b",
    }


def test_docstring_examples_and_agent_frameworks(tmp_path: Path) -> None:
    py = '''\
"""Use it like this:

    llm = Ollama(model="llama2", request_timeout=60.0)
    embed_model = HuggingFaceEmbedding(model_name = "acme/bge-small-en")
"""
from agno.models.ollama import Ollama
from mmengine import dict as _d

agent = Agent(model=Ollama(id="llama3.2:3b"))
alpaca_path = "acme/alpaca-data"
train = dict(type=load_dataset, path=alpaca_path)
'''
    refs, _ = scan_one(tmp_path, "docs.py", py)
    assert ids(refs) == {
        (3, "llama2", "ollama"),
        (4, "acme/bge-small-en", "model"),
        (9, "llama3.2:3b", "ollama"),
        (10, "acme/alpaca-data", "dataset"),
    }


def test_markdown_tables_inline_code_and_router_slugs(tmp_path: Path) -> None:
    md = """\
# Results

| base | Model | score |
| --- | --- | --- |
| llama3 based | SomeLab/Chat-llama3-8B | 55 |

| Model | Accuracy |
|---|---|
| openai/gpt-4.1-mini | 88 |
| meta-llama/llama-3.1-8b-instruct | 38 |

| Model | Size |
| --- | --- |
| Qwen2.5:7b | 4.7 GB |

Ollama runs the models above. The default model is `distilbert-base-uncased`.
See [distilgpt2](https://huggingface.co/distilgpt2) and https://huggingface.co/docs.
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (5, "SomeLab/Chat-llama3-8B"),
        (14, "Qwen2.5:7b"),
        (16, "distilbert-base-uncased"),
        (17, "distilgpt2"),
    }


def test_restructured_text_and_indented_commands(tmp_path: Path) -> None:
    rst = "Setup\n=====\n\nPull the model::\n\n    ollama pull llama3:latest\n\n"
    rst += "Or fetch weights with ``litgpt download acme/hermes-8b``.\n\n"
    rst += "    python run.py --model_name bert-base-uncased\n"
    refs, _ = scan_one(tmp_path, "README.rst", rst)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (6, "llama3:latest"),
        (8, "acme/hermes-8b"),
        (10, "bert-base-uncased"),
    }


def test_configuration_habits(tmp_path: Path) -> None:
    refs, _ = scan_one(tmp_path, "configs/model/default.yaml", "name: gpt2\ndtype: float16\n")
    assert ids(refs) == {(1, "gpt2", "model")}
    refs, _ = scan_one(tmp_path, "configs/run.yaml", "name: my-run\n")
    assert refs == set()
    sh = 'REPO="acme/llama-8b-GGUF"\nBASE_URL="https://huggingface.co/${REPO}/resolve/main"\n'
    refs, _ = scan_one(tmp_path, "get.sh", sh)
    assert ids(refs) == {(1, "acme/llama-8b-GGUF", "model")}
    env = "EMBEDDING_MODEL_ML=acme/e5-large-instruct\n"
    refs, _ = scan_one(tmp_path, ".env", env)
    assert ids(refs) == {(1, "acme/e5-large-instruct", "model")}
    libre = """\
endpoints:
  custom:
    - name: 'Mistral'
      baseURL: 'https://api.mistral.ai/v1'
      models:
        default: ['mistral-small', 'acme/hosted-7b']
    - name: 'Local'
      baseURL: 'http://localhost:8000/v1'
      models:
        default: ['acme/served-7b']
"""
    refs, _ = scan_one(tmp_path, "librechat.yaml", libre)
    assert {i for _l, i, _k in ids(refs)} == {"acme/served-7b"}


def test_console_output_sentence_transformers_constants_and_whisperx(tmp_path: Path) -> None:
    md = "```\n  o Register mlx-community/Llama-3.2-3B-Instruct-4bit (llama)\n"
    md += "docker run -v $PWD/all-mpnet-base-v2:/models img\n```\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(2, "mlx-community/Llama-3.2-3B-Instruct-4bit", "model")}
    py = 'import json, whisperx\nDEFAULTS = json.dumps([{"name": "all-MiniLM-L6-v2"}])\n'
    py += 'model = whisperx.load_model("large-v2", "cuda")\n'
    refs, _ = scan_one(tmp_path, "plugin.py", py)
    assert ids(refs) == {
        (2, "sentence-transformers/all-MiniLM-L6-v2", "model"),
        (3, "Systran/faster-whisper-large-v2", "model"),
    }


def test_round_four_forms(tmp_path: Path) -> None:
    md = "<div>ollama/llama3.2:latest</div>\n\n| Model | Note |\n|---|---|\n"
    md += "| google/gemini-2.0-flash | hosted |\n\n"
    md += "- **Classifier**: `SomeLab/vit-base-nsfw-detector` - image classification\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (1, "llama3.2:latest"),
        (7, "SomeLab/vit-base-nsfw-detector"),
    }
    tsx = "const [model, setCurrentModel] = useState<string>('llama3.2');\n"
    refs, _ = scan_one(tmp_path, "page.tsx", "// talks to ollama\n" + tsx)
    assert ids(refs) == {(2, "llama3.2", "ollama")}
    py = 'field = SelectField("Model", default="dolphin-phi:latest")\n'
    py += 'help_text = "the model (https://huggingface.co/acme/whisper-large-v3); or a path"\n'
    head = "import ollama\nollama.pull(name)\n"  # what sends the file to the parser
    refs, _ = scan_one(tmp_path, "form.py", head + py)
    assert ids(refs) == {(3, "dolphin-phi:latest", "ollama"), (4, "acme/whisper-large-v3", "model")}
    yaml = "on:\n  workflow_dispatch:\n    inputs:\n      base:\n"
    yaml += '        description: "Base model (Hugging Face ID)"\n'
    yaml += '        default: "acme/modernbert-30m"\n'
    yaml += "model:\n  base_id: acme/llama-8b-bnb-4bit\n"
    refs, _ = scan_one(tmp_path, ".github/workflows/train.yml", yaml)
    assert {i for _l, i, _k in ids(refs)} == {"acme/modernbert-30m", "acme/llama-8b-bnb-4bit"}


def test_round_five_forms(tmp_path: Path) -> None:
    ts = """\
export const models = [
  { label: "LLaMA 3 8B", value: "llama3:8b" },
  {
    label: "Gemma 3",
    value: "gemma3",
  },
  { label: "Hosted", value: "gpt-4o" },
];
const colors = [{ value: "gemma3" }];
"""
    refs, _ = scan_one(tmp_path, "lib/models.ts", ts)
    assert ids(refs) == {(2, "llama3:8b", "ollama"), (5, "gemma3", "ollama")}
    md = "# Ollama helper\n\nModels to pull:\n\n- qwen2.5-coder\n- llama3.2/3.1\n- not-a-model\n\n"
    md += "By [someone](https://ollama.com/someone/rationalai); see https://ollama.com/download.\n"
    md += "Chunks of 2K chars for 2B/4B models.\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (5, "qwen2.5-coder"),
        (6, "llama3.2"),
        (9, "someone/rationalai"),
    }


def test_router_slugs_in_code_that_calls_a_router(tmp_path: Path) -> None:
    py = (
        'BASE_URL = "https://openrouter.ai/api/v1"\nVL_MODEL = "qwen/qwen3-vl-235b-a22b-instruct"\n'
    )
    py += 'EMBED_MODEL = "BAAI/bge-small-en-v1.5"\n'
    refs, _ = scan_one(tmp_path, "config.py", py)
    assert ids(refs) == {(3, "BAAI/bge-small-en-v1.5", "model")}
    local = 'VL_MODEL = "qwen/qwen3-vl-235b-a22b-instruct"\n'
    refs, _ = scan_one(tmp_path, "local.py", local)
    assert ids(refs) == {(1, "qwen/qwen3-vl-235b-a22b-instruct", "model")}


def test_round_six_forms(tmp_path: Path) -> None:
    md = "# An Ollama helper\n\n```bash\nbench --models qwen2.5-coder:7b llama3.2:3b \\\n"
    md += "  --runs 3\n```\n\n| Category | Models | Use |\n|---|---|---|\n"
    md += "| **Embeddings** | nomic-embed-text, mxbai-embed-large | RAG |\n"
    md += "| **Chat** | llama3 based, see below | chat |\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (4, "qwen2.5-coder:7b"),
        (4, "llama3.2:3b"),
        (10, "nomic-embed-text"),
        (10, "mxbai-embed-large"),
    }
    js = 'const m = runtime.getSetting("OLLAMA_SMALL_MODEL") || "gemma3:latest";\n'
    refs, _ = scan_one(tmp_path, "plugin.js", js)
    assert ids(refs) == {(1, "gemma3:latest", "ollama")}


def test_choices_of_an_ollama_app_and_flag_help_examples(tmp_path: Path) -> None:
    filler = "".join(f"def helper_{i}(x):\n    return x + {i}\n\n" for i in range(700))
    py = "import inquirer\nfrom app import LlmHost\n\n" + filler
    py += "def ask():\n    if host == LlmHost.OLLAMA.value:\n"
    py += '        return inquirer.List("chat", choices=["llama2:7b", "qwen2.5-coder:3b"])\n\n'
    py += "def cli(p):\n    p.add_argument(\n"
    py += '        "--repo_id", help="Repo ID like \'TheBloke/Llama-2-7B-Chat-GGML\'"\n    )\n'
    refs, _ = scan_one(tmp_path, "config.py", py)  # over 16,000 characters: read by regions
    assert {i for _l, i, _k in ids(refs)} == {
        "llama2:7b",
        "qwen2.5-coder:3b",
        "TheBloke/Llama-2-7B-Chat-GGML",
    }


def test_config_blocks_and_prose_in_other_languages(tmp_path: Path) -> None:
    md = "# Connect your data\n\n```yaml\npath: /tmp/hn\nembeddings:\n"
    md += "  path: acme/MiniLM-L6-v2\n  content: true\n```\n\n"
    md += '```json\n{\n  "reranker": {"id": "acme/rerank-small"},\n'
    md += '  "output": "acme/out-1b"\n}\n```\n\n'
    md += "```yaml\nbroken: [unclosed\n```\n\n"
    md += "本模型是在hfl/chinese-roberta-wwm-ext模型上训练所得。\n\n"
    md += "- Classifies text with Xenova/toxic-bert\n"
    md += "- See ggerganov/llama.cpp and huggingface/transformers\n\n"
    md += '```toml\n[openai]\nname = "openai/some-model"\n```\n'
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert {(line, i) for line, i, _k in ids(refs)} == {
        (6, "acme/MiniLM-L6-v2"),
        (12, "acme/rerank-small"),
        (21, "hfl/chinese-roberta-wwm-ext"),
        (23, "Xenova/toxic-bert"),
    }
    assert errors == []


def test_a_comment_in_a_documented_command_block_is_prose(tmp_path: Path) -> None:
    md = "```bash\n# deploy a model (default to bigscience/bloomz-7b1 on a100 gpu)\n"
    md += "helm install tgi ./chart --set ingress.host=your.domain.com\n"
    md += "# see huggingface/text-generation-inference for the server\n```\n"
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(2, "bigscience/bloomz-7b1", "model")}


def test_a_known_publishers_model_id_counts_wherever_code_writes_it(tmp_path: Path) -> None:
    ts = "export const hubPath = (name: string): string => {\n"
    ts += "    if (name === 't5-small') {\n        return 'Xenova/t5-small';\n    }\n"
    ts += "    const repo = 'facebook/react';\n"
    ts += "    // return 'Xenova/whisper-tiny.en';\n"
    ts += "    throw new Error('Illegal model name');\n};\n"
    refs, _ = scan_one(tmp_path, "onnx.ts", ts)
    assert ids(refs) == {(3, "Xenova/t5-small", "model")}
    py = "import json\n\n\ndef pick(kind):\n    if kind == 'cnn':\n"
    py += "        return json.dumps({'repo': 'facebook/bart-large-cnn'})\n"
    py += "    return 'google/jax'\n"
    refs, _ = scan_one(tmp_path, "pick.py", py)
    assert ids(refs) == {(6, "facebook/bart-large-cnn", "model")}


def test_a_dataset_link_names_its_own_dataset_only(tmp_path: Path) -> None:
    text = (
        "# Fine-tuning\n\n"
        "QLoRA fine-tuning of `acme/phi-mini` on the "
        "[AG News dataset](https://huggingface.co/datasets/ag_news).\n\n"
        "Evaluated on https://huggingface.co/datasets/squad_v2 and the "
        "[test split](https://huggingface.co/datasets/acme/eval/viewer).\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", text)
    assert ids(refs) == {
        (3, "acme/phi-mini", "model"),
        (3, "ag_news", "dataset"),
        (5, "squad_v2", "dataset"),
        (5, "acme/eval", "dataset"),
    }
    assert errors == []


def test_a_line_of_several_sentences_is_read_sentence_by_sentence(tmp_path: Path) -> None:
    text = (
        "# ControlLoRA\n\n"
        "These are adaption weights for acme/diffusion-v1-5. The weights were fine-tuned on "
        "the `acme/unsplash-blur-5k` dataset. Note that `acme/other-v2` performs better.\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", text)
    assert ids(refs) == {
        (3, "acme/diffusion-v1-5", "model"),
        (3, "acme/unsplash-blur-5k", "dataset"),
        (3, "acme/other-v2", "model"),
    }
    assert errors == []


def test_a_table_of_tagged_library_names_and_a_router_slug(tmp_path: Path) -> None:
    text = (
        "| Pull Name | Family | Size |\n"
        "|---|---|---|\n"
        "| phi3:mini | Phi-3 | 2.2 GB |\n"
        "| qwen2.5:7b | Qwen 2.5 | 4.7 GB |\n"
        "| redis:7 | cache | 30 MB |\n"
        "\n"
        "- **Model**: `mistralai/mistral-small-3.2-24b-instruct:free` through OpenRouter\n"
    )
    refs, errors = scan_one(tmp_path, "models.md", text)
    assert ids(refs) == {(3, "phi3:mini", "ollama"), (4, "qwen2.5:7b", "ollama")}
    assert errors == []


def test_one_kind_per_place_the_first_reading_wins(tmp_path: Path) -> None:
    text = (
        "# Eval\n\n```bash\n"
        "python run.py --model={yourmodel} --dataset=allenai/reward-bench-2\n```\n"
    )
    refs, _errors = scan_one(tmp_path, "README.md", text)
    assert ids(refs) == {(4, "allenai/reward-bench-2", "dataset")}


def test_openais_open_weights_in_a_table_do_not_make_it_a_routers_list(tmp_path: Path) -> None:
    text = (
        "Model refs use `huggingface/<org>/<model>`.\n\n"
        "| Model | Ref |\n| --- | --- |\n"
        "| DeepSeek V3.2 | `deepseek-ai/DeepSeek-V3.2` |\n"
        "| GPT-OSS 120B | `openai/gpt-oss-120b` |\n"
    )
    refs, errors = scan_one(tmp_path, "huggingface.md", text)
    assert ids(refs) == {
        (5, "deepseek-ai/DeepSeek-V3.2", "model"),
        (6, "openai/gpt-oss-120b", "model"),
    }
    assert errors == []


def test_a_heading_starts_a_new_context_and_a_linked_code_span_takes_its_urls_kind(
    tmp_path: Path,
) -> None:
    md = """\
## Dataset

- **Source**: [`acme/chat-data`](https://huggingface.co/datasets/acme/chat-data)
- A chat-based dataset for fine-tuning.

## Model

- **Base**: [`acme/llama-8b-4bit`](https://huggingface.co/acme/llama-8b-4bit)
"""
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "acme/chat-data", "dataset"), (8, "acme/llama-8b-4bit", "model")}
    assert errors == []


def test_a_document_named_for_ollama_is_about_ollama(tmp_path: Path) -> None:
    md = "# Models\n\nPick one for code:\n\n- qwen2.5-coder\n- mistral\n"
    refs, errors = scan_one(tmp_path, "docs/ollama-models.md", md)
    assert ids(refs) == {(5, "qwen2.5-coder", "ollama"), (6, "mistral", "ollama")}
    assert errors == []
    refs, errors = scan_one(tmp_path, "docs/models.md", md)
    assert ids(refs) == set()


def test_sized_tags_in_a_document_about_ollama_and_ollama_exe(tmp_path: Path) -> None:
    md = """\
# Intel Ollama

- `qwen2.5-moe:14b` - Qwen2.5 MoE 14B
- `builtin:default` - not a model

```cmd
ollama.exe pull qwen3:30b
```
"""
    refs, errors = scan_one(tmp_path, "MODELS.md", md)
    assert ids(refs) == {(3, "qwen2.5-moe:14b", "ollama"), (7, "qwen3:30b", "ollama")}
    assert errors == []
    refs, errors = scan_one(tmp_path, "OTHER.md", "# Runtime\n\n- `qwen2.5-moe:14b` - MoE\n")
    assert ids(refs) == set()


def test_a_link_to_a_legacy_models_page_keeps_its_text(tmp_path: Path) -> None:
    md = (
        "- repo: [openai-community/gpt2](https://huggingface.co/gpt2)\n"
        "- family: [Qwen/QwQ](https://huggingface.co/Qwen)\n"
    )
    refs, errors = scan_one(tmp_path, "Experiments.md", md)
    assert ids(refs) == {(1, "openai-community/gpt2", "model"), (1, "gpt2", "model")}
    assert errors == []


def test_a_dataset_in_inline_code_on_a_line_that_says_dataset(tmp_path: Path) -> None:
    md = (
        "## Training setup\n\n- dataset: `b-mc2/sql-create-context`\n\n"
        "| Model | Dataset | Path |\n|---|---|---|\n| LoRA | alpaca | `x/llama_lora_alpaca` |\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "b-mc2/sql-create-context", "dataset")}
    assert errors == []


def test_a_link_to_a_folder_of_the_repository_names_no_model(tmp_path: Path) -> None:
    md = (
        "## Bonus material on the pretrained LLM model\n\n"
        "- [Embedding layers vs linear layers](ch02/03_bonus_embedding-vs-matmul)\n"
        "- [A user interface for the LLM model](ch05/06_user_interface)\n"
        "- [nomic embeddings model](nomic-ai/nomic-embed-text-v1.5)\n"
    )
    refs, errors = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(5, "nomic-ai/nomic-embed-text-v1.5", "model")}
    assert errors == []


def test_a_library_models_tags_page_and_a_table_cell_ending_in_a_slash(tmp_path: Path) -> None:
    md = """\
Chosen for [Mistral-7b](https://ollama.com/library/mistral/tags)'s speed; see also
[a user's model](https://ollama.com/jmorgan/mymodel).

| Model | Size |
|-------|------|
| bigscience/bloom-560m | 1.1 GB |
| bigscience/bloom-1b7/ | 3.4 GB |

Weights live under data/bloom-1b7/ here.
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (1, "mistral", "ollama"),
        (2, "jmorgan/mymodel", "ollama"),
        (6, "bigscience/bloom-560m", "model"),
        (7, "bigscience/bloom-1b7", "model"),
    }


def test_a_rate_after_a_model_label_is_no_id(tmp_path: Path) -> None:
    md = """\
Cloud model: ~0.5 s/message, ~$0.035/1,000 scans.
Local model: about 30 ms/token on a T4.
Model: Llama 3 meta-llama/Meta-Llama-3-8B
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "meta-llama/Meta-Llama-3-8B", "model")}


def test_a_list_under_a_line_about_what_comes_from_the_hub(tmp_path: Path) -> None:
    md = """\
# Scorers

The preprocessing script will fetch the following from HuggingFace on first run:

- `Jialuo21/SciScore` (SciScore)
- `acme/reward-corpus` dataset (prompts)

Try the demos on Hugging Face Spaces:

- `acme/miro-demo`
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {
        (5, "Jialuo21/SciScore", "model"),
        (6, "acme/reward-corpus", "dataset"),
    }


def test_two_splits_joined_by_a_slash_are_no_id(tmp_path: Path) -> None:
    md = """\
# Resume classifier

Fine-tunes distilbert/distilbert-base-uncased on resumes.

## Repository Structure
distilbert-resume-classifier/
├── prepare_dataset.ipynb # JSON → train/val dataset
├── train_resume_model.ipynb # Training notebook
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(3, "distilbert/distilbert-base-uncased", "model")}


def test_a_readmes_loader_call_outside_a_code_block(tmp_path: Path) -> None:
    md = """\
## Usage

### Load the fine-tuned BLIP model from Hugging Face

from transformers import BlipProcessor, BlipForConditionalGeneration

processor = BlipProcessor.from_pretrained("acme/instagram_caption_blip")
image_url = "https://example.com/your-image.jpg"
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert refs == {(7, 44, "acme/instagram_caption_blip", "model")}


def test_a_settings_list_with_backticked_keys(tmp_path: Path) -> None:
    md = """\
# WildGPT

Runs on Ollama. Settings in `config.py`:

- `EMBEDDING_MODEL`: 'nomic-embed-text'
- `MODEL`: 'llama3.1'
- `HOST`: 'localhost'
"""
    refs, _ = scan_one(tmp_path, "README.md", md)
    assert ids(refs) == {(5, "nomic-embed-text", "ollama"), (6, "llama3.1", "ollama")}
