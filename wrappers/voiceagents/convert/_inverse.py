"""Vendor body (or a vendor's answer) → neutral assistant, driven by the vendor's ``VendorMapping``.

From a request body: validate it (closed-world), run every rule's inverse, check the neutral result
against the neutral schema (a rule whose result breaks it is undone, so its fields stay in
``vendor_extras``), and put every vendor field no rule consumed into ``vendor_extras[slug]``:
converting back gives the same body.

From an answer (a retrieved assistant): the fields of the answer that a request does not take (the
id, timestamps, counters the vendor assigns) are ``skipped`` and listed; so is a ``null`` the request
cannot take (the vendor's way of saying "not set"); the rest is read as a request body, as above.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from .. import _validation
from .._exceptions import AssistantValidationError
from .._json import unpointer
from ..types import Assistant, neutral_errors
from . import _vendor_schema
from ._paths import MISSING, VPath, dotted, parse, put, starts_with
from ._report import ConversionReport, ReportEntry
from .rules import Decline, FromContext, VendorMapping, _RuleLog

__all__ = ["convert_from", "from_answer"]


def _leftover(node: Any, at: VPath, consumed: set[VPath], prefixes: set[VPath]) -> Any:
    if at in consumed:
        return MISSING
    if isinstance(node, Mapping) and at in prefixes:
        out = {}
        for key, value in node.items():
            rest = _leftover(value, (*at, key), consumed, prefixes)
            if rest is not MISSING:
                out[key] = rest
        return out if out else MISSING
    return copy.deepcopy(node)


def _dict_leaves(data: Mapping[str, Any], at: VPath = ()) -> Iterator[VPath]:
    for key, value in data.items():
        if isinstance(value, Mapping) and value:
            yield from _dict_leaves(value, (*at, key))
        else:
            yield (*at, key)


def _run_inverses(mapping: VendorMapping, body: Mapping[str, Any]) -> list[_RuleLog]:
    ctx = FromContext(mapping, body)
    logs: list[_RuleLog] = []
    for rule in mapping.rules:
        ctx.log = _RuleLog()
        try:
            rule.inverse(ctx)
        except Decline:
            continue
        if ctx.log.sets or ctx.log.consumed or ctx.log.kept:
            logs.append(ctx.log)
    return logs


def _settle(logs: list[_RuleLog]) -> tuple[dict[str, Any], list[_RuleLog]]:
    """The neutral data the logs set, without the rules whose values break the neutral schema."""
    while True:
        neutral: dict[str, Any] = {}
        for log in logs:
            for path, (value, _, _) in log.sets.items():
                put(neutral, parse(path), copy.deepcopy(value))
        errors = neutral_errors(neutral)
        if not errors:
            return neutral, logs
        bad = set()
        for error in errors:
            where = unpointer(error.path)
            for i, log in enumerate(logs):
                for path in log.sets:
                    p = tuple(str(s) for s in parse(path))
                    if starts_with(where, p) or starts_with(p, where):
                        bad.add(i)
        if not bad:  # pragma: no cover - every neutral value comes from some rule
            raise AssistantValidationError(errors)
        logs = [log for i, log in enumerate(logs) if i not in bad]


def convert_from(mapping: VendorMapping, body: Mapping[str, Any]) -> tuple[Assistant, ConversionReport]:
    """The neutral assistant for a vendor request body (validated first), and the report."""
    _validation.check_body(mapping.slug, "createAssistant", body)
    return _convert(mapping, body, ConversionReport(mapping.slug, "from_vendor"))


def from_answer(mapping: VendorMapping, answer: Mapping[str, Any]) -> tuple[Assistant, ConversionReport]:
    """The neutral assistant in a vendor's answer (a retrieved or listed assistant), and the report."""
    slug = mapping.slug
    data = dict(mapping.answer(answer)) if mapping.answer is not None else dict(answer)
    report = ConversionReport(slug, "from_vendor")
    known = _vendor_schema.top_level_keys(slug, "createAssistant")
    body: dict[str, Any] = {}
    for key, value in data.items():
        if known is not None and key not in known:
            report.entries.append(ReportEntry("skipped", None, key, "set by the vendor, not part of a definition"))
        else:
            body[key] = value
    for _ in range(2):  # a null the request cannot take means "not set"; a value it cannot take is skipped
        errors = [e for e in _validation.body_errors(slug, "createAssistant", body) if e.value is not MISSING]
        for key in dict.fromkeys(unpointer(e.path)[0] for e in errors if e.path):
            if key not in body:
                continue
            value = body.pop(key)
            why = "answered null: not set" if value is None else "the answer's value does not fit a request"
            report.entries.append(ReportEntry("skipped", None, key, why))
        if not errors:
            break
    return _convert(mapping, body, report)


def _convert(
    mapping: VendorMapping, body: Mapping[str, Any], report: ConversionReport
) -> tuple[Assistant, ConversionReport]:
    neutral, logs = _settle(_run_inverses(mapping, body))
    consumed = {p for log in logs for p in log.consumed}
    prefixes = {p[:k] for p in consumed for k in range(len(p))}
    rest = _leftover(body, (), consumed, prefixes)
    extras: dict[str, Any] = {} if rest is MISSING else dict(rest)
    for log in logs:
        for kept_at, kept in log.kept.items():
            put(extras, kept_at, copy.deepcopy(kept))
    if extras:
        neutral["vendor_extras"] = {mapping.slug: extras}
    assistant = Assistant.model_validate(neutral)
    for log in logs:
        for path, (_, vendor_paths, how) in log.sets.items():
            vendor = ", ".join(dotted(v) for v in vendor_paths)
            report.entries.append(ReportEntry("transformed" if how else "mapped", path, vendor, how or ""))
    for leaf in _dict_leaves(extras):
        report.entries.append(
            ReportEntry("kept", f"vendor_extras.{mapping.slug}.{dotted(leaf)}", dotted(leaf), "no neutral field for it")
        )
    return assistant, report
