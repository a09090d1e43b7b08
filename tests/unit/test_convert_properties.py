"""Property tests over random valid neutral assistants (hypothesis-jsonschema, from the neutral schema).

For every vendor, on each drawn assistant (one test, `test_conversion_properties`, a check per property):

* ``to_vendor`` raises nothing but ``ConversionError`` or ``ValidationError`` (strict and with
  ``allow_drop``); with ``allow_drop`` a ``ConversionError`` is a rejected value or a missing input,
  never a drop;
* every body it produces validates against the vendor's spec;
* every field the assistant sets gets exactly one outcome, and drops are only for fields without a
  home (``test_convert.check_report``);
* ``from_vendor(to_vendor(a))`` gives back every field the report says was mapped (and every
  transformed one that is reversible, up to float rounding).

What the neutral model cannot supply (autocalls' integer voice id, ...) is given in
``vendor_extras`` as a user would: each missing input the conversion names is taken from the vendor's
own valid examples (``snapshots.supply_inputs``), so no vendor has a table here.
"""

from __future__ import annotations

import copy
import math
import re
from typing import Any

import pytest
from conftest import SLUGS
from hypothesis import HealthCheck, example, given, note, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from support import snapshots
from support.conversion import check_report
from voiceagents import _validation
from voiceagents._exceptions import ConversionError, ValidationError
from voiceagents.convert import AssistantValidationError, from_vendor, neutral_schema, to_vendor
from voiceagents.convert._paths import MISSING, get, parse
from voiceagents.types import Assistant

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
    """``data`` with the inputs ``slug`` asks for supplied from its examples, as a user would give them."""
    candidate, _ = snapshots.supply_inputs(slug, data)
    return Assistant.model_validate(candidate)


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return bool(a == b)


def _attempt(
    assistant: Assistant, slug: str, *, allow_drop: bool
) -> tuple[Any, Any] | ConversionError | ValidationError:
    """The result of to_vendor, or the ConversionError / ValidationError it raised (any other
    exception, the neutral model's own among them, fails the test)."""
    try:
        return to_vendor(assistant, slug, allow_drop=allow_drop)
    except AssistantValidationError:
        raise
    except (ConversionError, ValidationError) as exc:
        return exc


def _index_as_sent(neutral: str, vendor: str) -> str:
    """A list item keeps its position among the items sent: items the vendor could not take are
    left out, so ``post_call.fields[2]`` may come back as ``post_call.fields[1]``."""
    sent = re.findall(r"\[(\d+)\]", vendor)
    if len(sent) == 1 and len(re.findall(r"\[\d+\]", neutral)) == 1:
        return re.sub(r"\[\d+\]", f"[{sent[0]}]", neutral)
    return neutral


@pytest.mark.parametrize("slugs", [pytest.param(SLUGS, id="-".join(SLUGS))])  # the id names every vendor
@SETTINGS
@given(data=ASSISTANTS)
@example(data={"call": {"interruptions": {"sensitivity": 0.0}}})  # found by it: Retell reads 0 as "never"
def test_conversion_properties(slugs: tuple[str, ...], data: dict[str, Any]) -> None:
    """The four properties of the module docstring, each its own check, for every vendor on every
    drawn assistant: one draw for all of them, as drawing from the schema is most of the cost (a test
    per vendor drew fifty assistants for each vendor, six times the draws for the same checks)."""
    for slug in slugs:
        note(f"vendor: {slug}")  # the report of a failing example ends with the vendor it failed for
        _check_properties(slug, data)


def _check_properties(slug: str, data: dict[str, Any]) -> None:
    assistant = _with_extras(data, slug)
    _strict_raises_only_conversion_or_validation_errors(assistant, slug)
    lenient = _attempt(assistant, slug, allow_drop=True)
    _lenient_raises_only_for_rejects_and_inputs(lenient, slug)
    if isinstance(lenient, ValidationError):  # a vendor_extras value breaks the vendor's spec
        return
    _every_user_field_gets_exactly_one_outcome(lenient, slug, assistant, data)
    if not isinstance(lenient, ConversionError):
        _from_vendor_keeps_every_mapped_field(lenient, slug, assistant)


def _strict_raises_only_conversion_or_validation_errors(assistant: Assistant, slug: str) -> None:
    strict = _attempt(assistant, slug, allow_drop=False)
    if isinstance(strict, ConversionError):
        assert strict.problems, "a ConversionError names what is lost"
        assert strict.problems == strict.report.problems
        assert not strict.report.lossless
    elif not isinstance(strict, ValidationError):
        assert strict[1].lossless
        assert _validation.body_errors(slug, "createAssistant", strict[0].to_dict()) == []


def _lenient_raises_only_for_rejects_and_inputs(lenient: Any, slug: str) -> None:
    if isinstance(lenient, ConversionError):
        assert lenient.report.needs_input or lenient.report.rejected, "with allow_drop a drop is never an error"
    elif isinstance(lenient, ValidationError):
        assert all(e.path.startswith(f"/vendor_extras/{slug}") for e in lenient.errors), lenient
    else:
        assert not lenient[1].needs_input
        assert not lenient[1].rejected
        assert _validation.body_errors(slug, "createAssistant", lenient[0].to_dict()) == []


def _every_user_field_gets_exactly_one_outcome(
    result: Any, slug: str, assistant: Assistant, data: dict[str, Any]
) -> None:
    report = result.report if isinstance(result, ConversionError) else result[1]
    check_report(slug, assistant.model_dump(exclude_unset=True), report)
    for entry in report:
        if entry.neutral and not entry.neutral.startswith("vendor_extras."):
            assert get(data, parse(entry.neutral)) is not MISSING, f"{entry.neutral} has an outcome but was not set"


def _from_vendor_keeps_every_mapped_field(result: Any, slug: str, assistant: Assistant) -> None:
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
