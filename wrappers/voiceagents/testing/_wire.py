"""The HTTP plumbing of the mock: a threading server on loopback, requests whose body is read only
when asked (and bounded), and answers sent at once, dripped, or not at all (a dropped connection).

Nothing here knows a spec: the server hands each request to ``app`` and sends what it returns.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["BodyRefused", "HTTPServer", "Incoming", "Outgoing"]

_NO_BODY = frozenset({204, 304})
_DRIP_TICK = 0.05
"""Seconds between two pieces of a dripped body."""


class BodyRefused(Exception):
    """The request's body is not read: too large (413), or of no stated length (411)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Incoming:
    """One request: method, path, query and headers (names in lower case); the body is read only
    by ``read_body``, so a request refused before (no key) never has its body read."""

    def __init__(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        self.method = handler.command
        self.path = parts.path
        self.query = parse_qs(parts.query, keep_blank_values=True)
        self.headers = {k.lower(): v for k, v in handler.headers.items()}
        self._rfile = handler.rfile
        self.consumed = False

    @property
    def announced(self) -> bool:
        """Whether the request says a body follows."""
        return "transfer-encoding" in self.headers or self.headers.get("content-length", "0").strip() not in ("", "0")

    def read_body(self, limit: int) -> bytes:
        """The body (``b""`` when there is none); ``BodyRefused`` when it is over ``limit`` bytes
        or its length is not stated (then nothing of it is read)."""
        if "transfer-encoding" in self.headers:
            raise BodyRefused(411, "send the body with a Content-Length")
        try:
            length = int(self.headers.get("content-length") or 0)
        except ValueError:
            raise BodyRefused(400, "the Content-Length is not a number") from None
        if length < 0:
            raise BodyRefused(400, "the Content-Length is negative")
        if length > limit:
            raise BodyRefused(413, f"the body is {length} bytes; this server takes at most {limit}")
        self.consumed = True
        return self._rfile.read(length) if length else b""


@dataclass
class Outgoing:
    """What to send: status, body, headers; ``drip`` bytes per second (0: at once); ``drop``: close
    the connection without answering; ``close``: close it after answering."""

    status: int
    payload: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    drip: float = 0.0
    drop: bool = False
    close: bool = False

    @classmethod
    def with_json(cls, status: int, body: Any, headers: Mapping[str, str] | None = None) -> Outgoing:
        return cls(status, json.dumps(body).encode(), {"Content-Type": "application/json", **(headers or {})})


def _send(handler: BaseHTTPRequestHandler, out: Outgoing, stopping: threading.Event) -> None:
    if out.drop:
        handler.close_connection = True
        return
    try:
        handler.send_response(out.status)
        for name, value in out.headers.items():
            handler.send_header(name, value)
        if out.status not in _NO_BODY:
            handler.send_header("Content-Length", str(len(out.payload)))
        if out.close:
            handler.send_header("Connection", "close")
        handler.end_headers()
        if out.status in _NO_BODY:
            return
        if out.drip <= 0:
            handler.wfile.write(out.payload)
            return
        piece = max(1, int(out.drip * _DRIP_TICK))
        for start in range(0, len(out.payload), piece):
            chunk = out.payload[start : start + piece]
            if stopping.wait(len(chunk) / out.drip):  # each piece once its time has come
                handler.close_connection = True
                return
            handler.wfile.write(chunk)
            handler.wfile.flush()
    except OSError:
        handler.close_connection = True  # the client is gone (it timed out)


class _Handler(BaseHTTPRequestHandler):
    server: HTTPServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self.server.serve_one(self)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:  # the query may hold the key: never print it
        pass


class HTTPServer(ThreadingHTTPServer):
    """A thread per connection on ``address``; each request goes to ``app``, whose answer is sent.
    ``stopping`` ends delays and drips early; ``close_connections`` ends the kept-alive ones."""

    daemon_threads = True
    request_queue_size = 128  # many clients connect at once (the default, 5, resets them)
    block_on_close = False

    def __init__(self, address: tuple[str, int], app: Callable[[Incoming], Outgoing]) -> None:
        super().__init__(address, _Handler)
        self.app = app
        self.stopping = threading.Event()
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def serve_one(self, handler: BaseHTTPRequestHandler) -> None:
        incoming = Incoming(handler)
        try:
            out = self.app(incoming)
        except Exception as exc:  # a bug of the mock: say so, rather than drop the line
            out = Outgoing.with_json(500, {"message": f"the mock failed: {type(exc).__name__}"})
            out.close = True
        if incoming.announced and not incoming.consumed:
            out.close = True  # the unread body would be taken for the next request
        if out.close:
            handler.close_connection = True
        _send(handler, out, self.stopping)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End the kept-alive connections, so nothing is served after a stop."""
        with self._open_lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up breaks the pipe: expected here
