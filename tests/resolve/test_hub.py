"""The Hub adapter against the fake Hub with the real huggingface_hub client."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path

import pytest

from tests.fakehub import SHA, FakeHub, FakeModel, Fault
from tests.resolve.helpers import one, run
from weightgate.cli import main

OTHER_SHA = "fedcba9876543210fedcba9876543210fedcba98"
LICENSE = "Acme Model License\n\nYou may not use this model for commercial purposes.\n"


def test_legacy_id_follows_redirect_and_records_canonical_id(hub: FakeHub) -> None:
    hub.add(FakeModel("openai-community/gpt2", license="mit"))
    hub.redirects["gpt2"] = "openai-community/gpt2"
    resolution, resolved = one("gpt2")
    assert resolution.status == "ok"
    assert resolution.id == "openai-community/gpt2"
    assert resolution.requested == "gpt2"
    assert resolution.sha == SHA
    assert resolution.license == "mit"
    assert resolved.facts[("gpt2", None)].canonical_id == "openai-community/gpt2"


def test_pinned_revision_reads_the_license_at_that_revision(hub: FakeHub) -> None:
    old = FakeModel("org/m", license="llama2", sha=OTHER_SHA)
    hub.add(FakeModel("org/m", license="mit", revisions={"v1": old}))
    pinned, _ = one("org/m", "v1")
    assert (pinned.license, pinned.sha, pinned.revision) == ("llama2", OTHER_SHA, "v1")
    by_sha, _ = one("org/m", OTHER_SHA)
    assert by_sha.license == "llama2"
    head, _ = one("org/m")
    assert (head.license, head.sha) == ("mit", SHA)
    missing, _ = one("org/m", "no-such-branch")
    assert missing.status == "not-found"
    assert "revision 'no-such-branch' not found" in missing.detail


def test_gated_license_file_without_token_is_gated(hub: FakeHub) -> None:
    hub.add(FakeModel("corp/gated", license="other", gated="manual", files={"LICENSE": LICENSE}))
    resolution, resolved = one("corp/gated")
    assert resolution.status == "gated"
    assert resolution.gated
    assert "HF_TOKEN" in resolution.detail
    assert f"/corp/gated/resolve/{SHA}/LICENSE" in resolution.detail
    assert resolved.facts[("corp/gated", None)].license_text is None


def test_gated_license_file_with_granted_token_is_read(
    hub: FakeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub.add(FakeModel("corp/gated", license="other", gated="manual", files={"LICENSE": LICENSE}))
    hub.authorized_tokens.add("hf_granted_token")
    monkeypatch.setenv("HF_TOKEN", "hf_granted_token")
    _resolution, resolved = one("corp/gated")
    facts = resolved.facts[("corp/gated", None)]
    assert facts.status == "ok"
    assert facts.gated
    assert facts.license_text == LICENSE
    assert facts.license_text_sha256 == hashlib.sha256(LICENSE.encode()).hexdigest()
    assert "Bearer hf_granted_token" in hub.auth_seen


def test_gated_with_a_known_card_license_needs_no_file(hub: FakeHub) -> None:
    hub.add(FakeModel("meta-llama/Llama-2-7b-hf", license="llama2", gated="manual"))
    resolution, _ = one("meta-llama/Llama-2-7b-hf")
    assert (resolution.status, resolution.license, resolution.gated) == ("ok", "llama2", True)
    assert hub.requests == ["/api/models/meta-llama/Llama-2-7b-hf"]


def test_private_repo_needs_a_token(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    hub.add(FakeModel("corp/private", license="apache-2.0", private=True))
    hidden, _ = one("corp/private")
    assert hidden.status == "not-found"
    assert "private" in hidden.detail
    hub.authorized_tokens.add("hf_team")
    monkeypatch.setenv("HF_TOKEN", "hf_team")
    seen, _ = one("corp/private")
    assert (seen.status, seen.license) == ("ok", "apache-2.0")


def test_not_found(hub: FakeHub) -> None:
    resolution, resolved = one("nobody/missing")
    assert resolution.status == "not-found"
    assert "GET /api/models/nobody/missing: repository not found" in resolution.detail
    assert hub.url not in resolution.detail  # as the lockfile records it: the same for any endpoint
    assert ("nobody/missing", None) in resolved.facts  # a stable answer: worth locking


def test_invalid_repo_id_is_not_found_without_a_request(hub: FakeHub) -> None:
    resolution, _ = one("not a/valid//id")
    assert resolution.status == "not-found"
    assert hub.requests == []


def test_rate_limited_then_success(hub: FakeHub) -> None:
    hub.add(FakeModel("org/busy", license="mit"))
    hub.faults["org/busy"] = Fault(status=429, times=2, retry_after="0")
    resolution, _ = one("org/busy")
    assert resolution.status == "ok"
    assert hub.requests.count("/api/models/org/busy") == 3


def test_retry_after_beyond_the_budget_gives_up_at_once(hub: FakeHub) -> None:
    hub.faults["org/busy"] = Fault(status=429, retry_after="120")
    resolution, resolved = one("org/busy", deadline=5.0)
    assert resolution.status == "unreachable"
    assert "HTTP 429" in resolution.detail
    assert "retry after 120s" in resolution.detail
    assert hub.requests.count("/api/models/org/busy") == 1
    assert ("org/busy", None) not in resolved.facts  # transient: never locked


def test_persistent_server_error_is_unreachable_after_retries(hub: FakeHub) -> None:
    hub.faults["org/flaky"] = Fault(status=503)
    resolution, _ = one("org/flaky", retries=2)
    assert resolution.status == "unreachable"
    assert resolution.detail.startswith(f"GET {hub.url}/api/models/org/flaky: HTTP 503")
    assert "after 3 attempts" in resolution.detail
    assert hub.requests.count("/api/models/org/flaky") == 3


def test_a_hanging_hub_times_out(hub: FakeHub) -> None:
    hub.faults["org/slow"] = Fault(hang=3.0)
    resolution, _ = one("org/slow", timeout=0.2, retries=0)
    assert resolution.status == "unreachable"
    assert "no answer within 0.2s" in resolution.detail


def test_the_run_wide_deadline_bounds_total_time(hub: FakeHub) -> None:
    hub.faults["org/slow"] = Fault(hang=3.0)
    resolution, _ = one("org/slow", timeout=10.0, deadline=0.3, retries=5)
    assert resolution.status == "unreachable"
    assert "0.3s" in resolution.detail


@pytest.mark.parametrize("body", [b"<html>Bad gateway</html>", b"[1, 2, 3]", b"{"])
def test_garbage_json_is_unreachable(hub: FakeHub, body: bytes) -> None:
    hub.faults["org/garbage"] = Fault(status=200, body=body)
    resolution, _ = one("org/garbage")
    assert resolution.status == "unreachable"
    assert "not valid model metadata" in resolution.detail
    assert "/api/models/org/garbage" in resolution.detail


def test_redirect_loop_is_unreachable(hub: FakeHub) -> None:
    hub.redirects["org/a"] = "org/b"
    hub.redirects["org/b"] = "org/a"
    resolution, _ = one("org/a")
    assert resolution.status == "unreachable"
    assert "redirect loop" in resolution.detail


def test_connection_refused_is_unreachable(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    resolution, _ = one("org/m", retries=1)
    assert resolution.status == "unreachable"
    assert f"http://127.0.0.1:{port}/api/models/org/m" in resolution.detail
    assert "connection failed" in resolution.detail


def test_endpoint_is_read_at_call_time(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    hub.add(FakeModel("org/m", license="mit"))
    monkeypatch.setenv("HF_ENDPOINT", hub.url + "/")
    resolution, _ = one("org/m")
    assert resolution.status == "ok"


def test_license_text_when_the_card_says_other(hub: FakeHub) -> None:
    hub.add(FakeModel("org/custom", license="other", files={"LICENSE": LICENSE}))
    resolution, resolved = one("org/custom")
    facts = resolved.facts[("org/custom", None)]
    assert facts.license_text == LICENSE
    assert facts.license_text_sha256 == hashlib.sha256(LICENSE.encode()).hexdigest()
    assert f"/org/custom/resolve/{SHA}/LICENSE" in hub.requests
    assert "license_text" not in facts.to_json()
    assert resolution.status == "unknown"  # no known license text matched (until detection)


def test_license_text_only_no_card_license(hub: FakeHub) -> None:
    hub.add(FakeModel("org/bare", files={"LICENSE.txt": LICENSE}))
    _, resolved = one("org/bare")
    assert resolved.facts[("org/bare", None)].license_text == LICENSE


def test_license_link_into_the_repo_is_followed(hub: FakeHub) -> None:
    hub.add(
        FakeModel(
            "org/linked",
            license="other",
            license_name="acme-license",
            license_link="https://huggingface.co/org/linked/blob/main/TERMS.md",
            files={"TERMS.md": LICENSE, "LICENSE": "not this one"},
        )
    )
    _, resolved = one("org/linked")
    assert resolved.facts[("org/linked", None)].license_text == LICENSE


def test_missing_license_file_is_unknown_not_an_error(hub: FakeHub) -> None:
    hub.add(FakeModel("org/nolicense", license="other"))
    resolution, _ = one("org/nolicense")
    assert resolution.status == "unknown"
    assert not any("/resolve/" in r for r in hub.requests)


def test_license_file_server_error_is_unreachable(hub: FakeHub) -> None:
    hub.add(FakeModel("org/custom", license="other", files={"LICENSE": LICENSE}))
    hub.faults["org/custom/LICENSE"] = Fault(status=500)
    resolution, _ = one("org/custom", retries=1)
    assert resolution.status == "unreachable"
    assert "/resolve/" in resolution.detail
    assert "HTTP 500" in resolution.detail


def test_ids_are_deduplicated_and_fetched_concurrently(hub: FakeHub) -> None:
    for n in range(24):
        hub.add(FakeModel(f"org/m{n}", license="mit"))
    hub.delay = 0.05
    resolved = run([(f"org/m{n}", None) for n in range(24)] * 3, jobs=8)
    assert len(resolved.by_key) == 24
    assert len(hub.requests) == 24
    assert hub.max_inflight > 1
    assert hub.max_inflight <= 8


def test_gated_unknown_license_fails_closed(
    hub: FakeHub, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A gated license file we cannot read must not pass as merely `gated` (allowed by default)."""
    hub.add(FakeModel("corp/gated", license="other", gated="manual", files={"LICENSE": LICENSE}))
    (workdir / "app.py").write_text('AutoModel.from_pretrained("corp/gated")\n')
    code = main(["check", "app.py", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1
    assert doc["models"][0]["status"] == "gated"
    assert "unknown" in {f["rule"] for f in doc["findings"]}


def test_a_trickling_answer_cannot_outlast_the_budget(hub: FakeHub) -> None:
    """Each read is quick, so no per-request timeout fires; the run-wide budget still does."""
    hub.faults["org/trickle"] = Fault(status=200, body=b'{"id": "org/trickle"}', trickle=0.1)
    resolution, resolved = one("org/trickle", timeout=5.0, deadline=0.2)
    assert resolution.status == "unreachable"
    assert "time budget" in resolution.detail
    assert ("org/trickle", None) not in resolved.facts


def test_license_text_goes_through_clause_detection(hub: FakeHub) -> None:
    """Active once resolve/licensetext.py (the clause detector) is present."""
    licensetext = pytest.importorskip("weightgate.resolve.licensetext")
    hub.add(FakeModel("org/custom", license="other", files={"LICENSE": LICENSE}))
    _, resolved = one("org/custom")
    facts = resolved.facts[("org/custom", None)]
    assert facts.detected == licensetext.detect(LICENSE).to_json()
    assert facts.to_json()["detected"] == facts.detected
