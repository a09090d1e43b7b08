"""The generator: customisations (tiny inline specs, openapi-python-client style), the generated
packages' guarantees, and the drift check's failure cases (in a temporary copy of the repo)."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import os
import pickle
import re
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from conftest import ROOT, SLUGS, load_cases, load_spec, run
from voiceagents import spec as vspec
from voiceagents.spec import schema as spec_schema
from voiceagents_tools import generate
from voiceagents_tools.generate import opc

TOOLS = ("-m", "voiceagents_tools")

# --------------------------------------------------------------------------- tiny inline specs

TINY = """
openapi: 3.1.0
info: {{title: Tiny Assistants API, version: 0.3.0, description: tiny}}
servers: [{{url: 'https://tiny.example/api'}}]
tags: [{{name: assistants, description: a}}]
paths:
  /assistants:
    post:
      operationId: createAssistant
      description: create
      tags: [assistants]
      security: [{{Key: []}}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/CreateAssistantRequest'}}
            examples:
              minimal: {{summary: minimal, value: {{name: Ada}}}}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Created'}}
  /assistants/{{id}}:
    parameters:
      - {{name: id, in: path, required: true, schema: {{type: string}}, description: the id}}
    get:
      operationId: getAssistant
      description: read one
      tags: [assistants]
      security: [{{Key: []}}]
      responses:
        '200':
          description: the assistant
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Answer'}}
    put:
      operationId: updateAssistant
      description: replace one
      tags: [assistants]
      security: [{{Key: []}}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/CreateAssistantRequest'}}
      responses:
        '200':
          description: the changed assistant
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Updated'}}
components:
  securitySchemes:
    Key: {scheme}
  schemas:
    Mode: {{type: string, enum: [pipeline, multimodal], description: engine mode}}
    CreateAssistantRequest:
      type: object
      required: [name]
      properties:
        name: {{type: string, description: the name}}
        speed: {{type: number, default: 1.0, description: speech speed}}
        mode: {{$ref: '#/components/schemas/Mode'}}
    Created:
      type: object
      properties:
        id: {{type: integer, description: the id}}
        mode:
          description: engine mode, open for new values
          anyOf: [{{$ref: '#/components/schemas/Mode'}}, {{type: string}}]
    Answer:
      type: object
      required: [id, name, items, model]
      properties:
        id: {{type: string, description: the id}}
        name: {{type: string, description: the name}}
        items:
          type: array
          description: a list of items
          items: {{$ref: '#/components/schemas/Item'}}
        model:
          description: a tagged union
          oneOf: [{{$ref: '#/components/schemas/ModelA'}}, {{$ref: '#/components/schemas/ModelB'}}]
    Updated:
      $ref: '#/components/schemas/Answer'
      description: The assistant as changed, which is an answer like any other.
    Item:
      type: object
      required: [q]
      properties:
        q: {{type: string, description: a question}}
    ModelA:
      type: object
      required: [type, a]
      properties:
        type: {{type: string, const: a, description: tag}}
        a: {{type: integer, description: a number}}
    ModelB:
      type: object
      required: [type, b]
      properties:
        type: {{type: string, const: b, description: tag}}
        b: {{type: string, description: a string}}
"""

SCHEMES = {
    "tiny_header": "{type: apiKey, in: header, name: x-api-key}",
    "tiny_bearer": "{type: http, scheme: bearer}",
    "tiny_query": "{type: apiKey, in: query, name: api_key}",
}


def import_package(name: str, project: Path) -> ModuleType:
    """The package ``name`` of a generated project, imported from its directory (not installed)."""
    spec = importlib.util.spec_from_file_location(
        name, project / name / "__init__.py", submodule_search_locations=[str(project / name)]
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """Generate one tiny client per auth scheme (in one run, as `make generate` does) and import them."""
    base = tmp_path_factory.mktemp("tiny")
    vendors = []
    for slug, scheme in SCHEMES.items():
        spec = base / f"{slug}.yaml"
        spec.write_text(TINY.format(scheme=scheme), encoding="utf-8")
        vendors.append(generate.Vendor(slug, spec))
    projects = opc.build_clients(vendors, base / "work")
    assert all(isinstance(p, Path) for p in projects.values()), projects
    names = {slug: f"voiceagents_{slug}" for slug in SCHEMES}
    try:
        yield {slug: import_package(names[slug], Path(str(projects[slug]))) for slug in SCHEMES}
    finally:
        for name in list(sys.modules):
            if name.split(".")[0] in names.values():
                del sys.modules[name]


def _capture(pkg: ModuleType, **client_kwargs: Any) -> tuple[httpx.Request, Any]:
    """Create via the tiny client against a MockTransport; return the request sent and the result."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"id": 7, "mode": "dualplex", "brand_new": {"x": 1}})

    api = importlib.import_module(f"{pkg.__name__}.api.assistants.create_assistant")
    models = importlib.import_module(f"{pkg.__name__}.models")
    client = pkg.AuthenticatedClient(
        base_url="https://tiny.example/api",
        token="sk-secret-123",
        httpx_args={"transport": httpx.MockTransport(handler)},
        **client_kwargs,
    )
    response = api.sync_detailed(client=client, body=models.CreateAssistantRequest(name="Ada"))
    (request,) = seen
    return request, response


def test_api_key_header_scheme_sends_the_named_header(tiny: dict[str, ModuleType]) -> None:
    request, _ = _capture(tiny["tiny_header"])
    assert request.headers["x-api-key"] == "sk-secret-123"
    assert "authorization" not in request.headers
    assert "api_key" not in request.url.params


def test_bearer_scheme_sends_authorization_bearer(tiny: dict[str, ModuleType]) -> None:
    request, _ = _capture(tiny["tiny_bearer"])
    assert request.headers["authorization"] == "Bearer sk-secret-123"


def test_query_scheme_sends_the_query_parameter_and_no_auth_header(tiny: dict[str, ModuleType]) -> None:
    request, _ = _capture(tiny["tiny_query"])
    assert request.url.params["api_key"] == "sk-secret-123"
    assert "authorization" not in request.headers
    assert request.url.path == "/api/assistants"


def test_query_scheme_keeps_caller_query_params(tiny: dict[str, ModuleType]) -> None:
    seen: list[httpx.Request] = []
    pkg = tiny["tiny_query"]
    api = importlib.import_module(f"{pkg.__name__}.api.assistants.create_assistant")
    models = importlib.import_module(f"{pkg.__name__}.models")
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(201, json={}))
    client = pkg.AuthenticatedClient(
        base_url="https://tiny.example/api", token="k", httpx_args={"transport": transport, "params": {"trace": "1"}}
    )
    api.sync_detailed(client=client, body=models.CreateAssistantRequest(name="Ada"))
    assert dict(seen[0].url.params) == {"trace": "1", "api_key": "k"}


@pytest.mark.parametrize("slug", sorted(SCHEMES))
def test_token_is_not_in_repr(tiny: dict[str, ModuleType], slug: str) -> None:
    client = tiny[slug].AuthenticatedClient(base_url="https://tiny.example/api", token="sk-secret-123")
    assert "sk-secret-123" not in repr(client)


def test_documented_default_is_not_sent_unasked(tiny: dict[str, ModuleType]) -> None:
    request, _ = _capture(tiny["tiny_bearer"])
    assert json.loads(request.content) == {"name": "Ada"}
    models = importlib.import_module("voiceagents_tiny_bearer.models")
    assert models.CreateAssistantRequest(name="Ada", speed=1.0).to_dict() == {"name": "Ada", "speed": 1.0}
    assert "Default: 1.0" in (models.CreateAssistantRequest.__doc__ or "")  # the fact stays documented


def test_unknown_enum_value_and_unknown_field_parse(tiny: dict[str, ModuleType]) -> None:
    _, response = _capture(tiny["tiny_header"])
    assert response.status_code == 201
    assert response.parsed.mode == "dualplex"  # not a known Mode, kept as a str
    assert response.parsed.additional_properties["brand_new"] == {"x": 1}
    assert response.parsed.to_dict()["brand_new"] == {"x": 1}


ANSWER = {"id": "a1", "name": "Ada", "items": [{"q": "why"}], "model": {"type": "b", "b": "x"}}


def _answer(pkg: ModuleType, status: int, body: Any = None, content: bytes | None = None) -> Any:
    """The generated getAssistant's parse of one answer (no network: ``_build_response``)."""
    api = importlib.import_module(f"{pkg.__name__}.api.assistants.get_assistant")
    raw = content if content is not None else json.dumps(body).encode()
    response = httpx.Response(
        status, content=raw, request=httpx.Request("GET", "https://tiny.example/api/assistants/a1")
    )
    return api._build_response(client=pkg.Client(base_url="https://tiny.example/api"), response=response)


def test_conforming_answer_parses_without_warnings(tiny: dict[str, ModuleType]) -> None:
    result = _answer(tiny["tiny_bearer"], 200, ANSWER)
    assert result.warnings == []
    assert result.parsed.model.b == "x"
    assert result.parsed.items[0].q == "why"
    assert result.parsed.to_dict() == ANSWER


@pytest.mark.parametrize(
    ("change", "warning"),
    [
        ({"name": None}, "name: null does not fit str"),
        ({"items": None}, "items: null does not fit list[Item]"),
        ({"model": {"type": "c", "c": 1}}, "model: an object with type 'c' does not fit ModelA | ModelB"),
        ({"items": [{"q": 5}]}, "items[0].q: a number does not fit str"),
        ({"id": 12}, "id: a number does not fit str"),
    ],
)
def test_answer_that_does_not_fit_parses_with_a_warning_and_keeps_the_value(
    tiny: dict[str, ModuleType], change: dict[str, Any], warning: str
) -> None:
    body = {**ANSWER, **change}
    result = _answer(tiny["tiny_bearer"], 200, body)
    assert any(w.startswith(warning) for w in result.warnings), result.warnings
    assert result.parsed.to_dict() == body  # nothing lost: the value is kept as sent


def test_answer_missing_required_fields_and_with_unknown_ones_parses(tiny: dict[str, ModuleType]) -> None:
    body = {"id": "a1", "brand_new": [1, 2]}
    result = _answer(tiny["tiny_bearer"], 200, body)
    assert result.parsed.id == "a1"
    assert result.parsed["brand_new"] == [1, 2]
    assert result.parsed.to_dict() == body


def test_answer_models_type_always_there_fields_as_there(tiny: dict[str, ModuleType]) -> None:
    """What the docs say is always there is a plain attribute; the rest may be UNSET."""
    source = Path(importlib.import_module("voiceagents_tiny_bearer.models.answer").__file__ or "").read_text()
    assert "    id: str\n" in source
    assert "id: str | Unset" not in source
    created = Path(importlib.import_module("voiceagents_tiny_bearer.models.created").__file__ or "").read_text()
    assert "id: int | Unset = UNSET" in created  # not required in the spec: optional
    request = Path(importlib.import_module("voiceagents_tiny_bearer.models.create_assistant_request").__file__ or "")
    assert "    name: str\n" in request.read_text()  # requests keep their required fields


@pytest.mark.parametrize(("body", "reason"), [({"id": "a1"}, "missing"), ({"id": "a1", "name": None}, "null")])
def test_reading_an_always_there_field_the_answer_lacked_raises(
    tiny: dict[str, ModuleType], body: dict[str, Any], reason: str
) -> None:
    result = _answer(tiny["tiny_bearer"], 200, body)
    types = importlib.import_module("voiceagents_tiny_bearer.types")
    parsed = result.parsed
    assert parsed.id == "a1"
    with pytest.raises(types.MissingFieldError, match=rf"^Answer\.name: {reason}") as caught:
        _ = parsed.name
    assert isinstance(caught.value, AttributeError)
    assert (caught.value.model, caught.value.field, caught.value.member) == ("Answer", "name", "name")
    assert not hasattr(parsed, "name")
    assert getattr(parsed, "name", "default") == "default"
    assert any(w.startswith("name: ") for w in result.warnings)
    assert parsed.to_dict() == body  # never invented; a value that did not fit is given back as sent
    with pytest.raises(AttributeError, match="has no attribute 'nmae'") as typo:
        _ = parsed.nmae
    assert not isinstance(typo.value, types.MissingFieldError)  # only declared fields are "missing"
    assert "name=<missing>" in repr(parsed)
    assert copy.deepcopy(parsed) == parsed
    assert not hasattr(pickle.loads(pickle.dumps(parsed)), "name")  # noqa: S301 - our own bytes


def test_a_schema_that_is_another_by_reference_is_a_subclass_not_a_copy(tiny: dict[str, ModuleType]) -> None:
    """``Updated: {$ref: Answer}``: openapi-python-client alone copies Answer's class in full; here
    it is a subclass with its own name and description, the same fields and the same lenient parse."""
    models = importlib.import_module("voiceagents_tiny_bearer.models")
    types = importlib.import_module("voiceagents_tiny_bearer.types")
    assert issubclass(models.Updated, models.Answer)
    assert models.Updated is not models.Answer
    source = Path(importlib.import_module("voiceagents_tiny_bearer.models.updated").__file__ or "").read_text()
    assert "class Updated(Answer):" in source
    assert "def from_dict" not in source  # not a copy
    assert "The assistant as changed, which is an answer like any other." in (models.Updated.__doc__ or "")
    api = importlib.import_module("voiceagents_tiny_bearer.api.assistants.update_assistant")
    response = httpx.Response(200, json=ANSWER, request=httpx.Request("PUT", "https://tiny.example/api/assistants/a1"))
    client = tiny["tiny_bearer"].Client(base_url="https://tiny.example/api")
    result = api._build_response(client=client, response=response)
    assert type(result.parsed) is models.Updated
    assert result.parsed.to_dict() == ANSWER
    assert result.warnings == []
    assert result.parsed == models.Updated.from_dict(ANSWER)
    assert result.parsed != models.Answer.from_dict(ANSWER)  # equality needs the same class, as for any two models
    partial = models.Updated.from_dict({"id": "a1"})
    with pytest.raises(types.MissingFieldError, match=r"^Updated\.name: missing"):
        _ = partial.name
    assert repr(partial).startswith("Updated(id='a1', name=<missing>")


def test_later_runs_of_a_process_reuse_the_compiled_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """openapi-python-client compiles its templates for every run; the generator's runs in one process
    compile them once, except the vendor's facts, which differ by vendor (and the output is the same)."""
    import jinja2

    compiled: list[str | None] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: Any, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return original(self, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    monkeypatch.setattr(opc, "_COMPILED", opc._CompiledTemplates())  # as a fresh process
    outputs = []
    for slug, scheme in (("tiny_one", SCHEMES["tiny_bearer"]), ("tiny_two", SCHEMES["tiny_header"])):
        spec = tmp_path / f"{slug}.yaml"
        spec.write_text(TINY.format(scheme=scheme), encoding="utf-8")
        job = opc.prepare(generate.Vendor(slug, spec), tmp_path / slug)
        before = len(compiled)
        assert opc.run_job(job) is None
        outputs.append((compiled[before:], Path(job.package_dir)))
    (first, _), (second, package) = outputs
    assert "model.py.jinja" in first
    assert len(first) > 10
    assert second == ["voiceagents_vendor.jinja"]  # its facts (the auth scheme) differ
    monkeypatch.setattr(opc, "_COMPILED", opc._CompiledTemplates())
    again = opc.prepare(generate.Vendor("tiny_two", tmp_path / "tiny_two.yaml"), tmp_path / "again")
    assert opc.run_job(again) is None
    fresh = {p.relative_to(again.package_dir): p.read_bytes() for p in Path(again.package_dir).rglob("*.py")}
    assert fresh == {p.relative_to(package): p.read_bytes() for p in package.rglob("*.py")}


@pytest.mark.parametrize("status", [201, 203, 299])
def test_undocumented_success_status_is_parsed_as_the_documented_one(tiny: dict[str, ModuleType], status: int) -> None:
    result = _answer(tiny["tiny_bearer"], status, ANSWER)
    assert result.parsed.to_dict() == ANSWER
    assert result.status_code == status
    assert result.warnings[0] == f"status {status} is not documented for this operation; parsed as its success answer"


def test_empty_success_body_is_none_with_a_warning(tiny: dict[str, ModuleType]) -> None:
    result = _answer(tiny["tiny_bearer"], 200, content=b"")
    assert result.parsed is None
    assert result.warnings == ["the success answer has no body"]


def test_a_success_body_that_is_not_json_still_raises(tiny: dict[str, ModuleType]) -> None:
    with pytest.raises(json.JSONDecodeError):
        _answer(tiny["tiny_bearer"], 200, content=b"<html>oops</html>")


def test_warnings_show_shapes_not_values(tiny: dict[str, ModuleType]) -> None:
    result = _answer(tiny["tiny_bearer"], 200, {**ANSWER, "model": {"type": "c", "api_key": "sk-live-secret"}})
    assert result.warnings
    assert "sk-live-secret" not in " ".join(result.warnings)


def test_detailed_functions_log_each_warning(tiny: dict[str, ModuleType], caplog: pytest.LogCaptureFixture) -> None:
    pkg = tiny["tiny_bearer"]
    api = importlib.import_module(f"{pkg.__name__}.api.assistants.get_assistant")
    transport = httpx.MockTransport(lambda r: httpx.Response(200, json={**ANSWER, "items": None}))
    client = pkg.AuthenticatedClient(
        base_url="https://tiny.example/api", token="k", httpx_args={"transport": transport}
    )
    with caplog.at_level("WARNING", logger=pkg.__name__):
        response = api.sync_detailed("a1", client=client)
    assert response.warnings
    assert any("items: null does not fit" in r.getMessage() for r in caplog.records)


def test_default_timeout_and_user_agent(tiny: dict[str, ModuleType]) -> None:
    pkg = tiny["tiny_bearer"]
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(201, json={}))
    client = pkg.AuthenticatedClient(
        base_url="https://tiny.example/api", token="k", httpx_args={"transport": transport}
    )
    assert client.get_httpx_client().timeout == httpx.Timeout(60.0, connect=5.0)
    api = importlib.import_module(f"{pkg.__name__}.api.assistants.create_assistant")
    api.sync_detailed(
        client=client, body=importlib.import_module(f"{pkg.__name__}.models").CreateAssistantRequest(name="A")
    )
    assert seen[0].headers["user-agent"] == "voiceagents-tiny-bearer/0.3.0"
    forever = pkg.AuthenticatedClient(base_url="https://tiny.example/api", token="k", timeout=None)
    assert forever.get_httpx_client().timeout == httpx.Timeout(None)  # None still disables it, explicitly


def test_clients_share_one_tls_context_unless_given_their_own(
    tiny: dict[str, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx builds a TLS context per client (~20 ms: the CA bundle is read again); a generated
    client takes the process's one instead, unless its settings ask for another."""
    pkg = tiny["tiny_bearer"]
    built: list[object] = []
    real = ssl.create_default_context

    def spy(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", spy)
    base = {"base_url": "https://tiny.example/api", "token": "k"}
    for _ in range(3):
        pkg.AuthenticatedClient(**base).get_httpx_client()
        pkg.AuthenticatedClient(**base).get_async_httpx_client()
        pkg.Client(base_url="https://tiny.example/api").get_httpx_client()
    assert len(built) <= 1  # nine clients, one context (none if an earlier test built it)
    shared = len(built)
    pkg.AuthenticatedClient(**base, httpx_args={"trust_env": False}).get_async_httpx_client()
    pkg.Client(base_url="https://tiny.example/api", httpx_args={"trust_env": False}).get_httpx_client()
    assert len(built) == shared + 2  # settings of their own: contexts of their own, as httpx makes them
    assert pkg.AuthenticatedClient(**base, verify_ssl=False).get_httpx_client() is not None


def test_tiny_project_metadata(tiny: dict[str, ModuleType]) -> None:
    project = Path(tiny["tiny_query"].__file__).parent.parent
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "voiceagents-tiny-query"' in pyproject
    assert 'version = "0.3.0"' in pyproject
    assert (project / "voiceagents_tiny_query" / "py.typed").exists()
    assert json.loads((project / "voiceagents_tiny_query" / "openapi.json").read_text())["info"]["version"] == "0.3.0"
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "TINY_QUERY_API_KEY" in readme
    assert "api_key" in readme
    assert not any(p.name == ".ruff_cache" for p in project.rglob("*"))


# --------------------------------------------------------------------------- the real packages


def _package(slug: str) -> ModuleType:
    return importlib.import_module(f"voiceagents_{slug}")


def _request_model(slug: str) -> Any:
    return importlib.import_module(f"voiceagents_{slug}.models").CreateAssistantRequest


@pytest.mark.parametrize("slug", SLUGS)
def test_required_only_body_serialises_to_exactly_the_required_fields(slug: str) -> None:
    spec = load_spec(slug)
    required = spec["components"]["schemas"]["CreateAssistantRequest"]["required"]
    example = load_cases(slug)["valid"][0]["body"]
    body = {name: example[name] for name in required}
    assert _request_model(slug).from_dict(body).to_dict() == body


@pytest.mark.parametrize("slug", SLUGS)
def test_seed_examples_round_trip_through_the_model(slug: str) -> None:
    for case in load_cases(slug)["valid"]:
        assert _request_model(slug).from_dict(case["body"]).to_dict() == case["body"]


def _with_unknown_enum_values(value: Any, schema: Any, schemas: dict[str, Any], changed: list[str], path: str) -> Any:
    """Walk a response example with its schema; put an unknown value in every open-enum field."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[spec_schema.component_name(schema["$ref"])]
    if not isinstance(schema, dict):
        return value
    branches = schema.get("anyOf", [])
    if (
        isinstance(value, str)
        and any("$ref" in b for b in branches)
        and any(b.get("type") == "string" and "enum" not in b for b in branches)
    ):
        changed.append(path)
        return "brand-new-value"
    if isinstance(value, dict):
        props = schema.get("properties", {})
        return {
            k: _with_unknown_enum_values(v, props.get(k), schemas, changed, f"{path}/{k}") for k, v in value.items()
        }
    return value


@pytest.mark.parametrize("slug", SLUGS)
def test_success_model_keeps_unknown_fields_and_enum_values(slug: str) -> None:
    reader = vspec.vendor(slug).spec
    success = reader.operations["createAssistant"].success
    assert success.schema is not None
    assert success.schema_name is not None
    model = getattr(importlib.import_module(f"voiceagents_{slug}.models"), success.schema_name)
    example = {} if success.example is vspec.MISSING else copy.deepcopy(success.example)
    changed: list[str] = []
    body = _with_unknown_enum_values(example, success.schema, dict(reader.schemas), changed, "")
    body["unexpected_field"] = {"nested": True}
    parsed = model.from_dict(body)
    assert parsed.additional_properties["unexpected_field"] == {"nested": True}
    round_trip = parsed.to_dict()
    for pointer in changed:
        node = round_trip
        for key in pointer.strip("/").split("/"):
            node = node[key]
        assert node == "brand-new-value", pointer
    if slug in ("autocalls", "autocalls_v1", "insighto", "revox"):
        assert changed, f"{slug}: the response example exercises no open enum"


@pytest.mark.parametrize("slug", SLUGS)
def test_generated_project_is_named_and_versioned_from_the_spec(slug: str) -> None:
    spec = load_spec(slug)
    project = ROOT / "generated" / slug
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert f'name = "voiceagents-{slug.replace("_", "-")}"' in text
    assert f'version = "{spec["info"]["version"]}"' in text
    assert (project / f"voiceagents_{slug}" / "py.typed").exists()
    assert f"{slug.upper()}_API_KEY" in (project / "README.md").read_text(encoding="utf-8")
    assert not [p for p in project.rglob("*") if p.name in (".ruff_cache", "__pycache__") and "site-packages" in str(p)]


@pytest.mark.parametrize("slug", SLUGS)
def test_committed_output_matches_a_fresh_generation(tmp_path: Path, slug: str) -> None:
    """Golden record: regenerating each vendor reproduces the committed tree byte for byte."""
    vendor = generate.discover([slug])[0]
    project = generate.build_client(vendor, tmp_path)
    fresh = {p.relative_to(project).as_posix(): p.read_bytes() for p in project.rglob("*") if p.is_file()}
    assert fresh["README.md"] == (vendor.output / "README.md").read_bytes()
    committed = {
        p.relative_to(vendor.output).as_posix(): p.read_bytes()
        for p in vendor.output.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.name != "CHANGELOG.md"
    }
    assert fresh.keys() == committed.keys()
    assert [k for k in fresh if fresh[k] != committed[k]] == []


# --------------------------------------------------------------------------- generate and check, end to end


def test_generate_with_nothing_changed_rewrites_nothing(repo: Path) -> None:
    """No incremental build: every vendor is regenerated, and only files that differ are written."""
    before = {p: p.stat().st_mtime_ns for p in (repo / "generated").rglob("*") if p.is_file()}
    proc = run(repo, *TOOLS, "generate")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    for slug in SLUGS:
        assert re.search(rf"^{slug}\s+generated\s+v\S+\s+\d+\.\d\ds$", proc.stdout, re.M), lines
    assert "project       updated" not in proc.stdout
    after = {p: p.stat().st_mtime_ns for p in (repo / "generated").rglob("*") if p.is_file()}
    assert before == after  # nothing rewritten


def _bump(spec: Path, part: int) -> str:
    """Raise the spec's version (0: major, 1: minor, 2: patch); the new version."""
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    numbers = [int(n) for n in str(data["info"]["version"]).split(".")]
    numbers = [*numbers[:part], numbers[part] + 1, *[0] * (2 - part)]
    new = ".".join(map(str, numbers))
    text = re.sub(r"^(  version: )\S+$", rf"\g<1>{new}", spec.read_text(encoding="utf-8"), count=1, flags=re.M)
    spec.write_text(text, encoding="utf-8")
    return new


def test_generate_one_vendor_regenerates_only_it(repo: Path) -> None:
    spec = repo / "openapi" / "callhq.yaml"  # the smallest spec: its lint and generation are the quickest
    version = _bump(spec, 2)
    others = {p: p.read_bytes() for p in (repo / "generated").rglob("*") if p.is_file() and "callhq" not in p.parts}
    proc = run(repo, *TOOLS, "generate", "--slug", "callhq")
    assert proc.returncode == 0, proc.stderr
    assert re.search(rf"^callhq\s+generated\s+v{re.escape(version)}\s+\d+\.\d\ds$", proc.stdout, re.M), proc.stdout
    assert f'version = "{version}"' in (repo / "generated/callhq/pyproject.toml").read_text(encoding="utf-8")
    assert others == {p: p.read_bytes() for p in others}


def test_generate_fails_naming_the_spec_and_the_reason(repo: Path) -> None:
    spec = repo / "openapi" / "callhq.yaml"
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    data["components"]["schemas"]["CreateAssistantRequest"]["properties"]["name"]["type"] = "strng"
    spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    proc = run(repo, *TOOLS, "generate", "--slug", "callhq")
    assert proc.returncode != 0
    line = next(i for i, text in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1) if "strng" in text)
    assert re.search(rf"openapi/callhq\.yaml:{line}: ", proc.stderr), proc.stderr
    assert all(len(row) < 400 for row in proc.stderr.splitlines())


def test_check_passes_on_the_committed_tree(repo: Path) -> None:
    proc = run(repo, *TOOLS, "check", "--skip-lint")
    assert proc.returncode == 0, proc.stderr


def test_check_names_stale_specs_hand_edits_and_ill_typed_packages(repo: Path) -> None:
    spec = repo / "openapi" / "insighto.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(re.sub(r"^  version: (\S+)$", r"  version: 1.1.1", text, count=1, flags=re.M), encoding="utf-8")
    spec.write_text(spec.read_text(encoding="utf-8").replace("  title: ", "  title: Edited ", 1), encoding="utf-8")
    edited = repo / "generated/autocalls/voiceagents_autocalls/client.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# tweak\n", encoding="utf-8")
    stray = repo / "generated/revox/voiceagents_revox/extra.py"
    stray.write_text("x = 1\n", encoding="utf-8")
    schema_copy = repo / "wrappers/voiceagents/types/assistant.schema.json"
    schema_copy.write_text(schema_copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ill_typed = repo / "generated/callhq/voiceagents_callhq/types.py"  # as a generator change could emit
    ill_typed.write_text(ill_typed.read_text(encoding="utf-8") + "\n\ndef broken() -> int:\n    return 'x'\n")
    proc = run(repo, *TOOLS, "check", "--skip-lint")
    assert proc.returncode == 1
    fresh = "differs from a fresh generation"
    assert f"insighto: generated/insighto/voiceagents_insighto/openapi.json {fresh}" in proc.stderr
    assert "(run `make generate SLUG=insighto`)" in proc.stderr
    assert f"autocalls: generated/autocalls/voiceagents_autocalls/client.py {fresh}" in proc.stderr
    assert "revox: generated/revox/voiceagents_revox/extra.py is not generated output" in proc.stderr
    assert f"neutral: wrappers/voiceagents/types/assistant.schema.json {fresh} (run `make generate`)" in proc.stderr
    # the generated packages are type-checked as they are on disk: the ill-typed edit is named by mypy too
    assert "callhq: mypy --strict: generated/callhq/voiceagents_callhq/types.py" in proc.stderr
    assert f"callhq: generated/callhq/voiceagents_callhq/types.py {fresh}" in proc.stderr


def test_generate_and_check_fail_on_converter_spec_drift(repo: Path) -> None:
    """A field the converter writes, renamed in the spec: both name the vendor and the field."""
    spec = repo / "openapi" / "revox.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("        first_sentence:\n", "        opening_sentence:\n", 1), encoding="utf-8")
    _bump(spec, 0)
    proc = run(repo, *TOOLS, "generate", "--slug", "revox")
    assert proc.returncode == 1
    assert "revox: Map('opening.message') writes `first_sentence`" in proc.stderr
    check = run(repo, *TOOLS, "check", "--skip-lint")
    assert check.returncode == 1
    assert "converter: revox: Map('opening.message') writes `first_sentence`" in check.stderr


def test_a_converter_edit_alone_fails_the_drift_check(repo: Path) -> None:
    """A converter that now writes a field the spec does not have, with every spec unchanged, fails."""
    module = repo / "wrappers/voiceagents/convert/revox.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(
        text.replace('Map("opening.message", "first_sentence")', 'Map("opening.message", "opening_line")')
    )
    env = {**os.environ, "PYTHONPATH": str(repo / "wrappers")}  # this copy's converters, not the checkout's
    proc = subprocess.run(
        [sys.executable, *TOOLS, "generate"], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 1, proc.stdout
    assert "revox: Map('opening.message') writes `opening_line`" in proc.stderr


def test_check_fails_when_the_registry_disagrees_with_the_specs(repo: Path) -> None:
    registry = repo / "wrappers/voiceagents/vendors.json"
    data = json.loads(registry.read_text(encoding="utf-8"))
    data["vendors"]["revox"]["operations"].remove("cloneAssistant")
    registry.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    check = run(repo, *TOOLS, "check", "--skip-lint")
    assert check.returncode == 1
    assert (
        "project: wrappers/voiceagents/vendors.json: its generated part is out of date (run `make generate`)"
        in check.stderr
    )
    fixed = run(repo, *TOOLS, "generate")  # what check advises fixes what it reports
    assert fixed.returncode == 0, fixed.stderr
    assert run(repo, *TOOLS, "check", "--skip-lint").returncode == 0


def test_a_slug_that_does_not_match_the_file_name_is_refused(repo: Path) -> None:
    spec = repo / "openapi" / "insighto.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("x-voiceagents-slug: insighto", "x-voiceagents-slug: insight")
    )
    proc = run(repo, *TOOLS, "generate", "--slug", "insighto")
    assert proc.returncode == 1
    assert "openapi/insighto.yaml:" in proc.stderr
    assert "insight" in proc.stderr


def test_an_object_schema_shared_by_a_request_and_an_answer_is_refused(repo: Path) -> None:
    spec = repo / "openapi" / "callhq.yaml"
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    schemas = data["components"]["schemas"]
    nested = next(  # an object schema the create request uses
        name
        for v in schemas["CreateAssistantRequest"]["properties"].values()
        if isinstance(v, dict)
        and (name := spec_schema.component_name(v.get("$ref"))) is not None
        and schemas[name].get("type") == "object"
    )
    answer = schemas["CreateAssistantResponse"]
    answer.setdefault("properties", {})["shared"] = {"$ref": f"#/components/schemas/{nested}"}
    spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    _bump(spec, 0)
    proc = run(repo, *TOOLS, "generate", "--slug", "callhq")
    assert proc.returncode == 1
    assert f"components.schemas.{nested} is used by a request and by a response" in proc.stderr


def test_the_build_cache_reuses_a_client_only_for_the_same_inputs(repo: Path, tmp_path: Path) -> None:
    """With VOICEAGENTS_GENERATE_CACHE, a client made from the same inputs is taken from the cache
    (byte-identical to a fresh build); a changed spec builds again."""
    cache = tmp_path / "cache"
    env = {**os.environ, "VOICEAGENTS_GENERATE_CACHE": str(cache), "VOICEAGENTS_ROOT": str(repo)}
    cmd = [sys.executable, "-m", "voiceagents_tools", "generate", "--slug", "callhq", "--force"]
    first = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr

    def clients() -> list[str]:  # the cache's client entries (besides the neutral model's folder)
        return sorted(p.name for p in cache.iterdir() if p.name != "neutral")

    entries = clients()
    assert len(entries) == 1
    built = (repo / "generated/callhq/voiceagents_callhq/client.py").read_bytes()
    again = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert clients() == entries
    assert (repo / "generated/callhq/voiceagents_callhq/client.py").read_bytes() == built
    spec = repo / "openapi/callhq.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("version: 1.1.1", "version: 1.1.2", 1), encoding="utf-8")
    changed = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert changed.returncode == 0, changed.stderr
    assert len(clients()) == 2, changed.stdout


def test_a_type_completeness_score_is_reused_only_for_the_same_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``make check``'s pyright scores are kept in the build cache by the hash of their inputs: the
    package's files (for the wrapper, every generated package too), the third-party packages of the
    lock (not the workspace's own versions, which move with every spec), the pinned pyright."""
    from types import SimpleNamespace

    from voiceagents_tools import check

    root = tmp_path / "repo"
    lock = '[[package]]\nname = "httpx"\nversion = "{httpx}"\nsource = {{ registry = "https://pypi.org/simple" }}\n\n'
    lock += (
        '[[package]]\nname = "voiceagents-revox"\nversion = "{revox}"\nsource = {{ editable = "generated/revox" }}\n'
    )
    files = {
        "uv.lock": lock.format(httpx="0.28.1", revox="2.0.0"),
        "package-lock.json": "{}",
        "pyproject.toml": '[project]\nname = "x"\nversion = "1.0.0"\n',
        "wrappers/voiceagents/__init__.py": "x = 1\n",
        "generated/revox/voiceagents_revox/__init__.py": "y = 1\n",
        "generated/echo/voiceagents_echo/__init__.py": "z = 1\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(check, "ROOT", root)
    vendors: Any = [SimpleNamespace(slug=s, package=f"voiceagents_{s}") for s in ("revox", "echo")]
    monkeypatch.delenv("VOICEAGENTS_GENERATE_CACHE", raising=False)
    assert check._verdict_key("voiceagents", vendors) is None  # no cache: every score is measured
    monkeypatch.setenv("VOICEAGENTS_GENERATE_CACHE", str(tmp_path / "cache"))

    def keys() -> tuple[str | None, str | None]:
        return check._verdict_key("voiceagents", vendors), check._verdict_key("voiceagents_revox", vendors)

    wrapper, client = keys()
    assert wrapper != client
    assert check._cached_score(wrapper) is None
    check._store_score(wrapper, 97.5)
    assert check._cached_score(keys()[0]) == 97.5  # same inputs: reused
    (root / "wrappers/voiceagents/__init__.py").write_text("x = 2\n", encoding="utf-8")
    (root / "generated/echo/voiceagents_echo/__init__.py").write_text("z = 2\n", encoding="utf-8")
    assert keys()[1] == client  # neither the wrapper nor another client is this client's input
    assert check._cached_score(keys()[0]) is None  # the wrapper changed: measured again
    wrapper = keys()[0]
    (root / "generated/revox/voiceagents_revox/__init__.py").write_text("y = 2\n", encoding="utf-8")
    assert keys()[0] != wrapper  # a generated package is an input of the wrapper's score
    assert keys()[1] != client  # and of its own
    check._store_score(keys()[1], 100.0)
    (root / "uv.lock").write_text(lock.format(httpx="0.28.1", revox="2.1.0"), encoding="utf-8")
    assert check._cached_score(keys()[1]) == 100.0  # a workspace member's version moved: still reused
    (root / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "1.0.1"\n', encoding="utf-8")
    assert check._cached_score(keys()[1]) == 100.0  # the project's version moved: still reused
    (root / "pyproject.toml").write_text('[tool.pyright]\ntypeCheckingMode = "strict"\n', encoding="utf-8")
    assert check._cached_score(keys()[1]) is None  # pyright's settings changed: measured again
    check._store_score(keys()[1], 100.0)
    (root / "uv.lock").write_text(lock.format(httpx="0.29.0", revox="2.1.0"), encoding="utf-8")
    assert check._cached_score(keys()[1]) is None  # other third-party packages: measured again


def test_two_checks_at_once_measure_a_score_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While one check measures a package's score (its turn on the key), another check with the
    same inputs starts no pyright of its own: it waits, then takes the first one's score; if the first
    stored none, it measures the score itself."""
    import threading

    from voiceagents_tools import check

    monkeypatch.setenv("VOICEAGENTS_GENERATE_CACHE", str(tmp_path / "cache"))
    started: list[list[str]] = []
    monkeypatch.setattr(check, "_verifytypes_process", lambda cmd: started.append(cmd) or 42.0)
    first, second = check._Turn("k1"), check._Turn("k1")
    assert first.take(wait=False)
    assert not second.take(wait=False)  # the first check holds the turn
    done = threading.Timer(0.2, lambda: (check._store_score("k1", 99.5), first.release()))
    done.start()
    assert check._score("voiceagents_revox", None, second) == 99.5  # waited, then the stored score
    done.join()
    assert started == []
    third, fourth = check._Turn("k2"), check._Turn("k2")
    assert third.take(wait=False)
    threading.Timer(0.2, third.release).start()  # the first check ended without a score
    assert check._score("voiceagents_revox", None, fourth) == 42.0
    assert started == [check._verifytypes_command("voiceagents_revox")]


def test_the_neutral_model_is_reused_only_for_the_same_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the build cache, datamodel-codegen runs once for a given model input: the model a second
    generation takes from the cache is the committed one, byte for byte; another input, another key."""
    from voiceagents_tools import generate

    monkeypatch.setenv("VOICEAGENTS_GENERATE_CACHE", str(tmp_path / "cache"))
    made: list[Path] = []
    codegen = generate._codegen
    monkeypatch.setattr(generate, "_codegen", lambda source, model: made.append(source) or codegen(source, model))
    vendors = generate.discover()
    first = generate.make_neutral(vendors, tmp_path / "first")
    again = generate.make_neutral(vendors, tmp_path / "again")
    assert len(made) == 1
    assert first == again
    assert first[generate.NEUTRAL_MODEL] == generate.NEUTRAL_MODEL.read_bytes()
    one, other = tmp_path / "one.json", tmp_path / "other.json"
    one.write_text('{"type": "object"}', encoding="utf-8")
    other.write_text('{"type": "object", "title": "Other"}', encoding="utf-8")
    assert generate._model_key(one) != generate._model_key(other)
    monkeypatch.delenv("VOICEAGENTS_GENERATE_CACHE")
    assert generate._model_key(one) is None  # no cache: the model is always generated
