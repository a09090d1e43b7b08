"""A pause shared by clients of one vendor: a ``429`` with ``Retry-After`` holds them all.

A deploy talks to one vendor through many concurrent requests. When the vendor answers one of them
``429 Too Many Requests`` and says how long to wait, every request of the run should wait, not only
the one that was refused: give the same ``Throttle`` to every client of that vendor
(``client(..., throttle=t)``). No I/O here: the attempt loop asks how long to wait before each
request (``delay``) and reports what the vendor asked for (``hold``).
"""

from __future__ import annotations

import threading
import time

__all__ = ["Throttle"]


class Throttle:
    """When the vendor may be called again (``time.monotonic()``), shared across clients and threads."""

    __slots__ = ("_lock", "_until", "holds")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self.holds: int = 0
        """How many times a vendor's ``Retry-After`` paused the clients sharing this throttle."""

    def hold(self, seconds: float) -> None:
        """Pause every sharing client for ``seconds`` from now (a longer pause already set stays)."""
        with self._lock:
            self._until = max(self._until, time.monotonic() + max(seconds, 0.0))
            self.holds += 1

    def delay(self) -> float:
        """Seconds to wait before the next request (0 when it may go now)."""
        return max(self._until - time.monotonic(), 0.0)

    def __repr__(self) -> str:
        return f"<Throttle delay={self.delay():.3f}s holds={self.holds}>"
