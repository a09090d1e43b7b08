"""The mock's assistants, in memory: ids of the vendor's kind, bounded, thread-safe, paged.

A record holds what the user sent (``data``, merged or replaced by updates) apart from what the
server filled in itself at creation (``filled``: see ``_answers``); records are never changed in
place (an update stores a new one), so a record handed out can be read without the lock.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from .. import spec as spec_model
from .._json import MISSING, read_pointer

__all__ = ["Full", "Id", "IdScheme", "Record", "Store", "UnknownCursor", "page_after", "page_number"]

Id = int | str
_UUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_FORGOTTEN = 10_000
"""How many deleted ids are remembered, so that a cursor naming one still pages on."""


class Full(Exception):
    """The store holds as many assistants as it may."""


class UnknownCursor(Exception):
    """A cursor that names no assistant this store ever held."""


@dataclass(frozen=True)
class IdScheme:
    """How the vendor's ids look: integers (1, 2, ...), UUIDs, or strings with the documented prefix."""

    kind: Literal["integer", "uuid", "string"] = "string"
    prefix: str = ""

    @classmethod
    def derive(cls, operations: Iterable[spec_model.Operation]) -> IdScheme:
        """From the id path parameter's schema, else from the documented ids."""
        examples: list[Any] = []
        for op in operations:
            param = op.id_param
            if param is not None:
                if param.schema.get("type") == "integer":
                    return cls("integer")
                if param.schema.get("format") == "uuid":
                    return cls("uuid")
                examples += list(param.schema.get("examples") or ())
            where = op.pointer("id")
            if where is not None and op.success.example is not MISSING:
                examples.append(read_pointer(op.success.example, where, None))
        for value in examples:
            if isinstance(value, int) and not isinstance(value, bool):
                return cls("integer")
            if isinstance(value, str):
                if _UUID.fullmatch(value):
                    return cls("uuid")
                prefix = re.match(r"[A-Za-z]+[_-]", value)
                return cls("string", prefix.group(0) if prefix else "")
        return cls()

    def make(self, number: int) -> Id:
        if self.kind == "integer":
            return number
        if self.kind == "uuid":
            return str(uuid.uuid4())
        return self.prefix + uuid.uuid4().hex[: 12 if self.prefix else 32]


@dataclass(frozen=True)
class Record:
    ident: Id
    data: dict[str, Any]
    """What the user sent (after updates)."""
    filled: dict[str, Any]
    """What the server filled in at creation (and touched at updates)."""
    seq: int
    """Its place in the listing order."""


class Store:
    """The assistants by id (as text), in creation order; at most ``capacity``."""

    def __init__(self, ids: IdScheme, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("the store's capacity cannot be negative")
        self.ids = ids
        self.capacity = capacity
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        with self._lock:
            self._records: dict[str, Record] = {}
            self._gone: OrderedDict[str, int] = OrderedDict()
            self._numbers = itertools.count(1)
            self._seq = itertools.count()

    def __len__(self) -> int:
        return len(self._records)

    def records(self) -> list[Record]:
        with self._lock:
            return list(self._records.values())

    def get(self, key: str) -> Record | None:
        return self._records.get(key)

    def add(self, data: dict[str, Any], filled: dict[str, Any]) -> Record:
        """A new assistant; ``Full`` when the store holds ``capacity`` already."""
        with self._lock:
            if len(self._records) >= self.capacity:
                raise Full(f"the mock holds {self.capacity} assistants, its limit")
            record = Record(self.ids.make(next(self._numbers)), data, filled, next(self._seq))
            self._records[str(record.ident)] = record
            return record

    def replace(self, key: str, data: dict[str, Any], filled: dict[str, Any]) -> Record | None:
        with self._lock:
            old = self._records.get(key)
            if old is None:
                return None
            new = Record(old.ident, data, filled, old.seq)
            self._records[key] = new
            return new

    def remove(self, key: str) -> Record | None:
        with self._lock:
            record = self._records.pop(key, None)
            if record is not None:
                self._gone[key] = record.seq
                while len(self._gone) > _FORGOTTEN:
                    self._gone.popitem(last=False)
            return record

    def after(self, cursor: str | None, size: int) -> tuple[list[Record], bool]:
        """The page of ``size`` records after the one whose id is ``cursor`` (from the first when
        ``None``), and whether more follow; ``UnknownCursor`` when no record ever had that id."""
        with self._lock:
            records = list(self._records.values())
            start = -1
            if cursor is not None:
                known = self._records.get(cursor)
                start = known.seq if known is not None else self._gone.get(cursor, -2)
                if start == -2:
                    raise UnknownCursor(f"no assistant has the id {cursor!r}")
        return page_after(records, start, size)


def page_after(records: list[Record], seq: int, size: int) -> tuple[list[Record], bool]:
    """Cursor paging: the ``size`` records after sequence number ``seq``, and whether more follow."""
    rest = [r for r in records if r.seq > seq]
    return rest[:size], len(rest) > size


def page_number(records: list[Record], page: int, size: int) -> tuple[list[Record], int]:
    """Page-number paging (1-based): the records of ``page``, and the number of the last page."""
    last = max(1, math.ceil(len(records) / size))
    return records[(page - 1) * size : page * size], last
