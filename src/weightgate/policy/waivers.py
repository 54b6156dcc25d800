"""Inline suppressions and policy exceptions: which findings they waive, and which went stale."""

from __future__ import annotations

import datetime as dt

from weightgate.model import Finding, ModelRef
from weightgate.policy.globs import match_model, match_path
from weightgate.policy.messages import exception_message
from weightgate.policy.model import Exception_


class Waivers:
    """Applies exceptions in order and remembers which were used, for the stale-config findings."""

    def __init__(self, exceptions: tuple[Exception_, ...], today: dt.date) -> None:
        self.exceptions = exceptions
        self.today = today
        self.used: set[int] = set()
        self.lapsed: dict[int, str | None] = {}  # matched but for `license:` -> license seen

    def expired(self, exc: Exception_) -> bool:
        return exc.expires is not None and exc.expires < self.today

    def _match(self, index: int, exc: Exception_, finding: Finding, ref: ModelRef) -> bool:
        source = finding.via[-1] if finding.via else ref.id
        if not (match_model(ref.id, exc.model) or match_model(source, exc.model)):
            return False
        if exc.terms is not None and finding.rule not in exc.terms:
            return False
        if exc.paths and not any(match_path(ref.path, p) for p in exc.paths):
            return False
        if exc.license is not None and finding.license != exc.license:
            self.lapsed.setdefault(index, finding.license)
            return False
        return True

    def waive(self, finding: Finding, ref: ModelRef) -> str | None:
        """The reason a finding is waived (inline comment first, then exceptions), or None."""
        for suppression in ref.suppressions:
            rules = suppression.rules
            if suppression.reason.strip() and (finding.rule in rules or "*" in rules):
                return f"inline: {suppression.reason.strip()}"
        reason = None
        for index, exc in enumerate(self.exceptions):
            if self.expired(exc) or not self._match(index, exc, finding, ref):
                continue
            self.used.add(index)
            reason = reason or f"exception: {exc.reason}"
        return reason

    def findings(self, *, full_run: bool) -> list[Finding]:
        """`exception-expired` always; `exception-unused` only when every file was scanned."""
        out = []
        for index, exc in enumerate(self.exceptions):
            if self.expired(exc):
                rule = "exception-expired"
            elif full_run and index not in self.used:
                rule = "exception-unused"
            else:
                continue
            message, help_text = exception_message(
                rule, exc, index in self.lapsed, self.lapsed.get(index)
            )
            out.append(
                Finding(
                    rule=rule,
                    severity="warning",
                    model=exc.model,
                    license=exc.license,
                    path=exc.origin,
                    line=exc.line,
                    column=1,
                    message=message,
                    help=help_text,
                )
            )
        return out
