"""The write-ahead journal of a running ``apply``: ``<state>.journal`` next to the state file.

Rewriting a large state file after every result would make a run of N definitions cost O(N²); not
writing it until the end would lose every id of a run that crashes. So a run appends one JSON line
per recorded outcome to the journal and fsyncs it before going on (a pending create is recorded
*before* the create is sent), and writes the state file once, at the end (``State.save`` folds the
journal in and removes it). ``State.load`` replays a journal left by a run that did not end
(``kill -9``, a power cut): nothing recorded is lost, and nothing is created twice.

    {"op": "begin", "version": 1, "at": "2025-01-31T12:00:00Z", "pid": 4242}
    {"op": "put", "key": "agents/a.yaml", "name": "A", "source": "agents/a.yaml", "vendor": "revox", "entry": {...}}
    {"op": "forget", "key": "agents/old.yaml", "vendor": "revox"}
    {"op": "move", "from": "old/a.yaml", "to": "agents/a.yaml", "name": "A", "source": "agents/a.yaml"}

Every record says the whole new value of one entry, so replaying a record the state file already
holds changes nothing. A last line without its newline (the process died while writing it) is
ignored; any other unreadable line is an error, never skipped silently.

Concurrent results are *group-committed*: the records that arrive while the previous fsync runs
are written and fsynced together, in a worker thread, so the event loop keeps the requests going
and a run with N results does far fewer than N fsyncs. Holds no secret: the entries are sealed.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from .._exceptions import DocumentError, InputError
from .._loading import DEFAULT_MAX_DEPTH, Limits, parse_json
from ._files import StateFileError, fsync_directory, now, open_regular, read_regular, reason

__all__ = ["JOURNAL_VERSION", "Journal", "replay"]

JOURNAL_VERSION = 1
_MAX_JOURNAL_BYTES = 256 * 1024 * 1024
_RECORD_LIMITS = Limits(max_bytes=_MAX_JOURNAL_BYTES, max_depth=DEFAULT_MAX_DEPTH + 8)


def encode(record: Mapping[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8") + b"\n"


class Journal:
    """An open journal: ``record`` (async, group-committed) or ``write`` (blocking) records, then
    ``close``. ``open`` creates it (an error here means nothing can be recorded: stop before
    sending anything)."""

    def __init__(self, path: Path, fd: int, what: str = "the journal") -> None:
        self.path = path
        self.what = what
        self._fd: int | None = fd
        self._lock = threading.Lock()
        self._queue: list[tuple[bytes, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self.writes = 0
        """How many times it was fsynced (a group commit writes several records at once)."""
        self.records = 0

    @classmethod
    def open(cls, path: Path, *, what: str) -> Journal:
        """Create (or append to) the journal at ``path``; ``StateFileError`` when it cannot be."""

        try:
            fd = open_regular(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, what)
        except StateFileError:
            raise
        except OSError as exc:
            raise StateFileError(f"cannot write {what}: {reason(exc)}") from None
        journal = cls(path, fd, what)
        try:
            journal.write([encode({"op": "begin", "version": JOURNAL_VERSION, "at": now(), "pid": os.getpid()})])
        except StateFileError:
            journal.close()
            raise
        fsync_directory(path.parent)  # the journal itself survives a crash
        return journal

    def write(self, lines: list[bytes]) -> None:
        """Append ``lines`` and fsync (blocking; thread-safe); ``StateFileError`` when it cannot."""

        data = b"".join(lines)
        with self._lock:
            if self._fd is None:
                raise StateFileError(f"cannot write {self.what}: it is closed")
            try:
                view = memoryview(data)
                while view:
                    written = os.write(self._fd, view)
                    view = view[written:]
                os.fsync(self._fd)
            except OSError as exc:
                raise StateFileError(f"cannot write {self.what}: {reason(exc)}") from None
            self.writes += 1
            self.records += len(lines)

    async def record(self, record: Mapping[str, Any]) -> None:
        """Append ``record`` and return once it is on disk. The record is encoded at once (what it
        says is what was true when it was called)."""
        line = encode(record)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.append((line, future))
        if self._flusher is None:
            self._flusher = asyncio.ensure_future(self._flush())
        await asyncio.shield(future)

    async def _flush(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue, []
                try:
                    await asyncio.to_thread(self.write, [line for line, _ in batch])
                except Exception as exc:  # every waiter learns it: nothing of the batch is known durable
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                else:
                    for _, future in batch:
                        if not future.done():
                            future.set_result(None)
        finally:
            self._flusher = None

    def close(self) -> None:
        """Close it, after a write in progress (in its thread) ends; records still queued are
        written first. Blocking."""
        pending, self._queue = self._queue, []
        if pending and self._fd is not None:
            try:
                self.write([line for line, _ in pending])
            except OSError as exc:
                for _, future in pending:
                    if not future.done():
                        future.set_exception(exc)
            else:
                for _, future in pending:
                    if not future.done():
                        future.set_result(None)
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def replay(path: Path, apply: Callable[[Mapping[str, Any]], None], *, name: str) -> int:
    """Apply every record of the journal at ``path`` in order (a torn last line is ignored); how
    many. ``InputError`` when a line is not a record."""
    raw = read_regular(path, name, _MAX_JOURNAL_BYTES)
    if not raw:
        return 0
    lines = raw.split(b"\n")
    if lines[-1]:  # no newline after it: the process died while writing it; it was never fsynced
        lines = lines[:-1]
    count = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = parse_json(line.decode("utf-8"), name=f"{name}, line {number}", limits=_RECORD_LIMITS)
            if not isinstance(record, dict):
                raise ValueError("not an object")
            apply(record)
        except (DocumentError, ValueError, UnicodeDecodeError) as exc:
            raise InputError(
                f"{name} (the record of an apply that did not finish) is unreadable at line {number} ({exc}):"
                " move it away to go on without it (the ids it holds are then found again by name)"
            ) from None
        count += 1
    return count
