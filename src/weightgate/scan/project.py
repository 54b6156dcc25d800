"""What one file says about its whole project, and the references that depend on it.

Some names are models only by what another file of the same project says. A list of Whisper
sizes (`["tiny", "base", "small"]`) in `config.py` names faster-whisper's Hub repositories
when `transcribe.py` imports faster-whisper (or `requirements.txt` lists it), and nothing when
the project uses openai-whisper, whose sizes come from OpenAI's CDN.

So each file's scan records the facts it states about its project (`stated`) and the references
it would give were a fact stated elsewhere (its variants, scanned under `assuming`). `scan_paths`
keeps those whose fact some file of the same project states. Both are cached with the file:
a re-scan reads nothing again, and a fact added or removed elsewhere takes effect at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

#: The project uses a Whisper library that downloads its size names from the Hub.
HUB_WHISPER = "hub-whisper"
#: The project uses openai-whisper: its size names may be that library's, from OpenAI's CDN.
OPENAI_WHISPER = "openai-whisper"
#: A fact that holds for a project only where it states none of these.
_UNLESS = {HUB_WHISPER: OPENAI_WHISPER}

_BACKENDS = rb"(?:faster[_-]whisper|whisperx|whisperlivekit|whisper[_-]s2t)"
#: faster-whisper or a tool built on it imported (`from faster_whisper import WhisperModel`),
#: required (`faster-whisper==1.1`, `dependencies = ["whisperx"]`) or installed (`pip install
#: faster-whisper`). Not a mere mention (a README's "faster-whisper-server, LocalAI" lists
#: servers the tool talks to), nor transformers' own `WhisperModel` class.
_HUB_WHISPER = re.compile(
    rb"^[ \t]*(?:from|import)[ \t]+" + _BACKENDS + rb"\b"
    rb"|(?:^|[\[,])[ \t]*[\"']?" + _BACKENDS + rb"(?=[ \t]*(?:[\"'<>=~!;\[,#\r]|$))"
    rb"|\bpip3?[ \t]+install[ \t]+(?:[^\n]*[ \t])?[\"']?" + _BACKENDS + rb"(?![\w-])",
    re.I | re.M,
)

#: Files at a project's root that declare its dependencies: read for the facts of a run given
#: files one by one (a pre-commit hook's), which sees no other file of the project.
MANIFESTS = (
    "requirements.txt",
    "pyproject.toml",
    "setup.py",
    "setup.cfg",
    "Pipfile",
    "environment.yml",
)


_ASSUMED: ContextVar[frozenset[str]] = ContextVar("assumed", default=frozenset())


#: openai-whisper imported and loaded (`import whisper`, `whisper.load_model(`), or required.
_OPENAI_WHISPER = re.compile(
    rb"^[ \t]*import[ \t]+whisper\b|\bwhisper\.load_model\("
    rb"|(?:^|[\[,])[ \t]*[\"']?openai-whisper(?=[ \t]*(?:[\"'<>=~!;\[,#\r]|$))",
    re.M,
)


#: Where a line may state a fact: each line holding one is read whole.
_NAMED = re.compile(rb"whisper", re.I)


def names_whisper(data: bytes) -> bool:
    """The file names Whisper at all (`whisper`, `Whisper`): every fact and every dependence
    here is about Whisper. A file that only shouts it (`WHISPER_MODEL`) lists no sizes the
    Python reader would read either (`pycalls.Imports`)."""
    return b"hisper" in data


def stated(data: bytes, *, named: bool | None = None) -> tuple[str, ...]:
    """The facts a file's bytes state about its project (`named`: `names_whisper(data)`, when
    known)."""
    if not (names_whisper(data) if named is None else named):
        return ()
    facts: dict[str, None] = {}
    end = 0
    for hit in _NAMED.finditer(data):
        if hit.start() < end:
            continue  # on a line already read
        start = data.rfind(b"\n", 0, hit.start()) + 1
        end = data.find(b"\n", hit.end())
        end = len(data) if end < 0 else end
        line = data[start:end]
        if _HUB_WHISPER.search(line) is not None:
            facts[HUB_WHISPER] = None
        if _OPENAI_WHISPER.search(line) is not None:
            facts[OPENAI_WHISPER] = None
    return tuple(sorted(facts))


def holds(fact: str, facts: set[str]) -> bool:
    """True where a project's files state `fact` and nothing that makes it doubtful: sizes
    may be openai-whisper's in a project that uses both libraries."""
    return fact in facts and _UNLESS.get(fact) not in facts


def may_depend(source: str, facts: tuple[str, ...], *, named: bool = True) -> tuple[str, ...]:
    """The facts, not stated by the file itself, that could change what it references: a
    file that names no Whisper (`named`), or no size as a model could be, lists no sizes."""
    if HUB_WHISPER in facts or not named:
        return ()
    from weightgate.scan.whispersizes import may_name_sizes  # not on a cached hook run's path

    return (HUB_WHISPER,) if may_name_sizes(source) else ()


def assumed(fact: str) -> bool:
    """True while a file is scanned as if another file of its project stated `fact`."""
    return fact in _ASSUMED.get()


@contextmanager
def assuming(fact: str) -> Iterator[None]:
    """Scan as if another file of the project stated `fact`."""
    token = _ASSUMED.set(_ASSUMED.get() | {fact})
    try:
        yield
    finally:
        _ASSUMED.reset(token)


def manifest_facts(directory: Path) -> set[str]:
    """The facts the dependency manifests at `directory` state."""
    facts: set[str] = set()
    for name in MANIFESTS:
        try:
            facts.update(stated((directory / name).read_bytes()))
        except OSError:
            continue
    return facts
