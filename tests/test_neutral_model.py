"""The neutral assistant: its hand-written JSON Schema and the pydantic model generated from it."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import typing
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pydantic
import pytest
from conftest import ROOT, SLUGS
from voiceagents import types as neutral_types
from voiceagents._convert import load_assistant, neutral_schema, neutral_schema_text
from voiceagents._convert._table import neutral_fields
from voiceagents.types import Assistant

SCHEMA_PATH = ROOT / "openapi" / "assistant.schema.json"
MODEL_PATH = ROOT / "wrappers" / "voiceagents" / "types" / "assistant.py"
FREE_FORM = {"/properties/variables"} | {f"/$defs/VendorExtras/properties/{slug}" for slug in SLUGS}


def _schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
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


def test_schema_is_valid_json_schema_2020_12() -> None:
    schema = _schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_object_forbids_unknown_keys_except_the_free_form_maps() -> None:
    for at, node in _objects(_schema()):
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


def test_units_are_in_the_field_names_and_scales_are_0_to_1() -> None:
    schema = _schema()
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


def test_vendor_extras_keys_are_the_vendor_slugs() -> None:
    extras = _schema()["$defs"]["VendorExtras"]
    assert tuple(extras["properties"]) == SLUGS
    assert extras["additionalProperties"] is False


def test_the_packaged_schema_is_the_hand_written_one() -> None:
    # `voiceagents schema` and the converter read the copy shipped inside the package
    packaged = Path(neutral_types.__file__).parent / "assistant.schema.json"
    assert packaged.read_bytes() == SCHEMA_PATH.read_bytes()
    assert neutral_schema_text() == SCHEMA_PATH.read_text(encoding="utf-8")


def test_generated_model_is_current() -> None:
    # what `make check` verifies too: the model was generated from this schema and not edited since
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import manifest
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    entry = manifest.load()["neutral"]
    assert entry.spec_sha256 == manifest.file_sha256(SCHEMA_PATH), "run `make generate`"
    assert manifest.drift(entry) == []
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


def test_model_forbids_unknown_keys_and_checks_ranges() -> None:
    with pytest.raises(pydantic.ValidationError):
        Assistant.model_validate({"nmae": "typo"})
    with pytest.raises(pydantic.ValidationError):
        Assistant.model_validate({"voice": {"stability": 1.5}})
    with pytest.raises(pydantic.ValidationError):
        Assistant.model_validate({"opening": {"speaker": "caller"}})
    with pytest.raises(pydantic.ValidationError):
        Assistant.model_validate({"language": {"secondary": ["not a tag"]}})
    ok = Assistant.model_validate({"language": {"primary": "en-US", "secondary": ["de-DE"]}})
    assert ok.language is not None
    assert ok.language.secondary == ["de-DE"]


def test_model_keeps_urls_and_numbers_as_written() -> None:
    assistant = Assistant.model_validate(
        {"webhook": {"url": "https://Example.com"}, "call": {"max_duration_seconds": 600}}
    )
    assert assistant.model_dump(exclude_unset=True) == {
        "webhook": {"url": "https://Example.com"},
        "call": {"max_duration_seconds": 600.0},
    }


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


def test_every_example_in_the_schema_is_valid() -> None:
    schema = _schema()
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
        assert archive.read("voiceagents/types/assistant.schema.json") == SCHEMA_PATH.read_bytes()
    assert {"voiceagents/types/assistant.py", "voiceagents/cli.py", "voiceagents/_convert/__init__.py"} <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert entry_points
