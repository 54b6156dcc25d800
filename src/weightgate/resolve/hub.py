"""The Hugging Face Hub adapter: the only module that imports `huggingface_hub` (lazily)."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from weightgate.resolve.facts import HubFacts, Key

DEFAULT_ENDPOINT = "https://huggingface.co"


@dataclass(frozen=True)
class HubOptions:
    """How to talk to the Hub. The endpoint is read from HF_ENDPOINT at call time."""

    timeout: float = 10.0
    retries: int = 3
    jobs: int = 16
    deadline: float = 45.0


def endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "").rstrip("/") or DEFAULT_ENDPOINT


def _token() -> str | bool:
    return os.environ.get("HF_TOKEN") or False


def _card_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def _facts_from_info(key: Key, info: Any) -> HubFacts:
    card = info.card_data.to_dict() if info.card_data is not None else {}
    tags = info.tags or []
    license_id = card.get("license")
    if isinstance(license_id, list):
        license_id = license_id[0] if license_id else None
    if not license_id:
        license_id = next((t.split(":", 1)[1] for t in tags if t.startswith("license:")), None)
    bases = _card_list(card.get("base_model"))
    if not bases:
        bases = tuple(
            t.split(":")[-1] for t in tags if t.startswith("base_model:") and t.count(":") >= 1
        )
    canonical = info.id if info.id and info.id != key[0] else None
    return HubFacts(
        id=key[0],
        revision=key[1],
        canonical_id=canonical,
        sha=info.sha,
        license=license_id if isinstance(license_id, str) else None,
        license_name=card.get("license_name")
        if isinstance(card.get("license_name"), str)
        else None,
        license_link=card.get("license_link")
        if isinstance(card.get("license_link"), str)
        else None,
        base_models=tuple(dict.fromkeys(bases)),
        base_model_relation=card.get("base_model_relation")
        if isinstance(card.get("base_model_relation"), str)
        else None,
        gated=bool(info.gated),
    )


def _status_code(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def fetch_one(key: Key, options: HubOptions, started: float) -> HubFacts:
    """Model info for one id; every failure is a status on the facts, never an exception."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    api = HfApi(endpoint=endpoint(), token=_token())
    model_id, revision = key
    attempt = 0
    while True:
        try:
            info = api.model_info(model_id, revision=revision, timeout=options.timeout)
            return _facts_from_info(key, info)
        except GatedRepoError:
            return HubFacts(
                model_id, revision, gated=True, status="gated", detail="gated repository"
            )
        except RevisionNotFoundError:
            return HubFacts(
                model_id, revision, status="not-found", detail=f"revision {revision!r} not found"
            )
        except RepositoryNotFoundError:
            return HubFacts(
                model_id, revision, status="not-found", detail="repository not found (or private)"
            )
        except (HfHubHTTPError, OSError, ValueError) as exc:
            code = _status_code(exc)
            detail = f"HTTP {code}" if code else f"{exc.__class__.__name__}"
            retryable = code is None or code == 429 or code >= 500
            attempt += 1
            delay = min(8.0, 0.5 * 2**attempt) * (0.5 + random.random() / 2)
            retry_after = getattr(getattr(exc, "response", None), "headers", {}).get("Retry-After")
            if retry_after and str(retry_after).isdigit():
                delay = float(retry_after)
            out_of_time = time.monotonic() + delay - started > options.deadline
            if not retryable or attempt > options.retries or out_of_time:
                return HubFacts(
                    model_id, revision, status="unreachable", detail=f"{endpoint()}: {detail}"
                )
            time.sleep(delay)


def fetch_all(keys: Sequence[Key], options: HubOptions) -> dict[Key, HubFacts]:
    """Fetch every key concurrently on a bounded pool."""
    started = time.monotonic()
    if not keys:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(options.jobs, len(keys)))) as pool:
        results = pool.map(lambda k: fetch_one(k, options, started), keys)
        return dict(zip(keys, results, strict=True))
