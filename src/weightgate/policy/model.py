"""The policy as data: what each term gets, the organization's scale, exceptions, clarifications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Action = Literal["deny", "warn", "allow"]
ACTIONS: tuple[Action, ...] = ("deny", "warn", "allow")


#: Rules the `licenses:` section produces; an exception may waive them like terms.
LICENSE_RULES: tuple[str, ...] = ("license-denied", "license-not-allowed")
#: Rules about the policy file itself.
POLICY_RULES: tuple[str, ...] = ("exception-expired", "exception-unused")


@dataclass(frozen=True)
class Organization:
    """Your scale: caps below it bite, caps above it do not; None means unknown (caps bite)."""

    monthly_active_users: int | None = None
    annual_revenue_usd: int | None = None
    regions: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Exception_:
    """A reasoned waiver for matching models (and optionally paths, terms, a license)."""

    model: str
    reason: str
    terms: tuple[str, ...] | None = None
    license: str | None = None
    paths: tuple[str, ...] = ()
    expires: dt.date | None = None
    origin: str = ""  # the policy file (as shown in reports), so findings point at the config
    line: int = 0


@dataclass(frozen=True)
class Clarification:
    """An asserted license, optionally pinned to the sha256 of the license text behind it."""

    model: str
    license: str
    reason: str
    origin: str = ""
    line: int = 0
    license_sha256: str | None = None


@dataclass(frozen=True)
class Policy:
    terms: Mapping[str, Action] = field(default_factory=dict)
    licenses_allow: tuple[str, ...] | None = None
    licenses_deny: tuple[str, ...] = ()
    organization: Organization = Organization()
    lineage: bool = True
    exceptions: tuple[Exception_, ...] = ()
    clarify: tuple[Clarification, ...] = ()
    ignore_paths: tuple[str, ...] = ()
    source: str = "builtin:default"
    #: Every document merged into this policy, parents first.
    sources: tuple[str, ...] = ()
