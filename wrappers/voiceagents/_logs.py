"""The ``voiceagents`` logger, which never shows a secret.

``VOICEAGENTS_LOG=debug`` (or ``info``) sends the ``voiceagents`` logger to stderr: ``debug`` shows
every request (method, URL, headers, redacted) and answer, ``info`` every retry decision and every
warning about an answer that did not fit the spec. It can be configured like any logger
(``logging.getLogger("voiceagents")``). Our messages are built from redacted parts; no filter
rewrites anyone's records.

Other libraries' loggers are left alone, with one narrow exception: httpx's own INFO line shows the
URL of each request, and a vendor that takes its key as a query parameter (Insighto) puts the key in
that URL. Clients we build add the key below httpx's logging (at the transport), so the line never
holds it. A client given your own ``http_client`` cannot do that, so while such a client is alive a
filter on the ``httpx`` logger replaces *that client's* key in the records that contain it (and
touches no other record).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import weakref
from typing import TextIO

from ._secrets import Secrets

__all__ = ["ENV_VAR", "guard_httpx_log", "logger", "setup_logging"]

ENV_VAR = "VOICEAGENTS_LOG"

logger = logging.getLogger("voiceagents")

_lock = threading.Lock()
_setup_done = False


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is at the time (so test capture and redirection work)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def setup_logging() -> None:
    """Honour ``VOICEAGENTS_LOG`` once; cheap to call again."""
    global _setup_done
    if _setup_done:
        return
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(ENV_VAR, "").strip().lower())
    with _lock:
        if _setup_done:
            return
        _setup_done = True
        if level is None:
            return
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


class _KeyInURLFilter(logging.Filter):
    """Scrubs the keys of live clients out of the httpx records that contain one."""

    def __init__(self) -> None:
        super().__init__()
        self.holders: weakref.WeakSet[object] = weakref.WeakSet()
        self.secrets: weakref.WeakKeyDictionary[object, Secrets] = weakref.WeakKeyDictionary()

    def filter(self, record: logging.LogRecord) -> bool:
        live = list(self.secrets.values())
        if not live:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken record is logging's problem, not ours to hide
            return True
        for secrets in live:
            if message in secrets or any(part in secrets for part in (message,)):
                record.msg = secrets.scrub(message)
                record.args = None
                message = record.msg
        return True


_HTTPX_FILTER = _KeyInURLFilter()


def guard_httpx_log(holder: object, secrets: Secrets) -> None:
    """Keep ``secrets`` out of httpx's log lines while ``holder`` (a client) is alive."""
    with _lock:
        _HTTPX_FILTER.secrets[holder] = secrets
        target = logging.getLogger("httpx")
        if _HTTPX_FILTER not in target.filters:
            target.addFilter(_HTTPX_FILTER)
