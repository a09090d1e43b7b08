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
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientNotInstalledError,
    ConflictError,
    ConversionError,
    FieldError,
    InputError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnknownVendorError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    ValidationError,
    VoiceagentsError,
)

if TYPE_CHECKING:
    from ._client import DEFAULT, AsyncClient, Client, UseDefault, async_client, client
    from ._convert import ConversionReport, from_answer, from_vendor, load_assistant, mapping_table, to_vendor
    from ._response import CreateResult, Result
    from ._vendors import SLUGS
    from .types import Assistant

from ._version import __version__ as __version__

_LAZY = {
    "client": "._client",
    "async_client": "._client",
    "Client": "._client",
    "AsyncClient": "._client",
    "DEFAULT": "._client",
    "UseDefault": "._client",
    "CreateResult": "._response",
    "Result": "._response",
    "to_vendor": "._convert",
    "from_vendor": "._convert",
    "from_answer": "._convert",
    "load_assistant": "._convert",
    "mapping_table": "._convert",
    "ConversionReport": "._convert",
    "Assistant": ".types",
    "SLUGS": "._vendors",
}

__all__ = [
    "DEFAULT",
    "SLUGS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Assistant",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientNotInstalledError",
    "ConflictError",
    "ConversionError",
    "ConversionReport",
    "CreateResult",
    "FieldError",
    "InputError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Result",
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
