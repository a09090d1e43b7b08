"""The one reader of the vendor specs (``voiceagents.spec``) and the one JSON-pointer module
(``voiceagents._json``): what they read, and every way a spec can break the conventions."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from conftest import SLUGS, SPEC_DIR, load_spec
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents._exceptions import InputError, SpecError, UnsupportedOperationError
from voiceagents.spec import schema as spec_schema

MINIMAL: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Mini Assistants API", "version": "1.2.3", "x-voiceagents-slug": "mini"},
    "servers": [{"url": "https://{host}/api", "variables": {"host": {"default": "mini.example"}}}],
    "security": [{"BearerAuth": []}],
    "paths": {
        "/assistants": {
            "post": {
                "operationId": "createAssistant",
                "security": [{"BearerAuth": []}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/CreateAssistantRequest"}}
                    },
                },
                "responses": {
                    "201": {
                        "x-voiceagents-id": "/id",
                        "x-voiceagents-assistant": "",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Assistant"},
                                "examples": {"made": {"value": {"id": "a_1", "name": "Ada"}}},
                            }
                        },
                    }
                },
            },
            "get": {
                "operationId": "listAssistants",
                "security": [{"BearerAuth": []}],
                "parameters": [
                    {"name": "after", "in": "query", "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50, "default": 10}},
                ],
                "x-voiceagents-pagination": {"cursor": "after", "size": "limit", "next": "/next", "has_more": "/more"},
                "responses": {"200": {"x-voiceagents-items": "", "x-voiceagents-item-id": "/id"}},
            },
        },
        "/assistants/{assistant_id}": {
            "parameters": [{"name": "assistant_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "delete": {"operationId": "deleteAssistant", "security": [{"BearerAuth": []}], "responses": {"204": {}}},
        },
    },
    "components": {
        "securitySchemes": {"BearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "CreateAssistantRequest": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "voice": {"$ref": "#/components/schemas/Voice"}},
            },
            "Voice": {"type": "object", "properties": {"speed": {"type": "number", "maximum": 2}}},
            "Assistant": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}},
        },
    },
}


def mini(changes: dict[str, Any]) -> dict[str, Any]:
    """A copy of MINIMAL with each ``a__b__c`` path set to its value."""
    document = copy.deepcopy(MINIMAL)
    for path, value in changes.items():
        *parents, last = path.split("__")
        node = document
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return document


# --------------------------------------------------------------------------- reading


def test_a_small_spec_is_read_into_typed_facts() -> None:
    spec = vspec.VendorSpec.from_document(MINIMAL)
    assert (spec.slug, spec.name, spec.version, spec.base_url) == ("mini", "Mini", "1.2.3", "https://mini.example/api")
    assert spec.auth == vspec.Auth("BearerAuth", "header", "Authorization", "Bearer")
    assert list(spec.operations) == ["listAssistants", "createAssistant", "deleteAssistant"]  # paths, then methods
    create = spec.operation("createAssistant")
    assert (create.method, create.path, create.kind, create.creates, create.retry_class) == (
        "POST",
        "/assistants",
        "create",
        True,
        "create",
    )
    assert (create.request_schema, create.request_required, create.success.status) == (
        "CreateAssistantRequest",
        True,
        "201",
    )
    assert (create.pointer("id"), create.pointer("assistant"), create.success.example) == (
        "/id",
        "",
        {"id": "a_1", "name": "Ada"},
    )
    listing = spec.operation("listAssistants")
    assert listing.pagination is not None
    assert listing.pagination.style == "cursor"
    assert listing.pagination.size_param is not None
    assert listing.pagination.size_param.schema["maximum"] == 50
    delete = spec.operation("deleteAssistant")
    assert delete.id_param is not None
    assert (delete.id_param.name, delete.success.has_body, delete.success.code) == ("assistant_id", False, 204)
    with pytest.raises(UnsupportedOperationError, match="documents: listAssistants, createAssistant"):
        spec.operation("getAssistant")


@pytest.mark.parametrize("slug", SLUGS)
def test_every_vendor_spec_reads_the_same_from_its_file_and_from_its_client(slug: str) -> None:
    from_file = vspec.VendorSpec.from_file(SPEC_DIR / f"{slug}.yaml")
    shipped = vspec.vendor(slug).spec
    assert from_file.operations.keys() == shipped.operations.keys()
    assert (from_file.auth, from_file.base_url, from_file.version) == (shipped.auth, shipped.base_url, shipped.version)
    registry = vspec.vendor(slug)
    assert list(registry.operations) == [op for op in vspec.OPERATION_IDS.values() if op in shipped.operations]
    assert registry.default_base_url == shipped.base_url


def test_urls_put_the_id_in_its_one_segment() -> None:
    delete = vspec.VendorSpec.from_document(MINIMAL).operation("deleteAssistant")
    assert delete.url("https://h/api", "a b") == "https://h/api/assistants/a%20b"
    assert delete.pattern.match("/assistants/a%20b") is not None
    assert delete.pattern.match("/assistants/a/b") is None
    for bad in ("..", "a/b", "%2F", ""):
        with pytest.raises(InputError):
            delete.url("https://h/api", bad)
    with pytest.raises(InputError, match="needs the assistant id"):
        delete.url("https://h/api", None)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("asst_1", None),
        ("7", None),
        ("a%20b", None),
        ("..", "path segment"),
        ("%2e%2E", "path segment"),
        ("a/b", "path syntax"),
        ("%252F", "path syntax"),
        ("a\tb", "control character"),
        ("", "empty"),
        ("%25252525", "more than twice"),
    ],
)
def test_id_problem(value: str, problem: str | None) -> None:
    found = vspec.id_problem(value)
    assert (found is None) == (problem is None)
    assert problem is None or problem in str(found)


# --------------------------------------------------------------------------- conventions broken


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"info__x-voiceagents-slug": "Bad Slug"}, "lowercase slug"),
        ({"paths__/assistants__post__operationId": "deleteAssistant"}, "used twice"),
        ({"paths__/assistants__post__operationId": ""}, "has no operationId"),
        ({"paths__/assistants/{assistant_id}__parameters": []}, "path parameter assistant_id is not declared"),
        ({"paths__/assistants__post__responses__201__x-voiceagents-id": "id"}, "must be a JSON pointer"),
        ({"paths__/assistants__get__x-voiceagents-pagination__start": "x"}, "unknown keys start"),
        ({"paths__/assistants__get__x-voiceagents-pagination__page": "after"}, "either a page or a cursor"),
        ({"paths__/assistants__get__x-voiceagents-pagination__size": "per_page"}, "per_page"),
        ({"paths__/assistants__post__security": [{"Nope": []}]}, "Nope is not in components"),
        ({"paths__/assistants__post__requestBody": {"$ref": "#/components/requestBodies/Gone"}}, "points at nothing"),
    ],
)
def test_a_spec_that_breaks_the_conventions_is_a_spec_error_naming_it(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=r"mini\.yaml: ") as info:
        vspec.VendorSpec.from_document(mini(changes), source="mini.yaml")
    assert message in str(info.value)


def test_a_file_named_for_another_slug_is_refused(tmp_path: Path) -> None:
    import json

    path = tmp_path / "other.json"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8")
    with pytest.raises(SpecError, match="not 'other'"):
        vspec.VendorSpec.from_file(path)


def test_duplicate_keys_in_a_spec_file_are_an_error_with_the_line(tmp_path: Path) -> None:
    text = (SPEC_DIR / "callhq.yaml").read_text(encoding="utf-8")
    broken = text.replace("openapi: 3.1.0\n", "openapi: 3.1.0\nopenapi: 3.0.0\n", 1)
    path = tmp_path / "callhq.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(SpecError, match="duplicate key") as info:
        vspec.VendorSpec.from_file(path)
    assert info.value.line == 2


# --------------------------------------------------------------------------- schemas and refs


def test_refs_are_resolved_once_and_a_dangling_or_circular_one_raises() -> None:
    document = {"a": {"$ref": "#/b"}, "b": {"$ref": "#/c"}, "c": {"type": "string"}, "x": {"$ref": "#/x"}}
    assert spec_schema.resolve(document, document["a"]) == {"type": "string"}
    with pytest.raises(SpecError, match="non-circular"):
        spec_schema.resolve(document, document["x"])
    with pytest.raises(SpecError, match="points at nothing"):
        spec_schema.resolve(document, {"$ref": "#/nowhere"})
    with pytest.raises(SpecError):
        spec_schema.resolve(document, {"$ref": "other.yaml#/a"})


def test_aliases_are_component_schemas_written_as_another_by_reference() -> None:
    schemas = {
        "Agent": {"type": "object", "properties": {"id": {"type": "string"}}},
        "GetAgent": {"$ref": "#/components/schemas/Agent", "description": "the agent itself"},
        "Again": {"$ref": "#/components/schemas/GetAgent", "title": "a chain"},
        "Narrower": {"$ref": "#/components/schemas/Agent", "maxProperties": 3},  # constrains: not the same
        "Elsewhere": {"$ref": "#/$defs/Agent"},
        "Dangling": {"$ref": "#/components/schemas/Nowhere"},
        "Inline": {"type": "object", "properties": {"agent": {"$ref": "#/components/schemas/Agent"}}},
    }
    document = {"components": {"schemas": schemas}}
    assert spec_schema.component_aliases(document) == {"GetAgent": "Agent", "Again": "GetAgent"}
    assert spec_schema.component_aliases({}) == {}
    assert spec_schema.component_name("#/components/schemas/Agent") == "Agent"
    assert spec_schema.component_name("#/$defs/Agent") is None
    assert spec_schema.component_name(None) is None


@pytest.mark.parametrize("slug", SLUGS)
def test_standalone_schemas_keep_their_references_and_validate_the_examples(slug: str) -> None:
    spec = vspec.vendor(slug).spec
    create = spec.operation("createAssistant")
    assert create.request_schema is not None
    document = spec.standalone(create.request_schema)
    assert document["$ref"] == "#/components/schemas/" + create.request_schema
    validator = jsonschema_rs.validator_for(document)
    for name, example in create.request_examples.items():
        assert validator.is_valid(example), f"{slug} example {name}"


@pytest.mark.parametrize("slug", SLUGS)
def test_directions_tell_request_from_response_schemas(slug: str) -> None:
    spec = vspec.vendor(slug).spec
    directions = spec.directions()
    create = spec.operation("createAssistant")
    assert create.request_schema is not None
    assert directions[create.request_schema] == {"request"}
    for op in spec.operations.values():
        if op.success.schema_name is not None:
            assert "response" in directions[op.success.schema_name]


def test_the_shipped_spec_is_the_file() -> None:
    for slug in SLUGS:
        assert vspec.vendor(slug).spec.document == load_spec(slug)


# --------------------------------------------------------------------------- JSON pointers and nested data


def test_json_pointers_round_trip_escapes() -> None:
    parts = ("a/b", "m~n", "0", "")
    text = _json.pointer(parts)
    assert text == "/a~1b/m~0n/0/"
    assert _json.unpointer(text) == parts
    assert _json.read_pointer({"a/b": {"m~n": [{"": 7}]}}, "/a~1b/m~0n/0/") == 7
    assert _json.read_pointer({"a": 1}, "/b") is _json.MISSING
    assert _json.read_pointer([1, 2], "/5", None) is None
    with pytest.raises(ValueError, match="not a JSON pointer"):
        _json.unpointer("a/b")
    assert _json.write_pointer({}, "/a/b", 1) == {"a": {"b": 1}}
    assert _json.write_pointer({"a": 2}, "", [1]) == [1]


def test_nested_merge_copies_and_reports_what_it_set() -> None:
    base = {"voice": {"speed": 1, "id": "x"}, "tags": [1]}
    out = _json.merged(base, {"voice": {"speed": 2}, "tags": [2]})
    assert out == {"voice": {"speed": 2, "id": "x"}, "tags": [2]}
    assert base == {"voice": {"speed": 1, "id": "x"}, "tags": [1]}
    target: dict[str, Any] = {"a": {"b": 1}}
    assert _json.deep_merge(target, {"a": {"c": 2}, "d": 3}) == [("a", "c"), ("d",)]
    assert list(_json.leaf_paths({"a": {"b": 1, "c": {}}, "d": [1]})) == [("a", "b"), ("a", "c"), ("d",)]
    assert not _json.MISSING
    assert copy.deepcopy(_json.MISSING) is _json.MISSING
