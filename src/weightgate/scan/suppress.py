"""Inline suppressions: `weightgate: ignore[rule,...] reason` on the line or the line above."""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import replace

from weightgate.model import ModelRef, ScanError, Suppression

_MARK = re.compile(r"weightgate:\s*ignore\b(?P<rest>.*)")
_BODY = re.compile(r"^\[(?P<rules>[^\]]*)\](?P<reason>.*)$")


def _clean_reason(text: str) -> str:
    text = text.strip()
    if text.endswith("-->"):
        text = text[:-3]
    return text.strip(" \t-:*/")


def _in_python_comment(line: str) -> bool:
    """Whether a Python line's `weightgate:` is in a comment, not in a string literal."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(line).readline))
    except (tokenize.TokenError, SyntaxError):
        return True  # a line that does not tokenize alone (inside a multi-line string): keep it
    return any(t.type == tokenize.COMMENT and "weightgate:" in t.string for t in tokens)


def _unknown_rules(rules: tuple[str, ...]) -> str | None:
    """An error message for rule ids no finding can carry (a typo would waive nothing)."""
    import difflib

    from weightgate.report.rules import RULES

    known = (*(r.id for r in RULES), "templated", "*")
    for rule in rules:
        if rule not in known:
            close = difflib.get_close_matches(rule, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return f"inline suppression names an unknown rule {rule!r}{hint}"
    return None


_INLINE_CODE = re.compile(r"`[^`\n]*`")


def parse(text: str, path: str) -> tuple[dict[int, Suppression], list[ScanError]]:
    """Suppressions by 1-based line, and an error for each one that lacks rules or a reason."""
    found: dict[int, Suppression] = {}
    errors: list[ScanError] = []
    if "weightgate:" not in text:
        return found, errors
    markdown = path.lower().endswith((".md", ".markdown", ".mdx", ".rst"))  # read as Markdown
    for number, raw in enumerate(text.splitlines(), 1):
        # `# weightgate: ignore[...]` quoted in Markdown prose is an example, not a mark
        line = _INLINE_CODE.sub("", raw) if markdown and "`" in raw else raw
        if "weightgate:" not in line or not re.search(r"(#|//|<!--)[^\n]*weightgate:", line):
            continue
        if path.endswith(".py") and not _in_python_comment(line.strip()):
            continue
        mark = _MARK.search(line)
        if mark is None:
            continue
        body = _BODY.match(mark.group("rest").strip())
        rules = (
            tuple(r.strip() for r in body.group("rules").split(",") if r.strip()) if body else ()
        )
        reason = _clean_reason(body.group("reason")) if body else ""
        if not rules or not reason:
            errors.append(
                ScanError(
                    path,
                    "inline suppression needs rules and a reason: "
                    "`weightgate: ignore[rule-id] why this is acceptable`",
                    number,
                )
            )
            continue
        unknown = _unknown_rules(rules)
        if unknown is not None:
            errors.append(ScanError(path, unknown, number))
            continue
        found[number] = Suppression(rules, reason, number)
    return found, errors


def attach(refs: list[ModelRef], marks: dict[int, Suppression]) -> list[ModelRef]:
    """Each reference with the suppressions on its own line and the line above."""
    if not marks:
        return refs
    out = []
    for ref in refs:
        here = tuple(marks[n] for n in (ref.line - 1, ref.line) if n in marks)
        out.append(replace(ref, suppressions=here) if here else ref)
    return out


def waive_templated(errors: list[ScanError], marks: dict[int, Suppression]) -> list[ScanError]:
    """Drop templated-id errors that a reasoned `ignore[templated]` (or `ignore[*]`) covers."""
    from weightgate.scan.found import TEMPLATED

    def waived(error: ScanError) -> bool:
        if error.line is None or not error.message.startswith(TEMPLATED):
            return False
        near = (marks[n] for n in (error.line - 1, error.line) if n in marks)
        return any("templated" in s.rules or "*" in s.rules for s in near)

    return [e for e in errors if not waived(e)] if marks else errors
