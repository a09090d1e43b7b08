"""Programmed replies and the named faults: what the mock answers instead of its own answer.

    mock.program("createAssistant", [Reply(429, headers={"Retry-After": "1"}), Reply(201, {"id": 7}, creates=True)])
    mock.fault("deleteAssistant", "drop_after")            # a shorthand: Reply(drop=True)

Each operation has a queue of steps; an authenticated request of that operation takes the next one.
``program`` replaces an operation's queue (its last reply repeats, unless ``times`` says how many
requests the program answers); ``fault`` appends to it (faults run one after the other). When the
queue is empty, the mock answers for real.
"""

from __future__ import annotations

import json
import math
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FAULTS", "Programs", "Reply", "Step", "fault_reply"]

FAULTS: dict[str, str] = {
    "rate_limited": "answer 429 with Retry-After (default 1) before processing: nothing happens",
    "unavailable": "answer 503 before processing: nothing happens",
    "server_error": "process the request, then answer 500 instead of the real answer",
    "slow": "process the request, then wait `delay` seconds (default 5) before answering",
    "drop_after": "process the request, then close the connection without answering",
    "drop_before": "close the connection without processing or answering",
}


@dataclass(frozen=True)
class Reply:
    """One programmed answer.

    ``status``: the status to answer; ``None`` is the mock's own answer (the request is processed
    for real, as without a program). ``body``: bytes are sent as they are, any other value as JSON;
    ``None`` is the operation's documented example for ``status``, else ``{"message": ...}``.
    ``headers`` are added (``Content-Type`` is ``application/json`` unless given).
    ``creates``: process the request for real first (the assistant is created, updated, deleted...:
    "the server did the work"), whatever is answered; the default is ``status is None``.
    ``delay``: seconds to wait before answering (ends early when the server stops). ``drop``:
    close the connection instead of answering. ``drip``: send the body at this many bytes per
    second (a client's total deadline can be tested; 0: at once). ``gzip``: the body goes with
    ``Content-Encoding: gzip``: bytes as given (gzip data: ``gzip.compress(...)``, or a bomb), a
    JSON value compressed by the mock.
    """

    status: int | None = None
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    creates: bool | None = None
    delay: float = 0.0
    drop: bool = False
    drip: float = 0.0
    gzip: bool = False

    def __post_init__(self) -> None:
        if self.status is None and self.creates is False and not self.drop:
            raise ValueError("a reply without a status is the mock's own answer: it processes the request")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status {self.status} is not an HTTP status")
        if not (math.isfinite(self.delay) and self.delay >= 0 and math.isfinite(self.drip) and self.drip >= 0):
            raise ValueError("delay and drip are finite, non-negative numbers")

    @property
    def processes(self) -> bool:
        """Whether the request is processed for real before this reply."""
        return self.status is None if self.creates is None else self.creates

    @classmethod
    def from_json(cls, value: Any) -> Reply:
        """A reply from its JSON form (``POST /__mock__/program``): the fields above, the body as
        JSON (``body``) or as text sent as it is (``text``); ``ValueError`` when it is not one."""
        if not isinstance(value, Mapping):
            raise ValueError("a reply is an object")
        known = {"status", "body", "text", "headers", "creates", "delay", "drop", "drip", "gzip"}
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(f"unknown reply fields {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        headers = value.get("headers") or {}
        if not isinstance(headers, Mapping) or not all(isinstance(v, str) for v in headers.values()):
            raise ValueError("a reply's headers are an object of strings")
        body = value["text"].encode() if isinstance(value.get("text"), str) else value.get("body")
        status = value.get("status")
        if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
            raise ValueError("a reply's status is an integer")
        return cls(
            status=status,
            body=body,
            headers=dict(headers),
            creates=None if value.get("creates") is None else bool(value["creates"]),
            delay=float(value.get("delay") or 0),
            drop=bool(value.get("drop")),
            drip=float(value.get("drip") or 0),
            gzip=bool(value.get("gzip")),
        )

    def payload(self) -> bytes | None:
        """The body as bytes (``None``: the documented one, left to the server)."""
        if self.body is None:
            return None
        return self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()


def fault_reply(kind: str, *, status: int | None = None, delay: float = 5.0, retry_after: str | None = None) -> Reply:
    """The reply of a named fault (``FAULTS``)."""
    if kind not in FAULTS:
        raise ValueError(f"unknown fault {kind!r}: one of {', '.join(FAULTS)}")
    wait = {"Retry-After": retry_after} if retry_after is not None else {}
    if kind == "rate_limited":
        return Reply(status or 429, headers={"Retry-After": retry_after or "1"})
    if kind == "unavailable":
        return Reply(status or 503, headers=wait)
    if kind == "server_error":
        return Reply(status or 500, headers=wait, creates=True)
    if kind == "slow":
        return Reply(delay=float(delay))
    return Reply(drop=True, creates=kind == "drop_after")


@dataclass
class Step:
    """A reply, how many more requests it answers (``None``: every one), and its name in the log."""

    reply: Reply
    remaining: int | None
    label: str


class Programs:
    """The queue of steps of each operation; thread-safe."""

    def __init__(self) -> None:
        self._queues: dict[str, deque[Step]] = {}
        self._lock = threading.Lock()

    def program(self, operation_id: str, replies: Sequence[Reply], times: int | None = None) -> None:
        """Replace the queue: each reply once, the last one repeating (``times``: that many
        requests in all, then the real answers again)."""
        if not replies:
            raise ValueError("program() needs at least one Reply")
        if not all(isinstance(r, Reply) for r in replies):
            raise TypeError("program() takes Reply objects")
        if times is not None and times < 1:
            raise ValueError("times is at least 1")
        count = len(replies) if times is None else min(len(replies), times)
        steps = deque(Step(r, 1, "programmed") for r in replies[:count])
        steps[-1].remaining = None if times is None else times - count + 1
        with self._lock:
            self._queues[operation_id] = steps

    def queue(self, operation_id: str, reply: Reply, times: int, label: str) -> None:
        if times < 1:
            raise ValueError("times is at least 1")
        with self._lock:
            self._queues.setdefault(operation_id, deque()).append(Step(reply, times, label))

    def take(self, operation_id: str) -> Step | None:
        """The step for this request (consumed), or ``None``: answer for real."""
        with self._lock:
            queue = self._queues.get(operation_id)
            while queue and queue[0].remaining == 0:
                queue.popleft()
            if not queue:
                return None
            step = queue[0]
            if step.remaining is not None:
                step.remaining -= 1
            return step

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
