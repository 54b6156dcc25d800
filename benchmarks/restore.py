"""Restore a held-out corpus's registry copies from its SOURCES.tsv.

The third-party files of `benchmarks/heldout*/` are not committed (see
`benchmarks/heldout/README.md`). Rows whose `repo` is `pypi:NAME==VERSION` or
`npm:NAME@VERSION` came from a published archive whose sha256 is the row's `commit`; this script
fetches that archive from the registry, checks its sha256, and writes each listed member to the
row's `local_path`. Rows from GitHub (`owner/name` at a commit) are only reported: the stored
snapshot they were copied from is not a registry this machine reaches.

    python benchmarks/restore.py [CORPUS_DIR ...]    (default: every benchmarks/heldout*)

Archives are cached under `~/.cache/weightgate-bench/archives/`. A file already present is left
alone. Exit status 1 when a registry copy could not be restored (each is named with the reason).
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import tarfile
import urllib.parse
import urllib.request
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

CACHE = Path.home() / ".cache" / "weightgate-bench" / "archives"
PYPI_SIMPLE = "https://pypi.org/simple/{}/"
NPM_VERSION = "https://registry.npmjs.org/{}/{}"


@dataclass
class Archive:
    """One published archive and the files the corpora take from it."""

    repo: str
    sha256: str
    members: dict[str, list[Path]] = field(default_factory=dict)  # path in archive -> copies


def _get(url: str, accept: str = "") -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=120) as response:
        body: bytes = response.read()
    return body


def _pypi_url(spec: str, sha256: str) -> str:
    name = spec.split("==", 1)[0]
    listing = json.loads(_get(PYPI_SIMPLE.format(name), "application/vnd.pypi.simple.v1+json"))
    for entry in listing["files"]:
        if entry.get("hashes", {}).get("sha256") == sha256:
            return str(entry["url"])
    raise LookupError(f"no file of {name} on PyPI has sha256 {sha256[:12]}…")


def _npm_url(spec: str) -> str:
    name, _, version = spec.rpartition("@")
    meta = json.loads(_get(NPM_VERSION.format(urllib.parse.quote(name, safe="@"), version)))
    return str(meta["dist"]["tarball"])


def _fetch(archive: Archive) -> bytes:
    cached = CACHE / archive.sha256
    if cached.is_file():
        return cached.read_bytes()
    kind, _, spec = archive.repo.partition(":")
    url = _pypi_url(spec, archive.sha256) if kind == "pypi" else _npm_url(spec)
    body = _get(url)
    digest = hashlib.sha256(body).hexdigest()
    if digest != archive.sha256:
        raise LookupError(f"{url} has sha256 {digest[:12]}…, not {archive.sha256[:12]}…")
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(body)
    return body


def _entries(body: bytes) -> dict[str, bytes]:
    """Archive members by path below the archive's one top-level directory (if it has one)."""
    files: dict[str, bytes] = {}
    if body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as zipped:
            for info in zipped.infolist():
                if not info.is_dir():
                    files[info.filename] = zipped.read(info)
    else:
        with tarfile.open(fileobj=io.BytesIO(body)) as tar:
            for member in tar.getmembers():
                try:  # a symbolic link gives its target's bytes, as `cp` gave them
                    handle = tar.extractfile(member) if member.isfile() or member.issym() else None
                except KeyError:  # a link to nothing in the archive
                    continue
                if handle is not None:
                    files[member.name.removeprefix("./")] = handle.read()
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1 and all("/" in name for name in files):
        return {name.split("/", 1)[1]: data for name, data in files.items()}
    return files


def _restore(archive: Archive) -> list[str]:
    """Write the archive's listed members; the problems, one line each."""
    try:
        entries = _entries(_fetch(archive))
    except (OSError, LookupError, ValueError, KeyError, tarfile.TarError, zipfile.BadZipFile) as e:
        return [f"{archive.repo}: {e}"]
    problems = []
    for member, copies in archive.members.items():
        data = entries.get(member)
        if data is None:
            problems.append(f"{archive.repo}: no member {member}")
            continue
        for copy in copies:
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(data)
    return problems


def plan(corpora: list[Path]) -> tuple[dict[str, Archive], int, int]:
    """(archives to fetch, registry files already present, GitHub files missing)."""
    archives: dict[str, Archive] = {}
    present = github_missing = 0
    for corpus in corpora:
        rows = (corpus / "SOURCES.tsv").read_text("utf-8").splitlines()[1:]
        for row in rows:
            local, repo, path, commit = (row.split("\t") + [""] * 4)[:4]
            copy = corpus / local
            if copy.is_file():
                present += 1
            elif repo.startswith(("pypi:", "npm:")):
                entry = archives.setdefault(commit, Archive(repo, commit))
                entry.members.setdefault(path, []).append(copy)
            else:
                github_missing += 1
    return archives, present, github_missing


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    corpora = [Path(a) for a in argv] or sorted(
        p for p in here.glob("heldout*") if (p / "SOURCES.tsv").is_file()
    )
    archives, present, github_missing = plan(corpora)
    wanted = sum(len(c) for a in archives.values() for c in a.members.values())
    print(f"{len(archives)} archives for {wanted} registry files ({present} already present)")
    with ThreadPoolExecutor(max_workers=8) as pool:
        problems = [p for found in pool.map(_restore, archives.values()) for p in found]
    for problem in problems:
        print(problem, file=sys.stderr)
    if github_missing:
        print(f"{github_missing} GitHub files are missing; restore them from the stored snapshot")
    print(f"restored {len(archives)} archives with {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
