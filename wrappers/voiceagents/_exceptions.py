"""Every exception voiceagents raises.

The tree (httpx style; catch the base class to catch everything):

* VoiceagentsError
  + InputError ..................... bad input, found before any network call
  | - ValidationError .............. a body breaks the vendor's spec (field, value, rule per error)
  | | - AssistantValidationError ... a definition breaks the neutral schema
  | - ConversionError .............. a conversion would lose data or needs input (every field named)
  | - UnknownVendorError ........... no such vendor slug (with the closest one)
  | - ClientNotInstalledError ...... the vendor's client package is not installed (how to install it)
  | - UnsupportedOperationError .... the vendor does not document that operation (nothing is sent)
  | - MissingCredentialsError ...... no API key given and none in ``<SLUG>_API_KEY``
  | - DocumentError ................ a file or text cannot be read or parsed, or is over a limit
  | - SpecError .................... a vendor spec breaks ``openapi/CONVENTIONS.md``
  + APIError ....................... something went wrong talking to the vendor
    - APIConnectionError ........... the request did not get an answer
    | - APITimeoutError ............ it took longer than the timeout
    - APIStatusError ............... the vendor answered with a 4xx/5xx status
    | - BadRequestError ............ 400
    | - AuthenticationError ........ 401
    | - PermissionDeniedError ...... 403
    | - NotFoundError .............. 404
    | - ConflictError .............. 409
    | - UnprocessableEntityError ... 422 (``field_errors``: the vendor's per-field messages)
    | - RateLimitError ............. 429
    | - InternalServerError ........ 5xx
    - APIResponseValidationError ... a success status whose body cannot be parsed (``raw_body`` kept)
    - APIResponseLimitError ........ an answer over a limit (size, decompressed size, nesting, digits)
    - APIPaginationError ........... a list whose pages do not advance, or go on past ``max_pages``

A create that may have reached the vendor (a read timeout, a 5xx) is never retried; such errors have
``may_have_created = True`` and say so in their message. No exception ever contains the API key, nor
a value under a key that names a secret (``api_key``, ``token``, ``password``...).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIPaginationError",
    "APIResponseLimitError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AssistantValidationError",
    "AuthenticationError",
    "BadRequestError",
    "ClientNotInstalledError",
    "ConflictError",
    "ConversionError",
    "DocumentError",
    "FieldError",
    "InputError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SpecError",
    "UnknownVendorError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "ValidationError",
    "VoiceagentsError",
]


class VoiceagentsError(Exception):
    """Base class of every voiceagents exception."""


class InputError(VoiceagentsError):
    """Bad input, detected before anything is sent."""


@dataclass(frozen=True)
class FieldError:
    """One rule that one field breaks: where, what value, which rule."""

    path: str
    """JSON pointer of the field in the body (``/voice/speed``); ``""`` is the whole body."""
    value: Any
    rule: str
    """The rule in words, e.g. ``maximum 1.2`` or ``required when mode is pipeline``."""

    def __post_init__(self) -> None:
        # A value under a key that names a secret (or holding one) is never kept, so it cannot
        # reach a message, a repr or a report.
        from ._secrets import REDACTED, is_secret_key, redact_value

        segments = [s.replace("~1", "/").replace("~0", "~") for s in self.path.split("/")[1:]]
        value = REDACTED if any(is_secret_key(s) for s in segments) else redact_value(self.value)
        object.__setattr__(self, "value", value)

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return f"{self.path or '(body)'}: {shown} breaks rule: {self.rule}"


class ValidationError(InputError):
    """A request body breaks the vendor's spec. ``errors`` lists every broken rule."""

    def __init__(self, vendor: str, errors: Sequence[FieldError]) -> None:
        self.vendor = vendor
        self.errors: list[FieldError] = list(errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        super().__init__(f"{vendor}: the request body is invalid ({len(self.errors)} problem(s)):\n{lines}")


class AssistantValidationError(ValidationError):
    """An assistant definition breaks the neutral schema. ``errors`` lists every broken rule."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        super().__init__("assistant", errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        self.args: tuple[Any, ...] = (f"the assistant definition is invalid ({len(self.errors)} problem(s)):\n{lines}",)


class DocumentError(InputError):
    """A document cannot be read or parsed, or is over one of the loading limits.

    ``name`` is the document (a path as given, ``<stdin>`` or the name given to the loader);
    ``limit`` is the limit that refused it (``None`` for read and parse errors); ``line``/``column``
    (1-based) locate a parse error when known.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str,
        limit: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.name = name
        self.limit = limit
        self.line = line
        self.column = column
        super().__init__(message)


class SpecError(InputError):
    """A vendor spec cannot be read, or breaks the conventions (``openapi/CONVENTIONS.md``).

    ``source`` is the spec (a path, or the client package it ships in); ``line`` where known.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.source = source
        self.line = line
        super().__init__(message)


class ConversionError(InputError):
    """A conversion would drop data or needs input the neutral model cannot supply.

    ``report`` is the full ``ConversionReport``; ``problems`` are its drops and missing inputs.
    """

    def __init__(self, vendor: str, problems: Sequence[str], report: Any = None) -> None:
        self.vendor = vendor
        self.problems: list[str] = list(problems)
        self.report = report
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"conversion to {vendor} would lose data or needs input:\n{lines}")


class UnknownVendorError(InputError, KeyError):
    """The vendor slug is not one voiceagents knows."""

    def __init__(self, slug: str, known: Sequence[str]) -> None:
        self.slug = slug
        close = difflib.get_close_matches(str(slug), list(known), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        super().__init__(f"unknown vendor {slug!r}{hint} (known vendors: {', '.join(known)})")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class ClientNotInstalledError(InputError, ModuleNotFoundError):
    """The vendor's generated client package is not installed."""

    def __init__(self, vendor: str, hint: str) -> None:
        self.vendor = vendor
        super().__init__(f"the {vendor} client is not installed: {hint}")


class UnsupportedOperationError(InputError):
    """The vendor does not document this operation; nothing was sent."""

    def __init__(self, vendor: str, operation: str, available: Sequence[str]) -> None:
        self.vendor = vendor
        self.operation = operation
        super().__init__(
            f"{vendor} does not document {operation}; it documents: {', '.join(available)}. Nothing was sent."
        )


class MissingCredentialsError(InputError):
    """No API key was passed and the ``<SLUG>_API_KEY`` environment variable is not set (or a key
    was given explicitly as an empty string). ``env_var`` is the variable to set."""

    def __init__(self, message: str, *, vendor: str = "", env_var: str = "") -> None:
        self.vendor = vendor
        self.env_var = env_var
        super().__init__(message)


class APIError(VoiceagentsError):
    """Talking to the vendor failed.

    ``may_have_created``: the request of a create (or clone) may have been processed, so the
    assistant may exist although no answer says so; such a request is never retried. ``operation``
    is the operationId (``createAssistant``, ``updateAssistant``, ...).
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        may_have_created: bool = False,
        operation: str = "createAssistant",
        check: str = "",
    ) -> None:
        self.vendor = vendor
        self.may_have_created = may_have_created
        self.operation = operation
        self.detail = message
        """What went wrong, without the advice about a possible duplicate."""
        if may_have_created:
            message += (
                " The request may have reached the vendor, so the assistant may have been created;"
                " it was not retried, to avoid a duplicate. " + (check or "Check before creating it again.")
            )
        super().__init__(message)


class APIConnectionError(APIError):
    """No answer: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""


class APIStatusError(APIError):
    """The vendor answered with an error status (4xx/5xx)."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        status_code: int,
        body: Any,
        request_id: str | None,
        headers: Mapping[str, str] | None = None,
        may_have_created: bool = False,
        operation: str = "createAssistant",
        check: str = "",
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.headers: dict[str, str] = dict(headers or {})
        super().__init__(message, vendor=vendor, may_have_created=may_have_created, operation=operation, check=check)


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, wrong, or sent the wrong way."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422: the vendor rejected the body. ``field_errors`` maps a field to its messages."""

    def __init__(self, message: str, *, field_errors: Mapping[str, list[str]], **kwargs: Any) -> None:
        self.field_errors: dict[str, list[str]] = dict(field_errors)
        super().__init__(message, **kwargs)


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


class APIResponseValidationError(APIError):
    """A success status whose body is not what the spec says. ``raw_body`` keeps what came back."""

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        status_code: int,
        raw_body: bytes,
        may_have_created: bool = True,
        operation: str = "createAssistant",
        check: str = "",
    ) -> None:
        self.status_code = status_code
        self.raw_body = raw_body
        super().__init__(message, vendor=vendor, may_have_created=may_have_created, operation=operation, check=check)


class APIResponseLimitError(APIError):
    """An answer went over one of the ``AnswerLimits`` (``limit``: ``max_bytes``, ``max_depth``,
    ``max_digits``) and was not read further. For a create, the assistant may exist."""

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        limit: str,
        status_code: int,
        may_have_created: bool = True,
        operation: str = "createAssistant",
        check: str = "",
    ) -> None:
        self.limit = limit
        self.status_code = status_code
        super().__init__(message, vendor=vendor, may_have_created=may_have_created, operation=operation, check=check)


class APIPaginationError(APIError):
    """A listing that would not end: a repeated cursor, a page with nothing new, or more pages than
    ``AnswerLimits.max_pages``. ``pages`` says how many were read."""

    def __init__(self, message: str, *, vendor: str, operation: str = "listAssistants", pages: int = 0) -> None:
        self.pages = pages
        super().__init__(message, vendor=vendor, may_have_created=False, operation=operation)
