"""What is a secret, and how it is taken out of everything we show.

Two kinds of secret never appear in an error message, a repr, a log line or a conversion report:

* **credentials** a client was created with (the API key), scoped to that client: its ``Secrets``
  scrubs them (and their URL-encoded form) from any text it produces;
* **values under a key that names a secret**, wherever they sit in a body: ``api_key``,
  ``apiKey``, ``token``, ``secret``, ``password``, ``authorization``, ``credentials``,
  ``private_key``, ... (``is_secret_key``). A key is split into words (snake, camel, kebab case) and
  a word is compared whole, so ``max_tokens`` is not a secret and ``auth_token`` is.

Sensitive query parameters (``api_key=...``) and headers (``Authorization``, ``x-api-key``, ...) are
shown as ``<redacted>`` too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "Secrets",
    "is_secret_key",
    "redact_headers",
    "redact_text",
    "redact_value",
]

REDACTED = "<redacted>"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie", "set-cookie"})
_SECRET_WORDS = frozenset(
    {"token", "secret", "password", "passwd", "passphrase", "authorization", "credential", "credentials", "apikey"}
)
_SECRET_PAIRS = frozenset(
    {("api", "key"), ("access", "key"), ("private", "key"), ("secret", "key"), ("client", "secret")}
)
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_QUERY = re.compile(r"(?P<key>[?&](?:api[_-]?key|apikey|key|token|access_token|secret)=)[^&#\s'\"]*", re.IGNORECASE)
_MIN_SECRET_LENGTH = 4  # shorter strings would be scrubbed out of ordinary words


def is_secret_key(name: object) -> bool:
    """Whether a member named ``name`` holds a secret (``api_key``, ``authToken``, ``password``...)."""
    if not isinstance(name, str):
        return False
    words = [w.lower() for w in _WORDS.findall(name)]
    if any(w in _SECRET_WORDS for w in words):
        return True
    return any(pair in _SECRET_PAIRS for pair in itertools.pairwise(words))


def redact_value(value: Any) -> Any:
    """A copy of JSON-like ``value`` with every member under a secret key replaced by ``<redacted>``."""
    if isinstance(value, Mapping):
        return {k: REDACTED if is_secret_key(k) else redact_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(v) for v in value]
    return value


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with sensitive query values and the given secrets replaced by ``<redacted>``."""
    text = _QUERY.sub(lambda m: m.group("key") + REDACTED, text)
    for secret in secrets:
        if len(secret) >= _MIN_SECRET_LENGTH and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: REDACTED if k.lower() in SENSITIVE_HEADERS else redact_text(v) for k, v in items}


def _encodings(value: str) -> set[str]:
    """``value`` in every form a server may echo it in: as is, URL-encoded, JSON-escaped (with
    ``\\/`` and ``\\uXXXX``), and base64 (an ``Authorization: Basic`` echo)."""
    import base64
    import json
    from urllib.parse import quote, quote_plus

    escaped = json.dumps(value)[1:-1]
    ascii_escaped = json.dumps(value, ensure_ascii=True)[1:-1]
    raw = value.encode("utf-8", "surrogatepass")
    forms = {
        value,
        quote(value, safe=""),
        quote_plus(value),
        escaped,
        escaped.replace("/", "\\/"),
        ascii_escaped,
        ascii_escaped.replace("/", "\\/"),
        base64.b64encode(raw).decode().rstrip("="),
        base64.urlsafe_b64encode(raw).decode().rstrip("="),
    }
    upper = re.sub(r"\\u([0-9a-f]{4})", lambda m: "\\u" + m.group(1).upper(), ascii_escaped)
    forms |= {upper, upper.replace("/", "\\/")}
    return {f for f in forms if len(f) >= _MIN_SECRET_LENGTH}


class Secrets:
    """The credentials of one client: what its errors and logs must never show."""

    __slots__ = ("_values",)

    def __init__(self, values: Iterable[str] = ()) -> None:
        forms: set[str] = set()
        for value in values:
            if len(value) >= _MIN_SECRET_LENGTH:
                forms |= _encodings(value)
        self._values = tuple(sorted(forms, key=len, reverse=True))

    def __repr__(self) -> str:
        return f"<Secrets: {len(self._values)} value(s)>"

    def __bool__(self) -> bool:
        return bool(self._values)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and any(v in text for v in self._values)

    def scrub_bytes(self, data: bytes) -> bytes:
        """``data`` (any encoding) with these secrets, in their UTF-8 forms, replaced; other bytes
        are kept as they are."""
        for value in self._values:
            encoded = value.encode("utf-8", "surrogatepass")
            if encoded in data:
                data = data.replace(encoded, REDACTED.encode())
        return data

    def scrub(self, text: str) -> str:
        """``text`` without these secrets, sensitive query values or anything that names a secret."""
        return redact_text(text, self._values)
