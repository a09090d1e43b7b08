"""The requests the mock received, as recorded: a bounded ring (count and body bytes)."""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Journal", "Recorded"]


@dataclass(frozen=True)
class Recorded:
    """One request as received; its ``repr`` masks the credential headers and query parameters.

    ``body`` is empty for a request that was refused before its body was read (unknown route,
    missing or wrong key, body too large): such a body is never read, nor kept."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    operation_id: str | None
    secrets: frozenset[str] = field(default=frozenset(), compare=False)

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        headers = {k: "***" if k in self.secrets else v for k, v in self.headers.items()}
        query = {k: ["***"] if k.lower() in self.secrets else v for k, v in self.query.items()}
        return (
            f"Recorded({self.method} {self.path} op={self.operation_id} query={query} headers={headers}"
            f" body={self.body[:200]!r})"
        )


class Journal:
    """The last ``max_requests`` requests, holding at most ``max_bytes`` of bodies in all (the
    oldest go first); thread-safe."""

    def __init__(self, max_requests: int, max_bytes: int) -> None:
        if max_requests < 0 or max_bytes < 0:
            raise ValueError("the journal's limits cannot be negative")
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self._items: deque[Recorded] = deque()
        self._bytes = 0
        self._lock = threading.Lock()

    def add(self, recorded: Recorded) -> None:
        with self._lock:
            self._items.append(recorded)
            self._bytes += len(recorded.body)
            while self._items and (len(self._items) > self.max_requests or self._bytes > self.max_bytes):
                self._bytes -= len(self._items.popleft().body)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def snapshot(self) -> list[Recorded]:
        with self._lock:
            return list(self._items)
