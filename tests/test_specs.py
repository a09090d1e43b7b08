"""The vendor specs: valid, lint-clean, faithful to the seed examples, and strict about every rule."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import speclint
import yaml
from conftest import SLUGS, credential, load_cases, load_spec, spec_path

# --------------------------------------------------------------------------- validation and lint


@pytest.fixture(scope="module")
def lint_problems() -> list[speclint.Problem]:
    return speclint.lint([spec_path(slug) for slug in SLUGS])  # one Spectral process for all specs


@pytest.mark.parametrize("slug", SLUGS)
def test_spec_is_valid_openapi_31(slug: str) -> None:
    assert load_spec(slug)["openapi"].startswith("3.1")
    assert speclint.validate(spec_path(slug)) == []


@pytest.mark.parametrize("slug", SLUGS)
def test_spec_passes_project_lint(slug: str, lint_problems: list[speclint.Problem]) -> None:
    mine = [str(p) for p in lint_problems if p.file.resolve() == spec_path(slug).resolve()]
    assert mine == []


@pytest.mark.parametrize("slug", SLUGS)
def test_operation_has_id_tag_security_and_server(slug: str) -> None:
    spec = load_spec(slug)
    assert spec["servers"][0]["url"].startswith("https://")
    ops = [op for item in spec["paths"].values() for op in item.values()]
    assert [op["operationId"] for op in ops] == ["createAssistant"]
    assert ops[0]["tags"] == ["assistants"]
    (requirement,) = ops[0]["security"]
    assert set(requirement) <= set(spec["components"]["securitySchemes"])


def test_auth_schemes_are_the_vendors_own() -> None:
    schemes = {slug: next(iter(load_spec(slug)["components"]["securitySchemes"].values())) for slug in SLUGS}
    assert schemes["callhq"] == {**schemes["callhq"], "type": "apiKey", "in": "header", "name": "x-api-key"}
    assert schemes["insighto"] == {**schemes["insighto"], "type": "apiKey", "in": "query", "name": "api_key"}
    for slug in ("autocalls_v1", "revox", "autocalls"):
        assert schemes[slug]["type"] == "http"
        assert schemes[slug]["scheme"] == "bearer"
    server = load_spec("autocalls_v1")["servers"][0]
    assert "{host}" in server["url"]
    assert server["variables"]["host"]["default"] == "app.autocalls.ai"


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


def test_broken_spec_fails_naming_file_and_pointer(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN_SPEC, encoding="utf-8")
    problems = speclint.check([broken])
    shown = [str(p) for p in problems]
    assert all(p.file == broken for p in problems)
    pointers = {p.pointer for p in problems}
    # the dangling $ref, with the JSON pointer of the reference
    assert "/paths/~1assistants/post/requestBody/content/application~1json/schema/$ref" in pointers, shown
    # the bad type, with the JSON pointer of the property
    assert any(
        p.endswith("/components/schemas/Created/properties/id/type") or p == "/properties/id/type" for p in pointers
    ), shown
    assert any("DoesNotExist" in p.message for p in problems)
    assert any("broken.yaml#/" in s for s in shown)


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


def test_house_rules_pass_on_a_clean_mini_spec(house_rule_results: dict[str, list[speclint.Problem]]) -> None:
    assert [str(p) for p in house_rule_results["clean"]] == []


@pytest.mark.parametrize("rule", sorted(HOUSE_RULES))
def test_each_house_rule_fires(rule: str, house_rule_results: dict[str, list[speclint.Problem]]) -> None:
    assert rule in {p.source.removeprefix("spectral:") for p in house_rule_results[rule]}


def test_closed_enum_in_response_is_rejected(house_rule_results: dict[str, list[speclint.Problem]]) -> None:
    messages = [p.message for p in house_rule_results["closed-enum"] if p.source == "spectral:open-response-schemas"]
    assert any("closed enum" in m for m in messages)


# --------------------------------------------------------------------------- request schemas


@functools.cache
def _request_schema(slug: str) -> dict[str, Any]:
    spec = load_spec(slug)
    op = next(iter(spec["paths"].values()))["post"]
    name = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    defs = json.loads(json.dumps(spec["components"]["schemas"]).replace("#/components/schemas/", "#/$defs/"))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": f"#/$defs/{name}", "$defs": defs}


def request_schema(slug: str) -> dict[str, Any]:
    return copy.deepcopy(_request_schema(slug))


@functools.cache
def validator(slug: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        request_schema(slug), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def valid_cases() -> Iterator[Any]:
    for slug in SLUGS:
        for case in load_cases(slug)["valid"]:
            yield pytest.param(slug, case, id=f"{slug}-{case['name']}")


def invalid_cases() -> Iterator[Any]:
    for slug in SLUGS:
        for case in load_cases(slug)["invalid"]:
            yield pytest.param(slug, case, id=f"{slug}-{case['name']}")


@pytest.mark.parametrize(("slug", "case"), list(valid_cases()))
def test_seed_example_validates(slug: str, case: dict[str, Any]) -> None:
    errors = [e.message for e in validator(slug).iter_errors(case["body"])]
    assert errors == []


@pytest.mark.parametrize("slug", SLUGS)
def test_spec_examples_are_the_seed_examples(slug: str) -> None:
    """Each example in the spec is a valid test case, unchanged (the two never drift apart)."""
    spec = load_spec(slug)
    media = next(iter(spec["paths"].values()))["post"]["requestBody"]["content"]["application/json"]
    in_spec = {name: example["value"] for name, example in media["examples"].items()}
    in_cases = [case["body"] for case in load_cases(slug)["valid"]]
    assert in_spec, f"{slug}: the spec has no request examples"
    for name, body in in_spec.items():
        assert body in in_cases, f"{slug}: spec example {name!r} is not one of the valid test cases"


@pytest.mark.parametrize("slug", ["autocalls"])
def test_autocalls_has_the_three_mode_examples(slug: str) -> None:
    modes = sorted(case["body"]["mode"] for case in load_cases(slug)["valid"])
    assert modes == ["dualplex", "multimodal", "pipeline"]


def _pointer(parts: Any) -> str:
    return "".join(f"/{p}" for p in parts)


def _build(slug: str, case: dict[str, Any]) -> Any:
    base = {c["name"]: c["body"] for c in load_cases(slug)["valid"]}[case["base"]]
    body = copy.deepcopy(base)
    for pointer in case.get("unset") or []:
        *parents, last = pointer.strip("/").split("/")
        node = body
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list):
            del node[int(last)]
        else:
            del node[last]
    for pointer, value in (case.get("set") or {}).items():
        if isinstance(value, dict) and set(value) == {"repeat"}:
            text, times = value["repeat"]
            value = text * times
        *parents, last = pointer.strip("/").split("/")
        node = body
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node.setdefault(key, {})
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return body


def _reasons(error: jsonschema.ValidationError, root: Any, root_defs: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(keyword, JSON pointer of the offending field) for an error and all its nested errors."""
    keyword = error.validator if error.validator is not None else "false"
    path = list(error.absolute_path)
    if keyword == "required":
        for name in error.validator_value:
            if isinstance(error.instance, dict) and name not in error.instance:
                yield keyword, _pointer([*path, name])
    elif keyword == "false":
        # jsonschema 4.26 drops the property from the path of a `false` subschema; recover it from
        # the `properties` object the error points into: the instance keys its schema forbids.
        node: Any = root
        for key in error.absolute_schema_path:
            if isinstance(node, dict) and "$ref" in node and key not in node:
                node = root_defs[node["$ref"].rsplit("/", 1)[-1]]
            node = node[key]
        if isinstance(node, dict):  # error.instance is the forbidden value itself, not its parent
            for name, sub in node.items():
                if sub is False:
                    yield keyword, _pointer([*path, name])
        elif node is False and error.absolute_schema_path[-2] == "properties":
            yield keyword, _pointer([*path, error.absolute_schema_path[-1]])
    else:
        yield str(keyword), _pointer(path)
    for sub in error.context or []:
        yield from _reasons(sub, root, root_defs)


@pytest.mark.parametrize(("slug", "case"), list(invalid_cases()))
def test_invalid_body_is_rejected_for_the_expected_reason(slug: str, case: dict[str, Any]) -> None:
    body = _build(slug, case)
    schema = request_schema(slug)
    root = schema["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    reasons = {
        reason for error in validator(slug).iter_errors(body) for reason in _reasons(error, root, schema["$defs"])
    }
    expected = (case["expect"]["keyword"], case["expect"]["path"])
    assert expected in reasons, f"expected {expected}, got {sorted(reasons)}"


@pytest.mark.parametrize("slug", SLUGS)
def test_every_prose_rule_has_a_failing_case(slug: str) -> None:
    """Each if/then rule in the spec is exercised by at least one invalid case that breaks it."""
    spec = load_spec(slug)
    rules = [
        (name, i)
        for name, schema in spec["components"]["schemas"].items()
        for i, branch in enumerate(schema.get("allOf", []))
        if "if" in branch
    ]
    v = jsonschema.Draft202012Validator(
        request_schema(slug), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    broken = set()
    for case in load_cases(slug)["invalid"]:
        for error in v.iter_errors(_build(slug, case)):
            for sub in [error, *(error.context or [])]:
                sp = list(sub.absolute_schema_path)
                for name, i in rules:
                    if "allOf" in sp and sp[sp.index("allOf") + 1] == i and ("then" in sp or "else" in sp):
                        broken.add((name, i))
    # A rule counts if some error passes through its allOf branch; names disambiguate nested schemas.
    missing = [r for r in rules if not any(b[1] == r[1] for b in broken)]
    assert not missing, f"{slug}: no invalid case breaks the rules {missing}"


@pytest.mark.parametrize("slug", SLUGS)
def test_success_response_example_matches_its_schema(slug: str) -> None:
    spec = load_spec(slug)
    responses = next(iter(spec["paths"].values()))["post"]["responses"]
    success = next(r for code, r in responses.items() if str(code).startswith("2"))
    media = success["content"]["application/json"]
    schema_ref = media["schema"].get("$ref")
    examples = [e["value"] for e in (media.get("examples") or {}).values()] + (
        [media["example"]] if "example" in media else []
    )
    if not schema_ref or not examples:
        pytest.skip(f"{slug}: the docs show no success body example")
    defs = json.loads(json.dumps(spec["components"]["schemas"]).replace("#/components/schemas/", "#/$defs/"))
    schema = {"$ref": f"#/$defs/{schema_ref.rsplit('/', 1)[-1]}", "$defs": defs}
    for example in examples:
        assert list(jsonschema.Draft202012Validator(schema).iter_errors(example)) == []


# --------------------------------------------------------------------------- Prism serves each spec


def _post(server_url: str, spec: dict[str, Any], body: Any, key: str | None) -> httpx.Response:
    path = next(iter(spec["paths"]))
    auth = credential(spec, key) if key else {}
    return httpx.post(server_url + path, json=body, timeout=10, **auth)


@pytest.mark.prism
@pytest.mark.parametrize("slug", SLUGS)
def test_prism_accepts_valid_rejects_invalid_and_unauthenticated(slug: str, prism_servers: Any) -> None:
    spec = load_spec(slug)
    url = prism_servers[slug].url
    cases = load_cases(slug)
    for case in cases["valid"]:
        response = _post(url, spec, case["body"], "test-key")
        assert 200 <= response.status_code < 300, (case["name"], response.text)
    invalid = _build(slug, cases["invalid"][0])
    assert _post(url, spec, invalid, "test-key").status_code == 422
    assert _post(url, spec, cases["valid"][0]["body"], None).status_code == 401


def test_the_vendor_registry_lists_exactly_the_specs() -> None:
    """voiceagents._vendors.SLUGS (used by the wrapper, the scripts and the tests) matches openapi/."""
    assert set(SLUGS) == {p.stem for p in spec_path("revox").parent.glob("*.yaml")}
