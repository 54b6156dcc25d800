"""`extends`: presets, relative paths, lists, cycles, and hash-pinned URLs served from 127.0.0.1."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.policy.helpers import policy
from weightgate.errors import WeightgateError
from weightgate.policy.load import load_policy
from weightgate.policy.remote import RemoteError, split_pinned

ORG = b"extends: builtin:commercial\norganization: {monthly-active-users: 5000000}\n"


class Server:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        self.url = ""

    def pinned(self, path: str, body: bytes, digest: str | None = None) -> str:
        self.files[path] = body
        return f"{self.url}{path}#sha256={digest or hashlib.sha256(body).hexdigest()}"


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

        def do_GET(self) -> None:
            state.requests.append(self.path)
            body = state.files.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_no_file_means_builtin_default(tmp_path: Path) -> None:
    pol = load_policy(None, tmp_path)
    assert pol.sources == ("builtin:default",)
    assert pol.terms["user-cap"] == "deny"


def test_implicit_default_and_child_overrides(tmp_path: Path) -> None:
    pol = policy(tmp_path, "terms: {output-restriction: warn}\n")
    assert pol.sources == ("builtin:default", ".weightgate.yaml")
    assert pol.terms["output-restriction"] == "warn"
    assert pol.terms["user-cap"] == "deny"


def test_empty_extends_starts_from_nothing(tmp_path: Path) -> None:
    pol = policy(tmp_path, "extends: []\nterms: {gated: deny}\n")
    assert dict(pol.terms) == {"gated": "deny"}


def test_list_later_parents_override_earlier(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "extends: []\nterms: {copyleft: deny}\norganization: {regions: [US]}\n"
        "licenses: {allow: [mit], deny: [llama2]}\nignore-paths: ['a/**']\n"
    )
    (tmp_path / "b.yaml").write_text(
        "extends: []\nterms: {copyleft: warn}\norganization: {monthly-active-users: 9}\n"
        "licenses: {deny: [cc-by-nc-4.0]}\nignore-paths: ['b/**']\nlineage: false\n"
    )
    pol = policy(tmp_path, "extends: [a.yaml, b.yaml]\nlicenses: {allow: [apache-2.0]}\n")
    assert pol.terms == {"copyleft": "warn"}
    assert pol.organization.regions == ("US",)
    assert pol.organization.monthly_active_users == 9
    assert pol.licenses_allow == ("apache-2.0",)  # replaced as a whole
    assert pol.licenses_deny == ("llama2", "cc-by-nc-4.0")  # accumulated
    assert pol.ignore_paths == ("a/**", "b/**")
    assert pol.lineage is False


def test_relative_paths_resolve_from_the_extending_file(tmp_path: Path) -> None:
    (tmp_path / "org" / "shared").mkdir(parents=True)
    (tmp_path / "org" / "base.yaml").write_text(
        "extends: shared/root.yaml\nterms: {naming: warn}\n"
    )
    (tmp_path / "org" / "shared" / "root.yaml").write_text("extends: builtin:research\n")
    pol = policy(tmp_path, "extends: org/base.yaml\n")
    assert pol.sources == (
        "builtin:research",
        "org/shared/root.yaml",
        "org/base.yaml",
        ".weightgate.yaml",
    )
    assert pol.terms["naming"] == "warn"
    assert pol.terms["user-cap"] == "warn"


def test_pyproject_policy_can_extend(tmp_path: Path) -> None:
    (tmp_path / "org.yaml").write_text("extends: builtin:permissive\n")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.weightgate]\nextends = "org.yaml"\n'
        '[tool.weightgate.organization]\nregions = ["eu"]\n'
    )
    pol = load_policy(None, tmp_path)
    assert pol.sources == ("builtin:permissive", "org.yaml", "pyproject.toml")
    assert pol.organization.regions == ("EU",)
    assert pol.licenses_allow == ("category:permissive", "category:public-domain")


def test_cycle_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("lineage: true\nextends: [builtin:default, a.yaml]\n")
    with pytest.raises(WeightgateError) as caught:
        policy(tmp_path, "extends: a.yaml\n")
    assert str(caught.value) == "b.yaml:2: extends[1]: cycle: a.yaml -> b.yaml -> a.yaml"
    with pytest.raises(WeightgateError) as caught:
        policy(tmp_path, "extends: .weightgate.yaml\n")
    assert str(caught.value) == (
        ".weightgate.yaml:1: extends: cycle: .weightgate.yaml -> .weightgate.yaml"
    )


def test_pinned_url_is_fetched_once_and_cached(
    tmp_path: Path, server: Server, policy_cache: Path
) -> None:
    url = server.pinned("/org/policy.yaml", ORG)
    pol = policy(tmp_path, f"extends: '{url}'\n")
    assert pol.sources == (
        "builtin:commercial",
        f"{server.url}/org/policy.yaml",
        ".weightgate.yaml",
    )
    assert pol.organization.monthly_active_users == 5_000_000
    assert server.requests == ["/org/policy.yaml"]
    assert (policy_cache / f"{hashlib.sha256(ORG).hexdigest()}.yaml").read_bytes() == ORG
    server.files.clear()  # offline from now on: the cache answers
    assert policy(tmp_path, f"extends: '{url}'\n") == pol
    assert server.requests == ["/org/policy.yaml"]


def test_hash_mismatch_is_a_config_error(tmp_path: Path, server: Server) -> None:
    url = server.pinned("/p.yaml", ORG, digest="0" * 64)
    with pytest.raises(WeightgateError) as caught:
        policy(tmp_path, f"lineage: true\nextends: ['{url}']\n")
    actual = hashlib.sha256(ORG).hexdigest()
    assert str(caught.value) == (
        f".weightgate.yaml:2: extends[0]: sha256 of {server.url}/p.yaml is {actual}, "
        f"but the pin says {'0' * 64}"
    )


def test_unreachable_url_without_cache(tmp_path: Path, server: Server) -> None:
    url = f"{server.url}/missing.yaml#sha256={'a' * 64}"
    with pytest.raises(WeightgateError) as caught:
        policy(tmp_path, f"extends: '{url}'\n")
    assert str(caught.value) == (
        f".weightgate.yaml:1: extends: cannot fetch {server.url}/missing.yaml: "
        "Not Found (and no cached copy)"
    )


def test_errors_inside_a_fetched_policy_name_the_url(tmp_path: Path, server: Server) -> None:
    url = server.pinned("/bad.yaml", b"terms:\n  user-cap: nope\n")
    with pytest.raises(WeightgateError) as caught:
        policy(tmp_path, f"extends: '{url}'\n")
    assert str(caught.value).startswith(f"{server.url}/bad.yaml:2: terms.user-cap: expected")


def test_fetched_policy_cannot_extend_relative_paths(tmp_path: Path, server: Server) -> None:
    url = server.pinned("/rel.yaml", b"extends: local.yaml\n")
    with pytest.raises(WeightgateError) as caught:
        policy(tmp_path, f"extends: '{url}'\n")
    assert str(caught.value) == (
        f"{server.url}/rel.yaml:1: extends: 'local.yaml': a builtin or downloaded policy can only "
        "extend builtin: or URLs"
    )


def test_fetched_policy_may_extend_another_pinned_url(tmp_path: Path, server: Server) -> None:
    inner = server.pinned("/inner.yaml", b"extends: []\nterms: {naming: deny}\n")
    outer = server.pinned("/outer.yaml", f"extends: '{inner}'\n".encode())
    pol = policy(tmp_path, f"extends: '{outer}'\nterms: {{gated: warn}}\n")
    assert dict(pol.terms) == {"naming": "deny", "gated": "warn"}


def test_url_rules() -> None:
    pin = "#sha256=" + "A" * 64
    assert split_pinned("https://example.com/p.yaml" + pin) == (
        "https://example.com/p.yaml",
        "a" * 64,
    )
    assert split_pinned("http://localhost:8080/p.yaml" + pin)[0] == "http://localhost:8080/p.yaml"
    assert split_pinned("http://[::1]/p.yaml" + pin)[0] == "http://[::1]/p.yaml"
    for bad in ("http://10.0.0.1/p.yaml" + pin, "https://example.com/p.yaml#sha256=abc"):
        with pytest.raises(RemoteError):
            split_pinned(bad)


def test_corrupt_cache_is_fetched_again(tmp_path: Path, server: Server, policy_cache: Path) -> None:
    url = server.pinned("/org.yaml", ORG)
    policy_cache.mkdir(parents=True)
    (policy_cache / f"{hashlib.sha256(ORG).hexdigest()}.yaml").write_bytes(b"tampered")
    pol = policy(tmp_path, f"extends: '{url}'\n")
    assert pol.organization.monthly_active_users == 5_000_000
    assert server.requests == ["/org.yaml"]
