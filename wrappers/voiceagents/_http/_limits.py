"""Bounds on what a vendor may send back, and reading an answer within them.

Every answer is read as a stream and refused as soon as it passes a limit, so a hostile or broken
server costs at most the limit in memory and the deadline in time:

* ``max_bytes`` (16 MiB): the body after decompression (a ``Content-Length`` over it is refused
  before reading; a gzip bomb stops at the limit, never inflated whole);
* ``max_error_bytes`` (64 KiB): what is kept of an error answer's body (enough for any message;
  the rest is not downloaded);
* ``max_depth`` (64) and ``max_digits`` (100): nesting and integer length of the JSON, checked
  before it is parsed (no ``RecursionError``, no digit-limit ``ValueError``);
* ``max_pages`` (1,000): the pages one listing may fetch.

The call's deadline (``deadline=``, default three times the read timeout) bounds the whole call,
retries and a slow body included. Each breach is a typed error (``APIResponseLimitError``,
``APIPaginationError``, ``APITimeoutError``) whose message says, for a create, that the assistant
may exist. Environment: ``VOICEAGENTS_MAX_ANSWER_BYTES`` (a size: ``64M`` works) and
``VOICEAGENTS_MAX_PAGES`` change the defaults.
"""

from __future__ import annotations

import os
import time
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .. import _loading

__all__ = ["ACCEPT_ENCODING", "AnswerLimits", "Body", "LimitBreach", "decode_json"]

ACCEPT_ENCODING = "gzip, deflate"
"""What we ask servers for: encodings we inflate ourselves, in bounded pieces."""
_PIECE = 64 << 10

ENV_MAX_ANSWER_BYTES = "VOICEAGENTS_MAX_ANSWER_BYTES"
ENV_MAX_PAGES = "VOICEAGENTS_MAX_PAGES"


class LimitBreach(Exception):
    """An answer passed one of the ``AnswerLimits`` (``limit`` names it); turned into the typed
    error of the call by the client, which knows the operation."""

    def __init__(self, limit: str, message: str) -> None:
        self.limit = limit
        super().__init__(message)


@dataclass(frozen=True)
class AnswerLimits:
    """How much of a vendor's answers voiceagents reads (see the module docstring)."""

    max_bytes: int = 16 << 20
    max_error_bytes: int = 64 << 10
    max_depth: int = 64
    max_digits: int = 100
    max_pages: int = 1_000

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_error_bytes", "max_depth", "max_digits", "max_pages"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"AnswerLimits.{name} must be a whole number >= 1, not {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AnswerLimits:
        """The defaults, with ``VOICEAGENTS_MAX_ANSWER_BYTES`` and ``VOICEAGENTS_MAX_PAGES`` applied."""
        env = os.environ if environ is None else environ
        values: dict[str, int] = {}
        size = env.get(ENV_MAX_ANSWER_BYTES, "").strip()
        if size:
            try:
                values["max_bytes"] = _loading.parse_size(size)
            except ValueError:
                raise ValueError(f"{ENV_MAX_ANSWER_BYTES} must be a size in bytes (e.g. 64M), not {size!r}") from None
        pages = env.get(ENV_MAX_PAGES, "").strip()
        if pages:
            if not pages.isdigit():
                raise ValueError(f"{ENV_MAX_PAGES} must be a whole number, not {pages!r}")
            values["max_pages"] = int(pages)
        return cls(**values)


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} bytes"


class Body:
    """The body of one answer, accumulated chunk by chunk within the limits and the deadline."""

    __slots__ = ("_cap", "_chunks", "_deadline", "_error", "_inflater", "_limits", "_size", "truncated")

    def __init__(self, response: httpx.Response, limits: AnswerLimits, deadline: float | None) -> None:
        """``response`` is streamed; one built with its content (e.g. by an ``httpx.MockTransport``
        handler) was already read and decoded by httpx, and is taken as it is (``chunks``)."""
        self._limits = limits
        self._deadline = deadline
        self._error = not 200 <= response.status_code < 300
        self._cap = limits.max_error_bytes if self._error else limits.max_bytes
        self._chunks: list[bytes] = []
        self._size = 0
        self.truncated = False
        loaded = response.is_stream_consumed
        self._inflater = None if loaded else _inflater(response.headers.get("content-encoding", ""))
        declared = response.headers.get("content-length", "")
        if not self._error and declared.isdigit() and int(declared) > limits.max_bytes:
            raise LimitBreach(
                "max_bytes",
                f"the answer announces {_size(int(declared))}, over the {_size(limits.max_bytes)} limit"
                " (AnswerLimits.max_bytes, VOICEAGENTS_MAX_ANSWER_BYTES)",
            )

    def feed(self, raw: bytes) -> bool:
        """Take one chunk as it came off the wire (compressed or not); ``False`` once an error body
        has all we keep of it. Compressed data is inflated in pieces of at most 64 KiB, so a
        decompression bomb never costs more than the limit."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise LimitBreach("deadline", "the answer was still arriving when the call's deadline passed")
        if self._inflater is None:
            return self._take(raw)
        return all(self._take(piece) for piece in _inflate(self._inflater, raw))

    def _take(self, chunk: bytes) -> bool:
        room = self._cap - self._size
        if len(chunk) > room:
            if self._error:
                self._chunks.append(chunk[:room])
                self._size = self._cap
                self.truncated = True
                return False
            raise LimitBreach(
                "max_bytes",
                f"the answer is larger than {_size(self._limits.max_bytes)} (decompressed), over the limit"
                " (AnswerLimits.max_bytes, VOICEAGENTS_MAX_ANSWER_BYTES)",
            )
        self._chunks.append(chunk)
        self._size += len(chunk)
        return True

    @staticmethod
    def chunks(response: httpx.Response) -> Iterator[bytes]:
        """The raw chunks of a streamed answer, or the content of one already read."""
        if response.is_stream_consumed:
            yield response.content
        else:
            yield from response.iter_raw()

    def response(self, response: httpx.Response) -> httpx.Response:
        """A complete, already decoded copy of ``response`` holding this body."""
        if self._inflater is not None:
            rest = self._inflater.flush()
            if rest:
                self._take(rest)
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DROPPED_HEADERS]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            request=response.request,
            extensions=response.extensions,
        )


_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _inflater(encoding: str) -> Any:
    """A zlib decompressor for the answer's ``Content-Encoding`` (``None``: not encoded)."""
    name = encoding.strip().lower()
    if name in ("", "identity"):
        return None
    if name in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if name == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib- or gzip-wrapped; raw deflate below
    raise LimitBreach("encoding", f"the answer is encoded with {encoding!r}, which voiceagents does not decode")


def _inflate(inflater: Any, data: bytes) -> Iterator[bytes]:
    try:
        while data:
            piece = inflater.decompress(data, _PIECE)
            if piece:
                yield piece
            data = inflater.unconsumed_tail
            if not piece and not data:
                return
    except zlib.error as exc:
        raise LimitBreach("encoding", f"the answer's compressed body is corrupt ({exc})") from None


def decode_json(content: bytes, limits: AnswerLimits) -> Any:
    """The JSON in ``content`` (``None`` when empty); ``LimitBreach`` for nesting or digits over the
    limits, ``ValueError`` when it is not JSON. Duplicate keys: the last wins (lenient answers)."""
    if not content.strip():
        return None
    text = content.decode("utf-8")
    bounds = _loading.Limits(max_bytes=max(len(content), 1), max_depth=limits.max_depth, max_digits=limits.max_digits)
    try:
        return _loading.parse_json(text, name="the answer", limits=bounds, duplicate_keys=True)
    except _loading.DocumentError as exc:
        if exc.limit in ("max_depth", "max_digits"):
            message = (
                f"the answer nests objects/arrays more than {limits.max_depth} deep (AnswerLimits.max_depth)"
                if exc.limit == "max_depth"
                else f"the answer has an integer over {limits.max_digits} digits (AnswerLimits.max_digits)"
            )
            raise LimitBreach(exc.limit, message) from None
        raise ValueError(str(exc)) from None
