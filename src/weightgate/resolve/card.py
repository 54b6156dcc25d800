"""Pure reading of Hub model metadata: license fields, base models, which license file to read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

from weightgate.resolve.facts import HubFacts, Key

#: `base_model_relation` values the Hub knows; they also appear inside `base_model:` tags.
RELATIONS = ("finetune", "adapter", "quantized", "merge")
#: License files the Hub docs ask for when a card says `license: other`, in preference order.
LICENSE_FILES = ("LICENSE", "LICENSE.md", "LICENSE.txt")

_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.\-]*(/[\w.\-]+)?$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_HUB_HOSTS = ("huggingface.co", "hf.co", "www.huggingface.co")


def _text(value: Any) -> str | None:
    """A non-empty string, or None (cards carry lists, numbers and nulls in odd places)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def normalize_base(value: str) -> str | None:
    """A repo id from a `base_model` entry: URL prefixes stripped; None when not an id."""
    value = value.strip()
    split = urlsplit(value)
    if split.scheme in ("http", "https") and split.netloc in _HUB_HOSTS:
        value = "/".join(split.path.strip("/").split("/")[:2])
    value = value.removeprefix("hf://").removeprefix("hf-hub:")
    return value if _REPO_ID.match(value) else None


def base_models(card_value: Any, tags: Iterable[str]) -> tuple[tuple[str, ...], str | None]:
    """Direct parents from the card's `base_model` (string or list) and `base_model:` tags.

    Tags look like `base_model:org/name` or `base_model:finetune:org/name`; the relation found in a
    tag is returned when the card has none.
    """
    found: list[str] = []
    raw = card_value if isinstance(card_value, list) else [card_value]
    found.extend(b for b in (normalize_base(v) for v in raw if isinstance(v, str)) if b)
    relation = None
    for tag in tags:
        if not tag.startswith("base_model:"):
            continue
        rest = tag[len("base_model:") :]
        head, sep, tail = rest.partition(":")
        if sep and head in RELATIONS:
            relation = relation or head
            rest = tail
        base = normalize_base(rest)
        if base:
            found.append(base)
    return tuple(dict.fromkeys(found)), relation


def license_fields(card: Mapping[str, Any], tags: Iterable[str]) -> tuple[str | None, ...]:
    """(license, license_name, license_link): the card first, then `license:` tags."""
    license_id = _text(card.get("license"))
    if license_id is None:
        license_id = next((t[len("license:") :] for t in tags if t.startswith("license:")), None)
    return license_id, _text(card.get("license_name")), _text(card.get("license_link"))


def check_answer(canonical: Any, sha: Any, tags: Any, siblings: Any) -> None:
    """ValueError naming the field when a `model_info` answer has the wrong shape.

    Whatever passes ends up in the lockfile and in request URLs, so it must be what the Hub
    really sends: a repo id, a 40-hex commit, lists of strings.
    """
    if not isinstance(canonical, str) or not _REPO_ID.match(canonical):
        raise ValueError(f"'id' is not a repository id ({type(canonical).__name__})")
    if sha is not None and not (isinstance(sha, str) and _COMMIT.match(sha)):
        raise ValueError(f"'sha' is not a commit hash ({type(sha).__name__})")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        raise ValueError("'tags' is not a list of strings")
    if siblings is not None and not (
        isinstance(siblings, list) and all(isinstance(s, str) for s in siblings)
    ):
        raise ValueError("'siblings' file names are not strings")


def facts_from_card(
    key: Key,
    card: Mapping[str, Any],
    tags: Sequence[str],
    *,
    canonical: str | None = None,
    sha: str | None = None,
    gated: Any = False,
) -> HubFacts:
    """HubFacts from what `model_info` returned (already parsed; no I/O)."""
    license_id, name, link = license_fields(card, tags)
    bases, tag_relation = base_models(card.get("base_model"), tags)
    return HubFacts(
        id=key[0],
        revision=key[1],
        canonical_id=canonical if canonical and canonical != key[0] else None,
        sha=sha,
        license=license_id,
        license_name=name,
        license_link=link,
        base_models=bases,
        base_model_relation=_text(card.get("base_model_relation")) or tag_relation,
        gated=bool(gated),
    )


def _link_in_repo(link: str, repo_ids: Sequence[str]) -> str | None:
    """The file a `license_link` names when it points into the repository itself."""
    split = urlsplit(link)
    if not split.scheme and not split.netloc:
        path = link.strip().lstrip("./")
        return path or None
    if split.scheme not in ("http", "https") or split.netloc not in _HUB_HOSTS:
        return None
    path = unquote(split.path).strip("/")
    for repo in repo_ids:
        for verb in ("blob", "resolve", "raw"):
            prefix = f"{repo}/{verb}/"
            if path.lower().startswith(prefix.lower()):
                _rev, _, file = path[len(prefix) :].partition("/")
                return file or None
    return None


def license_files(
    link: str | None, siblings: Sequence[str] | None, repo_ids: Sequence[str]
) -> tuple[str, ...]:
    """Files to try for the license text: the in-repo `license_link`, then LICENSE{,.md,.txt}."""
    wanted: list[str] = []
    linked = _link_in_repo(link, repo_ids) if link else None
    if linked and (siblings is None or linked in siblings):
        wanted.append(linked)
    if siblings is None:
        wanted.extend(LICENSE_FILES)
    else:
        by_lower = {s.lower(): s for s in siblings if "/" not in s}
        wanted.extend(by_lower[f.lower()] for f in LICENSE_FILES if f.lower() in by_lower)
    return tuple(dict.fromkeys(wanted))
