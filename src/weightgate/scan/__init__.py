"""Discovery: every model reference in a set of files, and every file that could not be read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from weightgate.model import ModelRef, ScanError, ScanResult
from weightgate.scan.files import discover, relpath
from weightgate.scan.python import scan_python
from weightgate.scan.structured import scan_yaml

Scanner = Callable[[str, str], list[ModelRef]]

#: File suffix -> scanner. A new file family is one module plus one line here.
SCANNERS: dict[str, Scanner] = {
    ".py": scan_python,
    ".yaml": scan_yaml,
    ".yml": scan_yaml,
    ".json": scan_yaml,
}
MAX_FILE_BYTES = 10_000_000


def scanner_for(path: Path) -> Scanner | None:
    return SCANNERS.get(path.suffix.lower())


def scan_file(path: Path, rel: str) -> tuple[list[ModelRef], ScanError | None]:
    """Scan one file; any failure becomes a ScanError naming the file, never an exception."""
    scanner = scanner_for(path)
    if scanner is None:
        return [], None
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return [], ScanError(rel, f"skipped: larger than {MAX_FILE_BYTES} bytes")
        text = path.read_bytes().decode("utf-8")
        return scanner(rel, text), None
    except UnicodeDecodeError as exc:
        return [], ScanError(rel, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
    except SyntaxError as exc:
        return [], ScanError(rel, f"Python syntax error: {exc.msg}", exc.lineno)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        return [], ScanError(rel, f"malformed YAML/JSON: {exc.problem}", line)
    except (OSError, ValueError, RecursionError, yaml.YAMLError) as exc:
        return [], ScanError(rel, f"could not scan: {exc.__class__.__name__}: {exc}")


def scan_paths(paths: Sequence[str], cwd: Path, ignore: Sequence[str] = ()) -> ScanResult:
    """Scan the given files and directories (default: the current directory)."""
    refs: list[ModelRef] = []
    errors: list[ScanError] = []
    files = discover(paths, cwd, ignore)
    for path in files:
        rel = relpath(path, cwd)
        if not path.exists():
            errors.append(ScanError(rel, "no such file"))
            continue
        found, error = scan_file(path, rel)
        refs.extend(found)
        if error is not None:
            errors.append(error)
    refs.sort(key=lambda r: (r.path, r.line, r.column, r.id))
    return ScanResult(tuple(refs), tuple(errors), len(files))
