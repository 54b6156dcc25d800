"""Whisper size names written where a backend that fetches them from the Hub is in use.

faster-whisper, WhisperX, WhisperLiveKit and lightning-whisper-mlx download a size name
(`"large-v3"`) from a Hub repository (`Systran/faster-whisper-large-v3`). Where a file uses
one, its lists of sizes (`choices=["tiny", "base", "small", ...]`, "(tiny, base.en, small,
medium, large-v3)"), its tables of sizes and its `--model large-v3` examples name those
repositories. openai-whisper's own sizes come from OpenAI's CDN and are no Hub reference.
"""

from __future__ import annotations

import re

from weightgate.scan import project
from weightgate.scan.shortnames import FASTER_WHISPER, LIGHTNING_WHISPER, WHISPER_CPP

#: A Whisper backend that fetches its sizes from the Hub, named in a file (faster-whisper's
#: class `WhisperModel` as written, not a `whisperModelLoaded` flag).
HUB_WHISPER = re.compile(
    r"faster[_-]whisper|whisperx|whisperlivekit|whisper[_-]s2t|(?-i:\bWhisperModel\b)", re.I
)
_LIGHTNING = re.compile(r"lightning[_-]whisper[_-]mlx")
#: whisper.cpp, or a binding that downloads its `ggml-<size>.bin` files (pywhispercpp).
WHISPER_CPP_NAMED = re.compile(r"whisper[_.-]?cpp|whispercpp", re.I)

_NAMES = sorted({*FASTER_WHISPER, *LIGHTNING_WHISPER}, key=len, reverse=True)
#: A size name as a word of its own: not `base_url`, `small-batch`, `tiny.png` nor `v3/large`.
_SIZE = re.compile(
    r"(?<![\w./:@-])(" + "|".join(re.escape(name) for name in _NAMES) + r")(?![\w/-]|\.\w)"
)
_ANY_SIZE = "(?:" + "|".join(re.escape(name) for name in _NAMES) + ")"
#: Sizes joined by slashes, three or more (`tiny/base/small/medium`): a list, not a path.
_SLASHED = re.compile(rf"(?<![\w./:@-]){_ANY_SIZE}(?:/{_ANY_SIZE}){{2,}}(?![\w/-]|\.\w)")
#: A size given to a model option or variable: `--model large-v3`, `-m small`,
#: `WHISPER_MODEL=base`, `model_size="medium"`; or named right after its backend in prose
#: ("faster-whisper `large-v3-turbo` on GPU hosts").
_GIVEN = re.compile(
    r"(?:(?<![\w-])(?:--?(?:m|model|model[-_]size|whisper[-_]model|model[-_]name)[ \t=]+)"
    r"|\b(?:WHISPER_MODEL|MODEL_SIZE|WHISPER_MODEL_SIZE)[ \t]*[=:][ \t]*"
    r"|\bmodel(?:_size|_name)?[ \t]*=[ \t]*|\b(?:WhisperModel|load_model)\([ \t]*"
    r"|(?i:\bfaster[-_]whisper|\bwhisperx|\bwhisperlivekit)[ \t]+(?=[\"'`]))"
    r"[\"'`]?(?=[a-z])"
)
#: The words every size name starts with.
_STEMS = sorted({re.split(r"[.-]", name)[0] for name in _NAMES})
#: A size given to a model option, ending where the size does.
_GIVEN_SIZE = re.compile(rf"(?:{_GIVEN.pattern}){_ANY_SIZE}\Z")
#: This many distinct sizes in one line or one literal make a list of sizes.
LISTED_MIN = 3


#: openai-whisper named in a file: its own sizes come from OpenAI's CDN.
_OPENAI_WHISPER = re.compile(r"^[ \t]*import whisper\b|whisper\.load_model\(|openai-whisper", re.M)


def openai_whisper(text: str) -> bool:
    """True where a file loads or installs openai-whisper."""
    return "hisper" in text and _OPENAI_WHISPER.search(text) is not None


#: A size written as a whole string (`"large-v3"`), or three in a row (`tiny, base or small`).
_QUOTED_SIZE = re.compile(rf"[\"'`]{_ANY_SIZE}[\"'`]")


def may_name_sizes(text: str) -> bool:
    """False where no line of a file could name a Whisper size as a model, whatever backend its
    project uses: no size is quoted, listed or given to a model option (a quick test: each
    reader applies its own rules)."""
    if _QUOTED_SIZE.search(text) is not None:
        return True
    for stem in _STEMS:  # found by `str.find`: `_SIZE.finditer` over a large file is slow
        at = text.find(stem)
        while at >= 0:
            size = _SIZE.match(text, at)
            if size is not None:
                if _SIZE_RUN.match(text, at) is not None:
                    return True
                start = max(text.rfind("\n", 0, at) + 1, at - 80)
                window = text[start:at]  # every form `_GIVEN` reads names a model or a flag
                named = "odel" in window or "ODEL" in window or "-" in window or "hisper" in window
                if named and _GIVEN_SIZE.search(text, start, size.end()) is not None:
                    return True
            at = text.find(stem, at + 1)
    return False


#: A size written as a whole string, its text captured.
_QUOTED_SIZE_TEXT = re.compile(rf"([\"'`])({_ANY_SIZE})\1")


def quoted_sizes(text: str) -> list[tuple[int, str]]:
    """(offset, size) of each size a source writes as a whole string, where it writes three
    distinct ones or more (`MODELS_LIST = ['tiny', 'tiny.en', 'base', ...]`, `{"tiny":
    "ggml-tiny.bin", ...}`)."""
    found = [(m.start(2), m.group(2)) for m in _QUOTED_SIZE_TEXT.finditer(text)]
    return found if len({size for _at, size in found}) >= LISTED_MIN else []


def backend_sizes(text: str) -> dict[str, str] | None:
    """The Hub repositories of the sizes a file's Whisper backend downloads, or None where no
    backend that fetches them from the Hub is named, in the file or (`project.HUB_WHISPER`)
    another file of its project, whose sizes are no keys to repositories the file names."""
    if "hisper" not in text:
        return None
    if _LIGHTNING.search(text) is not None:
        return LIGHTNING_WHISPER
    if HUB_WHISPER.search(text) is not None:
        return FASTER_WHISPER
    if WHISPER_CPP_NAMED.search(text) is not None and not openai_whisper(text):
        return WHISPER_CPP
    elsewhere = project.assumed(project.HUB_WHISPER) and not openai_whisper(text)
    # `tiny: {url: 'Xenova/whisper-tiny'}`: the file names its sizes' repositories itself
    return FASTER_WHISPER if elsewhere and _WHISPER_REPO.search(text) is None else None


#: A Whisper repository of the Hub named in full (`Xenova/whisper-tiny`, `openai/whisper-base`).
_WHISPER_REPO = re.compile(r"[\w.-]+/(?:distil-)?whisper-(?:tiny|base|small|medium|large)", re.I)


#: What may stand between two sizes of a list: separators, quotes, a short note in parentheses
#: (`large-v3 (most accurate), turbo (fast), ...`) and one `or` / `and`.
_BETWEEN = re.compile(
    r"[\s,`'\"/|*()\[\]\u00b7\u2022-]*(?:[^()\n]{1,40}\)[\s,;`'\"]*)?(?:(?:or|and)[\s`'\"]*)?"
)


#: Three sizes in a row, as `listed_sizes` reads them (distinct or not).
_SIZE_RUN = re.compile(rf"{_SIZE.pattern}(?:{_BETWEEN.pattern}{_SIZE.pattern}){{2}}")


def listed_sizes(line: str) -> list[tuple[int, str]]:
    """(offset, size) of each size in a run of three distinct sizes or more, one after the
    other ("tiny, base, small, medium, or large-v3", "tiny/base/small"); not sizes spread over a
    sentence ("the base model in 4-bit so large models fit on small GPUs")."""
    out: list[tuple[int, str]] = []
    run: list[re.Match[str]] = []
    for match in [*_SIZE.finditer(line), None]:
        if match is not None and run:
            gap = _BETWEEN.fullmatch(line, run[-1].end(), match.start())
            if gap is not None:
                run.append(match)
                continue
        if len({m.group(1) for m in run}) >= LISTED_MIN:
            out.extend((m.start(), m.group(1)) for m in run)
        run = [match] if match is not None else []
    for joined in _SLASHED.finditer(line) if "/" in line else ():  # "(tiny/base/small)"
        at = joined.start()
        for size in joined.group(0).split("/"):
            out.append((at, size))
            at += len(size) + 1
    return out


def given_size(line: str) -> list[tuple[int, str]]:
    """(offset, size) of a size given to a model option or variable (`--model large-v3`)."""
    out = []
    for match in _GIVEN.finditer(line):
        size = _SIZE.match(line, match.end())
        if size is not None:
            out.append((size.start(), size.group(1)))
    return out


def row_size(line: str) -> list[tuple[int, str]]:
    """(offset, size) of a table row whose first cell is a size (`| `large-v3` | 1550 M |`),
    or a model setting whose value a later cell gives (`| `model_name` | `small.en` |`, `|
    `-m, --model` | Whisper model size | `large-v3` |`: its default)."""
    if not line.startswith("|"):
        return []
    cells = line[1:].split("|")
    bare = cells[0].strip().strip("`*")
    size = _SIZE.fullmatch(bare) if bare else None
    if size is not None:
        at = line.find(bare, 1)
        return [(at, size.group(1))] if at > 0 else []
    if "model" not in bare.lower():  # `model_name`, `--model`
        return []
    start = len(cells[0]) + 2  # the second cell's first character
    for cell in cells[1:]:
        bare = cell.strip().strip("`*")
        size = _SIZE.fullmatch(bare) if bare else None
        if size is not None:
            return [(line.find(bare, start), size.group(1))]
        start += len(cell) + 1
    return []


#: A size the next word calls a model (`` the `small.en` model``, `"base" model`).
_CALLED_SIZE = re.compile(rf"[`'\"]({_ANY_SIZE})[`'\"][ \t]+(?:model|checkpoint)\b")


def called_size(line: str) -> list[tuple[int, str]]:
    """(offset, size) of each quoted size the next word calls a model."""
    return [(m.start(1), m.group(1)) for m in _CALLED_SIZE.finditer(line)] if "odel" in line else []


def sizes_in_document(line: str) -> list[tuple[int, str]]:
    """(offset, size) of each size a document's line names as a model: in a list of sizes, a
    table's first cell, or given to a model option."""
    if "|" in line:
        found = row_size(line)
        if found:  # `| Whisper model | `base` | `tiny` · `base` · `small` |`: both
            return [*found, *(hit for hit in listed_sizes(line) if hit not in found)]
    return listed_sizes(line) or given_size(line) or called_size(line)


#: A line that holds one size as a list's item (`- tiny`, `- base (fast)`,
#: `<li><code>tiny.en</code> (English only)</li>`, `* `large-v3` - best`), a quoted one or a
#: menu's (` > distil-large-v3`, its cursor).
_ITEM = re.compile(
    r"^[ \t]*(?:>[ \t]*)?(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:<li>)?[ \t]*"
    rf"(?:(?:<code[^>]*>|`)(?P<code>{_ANY_SIZE})(?:</code>|`)"  # in code: a note may follow
    rf"|(?P<size>{_ANY_SIZE})(?=[ \t]*(?:</li>|[(:]|[-\u2013\u2014][ \t]|$)))"  # bare: none
)


def item_sizes(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line index, offset, size) of each item of a list of three or more distinct sizes, one a
    line (`<li><code>tiny.en</code></li>`, `- base`)."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    for index, line in enumerate([*lines, ""]):
        item = _ITEM.match(line) if line else None
        if item is not None:
            group = "code" if item.group("code") else "size"
            run.append((index, item.start(group), item.group(group)))
            continue
        if len({size for _i, _at, size in run}) >= LISTED_MIN:
            out.extend(run)
        run = []
    return out


def sized_items(values: list[str]) -> list[int]:
    """Indices of the size names in a literal list of strings that holds three distinct sizes
    or more (`choices=["tiny", "base", "small", "medium"]`); else none."""
    indices = [i for i, value in enumerate(values) if _SIZE.fullmatch(value)]
    return indices if len({values[i] for i in indices}) >= LISTED_MIN else []
