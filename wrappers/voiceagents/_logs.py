"""Logging that never shows a secret.

``VOICEAGENTS_LOG=debug`` (or ``info``) sends the ``voiceagents`` logger to stderr: ``debug`` shows
every request (method, URL, headers) and answer, ``info`` every retry decision. The logger can also
be configured like any other (``logging.getLogger("voiceagents")``).

Secrets are taken out of every record of the ``voiceagents`` logger, and of the ``httpx`` logger
(whose INFO line shows the full URL, so the ``api_key`` query value of a query-authenticated vendor),
by a filter on those loggers: the values of sensitive headers and query parameters become
``<redacted>``, and every API key a client was created with is replaced wherever it appears.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterable, Mapping
from typing import TextIO

import httpx

from ._constants import SENSITIVE_HEADERS, SENSITIVE_QUERY_PARAMS

__all__ = [
    "REDACTED",
    "RedactingFilter",
    "logger",
    "redact",
    "redact_headers",
    "redact_url",
    "register_secret",
    "setup_logging",
]

REDACTED = "<redacted>"
ENV_VAR = "VOICEAGENTS_LOG"

logger = logging.getLogger("voiceagents")

_QUERY = re.compile(r"(?P<key>[?&](?:" + "|".join(sorted(SENSITIVE_QUERY_PARAMS)) + r")=)[^&#\s'\"]*", re.IGNORECASE)
_secrets: tuple[str, ...] = ()
_lock = threading.Lock()
_MIN_SECRET_LENGTH = 4  # shorter strings would be scrubbed out of ordinary words


def register_secret(value: str) -> None:
    """Remember ``value`` (an API key) so ``redact`` replaces it wherever it appears."""
    global _secrets
    if len(value) < _MIN_SECRET_LENGTH:
        return
    with _lock:
        forms = {value, httpx.URL("", params={"k": value}).query.decode()[2:]}
        _secrets = tuple(sorted(set(_secrets) | forms, key=len, reverse=True))


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with sensitive query values and every known (or given) secret replaced."""
    text = _QUERY.sub(lambda m: m.group("key") + REDACTED, text)
    for secret in (*secrets, *_secrets):
        if len(secret) >= _MIN_SECRET_LENGTH and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_url(url: httpx.URL | str) -> str:
    return redact(str(url))


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    return {k: REDACTED if k.lower() in SENSITIVE_HEADERS else redact(v) for k, v in headers.items()}


class RedactingFilter(logging.Filter):
    """Formats the record and takes every secret out of the message (keeps the record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is logging's problem, not ours to hide
            return True
        record.msg = redact(message)
        record.args = None
        return True


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is at the time (so test capture and redirection work)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


_FILTER = RedactingFilter()
_setup_done = False


def setup_logging() -> None:
    """Install the redaction filter, and honour ``VOICEAGENTS_LOG``; cheap to call again."""
    global _setup_done
    for name in ("voiceagents", "httpx"):
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(ENV_VAR, "").strip().lower())
    if level is None or _setup_done:
        return
    with _lock:
        if _setup_done:
            return
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
        _setup_done = True
