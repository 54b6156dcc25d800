"""General rules found missing by the held-out corpus (benchmarks/heldout): one test per rule,
each with its own fixture text."""

from __future__ import annotations

from pathlib import Path

from weightgate.scan import scan_paths


def _scan(tmp: Path, name: str, text: str) -> tuple[set[tuple[int, int, str, str]], list[str]]:
    (tmp / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp / name).write_text(text, encoding="utf-8")
    result = scan_paths([name], tmp)
    refs: set[tuple[int, int, str, str]] = {(r.line, r.column, r.id, r.kind) for r in result.refs}
    return refs, [f"{e.line}: {e.message}" for e in result.errors]


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
