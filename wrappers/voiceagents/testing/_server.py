"""The mock server: each request routed (``_routes``), checked (key first, then a bounded body),
recorded (``_journal``), answered by its program (``_faults``) or for real (``_store`` and
``_answers``), and sent (``_wire``)."""

from __future__ import annotations

import gzip
import json
import sys
import threading
import time
import weakref
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TextIO

from .. import spec as spec_model
from .._json import MISSING, copy_json
from ._answers import Answers
from ._control import PREFIX, Control
from ._faults import FAULTS, Programs, Reply, Step, fault_reply
from ._journal import Journal, Recorded
from ._routes import Miss, Route, Routes, authorized
from ._store import Full, Id, IdScheme, Record, Store, UnknownCursor, page_number
from ._wire import BodyRefused, HTTPServer, Incoming, Outgoing

__all__ = ["FAULTS", "Limits", "MockServer", "Recorded", "Reply", "run", "serve"]

_JSON = {"Content-Type": "application/json"}
_COMPILED: weakref.WeakKeyDictionary[spec_model.VendorSpec, tuple[Routes, Answers]] = weakref.WeakKeyDictionary()
"""Each spec's routes (request validators compiled) and answers, derived once and shared by every
server of that spec: both hold only what the spec says. Gone with the spec."""
_PAGE = 1000
"""The page size when the spec states none (no default, no maximum)."""


@dataclass(frozen=True)
class Limits:
    """How much the mock takes and keeps."""

    max_body: int = 1 << 20
    """Request bodies over this many bytes are refused (413) without being read."""
    max_requests: int = 1000
    """Recorded requests kept (the oldest go first)..."""
    max_recorded_bytes: int = 16 << 20
    """...holding at most this many body bytes in all."""
    max_assistants: int = 1000
    """Assistants held; a create (or clone) past it is answered 507."""


class MockServer:
    """A stateful mock of ``spec`` (an OpenAPI document, or a ``VendorSpec``) on a free loopback
    port, one thread per connection.

    ``key``: the exact credential to require (any non-empty one when ``None``), also by the control
    endpoints. ``log``: called with one line per request (method, path, operation, status; never
    the query or the headers). ``latency``: seconds added to every request (other requests are not
    held). ``limits``: see ``Limits``.
    """

    def __init__(
        self,
        spec: Mapping[str, Any] | spec_model.VendorSpec,
        *,
        key: str | None = None,
        port: int = 0,
        log: Callable[[str], None] | None = None,
        latency: float = 0.0,
        limits: Limits | None = None,
    ) -> None:
        if not isinstance(spec, spec_model.VendorSpec):
            info = spec.get("info") or {}
            title, slug = str(info.get("title") or "the mock's spec"), str(info.get("x-voiceagents-slug") or "mock")
            spec = spec_model.VendorSpec.from_document(spec, source=title, slug=slug)
        self.vendor_spec = spec
        self.spec: Mapping[str, Any] = spec.document
        self.key = key
        self.latency: float = float(latency)
        self.limits: Limits = limits or Limits()
        self._log = log
        self._routes, self._answers = _compiled(spec)
        self._store = Store(IdScheme.derive(spec.operations.values()), self.limits.max_assistants)
        self._programs = Programs()
        self._journal = Journal(self.limits.max_requests, self.limits.max_recorded_bytes)
        credentials = self._routes.credentials
        self._secrets = frozenset(["authorization", "cookie", *(c.name.lower() for c in credentials)])
        self._control = Control(self, credentials)
        self._lock = threading.Lock()
        self._received: Counter[str] = Counter()
        self._created = 0
        self._started = False
        self._server = HTTPServer(("127.0.0.1", port), self._respond)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self.reset()

    # -- life cycle ------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        if not self._started:
            self._started = True
            self._thread.start()
        return self

    def stop(self) -> None:
        self._server.stopping.set()
        if self._started:
            self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget every assistant, request, counter, program and pending fault; ids start again."""
        self._store.clear()
        self._journal.clear()
        self._programs.clear()
        with self._lock:
            self._received = Counter(dict.fromkeys(self.operations, 0))
            self._created = 0

    # -- what it holds and saw -------------------------------------------------------------------

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(self.vendor_spec.operations)

    @property
    def received(self) -> Counter[str]:
        """Per operationId: the requests that reached it, passed auth and had their body read
        (faulted and programmed ones included); ``.total()`` is all of them."""
        with self._lock:
            return Counter(self._received)

    @property
    def created(self) -> int:
        """How many assistants requests created (create and clone, whatever was answered)."""
        with self._lock:
            return self._created

    @property
    def count(self) -> int:
        """How many assistants exist now."""
        return len(self._store)

    @property
    def assistants(self) -> dict[Id, dict[str, Any]]:
        """The stored assistants by id, as the server sends them (copies)."""
        return {r.ident: self._answers.assistant(r) for r in self._store.records()}

    @property
    def requests(self) -> list[Recorded]:
        """The last requests received (``Limits.max_requests``), oldest first."""
        return self._journal.snapshot()

    # -- programming -------------------------------------------------------------------------------

    def _known(self, operation_id: str) -> str:
        if operation_id not in self.operations:
            raise ValueError(f"no operation {operation_id!r} in the spec (it has {', '.join(self.operations)})")
        return operation_id

    def fault(
        self,
        operation_id: str,
        kind: str,
        *,
        times: int = 1,
        status: int | None = None,
        delay: float = 5.0,
        retry_after: str | None = None,
    ) -> None:
        """Queue ``kind`` (see ``FAULTS``) for the next ``times`` calls of ``operation_id``; faults
        queued for one operation run one after the other."""
        reply = fault_reply(kind, status=status, delay=delay, retry_after=retry_after)
        self._programs.queue(self._known(operation_id), reply, int(times), kind)

    def program(self, operation_id: str, replies: Sequence[Reply], *, times: int | None = None) -> None:
        """Answer the next requests of ``operation_id`` with ``replies`` in turn, the last one
        repeating (``times``: that many requests in all, then the real answers again). Replaces
        what was programmed or queued for it."""
        self._programs.program(self._known(operation_id), list(replies), times)

    # -- a request ---------------------------------------------------------------------------------

    def _respond(self, incoming: Incoming) -> Outgoing:
        if self.latency:
            self._server.stopping.wait(self.latency)
        if incoming.path.startswith(PREFIX):
            return self._control.handle(incoming)
        found = self._routes.match(incoming.method, incoming.path)
        if isinstance(found, Miss):
            return self._refuse(incoming, None, found.status, {"Allow": found.allow} if found.status == 405 else {})
        route, params = found
        if not authorized(route.credentials, self.key, incoming.query, incoming.headers):
            return self._refuse(incoming, route, 401)
        try:
            raw = incoming.read_body(self.limits.max_body)
        except BodyRefused as exc:
            return self._refuse(incoming, route, exc.status, message=str(exc))
        self._record(incoming, route.operation_id, raw)
        with self._lock:
            self._received[route.operation_id] += 1
        step = self._programs.take(route.operation_id)
        out = self._answer(route, params, incoming.query, raw, step)
        self._log_line(incoming, route.operation_id, "dropped" if out.drop else str(out.status), step)
        return out

    def _record(self, incoming: Incoming, operation_id: str | None, raw: bytes) -> None:
        query, headers = incoming.query, incoming.headers
        self._journal.add(Recorded(incoming.method, incoming.path, query, headers, raw, operation_id, self._secrets))

    def _refuse(
        self,
        incoming: Incoming,
        route: Route | None,
        status: int,
        headers: dict[str, str] | None = None,
        message: str | None = None,
    ) -> Outgoing:
        """An answer given before the body is read (which is then never read, nor kept)."""
        operation_id = route.operation_id if route is not None else None
        self._record(incoming, operation_id, b"")
        self._log_line(incoming, operation_id, str(status), None)
        body = {"message": message} if message else self._answers.error(route, status)
        return Outgoing.with_json(status, body, headers)

    def _log_line(self, incoming: Incoming, operation_id: str | None, outcome: str, step: Step | None) -> None:
        if self._log:
            label = f" [{step.label}]" if step is not None else ""
            self._log(f"{incoming.method} {incoming.path} {operation_id or '-'} -> {outcome}{label}")

    def _answer(
        self, route: Route, params: dict[str, str], query: dict[str, list[str]], raw: bytes, step: Step | None
    ) -> Outgoing:
        reply = step.reply if step is not None else None
        if reply is None:
            return _outgoing(*self._process(route, params, query, raw))
        real = self._process(route, params, query, raw) if reply.processes else None
        if reply.delay:
            self._server.stopping.wait(reply.delay)
        if reply.drop:
            return Outgoing(0, drop=True)
        if reply.status is None and real is not None:
            out = _outgoing(*real)
        else:
            status = reply.status or 200
            payload = reply.payload()
            out = Outgoing(
                status, json.dumps(self._answers.error(route, status)).encode() if payload is None else payload
            )
            out.headers.update(_JSON)
        if reply.gzip:
            out.payload = out.payload if isinstance(reply.body, bytes) else gzip.compress(out.payload)
            out.headers["Content-Encoding"] = "gzip"
        given = {name.lower() for name in reply.headers}
        out.headers = {k: v for k, v in out.headers.items() if k.lower() not in given} | dict(reply.headers)
        out.drip = reply.drip
        return out

    # -- the real answers ----------------------------------------------------------------------------

    def _process(
        self, route: Route, params: dict[str, str], query: dict[str, list[str]], raw: bytes
    ) -> tuple[int, Any]:
        """Do what the request asks: ``(status, body)`` (``MISSING``: no body)."""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return 400, {"message": "The request body is not valid JSON."}
        errors = route.body_errors(body)
        if errors:
            return 422, {"message": "The given data was invalid.", "errors": errors}
        data = body if isinstance(body, dict) else {}
        kind = route.op.kind
        if kind == "list":
            return self._list(route, query)
        if kind == "create":
            return self._create(route, data, None)
        if kind is None:  # not an assistant operation: its example, like Prism
            return route.op.success.code, self._answers.success(route, None)
        key = route.key(params)
        record = self._store.get(key) if key is not None else None
        if record is None or key is None:
            return 404, self._answers.error(route, 404)
        if kind == "clone":
            return self._create(route, data, record)
        if kind == "update":
            replace = route.op.update_mode == "replace"
            changed = dict(data) if replace else {**record.data, **data}
            record = self._store.replace(key, changed, self._answers.touch(record.filled, time.time()))
        elif kind == "delete":
            record = self._store.remove(key)
        if record is None:  # gone meanwhile
            return 404, self._answers.error(route, 404)
        return route.op.success.code, self._answers.success(route, record)

    def _create(self, route: Route, data: dict[str, Any], source: Record | None) -> tuple[int, Any]:
        if source is not None:
            data = {**copy_json(source.data), **data}
        try:
            record = self._store.add(data, self._answers.fill(time.time()))
        except Full as exc:
            return 507, {"message": f"{exc} (Limits.max_assistants): delete some, or reset the mock"}
        with self._lock:
            self._created += 1
        return route.op.success.code, self._answers.success(route, record)

    def _list(self, route: Route, query: dict[str, list[str]]) -> tuple[int, Any]:
        paging = route.op.pagination
        if paging is None:
            return route.op.success.code, self._answers.listing(route, self._store.records(), {})
        size_schema = paging.size_param.schema if paging.size_param is not None else {}
        size = route.int_query(query, paging.size, int(size_schema.get("maximum", _PAGE)))
        extras: dict[str, Any] = {}
        if paging.style == "cursor":
            cursor = (query.get(paging.cursor or "") or [""])[0] or None
            try:
                records, more = self._store.after(cursor, size)
            except UnknownCursor as exc:
                return 400, {"message": str(exc)}
            extras[paging.next or ""] = records[-1].ident if more and records else None
            extras[paging.has_more or ""] = more
        else:
            page = route.int_query(query, paging.page, 1)
            records, last = page_number(self._store.records(), page, size)
            extras[paging.last_page or ""] = last
        return route.op.success.code, self._answers.listing(route, records, extras)


def _compiled(spec: spec_model.VendorSpec) -> tuple[Routes, Answers]:
    compiled = _COMPILED.get(spec)
    if compiled is None:
        routes = Routes(spec)
        compiled = _COMPILED[spec] = (routes, Answers(spec, routes))
    return compiled


def _outgoing(status: int, body: Any) -> Outgoing:
    return Outgoing(status, b"", dict(_JSON)) if body is MISSING else Outgoing.with_json(status, body)


def serve(
    slug: str | None = None,
    *,
    spec: Mapping[str, Any] | None = None,
    key: str | None = None,
    port: int = 0,
    log: Callable[[str], None] | None = None,
    latency: float = 0.0,
    limits: Limits | None = None,
) -> MockServer:
    """A started mock of vendor ``slug`` (the spec shipped in its client package) or of ``spec``."""
    if spec is None:
        if slug is None:
            raise ValueError("serve() needs a vendor slug or a spec")
        return MockServer(
            spec_model.vendor(slug).spec, key=key, port=port, log=log, latency=latency, limits=limits
        ).start()
    return MockServer(spec, key=key, port=port, log=log, latency=latency, limits=limits).start()


def run(
    slug: str | None = None,
    *,
    spec: Mapping[str, Any] | None = None,
    key: str | None = None,
    port: int = 0,
    out: TextIO = sys.stdout,
    quiet: bool = False,
    latency: float = 0.0,
) -> None:
    """Serve until Ctrl-C, printing the URL first (and one line per request unless ``quiet``)."""

    def log(line: str) -> None:
        print(line, file=out, flush=True)

    with serve(slug, spec=spec, key=key, port=port, log=None if quiet else log, latency=latency) as mock:
        print(mock.url, file=out, flush=True)
        if not quiet:
            ways = " or ".join(c.describe() for c in mock._routes.credentials) or "none"
            log(
                f"mock of {mock.vendor_spec.title}; auth: {ways} ({'the given key' if key else 'any key'});"
                f" faults: POST {mock.url}{PREFIX}faults (with the key). Ctrl-C to stop."
            )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            if not quiet:
                log("stopped")
