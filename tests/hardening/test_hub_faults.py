"""A failing Hub, through the real CLI in a subprocess: every run ends, and fails closed.

One `weightgate check` run meets a fake Hub where each referenced model misbehaves in its own way
(on `/api/models/...` or on the license file under `/resolve/...`), next to one healthy model.
Each affected model must come out `unresolved` (an error under the default policy, so exit 1) with
a message naming the request and the reason; transient faults must heal by retrying; the output
holds no traceback and never the token. The subprocess `timeout=` is only a guard against a hang:
nothing here asserts wall-clock time.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.fakehub import FakeHub, FakeModel, Fault, serve

TOKEN = "hf_SENTINELdoNotLeakThisToken0123456789"
BUDGET = "4"  # --timeout: the Hub time budget of the whole run, in seconds
GUARD = 90  # seconds: far beyond the budget; only a hang would reach it
LICENSE_TEXT = "Custom Model License\n\nYou may use this model for anything.\n"
#: A body that would take minutes to arrive one byte at a time.
SLOW_BODY = b'{"id": "org/x", "padding": "' + b"x" * 2000 + b'"}'
GZIP = {"Content-Encoding": "gzip"}  # ... but the body is not gzip


@dataclass(frozen=True)
class Case:
    name: str  # also the model name: org/<name>
    fault: Fault
    on_file: bool = False  # fault the LICENSE file instead of the model metadata
    heals: bool = False  # a transient fault: the model must resolve after retries
    why: str = ""  # the reason the message must give

    @property
    def model(self) -> str:
        return f"org/{self.name}"


CASES = (
    Case("info-429-then-ok", Fault(status=429, times=2, retry_after="0"), heals=True),
    Case("info-503-then-ok", Fault(status=503, times=1), heals=True),
    Case("info-429", Fault(status=429, retry_after="0"), why="HTTP 429"),
    Case("info-429-retry-after-long", Fault(status=429, retry_after="120"), why="120s"),
    Case("info-500", Fault(status=500), why="HTTP 500"),
    Case("info-502", Fault(status=502, body=b"<html>Bad Gateway</html>"), why="HTTP 502"),
    Case("info-503", Fault(status=503, retry_after="0"), why="HTTP 503"),
    Case("info-504", Fault(status=504), why="HTTP 504"),
    Case(
        "info-429-retry-after-date-then-ok",
        Fault(status=429, times=2, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"),
        heals=True,
    ),
    Case("info-bad-gzip", Fault(status=200, body=b"plain", headers=GZIP), why="unreadable"),
    Case("info-hang", Fault(hang=600), why="no answer"),
    Case("info-trickle", Fault(status=200, body=SLOW_BODY, trickle=0.2), why="no answer"),
    Case("info-truncated", Fault(status=200, body=b'{"id": "org/', length=4096), why="failed"),
    Case("info-not-json", Fault(status=200, body=b"<html>hi</html>"), why="not valid"),
    Case("info-list", Fault(status=200, body=b"[1, 2]"), why="not valid"),
    Case("info-empty-object", Fault(status=200, body=b"{}"), why="not valid"),
    Case(
        "info-wrong-types",
        Fault(
            status=200,
            body=b'{"id": "org/info-wrong-types", "sha": 12345, "tags": [1, 2],'
            b' "cardData": "mit", "siblings": "LICENSE", "gated": "yes"}',
        ),
        why="not valid",
    ),
    Case(
        "info-wrong-field-types",  # parses as ModelInfo, but would poison the lockfile
        Fault(
            status=200,
            body=b'{"id": 77, "sha": "../../x", "tags": ["license:mit", 5],'
            b' "cardData": {"license": 7}, "siblings": [{"rfilename": 3}]}',
        ),
        why="not valid model metadata ('id'",
    ),
    Case(
        "info-bad-sha",
        Fault(status=200, body=b'{"id": "org/info-bad-sha", "sha": "../../etc", "tags": []}'),
        why="'sha' is not a commit hash",
    ),
    Case(
        "info-bad-tags",
        Fault(status=200, body=b'{"id": "org/info-bad-tags", "tags": ["license:mit", 5]}'),
        why="'tags' is not a list of strings",
    ),
    Case("info-redirect-loop", Fault(status=307, location=""), why="redirect"),
    Case("file-429-then-ok", Fault(status=429, times=2, retry_after="0"), True, heals=True),
    Case("file-500-then-ok", Fault(status=500, times=1), True, heals=True),
    Case("file-429", Fault(status=429, retry_after="0"), True, why="HTTP 429"),
    Case("file-429-retry-after-long", Fault(status=429, retry_after="120"), True, why="120s"),
    Case("file-500", Fault(status=500), True, why="HTTP 500"),
    Case("file-502", Fault(status=502, body=b"<html>Bad Gateway</html>"), True, why="HTTP 502"),
    Case("file-503", Fault(status=503, retry_after="0"), True, why="HTTP 503"),
    Case("file-bad-gzip", Fault(status=200, body=b"plain", headers=GZIP), True, why="unreadable"),
    Case("file-hang", Fault(hang=600), True, why="no answer"),
    Case("file-trickle", Fault(status=200, body=SLOW_BODY, trickle=0.2), True, why="no answer"),
    Case("file-truncated", Fault(status=200, body=b"Custom", length=4096), True, why="failed"),
    Case(  # read up to the cap and stop: no need to wait for (or hold) the rest
        "file-oversized",
        Fault(status=200, body=b"License " * 80_000, length=1 << 30),
        True,
        heals=True,
    ),
    Case("file-redirect-loop", Fault(status=302, location=""), True, why="redirect"),
)


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    lock: str
    hub_url: str

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.stdout)
        return data


def weightgate(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`weightgate ARGS` in a fresh interpreter, through `weightgate.cli.main`."""
    code = "import sys; from weightgate.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=GUARD,
        check=False,
    )


def environment(tmp: Path, endpoint: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "WEIGHTGATE_"))}
    env.update(
        HF_ENDPOINT=endpoint,
        HF_TOKEN=TOKEN,
        HF_HOME=str(tmp / ".hf-home"),
        NO_COLOR="1",
        PYTHONWARNINGS="default",
        **extra,
    )
    return env


def write_app(tmp: Path, models: list[str]) -> None:
    lines = ["from transformers import AutoModel", ""]
    lines += [f'm{n} = AutoModel.from_pretrained("{m}")' for n, m in enumerate(models)]
    (tmp / "app.py").write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_models(hub: FakeHub) -> None:
    hub.add(FakeModel("org/healthy", license="apache-2.0"))
    for case in CASES:
        if case.on_file:
            hub.add(FakeModel(case.model, license="other", files={"LICENSE": LICENSE_TEXT}))
            hub.faults[f"{case.model}/LICENSE"] = case.fault
        else:
            hub.add(FakeModel(case.model, license="mit"))
            hub.faults[case.model] = case.fault


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """One check over every faulty model at once (concurrently, so the run stays short)."""
    tmp = tmp_path_factory.mktemp("faults")
    with serve() as hub:
        add_models(hub)
        write_app(tmp, ["org/healthy", *(c.model for c in CASES)])
        args = ["check", "--format", "json", "--timeout", BUDGET, "--jobs", "64", "app.py"]
        done = weightgate(tmp, environment(tmp, hub.url), *args)
        lock = tmp / "weightgate.lock"
        yield Run(
            done.returncode,
            done.stdout,
            done.stderr,
            lock.read_text("utf-8") if lock.exists() else "",
            hub.url,
        )


def assert_clean_output(run: Run | subprocess.CompletedProcess[str]) -> None:
    for stream in (run.stdout, run.stderr):
        assert "Traceback" not in stream
        assert "internal error" not in stream
        assert TOKEN not in stream


def test_the_run_fails_closed_without_a_traceback(matrix: Run) -> None:
    assert matrix.code == 1, matrix.stderr
    assert_clean_output(matrix)
    assert TOKEN not in matrix.lock
    report = matrix.json()
    healthy = next(m for m in report["models"] if m["id"] == "org/healthy")
    assert healthy["status"] == "ok"
    unresolved = [f["model"] for f in report["findings"] if f["rule"] == "unresolved"]
    assert sorted(unresolved) == sorted(c.model for c in CASES if not c.heals)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_fault(matrix: Run, case: Case) -> None:
    report = matrix.json()
    model = next(m for m in report["models"] if m["id"] == case.model)
    findings = [f for f in report["findings"] if f["model"] == case.model]
    locked = {e["id"]: e for e in json.loads(matrix.lock)["models"]} if matrix.lock else {}
    if case.heals:
        assert model["status"] != "unreachable"
        assert not [f for f in findings if f["rule"] == "unresolved"], findings
        assert case.model in locked
        if case.on_file:
            assert locked[case.model].get("license_text_sha256")
        return
    assert model["status"] == "unreachable"
    assert [(f["rule"], f["severity"]) for f in findings] == [("unresolved", "error")]
    message = findings[0]["message"]
    url = f"{matrix.hub_url}/{case.model}/resolve/" if case.on_file else ""
    url = url or f"{matrix.hub_url}/api/models/{case.model}"
    assert f"GET {url}" in message, message
    assert case.why in message, message
    assert case.model not in locked  # a transient failure is never recorded


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_connection_refused_fails_closed_naming_the_request(tmp_path: Path) -> None:
    endpoint = f"http://127.0.0.1:{closed_port()}"
    write_app(tmp_path, ["org/a", "org/b"])
    env = environment(tmp_path, endpoint)
    done = weightgate(tmp_path, env, "check", "--timeout", BUDGET, "app.py")
    assert done.returncode == 1, done.stderr
    assert_clean_output(done)
    for model in ("org/a", "org/b"):
        assert f"GET {endpoint}/api/models/{model}: connection failed" in done.stdout
    assert not (tmp_path / "weightgate.lock").exists()


def test_the_budget_from_the_environment_bounds_a_hanging_hub(tmp_path: Path) -> None:
    with serve() as hub:
        hub.add(FakeModel("org/hang", license="mit"))
        hub.faults["org/hang"] = Fault(hang=600)
        write_app(tmp_path, ["org/hang"])
        env = environment(tmp_path, hub.url, WEIGHTGATE_HUB_TIMEOUT="1")
        done = weightgate(tmp_path, env, "check", "--format", "json", "app.py")
    assert done.returncode == 1, done.stderr
    assert_clean_output(done)
    (finding,) = json.loads(done.stdout)["findings"]
    assert finding["rule"] == "unresolved"
    assert f"GET {hub.url}/api/models/org/hang" in finding["message"]
    assert "1s" in finding["message"]


def test_requests_queued_behind_a_trickle_are_reported_not_attempted(tmp_path: Path) -> None:
    with serve() as hub:
        for name in ("org/a-trickle", "org/b-queued"):
            hub.add(FakeModel(name, license="mit"))
        hub.faults["org/a-trickle"] = Fault(status=200, body=SLOW_BODY, trickle=0.2)
        write_app(tmp_path, ["org/a-trickle", "org/b-queued"])
        env = environment(tmp_path, hub.url)
        args = ("check", "--format", "json", "--jobs", "1", "--timeout", "1", "app.py")
        done = weightgate(tmp_path, env, *args)
    assert done.returncode == 1, done.stderr
    assert_clean_output(done)
    messages = {f["model"]: f["message"] for f in json.loads(done.stdout)["findings"]}
    assert f"GET {hub.url}/api/models/org/a-trickle: no answer within the 1s" in messages.pop(
        "org/a-trickle"
    )
    assert "not attempted: no time left in the 1s Hub time budget" in messages.pop("org/b-queued")
    assert not messages


def test_a_hub_where_every_request_hangs(tmp_path: Path) -> None:
    """Including the client library's own side requests (e.g. its agent registry)."""
    with serve() as hub:
        hub.add(FakeModel("org/a", license="mit"))
        hub.delay = 600
        write_app(tmp_path, ["org/a"])
        env = environment(tmp_path, hub.url)
        done = weightgate(tmp_path, env, "check", "--format", "json", "--timeout", "1", "app.py")
    assert done.returncode == 1, done.stderr
    assert_clean_output(done)
    (finding,) = json.loads(done.stdout)["findings"]
    assert finding["rule"] == "unresolved"
    assert "1s" in finding["message"]


def test_interrupting_a_run_stuck_on_the_hub_ends_it_at_once(tmp_path: Path) -> None:
    with serve() as hub:
        hub.add(FakeModel("org/a", license="mit"))
        hub.faults["org/a"] = Fault(hang=600)
        write_app(tmp_path, ["org/a"])
        env = environment(tmp_path, hub.url)
        code = "import sys; from weightgate.cli import main; sys.exit(main(sys.argv[1:]))"
        proc = subprocess.Popen(
            [sys.executable, "-c", code, "check", "--timeout", "300", "app.py"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(600):  # until the request for org/a is being answered (slowly)
            if "/api/models/org/a" in hub.requests:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=GUARD)
    assert proc.returncode == 2, err
    assert "interrupted" in err
    assert "Traceback" not in out + err
    assert not (tmp_path / "weightgate.lock").exists()


def test_the_token_is_not_sent_to_another_host_on_redirect(tmp_path: Path) -> None:
    with serve() as hub, serve() as other:
        hub.add(FakeModel("org/info", license="mit"))
        hub.add(FakeModel("org/file", license="other", files={"LICENSE": LICENSE_TEXT}))
        other.add(FakeModel("org/info", license="mit"))
        other.add(FakeModel("org/file", license="other", files={"LICENSE": LICENSE_TEXT}))
        hub.faults["org/info"] = Fault(status=302, location=f"{other.url}/api/models/org/info")
        hub.faults["org/file/LICENSE"] = Fault(
            status=302, location=f"{other.url}/org/file/resolve/main/LICENSE"
        )
        write_app(tmp_path, ["org/info", "org/file"])
        env = environment(tmp_path, hub.url)
        done = weightgate(tmp_path, env, "check", "--format", "json", "--timeout", BUDGET, "app.py")
    assert_clean_output(done)
    assert hub.auth_seen  # the token was sent to the configured endpoint ...
    assert sorted(other.requests) == ["/api/models/org/info", "/org/file/resolve/main/LICENSE"]
    assert other.auth_seen == []  # ... and never to the host it redirected to


@pytest.mark.parametrize(
    "endpoint",
    [
        "nonsense",
        "ftp://hub.example",
        "http://[bad",
        "http://127.0.0.1:99999",
        "http://a b.example",
        "http://127.0.0.1:8080 ",  # a trailing space pasted from a wiki: the library chokes on it
        " http://127.0.0.1:8080",
    ],
)
def test_an_unusable_endpoint_is_a_configuration_error(endpoint: str, tmp_path: Path) -> None:
    write_app(tmp_path, ["org/a"])
    done = weightgate(tmp_path, environment(tmp_path, endpoint), "check", "app.py")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("weightgate: error: HF_ENDPOINT=")
    assert done.stderr.count("\n") == 1, done.stderr
    assert_clean_output(done)


def test_an_unusable_endpoint_does_not_echo_credentials(tmp_path: Path) -> None:
    write_app(tmp_path, ["org/a"])
    env = environment(tmp_path, "https://user:hunter2@[broken")
    done = weightgate(tmp_path, env, "check", "app.py")
    assert done.returncode == 2
    assert "hunter2" not in done.stdout + done.stderr


def test_credentials_in_the_endpoint_never_reach_the_output(tmp_path: Path) -> None:
    with serve() as hub:
        hub.add(FakeModel("org/info", license="mit"))
        hub.add(FakeModel("org/file", license="other", files={"LICENSE": LICENSE_TEXT}))
        hub.faults["org/info"] = Fault(status=500)
        hub.faults["org/file/LICENSE"] = Fault(status=500)
        write_app(tmp_path, ["org/info", "org/file"])
        endpoint = hub.url.replace("http://", "http://mirror-user:hunter2@")
        env = environment(tmp_path, endpoint)
        done = weightgate(tmp_path, env, "check", "--timeout", BUDGET, "app.py")
    assert done.returncode == 1, done.stderr
    assert_clean_output(done)
    assert "hunter2" not in done.stdout + done.stderr
    assert f"GET {hub.url}/api/models/org/info: HTTP 500" in done.stdout
    assert f"GET {hub.url}/org/file/resolve/" in done.stdout
