"""Helpers of the comparisons with the vendors' official SDKs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx


def holds(value: Any, secret: str, depth: int = 0) -> bool:
    """Whether ``secret`` is reachable from ``value`` through attributes, mappings and sequences."""
    if depth > 6:
        return False
    if isinstance(value, str | bytes):
        return secret in (value if isinstance(value, str) else value.decode("latin-1"))
    if isinstance(value, httpx.Headers | Mapping):
        return any(holds(k, secret, depth + 1) or holds(v, secret, depth + 1) for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return any(holds(v, secret, depth + 1) for v in value)
    if isinstance(value, httpx.Request):
        return holds(value.headers, secret, depth + 1) or holds(str(value.url), secret, depth + 1)
    if isinstance(value, BaseException) or hasattr(value, "__dict__"):
        return holds(vars(value), secret, depth + 1) or holds(str(value), secret, depth + 1)
    return False
