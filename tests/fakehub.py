"""A fake Hugging Face Hub on 127.0.0.1 speaking the real endpoints, shapes and error headers.

Tests drive it with the REAL `huggingface_hub` client (HF_ENDPOINT points here); nothing is mocked.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SHA = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeModel:
    """One repository: card metadata, files, and whether it is gated."""

    id: str
    license: str | None = None
    license_name: str | None = None
    license_link: str | None = None
    base_model: str | list[str] | None = None
    base_model_relation: str | None = None
    gated: str | bool = False
    sha: str = SHA
    files: dict[str, str] = field(default_factory=dict)
    revisions: dict[str, FakeModel] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    private: bool = False

    def at(self, revision: str) -> FakeModel | None:
        """The repository as of a branch, tag or commit sha listed in `revisions`."""
        if revision in self.revisions:
            return self.revisions[revision]
        return next((m for m in self.revisions.values() if m.sha == revision), None)

    def info(self) -> dict[str, Any]:
        card: dict[str, Any] = {}
        for key in ("license", "license_name", "license_link", "base_model", "base_model_relation"):
            value = getattr(self, key)
            if value is not None:
                card[key] = value
        tags = list(self.tags)
        if self.license:
            tags.append(f"license:{self.license}")
        return {
            "_id": "66" + self.sha[:22],
            "id": self.id,
            "modelId": self.id,
            "author": self.id.split("/")[0] if "/" in self.id else None,
            "sha": self.sha,
            "lastModified": "2024-04-18T12:00:00.000Z",
            "createdAt": "2023-07-18T12:00:00.000Z",
            "private": self.private,
            "disabled": False,
            "gated": self.gated,
            "downloads": 1234,
            "likes": 56,
            "library_name": "transformers",
            "pipeline_tag": "text-generation",
            "tags": tags,
            "cardData": card,
            "siblings": [{"rfilename": name} for name in ["README.md", *self.files]],
            "spaces": [],
        }


@dataclass
class Fault:
    """Misbehaviour for one model id (or `repo/filename` for a file): a status (with X-Error-Code),
    a hang, or a raw body."""

    status: int = 500
    error_code: str | None = None
    times: int | None = None  # fail this many times, then behave; None: always
    retry_after: str | None = None
    hang: float = 0.0
    body: bytes | None = None
    trickle: float = 0.0  # send the body one byte at a time, this many seconds apart
    length: int | None = None  # declare this Content-Length for `body`, send less, then close
    location: str | None = None  # answer `status` with this Location ("": the same URL, a loop)
    headers: dict[str, str] = field(default_factory=dict)  # extra headers with `body`


class FakeHub:
    def __init__(self) -> None:
        self.models: dict[str, FakeModel] = {}
        self.redirects: dict[str, str] = {}
        self.faults: dict[str, Fault] = {}
        self.delay = 0.0
        self.requests: list[str] = []
        self.authorized_tokens: set[str] = set()
        self.auth_seen: list[str] = []  # Authorization headers received (a token was sent)
        self.inflight = 0
        self.max_inflight = 0  # the most requests handled at once (to observe concurrency)
        self.slow: dict[str, float] = {}  # extra seconds before answering for one model id
        self.events: list[tuple[str, str]] = []  # ("start" | "end", path), in order
        self.lock = threading.Lock()
        self.url = ""

    def add(self, model: FakeModel) -> FakeModel:
        self.models[model.id] = model
        return model

    def _fault(self, model_id: str) -> Fault | None:
        with self.lock:
            fault = self.faults.get(model_id)
            if fault is None:
                return None
            if fault.times is not None:
                if fault.times <= 0:
                    return None
                fault.times -= 1
            return fault


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stall

        def log_message(self, format: str, *args: Any) -> None:
            """Silence the default stderr log."""

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, code: str | None, message: str, **extra: str) -> None:
            headers = {"X-Error-Message": message, **extra}
            if code:
                headers["X-Error-Code"] = code
            self._send(status, json.dumps({"error": message}).encode(), headers)

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
            with hub.lock:
                hub.requests.append(path)
                if self.headers.get("Authorization"):
                    hub.auth_seen.append(self.headers["Authorization"])
                hub.inflight += 1
                hub.max_inflight = max(hub.max_inflight, hub.inflight)
                hub.events.append(("start", path))
            try:
                self._route(path)
            finally:
                with hub.lock:
                    hub.inflight -= 1
                    hub.events.append(("end", path))

        def _route(self, path: str) -> None:
            if hub.delay:
                time.sleep(hub.delay)
            if path.startswith("/api/models/"):
                self._model_info(path[len("/api/models/") :])
            elif "/resolve/" in path:
                self._resolve(path.lstrip("/"))
            else:
                self._error(404, None, "Not Found")

        def _authorized(self) -> bool:
            auth = self.headers.get("Authorization", "")
            return auth.removeprefix("Bearer ") in hub.authorized_tokens

        def _model_info(self, rest: str) -> None:
            model_id, _, revision = rest.partition("/revision/")
            time.sleep(hub.slow.get(model_id, 0.0))
            if model_id in hub.redirects:
                target = "/api/models/" + hub.redirects[model_id]
                if revision:
                    target += "/revision/" + urllib.parse.quote(revision, safe="")
                self._send(307, b"", {"Location": target})
                return
            fault = hub._fault(model_id)
            if fault is not None:
                self._apply(fault)
                return
            model = hub.models.get(model_id)
            if model is None or (model.private and not self._authorized()):
                self._error(401, "RepoNotFound", "Repository not found")
                return
            if revision and revision not in (model.sha, "main"):
                model = model.at(revision)
                if model is None:
                    self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
                    return
            self._send(200, json.dumps(model.info()).encode())

        def _resolve(self, rest: str) -> None:
            repo, _, tail = rest.partition("/resolve/")
            revision, _, filename = tail.partition("/")
            revision = urllib.parse.unquote(revision)
            if repo in hub.redirects:
                self._send(307, b"", {"Location": f"/{hub.redirects[repo]}/resolve/{tail}"})
                return
            fault = hub._fault(f"{repo}/{filename}")
            if fault is not None:
                self._apply(fault)
                return
            model = hub.models.get(repo)
            if model is None or (model.private and not self._authorized()):
                self._error(401, "RepoNotFound", "Repository not found")
                return
            if model.gated and not self._authorized():
                self._error(403, "GatedRepo", "Access to this model is restricted")
                return
            if revision not in ("main", model.sha):
                model = model.at(revision)
                if model is None:
                    self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
                    return
            content = model.files.get(filename)
            if content is None:
                self._error(404, "EntryNotFound", f"{filename} does not exist")
                return
            self._send(
                200, content.encode(), {"X-Repo-Commit": model.sha, "ETag": f'"{model.sha}"'}
            )

        def _trickle(self, fault: Fault) -> None:
            body = fault.body or b""
            self.send_response(fault.status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for n in range(len(body)):
                    self.wfile.write(body[n : n + 1])
                    time.sleep(fault.trickle)
            except OSError:
                pass  # the client gave up

        def _truncated(self, fault: Fault) -> None:
            self.send_response(fault.status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(fault.length))
            self.end_headers()
            self.wfile.write(fault.body or b"")
            self.close_connection = True

        def _apply(self, fault: Fault) -> None:
            if fault.hang:
                time.sleep(fault.hang)
                return
            if fault.location is not None:
                self._send(fault.status, b"", {"Location": fault.location or self.path})
                return
            if fault.length is not None:
                self._truncated(fault)
                return
            if fault.trickle and fault.body is not None:
                self._trickle(fault)
                return
            if fault.body is not None:
                self._send(fault.status, fault.body, fault.headers)
                return
            extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            self._error(fault.status, fault.error_code, "fault injected", **extra)

    return Handler


@contextmanager
def serve() -> Iterator[FakeHub]:
    """Run a fake Hub on an ephemeral loopback port for the duration of the block."""
    hub = FakeHub()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hub))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
