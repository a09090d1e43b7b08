"""A real HTTP server on 127.0.0.1 that misbehaves on purpose and counts the creates it received.

    with FaultyServer() as server:
        server.program(slug, key, scenario("rate_limited_then_created", slug))
        ...  # point a client at server.url
        assert server.created == 1

The server checks the credential exactly the way the vendor's spec says (header with prefix, or
the ``api_key`` query parameter) and answers 401 otherwise. Each create that passes auth takes the
next ``Reply`` of the program (the last one repeats). ``received`` counts those creates, ``created``
the ones the server turned into an assistant (a 2xx, a 500 after the work, a slow answer).
The bodies are shaped like each vendor's spec: its success example, its 422 format.
"""

from __future__ import annotations

import copy
import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from voiceagents import _vendors

__all__ = [
    "SCENARIOS",
    "UNKNOWN_VALUES",
    "FaultyServer",
    "Recorded",
    "Reply",
    "closed_port_url",
    "create_path",
    "expected_field_errors",
    "scenario",
    "success_body",
    "success_status",
]


@dataclass(frozen=True)
class Reply:
    """One answer: status, body, headers; ``creates``: the server made an assistant for it."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    creates: bool = False
    delay: float = 0.0
    """Seconds to wait before answering (ends early when the server stops)."""


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        self.server.owner._handle(self)

    def do_GET(self) -> None:
        self.server.owner._handle(self)

    def log_message(self, format: str, *args: Any) -> None:  # the query holds the key: never print it
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: FaultyServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (timeout) breaks the pipe: expected here


class FaultyServer:
    """``ThreadingHTTPServer`` in a daemon thread on an ephemeral loopback port."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01})
        self._thread.daemon = True
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._path = "/"
        self._auth: tuple[str, str, str] = ("header", "Authorization", "")
        self._key = ""
        self._replies: list[Reply] = [Reply(500)]
        self._next = 0
        self.received = 0
        self.created = 0
        self.requests: list[Recorded] = []

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def program(self, slug: str, key: str, replies: list[Reply]) -> None:
        """Expect creates for ``slug`` authenticated with ``key``; answer with ``replies``."""
        vendor = _vendors.get(slug)
        with self._lock:
            self._path = create_path(slug)
            self._auth = vendor.auth
            self._key = key
            self._replies = list(replies)
            self._next = 0
            self.received = 0
            self.created = 0
            self.requests = []

    def _authenticated(self, query: dict[str, list[str]], headers: dict[str, str]) -> bool:
        location, name, prefix = self._auth
        if location == "query":
            return query.get(name) == [self._key]
        expected = f"{prefix} {self._key}" if prefix else self._key
        return headers.get(name.lower()) == expected

    def _handle(self, handler: _Handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        query = parse_qs(parts.query)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.requests.append(Recorded(handler.command, parts.path, query, headers, body))
            if handler.command != "POST" or parts.path != self._path:
                reply = Reply(404, _json({"message": "Not Found"}))
            elif not self._authenticated(query, headers):
                reply = Reply(401, _json({"message": "Unauthenticated."}))
            else:
                self.received += 1
                reply = self._replies[min(self._next, len(self._replies) - 1)]
                self._next += 1
                if reply.creates:
                    self.created += 1
        if reply.delay:
            self._stopping.wait(reply.delay)
        try:
            handler.send_response(reply.status)
            headers_out = {"Content-Type": "application/json", **reply.headers}
            for name, value in headers_out.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(reply.body)))
            handler.end_headers()
            handler.wfile.write(reply.body)
        except OSError:
            pass  # the client is gone (it timed out)


def closed_port_url() -> str:
    """A loopback URL nothing listens on: connecting to it is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- vendor-shaped answers -----------------------------------------------------------------------


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _operation(slug: str) -> dict[str, Any]:
    paths = _vendors.get(slug).spec["paths"]
    item = next(iter(paths.values()))
    return dict(item["post"])


def create_path(slug: str) -> str:
    return str(next(iter(_vendors.get(slug).spec["paths"])))


def success_status(slug: str) -> int:
    """The documented success status (``2XX`` counts as 201)."""
    for code in _operation(slug)["responses"]:
        if code.startswith("2"):
            return 201 if code == "2XX" else int(code)
    raise LookupError(slug)


def success_body(slug: str) -> dict[str, Any]:
    """The spec's success example (CallHQ documents no body: a plausible one with an id)."""
    for code, response in _operation(slug)["responses"].items():
        if code.startswith("2"):
            examples = response.get("content", {}).get("application/json", {}).get("examples") or {}
            for example in examples.values():
                return copy.deepcopy(dict(example["value"]))
    return {"id": "asst_7d1f0c", "name": "Test Assistant", "createdAt": "2025-06-12T09:30:00Z"}


UNKNOWN_VALUES: dict[str, tuple[str, str]] = {
    "callhq": ("status", "brand-new-status"),
    "autocalls_v1": ("data.mode", "quantum"),
    "revox": ("assistant.voice.provider", "brand-new-tts"),
    "insighto": ("data.assistant_type", "hologram"),
    "autocalls": ("data.mode", "quantum"),
}
"""Per vendor: a (dotted path, value) put into the success body; an unknown value of a response enum
(CallHQ documents no response fields, so it is an unknown field)."""


def _with_unknown_values(slug: str) -> dict[str, Any]:
    body = success_body(slug)
    path, value = UNKNOWN_VALUES[slug]
    *parents, last = path.split(".")
    target = body
    for part in parents:
        target = target[part]
    target[last] = value
    target["brand_new_nested"] = {"added": "later"}
    body["brand_new_field"] = [1, 2, 3]
    return body


_FIELD_ERRORS: dict[str, dict[str, list[str]]] = {
    "autocalls": {"name": ["The name field is required."], "voice_id": ["The selected voice id is invalid."]},
    "autocalls_v1": {"assistant_name": ["The assistant name field is required."]},
    "insighto": {"name": ["Field required"], "voice.speed": ["Input should be less than or equal to 2"]},
    "revox": {"name": ["must have required property 'name'"], "voice.speed": ["must be <= 1.2"]},
    "callhq": {"voice.provider": ["must be equal to one of the allowed values"]},
}


def expected_field_errors(slug: str) -> dict[str, list[str]]:
    return copy.deepcopy(_FIELD_ERRORS[slug])


def _unprocessable(slug: str) -> Reply:
    """A 422 in the vendor's format: Laravel (autocalls), FastAPI (insighto), else Prism's."""
    errors = _FIELD_ERRORS[slug]
    if slug.startswith("autocalls"):
        return Reply(422, _json({"message": "The given data was invalid.", "errors": errors}))
    if slug == "insighto":
        detail = [
            {"loc": ["body", *name.split(".")], "msg": message, "type": "value_error"}
            for name, messages in errors.items()
            for message in messages
        ]
        return Reply(422, _json({"detail": detail}))
    validation = [
        {"location": ["body", *name.split(".")], "severity": "Error", "code": "x", "message": message}
        for name, messages in errors.items()
        for message in messages
    ]
    problem = {
        "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "status": 422,
        "detail": "Your request is not valid.",
        "validation": validation,
    }
    return Reply(422, _json(problem), {"Content-Type": "application/problem+json"})


def scenario(name: str, slug: str) -> list[Reply]:
    """The replies of one fault scenario for ``slug``."""
    ok = success_status(slug)
    created = Reply(ok, _json(success_body(slug)), {"x-request-id": "req_ok"}, creates=True)
    if name == "created":
        return [created]
    if name == "rate_limited_then_created":
        limited = Reply(429, _json({"message": "Too Many Attempts."}), {"Retry-After": "1"})
        return [limited, created]
    if name == "server_error":  # the server did the work, then failed
        return [Reply(500, _json({"message": "Server Error"}), {"x-request-id": "req_500"}, creates=True)]
    if name == "slow":
        return [Reply(ok, _json(success_body(slug)), creates=True, delay=5.0)]
    if name == "malformed_json":
        return [Reply(ok, b'{"id": "asst_1", "data": {"id": 7, "name": "Sales', creates=True)]
    if name == "unprocessable":
        return [_unprocessable(slug)]
    if name == "unknown_values":
        return [Reply(ok, _json(_with_unknown_values(slug)), creates=True)]
    raise ValueError(f"unknown scenario {name!r}")


SCENARIOS = (
    "created",
    "rate_limited_then_created",
    "server_error",
    "slow",
    "malformed_json",
    "unprocessable",
    "unknown_values",
)
