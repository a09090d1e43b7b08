"""specdiff: every kind of change on small inline specs, the semver rules, the changelog."""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from voiceagents_tools.specs import diff as specdiff
from voiceagents_tools.specs import lint as speclint
from voiceagents_tools.specs.diff import Change, changelog_entry, diff_specs, next_version, required_bump

ROOT = Path(__file__).resolve().parents[2]

Spec = dict[str, Any]


def base() -> Spec:
    """A small create-assistant spec in the house style: request and response schemas, a rule."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Acme Assistants API", "version": "1.0.0", "description": "Acme."},
        "servers": [{"url": "https://api.acme.test"}],
        "paths": {
            "/assistants": {
                "post": {
                    "operationId": "createAssistant",
                    "tags": ["assistants"],
                    "summary": "Create an assistant",
                    "security": [{"BearerAuth": []}],
                    "parameters": [{"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/CreateAssistantRequest"},
                                "examples": {"minimal": {"value": {"name": "Desk", "voice": "alloy"}}},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "Created.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/CreatedAssistant"}}
                            },
                        },
                        "422": {
                            "description": "Invalid.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        },
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {"BearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "CreateAssistantRequest": {
                    "type": "object",
                    "description": "A new assistant.",
                    "required": ["name", "voice"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 40, "description": "Name."},
                        "voice": {"$ref": "#/components/schemas/Voice"},
                        "speed": {"type": "number", "minimum": 0.5, "maximum": 2},
                        "mode": {"type": "string", "enum": ["pipeline", "realtime"]},
                        "model": {"type": "string"},
                        "phone": {"type": "string", "pattern": "^\\+[0-9]+$"},
                        "webhook_url": {"type": "string", "format": "uri"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "tool": {"$ref": "#/components/schemas/Tool"},
                    },
                    "allOf": [
                        {
                            "description": "Pipeline mode needs a model.",
                            "if": {"required": ["mode"], "properties": {"mode": {"const": "pipeline"}}},
                            "then": {"required": ["model"]},
                        }
                    ],
                },
                "Voice": {"type": "string", "enum": ["alloy", "echo", "playht"]},
                "Tool": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/EndCallTool"},
                        {"$ref": "#/components/schemas/TransferTool"},
                    ]
                },
                "EndCallTool": {
                    "type": "object",
                    "required": ["type"],
                    "properties": {"type": {"type": "string", "const": "end_call"}},
                },
                "TransferTool": {
                    "type": "object",
                    "required": ["type"],
                    "properties": {"type": {"type": "string", "const": "transfer"}, "number": {"type": "string"}},
                },
                "CreatedAssistant": {
                    "type": "object",
                    "required": ["id", "created_at"],
                    "properties": {
                        "id": {"type": "string"},
                        "created_at": {"type": "string", "format": "date-time"},
                        "status": {"type": "string"},
                    },
                },
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            },
        },
    }


def changed(edit: Callable[[Spec], None]) -> list[Change]:
    """The changes ``edit`` makes to the base spec."""
    new = base()
    edit(new)
    return diff_specs(base(), new)


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def request(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = schemas(spec)["CreateAssistantRequest"]
    return result


def op(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"]["/assistants"]["post"]
    return result


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


# ---- nothing / metadata ------------------------------------------------------------------------


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(base(), base()) == []


def test_a_version_bump_alone_is_no_change() -> None:
    assert changed(lambda s: s["info"].update(version="9.9.9")) == []


@pytest.mark.parametrize("slug", ["callhq", "autocalls_v1", "revox", "insighto", "autocalls"])
def test_real_spec_against_itself_and_its_json_round_trip(slug: str) -> None:
    spec = speclint.load(ROOT / "openapi" / f"{slug}.yaml")
    assert diff_specs(spec, spec) == []
    # generate.py keeps the previous spec as openapi.json: YAML vs JSON must not look like a change
    assert diff_specs(json.loads(json.dumps(spec)), spec) == []


def test_description_change_is_not_breaking() -> None:
    c = only(changed(lambda s: request(s)["properties"]["name"].update(description="The display name.")))
    assert (c.kind, c.path, c.breaking) == ("description-changed", "CreateAssistantRequest.name", False)


def test_example_change_is_reported_but_not_breaking() -> None:
    def edit(s: Spec) -> None:
        op(s)["requestBody"]["content"]["application/json"]["examples"]["minimal"]["value"]["name"] = "Other"

    c = only(changed(edit))
    assert (c.kind, c.breaking) == ("modified", False)
    assert c.path == "POST /assistants request body"


def test_any_unknown_difference_is_still_a_change() -> None:
    c = only(changed(lambda s: s.update({"x-internal": True})))
    assert (c.kind, c.breaking) == ("modified", False)


# ---- fields ------------------------------------------------------------------------------------


def test_optional_field_added_is_not_breaking() -> None:
    c = only(changed(lambda s: request(s)["properties"].update(nickname={"type": "string"})))
    assert (c.kind, c.path, c.breaking) == ("field-added", "CreateAssistantRequest.nickname", False)
    assert "optional" in c.description


def test_required_field_added_to_a_request_is_breaking() -> None:
    def edit(s: Spec) -> None:
        request(s)["properties"]["language"] = {"type": "string"}
        request(s)["required"].append("language")

    c = only(changed(edit))
    assert (c.kind, c.path, c.breaking) == ("field-added", "CreateAssistantRequest.language", True)
    assert "required" in c.description


def test_field_removed_is_breaking() -> None:
    c = only(changed(lambda s: request(s)["properties"].pop("phone")))
    assert (c.kind, c.path, c.breaking) == ("field-removed", "CreateAssistantRequest.phone", True)


def test_response_field_removed_is_breaking() -> None:
    c = only(changed(lambda s: schemas(s)["CreatedAssistant"]["properties"].pop("status")))
    assert (c.kind, c.path, c.breaking) == ("field-removed", "CreatedAssistant.status", True)


def test_existing_field_newly_required_is_breaking() -> None:
    c = only(changed(lambda s: request(s)["required"].append("speed")))
    assert (c.kind, c.path, c.breaking) == ("required-added", "CreateAssistantRequest.speed", True)


def test_request_field_no_longer_required_is_not_breaking() -> None:
    c = only(changed(lambda s: request(s)["required"].remove("voice")))
    assert (c.kind, c.path, c.breaking) == ("required-removed", "CreateAssistantRequest.voice", False)


def test_response_field_no_longer_required_is_breaking() -> None:
    c = only(changed(lambda s: schemas(s)["CreatedAssistant"]["required"].remove("created_at")))
    assert (c.kind, c.path, c.breaking) == ("required-removed", "CreatedAssistant.created_at", True)


def test_response_field_newly_required_is_not_breaking() -> None:
    c = only(changed(lambda s: schemas(s)["CreatedAssistant"]["required"].append("status")))
    assert (c.kind, c.breaking) == ("required-added", False)


def test_nested_inline_field_paths() -> None:
    def edit(s: Spec) -> None:
        request(s)["properties"]["tags"]["items"] = {"type": "string", "maxLength": 10}

    c = only(changed(edit))
    assert (c.kind, c.path, c.breaking) == ("range-narrowed", "CreateAssistantRequest.tags[]", True)


# ---- if/then rules -----------------------------------------------------------------------------


def test_field_newly_required_through_a_new_if_then_rule_is_breaking() -> None:
    def edit(s: Spec) -> None:
        request(s)["allOf"].append(
            {
                "if": {"required": ["mode"], "properties": {"mode": {"const": "realtime"}}},
                "then": {"required": ["phone"]},
            }
        )

    c = only(changed(edit))
    assert (c.kind, c.breaking) == ("rule-added", True)
    assert c.path == 'CreateAssistantRequest (when mode = "realtime")'
    assert "`phone`" in c.description


def test_field_added_to_an_existing_then_is_newly_required() -> None:
    c = only(changed(lambda s: request(s)["allOf"][0]["then"]["required"].append("speed")))
    assert (c.kind, c.breaking) == ("required-added", True)
    assert c.path == 'CreateAssistantRequest (when mode = "pipeline").speed'


def test_rule_removed_is_not_breaking() -> None:
    c = only(changed(lambda s: request(s).pop("allOf")))
    assert (c.kind, c.breaking) == ("rule-removed", False)


def test_field_forbidden_by_a_rule_is_breaking_and_allowing_it_again_is_not() -> None:
    def forbid(s: Spec) -> None:
        request(s)["allOf"][0]["then"]["properties"] = {"phone": False}

    c = only(changed(forbid))
    assert (c.kind, c.breaking) == ("rule-added", True)
    new = base()
    forbid(new)
    c = only(diff_specs(new, base()))
    assert (c.kind, c.breaking) == ("rule-removed", False)


# ---- enums -------------------------------------------------------------------------------------


def test_enum_value_removed_is_breaking() -> None:
    c = only(changed(lambda s: schemas(s)["Voice"]["enum"].remove("playht")))
    assert (c.kind, c.path, c.breaking) == ("enum-narrowed", "Voice", True)
    assert "playht" in c.description


def test_enum_value_added_is_not_breaking() -> None:
    c = only(changed(lambda s: request(s)["properties"]["mode"]["enum"].append("dualplex")))
    assert (c.kind, c.breaking) == ("enum-widened", False)


def test_enum_introduced_on_a_free_string_is_breaking() -> None:
    c = only(changed(lambda s: schemas(s)["CreatedAssistant"]["properties"]["status"].update(enum=["active"])))
    assert (c.kind, c.breaking) == ("enum-narrowed", True)


def test_const_changed_removes_a_value() -> None:
    kinds = {
        (c.kind, c.breaking)
        for c in changed(lambda s: schemas(s)["EndCallTool"]["properties"]["type"].update(const="hangup"))
    }
    assert kinds == {("enum-narrowed", True), ("enum-widened", False)}


# ---- ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "update", "kind"),
    [
        ("name", {"maxLength": 20}, "range-narrowed"),
        ("name", {"maxLength": 80}, "range-widened"),
        ("name", {"minLength": 1}, "range-narrowed"),
        ("speed", {"minimum": 0.7}, "range-narrowed"),
        ("speed", {"minimum": 0.1}, "range-widened"),
        ("speed", {"maximum": 1.5}, "range-narrowed"),
        ("speed", {"exclusiveMaximum": 2}, "range-narrowed"),
        ("model", {"pattern": "^[a-z]+$"}, "range-narrowed"),
        ("phone", {"pattern": "^\\+1[0-9]+$"}, "range-narrowed"),
        ("tags", {"maxItems": 5}, "range-narrowed"),
        ("tags", {"uniqueItems": True}, "range-narrowed"),
    ],
)
def test_range_changes(field: str, update: dict[str, Any], kind: str) -> None:
    c = only(changed(lambda s: request(s)["properties"][field].update(update)))
    assert (c.kind, c.path, c.breaking) == (kind, f"CreateAssistantRequest.{field}", kind == "range-narrowed")


def test_range_removed_is_widened() -> None:
    c = only(changed(lambda s: request(s)["properties"]["phone"].pop("pattern")))
    assert (c.kind, c.breaking) == ("range-widened", False)
    c = only(changed(lambda s: request(s)["properties"]["speed"].pop("maximum")))
    assert (c.kind, c.breaking) == ("range-widened", False)


def test_minimum_turned_exclusive_is_narrowed() -> None:
    def edit(s: Spec) -> None:
        speed = request(s)["properties"]["speed"]
        speed["exclusiveMinimum"] = speed.pop("minimum")

    (change,) = changed(edit)  # one bound, compared as one: the value itself is no longer allowed
    assert change.kind == "range-narrowed"
    assert change.breaking
    assert "from minimum" in change.description
    assert "to exclusiveMinimum" in change.description


# ---- types -------------------------------------------------------------------------------------


def test_type_changed_is_breaking() -> None:
    c = only(changed(lambda s: request(s)["properties"]["model"].update(type="integer")))
    assert (c.kind, c.breaking) == ("type-changed", True)
    assert "string" in c.description
    assert "integer" in c.description


def test_format_changed_is_breaking() -> None:
    c = only(changed(lambda s: schemas(s)["CreatedAssistant"]["properties"]["created_at"].update(format="date")))
    assert (c.kind, c.breaking) == ("type-changed", True)


def test_nullable_added_is_fine_in_a_request_but_breaking_in_a_response() -> None:
    c = only(changed(lambda s: request(s)["properties"]["model"].update(type=["string", "null"])))
    assert (c.kind, c.breaking) == ("type-widened", False)
    c = only(changed(lambda s: schemas(s)["CreatedAssistant"]["properties"]["id"].update(type=["string", "null"])))
    assert (c.kind, c.breaking) == ("type-widened", True)


def test_reference_to_another_schema_is_a_type_change() -> None:
    def edit(s: Spec) -> None:
        schemas(s)["VoiceId"] = {"type": "string"}
        request(s)["properties"]["voice"] = {"$ref": "#/components/schemas/VoiceId"}

    changes = changed(edit)
    assert [(c.kind, c.path, c.breaking) for c in changes] == [
        ("type-changed", "CreateAssistantRequest.voice", True),
        ("schema-added", "VoiceId", False),
    ]


def test_union_variant_removed_is_breaking_and_added_is_not() -> None:
    c = only(changed(lambda s: schemas(s)["Tool"]["oneOf"].pop()))
    assert (c.kind, c.path, c.breaking) == ("variant-removed", "Tool<TransferTool>", True)
    new = base()
    new["components"]["schemas"]["Tool"]["oneOf"].pop()
    c = only(diff_specs(new, base()))
    assert (c.kind, c.breaking) == ("variant-added", False)


# ---- operations --------------------------------------------------------------------------------


def test_operation_removed_is_breaking_and_added_is_not() -> None:
    def edit(s: Spec) -> None:
        s["paths"]["/assistants/{id}"] = {"get": s["paths"]["/assistants"].pop("post")}

    changes = changed(edit)
    assert [(c.kind, c.path, c.breaking) for c in changes] == [
        ("operation-removed", "POST /assistants", True),
        ("operation-added", "GET /assistants/{id}", False),
    ]


def test_response_removed_is_breaking() -> None:
    c = only(changed(lambda s: op(s)["responses"].pop("422")))
    assert (c.kind, c.path, c.breaking) == ("response-removed", "POST /assistants response 422", True)


def test_parameters() -> None:
    c = only(changed(lambda s: op(s)["parameters"].clear()))
    assert (c.kind, c.breaking) == ("parameter-removed", True)
    c = only(
        changed(lambda s: op(s)["parameters"].append({"name": "lang", "in": "query", "schema": {"type": "string"}}))
    )
    assert (c.kind, c.breaking) == ("parameter-added", False)
    c = only(changed(lambda s: op(s)["parameters"].append({"name": "org", "in": "header", "required": True})))
    assert (c.kind, c.breaking) == ("parameter-added", True)
    c = only(changed(lambda s: op(s)["parameters"][0].update(required=True)))
    assert (c.kind, c.breaking) == ("required-added", True)


def test_operation_id_and_security_changes_are_breaking() -> None:
    c = only(changed(lambda s: op(s).update(operationId="makeAssistant")))
    assert (c.kind, c.breaking) == ("operation-changed", True)
    c = only(changed(lambda s: s["components"]["securitySchemes"]["BearerAuth"].update(scheme="basic")))
    assert (c.kind, c.breaking) == ("security-changed", True)


def test_schema_removed_is_breaking() -> None:
    def edit(s: Spec) -> None:
        schemas(s).pop("Error")
        op(s)["responses"]["422"]["content"]["application/json"]["schema"] = {"type": "object"}

    changes = changed(edit)
    assert ("schema-removed", "Error", True) in [(c.kind, c.path, c.breaking) for c in changes]


def test_tooling_md_scenario() -> None:
    """tooling.md §4.6: required `model`, enum value removed, maxLength 40 -> 20, response field optional, 422 gone."""

    def edit(s: Spec) -> None:
        request(s)["required"].append("model")
        schemas(s)["Voice"]["enum"].remove("playht")
        request(s)["properties"]["name"]["maxLength"] = 20
        schemas(s)["CreatedAssistant"]["required"].remove("created_at")
        op(s)["responses"].pop("422")

    changes = changed(edit)
    assert all(c.breaking for c in changes)
    assert {(c.kind, c.path) for c in changes} >= {
        ("required-added", "CreateAssistantRequest.model"),
        ("enum-narrowed", "Voice"),
        ("range-narrowed", "CreateAssistantRequest.name"),
        ("required-removed", "CreatedAssistant.created_at"),
        ("response-removed", "POST /assistants response 422"),
    }


def test_changes_are_deterministic() -> None:
    new = base()
    request(new)["properties"].pop("phone")
    request(new)["properties"]["nickname"] = {"type": "string"}
    assert diff_specs(base(), new) == diff_specs(copy.deepcopy(base()), copy.deepcopy(new))


# ---- versions ----------------------------------------------------------------------------------

BREAKING = [Change("field-removed", "CreateAssistantRequest.phone", "field removed", True)]
MINOR = [Change("field-added", "CreateAssistantRequest.nickname", "optional field added", False)]


@pytest.mark.parametrize(
    ("old", "new", "changes", "ok"),
    [
        ("1.0.0", "1.0.0", [], True),
        ("1.0.0", "1.0.1", [], True),
        ("1.0.0", "1.0.0", MINOR, False),
        ("1.0.0", "1.0.1", MINOR, True),
        ("1.0.0", "1.1.0", MINOR, True),
        ("1.0.0", "1.1.0", BREAKING, False),
        ("1.4.2", "2.0.0", BREAKING, True),
        ("1.4.2", "3.0.0", BREAKING, True),
        ("1.4.2", "2.0.0-rc.1", BREAKING, True),
        ("1.0.0-rc.9", "1.0.0-rc.10", [], True),  # prereleases are ordered by number, not as text
        ("1.0.0-rc.9", "1.0.0-rc.10", MINOR, True),
        ("1.0.0-rc.10", "1.0.0-rc.9", [], False),
        ("1.0.0-rc.10", "1.0.0", MINOR, True),
        ("1.0.0", "1.0.0-rc.10", [], False),
        ("0.3.1", "0.3.2", BREAKING, False),
        ("0.3.1", "0.4.0", BREAKING, True),
        ("1.1.0", "1.0.9", [], False),
        ("1.0.0", "1.0", MINOR, False),
    ],
)
def test_required_bump(old: str, new: str, changes: list[Change], ok: bool) -> None:
    problem = required_bump(old, new, changes)
    assert (problem is None) == ok, problem


def test_insufficient_bump_message_names_the_change_and_the_needed_version() -> None:
    problem = required_bump("1.0.0", "1.1.0", BREAKING)
    assert problem is not None
    assert "CreateAssistantRequest.phone" in problem
    assert "field removed" in problem
    assert "2.0.0" in problem
    same = required_bump("1.0.0", "1.0.0", MINOR)
    assert same is not None
    assert "still 1.0.0" in same
    assert "CreateAssistantRequest.nickname" in same


def test_next_version() -> None:
    assert next_version("1.2.3", BREAKING) == "2.0.0"
    assert next_version("0.2.3", BREAKING) == "0.3.0"
    assert next_version("1.2.3", MINOR) == "1.3.0"
    assert next_version("1.2.3", [Change("description-changed", "X", "description changed", False)]) == "1.2.4"


# ---- changelog ---------------------------------------------------------------------------------


def test_changelog_entry_lists_breaking_changes_first() -> None:
    text = changelog_entry("2.0.0", [*MINOR, *BREAKING], datetime.date(2025, 3, 4))
    assert text.startswith("## 2.0.0 (2025-03-04)\n")
    assert text.index("### Breaking changes") < text.index("CreateAssistantRequest.phone")
    assert text.index("CreateAssistantRequest.phone") < text.index("### Other changes")
    assert "- `CreateAssistantRequest.nickname`: optional field added" in text
    assert "Breaking" not in changelog_entry("1.1.0", MINOR, "2025-03-04")


def test_update_changelog_prepends_and_replaces_the_same_version() -> None:
    first = specdiff.update_changelog(None, changelog_entry("1.1.0", MINOR, "2025-01-01"), title="# voiceagents-x")
    assert first.startswith("# voiceagents-x\n\n## 1.1.0 (2025-01-01)")
    second = specdiff.update_changelog(first, changelog_entry("2.0.0", BREAKING, "2025-02-01"))
    assert second.index("## 2.0.0") < second.index("## 1.1.0")
    again = specdiff.update_changelog(second, changelog_entry("2.0.0", BREAKING, "2025-02-02"))
    assert again.count("## 2.0.0") == 1
    assert "2025-02-02" in again
    assert "## 1.1.0" in again
