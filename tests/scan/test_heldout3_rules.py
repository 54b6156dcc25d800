"""General rules found missing by the third held-out corpus (benchmarks/heldout3): one test
per rule, each with its own fixture text."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.scan.helpers import scan_one as _scan

PY = f"{sys.version_info[0]}.{sys.version_info[1]}"


def test_values_on_continuation_lines_of_download_and_serve_commands(tmp_path: Path) -> None:
    script = (
        'WEIGHTS="acme/vision-chat"\n'
        "huggingface-cli download \\\n"
        "    $WEIGHTS \\\n"
        "    --local-dir /models/x\n"
        "hf download \\\n"
        "  --repo-type dataset \\\n"
        "  acme/eval-set\n"
        "vllm serve \\\n"
        "   acme/coder-1b \\\n"
        "   --port 8000\n"
        "echo done \\\n"
        "  $UNSET_NAME\n"
    )
    refs, errors = _scan(tmp_path, "fetch.sh", script)
    assert refs == {
        (1, 10, "acme/vision-chat", "model"),
        (7, 3, "acme/eval-set", "dataset"),
        (9, 4, "acme/coder-1b", "model"),
    }
    assert errors == []


def test_python_with_a_stray_line_is_scanned_and_its_error_still_reported(
    tmp_path: Path,
) -> None:
    source = (
        "from transformers import AutoModel\n"
        "see the docs at https://example.org\n"
        "model = AutoModel.from_pretrained(\n"
        '    "acme/encoder-small",\n'
        ")\n"
    )
    refs, errors = _scan(tmp_path, "load.py", source)
    assert refs == {(4, 6, "acme/encoder-small", "model")}
    assert errors == [f"2: Python syntax error: invalid syntax (as Python {PY} reads it)"]


def test_python_that_is_not_python_at_all_is_still_an_error(tmp_path: Path) -> None:
    source = "model = from_pretrained(\n" + "}}} not python {{{\n" * 5
    refs, errors = _scan(tmp_path, "broken.py", source)
    assert refs == set()
    assert len(errors) == 1
    assert errors[0].split(":")[1].strip() == "Python syntax error"


def test_ollama_names_qualified_by_a_registry_host(tmp_path: Path) -> None:
    source = (
        "from langchain_ollama import ChatOllama\n"
        'chat = ChatOllama(model="registry.example.net/acme/chat-q4:latest")\n'
        'other = ChatOllama(model="hf.co/acme/chat-gguf:Q4_K_M")\n'
    )
    refs, errors = _scan(tmp_path, "chat.py", source)
    assert refs == {
        (2, 26, "registry.example.net/acme/chat-q4:latest", "ollama"),
        (3, 33, "acme/chat-gguf", "model"),
    }
    assert errors == []
    script = "ollama pull registry.example.net/acme/chat-q4:latest\nollama pull a.b/c\n"
    refs, _ = _scan(tmp_path, "pull.sh", script)
    assert refs == {(1, 13, "registry.example.net/acme/chat-q4:latest", "ollama")}
