"""General rules found missing by the held-out corpus (benchmarks/heldout): one test per rule,
each with its own fixture text."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import scan_one as _scan


def test_flag_value_glued_to_a_line_continuation(tmp_path: Path) -> None:
    script = (
        "python -m server \\\n  --model acme/chat-7b\\\n  --tokenizer acme/tok-7b\\\n  --port 1\n"
    )
    refs, errors = _scan(tmp_path, "serve.sh", script)
    assert refs == {(2, 11, "acme/chat-7b", "model"), (3, 15, "acme/tok-7b", "model")}
    assert errors == []


def test_loader_calls_written_inline_in_shell_and_dockerfiles(tmp_path: Path) -> None:
    dockerfile = (
        "FROM python:3.12\n"
        'RUN python -c "from sentence_transformers import SentenceTransformer; '
        "SentenceTransformer('all-mpnet-base-v2')\"\n"
        'RUN python -c "import transformers as t; t.AutoModel.from_pretrained(\\"acme/enc\\")"\n'
        "RUN python -c \"from datasets import load_dataset; load_dataset('acme/corpus')\"\n"
        "RUN python -c \"open('data/file.json')\"\n"
    )
    refs, _ = _scan(tmp_path, "Dockerfile", dockerfile)
    assert refs == {
        (2, 92, "sentence-transformers/all-mpnet-base-v2", "model"),
        (3, 72, "acme/enc", "model"),
        (4, 65, "acme/corpus", "dataset"),
    }


def test_download_commands_take_legacy_single_segment_ids(tmp_path: Path) -> None:
    refs, _ = _scan(
        tmp_path, "get.sh", "hf download gpt2\nhf download t5-small\nhf download notes\n"
    )
    assert refs == {(1, 13, "gpt2", "model"), (2, 13, "t5-small", "model")}


WRAPPER = """\
#!/bin/bash
fetch() {
    local model=$1
    shift
    if hf download "$model" "$@"; then
        return 0
    fi
}

function serve_it {
    vllm serve "$1" --port 8000
}

fetch "acme/chat-7b" --exclude "onnx/*"
fetch "bert-base-uncased"
fetch "acme/corpus" --repo-type dataset
# fetch "acme/commented"
serve_it acme/served-3b
echo fetch done
"""


def test_shell_functions_wrapping_a_download_resolve_at_their_callers(tmp_path: Path) -> None:
    refs, errors = _scan(tmp_path, "predownload.sh", WRAPPER)
    assert refs == {
        (14, 8, "acme/chat-7b", "model"),
        (15, 8, "bert-base-uncased", "model"),
        (16, 8, "acme/corpus", "dataset"),
        (18, 10, "acme/served-3b", "model"),
    }
    assert errors == []  # `$model` / `$1` in the bodies are parameters, not unresolved ids


def test_a_download_of_a_variable_outside_any_function_stays_an_error(tmp_path: Path) -> None:
    _, errors = _scan(tmp_path, "get.sh", 'hf download "$MODEL"\n')
    assert len(errors) == 1
    assert errors[0].startswith("1: templated model id")


def test_clone_urls_with_credentials_name_the_repo(tmp_path: Path) -> None:
    makefile = "clone:\n\tgit clone https://<user>:<TOKEN>@huggingface.co/acme/chat-7b\n"
    refs, _ = _scan(tmp_path, "Makefile", makefile)
    assert refs == {(2, 50, "acme/chat-7b", "model")}
    refs, _ = _scan(tmp_path, "notes.sh", "# mail api-team@huggingface.co/acme/x for help\n")
    assert refs == set()  # an e-mail address is not a URL


def test_a_bare_git_ref_key_is_not_a_model_position(tmp_path: Path) -> None:
    workflow = (
        "jobs:\n  t:\n    steps:\n    - uses: actions/checkout@v4\n"
        "      with:\n        ref: ${{ github.sha }}\n"
        "    - run: echo\n      env:\n        REF_MODEL: acme/ref-7b\n"
    )
    refs, errors = _scan(tmp_path, ".github/workflows/ci.yaml", workflow)
    assert refs == {(9, 20, "acme/ref-7b", "model")}
    assert errors == []


def test_functions_imported_from_the_ollama_client(tmp_path: Path) -> None:
    source = (
        "from ollama import chat, embed as embed_text\n"
        "import ollama as ol\n"
        "chat(model='qwen3:4b', messages=[])\n"
        "embed_text(model='nomic-embed-text', input='x')\n"
        "ol.generate(model='phi4-mini:latest', prompt='x')\n"
        "def chat_local(model='acme/chat-7b'): ...\n"  # a model-named default: a Hub model
        "client = ollama.Client(host='http://h:11434')\n"
        "client.generate(model='mistral', prompt='x')\n"
        "other = httpx.Client()\n"
        "other.generate(model='qwen3:4b', n=1)\n"  # a tag in a file about Ollama: still one
        "other.generate(model='gpt-4o')\n"  # neither a tag nor a library name
    )
    refs, _ = _scan(tmp_path, "client.py", source)
    assert refs == {
        (3, 13, "qwen3:4b", "ollama"),
        (4, 19, "nomic-embed-text", "ollama"),
        (5, 20, "phi4-mini:latest", "ollama"),
        (6, 23, "acme/chat-7b", "model"),
        (8, 24, "mistral", "ollama"),
        (10, 23, "qwen3:4b", "ollama"),
    }


def test_a_python_file_exported_from_a_notebook_keeps_its_shell_lines_out(tmp_path: Path) -> None:
    source = "!pip install vllm\n%env X=1\nfrom vllm import LLM\nllm = LLM(model='acme/chat-7b')\n"
    refs, errors = _scan(tmp_path, "export.py", source)
    assert refs == {(4, 18, "acme/chat-7b", "model")}
    assert errors == []
    _, errors = _scan(
        tmp_path, "broken.py", "!pip install x\nm = A.from_pretrained('acme/x')\ndef f(:\n"
    )
    assert len(errors) == 1
    assert "syntax error" in errors[0]


def test_dataset_loaders_take_legacy_single_segment_ids(tmp_path: Path) -> None:
    source = (
        "from datasets import load_dataset\n"
        "a = load_dataset('imdb')\n"
        "b = load_dataset('json', data_files='train.jsonl')\n"
        "c = load_dataset('my_local_dir', data_dir='x')\n"
        "d = load_dataset('csv')\n"
        "e = load_dataset('acme/corpus', split='train')\n"
    )
    refs, _ = _scan(tmp_path, "data.py", source)
    assert refs == {(2, 19, "imdb", "dataset"), (6, 19, "acme/corpus", "dataset")}


def test_lora_and_adapter_loaders_on_a_loaded_model(tmp_path: Path) -> None:
    source = (
        "pipe = Pipe.from_pretrained('acme/base-xl')\n"
        "pipe.load_lora_weights('acme/style-lora', weight_name='w.safetensors')\n"
        "model.load_adapter('acme/peft-adapter')\n"
        "pipe.load_lora_weights('./local/lora')\n"
    )
    refs, _ = _scan(tmp_path, "gen.py", source)
    assert refs == {
        (1, 30, "acme/base-xl", "model"),
        (2, 25, "acme/style-lora", "model"),
        (3, 21, "acme/peft-adapter", "model"),
    }


README = """\
# Serving

```bash
$ ollama pull qwen3:4b
huggingface-cli download acme/chat-7b --local-dir models/chat
# vllm serve acme/commented
```

```python
from transformers import AutoModel
model = AutoModel.from_pretrained("acme/enc-base")
```

```python
>>> not a whole program (
```

    curl localhost:8000/v1/completions -d '{"model": "acme/served-7b", "prompt": "x"}'

Payload: `{"image": "vllm/vllm-openai:latest", "model": "${MODEL}"}`.
Use `--model <your-model>` in your own runs.
"""


def test_markdown_code_blocks_and_request_bodies(tmp_path: Path) -> None:
    refs, errors = _scan(tmp_path, "README.md", README)
    assert refs == {
        (4, 15, "qwen3:4b", "ollama"),
        (5, 26, "acme/chat-7b", "model"),
        (11, 36, "acme/enc-base", "model"),
        (18, 55, "acme/served-7b", "model"),
    }
    assert errors == []
