"""When a request may be retried, and after how long.

Two classes of operation (``_operations``):

* **create** (create, clone): not idempotent: if the vendor processed the first attempt, a second
  one makes a duplicate. Retried only when the request provably was not processed: the connection
  could not be made (``httpx.ConnectError``, ``httpx.ConnectTimeout``) or no pooled connection became
  free (``httpx.PoolTimeout``), so not one byte was sent; or the vendor answered ``429 Too Many
  Requests``, refusing it unprocessed. Anything after the request may have left (a read or write
  timeout, a broken connection, a 5xx) is not retried: the error says the assistant may exist.
* **idempotent** (get, list, update, delete): repeating it is harmless, so it is also retried after
  timeouts and broken connections and on ``408``, ``429`` and ``5xx`` answers.

The wait before retry ``n`` (0-based) is what the vendor asks for in ``retry-after-ms`` or
``Retry-After`` (seconds or an HTTP date) up to ``max_retry_after``; a longer wait is not retried at
all. Without such a header it is ``min(initial_delay * 2**n, max_delay)`` times a jitter in
[0.75, 1], so it never exceeds ``max_delay`` and concurrent clients spread out.
"""

from __future__ import annotations

import datetime
import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import httpx

from .._constants import DEFAULT_MAX_RETRIES, INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = ["NOT_SENT_ERRORS", "RETRIED_STATUSES", "Decision", "RetryPolicy", "parse_retry_after"]

NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
"""Transport errors raised before any byte of the request was sent."""

RETRIED_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Answers an idempotent operation is retried on (a create only on 429)."""

RetryClass = Literal["create", "idempotent"]


@dataclass(frozen=True)
class Decision:
    """Whether to retry, after how many seconds, and why (for the log and the error message)."""

    retry: bool
    delay: float
    reason: str


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how patiently a request is retried."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    jitter: Callable[[], float] = random.random
    """Returns a float in [0, 1); tests pin it."""

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def backoff(self, retries_done: int) -> float:
        """Seconds to wait before retry number ``retries_done`` (0-based): capped, with jitter."""
        base = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return base * (1.0 - 0.25 * self.jitter())

    def on_error(self, exc: httpx.RequestError, retries_done: int, kind: RetryClass = "create") -> Decision:
        """Decide after an exception from the transport."""
        name = type(exc).__name__
        if kind == "create" and not isinstance(exc, NOT_SENT_ERRORS):
            return Decision(False, 0.0, f"{name} after the request may have been sent; a create is not retried")
        if retries_done >= self.max_retries:
            return Decision(False, 0.0, f"{name}; no retries left of max_retries={self.max_retries}")
        why = "before sending (nothing was sent)" if isinstance(exc, NOT_SENT_ERRORS) else "(safe to repeat)"
        return Decision(True, self.backoff(retries_done), f"{name} {why}")

    def on_status(
        self,
        status: int,
        headers: httpx.Headers,
        retries_done: int,
        kind: RetryClass = "create",
        *,
        now: float | None = None,
    ) -> Decision:
        """Decide after an error answer."""
        retried = {429} if kind == "create" else RETRIED_STATUSES
        if status not in retried:
            reason = "a create is not retried after an answer that may follow the work" if kind == "create" else ""
            return Decision(False, 0.0, reason or f"{status} is not retried")
        if retries_done >= self.max_retries:
            return Decision(False, 0.0, f"{status}; no retries left of max_retries={self.max_retries}")
        asked = parse_retry_after(headers, now=now)
        if asked is None:
            return Decision(True, self.backoff(retries_done), f"{status}, no Retry-After: backoff")
        if asked > self.max_retry_after:
            return Decision(
                False, 0.0, f"{status}; Retry-After of {asked:g} s exceeds the {self.max_retry_after:g} s cap"
            )
        return Decision(True, asked, f"{status}; Retry-After {asked:g} s")

    def on_rate_limit(self, headers: httpx.Headers, retries_done: int, *, now: float | None = None) -> Decision:
        """Decide after a 429 answer (any operation)."""
        return self.on_status(429, headers, retries_done, "create", now=now)


def parse_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: ``retry-after-ms``, then ``Retry-After`` as seconds or an
    HTTP date. ``None`` if there is no such header or it cannot be read; never negative."""
    value = headers.get("retry-after-ms")
    if value is not None:
        seconds = _number(value)
        if seconds is not None:
            return seconds / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": an HTTP date is GMT anyway
        when = when.replace(tzinfo=datetime.UTC)
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    if math.isnan(value) or math.isinf(value):
        return None
    return max(value, 0.0)
