"""The one user-facing error type: the run cannot proceed (exit 2)."""

from __future__ import annotations


class WeightgateError(Exception):
    """Bad flags, a bad policy, a corrupt lockfile: one line for the user, exit code 2."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
