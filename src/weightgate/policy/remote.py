"""`extends: https://...#sha256=HEX`: fetched once, verified against the pin, cached for offline."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import urllib.parse
from pathlib import Path

MAX_BYTES = 1 << 20
TIMEOUT = 10.0
_PIN = re.compile(r"^sha256=([0-9a-fA-F]{64})$")


class RemoteError(Exception):
    """Why a pinned policy URL cannot be used (the caller adds file, line and key)."""


def cache_dir() -> Path:
    """`$WEIGHTGATE_CACHE_DIR/policies`, else `$XDG_CACHE_HOME/weightgate/policies`."""
    root = os.environ.get("WEIGHTGATE_CACHE_DIR")
    if not root:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
        root = os.path.join(xdg, "weightgate")
    return Path(root) / "policies"


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def split_pinned(url: str) -> tuple[str, str]:
    """(URL without fragment, pinned sha256); a missing pin or plain http is an error."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "http" and not _loopback(host):
        raise RemoteError("policy URLs must use https (http only for 127.0.0.1 / localhost)")
    if parts.scheme not in ("http", "https") or not host:
        raise RemoteError(f"not a policy URL: {url!r}")
    pin = _PIN.match(parts.fragment)
    if not pin:
        raise RemoteError("a policy URL must be pinned: append #sha256=<64 hex digits>")
    return urllib.parse.urlunsplit(parts._replace(fragment="")), pin.group(1).lower()


def _cached(path: Path, sha: str) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data.decode("utf-8") if hashlib.sha256(data).hexdigest() == sha else None


def _store(path: Path, data: bytes) -> None:
    """Atomic write: concurrent runs never read half a file. A cache failure is not fatal."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


def fetch_pinned(url: str, timeout: float = TIMEOUT) -> str:
    """The policy text at a pinned URL: from the cache, else downloaded and verified."""
    bare, sha = split_pinned(url)
    path = cache_dir() / f"{sha}.yaml"
    cached = _cached(path, sha)
    if cached is not None:
        return cached
    import urllib.error  # lazily: a hook run answered by the cache never pays for http/ssl
    import urllib.request

    try:
        with urllib.request.urlopen(bare, timeout=timeout) as response:
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise RemoteError(f"cannot fetch {bare}: {exc.reason} (and no cached copy)") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise RemoteError(f"cannot fetch {bare}: {reason} (and no cached copy)") from exc
    if len(data) > MAX_BYTES:
        raise RemoteError(f"{bare} is larger than {MAX_BYTES} bytes")
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha:
        raise RemoteError(f"sha256 of {bare} is {actual}, but the pin says {sha}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RemoteError(f"{bare} is not UTF-8 text") from exc
    _store(path, data)
    return text
