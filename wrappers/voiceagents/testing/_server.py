"""A stateful mock of a vendor's assistant API on 127.0.0.1, derived entirely from its OpenAPI spec.

    with serve("revox") as mock:                   # or serve(spec=a_dict, key="sk-test")
        httpx.post(f"{mock.url}/assistants", json=body, headers={"Authorization": "Bearer sk"})
        mock.fault("createAssistant", "drop_after")  # the next create is stored, then the line drops
        assert mock.count == 1 and mock.received["createAssistant"] == 1

Operations are found by their operationId (``openapi/CONVENTIONS.md``): create, get, list, update,
delete and clone keep state in memory; any other operation answers its documented example, like
Prism. Routing, id type, auth, request validation, statuses and body shapes come from the spec and
its ``x-voiceagents-*`` pointers. Faults (``FAULTS``) are queued per operationId for the next calls
that pass auth, from Python (``fault``) or over HTTP (``POST /__mock__/faults``, see ``_control``).
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import re
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self, TextIO
from urllib.parse import parse_qs, unquote, urlsplit

import jsonschema_rs

from .. import spec as spec_model
from .._json import MISSING, read_pointer, unpointer, write_pointer
from .._validation import rule_text
from ..spec import schema as _schema

__all__ = ["FAULTS", "MockServer", "Recorded", "run", "serve"]

Id = int | str

FAULTS: dict[str, str] = {
    "rate_limited": "answer 429 with Retry-After (default 1) before processing: nothing happens",
    "unavailable": "answer 503 before processing: nothing happens",
    "server_error": "process the request, then answer 500 instead of the real answer",
    "slow": "process the request, then wait `delay` seconds (default 5) before answering",
    "drop_after": "process the request, then close the connection without answering",
    "drop_before": "close the connection without processing or answering",
}
_STATUS = {"rate_limited": 429, "unavailable": 503, "server_error": 500}
_MESSAGES = {
    400: "Bad Request",
    401: "Unauthenticated.",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Attempts.",
    500: "Server Error",
    503: "Service Unavailable",
}
_CONTROL = "/__mock__/"
_DRAFT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Recorded:
    """One request as received; its ``repr`` masks the credential headers and query parameters."""

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


@dataclass
class _Fault:
    kind: str
    remaining: int
    status: int
    delay: float
    retry_after: str | None


@dataclass(frozen=True)
class _Reply:
    status: int
    payload: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Operation:
    op_id: str
    method: str
    regex: re.Pattern[str]
    path_params: tuple[str, ...]
    spec: dict[str, Any]
    query: dict[str, dict[str, Any]]
    validator: Any
    body_required: bool
    status: int
    has_body: bool
    example: Any
    id_ptr: str | None
    assistant_ptr: str | None
    id_param: dict[str, Any]
    op: spec_model.Operation


def _reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> _Reply:
    payload = b"" if status == 204 else json.dumps(body).encode()
    return _Reply(status, payload, {"Content-Type": "application/json", **(headers or {})})


def _get(doc: Any, ptr: str) -> Any:
    return read_pointer(doc, ptr, None)


_put = write_pointer


class MockServer:
    """``ThreadingHTTPServer`` on a free loopback port, in a daemon thread, serving ``spec``.

    ``key``: the exact credential to require (any non-empty one when ``None``). ``log``: called with
    one line per request (method, path, operation, status; never the query or the headers).
    """

    def __init__(
        self, spec: dict[str, Any], *, key: str | None = None, port: int = 0, log: Callable[[str], None] | None = None
    ) -> None:
        self.spec = spec
        self.key = key
        self._log = log
        self._schemes: dict[str, Any] = spec.get("components", {}).get("securitySchemes", {})
        self._secrets = frozenset(
            ["authorization", "cookie"]
            + [str(s["name"]).lower() for s in self._schemes.values() if s.get("type") == "apiKey"]
        )
        info = spec.get("info") or {}
        self.vendor_spec = spec_model.VendorSpec.from_document(
            spec, source=str(info.get("title") or "the mock's spec"), slug=str(info.get("x-voiceagents-slug") or "mock")
        )
        self._ops = [self._compile(op) for op in self.vendor_spec.operations.values()]
        self._ops.sort(key=lambda op: len(op.path_params))  # literal segments win over templates
        self._id_kind, self._id_prefix = self._id_scheme()
        self._item_id_ptr = self._derive_item_id_ptr()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._started = False
        self._server = _HTTPServer(("127.0.0.1", port), _Handler)
        self._server.mock = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)
        self.reset()

    # -- spec ----------------------------------------------------------------------------------

    def _compile(self, op: spec_model.Operation) -> _Operation:
        validator = None
        if op.request_body is not None:
            document = {"$schema": _DRAFT, **op.request_body, "components": {"schemas": self.vendor_spec.schemas}}
            validator = jsonschema_rs.validator_for(document, validate_formats=True)
        success = op.success
        example = None if success.example is MISSING else success.example
        raw_op = self.spec["paths"][op.path][op.method.lower()]
        return _Operation(
            op.operation_id,
            op.method,
            op.pattern,
            op.path_params,
            raw_op,
            {p.name: dict(p.schema) for p in op.parameters if p.location == "query"},
            validator,
            op.request_required,
            success.code,
            success.has_body,
            example,
            success.pointer("id"),
            success.pointer("assistant"),
            {"name": op.id_param.name, "schema": dict(op.id_param.schema)} if op.id_param else {},
            op,
        )

    def _id_scheme(self) -> tuple[str, str]:
        """``("integer"|"uuid"|"string", prefix)``: the path parameter's schema, else the example."""
        examples: list[Any] = []
        for op in self._ops:
            if op.id_param:
                schema = op.id_param.get("schema", {})
                if schema.get("type") == "integer":
                    return ("integer", "")
                if schema.get("format") == "uuid":
                    return ("uuid", "")
                examples += [op.id_param.get("example"), *schema.get("examples", [])]
            if op.id_ptr is not None and op.example is not None:
                examples.append(_get(op.example, op.id_ptr))
        for value in examples:
            if isinstance(value, int) and not isinstance(value, bool):
                return ("integer", "")
            if isinstance(value, str):
                if re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", value):
                    return ("uuid", "")
                prefix = re.match(r"[A-Za-z]+[_-]", value)
                return ("string", prefix.group(0) if prefix else "")
        return ("string", "")

    def _derive_item_id_ptr(self) -> str | None:
        """Where the id sits inside an assistant: the list's item-id, else what the pointers imply."""
        for op in self._ops:
            if op.op_id == "listAssistants" and op.op.pointer("item-id") is not None:
                return str(op.op.pointer("item-id"))
        for op in self._ops:
            if op.id_ptr is not None and op.assistant_ptr is not None and op.id_ptr.startswith(op.assistant_ptr + "/"):
                return op.id_ptr[len(op.assistant_ptr) :]
        return None

    # -- life cycle and introspection ----------------------------------------------------------

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
        self._stopping.set()
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
        """Forget every assistant, request, counter and pending fault; ids start again."""
        with self._lock:
            self._store: dict[str, tuple[Id, dict[str, Any]]] = {}
            self._received = {op.op_id: 0 for op in self._ops}
            self._requests: list[Recorded] = []
            self._faults: dict[str, list[_Fault]] = {}
            self._next_id = 0

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(op.op_id for op in self._ops)

    @property
    def received(self) -> dict[str, int]:
        """Per operationId: the requests that reached it and passed auth (faulted ones included)."""
        with self._lock:
            return dict(self._received)

    @property
    def count(self) -> int:
        """How many assistants exist now."""
        with self._lock:
            return len(self._store)

    @property
    def assistants(self) -> dict[Id, dict[str, Any]]:
        """The stored assistants by id, as the server returns them (copies)."""
        with self._lock:
            return {i: self._render(i, data) for i, data in self._store.values()}

    @property
    def requests(self) -> list[Recorded]:
        with self._lock:
            return list(self._requests)

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
        if operation_id not in self.operations:
            raise ValueError(f"no operation {operation_id!r} in the spec (it has {', '.join(self.operations)})")
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}: one of {', '.join(FAULTS)}")
        if kind == "rate_limited" and retry_after is None:
            retry_after = "1"
        pending = _Fault(kind, int(times), status or _STATUS.get(kind, 0), float(delay), retry_after)
        with self._lock:
            self._faults.setdefault(operation_id, []).append(pending)

    def _take_fault(self, operation_id: str) -> _Fault | None:
        queue = self._faults.get(operation_id) or []
        while queue and queue[0].remaining <= 0:
            queue.pop(0)
        if not queue:
            return None
        queue[0].remaining -= 1
        return queue[0]

    # -- requests ------------------------------------------------------------------------------

    def _handle(self, handler: _Handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length > 0 else b""
        parts = urlsplit(handler.path)
        path, query = parts.path, parse_qs(parts.query, keep_blank_values=True)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        if path.startswith(_CONTROL):
            self._send(handler, self._control(handler.command, path, raw))
            return
        op, params, status = self._route(handler.command, path)
        with self._lock:
            self._requests.append(
                Recorded(handler.command, path, query, headers, raw, op.op_id if op else None, self._secrets)
            )
        fault = None
        if op is None:
            reply = _reply(status, {"message": _MESSAGES[status]}, {"Allow": params["allow"]} if status == 405 else {})
        elif not self._authorized(op, query, headers):
            reply = self._error(op, 401)
        else:
            with self._lock:
                self._received[op.op_id] += 1
                fault = self._take_fault(op.op_id)
            if fault and fault.kind == "drop_before":
                self._drop(handler, op, path)
                return
            if fault and fault.kind in ("rate_limited", "unavailable"):
                extra = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                reply = self._error(op, fault.status, extra)
            else:
                reply = self._process(op, params, query, raw)
                if fault and fault.kind == "drop_after":
                    self._drop(handler, op, path)
                    return
                if fault and fault.kind == "server_error":
                    reply = self._error(op, fault.status)
                if fault and fault.kind == "slow":
                    self._stopping.wait(fault.delay)
        if self._log:
            self._log(
                f"{handler.command} {path} {op.op_id if op else '-'} -> {reply.status}"
                + (f" [{fault.kind}]" if fault else "")
            )
        self._send(handler, reply)

    def _route(self, method: str, path: str) -> tuple[_Operation | None, dict[str, str], int]:
        allowed = []
        for op in self._ops:
            match = op.regex.match(path)
            if match:
                if op.method == method:
                    return op, {n: unquote(v) for n, v in zip(op.path_params, match.groups(), strict=True)}, 200
                allowed.append(op.method)
        return (None, {"allow": ", ".join(allowed)}, 405) if allowed else (None, {}, 404)

    def _authorized(self, op: _Operation, query: dict[str, list[str]], headers: dict[str, str]) -> bool:
        requirements = op.spec.get("security", self.spec.get("security", []))
        return not requirements or any(
            all(self._credential_ok(self._schemes.get(name, {}), query, headers) for name in req)
            for req in requirements
        )

    def _credential_ok(self, scheme: dict[str, Any], query: dict[str, list[str]], headers: dict[str, str]) -> bool:
        if scheme.get("type") == "apiKey":
            name = str(scheme["name"])
            if scheme.get("in") == "query":
                value = (query.get(name) or [""])[0]
            elif scheme.get("in") == "cookie":
                cookies = dict(c.strip().partition("=")[::2] for c in headers.get("cookie", "").split(";"))
                value = cookies.get(name, "")
            else:
                value = headers.get(name.lower(), "")
        else:  # http bearer/basic, oauth2, openIdConnect: "Authorization: <Scheme> <token>"
            word = str(scheme.get("scheme", "bearer"))
            given, _, value = headers.get("authorization", "").partition(" ")
            if given.lower() != word.lower():
                return False
        return bool(value) and (self.key is None or value == self.key)

    def _error(self, op: _Operation, status: int, headers: dict[str, str] | None = None) -> _Reply:
        """The documented example for ``status`` if the operation has one, else ``{"message": ...}``."""
        response = op.op.responses.get(str(status))
        body = None if response is None or response.example is MISSING else response.example
        return _reply(status, body if body is not None else {"message": _MESSAGES.get(status, "Error")}, headers)

    def _process(self, op: _Operation, params: dict[str, str], query: dict[str, list[str]], raw: bytes) -> _Reply:
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            return _reply(400, {"message": "The request body is not valid JSON."})
        if op.validator is not None and (body is not None or op.body_required):
            errors = self._field_errors(op.validator, body) if body is not None else {"": ["a JSON body is required"]}
            if errors:
                return _reply(422, {"message": "The given data was invalid.", "errors": errors})
        data = body if isinstance(body, dict) else {}
        key = params[op.path_params[-1]] if op.path_params else None
        with self._lock:
            if op.op_id == "createAssistant":
                new = self._new_id()
                self._store[str(new)] = (new, data)
                return self._answer(op, new, data)
            if op.op_id == "listAssistants":
                return self._list(op, query)
            if op.op_id not in ("getAssistant", "updateAssistant", "deleteAssistant", "cloneAssistant"):
                return self._answer(op, None, None)  # not an assistant operation: its example, like Prism
            if key not in self._store:
                return self._error(op, 404)
            ident, stored = self._store[key]
            if op.op_id == "updateAssistant":
                replace = op.op.update_mode == "replace"
                stored = dict(data) if replace else {**stored, **data}
                self._store[key] = (ident, stored)
            elif op.op_id == "deleteAssistant":
                del self._store[key]
            elif op.op_id == "cloneAssistant":
                ident, stored = self._new_id(), {**copy.deepcopy(stored), **data}
                self._store[str(ident)] = (ident, stored)
            return self._answer(op, ident, stored)

    @staticmethod
    def _field_errors(validator: Any, body: Any) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        for error in validator.iter_errors(body):
            path = [str(p) for p in error.instance_path]
            if error.kind.name == "required":
                path.append(str(error.kind.property))
            messages = errors.setdefault(".".join(path), [])
            message = rule_text(error.kind, error.message)
            if message not in messages:
                messages.append(message)
        return errors

    def _new_id(self) -> Id:
        self._next_id += 1
        if self._id_kind == "integer":
            return self._next_id
        if self._id_kind == "uuid":
            return str(uuid.uuid4())
        return self._id_prefix + uuid.uuid4().hex[: 12 if self._id_prefix else 32]

    def _render(self, ident: Id, data: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = copy.deepcopy(data)
        if self._item_id_ptr:
            out = _put(out, self._item_id_ptr, ident)
        return out

    def _always_sent(self, op: _Operation, pointer: str, example: Any) -> dict[str, Any]:
        """What the vendor always sends in an assistant (the answer schema's ``required`` at
        ``pointer``), valued as in the documented example: what a real server would add (its id is
        set apart, timestamps, defaults). Nothing optional is added, so nothing the user never set
        appears."""
        if not isinstance(example, dict):
            return {}
        required: set[str] = set()
        for node in _schema.schema_at(self.spec, op.op.success.schema or {}, list(unpointer(pointer))):
            required.update(node.get("required") or ())
        return {k: copy.deepcopy(v) for k, v in example.items() if k in required}

    def _answer(self, op: _Operation, ident: Id | None, data: dict[str, Any] | None) -> _Reply:
        if not op.has_body:
            return _Reply(op.status)
        doc = copy.deepcopy(op.example) if op.example is not None else {}
        if data is not None and ident is not None and op.assistant_ptr is not None:
            defaults = self._always_sent(op, op.assistant_ptr, _get(doc, op.assistant_ptr))
            doc = _put(doc, op.assistant_ptr, {**defaults, **self._render(ident, data)})
        if ident is not None and op.id_ptr is not None:
            doc = _put(doc, op.id_ptr, ident)
        return _reply(op.status, doc)

    def _list(self, op: _Operation, query: dict[str, list[str]]) -> _Reply:
        where = op.op.pointer("items") or ""
        listed = _get(op.example, where) if op.example is not None else None
        first = listed[0] if isinstance(listed, list) and listed else None
        defaults = self._always_sent(op, f"{where}/0", first)
        items = [{**defaults, **self._render(i, data)} for i, data in self._store.values()]
        paging = op.op.pagination
        last_page = 1
        if paging is not None and paging.page is not None and paging.size is not None:
            size_schema = op.query.get(paging.size, {})
            size = self._int_param(query, paging.size, size_schema, size_schema.get("maximum", len(items)))
            page = self._int_param(query, paging.page, op.query.get(paging.page, {}), 1)
            last_page = max(1, math.ceil(len(items) / size))
            items = items[(page - 1) * size : page * size]
        doc = copy.deepcopy(op.example) if op.example is not None else {}
        doc = _put(doc, where, items)
        if paging is not None and paging.last_page:
            doc = _put(doc, paging.last_page, last_page)
        return _reply(op.status, doc)

    @staticmethod
    def _int_param(query: dict[str, list[str]], name: str, schema: dict[str, Any], fallback: int) -> int:
        try:
            value = int((query.get(name) or [""])[0])
        except ValueError:
            value = int(schema.get("default", fallback))
        value = max(value, int(schema.get("minimum", 1)), 1)
        return min(value, int(schema["maximum"])) if "maximum" in schema else value

    def _control(self, method: str, path: str, raw: bytes) -> _Reply:
        """``POST /__mock__/faults`` ``{"operation", "fault", "times"?, "status"?, "delay"?,
        "retry_after"?}``, ``GET /__mock__/stats`` (received, count), ``POST /__mock__/reset``."""
        route = (method, path.removeprefix(_CONTROL).strip("/"))
        if route == ("POST", "faults"):
            try:
                order = json.loads(raw or b"{}")
                options = {k: order[k] for k in ("times", "status", "delay", "retry_after") if k in order}
                self.fault(str(order.get("operation")), str(order.get("fault")), **options)
            except (ValueError, TypeError, AttributeError) as exc:
                return _reply(400, {"message": str(exc)})
            return _reply(201, {"queued": order})
        if route == ("GET", "stats"):
            return _reply(200, {"received": self.received, "count": self.count})
        if route == ("POST", "reset"):
            self.reset()
            return _reply(200, {"reset": True})
        return _reply(404, {"message": "Not Found"})

    def _drop(self, handler: _Handler, op: _Operation, path: str) -> None:
        if self._log:
            self._log(f"{handler.command} {path} {op.op_id} -> dropped")
        handler.close_connection = True

    @staticmethod
    def _send(handler: _Handler, reply: _Reply) -> None:
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            if reply.status != 204:
                handler.send_header("Content-Length", str(len(reply.payload)))
            handler.end_headers()
            handler.wfile.write(reply.payload)
        except OSError:
            handler.close_connection = True  # the client is gone (it timed out)


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.server.mock._handle(self)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:  # the query may hold the key: never print it
        pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients connect at once (the default, 5, resets them)
    block_on_close = False
    mock: MockServer

    def __init__(self, address: tuple[str, int], handler: type[_Handler]) -> None:
        super().__init__(address, handler)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End the kept-alive connections, so nothing is served after ``stop``."""
        with self._open_lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up breaks the pipe: expected here


def serve(
    slug: str | None = None,
    *,
    spec: dict[str, Any] | None = None,
    key: str | None = None,
    port: int = 0,
    log: Callable[[str], None] | None = None,
) -> MockServer:
    """A started mock of vendor ``slug`` (the spec shipped in its client package) or of ``spec``."""
    if spec is None:
        if slug is None:
            raise ValueError("serve() needs a vendor slug or a spec")
        spec = dict(spec_model.vendor(slug).spec.document)
    return MockServer(spec, key=key, port=port, log=log).start()


def _describe_auth(spec: dict[str, Any]) -> str:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    ways = [
        (
            f"query parameter {s.get('name')}=<key>"
            if s.get("in") == "query"
            else f"{s.get('in')} {s.get('name')}: <key>"
        )
        if s.get("type") == "apiKey"
        else f"header Authorization: {str(s.get('scheme', 'bearer')).capitalize()} <key>"
        for s in schemes.values()
    ]
    return " or ".join(ways) or "none"


def run(
    slug: str | None = None,
    *,
    spec: dict[str, Any] | None = None,
    key: str | None = None,
    port: int = 0,
    out: TextIO = sys.stdout,
    quiet: bool = False,
) -> None:
    """Serve until Ctrl-C, printing the URL first (and one line per request unless ``quiet``)."""

    def log(line: str) -> None:
        print(line, file=out, flush=True)

    with serve(slug, spec=spec, key=key, port=port, log=None if quiet else log) as mock:
        title = mock.spec.get("info", {}).get("title", slug or "API")
        print(mock.url, file=out, flush=True)
        if not quiet:
            log(
                f"mock of {title}; auth: {_describe_auth(mock.spec)} ({'the given key' if key else 'any key'});"
                f" faults: POST {mock.url}{_CONTROL}faults. Ctrl-C to stop."
            )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            if not quiet:
                log("stopped")
