"""A small realistic repository (Python, notebook, configs, CI, Docker, Kubernetes, Ollama,
model card, adapter) scanned end to end against a reviewed expected listing."""

from __future__ import annotations

from pathlib import Path

from weightgate.scan import scan_paths

FIXTURES = Path(__file__).parent / "fixtures"


def _listing(root: Path) -> str:
    result = scan_paths([], root)
    lines = [
        f"{r.path}:{r.line}:{r.column}: {r.kind} {r.id}" + (f" @{r.revision}" if r.revision else "")
        for r in result.refs
    ]
    lines += [f"{e.path}:{e.line}: error {e.message}" for e in result.errors]
    return "\n".join(lines) + "\n"


def test_realistic_repository_matches_the_reviewed_listing() -> None:
    expected = (FIXTURES / "repo.expected").read_text(encoding="utf-8")
    assert _listing(FIXTURES / "repo") == expected


def test_every_location_points_at_the_id_as_written() -> None:
    root = FIXTURES / "repo"
    for ref in scan_paths([], root).refs:
        line = (root / ref.path).read_text(encoding="utf-8").splitlines()[ref.line - 1]
        written = line[ref.column - 1 :]
        short = ref.id.removeprefix("sentence-transformers/")
        assert written.startswith((ref.id, short)), (ref, line)
