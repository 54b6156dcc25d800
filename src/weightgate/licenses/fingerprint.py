"""Normalized-text fingerprints of the reference license texts, and recognition against them.

A text becomes word tokens (case, punctuation, markdown and line wrapping vanish), then 5-word
shingles hashed to 32 bits. Only hashes divisible by MODULUS are stored (a deterministic sample,
so the bundle stays small and containment estimates stay unbiased), plus the hash of every
normalized sentence, so that the sentences a text adds to a known license can be found.

Rebuild the bundled data with `python -m weightgate.licenses.fingerprint DIR` (DIR holds the
reference texts named in the knowledge base's `texts` fields).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

SHINGLE = 5
MODULUS = 4
#: A license is a candidate when the query holds most of one of its texts (and that text is a
#: fair part of the query), or when the query is almost entirely its text (e.g. truncated).
MIN_CONTAINED = 0.6
MIN_EXPLAINED = 0.3
MOSTLY_EXPLAINED = 0.9
MIN_SAMPLED = 20

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TOKEN = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n\s*\n")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; markdown links keep their text, everything else is dropped."""
    return _TOKEN.findall(_LINK.sub(r"\1", text).lower())


def _hash(words: Sequence[str]) -> int:
    digest = hashlib.blake2b(" ".join(words).encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big")


def shingles(words: Sequence[str]) -> set[int]:
    """Hashes of every run of SHINGLE words (one hash of all words for shorter texts)."""
    if len(words) < SHINGLE:
        return {_hash(words)} if words else set()
    return {_hash(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def sample(hashes: Iterable[int]) -> set[int]:
    return {h for h in hashes if h % MODULUS == 0}


def sentences(text: str) -> list[str]:
    """Sentences of a text, with line wrapping undone (paragraph breaks still split)."""
    parts = _SENTENCE_END.split(_LINK.sub(r"\1", text))
    return [" ".join(p.split()) for p in parts if p.strip()]


def sentence_key(sentence: str) -> int | None:
    """Hash of a sentence's tokens; None for fragments too short to mean anything."""
    words = tokens(sentence)
    return _hash(words) if len(words) >= 4 else None


@dataclass(frozen=True)
class Reference:
    """One bundled reference text: which license it is and its fingerprints."""

    file: str
    license: str
    shingles: frozenset[int]
    sentences: frozenset[int]


@dataclass(frozen=True)
class Match:
    license: str
    contained: float  # best share of one of the license's texts found in the query
    explained: float  # share of the query covered by the license's texts
    sentences: frozenset[int]

    @property
    def score(self) -> float:
        """Ranking: how much of the query the license explains; completeness breaks near-ties."""
        return self.explained + 0.1 * self.contained


def _pack(values: Iterable[int]) -> str:
    ordered = sorted(values)
    return base64.b64encode(struct.pack(f">{len(ordered)}I", *ordered)).decode()


def _unpack(text: str) -> frozenset[int]:
    raw = base64.b64decode(text)
    return frozenset(struct.unpack(f">{len(raw) // 4}I", raw))


@cache
def references() -> tuple[Reference, ...]:
    """The bundled fingerprints, loaded once per process."""
    data = json.loads(
        resources.files(__package__).joinpath("data/fingerprints.json").read_text("utf-8")
    )
    return tuple(
        Reference(t["file"], t["license"], _unpack(t["shingles"]), _unpack(t["sentences"]))
        for t in data["texts"]
    )


def best_match(text: str, refs: Sequence[Reference] | None = None) -> Match | None:
    """The known license this text is, if one clears both thresholds (best score wins)."""
    query = sample(shingles(tokens(text)))
    if not query:
        return None
    by_license: dict[str, list[Reference]] = {}
    for ref in refs if refs is not None else references():
        by_license.setdefault(ref.license, []).append(ref)
    best: Match | None = None
    for license_id, group in sorted(by_license.items()):
        union = frozenset().union(*(r.shingles for r in group))
        contained = max(len(query & r.shingles) / max(1, len(r.shingles)) for r in group)
        explained = len(query & union) / len(query)
        partial = explained >= MOSTLY_EXPLAINED and len(query) >= MIN_SAMPLED
        if not partial and (contained < MIN_CONTAINED or explained < MIN_EXPLAINED):
            continue
        known = frozenset().union(*(r.sentences for r in group))
        match = Match(license_id, contained, explained, known)
        if best is None or match.score > best.score:
            best = match
    return best


def build(directory: Path, texts: Iterable[tuple[str, str]]) -> str:
    """The fingerprints JSON for (file name, license id) pairs read from a directory."""
    out = []
    for file, license_id in sorted(texts):
        text = (directory / file).read_text("utf-8")
        keys = {k for k in map(sentence_key, sentences(text)) if k is not None}
        out.append(
            {
                "file": file,
                "license": license_id,
                "shingles": _pack(sample(shingles(tokens(text)))),
                "sentences": _pack(keys),
            }
        )
    doc = {"version": 1, "shingle": SHINGLE, "modulus": MODULUS, "texts": out}
    return json.dumps(doc, indent=0) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    from weightgate.licenses import knowledge_base

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m weightgate.licenses.fingerprint TEXTS_DIR", file=sys.stderr)
        return 2
    pairs = [(f, r.id) for r in knowledge_base().records for f in r.texts]
    target = Path(__file__).parent / "data" / "fingerprints.json"
    target.write_text(build(Path(args[0]), pairs), encoding="utf-8")
    print(f"wrote {len(pairs)} fingerprints to {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
