"""Property tests over random valid neutral assistants (hypothesis-jsonschema, from the neutral schema).

For every vendor:

* ``to_vendor`` raises nothing but ``ConversionError`` (strict and with ``allow_drop``);
* every body it produces validates against the vendor's spec;
* ``from_vendor(to_vendor(a))`` gives back every field the report says was mapped (and every
  transformed one that is reversible, up to float rounding).

The vendor ids the neutral model cannot supply (autocalls' integer voice id, ...) come from a fixed
``vendor_extras`` per vendor, as a user would give them.
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from voiceagents import _validation, _vendors
from voiceagents._convert import from_vendor, neutral_schema, to_vendor
from voiceagents._convert._paths import MISSING, get, parse
from voiceagents._exceptions import ConversionError
from voiceagents.types import Assistant

SLUGS = _vendors.SLUGS  # the registry is the one list of vendors

# What a user supplies in vendor_extras for the references the neutral model cannot derive.
EXTRAS: dict[str, dict[str, Any]] = {
    "callhq": {},
    "autocalls_v1": {"voice_id": 413, "language": "English", "engine_type": "pipeline"},
    "revox": {},
    "insighto": {"assistant_type": "phone"},
    "autocalls": {"voice_id": 1, "language_id": 1, "mode": "pipeline", "llm_model_id": 2},
}

CORE = ["name", "system_prompt", "opening", "llm", "voice", "timezone", "call"]


def _schema(required: list[str]) -> dict[str, Any]:
    schema = copy.deepcopy(neutral_schema())
    del schema["properties"]["vendor_extras"]
    schema.pop("$id", None)  # hypothesis-jsonschema resolves local refs against an empty base only
    schema["required"] = required
    defs = schema["$defs"]
    if required:  # the rich variant: also the members most vendors need
        defs["Opening"]["required"] = ["speaker", "message", "mode"]
        defs["Llm"]["required"] = ["provider", "model"]
        defs["Voice"]["required"] = ["provider", "id"]
        defs["Call"]["required"] = ["direction"]
    # keep free-form values small: they are copied as a whole anyway
    schema["properties"]["variables"] = {
        "type": "object",
        "maxProperties": 3,
        "additionalProperties": {"type": ["string", "number", "boolean"]},
    }
    return schema


ASSISTANTS = st.one_of(from_schema(_schema([])), from_schema(_schema(CORE)))
SETTINGS = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def _with_extras(data: dict[str, Any], slug: str) -> Assistant:
    return Assistant.model_validate({**data, "vendor_extras": {slug: EXTRAS[slug]}})


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return bool(a == b)


@pytest.mark.parametrize("slug", SLUGS)
@SETTINGS
@given(data=ASSISTANTS)
def test_to_vendor_raises_only_conversion_error_and_bodies_validate(slug: str, data: dict[str, Any]) -> None:
    assistant = _with_extras(data, slug)
    strict = _attempt(assistant, slug, allow_drop=False)
    if isinstance(strict, ConversionError):
        assert strict.problems, "a ConversionError names what is lost"
        assert strict.problems == strict.report.problems
        assert not strict.report.lossless
    else:
        assert strict[1].lossless
        assert _validation.request_errors(slug, strict[0].to_dict()) == []
    lenient = _attempt(assistant, slug, allow_drop=True)
    if isinstance(lenient, ConversionError):
        assert lenient.report.needs_input, "with allow_drop only a missing input may fail"
        return
    assert not lenient[1].needs_input
    assert _validation.request_errors(slug, lenient[0].to_dict()) == []


def _attempt(assistant: Assistant, slug: str, *, allow_drop: bool) -> tuple[Any, Any] | ConversionError:
    """The result of to_vendor, or the ConversionError it raised (any other exception fails the test)."""
    try:
        return to_vendor(assistant, slug, allow_drop=allow_drop)
    except ConversionError as exc:
        return exc


@pytest.mark.parametrize("slug", SLUGS)
@SETTINGS
@given(data=ASSISTANTS)
def test_every_user_field_gets_exactly_one_outcome(slug: str, data: dict[str, Any]) -> None:
    assistant = _with_extras(data, slug)
    result = _attempt(assistant, slug, allow_drop=True)
    report = result.report if isinstance(result, ConversionError) else result[1]
    neutral = [e.neutral for e in report if e.neutral and not e.neutral.startswith("vendor_extras.")]
    assert len(neutral) == len(set(neutral)), "one outcome per field"
    for path in neutral:
        assert get(data, parse(path)) is not MISSING, f"{path} has an outcome but was not set"
    for entry in report:
        if entry.outcome in ("dropped", "needs_input"):
            assert entry.detail, f"{entry.field}: a drop or missing input says why / how"


def _index_as_sent(neutral: str, vendor: str) -> str:
    """A list item keeps its position among the items sent: items the vendor could not take are
    left out, so ``post_call.fields[2]`` may come back as ``post_call.fields[1]``."""
    sent = re.findall(r"\[(\d+)\]", vendor)
    if len(sent) == 1 and len(re.findall(r"\[\d+\]", neutral)) == 1:
        return re.sub(r"\[\d+\]", f"[{sent[0]}]", neutral)
    return neutral


@pytest.mark.parametrize("slug", SLUGS)
@SETTINGS
@given(data=ASSISTANTS)
def test_from_vendor_keeps_every_mapped_field(slug: str, data: dict[str, Any]) -> None:
    assistant = _with_extras(data, slug)
    result = _attempt(assistant, slug, allow_drop=True)
    if isinstance(result, ConversionError):
        return
    request, report = result
    back, _ = from_vendor(slug, request)
    back_data = back.model_dump(exclude_unset=True)
    original = assistant.model_dump(exclude_unset=True)
    for entry in report:
        if entry.outcome not in ("mapped", "transformed") or not entry.neutral:
            continue
        if entry.outcome == "transformed" and not entry.reversible:
            continue
        before = get(original, parse(entry.neutral))
        after = get(back_data, parse(_index_as_sent(entry.neutral, entry.vendor or "")))
        assert _close(before, after), f"{slug}: {entry.neutral} was {before!r}, came back as {after!r} ({entry})"
    # and converting the imported assistant again gives the same body
    again, _ = to_vendor(back, slug, allow_drop=True)
    assert again.to_dict() == request.to_dict()
