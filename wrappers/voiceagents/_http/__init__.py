"""The client runtime: one client per vendor, sync and async, with timeouts, retries that never
duplicate an assistant, typed errors, redaction and bounded answers.

``voiceagents.client(slug)`` and ``voiceagents.async_client(slug)`` are the public way in; this
package holds ``Client``/``AsyncClient`` (``_client``), the answers (``_response``: ``Result`` and
the status errors) and the retry rules (``_retries``).
"""

from __future__ import annotations

from ._base import TimeoutTypes
from ._client import DEFAULT, AsyncClient, Client, Deadline, UseDefault, async_client, client
from ._limits import AnswerLimits
from ._response import CreateResult, Result
from ._throttle import Throttle

__all__ = [
    "DEFAULT",
    "AnswerLimits",
    "AsyncClient",
    "Client",
    "CreateResult",
    "Deadline",
    "Result",
    "Throttle",
    "TimeoutTypes",
    "UseDefault",
    "async_client",
    "client",
]
