"""Conversion between the neutral ``Assistant`` and each vendor's request bodies and answers.

    request, report = to_vendor(assistant, "revox")           # strict: raises on any loss
    request, report = to_vendor(assistant, "revox", allow_drop=True)
    assistant, report = from_vendor("revox", body)            # a request body
    assistant, report = from_answer("revox", data)            # an assistant as the vendor answers it

Every field the assistant sets gets exactly one outcome in the report (mapped, transformed,
dropped, rejected, needs input, overridden); nothing is lost silently. Vendor-only fields travel in
``vendor_extras[slug]``.

**The extension point**: one public module per vendor, ``voiceagents/convert/<slug>.py``, declares
its ``MAPPING = VendorMapping("<slug>", (...rules...))`` with the rules of ``voiceagents.convert.rules``
(``Map``, ``Items``, ``Catalogue``, ``Implied``, ``Drop``, ``Custom``). The same declarations drive
both directions and ``mapping_table()``. Adding a vendor adds such a module; nothing else here
changes.

The engine is private: ``_paths`` (path syntax), ``_forward`` and ``_inverse`` (the two
directions), ``_attribute`` (tracing a vendor's verdict back to neutral fields), ``_vendor_schema``
(what is asked of a vendor schema), ``_report``, ``_table``.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping
from typing import Any

from .. import spec
from .._exceptions import AssistantValidationError, InputError
from .._types import RequestModel
from ..types import Assistant, load_assistant, neutral_schema, neutral_schema_text
from ._report import ConversionReport, Outcome, ReportEntry
from .rules import VendorMapping

__all__ = [
    "AssistantValidationError",
    "ConversionReport",
    "Outcome",
    "ReportEntry",
    "from_answer",
    "from_vendor",
    "load_assistant",
    "mapping",
    "mapping_table",
    "neutral_schema",
    "neutral_schema_text",
    "to_vendor",
    "to_vendor_body",
]


@functools.cache
def mapping(slug: str) -> VendorMapping:
    """The declarations for one vendor (raises ``UnknownVendorError`` for an unknown slug)."""
    vendor = spec.vendor(slug)
    try:
        module = importlib.import_module(f"{__name__}.{vendor.slug}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{vendor.slug}":
            raise
        raise InputError(
            f"there is no converter for {slug}: wrappers/voiceagents/convert/{slug}.py is missing"
        ) from None
    result: VendorMapping = module.MAPPING
    if result.slug != slug:
        raise InputError(f"convert/{slug}.py declares the mapping of {result.slug!r}, not of {slug!r}")
    return result


def to_vendor_body(
    assistant: Assistant | Mapping[str, Any],
    slug: str,
    operation: str = "createAssistant",
    *,
    allow_drop: bool = False,
) -> tuple[dict[str, Any], ConversionReport]:
    """The JSON body of ``operation`` (create or update) for a neutral assistant, and the report."""
    from ._forward import convert_to

    return convert_to(mapping(slug), load_assistant(assistant), allow_drop=allow_drop, operation=operation)


def to_vendor(
    assistant: Assistant | Mapping[str, Any], slug: str, *, allow_drop: bool = False
) -> tuple[RequestModel, ConversionReport]:
    """Convert a neutral assistant to ``slug``'s create-assistant request.

    Returns the vendor's generated request model and the ``ConversionReport``. The body is
    validated against the vendor's spec (``ValidationError`` if a ``vendor_extras`` value breaks
    it). Raises ``ConversionError`` (carrying the report) listing every dropped or rejected field
    and every missing input; ``allow_drop=True`` allows (and reports) drops of fields the vendor has
    no home for, never a rejected value or a missing input.
    """
    body, report = to_vendor_body(assistant, slug, allow_drop=allow_drop)
    name = _request_model_name(slug)
    request: RequestModel = getattr(spec.vendor(slug).module("models"), name).from_dict(body)
    return request, report


@functools.cache
def _request_model_name(slug: str) -> str:
    return spec.operation(slug, "createAssistant").request_schema or "CreateAssistantRequest"


def from_vendor(slug: str, body: Any) -> tuple[Assistant, ConversionReport]:
    """Convert ``slug``'s create-assistant request (a dict or the generated model) to the neutral model.

    The body is validated against the vendor's spec first (``ValidationError``; unknown keys are
    refused). Vendor fields with no neutral home are kept in ``vendor_extras[slug]``, so converting
    back gives the same body.
    """
    from ._inverse import convert_from

    data = body.to_dict() if hasattr(body, "to_dict") else body
    return convert_from(mapping(slug), data)


def from_answer(slug: str, data: Mapping[str, Any]) -> tuple[Assistant, ConversionReport]:
    """Convert an assistant as ``slug`` answers it (get, list, create) to the neutral model.

    What the vendor assigns (ids, timestamps) and ``null``s for "not set" are listed as
    ``skipped``; everything else converts as ``from_vendor`` does, without raising for what an
    answer may lack."""
    from ._inverse import from_answer as read

    return read(mapping(slug), data)


def mapping_table() -> str:
    """The Markdown table of neutral fields by vendor, generated from the declarations."""
    from ._table import render

    return render(neutral_schema(), [mapping(vendor.slug) for vendor in spec.vendors()])
