"""Defaults of the runtime: timeouts, retries, and what counts as a secret."""

from __future__ import annotations

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "REQUEST_ID_HEADERS",
    "SENSITIVE_HEADERS",
    "SENSITIVE_QUERY_PARAMS",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""5 s to connect, 60 s for each read, write and pool wait (httpx applies timeouts per operation)."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, only for failures that provably created nothing."""

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
"""Backoff is ``min(INITIAL_RETRY_DELAY * 2**n, MAX_RETRY_DELAY)``, scaled by a jitter in [0.75, 1]."""

MAX_RETRY_AFTER = 60.0
"""The longest ``Retry-After`` we wait for; a longer one is not retried (``RateLimitError``)."""

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie"})
SENSITIVE_QUERY_PARAMS = frozenset({"api_key", "apikey", "key", "token", "access_token"})
