"""Conversion between the neutral ``Assistant`` and each vendor's create-assistant request.

    body, report = to_vendor(assistant, "revox")           # strict: raises ConversionError on any loss
    body, report = to_vendor(assistant, "revox", allow_drop=True)
    assistant, report = from_vendor("revox", body)

Every field the assistant sets gets exactly one outcome in the report (mapped, transformed,
dropped, needs input); nothing is lost silently. Vendor-only fields travel in
``vendor_extras[slug]``. The per-vendor declarations live in one module per vendor and drive both
directions and ``mapping_table()``.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .. import _vendors
from ..types import Assistant
from ._engine import AssistantValidationError, load_assistant, neutral_schema, neutral_schema_text
from ._report import ConversionReport, Outcome, ReportEntry
from ._rules import VendorMapping

if TYPE_CHECKING:  # the generated request models, for precise return types (imported lazily at run time)
    from voiceagents_autocalls import models as _autocalls
    from voiceagents_autocalls_v1 import models as _autocalls_v1
    from voiceagents_callhq import models as _callhq
    from voiceagents_insighto import models as _insighto
    from voiceagents_revox import models as _revox

__all__ = [
    "AssistantValidationError",
    "ConversionReport",
    "Outcome",
    "ReportEntry",
    "from_vendor",
    "load_assistant",
    "mapping",
    "mapping_table",
    "neutral_schema",
    "neutral_schema_text",
    "to_vendor",
]


@functools.cache
def mapping(slug: str) -> VendorMapping:
    """The declarations for one vendor (raises ``UnknownVendorError`` for an unknown slug)."""
    vendor = _vendors.get(slug)
    module = importlib.import_module(f"{__name__}.{vendor.slug}")
    result: VendorMapping = module.MAPPING
    return result


@functools.cache
def _request_class(slug: str) -> Any:
    return _vendors.get(slug).module("models").CreateAssistantRequest


@overload
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: Literal["callhq"], *, allow_drop: bool = False
) -> tuple[_callhq.CreateAssistantRequest, ConversionReport]: ...
@overload
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: Literal["autocalls_v1"], *, allow_drop: bool = False
) -> tuple[_autocalls_v1.CreateAssistantRequest, ConversionReport]: ...
@overload
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: Literal["revox"], *, allow_drop: bool = False
) -> tuple[_revox.CreateAssistantRequest, ConversionReport]: ...
@overload
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: Literal["insighto"], *, allow_drop: bool = False
) -> tuple[_insighto.CreateAssistantRequest, ConversionReport]: ...
@overload
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: Literal["autocalls"], *, allow_drop: bool = False
) -> tuple[_autocalls.CreateAssistantRequest, ConversionReport]: ...
@overload
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: str, *, allow_drop: bool = False
) -> tuple[Any, ConversionReport]: ...
def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: str, *, allow_drop: bool = False
) -> tuple[Any, ConversionReport]:
    """Convert a neutral assistant to ``slug``'s create-assistant request.

    Returns the vendor's generated ``CreateAssistantRequest`` and the ``ConversionReport``. The body
    is validated against the vendor's spec (``ValidationError`` if a ``vendor_extras`` value breaks
    it). Raises ``ConversionError`` (carrying the report) listing every dropped field and every
    missing input; with ``allow_drop=True`` drops are allowed (and reported), missing inputs are not.
    """
    from ._engine import convert_to

    rules = mapping(slug)
    body, report = convert_to(rules, load_assistant(assistant), allow_drop=allow_drop)
    request = _request_class(slug).from_dict(body)
    return request, report


def from_vendor(slug: str, body: Any) -> tuple[Assistant, ConversionReport]:
    """Convert ``slug``'s create-assistant request (a dict or the generated model) to the neutral model.

    The body is validated against the vendor's spec first (``ValidationError``). Vendor fields with
    no neutral home are kept in ``vendor_extras[slug]``, so converting back gives the same body.
    """
    from ._engine import convert_from

    rules = mapping(slug)
    data = body.to_dict() if hasattr(body, "to_dict") else body
    return convert_from(rules, data)


def mapping_table() -> str:
    """The Markdown table of neutral fields by vendor, generated from the declarations."""
    from ._table import render

    return render(neutral_schema(), [mapping(slug) for slug in _vendors.SLUGS])
