"""The progress display of a fleet ``plan``/``apply``: one line per vendor on stderr, with counts.

On a terminal the lines are redrawn in place (at most ten times a second, and once at the end);
when stderr is not a terminal, the same lines are printed once, plainly, at the end (no cursor
movement); disabled (``--json``, ``--quiet``), nothing at all.

    autocalls  read 1000/1000  applied 977/1000
    revox      read 812/1000  applied 640/1000
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..deploy import Event

__all__ = ["Display"]

_UP = "\x1b[{}F"  # the cursor to the start of the line N lines up
_CLEAR = "\x1b[2K"  # clear the line


class Display:
    """Called with every ``deploy.Event`` of a run; ``finish()`` when the run is over."""

    def __init__(
        self, *, apply: bool, enabled: bool = True, stream: TextIO | None = None, interval: float = 0.1
    ) -> None:
        self.stream: TextIO = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.live = enabled and _isatty(self.stream)
        self.apply = apply
        self.interval = interval
        self.counts: dict[str, list[int]] = {}
        """Per vendor: [read, done, total]."""
        self._drawn = 0
        self._last = 0.0

    def __call__(self, event: Event) -> None:
        if not self.enabled:
            return
        counts = self.counts.setdefault(event.vendor, [0, 0, 0])
        counts[2] = event.total
        if event.kind == "read":
            counts[0] = event.count
        elif event.kind == "done":
            counts[1] = event.count
        if self.live and time.monotonic() - self._last >= self.interval:
            self._draw()

    def lines(self) -> list[str]:
        width = max((len(slug) for slug in self.counts), default=0)
        out = []
        for slug, (read, done, total) in sorted(self.counts.items()):
            line = f"{slug:<{width}}  read {read}/{total}"
            if self.apply:
                line += f"  applied {done}/{total}"
            out.append(line)
        return out

    def _draw(self) -> None:
        self._last = time.monotonic()
        text = _UP.format(self._drawn) if self._drawn else ""
        lines = self.lines()
        text += "".join(f"\r{_CLEAR}{line}\n" for line in lines)
        self._drawn = len(lines)
        self.stream.write(text)
        self.stream.flush()

    def finish(self) -> None:
        """The final counts: redrawn in place on a terminal, else printed once."""
        if not self.enabled or not self.counts:
            return
        if self.live:
            self._draw()
            return
        for line in self.lines():
            self.stream.write(line + "\n")
        self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
