"""What a vendor's answer means: a ``Result``, or the exception to raise.

A success (2xx) answer never raises, whatever its status code and body, as long as the body is JSON
(or empty): the assistant id is read where the spec says it is (the ``x-voiceagents-id`` pointer of
the operation's success response, never guessed); the typed model is the generated client's lenient
parse of the body, built on first use; the raw JSON is always there; what did not fit the spec is a
warning, logged on the ``voiceagents`` logger and listed on ``Result.warnings``. Whether anything
did not fit is first checked against the spec's answer schema in Rust, so a conforming answer costs
a few microseconds and is parsed only when ``parsed`` is read.

An error answer becomes the ``APIStatusError`` subclass of its status, carrying the body (secrets
removed) and the request id.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx
import jsonschema_rs

from .. import spec
from .._exceptions import (
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
from .._json import MISSING, read_pointer, unpointer
from .._logs import logger
from .._secrets import Secrets, redact_headers, redact_value
from ..spec import Operation, id_problem
from ..spec import schema as _schema
from ._limits import AnswerLimits, LimitBreach, decode_json

if TYPE_CHECKING:
    from ..convert import ConversionReport
    from ..types import Assistant

__all__ = ["CreateResult", "Result", "field_errors", "item_results", "status_error", "success_result"]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")
_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}
_BODY_LOCATIONS = frozenset({"request", "body"})
_SHOWN_CHARS = 300
_SHOWN_BYTES = 64 << 10
_DEFAULT_LIMITS = AnswerLimits()


class Result:
    """One vendor answer: the assistant's id, the raw JSON, the typed model, and the HTTP response.

    ``status_code``, ``headers`` and ``request_id`` are read from ``http_response``; ``parsed`` (alias
    ``response``) is the vendor package's generated model of the answer, built on first use.
    """

    __slots__ = ("_parse", "_parsed", "_warnings", "conversion", "http_response", "id", "operation", "raw", "vendor")

    def __init__(
        self,
        *,
        vendor: str,
        operation: str,
        id: str | int | None,
        raw: Any,
        http_response: httpx.Response,
        parse: Callable[[], tuple[Any, list[str]]],
        warnings: list[str] | None = None,
        conversion: ConversionReport | None = None,
    ) -> None:
        self.vendor = vendor
        self.operation = operation
        self.id = id
        """The vendor's id of the assistant (``None`` when the documented answer holds none)."""
        self.raw = raw
        """The answer's JSON as sent (``None`` for an empty body)."""
        self.http_response = http_response
        self.conversion = conversion
        """The ``ConversionReport`` when a neutral assistant was converted for this request."""
        self._parse = parse
        self._parsed: Any = MISSING
        self._warnings = warnings

    @property
    def parsed(self) -> Any:
        """The generated model of the answer (lenient: what did not fit is in ``warnings``)."""
        if self._parsed is MISSING:
            parsed, warnings = self._parse()
            self._parsed = parsed
            if self._warnings is None:
                self._warnings = warnings
        return self._parsed

    response = parsed

    @property
    def warnings(self) -> list[str]:
        """What of the answer did not fit the spec (each value is kept as sent)."""
        if self._warnings is None:
            _ = self.parsed
        return list(self._warnings or ())

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return next((self.headers[h] for h in REQUEST_ID_HEADERS if h in self.headers), None)

    def assistant_data(self) -> dict[str, Any] | None:
        """The assistant object in the answer (where ``x-voiceagents-assistant`` says), or ``None``."""
        if self.operation == "listAssistants":
            return self.raw if isinstance(self.raw, dict) else None
        op = _operation(self.vendor, self.operation)
        where = op.pointer("assistant")
        found = read_pointer(self.raw, where) if where is not None else None
        return found if isinstance(found, dict) else None

    def to_assistant(self) -> tuple[Assistant, ConversionReport]:
        """The assistant in this answer as a neutral definition, and the conversion report."""
        from ..convert import from_answer

        data = self.assistant_data()
        if data is None:
            from .._exceptions import InputError

            raise InputError(f"{self.vendor}: the {self.operation} answer holds no assistant object")
        return from_answer(self.vendor, data)

    def __repr__(self) -> str:
        return (
            f"<Result vendor={self.vendor!r} operation={self.operation!r} id={self.id!r} "
            f"status_code={self.status_code}{' warnings' if self._warnings else ''}>"
        )


CreateResult = Result
"""The name of ``Result`` in voiceagents 0.1."""


def _operation(slug: str, operation_id: str) -> Operation:
    return spec.operation(slug, operation_id)


@functools.cache
def _answer_validator(slug: str, operation_id: str) -> Any:
    """A validator of the operation's documented success body (None when it has no schema)."""
    op = _operation(slug, operation_id)
    if op.success.schema is None:
        return None
    return jsonschema_rs.validator_for(spec.vendor(slug).spec.schema_document(op.success.schema))


def _decode(op: Operation, response: httpx.Response, check: str, limits: AnswerLimits, secrets: Secrets) -> Any:
    try:
        return decode_json(response.content, limits)
    except LimitBreach:
        raise
    except ValueError as exc:
        message = (
            f"{op.vendor}: {op.method} {response.url.path} answered {response.status_code} with a body that is"
            f" not JSON ({type(exc).__name__}). The raw body is in .raw_body."
        )
        raise APIResponseValidationError(
            message,
            vendor=op.vendor,
            status_code=response.status_code,
            raw_body=secrets.scrub_bytes(response.content[:_SHOWN_BYTES]),
            may_have_created=op.creates,
            operation=op.operation_id,
            check=check,
        ) from None


def _log(op: Operation, warnings: list[str]) -> None:
    for warning in warnings:
        logger.warning("%s %s: %s", op.vendor, op.operation_id, warning)


def success_result(
    op: Operation,
    endpoint: Any,
    parse_client: Any,
    response: httpx.Response,
    *,
    conversion: ConversionReport | None = None,
    check: str = "",
    limits: AnswerLimits | None = None,
    secrets: Secrets | None = None,
) -> Result:
    """The ``Result`` of a 2xx answer (raises only for a body that is not JSON at all, or over the
    ``limits``: ``LimitBreach``)."""
    raw = _decode(op, response, check, limits or _DEFAULT_LIMITS, secrets or Secrets())
    notes = _status_notes(op, response.status_code, raw)
    id_value = _read_id(op, raw, notes)

    def parse() -> tuple[Any, list[str]]:
        try:
            built = endpoint._build_response(client=parse_client, response=response)
        except Exception as exc:  # the generated parser is lenient; this is a last line of defence
            return None, [f"the answer could not be parsed into the client's model ({type(exc).__name__})"]
        return built.parsed, list(built.warnings)

    validator = _answer_validator(op.vendor, op.operation_id)
    eager = notes or (validator is not None and raw is not None and not validator.is_valid(raw))
    result = Result(
        vendor=op.vendor,
        operation=op.operation_id,
        id=id_value,
        raw=raw,
        http_response=response,
        parse=parse,
        warnings=None,
        conversion=conversion,
    )
    if eager:  # something does not fit: parse now, so the warnings are logged when it happens
        _ = result.parsed
        warnings = list(dict.fromkeys([*notes, *result.warnings]))
        result._warnings = warnings
        _log(op, warnings)
    return result


def _status_notes(op: Operation, status: int, raw: Any) -> list[str]:
    notes = []
    documented = op.success.status
    if documented[0] == "2" and documented != "2XX" and str(status) != documented:
        notes.append(f"status {status} is not documented for {op.operation_id} (the docs say {documented})")
    return notes


def _read_id(op: Operation, raw: Any, notes: list[str]) -> str | int | None:
    where = op.pointer("id")
    if where is None:
        return None
    value = read_pointer(raw, where, None)
    if isinstance(value, bool) or not isinstance(value, str | int):
        notes.append(f"the answer has no assistant id at {where} (the spec says it is there)")
        return None
    return _usable_id(value, notes)


def _usable_id(value: str | int, notes: list[str]) -> str | int | None:
    """An id read from an answer, or ``None`` (with a note) when it is path syntax, not an id: it
    could only address another resource (``..`` is the collection's parent)."""
    problem = id_problem(value)
    if problem is None:
        return value
    shown = repr(str(value)) if len(str(value)) <= 40 else repr(str(value)[:37] + "...")
    notes.append(f"the answer's assistant id {shown} cannot be used: {problem}; it is ignored")
    return None


def item_results(op: Operation, package: Any, response: httpx.Response, raw: Any) -> list[Result]:
    """One ``Result`` per assistant of a list answer (``x-voiceagents-items``); ``package`` is the
    vendor's generated client package (its ``models`` and ``types`` are used)."""
    where, id_at = op.pointer("items"), op.pointer("item-id")
    items = read_pointer(raw, where, None) if where is not None else raw
    if not isinstance(items, list):
        _log(op, [f"the answer has no list of assistants at {where or '(body)'}"])
        return []
    model = _item_model(op, package.models)
    collect = package.types.collect_warnings
    validator = _answer_validator(op.vendor, op.operation_id)
    eager = validator is not None and not validator.is_valid(raw)
    results = []
    for item in items:
        value = read_pointer(item, id_at, None) if id_at is not None else None
        if isinstance(value, str | int) and not isinstance(value, bool):
            notes: list[str] = []
            value = _usable_id(value, notes)
            if notes:
                _log(op, notes)

        def parse(item: Any = item) -> tuple[Any, list[str]]:
            if model is None:
                return None, []
            parsed = model.from_dict(item)
            return parsed, list(collect(parsed))

        result = Result(
            vendor=op.vendor,
            operation=op.operation_id,
            id=value if isinstance(value, str | int) and not isinstance(value, bool) else None,
            raw=item,
            http_response=response,
            parse=parse,
        )
        if eager:  # parsed now, so .warnings is there at once (the page's own warnings were logged)
            _ = result.warnings
        results.append(result)
    return results


def _item_model(op: Operation, models: Any) -> Any:
    """The generated model class of one listed assistant (from the items' ``$ref``), if any."""
    document = spec.vendor(op.vendor).spec.document
    segments = list(unpointer(op.pointer("items") or ""))
    for node in _schema.schema_at(document, op.success.schema or {}, segments):
        items = node.get("items")
        if isinstance(items, Mapping) and isinstance(items.get("$ref"), str):
            return getattr(models, items["$ref"].rsplit("/", 1)[-1], None)
    return None


def status_error(
    op: Operation, response: httpx.Response, *, secrets: Secrets, note: str = "", check: str = ""
) -> APIStatusError:
    """The ``APIStatusError`` subclass for a non-2xx answer, carrying the body and request id."""
    status = response.status_code
    body = _body(response, secrets)
    headers = {k: secrets.scrub(v) for k, v in redact_headers(response.headers).items()}
    request_id = next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)
    reason = response.reason_phrase or _phrase(status)
    message = f"{op.vendor}: {op.operation_id}: {status} {reason}".rstrip()
    summary = _summary(body)
    if summary:
        message += f": {summary}"
    errors: dict[str, list[str]] = {}
    if status == 422:
        errors = field_errors(body, headers)
        if errors:
            shown = "; ".join(f"{f or '(body)'}: {' / '.join(m)}" for f, m in errors.items())
            message += f" [{shown[:_SHOWN_CHARS]}]"
    if request_id:
        message += f" (request id {request_id})"
    if note:
        message += f" ({note})"
    if not message.endswith((".", "!", "?")):
        message += "."
    message = secrets.scrub(message)
    common: dict[str, Any] = {
        "vendor": op.vendor,
        "status_code": status,
        "body": body,
        "request_id": request_id,
        "headers": headers,
        # Only a 4xx is a sure "not created"; a 5xx (or a stray 1xx/3xx) may come after the work.
        "may_have_created": op.creates and not 400 <= status < 500,
        "operation": op.operation_id,
        "check": check,
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


def _body(response: httpx.Response, secrets: Secrets) -> Any:
    """The body as JSON if it is JSON, else as text; with secrets removed: values under secret
    keys, and the client's key wherever it is echoed, in any form the server may have written it
    (JSON escapes are undone by parsing before every string is scrubbed)."""
    try:
        data = decode_json(response.content, _DEFAULT_LIMITS)
    except (LimitBreach, ValueError):
        data = None
    if data is None:  # empty, or not JSON: the text as sent
        return secrets.scrub(response.content.decode("utf-8", "replace"))
    return _scrub(redact_value(data), secrets)


def _scrub(value: Any, secrets: Secrets) -> Any:
    if isinstance(value, str):
        return secrets.scrub(value)
    if isinstance(value, dict):
        return {secrets.scrub(str(k)): _scrub(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, secrets) for v in value]
    return value


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
        return ".".join(unpointer(text))
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
