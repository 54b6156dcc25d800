"""The Hugging Face Hub adapter: the only module that imports `huggingface_hub` (lazily).

Every failure becomes a status on the facts with a detail naming the request and why; nothing
here raises to the caller. One `HfApi` (and the library's one shared HTTP session) serves all
threads of a run, and the whole run shares one time budget.
"""

from __future__ import annotations

import email.utils
import hashlib
import os
import random
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urlsplit

from weightgate import __version__
from weightgate.errors import WeightgateError
from weightgate.model import Status
from weightgate.resolve.card import check_answer, facts_from_card, license_files
from weightgate.resolve.facts import HubFacts, Key

DEFAULT_ENDPOINT = "https://huggingface.co"
MAX_LICENSE_BYTES = 512 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class HubOptions:
    """How to talk to the Hub. The endpoint is read from HF_ENDPOINT at call time."""

    timeout: float = 10.0  # one request
    retries: int = 3  # on 429, 5xx, timeouts and connection errors
    backoff: float = 0.5  # first retry delay in seconds; doubles per attempt (with jitter)
    max_backoff: float = 8.0
    deadline: float = 30.0  # the Hub time budget of the whole run


@dataclass(frozen=True)
class Fetched:
    """Model facts plus the repository files worth reading for the license text."""

    facts: HubFacts
    license_files: tuple[str, ...] = ()


class _Failure(Exception):
    def __init__(self, detail: str, status: Status = "unreachable") -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status


def endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "").strip().rstrip("/") or DEFAULT_ENDPOINT


def check_endpoint(url: str) -> None:
    """A WeightgateError (exit 2) unless `url` is an http(s) URL the client can use."""
    try:
        split = urlsplit(url)
        usable = split.scheme in ("http", "https") and bool(split.hostname)
        usable = usable and not any(c.isspace() for c in url)
        reason = "" if usable else "not an http(s) URL"
        split.port  # noqa: B018 - parses the port: ValueError when out of range
    except ValueError as exc:
        reason = str(exc)
    if reason:
        shown = url.rsplit("@", maxsplit=1)[-1] if "@" in url else url  # never echo credentials
        raise WeightgateError(f"HF_ENDPOINT={shown!r} is not usable: {reason}")


def redact(url: str) -> str:
    """`url` without the `user:password@` an endpoint may carry (messages never show it)."""
    split = urlsplit(url)
    if "@" not in split.netloc:
        return url
    return split._replace(netloc=split.netloc.rsplit("@", 1)[1]).geturl()


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or HTTP date), if any."""
    value = (headers or {}).get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class HubClient:
    """Model metadata and license files, with timeouts, retries and a run-wide deadline."""

    def __init__(self, options: HubOptions, in_flight: dict[Key, str] | None = None) -> None:
        # before the library parses it (and fails) at import; as it will read it: unstripped
        check_endpoint(os.environ.get("HF_ENDPOINT", "").rstrip("/") or DEFAULT_ENDPOINT)
        # The library's telemetry adds a request of its own (to the endpoint it saw at import,
        # not ours) before the first call; a license check sends nothing it does not need.
        # HF_HUB_DISABLE_TELEMETRY=0 in the environment keeps it on.
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        from huggingface_hub import HfApi, get_session

        self.options = options
        #: key -> the request being made for it (read when a run abandons the key at its deadline)
        self.in_flight = in_flight if in_flight is not None else {}
        self.endpoint = endpoint()
        self._token = os.environ.get("HF_TOKEN", "").strip() or None
        self._api = HfApi(
            endpoint=self.endpoint,
            token=self._token or False,
            library_name="weightgate",
            library_version=__version__,
        )
        # httpx (huggingface_hub 1.x) or httpx2 (2.x): whichever backs the shared session.
        self._http: Any = sys.modules[type(get_session()).__module__.split(".")[0]]
        self._ends = time.monotonic() + options.deadline

    def _time_left(self, label: str) -> float:
        left = self._ends - time.monotonic()
        if left <= 0:
            raise _Failure(
                f"{label}: not attempted: the {self.options.deadline:g}s Hub time budget ran out "
                "(raise it with --timeout or WEIGHTGATE_HUB_TIMEOUT)"
            )
        return min(self.options.timeout, left)

    def _call(self, label: str, call: Callable[[float], T]) -> T:
        """Run one request with retries; Hub 'not found'-style errors pass through."""
        from huggingface_hub.errors import (
            EntryNotFoundError,
            HfHubHTTPError,
            HFValidationError,
            RepositoryNotFoundError,
            RevisionNotFoundError,
        )

        for attempt in range(1, self.options.retries + 2):
            timeout = self._time_left(label)
            wait = None
            try:
                return call(timeout)
            except (
                RepositoryNotFoundError,
                RevisionNotFoundError,
                EntryNotFoundError,
                HFValidationError,
            ):
                raise
            except HfHubHTTPError as exc:
                response = exc.response
                code = getattr(response, "status_code", None)
                if code is None or (code < 500 and code not in (408, 429)):
                    hint = " (check HF_TOKEN)" if code == 401 else ""
                    raise _Failure(f"{label}: HTTP {code}{hint}") from None
                why = f"HTTP {code}"
                wait = retry_after(getattr(response, "headers", None))
            except self._http.TooManyRedirects:
                raise _Failure(f"{label}: redirect loop") from None
            except self._http.TimeoutException:
                why = f"no answer within {timeout:.3g}s"
            except self._http.TransportError as exc:
                why = f"connection failed ({exc.__class__.__name__}: {exc})"
            except self._http.HTTPError as exc:  # e.g. a body that does not decode
                raise _Failure(
                    f"{label}: unreadable answer ({exc.__class__.__name__}: {exc})"
                ) from None
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise _Failure(
                    f"{label}: the Hub's answer is not valid model metadata "
                    f"({exc.__class__.__name__}: {_one_line(exc)})"
                ) from None
            self._pause(label, why, attempt, wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _pause(self, label: str, why: str, attempt: int, wait: float | None) -> None:
        """Sleep before the next attempt, or give up with the reason."""
        if attempt > self.options.retries:
            raise _Failure(f"{label}: {why} (gave up after {attempt} attempts)")
        if wait is None:
            wait = min(self.options.max_backoff, self.options.backoff * 2 ** (attempt - 1))
            wait *= 0.5 + random.random() / 2
        elif time.monotonic() + wait >= self._ends:
            raise _Failure(
                f"{label}: {why}; the Hub asked to retry after {wait:g}s, beyond the "
                f"{self.options.deadline:g}s time budget"
            )
        if time.monotonic() + wait >= self._ends:
            raise _Failure(f"{label}: {why}; no time left in the {self.options.deadline:g}s budget")
        time.sleep(wait)

    def model(self, key: Key) -> Fetched:
        """`model_info` for one (id, revision): facts, or a status saying why there are none."""
        from huggingface_hub.errors import (
            GatedRepoError,
            HFValidationError,
            RepositoryNotFoundError,
            RevisionNotFoundError,
        )

        model_id, revision = key
        label = f"GET {redact(self.endpoint)}/api/models/{model_id}"
        label += f"/revision/{revision}" if revision else ""
        self.in_flight[key] = label
        try:
            info = self._call(
                label, lambda t: self._api.model_info(model_id, revision=revision, timeout=t)
            )
        except GatedRepoError:
            return _failed(
                key, "gated", f"{label}: gated repository (request access, set HF_TOKEN)"
            )
        except RevisionNotFoundError:
            return _failed(key, "not-found", f"{label}: revision {revision!r} not found")
        except RepositoryNotFoundError:
            detail = "repository not found (or private: " + (
                "HF_TOKEN has no access)" if self._token else "set HF_TOKEN to a token with access)"
            )
            return _failed(key, "not-found", f"{label}: {detail}")
        except HFValidationError:
            return _failed(key, "not-found", f"{model_id!r} is not a valid Hub repository id")
        except _Failure as failure:
            return _failed(key, failure.status, failure.detail)
        try:
            return _read_answer(key, info)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            detail = f"{label}: the Hub's answer is not valid model metadata ({_one_line(exc)})"
            return _failed(key, "unreachable", detail)

    def license_text(self, fetched: Fetched) -> HubFacts:
        """Read the first license file that exists at the resolved commit."""
        from huggingface_hub import hf_hub_url
        from huggingface_hub.errors import (
            EntryNotFoundError,
            GatedRepoError,
            RepositoryNotFoundError,
            RevisionNotFoundError,
        )

        facts = fetched.facts
        repo = facts.canonical_id or facts.id
        for name in fetched.license_files:
            revision = facts.sha or facts.revision or "main"
            url = hf_hub_url(repo, name, revision=revision, endpoint=self.endpoint)
            label = f"GET {redact(url)}"
            self.in_flight[facts.key] = label
            try:
                text = self._call(label, partial(self._get_text, url))
            except GatedRepoError:
                detail = f"{label}: gated; the license file needs a token with granted access"
                return replace(facts, gated=True, status="gated", detail=detail + " (HF_TOKEN)")
            except EntryNotFoundError:
                continue
            except (RepositoryNotFoundError, RevisionNotFoundError):
                return replace(facts, status="unreachable", detail=f"{label}: not found")
            except _Failure as failure:
                return replace(facts, status=failure.status, detail=failure.detail)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            return replace(facts, license_text=text, license_text_sha256=digest)
        return facts

    def _get_text(self, url: str, timeout: float) -> str:
        from huggingface_hub import get_session, hf_raise_for_status

        headers = {"User-Agent": f"weightgate/{__version__}"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        body = bytearray()
        with get_session().stream("GET", url, headers=headers, timeout=timeout) as response:
            if response.status_code >= 400:
                response.read()  # the error body and headers, for the error's message
            hf_raise_for_status(response)
            for chunk in response.iter_bytes():  # a huge file is read only up to the cap
                body += chunk
                if len(body) >= MAX_LICENSE_BYTES:
                    break
        return bytes(body[:MAX_LICENSE_BYTES]).decode("utf-8", errors="replace")


def _read_answer(key: Key, info: Any) -> Fetched:
    """Facts and license files from a `ModelInfo`; ValueError when its shape is wrong."""
    siblings: list[Any] | None = None
    if info.siblings is not None:
        siblings = [getattr(s, "rfilename", None) for s in info.siblings]
    check_answer(info.id, info.sha, info.tags, siblings)  # all strings from here on
    card = info.card_data.to_dict() if info.card_data is not None else {}
    if not isinstance(card, dict):
        raise ValueError("'cardData' is not an object")
    facts = facts_from_card(
        key, card, info.tags or [], canonical=info.id, sha=info.sha, gated=info.gated
    )
    return Fetched(facts, license_files(facts.license_link, siblings, (info.id, key[0])))


def _one_line(exc: BaseException, limit: int = 160) -> str:
    """An exception's text on one line, cut short (it may quote what the server sent)."""
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _failed(key: Key, status: Status, detail: str) -> Fetched:
    return Fetched(HubFacts(key[0], key[1], gated=status == "gated", status=status, detail=detail))
