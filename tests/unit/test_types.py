"""The neutral assistant: its hand-written JSON Schema, the schema derived from it and the vendor specs
(what ships, ``make generate``), and the pydantic model generated from that.

The derivation is recomputed here from its inputs (the source schema, the vendor specs through the
converters' one-to-one mappings), never copied: vendor_extras has one member per registry vendor,
and a number field's range is the widest any vendor states, unless the source keeps its own."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import typing
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pydantic
import pytest
from conftest import ROOT, SLUGS
from voiceagents import InputError
from voiceagents import spec as vspec
from voiceagents import types as neutral_types
from voiceagents.convert import _vendor_schema, load_assistant, mapping, neutral_schema, neutral_schema_text
from voiceagents.convert._table import neutral_fields
from voiceagents.types import Assistant

SCHEMA_PATH = ROOT / "openapi" / "assistant.schema.json"
SHIPPED_PATH = ROOT / "wrappers" / "voiceagents" / "types" / "assistant.schema.json"
MODEL_PATH = ROOT / "wrappers" / "voiceagents" / "types" / "assistant.py"
FREE_FORM = {"/properties/variables"} | {f"/$defs/VendorExtras/properties/{slug}" for slug in SLUGS}
LOWER, UPPER = ("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")
DERIVED = "x-voiceagents-derived"


def _schema() -> dict[str, Any]:
    """The hand-written source."""
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def _shipped() -> dict[str, Any]:
    """The derived schema that ships (and that the converter and the model use)."""
    data: dict[str, Any] = json.loads(SHIPPED_PATH.read_text(encoding="utf-8"))
    return data


def _objects(node: Any, at: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append((at, node))
        for key, value in node.items():
            found += _objects(value, f"{at}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _objects(value, f"{at}/{i}")
    return found


@pytest.mark.parametrize("which", [_schema, _shipped], ids=["source", "shipped"])
def test_schema_is_valid_json_schema_2020_12(which: Any) -> None:
    schema = which()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("schema", [_schema, _shipped], ids=["source", "shipped"])
def test_every_object_forbids_unknown_keys_except_the_free_form_maps(schema: Any) -> None:
    for at, node in _objects(schema()):
        if at in FREE_FORM:
            assert node.get("additionalProperties") is True, at
        else:
            assert node.get("additionalProperties") is False, at


def test_everything_has_a_description() -> None:
    schema = _schema()
    assert schema["description"]
    for name, definition in schema["$defs"].items():
        assert definition.get("description"), name
    for at, node in _objects(schema):
        for key, prop in (node.get("properties") or {}).items():
            target = prop
            if "$ref" in prop and "description" not in prop:
                target = schema["$defs"][prop["$ref"].rsplit("/", 1)[-1]]
            assert target.get("description"), f"{at}/properties/{key}"


def test_closed_enums_are_only_the_neutral_concepts() -> None:
    enums = {at: node["enum"] for at, node in _walk(_schema()) if "enum" in node}
    assert enums == {
        "/$defs/Opening/properties/speaker": ["assistant", "user"],
        "/$defs/Opening/properties/mode": ["static", "generated"],
        "/$defs/Call/properties/direction": ["inbound", "outbound"],
        "/$defs/Transfer/properties/mode": ["cold", "warm"],
        "/$defs/PostCallField/properties/type": ["string", "number", "boolean", "enum", "date", "datetime"],
    }


def _walk(node: Any, at: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        found.append((at, node))
        for key, value in node.items():
            found += _walk(value, f"{at}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _walk(value, f"{at}/{i}")
    return found


@pytest.mark.parametrize("which", [_schema, _shipped], ids=["source", "shipped"])
def test_units_are_in_the_field_names_and_scales_are_0_to_1(which: Any) -> None:
    schema = which()
    call = schema["$defs"]["Call"]["properties"]
    assert {k for k in call if "duration" in k or "timeout" in k} == {
        "max_duration_seconds",
        "silence_timeout_seconds",
        "initial_silence_timeout_seconds",
    }
    for path in (
        ("Voice", "stability"),
        ("Voice", "similarity"),
        ("Call", "background_sound_volume"),
        ("Interruptions", "sensitivity"),
    ):
        prop = schema["$defs"][path[0]]["properties"][path[1]]
        assert (prop["minimum"], prop["maximum"]) == (0, 1), path


def test_vendor_extras_members_are_the_registry_slugs() -> None:
    source = _schema()["$defs"]["VendorExtras"]
    assert "properties" not in source, "derived by make generate, not written by hand"
    extras = _shipped()["$defs"]["VendorExtras"]
    assert tuple(extras["properties"]) == SLUGS
    assert extras["additionalProperties"] is False
    for slug, member in extras["properties"].items():
        assert member["type"] == "object"
        assert member["additionalProperties"] is True
        assert vspec.vendor(slug).title in member["description"]


def _number_fields(schema: dict[str, Any], node: Any, at: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(dotted neutral path, schema node) of every number field, vendor_extras left out."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    if isinstance(node.get("properties"), dict):
        for key, sub in node["properties"].items():
            if not (at == "" and key == "vendor_extras"):
                yield from _number_fields(schema, sub, f"{at}.{key}" if at else key)
    elif node.get("type") == "array" and isinstance(node.get("items"), dict):
        yield from _number_fields(schema, node["items"], f"{at}[]")
    elif node.get("type") in ("number", "integer"):
        yield at, node


def _vendor_range(slug: str, field: str, inverse: Any) -> tuple[Any, Any]:
    """The widest (value, exclusive) lower and upper bound ``slug`` states for its field, in neutral units."""
    key = tuple(p for p in field.replace("[]", ".[]").split(".") if p)
    nodes = _vendor_schema.field_schemas(slug, "createAssistant", key)
    lows = [(n[k], k.startswith("exclusive")) for n in nodes for k in LOWER if isinstance(n.get(k), int | float)]
    highs = [(n[k], k.startswith("exclusive")) for n in nodes for k in UPPER if isinstance(n.get(k), int | float)]
    low = min(lows, key=lambda b: (b[0], b[1])) if lows else None
    high = max(highs, key=lambda b: (b[0], not b[1])) if highs else None

    def neutral(bound: Any) -> Any:  # the rule's inverse turns vendor units into neutral ones (0-5 → 0-1)
        return bound if bound is None or inverse is None else (inverse(bound[0]), bound[1])

    return neutral(low), neutral(high)


def _widest(bounds: list[tuple[str, Any]], lower: bool) -> tuple[Any, bool, list[str]] | None:
    """The widest bound and every vendor that states exactly it (inclusive beats exclusive)."""
    if not bounds:
        return None
    rank = (lambda b: (b[1][0], b[1][1])) if lower else (lambda b: (-b[1][0], b[1][1]))
    best = min(bounds, key=rank)[1]
    return best[0], best[1], [slug for slug, b in bounds if b == best]


def expected_ranges() -> dict[str, dict[str, Any]]:
    """Neutral path → the x-voiceagents-derived the shipped schema must carry, from the source
    schema, the vendor specs and the converters' one-to-one mappings."""
    source = _schema()
    out: dict[str, dict[str, Any]] = {}
    for path, node in _number_fields(source, source):
        if node.get("x-voiceagents-bounds") == "own":
            continue
        lows: list[tuple[str, Any]] = []
        highs: list[tuple[str, Any]] = []
        for slug in SLUGS:
            for neutral, vendor, inverse in mapping(slug).links():
                if neutral == path:
                    low, high = _vendor_range(slug, vendor, inverse)
                    lows += [(slug, low)] if low is not None else []
                    highs += [(slug, high)] if high is not None else []
        derived = {}
        for bound, names in ((_widest(lows, lower=True), LOWER), (_widest(highs, lower=False), UPPER)):
            if bound is not None:
                value, exclusive, vendors = bound
                derived[names[1] if exclusive else names[0]] = {"value": value, "vendors": vendors}
        if derived:
            out[path] = derived
    return out


def test_derived_ranges_are_the_widest_the_vendors_state() -> None:
    shipped = _shipped()
    found = {path: node[DERIVED] for path, node in _number_fields(shipped, shipped) if DERIVED in node}
    assert found == expected_ranges()
    titles = {slug: vspec.vendor(slug).title for slug in SLUGS}
    for path, node in _number_fields(shipped, shipped):
        for key, bound in node.get(DERIVED, {}).items():
            assert node[key] == bound["value"], (path, key)
            assert {k for k in (*LOWER, *UPPER) if k in node} == set(node[DERIVED]), path
            # the description says where the range comes from
            assert all(titles[v] in node["description"] for v in bound["vendors"]), path


def test_the_shipped_schema_is_the_source_plus_exactly_the_derived_parts() -> None:
    source, shipped = _schema(), _shipped()
    ranged = expected_ranges()
    shipped_fields = dict(_number_fields(shipped, shipped))
    for path, node in _number_fields(source, source):
        if path not in ranged:
            assert shipped_fields[path] == node, f"{path} is not derived: it ships as written"
            continue
        derived = shipped_fields[path]
        assert derived["description"].startswith(node["description"].rstrip() + " Range derived from the vendor specs")
        # undo the derivation: what remains is the source, key for key
        undone = {k: v for k, v in derived.items() if k not in (DERIVED, *LOWER, *UPPER, "description")}
        undone["description"] = node["description"]
        undone.update({k: node[k] for k in (*LOWER, *UPPER) if k in node})
        assert undone == node, path
    restored = json.loads(json.dumps(shipped))
    restored["$defs"]["VendorExtras"].pop("properties")
    for path, node in _number_fields(restored, restored):
        node.clear()
        node.update(dict(_number_fields(source, source))[path])
    assert restored == source


def test_the_packaged_schema_is_the_shipped_one() -> None:
    # `voiceagents schema` and the converter read the copy shipped inside the package
    packaged = Path(neutral_types.__file__).parent / "assistant.schema.json"
    assert packaged.read_bytes() == SHIPPED_PATH.read_bytes()
    assert neutral_schema_text() == SHIPPED_PATH.read_text(encoding="utf-8")
    assert neutral_schema() == _shipped()


def test_a_derived_range_is_checked_and_an_own_bound_kept() -> None:
    with pytest.raises(InputError) as caught:
        Assistant.model_validate({"voice": {"speed": 5}})
    (error,) = caught.value.errors  # type: ignore[attr-defined]
    assert (error.path, error.value) == ("/voice/speed", 5)
    assert error.rule.startswith("maximum")
    assert float(error.rule.split()[1]) == expected_ranges()["voice.speed"]["maximum"]["value"]
    # llm.temperature keeps the source's own bound, 0 to 2, whatever a vendor states
    temperature = _shipped()["$defs"]["Llm"]["properties"]["temperature"]
    assert (temperature["minimum"], temperature["maximum"], DERIVED in temperature) == (0, 2, False)
    assert "llm.temperature" not in expected_ranges()
    assert Assistant.model_validate({"llm": {"temperature": 2}}).llm is not None
    with pytest.raises(InputError):
        Assistant.model_validate({"llm": {"temperature": 2.5}})


def test_a_derived_range_error_names_the_vendors_it_comes_from() -> None:
    with pytest.raises(InputError) as caught:
        Assistant.model_validate({"voice": {"speed": 5}})
    for slug in expected_ranges()["voice.speed"]["maximum"]["vendors"]:
        assert vspec.vendor(slug).title in str(caught.value)


def test_generated_model_is_current(tmp_path: Path) -> None:
    # what `make check` verifies too: the model is what a fresh generation from this schema gives
    from voiceagents_tools import generate

    fresh = generate.make_neutral(generate.discover(), tmp_path)
    for path, data in fresh.items():
        assert path.read_bytes() == data, f"{path.relative_to(ROOT)} is stale or edited: run `make generate`"
    assert MODEL_PATH.read_text(encoding="utf-8").startswith("# Generated by `make generate`")


def _model_fields(model: type[pydantic.BaseModel], at: str = "") -> set[str]:
    out = set()
    hints = typing.get_type_hints(model, localns=vars(importlib.import_module(model.__module__)))
    for name in model.model_fields:
        path = f"{at}.{name}" if at else name
        inner = [a for a in _flatten(hints[name]) if isinstance(a, type) and issubclass(a, pydantic.BaseModel)]
        list_of = typing.get_origin(_strip(hints[name])) is list
        if inner and name != "vendor_extras":
            out |= _model_fields(inner[0], f"{path}[]" if list_of else path)
        elif name != "vendor_extras":
            out.add(path)
    return out


def _strip(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, getattr(__import__("types"), "UnionType", None)) and len(args) == 1:
        return _strip(args[0])
    return tp


def _flatten(tp: Any) -> list[Any]:
    args = typing.get_args(tp)
    return [tp] if not args else [x for a in args for x in _flatten(a)]


def test_model_fields_match_the_schema() -> None:
    assert _model_fields(Assistant) == set(neutral_fields(neutral_schema()))


@pytest.mark.parametrize(
    ("data", "path", "value", "rule"),
    [
        ({"nmae": "typo"}, "/nmae", "typo", "unknown field"),
        ({"voice": {"stability": 1.5}}, "/voice/stability", 1.5, "maximum 1"),
        ({"opening": {"speaker": "caller"}}, "/opening/speaker", "caller", "one of"),
        ({"language": {"secondary": ["not a tag"]}}, "/language/secondary/0", "not a tag", "match"),
        ({"call": {"max_duration_seconds": "600"}}, "/call/max_duration_seconds", "600", "must be a number"),
    ],
)
def test_model_validate_raises_input_errors_naming_field_value_and_rule(
    data: dict[str, Any], path: str, value: Any, rule: str
) -> None:
    with pytest.raises(InputError) as caught:
        Assistant.model_validate(data)
    assert not isinstance(caught.value, pydantic.ValidationError)
    errors = caught.value.errors  # type: ignore[attr-defined]
    assert [(e.path, e.value) for e in errors] == [(path, value)]
    assert rule in errors[0].rule
    assert path in str(caught.value)


def test_construction_raises_input_errors_too() -> None:
    with pytest.raises(InputError):
        Assistant(name=7)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        Assistant.model_validate_json('{"voice": {"speed": 5}}')
    ok = Assistant.model_validate({"language": {"primary": "en-US", "secondary": ["de-DE"]}})
    assert ok.language is not None
    assert ok.language.secondary == ["de-DE"]


def test_model_keeps_urls_and_numbers_as_written() -> None:
    data = {
        "webhook": {"url": "https://Example.com"},
        "call": {"max_duration_seconds": 600, "silence_timeout_seconds": 10.5, "background_sound_volume": 1.0},
        "llm": {"temperature": 1, "max_tokens": 250},
    }
    assistant = Assistant.model_validate(data)
    dumped = assistant.model_dump(exclude_unset=True)
    assert json.dumps(dumped, sort_keys=True) == json.dumps(data, sort_keys=True), "600 stays 600, 1.0 stays 1.0"
    assert type(dumped["call"]["max_duration_seconds"]) is int
    assert type(dumped["call"]["background_sound_volume"]) is float
    assert json.loads(assistant.model_dump_json(exclude_unset=True)) == data


def test_construction_from_plain_members() -> None:
    assistant = Assistant(
        name="Front desk",
        opening={"speaker": "assistant", "message": "Hello", "mode": "static"},  # type: ignore[arg-type]
        call={"direction": "inbound", "max_duration_seconds": 300},  # type: ignore[arg-type]
    )
    assert assistant.model_fields_set == {"name", "opening", "call"}
    assert assistant.model_dump(exclude_unset=True)["call"]["max_duration_seconds"] == 300
    assert load_assistant(assistant) is assistant


def test_typed_construction() -> None:
    from voiceagents.types import Call, Language, Opening, PostCall, PostCallField

    assistant = Assistant(
        name="Front desk",
        opening=Opening(speaker="assistant", message="Hello", mode="static"),
        language=Language(primary="en", secondary=["de"]),
        call=Call(direction="inbound", max_duration_seconds=300),
        post_call=PostCall(fields=[PostCallField(name="email", type="string")]),
    )
    assert assistant.model_fields_set == {"name", "opening", "language", "call", "post_call"}
    assert load_assistant(assistant) is assistant


@pytest.mark.parametrize("which", [_schema, _shipped], ids=["source", "shipped"])
def test_every_example_in_the_schema_is_valid(which: Any) -> None:
    schema = which()
    for at, node in _walk(schema):
        for example in node.get("examples", []) if isinstance(node.get("examples"), list) else []:
            sub = {**node, "$defs": schema["$defs"]}
            assert not list(jsonschema.Draft202012Validator(sub).iter_errors(example)), at


def test_types_module_is_importable_without_the_converter() -> None:
    spec = importlib.util.find_spec("voiceagents.types.assistant")
    assert spec is not None
    assert spec.origin is not None
    assert Path(spec.origin) == MODEL_PATH


def test_the_wheel_ships_the_schema_and_the_model(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            str(ROOT),
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    (wheel,) = tmp_path.glob("voiceagents-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert archive.read("voiceagents/types/assistant.schema.json") == SHIPPED_PATH.read_bytes()
    assert {"voiceagents/types/assistant.py", "voiceagents/cli/__init__.py", "voiceagents/convert/__init__.py"} <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert entry_points
