"""Contract tests: every operation of every vendor against Prism serving the vendor's own spec.

For each operation: Prism answers a valid request with the documented example, the generated client
parses it (``voiceagents_<slug>.api.assistants.<op>._build_response``) without a warning, and the
wrapper reads the id where the spec says; an invalid body is refused by the wrapper before anything
is sent and by Prism (422) when sent anyway; a missing or misplaced credential gets 401.

One Prism process per spec serves the whole session, started when a test first asks for that vendor
(``prism_servers`` in conftest); every test here runs on the same xdist worker (``xdist_group``), so each
process starts once. Operations, bodies and answers come from the specs and case files (helpers of
``test_specs``): no vendor is named here.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import voiceagents
from conftest import ROOT, load_spec
from support.cases import (
    CONVENTIONAL_SCHEMES,
    Op,
    all_operations,
    body_cases,
    build,
    op_params,
    path_of,
    request_validator,
    sample_id,
)
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents._validation import check_body
from voiceagents.spec import schema as spec_schema

pytestmark = [pytest.mark.prism, pytest.mark.xdist_group("prism")]

KEY = "k-contract"
OPS = all_operations()
BODY_OPS = [o for o in OPS if o.body_schema]
MODES = ("sync", "asyncio")


# Defects these tests found, by test node name: expected failures that must keep failing (strict),
# so each entry goes once the defect is fixed. (The revox $ref path parameter, found here, is fixed.)
KNOWN_DEFECTS: dict[str, str] = {}


@pytest.fixture(autouse=True)
def _known_defect(request: pytest.FixtureRequest) -> None:
    reason = KNOWN_DEFECTS.get(request.node.name)
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


# --------------------------------------------------------------------------- requests


def _scheme(o: Op) -> tuple[str, dict[str, Any]]:
    spec = load_spec(o.slug)
    name = next(iter(o.op["security"][0]))
    return name, spec["components"]["securitySchemes"][name]


def _placed(scheme: dict[str, Any], key: str) -> dict[str, Any]:
    """httpx request kwargs carrying ``key`` the way ``scheme`` says."""
    if scheme["type"] == "http":
        return {"headers": {"Authorization": f"Bearer {key}"}}
    if scheme["in"] == "query":
        return {"params": {scheme["name"]: key}}
    return {"headers": {scheme["name"]: key}}


def credential(o: Op, key: str = KEY) -> dict[str, Any]:
    return _placed(_scheme(o)[1], key)


def misplaced(o: Op, key: str = KEY) -> dict[str, Any]:
    """The key everywhere the other conventional schemes would put it, and not where this one does."""
    name, _ = _scheme(o)
    out: dict[str, Any] = {"headers": {}, "params": {}}
    for other, scheme in CONVENTIONAL_SCHEMES.items():
        if other != name:
            for kind, values in _placed(scheme, key).items():
                out[kind].update(values)
    return out


def sendable(o: Op) -> Any:
    """The first valid body of ``o`` the wrapper accepts (closed world); ``None`` without a body."""
    if not o.body_schema:
        return None
    for case in body_cases(o.slug, o.id)["valid"]:
        if request_validator(o.slug, o.id).is_valid(case["body"]):
            return case["body"]
    raise AssertionError(f"{o.label}: no valid case the wrapper would send")


_TLS = httpx.create_ssl_context()  # built once: loading the CA bundle costs ~20 ms per client


def send(o: Op, url: str, *, body: Any = None, auth: dict[str, Any] | None = None, **headers: str) -> httpx.Response:
    kwargs: dict[str, Any] = {"headers": dict(headers), "params": {}}
    for kind, values in (auth or {}).items():
        kwargs[kind].update(values)
    if o.body_schema:
        kwargs["json"] = body
    return httpx.request(o.method.upper(), url + path_of(o), timeout=10, verify=_TLS, **kwargs)


# --------------------------------------------------------------------------- generated clients


def module_name(o: Op) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", o.id).lower()


def endpoint(o: Op) -> Any:
    return importlib.import_module(f"voiceagents_{o.slug}.api.assistants.{module_name(o)}")


def model_class(o: Op, response: dict[str, Any]) -> Any:
    ref = ((response.get("content") or {}).get("application/json") or {}).get("schema", {}).get("$ref")
    return (
        getattr(importlib.import_module(f"voiceagents_{o.slug}.models"), spec_schema.component_name(ref))
        if ref
        else None
    )


def parse(o: Op, url: str, response: httpx.Response) -> Any:
    client = importlib.import_module(f"voiceagents_{o.slug}").Client(base_url=url)
    return endpoint(o)._build_response(client=client, response=response)


def call_generated(o: Op, client: Any, mode: str) -> Any:
    """Call the generated function of ``o`` with the sample id and the first sendable body."""
    fn = endpoint(o).sync_detailed if mode == "sync" else endpoint(o).asyncio_detailed
    kwargs: dict[str, Any] = {"client": client}
    ids = [p["name"] for p in o.path_parameters()]
    for name in inspect.signature(fn).parameters:
        if name in ids:
            kwargs[name] = sample_id(o)
    if o.body_schema:
        models = importlib.import_module(f"voiceagents_{o.slug}.models")
        kwargs["body"] = getattr(models, o.body_schema).from_dict(sendable(o))
    if mode == "sync":
        with client:
            return fn(**kwargs)

    async def go() -> Any:
        async with client:
            return await fn(**kwargs)

    return asyncio.run(go())


def authenticated(o: Op, url: str, **overrides: Any) -> Any:
    return importlib.import_module(f"voiceagents_{o.slug}").AuthenticatedClient(base_url=url, token=KEY, **overrides)


# --------------------------------------------------------------------------- the wrapper


def wrapper_call(client: Any, o: Op, body: Any = None) -> Any:
    """Call ``o`` through the wrapper (the list: every item, as a list)."""
    method = getattr(client, module_name(o))
    args: list[Any] = [sample_id(o)] if o.path_parameters() else []
    if o.body_schema and o.id != "listAssistants":  # a list's filters: the client sends {} itself
        args.append(body if body is not None else sendable(o))
    result = method(*args)
    return list(result) if o.id == "listAssistants" else result


def _listed(client: Any) -> list[Any]:
    """Every item a listing yields before it ends; Prism answers the same page each time, so a listing
    by cursor (the same cursor again) ends with ``APIPaginationError`` once the page repeats."""
    items: list[Any] = []
    with contextlib.suppress(voiceagents.APIPaginationError):
        items.extend(client.list_assistants())
    return items


def _examples(o: Op) -> dict[str, Any]:
    _, response = o.success()
    media = (response.get("content") or {}).get("application/json") or {}
    return {name: e["value"] for name, e in (media.get("examples") or {}).items()}


# =========================================================================== every operation answers


@pytest.mark.parametrize("o", op_params(OPS))
def test_operation_answers_its_documented_examples_and_the_client_parses_them(o: Op, prism_servers: Any) -> None:
    url = prism_servers[o.slug].url
    status, response = o.success()
    cls = model_class(o, response)
    examples = _examples(o) or {None: None}  # no example: Prism answers from the schema
    for name, expected in examples.items():
        prefer = {"Prefer": f"example={name}"} if name else {}
        answer = send(o, url, body=sendable(o), auth=credential(o), **prefer)
        assert 200 <= answer.status_code < 300, (name, answer.text[:500])
        if status[1:] != "XX":
            assert str(answer.status_code) == status, f"{name}: the docs say {status}"
        if expected is not None:
            assert answer.json() == expected, f"{name}: Prism did not answer the documented example"
        built = parse(o, url, answer)
        assert built.warnings == [], name
        if cls is not None:
            assert isinstance(built.parsed, cls), (name, type(built.parsed))


@pytest.mark.parametrize("o", op_params(BODY_OPS))
def test_every_valid_body_is_accepted(o: Op, prism_servers: Any) -> None:
    url = prism_servers[o.slug].url
    for case in body_cases(o.slug, o.id)["valid"]:
        answer = send(o, url, body=case["body"], auth=credential(o))
        assert 200 <= answer.status_code < 300, (case["name"], answer.text[:500])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("o", op_params(OPS))
def test_generated_client_calls_the_operation(o: Op, mode: str, prism_servers: Any) -> None:
    url = prism_servers[o.slug].url
    _, response = o.success()
    result = call_generated(o, authenticated(o, url), mode)
    assert 200 <= result.status_code < 300, result.content[:500]
    assert result.warnings == []
    cls = model_class(o, response)
    if cls is not None:
        assert isinstance(result.parsed, cls)


@pytest.mark.parametrize("o", op_params(OPS))
def test_wrapper_reads_the_id_where_the_spec_says(o: Op, prism_servers: Any) -> None:
    url = prism_servers[o.slug].url
    raw = send(o, url, body=sendable(o), auth=credential(o))  # what Prism answers by default
    body = raw.json() if raw.content.strip() else None
    _, response = o.success()
    sent: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [sent.append]}, verify=_TLS) as http,
        voiceagents.client(o.slug, base_url=url, api_key=KEY, http_client=http) as client,
    ):
        result = wrapper_call(client, o) if o.id != "listAssistants" else _listed(client)
    assert sent, "nothing was sent"
    assert [r.method for r in sent] == [o.method.upper()] * len(sent)
    assert {r.url.raw_path.decode().split("?")[0] for r in sent} == {httpx.URL(url + path_of(o)).raw_path.decode()}
    if o.id == "listAssistants":
        items_at, id_at = response.get("x-voiceagents-items"), response.get("x-voiceagents-item-id")
        items = _json.read_pointer(body, items_at) if isinstance(items_at, str) else []
        per_page = [_json.read_pointer(item, id_at) for item in items] if isinstance(id_at, str) else []
        ids = [r.id for r in result]
        assert all(r.warnings == [] for r in result), [r.warnings for r in result]
        if per_page:  # Prism answers the same page each time: whole pages of the documented items
            assert len(ids) % len(per_page) == 0, ids
            assert ids == per_page * (len(ids) // len(per_page)), ids
        else:
            assert ids == [None] * len(items)
        return
    assert 200 <= result.status_code < 300
    assert result.warnings == []
    assert result.raw == body
    id_at, assistant_at = response.get("x-voiceagents-id"), response.get("x-voiceagents-assistant")
    if isinstance(id_at, str):
        assert result.id == _json.read_pointer(body, id_at)
    elif o.path_parameters() and not o.id.startswith(("create", "clone")):
        assert result.id == sample_id(o), "without an id in the answer, the id asked for is reported"
    else:
        assert result.id is None, "the id is unknown, never guessed"
    if isinstance(assistant_at, str):
        assert result.assistant_data() == _json.read_pointer(body, assistant_at)


# =========================================================================== invalid bodies


def one_per_keyword(o: Op) -> list[dict[str, Any]]:
    """The first invalid case of each expected keyword (required, type, enum, a range, a rule...)."""
    found: dict[str, dict[str, Any]] = {}
    for case in body_cases(o.slug, o.id)["invalid"]:
        found.setdefault(case["expect"]["keyword"], case)
    return list(found.values())


def invalid_params() -> Iterator[Any]:
    for o in BODY_OPS:
        for case in one_per_keyword(o):
            yield pytest.param(o, case, id=f"{o.label}-{case['name']}")


@pytest.mark.parametrize(("o", "case"), list(invalid_params()))
def test_invalid_body_is_refused_by_the_wrapper_and_by_prism(
    o: Op, case: dict[str, Any], prism_servers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = prism_servers[o.slug].url
    body = build(o.slug, o.id, case)
    sent: list[httpx.Request] = []
    hooks = {"request": [sent.append]}
    # the wrapper refuses it before anything is sent, naming the field (a list's filters are never the
    # caller's: the wrapper's list sends {}, so its validation is asked directly)
    with (
        httpx.Client(event_hooks=hooks, verify=_TLS) as http,
        voiceagents.client(o.slug, base_url=url, api_key=KEY, http_client=http) as client,
        pytest.raises(voiceagents.ValidationError) as refused,
    ):
        wrapper_call(client, o, body) if o.id != "listAssistants" else check_body(o.slug, o.id, body)
    assert sent == []
    expected, errors = case["expect"]["path"], refused.value.errors
    named = [e for e in errors if e.path == expected or (expected.startswith(e.path + "/") and "variants" in e.rule)]
    assert named, f"{expected} (or the union holding it) is not named: {[str(e) for e in errors]}"
    # sent anyway (the raw request), Prism refuses it: 422, read by the generated client
    answer = send(o, url, body=body, auth=credential(o))
    assert answer.status_code == 422, answer.text[:500]
    documented = {str(k): v for k, v in (o.op.get("responses") or {}).items()}.get("422")
    built = parse(o, url, answer)
    if documented and model_class(o, documented) is not None:
        assert isinstance(built.parsed, model_class(o, documented))
    if o.id == "listAssistants":
        return
    # and the wrapper, its own validation bypassed, reports Prism's 422 as such
    from voiceagents._http import _base as _client

    monkeypatch.setattr(_client._validation, "check_body", lambda *args, **kwargs: None)
    with (
        voiceagents.client(o.slug, base_url=url, api_key=KEY, max_retries=0) as client,
        pytest.raises(voiceagents.UnprocessableEntityError) as rejected,
    ):
        wrapper_call(client, o, body)
    assert rejected.value.status_code == 422
    assert rejected.value.may_have_created is False


# =========================================================================== credentials


@pytest.mark.parametrize("o", op_params(OPS))
def test_missing_or_misplaced_credential_gets_401(o: Op, prism_servers: Any) -> None:
    url = prism_servers[o.slug].url
    body = sendable(o)
    assert send(o, url, body=body).status_code == 401, "no credential"
    assert send(o, url, body=body, auth=misplaced(o)).status_code == 401, "the key where this vendor does not look"
    unauthenticated = importlib.import_module(f"voiceagents_{o.slug}").Client(base_url=url)
    assert call_generated(o, unauthenticated, "sync").status_code == 401

    location, name, _ = vspec.vendor(o.slug).auth

    def strip(request: httpx.Request) -> None:  # runs after the wrapper's auth: the key is lost on the way
        if location == "query":
            request.url = request.url.copy_remove_param(name)
        else:
            del request.headers[name]

    with (
        httpx.Client(event_hooks={"request": [strip]}, verify=_TLS) as http,
        voiceagents.client(o.slug, base_url=url, api_key=KEY, http_client=http, max_retries=0) as client,
        pytest.raises(voiceagents.AuthenticationError) as refused,
    ):
        wrapper_call(client, o)
    assert refused.value.status_code == 401
    assert KEY not in str(refused.value)


# =========================================================================== the generated READMEs


@pytest.mark.parametrize("slug", sorted({o.slug for o in OPS}))
def test_generated_readme_quickstart_runs_against_prism(
    slug: str, prism_servers: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quickstart in generated/<slug>/README.md works as written (pointed at Prism by env vars)."""
    readme = (Path(ROOT) / "generated" / slug / "README.md").read_text(encoding="utf-8")
    (code,) = [block for block in re.findall(r"```python\n(.*?)```", readme, re.S) if "sync_detailed" in block]
    monkeypatch.setenv(f"{slug.upper()}_BASE_URL", prism_servers[slug].url)
    monkeypatch.setenv(f"{slug.upper()}_API_KEY", "k-quickstart")
    exec(compile(code, f"generated/{slug}/README.md", "exec"), {})  # noqa: S102 - our own README
    status = capsys.readouterr().out.split()[0]
    assert status.startswith("2"), status
