"""benchmarks/restore.py against a fake package index on 127.0.0.1: archives by hash, members
written to their corpus paths, a changed archive refused."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from benchmarks import restore


def _sdist(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(f"demo-1.0/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.fixture
def index(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, bytes]]:
    """A PyPI simple (JSON) index serving the archives put into the returned dict."""
    archives: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/simple/demo/":
                files = [
                    {"url": f"{base}/files/{name}", "hashes": {"sha256": sha}}
                    for name, body in archives.items()
                    for sha in [hashlib.sha256(body).hexdigest()]
                ]
                body = json.dumps({"files": files}).encode()
            elif self.path.startswith("/files/") and self.path[7:] in archives:
                body = archives[self.path[7:]]
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setattr(restore, "PYPI_SIMPLE", base + "/simple/{}/")
    monkeypatch.setattr(restore, "CACHE", tmp_path / "archives")
    try:
        yield archives
    finally:
        server.shutdown()
        server.server_close()


def _corpus(root: Path, sha: str, rows: list[tuple[str, str]]) -> Path:
    corpus = root / "heldout9"
    corpus.mkdir()
    lines = ["local_path\trepo\tpath\tcommit"]
    lines += [f"{local}\tpypi:demo==1.0\t{path}\t{sha}" for local, path in rows]
    lines.append("me__app/run.py\tme/app\trun.py\t" + "0" * 40)
    (corpus / "SOURCES.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    return corpus


def test_restores_members_of_the_archive_with_the_listed_hash(
    index: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = _sdist({"README.md": "uses org/name\n", "src/demo/app.py": "x = 1\n"})
    index["demo-1.0.tar.gz"] = body
    sha = hashlib.sha256(body).hexdigest()
    corpus = _corpus(
        tmp_path,
        sha,
        [("demo__1.0/README.md", "README.md"), ("demo__1.0/app.py", "src/demo/app.py")],
    )

    assert restore.main([str(corpus)]) == 0
    assert (corpus / "demo__1.0/README.md").read_text() == "uses org/name\n"
    assert (corpus / "demo__1.0/app.py").read_text() == "x = 1\n"
    out = capsys.readouterr().out
    assert "1 GitHub files are missing" in out


def test_an_archive_whose_hash_differs_is_refused(
    index: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index["demo-1.0.tar.gz"] = _sdist({"README.md": "changed\n"})
    corpus = _corpus(tmp_path, "f" * 64, [("demo__1.0/README.md", "README.md")])

    assert restore.main([str(corpus)]) == 1
    assert not (corpus / "demo__1.0/README.md").exists()
    assert "no file of demo on PyPI has sha256 ffffffffffff" in capsys.readouterr().err
