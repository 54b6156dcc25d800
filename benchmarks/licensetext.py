"""License-text detection cost, as ratios against baselines measured in the same run.

    python benchmarks/licensetext.py

- detect(): recognising each of the bundled reference texts (fingerprint + clause pass over the
  sentences it adds), against the baseline of only tokenizing and sentence-splitting it.
- clauses only: reading every sentence of each text with the clause detectors (the path for an
  unseen license), against the same baseline.
- knowledge base load, against json.loads of the same bytes.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from weightgate.licenses import _index, _record
from weightgate.licenses.clauses import detect_clauses
from weightgate.licenses.fingerprint import references, sentences, tokens
from weightgate.resolve.licensetext import detect

TEXTS = Path(__file__).resolve().parent.parent / "tests" / "licenses" / "fixtures" / "texts"


def best_of(func: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    texts = [p.read_text("utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    references()  # load the bundled fingerprints once, as a long-running process would

    def baseline() -> None:
        for text in texts:
            tokens(text)
            sentences(text)

    def recognise() -> None:
        for text in texts:
            detect(text)

    def clauses_only() -> None:
        for text in texts:
            detect_clauses(sentences(text))

    raw = resources.files("weightgate.licenses").joinpath("data/licenses.json").read_text("utf-8")

    def parse() -> None:
        json.loads(raw)

    def load() -> None:
        records = tuple(_record(r) for r in json.loads(raw)["licenses"])
        _index(records)

    base = best_of(baseline)
    print(f"{len(texts)} texts, tokenize+split baseline {base * 1000:.1f} ms")
    print(f"detect()      {best_of(recognise) / base:5.1f}x baseline")
    print(f"clauses only  {best_of(clauses_only) / base:5.1f}x baseline")
    parse_time = best_of(parse, 20)
    print(f"knowledge base load {best_of(load, 20) / parse_time:5.1f}x json.loads of the file")


if __name__ == "__main__":
    main()
