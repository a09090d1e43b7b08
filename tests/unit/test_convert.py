"""to_vendor / from_vendor / from_answer: the properties every vendor's conversion has, and the
per-vendor cases of the case files, run by one generic test per section.

Per-vendor expectations are data, next to the vendor's other test data (``tests/spec_cases/<slug>.yaml``):

* ``conversions``: a neutral assistant converted to the vendor, ``[{name, about?, neutral,
  allow_drop?, operation?, body?, back?, outcomes?, error?, mentions?, xfail?}]``. ``body`` is the
  exact vendor body (compared as JSON, so 600 and 600.0 differ); ``back`` the exact neutral
  assistant ``from_vendor`` reads from it; ``outcomes`` maps fields (neutral, or the vendor field of
  a missing input) to their outcome in the report (the fields listed, not necessarily all);
  ``error`` is the kind of failure (``rejected``, ``needs_input``, ``dropped``, a list of them, or
  ``validation``); ``mentions`` are substrings of the error message or of the report;
  ``xfail`` the reason a case fails because of a known library bug (strict).
* ``imports``: a vendor body read into the neutral model, ``[{name, about?, base? + set?/unset?
  (as the invalid cases) | body, neutral?, absent?, kept?, outcomes?, xfail?}]``; converting the
  result back must give the body again, value for value and type for type.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from conftest import SLUGS, load_cases
from support.cases import build
from support.conversion import CREATE, OUTCOMES, attempt, check_report, dumps
from voiceagents import _json, _validation
from voiceagents import spec as vspec
from voiceagents._exceptions import ConversionError, InputError, UnknownVendorError, ValidationError
from voiceagents.convert import (
    AssistantValidationError,
    ConversionReport,
    ReportEntry,
    _vendor_schema,
    from_answer,
    from_vendor,
    load_assistant,
    mapping,
    mapping_table,
    neutral_schema,
    to_vendor,
    to_vendor_body,
)
from voiceagents.convert._paths import MISSING, get, parse
from voiceagents.convert._table import neutral_fields
from voiceagents.convert.rules import Catalogue, Custom, Drop, Implied, Items, Map
from voiceagents_tools.generate import drift as converter_drift

CONVERSION_KEYS = {
    "name",
    "about",
    "neutral",
    "allow_drop",
    "operation",
    "body",
    "back",
    "outcomes",
    "error",
    "mentions",
    "xfail",
}
IMPORT_KEYS = {
    "name",
    "about",
    "base",
    "set",
    "unset",
    "body",
    "answer",
    "neutral",
    "absent",
    "kept",
    "outcomes",
    "xfail",
}
ERROR_KINDS = {"rejected", "needs_input", "dropped", "validation"}


def _types(value: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """(path, JSON type) of every leaf: integers and floats are told apart."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _types(item, f"{at}/{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _types(item, f"{at}/{i}")
    else:
        yield at, type(value).__name__


def _param(slug: str, case: Mapping[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=str(case["xfail"]))] if case.get("xfail") else []
    return pytest.param(slug, case, id=f"{slug}.{case.get('name')}", marks=marks)


def _section(name: str) -> list[Any]:
    return [_param(slug, case) for slug in SLUGS for case in load_cases(slug).get(name) or []]


SEEDS = [
    pytest.param(slug, case["body"], id=f"{slug}.{case['name']}")
    for slug in SLUGS
    for case in load_cases(slug)["valid"]
]
CONVERSIONS = _section("conversions")
IMPORTS = _section("imports")
NEUTRAL: dict[str, Any] = {"name": "Front desk", "system_prompt": "You answer calls for Acme."}


# --------------------------------------------------------------------------- round trips of the seeds


@pytest.mark.parametrize(("slug", "body"), SEEDS)
def test_seed_example_round_trips_to_the_same_json(slug: str, body: dict[str, Any]) -> None:
    assistant, imported = from_vendor(slug, copy.deepcopy(body))
    again, exported = to_vendor_body(assistant, slug)
    assert dumps(again) == dumps(body)
    assert dict(_types(again)) == dict(_types(body)), "int and float survive the round trip"
    assert exported.lossless
    assert {e.outcome for e in exported} <= {"mapped", "transformed", "passed_through"}
    # every vendor field is accounted for on the way in: lifted to a neutral field or kept
    assert imported.direction == "from_vendor"
    assert {e.outcome for e in imported} <= {"mapped", "transformed", "kept"}
    # the generated request model carries the same body
    request, _ = to_vendor(assistant, slug)
    name = vspec.operation(slug, CREATE).request_schema
    assert type(request).__name__ == name
    assert dumps(request.to_dict()) == dumps(body)


@pytest.mark.parametrize(("slug", "body"), SEEDS)
def test_from_vendor_keeps_unmapped_fields_in_vendor_extras(slug: str, body: dict[str, Any]) -> None:
    assistant, report = from_vendor(slug, body)
    extras = assistant.model_dump(exclude_unset=True).get("vendor_extras", {}).get(slug, {})
    for entry in report.kept:
        assert entry.neutral == f"vendor_extras.{slug}.{entry.vendor}"
        assert entry.vendor is not None
        assert get(extras, parse(entry.vendor)) is not MISSING
    assert bool(extras) == bool(report.kept)


@pytest.mark.parametrize("slug", SLUGS)
def test_from_vendor_accepts_the_generated_model(slug: str) -> None:
    body = load_cases(slug)["valid"][0]["body"]
    request, _ = to_vendor(from_vendor(slug, body)[0], slug)
    assistant, _ = from_vendor(slug, request)
    assert dumps(to_vendor_body(assistant, slug)[0]) == dumps(body)


@pytest.mark.parametrize("slug", SLUGS)
def test_from_vendor_validates_the_body_first(slug: str) -> None:
    for case in load_cases(slug)["invalid"]:
        with pytest.raises(ValidationError) as caught:
            from_vendor(slug, build(slug, "createAssistant", case))
        expected = _json.unpointer(case["expect"]["path"])
        paths = [_json.unpointer(e.path) for e in caught.value.errors]
        # the field, the object that holds it, or (a tagged union) what the variant its tag picks lacks
        parent = expected[:-1]
        near = [p for p in paths if expected[: len(p)] == p or p[: len(parent)] == parent]
        assert near, (case["name"], [e.path for e in caught.value.errors])


def test_unknown_vendor() -> None:
    unknown = "no-such-vendor"
    assert unknown not in SLUGS
    with pytest.raises(UnknownVendorError) as caught:
        to_vendor(NEUTRAL, unknown)
    assert all(slug in str(caught.value) for slug in SLUGS)
    with pytest.raises(UnknownVendorError):
        from_vendor(unknown, {})
    with pytest.raises(UnknownVendorError):
        from_answer(unknown, {})


# --------------------------------------------------------------------------- reading answers back


def answer_items(slug: str) -> dict[str, dict[str, Any]]:
    """Every assistant the case file shows the vendor answering, by ``<operation>.<answer>[<i>]``:
    the getAssistant bodies and the items of the listAssistants bodies."""
    answers = load_cases(slug).get("answers") or {}
    out: dict[str, dict[str, Any]] = {}
    for operation in ("getAssistant", "listAssistants"):
        if operation not in answers:
            continue
        op = vspec.operation(slug, operation)
        for answer in answers[operation]:
            if operation == "getAssistant":
                where = op.pointer("assistant")
                items = [_json.read_pointer(answer["body"], where) if where else answer["body"]]
            else:
                where = op.pointer("items")
                found = _json.read_pointer(answer["body"], where) if where else answer["body"]
                items = found if isinstance(found, list) else []
            for i, item in enumerate(items):
                out[f"{operation}.{answer['name']}[{i}]"] = item
    return out


def _answer_params() -> Iterator[Any]:
    for slug in SLUGS:
        known = {c["answer"]: c for c in load_cases(slug).get("imports") or [] if c.get("answer") and c.get("xfail")}
        for key, item in answer_items(slug).items():
            # a known library bug is recorded with the vendor: an `imports` case for this answer, with xfail
            marks = [pytest.mark.xfail(strict=True, reason=str(known[key]["xfail"]))] if key in known else []
            yield pytest.param(slug, item, id=f"{slug}.{key}", marks=marks)


ANSWERS = list(_answer_params())


def check_answer(slug: str, data: Mapping[str, Any]) -> ConversionReport:
    """Reading an answer back loses nothing: every field is mapped, transformed, kept or skipped, and
    skipped only where a create request does not take the field, or the answer says null."""
    assistant, report = from_answer(slug, copy.deepcopy(dict(data)))
    assert {e.outcome for e in report} <= {"mapped", "transformed", "kept", "skipped"}
    takes = _vendor_schema.top_level_keys(slug, CREATE)
    lost = [
        str(e)
        for e in report.skipped
        if e.vendor is not None and data.get(e.vendor) is not None and (takes is None or e.vendor in takes)
    ]
    assert lost == [], "skipped: only what a create request does not take, or nulls"
    # what is not skipped converts again as the vendor answered it (an answer may lack required fields)
    skipped = {e.vendor for e in report.skipped}
    body, again, error = attempt(assistant, slug, CREATE, allow_drop=True)
    if isinstance(error, ConversionError):
        assert {e.outcome for e in again or [] if e.outcome in ("rejected", "needs_input")} == {"needs_input"}
        return report
    assert error is None, error
    answered = mapping(slug).answer
    expected = {k: v for k, v in (answered(data) if answered else data).items() if k not in skipped}
    assert dumps(body) == dumps(expected)
    return report


@pytest.mark.parametrize(("slug", "data"), ANSWERS)
def test_reading_an_answer_back_loses_nothing(slug: str, data: dict[str, Any]) -> None:
    check_answer(slug, data)


# --------------------------------------------------------------------------- neutral input


def test_plain_data_is_checked_against_the_neutral_schema() -> None:
    with pytest.raises(AssistantValidationError) as caught:
        load_assistant({**NEUTRAL, "colour": "red", "call": {"max_duration_seconds": "600"}})
    assert isinstance(caught.value, InputError)
    errors = {e.path: (e.value, e.rule) for e in caught.value.errors}
    assert errors["/colour"][0] == "red"
    assert errors["/colour"][1].startswith("unknown field")
    assert errors["/call/max_duration_seconds"] == ("600", "must be a number")
    assert "the assistant definition is invalid" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"language": {"primary": "English"}}, "/language/primary"),
        ({"timezone": "Europe Berlin"}, "/timezone"),
        ({"transfer": {"phone_number": "0612345678"}}, "/transfer/phone_number"),
        ({"transfer": {"mode": "lukewarm"}}, "/transfer/mode"),
        ({"webhook": {"url": "not a url"}}, "/webhook/url"),
        ({"call": {"interruptions": {"sensitivity": 3}}}, "/call/interruptions/sensitivity"),
        ({"opening": {"speaker": "caller"}}, "/opening/speaker"),
        ({"vendor_extras": {"no-such-vendor": {}}}, "/vendor_extras/no-such-vendor"),
    ],
)
def test_neutral_rules(data: dict[str, Any], path: str) -> None:
    with pytest.raises(AssistantValidationError) as caught:
        load_assistant({**NEUTRAL, **data})
    assert [e.path for e in caught.value.errors] == [path]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_conversion_checks_the_neutral_input_first(slug: str) -> None:
    with pytest.raises(AssistantValidationError):
        to_vendor_body({**NEUTRAL, "nmae": "typo"}, slug, allow_drop=True)


# --------------------------------------------------------------------------- the case files


def _problem_kinds(report: ConversionReport, allow_drop: bool) -> set[str]:
    kinds = {e.outcome for e in report if e.outcome in ("rejected", "needs_input")}
    if not allow_drop and report.dropped:
        kinds.add("dropped")
    return kinds


def _outcomes(report: ConversionReport) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for entry in report:
        found.setdefault(entry.field, set()).add(entry.outcome)
    return {field: "/".join(sorted(kinds)) for field, kinds in found.items()}


@pytest.mark.parametrize("slug", SLUGS)
def test_case_file_sections_are_well_formed(slug: str) -> None:
    cases = load_cases(slug)
    valid = {c["name"] for c in cases["valid"]}
    for section, keys in (("conversions", CONVERSION_KEYS), ("imports", IMPORT_KEYS)):
        entries = cases.get(section) or []
        names = [c.get("name") for c in entries]
        assert len(names) == len(set(names)), f"{section}: names are unique"
        for case in entries:
            assert set(case) <= keys, f"{section}.{case.get('name')}: unknown keys {set(case) - keys}"
            assert case.get("name"), f"{section}: every case has a name"
            if section == "conversions":
                assert "neutral" in case
                kinds = case.get("error")
                kinds = [kinds] if isinstance(kinds, str) else kinds or []
                assert set(kinds) <= ERROR_KINDS, case["name"]
                assert not (kinds and ("body" in case or "back" in case)), case["name"]
                assert set((case.get("outcomes") or {}).values()) <= OUTCOMES, case["name"]
            else:
                given = [k for k in ("body", "base", "answer") if k in case]
                assert len(given) == 1, f"{case['name']}: one of body, base (a valid case) or answer"
                assert case.get("base") is None or case["base"] in valid, case["name"]
                assert case.get("answer") is None or case["answer"] in answer_items(slug), case["name"]


@pytest.mark.parametrize(("slug", "case"), CONVERSIONS)
def test_conversion_case(slug: str, case: dict[str, Any]) -> None:
    operation = case.get("operation", CREATE)
    allow_drop = bool(case.get("allow_drop", False))
    expected = case.get("error")
    kinds = {expected} if isinstance(expected, str) else set(expected or [])
    data = case["neutral"]
    body, report, error = attempt(data, slug, operation, allow_drop=allow_drop)
    if isinstance(error, ConversionError):
        assert kinds, f"unexpected error: {error}\n{report}"
        assert kinds != {"validation"}, f"unexpected error: {error}\n{report}"
        assert report is not None
        assert _problem_kinds(report, allow_drop) == kinds, f"{error}\n{report}"
        assert error.problems == report.problems
        text = f"{error}\n{report}"
    elif isinstance(error, ValidationError):
        assert kinds == {"validation"}, f"unexpected error: {error}"
        text = str(error)
    else:
        assert body is not None
        assert not kinds, f"expected {sorted(kinds)}, got a body: {body}\n{report}"
        text = str(report)
        assert _validation.body_errors(slug, operation, body) == [], "the body is what the vendor's spec accepts"
        if "body" in case:
            assert dumps(body) == dumps(case["body"]), f"\n{report}"
        if operation == CREATE:
            back, _ = from_vendor(slug, copy.deepcopy(body))
            if "back" in case:
                assert dumps(back.model_dump(exclude_unset=True)) == dumps(case["back"])
            assert dumps(to_vendor_body(back, slug, allow_drop=True)[0]) == dumps(body), "read back, it converts again"
    if report is not None:
        check_report(slug, load_assistant(data).model_dump(exclude_unset=True), report, operation)
        got = _outcomes(report)
        for field, outcome in (case.get("outcomes") or {}).items():
            assert got.get(field) == outcome, f"{field}: {got.get(field)} (expected {outcome})\n{report}"
    for needle in case.get("mentions") or []:
        assert needle in text, f"{needle!r} is not mentioned in:\n{text}"


def _import_body(slug: str, case: Mapping[str, Any]) -> dict[str, Any]:
    if "body" in case:
        return copy.deepcopy(dict(case["body"]))
    return dict(build(slug, "createAssistant", {**case, "base": case["base"]}))


@pytest.mark.parametrize(("slug", "case"), IMPORTS)
def test_import_case(slug: str, case: dict[str, Any]) -> None:
    if "answer" in case:  # an assistant as the vendor answers it (from_answer)
        data = answer_items(slug)[case["answer"]]
        report = check_answer(slug, data)
        assistant, _ = from_answer(slug, copy.deepcopy(data))
        body = None
    else:
        body = _import_body(slug, case)
        assistant, report = from_vendor(slug, copy.deepcopy(body))
    neutral = assistant.model_dump(exclude_unset=True)
    if "neutral" in case:
        assert dumps(neutral) == dumps(case["neutral"])
    for path in case.get("absent") or []:
        assert get(neutral, parse(path)) is MISSING, f"{path} is set: {get(neutral, parse(path))!r}"
    extras = (neutral.get("vendor_extras") or {}).get(slug) or {}
    for path, value in (case.get("kept") or {}).items():
        assert dumps(get(extras, parse(path))) == dumps(value), f"vendor_extras.{slug}.{path}"
    got = _outcomes(report)
    for field, outcome in (case.get("outcomes") or {}).items():
        assert got.get(field) == outcome, f"{field}: {got.get(field)} (expected {outcome})\n{report}"
    if body is not None:
        again, _ = to_vendor_body(assistant, slug)
        assert dumps(again) == dumps(body), "what is read in converts back to the same body"


# --------------------------------------------------------------------------- declarations and table


@pytest.mark.parametrize("slug", SLUGS)
def test_declared_fields_exist_on_both_sides(slug: str) -> None:
    neutral = set(neutral_fields(neutral_schema()))

    def vendor_exists(path: str) -> bool:
        key = tuple(s for s in path.replace("[]", ".[]").split(".") if s)
        return bool(_vendor_schema.field_schemas(slug, CREATE, key))

    for rule in mapping(slug).rules:
        if isinstance(rule, Map):
            assert rule.neutral in neutral, rule
            assert vendor_exists(rule.vendor), rule
        elif isinstance(rule, Items):
            for f in rule.fields:
                assert f"{rule.neutral}[].{f.neutral}" in neutral, (rule.neutral, f)
                assert vendor_exists(f"{rule.vendor}[].{f.vendor}"), (rule.vendor, f)
        elif isinstance(rule, Catalogue):
            assert set(rule.neutral) <= neutral
            assert all(vendor_exists(v) for v in rule.vendor), rule
        elif isinstance(rule, Implied | Drop):
            assert rule.neutral in neutral, rule
        elif isinstance(rule, Custom):
            assert {n for n, _ in rule.table} <= neutral, rule.name
            assert all(vendor_exists(v) for v, _ in rule.fills), rule.name


@pytest.mark.parametrize("slug", SLUGS)
def test_the_converter_agrees_with_the_spec(slug: str) -> None:
    spec = vspec.vendor(slug).spec.document
    name = vspec.operation(slug, CREATE).request_schema
    assert name is not None
    assert converter_drift.check(mapping(slug), spec, name) == []


@pytest.mark.parametrize("slug", SLUGS)
def test_no_neutral_field_is_both_mapped_and_declared_dropped(slug: str) -> None:
    rules = mapping(slug)
    cells = rules.cells()
    assert not set(rules.drop_reasons) & {n for n, c in cells.items() if c}


def test_mapping_table_is_generated_from_the_declarations() -> None:
    lines = mapping_table().splitlines()
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header[1:] == [vspec.vendor(slug).title for slug in SLUGS]
    rows = {}
    for line in lines[2:]:
        if not line.startswith("| `") or line.startswith("| `vendor_extras"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        rows[cells[0].strip("`")] = cells[1:]
    assert list(rows) == neutral_fields(neutral_schema())
    for index, slug in enumerate(SLUGS):
        declared = mapping(slug).cells()
        for field, cells in rows.items():
            cell = cells[index]
            if declared.get(field):
                assert cell == ", ".join(declared[field]), (slug, field)
            else:
                assert cell == "—", (slug, field)
        for rule in mapping(slug).rules:  # every one-to-one mapping shows up in the vendor's column
            if isinstance(rule, Map):
                assert f"`{rule.vendor}`" in rows[rule.neutral][index], (slug, rule)


def test_report_renders_and_serialises() -> None:
    report = ConversionReport(
        "vendor",
        "to_vendor",
        [
            ReportEntry("mapped", "name", "name"),
            ReportEntry("dropped", "call.recording", None, "Vendor has no field for it"),
            ReportEntry("rejected", "voice.speed", "voice.speed", "rule: maximum 1.5"),
            ReportEntry("needs_input", None, "voice_id", "supply vendor_extras.vendor.voice_id"),
        ],
    )
    text = str(report)
    assert text.splitlines()[0] == "conversion to vendor: 1 mapped, 1 dropped, 1 rejected, 1 needs input"
    assert [line.split()[0] for line in text.splitlines()[1:]] == ["REJECTED", "NEEDS", "DROPPED", "mapped"]
    assert "DROPPED        call.recording: Vendor has no field for it" in text
    assert report.to_dict()["entries"][0] == {"outcome": "mapped", "neutral": "name", "vendor": "name", "detail": ""}
    assert report.problems == [
        "call.recording: dropped: Vendor has no field for it",
        "voice.speed: rejected: rule: maximum 1.5",
        "voice_id: needs input: supply vendor_extras.vendor.voice_id",
    ]
    assert not report.lossless
    assert report.outcome("voice.speed") == report.entries[2]
    assert ConversionReport("vendor", "to_vendor", report.entries[:1]).lossless
