"""Hook latency: `weightgate check` on 10 changed files answered by the lockfile.

Prints the median wall time over repeated runs and its ratio to a bare `python -c pass` start,
both measured here in the same run. Budget (DESIGN.md): median under 150 ms on 2 cores.

    python benchmarks/hook_latency.py [--runs 21]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODELS = [
    ("meta-llama/Llama-2-7b-chat-hf", "llama2"),
    ("mistralai/Mistral-7B-Instruct-v0.1", "apache-2.0"),
    ("openai-community/gpt2", "mit"),
    ("google-bert/bert-base-uncased", "apache-2.0"),
    ("sentence-transformers/all-MiniLM-L6-v2", "apache-2.0"),
]


def _repo(root: Path) -> list[str]:
    files = []
    for i in range(10):
        model, _ = MODELS[i % len(MODELS)]
        if i % 2:
            path = root / f"conf_{i}.yaml"
            path.write_text(f"training:\n  model_name_or_path: {model}\n  lr: 0.0001\n")
        else:
            path = root / f"train_{i}.py"
            path.write_text(
                "from transformers import AutoModel\n\n"
                f'MODEL = "{model}"\nmodel = AutoModel.from_pretrained(MODEL)\n'
            )
        files.append(path.name)
    lock = {
        "version": 1,
        "models": [{"id": m, "license": lic, "status": "ok"} for m, lic in MODELS],
    }
    (root / "weightgate.lock").write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n")
    return files


def _median(cmd: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = _repo(root)
        check = [sys.executable, "-m", "weightgate", "check", "-q", *files]
        probe = subprocess.run(check, cwd=root, capture_output=True, text=True, check=False)
        if probe.returncode not in (0, 1) or "error[unresolved]" in probe.stdout:
            raise SystemExit(
                f"hook run did not work: {probe.returncode}\n{probe.stdout}{probe.stderr}"
            )
        baseline = _median([sys.executable, "-c", "pass"], root, args.runs)
        hook = _median(check, root, args.runs)
    print(f"python -c pass        median {baseline * 1000:7.1f} ms")
    print(f"weightgate check x10  median {hook * 1000:7.1f} ms  (budget 150 ms)")
    print(f"ratio                 {hook / baseline:7.2f}x python start-up")


if __name__ == "__main__":
    main()
