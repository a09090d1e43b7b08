"""What the mock answers, shaped as the vendor documents it, and what it fills in itself.

An answer is the operation's documented example with the assistant put where the spec's
``x-voiceagents-*`` pointers say (and the list's items, the paging facts). What a vendor adds to an
assistant by itself is computed once, at creation, and stored with it (``fill``): the members the
answer schemas mark ``required`` (valued as in the documented examples, else from their schema)
and the timestamps the schemas have (``created_at`` set at creation, ``updated_at`` at each
update: ``touch``), in the documented format. So every answer about one assistant shows the same
values. A value the answer schema types otherwise is sent as the vendor would: a boolean where it
documents an integer is sent as 0/1.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from .. import spec as spec_model
from .._json import MISSING, copy_json, read_pointer, unpointer, write_pointer
from ..spec import schema as spec_schema
from ._routes import Route, Routes
from ._store import Record

__all__ = ["Answers"]

_MESSAGES = {
    400: "Bad Request",
    401: "Unauthenticated.",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Attempts.",
    500: "Server Error",
    503: "Service Unavailable",
}
_PREFERENCE = ("get", "create", "update", "clone", "list")
"""Whose documented example values a filled-in member, first."""
_CREATED = re.compile(r"^(created|creation)(_?at|_?time|_?timestamp|_?date)?$", re.IGNORECASE)
_UPDATED = re.compile(r"(updated|modified|modification)(_?at|_?time|_?timestamp|_?date)?$", re.IGNORECASE)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ])\d{2}:\d{2}:\d{2}(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$")
_ZEROS: dict[str, Any] = {"string": "", "integer": 0, "number": 0, "boolean": False, "array": [], "object": {}}


@dataclass(frozen=True)
class _Stamp:
    """A timestamp member: set at creation (``created``) or at every change (``updated``)."""

    when: str
    example: Any
    integer: bool

    def value(self, now: float) -> Any:
        if (isinstance(self.example, int) and not isinstance(self.example, bool)) or self.integer:
            millis = isinstance(self.example, int) and self.example >= 10**11
            return int(now * 1000) if millis else int(now)
        moment = dt.datetime.fromtimestamp(now, dt.UTC)
        found = _ISO.match(self.example) if isinstance(self.example, str) else None
        if found is None:
            return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        separator, fraction, zone = found.groups()
        text = moment.strftime(f"%Y-%m-%d{separator}%H:%M:%S")
        if fraction:
            text += "." + f"{moment.microsecond:06d}"[: len(fraction)].ljust(len(fraction), "0")
        if zone:
            text += "Z" if zone == "Z" else ("+00:00" if ":" in zone else "+0000")
        return text


class Answers:
    """The answers of one spec (its routes). Nothing changes it once built (but a memo of answer
    types), so every server of the spec shares one (``_server._compiled``)."""

    def __init__(self, vendor_spec: spec_model.VendorSpec, routes: Routes) -> None:
        self._root = vendor_spec.document
        self.item_id = _item_id(routes)
        self._template: dict[str, Any] = {}
        self._stamps: dict[str, _Stamp] = {}
        self._derive(routes)
        self._types: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}

    # -- what the server fills in ---------------------------------------------------------------

    def _places(self, routes: Routes) -> Iterator[tuple[Route, str]]:
        """Each answer that carries an assistant, and where (preferred examples first)."""
        ranked = sorted(routes, key=lambda r: _PREFERENCE.index(r.op.kind) if r.op.kind in _PREFERENCE else 99)
        for route in ranked:
            if route.op.kind == "list":
                yield route, (route.op.pointer("items") or "") + "/0"
            elif route.op.pointer("assistant") is not None and route.op.kind in _PREFERENCE:
                yield route, str(route.op.pointer("assistant"))

    def _derive(self, routes: Routes) -> None:
        required: list[str] = []
        properties: dict[str, list[Mapping[str, Any]]] = {}
        examples: list[Mapping[str, Any]] = []
        for route, where in self._places(routes):
            example = route.op.success.example
            found = read_pointer(example, where, None) if example is not MISSING else None
            if isinstance(found, Mapping):
                examples.append(found)
            for node in self._schemas(route, list(unpointer(where))):
                for name, sub in (node.get("properties") or {}).items():
                    properties.setdefault(str(name), []).append(sub)
                required += [str(n) for n in node.get("required") or () if n not in required]
        for name in required:
            value = next((e[name] for e in examples if name in e), MISSING)
            self._template[name] = value if value is not MISSING else self._placeholder(properties.get(name, []))
        for name, subs in properties.items():
            when = "created" if _CREATED.match(name) else "updated" if _UPDATED.search(name) else None
            example = next((e[name] for e in examples if name in e), None)
            kinds = self._kinds(subs)
            if when is None or isinstance(example, bool) or (kinds and not kinds & {"string", "integer", "number"}):
                continue  # not a time (``is_modified: false``)
            self._stamps[name] = _Stamp(when, example, not isinstance(example, str) and "integer" in kinds)

    def _schemas(self, route: Route, path: list[str]) -> list[Mapping[str, Any]]:
        schema = route.op.success.schema
        return spec_schema.schema_at(self._root, schema, path) if schema is not None else []

    def _kinds(self, nodes: Iterable[Any]) -> frozenset[str]:
        """The JSON types these schemas name (their combinations included)."""
        kinds: set[str] = set()
        for node in nodes:
            for member in spec_schema.members(self._root, node):
                declared = member.get("type")
                kinds.update([declared] if isinstance(declared, str) else declared or ())
                if "const" in member:
                    kinds.add(_kind(member["const"]))
                kinds.update(_kind(v) for v in member.get("enum") or ())
        return frozenset(kinds)

    def _placeholder(self, nodes: list[Mapping[str, Any]]) -> Any:
        """A value for a required member no example shows: its schema's default, const, first enum
        value or example, else the zero of its type."""
        for node in nodes:
            for member in spec_schema.members(self._root, node):
                for key in ("default", "const"):
                    if key in member:
                        return copy_json(member[key])
                for key in ("enum", "examples"):
                    if member.get(key):
                        return copy_json(member[key][0])
        kinds = self._kinds(nodes) - {"null"}
        return copy_json(next((_ZEROS[k] for k in _ZEROS if k in kinds), None))

    def fill(self, now: float) -> dict[str, Any]:
        """What the server adds to a new assistant."""
        filled: dict[str, Any] = copy_json(self._template)
        filled.update({name: stamp.value(now) for name, stamp in self._stamps.items()})
        return filled

    def touch(self, filled: dict[str, Any], now: float) -> dict[str, Any]:
        """``filled`` after a change: the update timestamps are now."""
        changed = {n: s.value(now) for n, s in self._stamps.items() if s.when == "updated"}
        return {**filled, **changed} if changed else filled

    # -- answer documents -------------------------------------------------------------------------

    def assistant(self, record: Record, route: Route | None = None, where: tuple[str, ...] = ()) -> Any:
        """The assistant as the server sends it (in ``route``'s answer, at ``where``): what it
        filled in, what the user set, the id where the items carry it."""
        merged: dict[str, Any] = {**record.filled, **record.data}
        merged.update({n: record.filled[n] for n in self._stamps if n in record.filled})  # the server's own
        out = self._fitted(route, where, merged) if route is not None else copy_json(merged)
        return write_pointer(out, self.item_id, record.ident) if self.item_id is not None else out

    def _fitted(self, route: Route, at: tuple[str, ...], value: Any) -> Any:
        """A copy of ``value``, each boolean sent as 0/1 where the answer schema says integer."""
        if isinstance(value, bool):
            key = (route.operation_id, at)
            kinds = self._types.get(key)
            if kinds is None:
                kinds = self._types[key] = self._kinds(self._schemas(route, list(at)))
            return int(value) if "boolean" not in kinds and kinds & {"integer", "number"} else value
        if isinstance(value, Mapping):
            return {k: self._fitted(route, (*at, str(k)), v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._fitted(route, (*at, "[]"), v) for v in value]
        return value

    def _example(self, route: Route) -> Any:
        example = route.op.success.example
        return {} if example is MISSING or example is None else copy_json(example)

    def success(self, route: Route, record: Record | None) -> Any:
        """The success answer (``MISSING``: it has no body), about ``record`` if given."""
        if not route.op.success.has_body:
            return MISSING
        doc = self._example(route)
        where = route.op.pointer("assistant")
        if record is not None and where is not None:
            doc = write_pointer(doc, where, self.assistant(record, route, unpointer(where)))
        if record is not None and route.op.pointer("id") is not None:
            doc = write_pointer(doc, str(route.op.pointer("id")), record.ident)
        return doc

    def listing(self, route: Route, records: list[Record], extras: Mapping[str, Any]) -> Any:
        """The list answer: ``records`` at the items pointer, each of ``extras`` at its pointer."""
        where = route.op.pointer("items") or ""
        doc = self._example(route) if where else []
        at = (*unpointer(where), "[]")
        doc = write_pointer(doc, where, [self.assistant(r, route, at) for r in records])
        for pointer, value in extras.items():
            if pointer:
                doc = write_pointer(doc, pointer, value)
        return doc

    def error(self, route: Route | None, status: int) -> Any:
        """The documented example for ``status`` if the operation has one, else ``{"message": ...}``."""
        response = route.op.responses.get(str(status)) if route is not None else None
        if response is not None and response.example is not MISSING and response.example is not None:
            return copy_json(response.example)
        return {"message": _MESSAGES.get(status) or _phrase(status)}


def _item_id(routes: Routes) -> str | None:
    """Where the id sits inside an assistant: the list's item-id, else what the pointers imply."""
    for route in routes:
        if route.op.kind == "list" and route.op.pointer("item-id") is not None:
            return route.op.pointer("item-id")
    for route in routes:
        ident, assistant = route.op.pointer("id"), route.op.pointer("assistant")
        if ident is not None and assistant is not None and ident.startswith(assistant + "/"):
            return ident[len(assistant) :]
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
