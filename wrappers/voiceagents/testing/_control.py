"""The mock's control endpoints, under ``/__mock__/``; each needs the same key as the API.

- ``POST /__mock__/faults`` ``{"operation", "fault", "times"?, "status"?, "delay"?, "retry_after"?}``
- ``POST /__mock__/program`` ``{"operation", "replies": [{"status"?, "body"? | "text"?, "headers"?,
  "creates"?, "delay"?, "drop"?, "drip"?, "gzip"?}], "times"?}``
- ``GET /__mock__/stats``: ``{"received", "created", "count", "requests"}``
- ``POST /__mock__/reset``
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from ._faults import Reply
from ._journal import Recorded
from ._routes import Credential, authorized
from ._wire import BodyRefused, Incoming, Outgoing

__all__ = ["PREFIX", "Control", "Controlled"]

PREFIX = "/__mock__/"


class _Limits(Protocol):
    @property
    def max_body(self) -> int: ...


class Controlled(Protocol):
    """What the control endpoints drive: the mock server."""

    @property
    def key(self) -> str | None: ...
    @property
    def limits(self) -> _Limits: ...
    @property
    def received(self) -> Mapping[str, int]: ...
    @property
    def created(self) -> int: ...
    @property
    def count(self) -> int: ...
    @property
    def requests(self) -> Sequence[Recorded]: ...
    def reset(self) -> None: ...
    def fault(
        self,
        operation_id: str,
        kind: str,
        *,
        times: int = ...,
        status: int | None = ...,
        delay: float = ...,
        retry_after: str | None = ...,
    ) -> None: ...
    def program(self, operation_id: str, replies: Sequence[Reply], *, times: int | None = None) -> None: ...


class Control:
    def __init__(self, mock: Controlled, credentials: tuple[Credential, ...]) -> None:
        self._mock = mock
        self._credentials = credentials

    def handle(self, incoming: Incoming) -> Outgoing:
        if not authorized(self._credentials, self._mock.key, incoming.query, incoming.headers):
            return Outgoing.with_json(401, {"message": "Unauthenticated."})
        try:
            raw = incoming.read_body(self._mock.limits.max_body)
        except BodyRefused as exc:
            return Outgoing.with_json(exc.status, {"message": str(exc)})
        route = (incoming.method, incoming.path.removeprefix(PREFIX).strip("/"))
        if route == ("GET", "stats"):
            mock = self._mock
            stats = {"received": mock.received, "created": mock.created, "count": mock.count}
            return Outgoing.with_json(200, {**stats, "requests": len(mock.requests)})
        if route == ("POST", "reset"):
            self._mock.reset()
            return Outgoing.with_json(200, {"reset": True})
        if route in (("POST", "faults"), ("POST", "program")):
            try:
                order = json.loads(raw or b"{}")
                self._fault(order) if route[1] == "faults" else self._program(order)
            except (ValueError, TypeError, AttributeError, KeyError) as exc:
                return Outgoing.with_json(400, {"message": str(exc)})
            return Outgoing.with_json(201, {"queued": order})
        return Outgoing.with_json(404, {"message": "Not Found"})

    def _fault(self, order: Any) -> None:
        options = {k: order[k] for k in ("times", "status", "delay", "retry_after") if k in order}
        self._mock.fault(str(order.get("operation")), str(order.get("fault")), **options)

    def _program(self, order: Any) -> None:
        replies = order.get("replies")
        if not isinstance(replies, list):
            raise ValueError("replies is a list of replies")
        times = order.get("times")
        self._mock.program(str(order.get("operation")), [Reply.from_json(r) for r in replies], times=times)
