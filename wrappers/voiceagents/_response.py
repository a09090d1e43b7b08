"""What an answer from the vendor means: a ``CreateResult``, or the exception to raise.

The vendor's assistant id is found generically in the parsed answer: a top-level ``id``, else the
``id`` of the first object member that has one, looking at ``data``, ``assistant`` and ``result``
first and then at the other members in schema order (autocalls and insighto: ``data.id``,
Revox: ``assistant.id``, CallHQ: ``id``). ``None`` if the body holds no id at those two depths.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from types import ModuleType
from typing import Any

import attrs
import httpx

from ._constants import REQUEST_ID_HEADERS
from ._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._logs import redact

__all__ = ["CreateResult", "field_errors", "find_id", "parse_success", "status_error"]

_ID_ENVELOPES = ("data", "assistant", "result")
_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}
_KNOWN_STATUSES = frozenset(status.value for status in HTTPStatus)  # ``_build_response`` needs one
_BODY_LOCATIONS = frozenset({"request", "body"})
_SHOWN_CHARS = 300


@dataclass(frozen=True)
class CreateResult:
    """A created assistant: its id, the vendor's typed answer, and the raw HTTP response."""

    id: str | int | None
    """The vendor's id of the new assistant (see the module docstring for where it is found)."""
    vendor: str
    response: Any
    """The parsed body: the vendor package's ``models.CreateAssistantResponse``."""
    status_code: int
    headers: httpx.Headers = field(repr=False)
    http_response: httpx.Response = field(repr=False)
    conversion: Any = field(default=None, repr=False)
    """The ``ConversionReport`` when a neutral assistant was converted, else ``None``."""


def find_id(parsed: Any) -> str | int | None:
    """The assistant id in a create answer (depth 1, then depth 2), or ``None``.

    ``parsed`` is a generated model (attrs, with ``additional_properties``) or plain JSON. A UUID
    id is returned as its string."""
    found = _id_of(parsed)
    if found is not None:
        return found
    for name in _member_names(parsed):
        found = _id_of(_member(parsed, name))
        if found is not None:
            return found
    return None


def _member(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    value = getattr(obj, name, None)
    if value is None:
        extra = getattr(obj, "additional_properties", None)
        if isinstance(extra, Mapping):
            value = extra.get(name)
    return value


def _member_names(obj: Any) -> list[str]:
    if isinstance(obj, Mapping):
        names = [str(k) for k in obj]
    elif attrs.has(type(obj)):
        names = [f.name for f in attrs.fields(type(obj)) if f.name != "additional_properties"]
        names += [str(k) for k in getattr(obj, "additional_properties", None) or ()]
    else:
        return []
    return [k for k in _ID_ENVELOPES if k in names] + [k for k in names if k not in _ID_ENVELOPES]


def _id_of(obj: Any) -> str | int | None:
    value = _member(obj, "id") if obj is not None and not isinstance(obj, str | int | float | list) else None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return value


def parse_success(
    slug: str, endpoint: ModuleType, parse_client: Any, response: httpx.Response, conversion: Any = None
) -> CreateResult:
    """Type a 2xx answer with the generated ``_build_response``; raise if the body does not fit."""
    try:
        parsed = None
        if response.status_code in _KNOWN_STATUSES:
            parsed = endpoint._build_response(client=parse_client, response=response).parsed
        if parsed is None:  # a 2xx the spec does not list (201 where it documents 200): same schema
            parsed = endpoint.CreateAssistantResponse.from_dict(response.json())
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _invalid(slug, response, f"the body is not valid JSON ({exc})") from None
    except Exception as exc:
        reason = f"the body does not match the spec's CreateAssistantResponse ({type(exc).__name__}: {exc})"
        raise _invalid(slug, response, reason) from None
    return CreateResult(
        id=find_id(parsed),
        vendor=slug,
        response=parsed,
        status_code=response.status_code,
        headers=response.headers,
        http_response=response,
        conversion=conversion,
    )


def _invalid(slug: str, response: httpx.Response, reason: str) -> APIResponseValidationError:
    message = (
        f"{slug}: the vendor answered {response.status_code}, so the assistant was most likely created,"
        f" but {reason}. The raw body is in .raw_body; check before creating it again."
    )
    return APIResponseValidationError(
        redact(message),
        vendor=slug,
        status_code=response.status_code,
        raw_body=response.content,
        may_have_created=True,
    )


def status_error(slug: str, response: httpx.Response, *, secrets: Sequence[str] = (), note: str = "") -> APIStatusError:
    """The ``APIStatusError`` subclass for a non-2xx answer, carrying the body and request id."""
    status = response.status_code
    body = _body(response, secrets)
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    reason = response.reason_phrase or _phrase(status)
    message = f"{slug}: {status} {reason}".rstrip()
    summary = _summary(body)
    if summary:
        message += f": {summary}"
    errors: dict[str, list[str]] = {}
    if status == 422:
        errors = field_errors(body, response.headers)
        if errors:
            shown = "; ".join(f"{f or '(body)'}: {' / '.join(m)}" for f, m in errors.items())
            message += f" [{shown[:_SHOWN_CHARS]}]"
    if request_id:
        message += f" (request id {request_id})"
    if note:
        message += f" ({note})"
    if not message.endswith((".", "!", "?")):
        message += "."
    message = redact(message, secrets)
    common: dict[str, Any] = {
        "vendor": slug,
        "status_code": status,
        "body": body,
        "request_id": request_id,
        "headers": response.headers,
        # Only a 4xx is a sure "not created"; a 5xx (or a stray 1xx/3xx) may come after the work.
        "may_have_created": not 400 <= status < 500,
    }
    if status == 422:
        return UnprocessableEntityError(message, field_errors=errors, **common)
    if status >= 500:
        return InternalServerError(message, **common)
    return _STATUS_ERRORS.get(status, APIStatusError)(message, **common)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _body(response: httpx.Response, secrets: Sequence[str]) -> Any:
    """The body as JSON if it is JSON, else as text; with any echoed secret taken out."""
    text = response.text
    if any(secret and secret in text for secret in secrets):
        text = redact(text, secrets)
    try:
        return json.loads(text)
    except ValueError:
        return text


def _summary(body: Any) -> str:
    if isinstance(body, Mapping):
        for key in ("message", "detail", "error", "title", "error_description"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:_SHOWN_CHARS]
            if isinstance(value, Mapping) and isinstance(value.get("message"), str):
                return str(value["message"])[:_SHOWN_CHARS]
        return ""
    if isinstance(body, str):
        return " ".join(body.split())[:_SHOWN_CHARS]
    return ""


def field_errors(body: Any, headers: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """The vendor's per-field messages of a 422, as ``{field: [messages]}`` (``""``: the whole body).

    Understood shapes: Laravel/autocalls ``{"message", "errors": {field: [messages]}}``; a list of
    ``{field|path|loc|location, message|msg}`` under ``errors``, ``detail`` (FastAPI) or
    ``validation`` (Prism); and Prism's ``sl-violations`` header. Nested locations are joined with
    dots (``voice.speed``), without a leading ``body``.
    """
    found: dict[str, list[str]] = {}
    if isinstance(body, Mapping):
        errors = body.get("errors")
        if isinstance(errors, Mapping):
            for name, messages in errors.items():
                for message in messages if isinstance(messages, list) else [messages]:
                    _add(found, str(name), _message(message))
        for key in ("errors", "detail", "validation"):
            items = body.get(key)
            if isinstance(items, list):
                _add_items(found, items)
    violations = (headers or {}).get("sl-violations")
    if violations:
        try:
            items = json.loads(violations)
        except ValueError:
            items = None
        if isinstance(items, list):
            _add_items(found, items)
    return found


def _add_items(found: dict[str, list[str]], items: list[Any]) -> None:
    for item in items:
        if isinstance(item, Mapping):
            where = next((item[k] for k in ("loc", "location", "field", "path") if k in item), "")
            _add(found, _location(where), _message(item))
        elif isinstance(item, str):
            _add(found, "", item)


def _location(where: Any) -> str:
    if isinstance(where, list | tuple):
        parts = [str(p) for p in where]
        while parts and parts[0] in _BODY_LOCATIONS:
            parts.pop(0)
        return ".".join(parts)
    text = str(where)
    if text.startswith("/"):  # a JSON pointer
        return ".".join(p.replace("~1", "/").replace("~0", "~") for p in text[1:].split("/"))
    return text


def _message(item: Any) -> str:
    if isinstance(item, Mapping):
        for key in ("msg", "message", "detail"):
            if isinstance(item.get(key), str):
                return str(item[key])
    return item if isinstance(item, str) else json.dumps(item, default=str)


def _add(found: dict[str, list[str]], name: str, message: str) -> None:
    messages = found.setdefault(name, [])
    if message not in messages:
        messages.append(message)
