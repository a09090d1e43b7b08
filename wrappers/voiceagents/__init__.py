"""voiceagents: one voice-assistant definition, deployed to any voice-AI vendor.

    import voiceagents

    assistant = voiceagents.load_assistant("assistant.yaml")   # InputError naming every problem
    with voiceagents.client("revox") as revox:                 # key from REVOX_API_KEY
        result = revox.create_assistant(assistant)             # a neutral Assistant or a vendor body
        print(result.id)

    request, report = voiceagents.to_vendor(assistant, "autocalls")
    assistant, report = voiceagents.from_vendor("revox", body)

Everything but the exceptions is imported on first use, so ``import voiceagents`` stays cheap and
vendor client packages are only imported for the vendors you use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIPaginationError,
    APIResponseLimitError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AssistantValidationError,
    AuthenticationError,
    BadRequestError,
    ClientNotInstalledError,
    ConflictError,
    ConversionError,
    DocumentError,
    FieldError,
    InputError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SpecError,
    UnknownVendorError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    ValidationError,
    VoiceagentsError,
)

if TYPE_CHECKING:
    from ._http import DEFAULT, AnswerLimits, AsyncClient, Client, CreateResult, Result, UseDefault
    from .clients import async_client, client
    from .convert import ConversionReport, from_answer, from_vendor, mapping_table, to_vendor
    from .spec import SLUGS
    from .types import Assistant, load_assistant

from ._version import __version__ as __version__

_LAZY = {
    "client": ".clients",
    "AnswerLimits": "._http",
    "async_client": ".clients",
    "Client": "._http",
    "AsyncClient": "._http",
    "DEFAULT": "._http",
    "UseDefault": "._http",
    "CreateResult": "._http",
    "Result": "._http",
    "to_vendor": ".convert",
    "from_vendor": ".convert",
    "from_answer": ".convert",
    "mapping_table": ".convert",
    "ConversionReport": ".convert",
    "load_assistant": ".types",
    "Assistant": ".types",
    "SLUGS": ".spec",
}

__all__ = [
    "DEFAULT",
    "SLUGS",
    "APIConnectionError",
    "APIError",
    "APIPaginationError",
    "APIResponseLimitError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnswerLimits",
    "Assistant",
    "AssistantValidationError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientNotInstalledError",
    "ConflictError",
    "ConversionError",
    "ConversionReport",
    "CreateResult",
    "DocumentError",
    "FieldError",
    "InputError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Result",
    "SpecError",
    "UnknownVendorError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "UseDefault",
    "ValidationError",
    "VoiceagentsError",
    "async_client",
    "client",
    "from_answer",
    "from_vendor",
    "load_assistant",
    "mapping_table",
    "to_vendor",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'voiceagents' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
