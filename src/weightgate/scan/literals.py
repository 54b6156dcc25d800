"""Which of a fixed set of literals a text holds, found in a few regex passes instead of one
substring search each.

Each `literal in text` that fails reads the whole text, and the Python pre-filter asks about
dozens of literals that most files lack. Literals that start with the same character are looked
for by one regex (a trie of them, longest first), all those that start with a capital by one
more (capitals are rare, so the engine skips ahead fast), and a literal alone in its group by a
substring test, which stops at its first find. Merging more groups into one pass costs more
than it saves: the engine tries each branch at every place one may start. The answer is exactly
the substring test's, including literals that a match hides (see `held`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words`, the longest one where several match at a place."""
    trie: _Trie = {}  # "" marks a word's end
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(trie)


def _hides(longer: str, shorter: str) -> bool:
    """`shorter` may start inside a match of `longer` and run past its end (a suffix of one is a
    prefix of the other), where a scan that resumes after the match does not look."""
    return shorter not in longer and any(
        longer.endswith(shorter[:size]) for size in range(1, min(len(shorter), len(longer)))
    )


class Literals:
    """A fixed set of literals; `held(text)` is `{x for x in literals if x in text}`."""

    def __init__(self, literals: Iterable[str]) -> None:
        words = sorted(set(literals))
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault("A" if word[0].isupper() else word[0], []).append(word)
        self.literals = frozenset(words)
        # a literal alone in its group is one substring test: it stops at the first find
        self._alone = tuple(group[0] for group in groups.values() if len(group) == 1)
        self._passes = [
            (re.compile(_trie_pattern(group)), tuple(group))
            for group in groups.values()
            if len(group) > 1
        ]
        # A literal a pass did not report is still there when a reported one of its pass holds
        # it (`hf_` in `hf_hub_`), or may be when a reported one can hide its start.
        self._within: dict[str, tuple[str, ...]] = {}
        self._hidden_by: dict[str, tuple[str, ...]] = {}
        for _pattern, group in self._passes:
            for word in group:
                self._within[word] = tuple(o for o in group if o != word and word in o)
                self._hidden_by[word] = tuple(o for o in group if _hides(o, word))

    def held(self, text: str) -> frozenset[str]:
        """The literals `text` holds."""
        out = {word for word in self._alone if word in text}
        for pattern, group in self._passes:
            found = set(pattern.findall(text))
            if not found:
                continue
            for word in group:
                if (
                    word in found
                    or any(other in found for other in self._within[word])
                    or (any(other in found for other in self._hidden_by[word]) and word in text)
                ):
                    out.add(word)
        return frozenset(out)


__all__ = ["Literals"]
