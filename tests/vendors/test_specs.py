"""The vendor specs: valid, lint-clean, true to the conventions, and strict about every rule.

Everything here is derived from the specs (``openapi/<slug>.yaml``), their case files
(``tests/spec_cases/<slug>.yaml``) and ``openapi/CONVENTIONS.md``: no vendor is named, no count is
written down, so a new spec is checked the moment it is added. The helpers at the top (operations,
cases, documented answers, the closed-world validator) live in ``support/cases.py``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml
from conftest import CASES_DIR, SLUGS, SPEC_DIR, load_cases, load_spec, spec_path
from support.cases import (
    ASSISTANT_POINTERS,
    CONVENTIONAL_IDS,
    CONVENTIONAL_SCHEMES,
    LIST_POINTERS,
    METHODS,
    Op,
    all_operations,
    answers,
    blame,
    body_cases,
    build,
    documented_answers,
    invalid_params,
    is_id,
    op_params,
    operation,
    operations,
    reasons,
    request_document,
    request_errors,
    returned_ids,
    rule_branches,
    schema_document,
    valid_params,
)
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents.spec import schema as spec_schema
from voiceagents_tools.specs import lint as speclint

# =========================================================================== known defects

# Spec or case-file defects these tests found, by test node name. Each is an expected failure that
# must keep failing (strict): once the file is fixed the test passes, and its entry has to go.
KNOWN_DEFECTS: dict[str, str] = {}  # spec and case-file defects these tests found, all fixed


@pytest.fixture(autouse=True)
def _known_defect(request: pytest.FixtureRequest) -> None:
    reason = KNOWN_DEFECTS.get(request.node.name)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


# =========================================================================== validity and lint


@pytest.fixture(scope="module")
def lint_problems() -> list[speclint.Problem]:
    return speclint.lint([spec_path(slug) for slug in SLUGS])  # one Spectral process for all specs


@pytest.mark.parametrize("slug", SLUGS)
def test_spec_is_valid_openapi_31(slug: str) -> None:
    assert load_spec(slug)["openapi"].startswith("3.1")
    assert speclint.validate(spec_path(slug)) == []


@pytest.mark.xdist_group("spectral")
@pytest.mark.parametrize("slug", SLUGS)
def test_spec_passes_project_lint(slug: str, lint_problems: list[speclint.Problem]) -> None:
    mine = [str(p) for p in lint_problems if p.file.resolve() == spec_path(slug).resolve()]
    assert mine == []


def test_the_vendor_registry_lists_exactly_the_specs() -> None:
    """vspec.SLUGS (used by the wrapper, the scripts and the tests) matches openapi/."""
    assert set(SLUGS) == {p.stem for p in SPEC_DIR.glob("*.yaml")}
    assert set(SLUGS) == {p.stem for p in CASES_DIR.glob("*.yaml")}, "every spec has its case file, and only specs"


BROKEN_SPEC = """
openapi: 3.1.0
info: {title: Broken Assistants API, version: 1.0.0, description: deliberately broken}
servers: [{url: 'https://broken.example'}]
tags: [{name: assistants, description: a}]
security: [{BearerAuth: []}]
paths:
  /assistants:
    post:
      operationId: createAssistant
      description: d
      tags: [assistants]
      security: [{BearerAuth: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/DoesNotExist'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Created'}
components:
  securitySchemes:
    BearerAuth: {type: http, scheme: bearer}
  schemas:
    Created:
      type: object
      properties:
        id: {type: integr, description: the id}
"""


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_broken_spec_fails_naming_file_line_and_pointer(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN_SPEC, encoding="utf-8")
    problems = speclint.check([broken])
    shown = [str(p) for p in problems]
    assert problems, "a broken spec must not pass"
    assert all(p.file == broken for p in problems)
    by_pointer = {p.pointer: p for p in problems}
    # the dangling $ref: its JSON pointer, and the line it is on
    ref = by_pointer.get("/paths/~1assistants/post/requestBody/content/application~1json/schema/$ref")
    assert ref is not None, shown
    assert "DoesNotExist" in ref.message
    assert ref.line == _line_of(BROKEN_SPEC, "DoesNotExist"), shown
    # the bad type: the JSON pointer of the property, and its line
    bad = [p for p in problems if p.pointer.endswith("/components/schemas/Created/properties/id/type")]
    assert bad, shown
    assert {p.line for p in bad} == {_line_of(BROKEN_SPEC, "integr")}, shown
    # each problem reads `file:line: message [source]`
    for problem in problems:
        where = f"{broken}:{problem.line}: " if problem.line else f"{broken}#{problem.pointer or '/'}: "
        assert str(problem) == f"{where}{problem.message} [{problem.source}]"


HOUSE_RULES = {
    "require-operation-security": ("paths./a.post.security", None),
    "no-nullable-in-oas31": (
        "components.schemas.Resp.properties.nick",
        {"type": "string", "nullable": True, "description": "n"},
    ),
    "union-variants-const-tag": (
        "components.schemas.Req.properties.tools.items",
        {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {"kind": {"type": "string", "description": "k"}},
                },
                {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "b", "description": "k"}}},
            ]
        },
    ),
    "open-response-schemas": ("components.schemas.Resp.additionalProperties", False),
    "schema-properties-described": ("components.schemas.Req.properties.name", {"type": "string"}),
}


def _mini_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Mini Assistants API", "version": "1.0.0", "description": "d"},
        "servers": [{"url": "https://mini.example"}],
        "tags": [{"name": "a", "description": "a"}],
        "paths": {
            "/a": {
                "post": {
                    "operationId": "createA",
                    "description": "d",
                    "tags": ["a"],
                    "security": [{"K": []}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}},
                    },
                    "responses": {
                        "201": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resp"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {"K": {"type": "apiKey", "in": "header", "name": "x-api-key"}},
            "schemas": {
                "Req": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "description": "n"},
                        "tools": {"type": "array", "description": "t", "items": {"type": "string"}},
                    },
                },
                "Resp": {
                    "type": "object",
                    "properties": {
                        "nick": {"type": "string", "description": "n"},
                        "status": {
                            "description": "s",
                            "anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}],
                        },
                    },
                },
            },
        },
    }


def _set(doc: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = doc
    for key in parents:
        node = node[key]
    if value is None:
        del node[last]
    else:
        node[last] = value


def _closed_enum_spec() -> dict[str, Any]:
    spec = _mini_spec()
    spec["components"]["schemas"]["Resp"]["properties"]["status"] = {
        "type": "string",
        "enum": ["a"],
        "description": "s",
    }
    return spec


@pytest.fixture(scope="module")
def house_rule_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[speclint.Problem]]:
    """Lint a clean mini spec and one variant per broken house rule, in one Spectral run."""
    directory = tmp_path_factory.mktemp("house-rules")
    variants = {"clean": _mini_spec(), "closed-enum": _closed_enum_spec()}
    for rule, (dotted, value) in HOUSE_RULES.items():
        variants[rule] = _mini_spec()
        _set(variants[rule], dotted, value)
    paths = {}
    for name, spec in variants.items():
        paths[name] = directory / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump(spec), encoding="utf-8")
    problems = speclint.lint(list(paths.values()))
    return {name: [p for p in problems if p.file.resolve() == path.resolve()] for name, path in paths.items()}


@pytest.mark.xdist_group("spectral")
def test_house_rules_pass_on_a_clean_mini_spec(house_rule_results: dict[str, list[speclint.Problem]]) -> None:
    assert [str(p) for p in house_rule_results["clean"]] == []


@pytest.mark.xdist_group("spectral")
@pytest.mark.parametrize("rule", sorted(HOUSE_RULES))
def test_each_house_rule_fires(rule: str, house_rule_results: dict[str, list[speclint.Problem]]) -> None:
    fired = [p for p in house_rule_results[rule] if p.source.removeprefix("spectral:") == rule]
    assert fired, [str(p) for p in house_rule_results[rule]]
    for problem in fired:  # each names the file and line where the rule breaks
        assert problem.line, str(problem)
        assert str(problem).startswith(f"{problem.file}:{problem.line}: "), str(problem)


@pytest.mark.xdist_group("spectral")
def test_closed_enum_in_response_is_rejected(house_rule_results: dict[str, list[speclint.Problem]]) -> None:
    messages = [p.message for p in house_rule_results["closed-enum"] if p.source == "spectral:open-response-schemas"]
    assert any("closed enum" in m for m in messages)


# =========================================================================== document and operations


def test_the_conventions_can_be_read() -> None:
    """The tables this module reads from CONVENTIONS.md are there (and name the wrapper's operations)."""
    assert "createAssistant" in CONVENTIONAL_IDS
    assert set(CONVENTIONAL_IDS) == set(vspec.OPERATION_IDS.values())
    assert CONVENTIONAL_SCHEMES, "no security schemes found in CONVENTIONS.md"


@pytest.mark.parametrize("slug", SLUGS)
def test_security_scheme_is_one_the_conventions_allow(slug: str) -> None:
    spec = load_spec(slug)
    schemes = spec["components"]["securitySchemes"]
    assert len(schemes) == 1, f"{slug}: exactly one scheme, the vendor's own ({sorted(schemes)})"
    ((name, scheme),) = schemes.items()
    assert name in CONVENTIONAL_SCHEMES, f"{slug}: {name} is not one of {sorted(CONVENTIONAL_SCHEMES)}"
    assert {k: v for k, v in scheme.items() if k != "description"} == CONVENTIONAL_SCHEMES[name]
    assert spec.get("security") == [{name: []}], f"{slug}: root security must name {name}"


@pytest.mark.parametrize("slug", SLUGS)
def test_servers_are_https_and_their_variables_have_defaults(slug: str) -> None:
    for server in load_spec(slug)["servers"]:
        for name, variable in (server.get("variables") or {}).items():
            assert "default" in variable, f"{slug}: server variable {name} has no default"
            assert "enum" not in variable, f"{slug}: server variable {name} must accept any value (no enum)"
        assert vspec.Server(
            server["url"], {k: str(v.get("default", "")) for k, v in (server.get("variables") or {}).items()}
        ).default_url.startswith("https://"), server["url"]


@pytest.mark.parametrize("slug", SLUGS)
def test_operation_ids_are_the_conventional_ones(slug: str) -> None:
    ids = [o.id for o in operations(slug)]
    assert len(ids) == len(set(ids)), f"{slug}: duplicate operationIds {ids}"
    assert set(ids) <= set(CONVENTIONAL_IDS), (
        f"{slug}: not in the conventions: {sorted(set(ids) - set(CONVENTIONAL_IDS))}"
    )
    assert "createAssistant" in ids, f"{slug}: createAssistant is required in every spec"


@pytest.mark.parametrize("o", op_params(all_operations()))
def test_operation_is_tagged_secured_and_described(o: Op) -> None:
    spec = load_spec(o.slug)
    assert o.op.get("tags") == ["assistants"]
    assert "assistants" in {t["name"] for t in spec.get("tags") or []}
    for key in ("summary", "description"):
        assert isinstance(o.op.get(key), str), f"{o.label}: no {key}"
        assert o.op[key].strip(), f"{o.label}: empty {key}"
    assert o.op.get("security"), f"{o.label}: security must be set on the operation"
    for requirement in o.op["security"]:
        assert set(requirement) <= set(spec["components"]["securitySchemes"]), requirement


@pytest.mark.parametrize("slug", SLUGS)
def test_registry_operations_auth_and_server_are_the_specs(slug: str) -> None:
    facts = vspec.vendor(slug).facts
    spec = load_spec(slug)
    assert sorted(facts["operations"]) == sorted(o.id for o in operations(slug))
    assert len(facts["operations"]) == len(set(facts["operations"]))
    assert facts["base_url"] == vspec.VendorSpec.from_document(spec, slug=slug).base_url
    scheme = next(iter(spec["components"]["securitySchemes"].values()))
    if scheme["type"] == "http":
        expected = {"location": "header", "name": "Authorization", "prefix": "Bearer"}
    else:
        expected = {"location": scheme["in"], "name": scheme["name"], "prefix": ""}
    assert facts["auth"] == expected


@pytest.mark.parametrize("o", op_params(all_operations()))
def test_operation_states_its_source(o: Op) -> None:
    """Every operation says where it comes from; one only third-party clients show (`[3p]`) names
    at least two independent sources that agree."""
    source = o.op.get("x-voiceagents-source")
    assert isinstance(source, str), f"{o.label}: no x-voiceagents-source"
    tag = re.match(r"\[(doc|3p)\] \S", source)
    assert tag, f"{o.label}: x-voiceagents-source must start with [doc] or [3p]: {source!r}"
    if tag.group(1) == "3p":
        sources = {s.strip() for s in source.removeprefix("[3p]").split(";") if s.strip()}
        assert len(sources) >= 2, f"{o.label}: a [3p] operation needs two independent sources: {source!r}"


# =========================================================================== parameters


def _templated(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


def path_items() -> list[Any]:
    return [
        pytest.param(slug, path, id=f"{slug}-{path}")
        for slug in SLUGS
        for path in load_spec(slug)["paths"]
        if _templated(path)
        or any(p.get("in") == "path" for p in load_spec(slug)["paths"][path].get("parameters") or [])
    ]


@pytest.mark.parametrize(("slug", "path"), path_items())
def test_path_id_parameters_are_declared_once_and_typed(slug: str, path: str) -> None:
    spec = load_spec(slug)
    item = spec["paths"][path]
    declared = [dict(spec_schema.resolve(spec, p)) for p in item.get("parameters") or []]
    in_path = [p for p in declared if p.get("in") == "path"]
    assert sorted(p["name"] for p in in_path) == sorted(_templated(path)), f"{path}: declared {in_path}"
    for param in in_path:
        assert param.get("required") is True, param
        assert (param.get("schema") or {}).get("type") in ("integer", "string"), param
        assert param.get("description"), param
    for method in METHODS:  # once per path item, not again on the operations
        for p in (item.get(method) or {}).get("parameters") or []:
            assert spec_schema.resolve(spec, p).get("in") != "path", f"{method} {path} declares a path parameter again"


@pytest.mark.parametrize("slug", SLUGS)
def test_returned_ids_fit_the_id_parameter(slug: str) -> None:
    """The ids the answers hold are what the path takes back: the parameter's type (and format)."""
    schemas = [p.get("schema") or {} for o in operations(slug) for p in o.path_parameters()]
    ids = returned_ids(slug)
    for schema in schemas:
        for where, value in ids:
            if schema.get("type") == "integer":
                assert isinstance(value, int), f"{where}: id {value!r} is not an integer, the path takes one"
            else:
                assert isinstance(value, str), f"{where}: id {value!r} is not a string, the path takes one"
                if schema.get("format") == "uuid":
                    uuid.UUID(value)


@pytest.mark.parametrize("o", op_params([o for o in all_operations() if o.op.get("x-voiceagents-pagination")]))
def test_list_pagination_names_real_query_parameters(o: Op) -> None:
    paging = o.op["x-voiceagents-pagination"]
    assert o.id == "listAssistants", "only the list is paginated"
    if "cursor" in paging:
        _cursor_pagination(o, paging)
        return
    assert set(paging) <= {"page", "size", "last_page"}, paging
    page = o.query_parameter(paging["page"])
    assert page is not None, f"{o.label}: page parameter {paging['page']!r} is not a query parameter"
    assert (page.get("schema") or {}).get("type") == "integer"
    if "size" in paging:
        size = o.query_parameter(paging["size"])
        assert size is not None, f"{o.label}: size parameter {paging['size']!r} is not a query parameter"
        schema = size.get("schema") or {}
        assert schema.get("type") == "integer"
        assert "maximum" in schema or "default" in schema, "the wrapper sends the maximum (or the default)"
    if "last_page" in paging:
        _, response = o.success()
        schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
        spec = load_spec(o.slug)
        assert spec_schema.schema_at(spec, schema, list(_json.unpointer(paging["last_page"]))), "not in the schema"
        for label, body in documented_answers(o):
            last = _json.read_pointer(body, paging["last_page"])
            assert isinstance(last, int), f"{label}: last page {last!r}"
            assert not isinstance(last, bool), f"{label}: last page {last!r}"


def _cursor_pagination(o: Op, paging: Mapping[str, Any]) -> None:
    """The cursor form: a string cursor parameter, an integer size if any, and in every documented
    answer a cursor (or null) at ``next`` and a boolean at ``has_more``."""
    assert set(paging) <= {"cursor", "size", "next", "has_more"}, paging
    cursor = o.query_parameter(paging["cursor"])
    assert cursor is not None, f"{o.label}: cursor parameter {paging['cursor']!r} is not a query parameter"
    assert (cursor.get("schema") or {}).get("type") == "string"
    if "size" in paging:
        size = o.query_parameter(paging["size"])
        assert size is not None, f"{o.label}: size parameter {paging['size']!r} is not a query parameter"
        assert (size.get("schema") or {}).get("type") == "integer"
    for label, body in documented_answers(o):
        following = _json.read_pointer(body, paging["next"], None)
        assert following is None or isinstance(following, str), f"{label}: next cursor {following!r}"
        if "has_more" in paging:
            assert isinstance(_json.read_pointer(body, paging["has_more"]), bool), label


@pytest.mark.parametrize("o", op_params(all_operations()))
def test_update_operations_declare_how_fields_left_out_are_treated(o: Op) -> None:
    update = o.op.get("x-voiceagents-update")
    if o.id != "updateAssistant":
        assert update is None, f"{o.label}: x-voiceagents-update belongs to updateAssistant"
        return
    assert update in ("merge", "replace"), f"{o.label}: x-voiceagents-update is {update!r}"
    if o.method == "patch":
        assert update == "merge", "a PATCH keeps what it is not sent"


# =========================================================================== responses


@pytest.mark.parametrize("o", op_params(all_operations()))
def test_success_response_says_where_the_assistant_is(o: Op) -> None:
    """The x-voiceagents-* pointers of the success response: the right ones for the operation,
    declared by its schema, and resolving in every documented answer (ids are strings or
    integers, items are lists); an answer that shows an id has its pointer."""
    spec = load_spec(o.slug)
    _, response = o.success()
    present = {k: v for k, v in response.items() if k.startswith("x-voiceagents-")}
    allowed = LIST_POINTERS if o.id == "listAssistants" else ASSISTANT_POINTERS if o.returns_assistant else ()
    assert set(present) <= set(allowed), f"{o.label}: {sorted(set(present) - set(allowed))} do not belong here"
    for value in present.values():
        _json.unpointer(value)  # a JSON pointer
    schema = (response.get("content") or {}).get("application/json", {}).get("schema") or {}
    documented = documented_answers(o)
    if present:
        assert documented, f"{o.label}: pointers {present} but no documented answer to check them against"
    for key, at in present.items():
        if key != "x-voiceagents-item-id":
            assert at == "" or spec_schema.schema_at(spec, schema, list(_json.unpointer(at))), (
                f"{key} {at}: not declared"
            )
    if o.id == "listAssistants":
        assert set(present) in (set(), set(LIST_POINTERS)), f"{o.label}: items and item-id go together"
        for label, body in documented:
            items = _json.read_pointer(body, present["x-voiceagents-items"]) if present else None
            assert not present or isinstance(items, list), f"{label}: no list at {present['x-voiceagents-items']}"
            for index, item in enumerate(items or []):
                value = _json.read_pointer(item, present["x-voiceagents-item-id"])
                assert is_id(value), f"{label}: item {index} has no id at {present['x-voiceagents-item-id']}"
        return
    id_at, assistant_at = response.get("x-voiceagents-id"), response.get("x-voiceagents-assistant")
    if isinstance(id_at, str) and isinstance(assistant_at, str):
        assert id_at.startswith(assistant_at + "/"), "the id is inside the assistant object"
    for label, body in documented:
        if isinstance(id_at, str):
            assert is_id(_json.read_pointer(body, id_at)), f"{label}: no id at {id_at}"
        if isinstance(assistant_at, str):
            assert isinstance(_json.read_pointer(body, assistant_at), dict), f"{label}: no object at {assistant_at}"
        if o.returns_assistant and id_at is None:
            shown = (
                [f"/{k}/id" for k, v in body.items() if isinstance(v, dict) and "id" in v]
                if isinstance(body, dict)
                else []
            )
            shown += ["/id"] if isinstance(body, dict) and "id" in body else []
            assert not shown, f"{label} shows the assistant's id at {shown}, but the response has no x-voiceagents-id"


def response_examples() -> Iterator[Any]:
    for o in all_operations():
        for status, response in (o.op.get("responses") or {}).items():
            media = (response.get("content") or {}).get("application/json") or {}
            examples = {n: e["value"] for n, e in (media.get("examples") or {}).items()}
            if "example" in media:
                examples["example"] = media["example"]
            for name, value in examples.items():
                yield pytest.param(o, str(status), value, id=f"{o.label}-{status}-{name}")


def _response_for(o: Op, status: Any) -> dict[str, Any] | None:
    """The response object documented for ``status`` (exact code first, then its range ``2XX``)."""
    responses = {str(k): v for k, v in (o.op.get("responses") or {}).items()}
    return responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")


def _assert_matches_response_schema(o: Op, status: str, body: Any) -> None:
    response = _response_for(o, status)
    assert response is not None, f"{o.label}: status {status} is not documented"
    schema = (response.get("content") or {}).get("application/json", {}).get("schema")
    assert schema is not None, f"{o.label}: {status} documents no JSON body"
    validator = jsonschema_rs.validator_for(schema_document(load_spec(o.slug), schema), validate_formats=True)
    errors = [f"{_json.pointer(e.instance_path) or '(body)'}: {e.message}" for e in validator.iter_errors(body)]
    assert errors == []


@pytest.mark.parametrize(("o", "status", "body"), list(response_examples()))
def test_spec_response_example_matches_its_schema(o: Op, status: str, body: Any) -> None:
    _assert_matches_response_schema(o, status, body)


def answer_params() -> Iterator[Any]:
    for slug in SLUGS:
        for operation_id, listed in (load_cases(slug).get("answers") or {}).items():
            for answer in listed:
                yield pytest.param(slug, operation_id, answer, id=f"{slug}-{operation_id}-{answer['name']}")


@pytest.mark.parametrize(("slug", "operation_id", "answer"), list(answer_params()))
def test_answer_matches_its_response_schema(slug: str, operation_id: str, answer: dict[str, Any]) -> None:
    assert operation_id in {o.id for o in operations(slug)}, f"{slug} has no operation {operation_id}"
    assert set(answer) >= {"name", "source", "status", "body"}, sorted(answer)
    assert str(answer["status"]).startswith("2"), "answers are success bodies"
    _assert_matches_response_schema(operation(slug, operation_id), str(answer["status"]), answer["body"])


@pytest.mark.parametrize("o", op_params(all_operations()))
def test_spec_success_examples_are_documented_answers(o: Op) -> None:
    """Each success example of the spec is one of the case file's answers, unchanged."""
    bodies = [a["body"] for a in answers(o.slug, o.id)]
    for label, body in documented_answers(o):
        if label.startswith("spec example"):
            assert body in bodies, f"{o.label}: {label} is not one of answers.{o.id}"


def _is_object_schema(node: Mapping[str, Any]) -> bool:
    kind = node.get("type")
    return bool(node.get("properties")) or kind == "object" or (isinstance(kind, list) and "object" in kind)


@pytest.mark.parametrize("slug", SLUGS)
def test_request_and_response_object_schemas_are_never_shared(slug: str) -> None:
    spec = load_spec(slug)
    schemas = spec["components"]["schemas"]
    shared = [
        name
        for name, directions in spec_schema.component_directions(spec).items()
        if directions == {"request", "response"} and _is_object_schema(schemas[name])
    ]
    assert shared == [], f"{slug}: object schemas used by both requests and responses"


def _closed_enums(spec: Mapping[str, Any], node: Any, where: str, open_: bool, seen: set[Any]) -> Iterator[str]:
    """Pointers of the enums reachable from ``node`` that no plain ``{type: string}`` alternative opens."""
    if isinstance(node, list):
        for i, sub in enumerate(node):
            yield from _closed_enums(spec, sub, f"{where}/{i}", open_, seen)
        return
    if not isinstance(node, Mapping):
        return
    ref = node.get("$ref")
    if isinstance(ref, str):
        if (ref, open_) not in seen:
            seen.add((ref, open_))
            yield from _closed_enums(spec, spec_schema.resolve(spec, node), ref.lstrip("#"), open_, seen)
        return
    if "enum" in node and not open_:
        yield where
    for key, value in node.items():
        if key in ("anyOf", "oneOf") and isinstance(value, list):
            plain = any(
                isinstance(v, Mapping) and set(v) - {"description"} == {"type"} and v["type"] == "string" for v in value
            )
            for i, sub in enumerate(value):
                yield from _closed_enums(spec, sub, f"{where}/{key}/{i}", open_ or plain, seen)
        elif key in ("properties", "patternProperties", "$defs") and isinstance(value, Mapping):
            for name, sub in value.items():
                yield from _closed_enums(spec, sub, f"{where}/{key}/{name}", False, seen)
        elif key in ("items", "additionalProperties", "allOf", "then", "else", "prefixItems"):
            yield from _closed_enums(spec, value, f"{where}/{key}", False, seen)


@pytest.mark.parametrize("slug", SLUGS)
def test_response_enums_are_open(slug: str) -> None:
    """A value the vendor adds later is kept: every enum in a response sits next to a plain string."""
    spec = load_spec(slug)
    closed: set[str] = set()
    for o in operations(slug):
        for status, response in (o.op.get("responses") or {}).items():
            schema = (response.get("content") or {}).get("application/json", {}).get("schema")
            closed.update(_closed_enums(spec, schema, f"{o.id} {status}", False, set()))
    assert sorted(closed) == []


# =========================================================================== request bodies


@pytest.mark.parametrize("slug", SLUGS)
def test_case_file_names_the_specs_operations(slug: str) -> None:
    cases = load_cases(slug)
    assert cases.get("slug") == slug
    ops = {o.id: o for o in operations(slug)}
    for operation_id in cases.get("operations") or {}:
        assert operation_id in ops, f"operations.{operation_id}: {slug} has no such operation"
        assert operation_id != "createAssistant", "createAssistant's bodies are the top-level valid/invalid"
        assert ops[operation_id].body_schema, f"operations.{operation_id}: the operation takes no body"
    for operation_id in cases.get("answers") or {}:
        assert operation_id in ops, f"answers.{operation_id}: {slug} has no such operation"
    for o in ops.values():
        if o.body_schema:
            cases_of = body_cases(slug, o.id)
            assert cases_of["valid"], f"{o.id} takes a body but has no valid case"
            for kind in ("valid", "invalid"):
                names = [c["name"] for c in cases_of[kind]]
                assert len(names) == len(set(names)), f"{o.id}: duplicate {kind} case names"
            for case in cases_of["invalid"]:
                assert "body" in case or case.get("base") in {c["name"] for c in cases_of["valid"]}, case["name"]


@pytest.mark.parametrize("o", op_params([o for o in all_operations() if o.body_schema]))
def test_spec_request_examples_are_valid_cases(o: Op) -> None:
    """Each request example in the spec is a valid case of its operation, unchanged."""
    in_cases = [case["body"] for case in body_cases(o.slug, o.id)["valid"]]
    for name, body in o.request_examples.items():
        assert body in in_cases, f"{o.label}: spec example {name!r} is not one of its valid cases"


@pytest.mark.parametrize(("o", "case"), list(valid_params()))
def test_valid_case_validates_closed_world(o: Op, case: dict[str, Any]) -> None:
    errors = [
        f"{_json.pointer(e.instance_path) or '(body)'}: {e.message}" for e in request_errors(o.slug, o.id, case["body"])
    ]
    assert errors == []


@pytest.mark.parametrize(("o", "case"), list(invalid_params()))
def test_invalid_case_fails_for_the_expected_reason(o: Op, case: dict[str, Any]) -> None:
    found = reasons(request_errors(o.slug, o.id, build(o.slug, o.id, case)))
    expected = (case["expect"]["keyword"], case["expect"]["path"])
    assert expected in found, f"expected {expected}, got {sorted(found)}"


# --------------------------------------------------------------------------- prose rules


@pytest.mark.parametrize("o", op_params([o for o in all_operations() if o.body_schema]))
def test_every_prose_rule_has_a_case_that_breaks_only_it(o: Op) -> None:
    """Each if/then rule of the operation's request schema is described, and at least one invalid
    case of the operation fails only because of it (every error of the case is due to that rule)."""
    rules = rule_branches(o.slug, o.id)
    undescribed = [_json.pointer(r) for r, branch in rules.items() if not str(branch.get("description", "")).strip()]
    assert undescribed == [], "each rule branch carries a description quoting the rule"
    doc = request_document(o.slug, o.id)
    broken: dict[tuple[Any, ...], list[str]] = {}
    for case in body_cases(o.slug, o.id)["invalid"]:
        errors = request_errors(o.slug, o.id, build(o.slug, o.id, case))
        blamed = [blame(doc, e, rules) for e in errors]
        if errors and all(blamed):
            due = set().union(*[b for b in blamed if b])
            if len(due) == 1:
                broken.setdefault(next(iter(due)), []).append(case["name"])
    missing = [f"{_json.pointer(r)}: {rules[r].get('description', '').strip()}" for r in rules if r not in broken]
    assert missing == [], f"{o.label}: no invalid case breaks only these rules"
