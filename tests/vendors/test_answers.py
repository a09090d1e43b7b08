"""Lenient answers, for every vendor and every operation that returns a body, from the vendor's mock
on 127.0.0.1 (``voiceagents.testing``, its programmed replies).

The bodies come from the case files (``answers.<operationId>``, else the spec's examples, else an
open body) and are bent by ``support.answers.misfits`` wherever the answer schema allows it:
a required member left out, ``null`` where an array or object is declared, unknown members, an
unknown union tag, an unknown enum value. Whether a bent body still fits is decided by the spec's
own answer schema (``fits``): one that does not must be reported in the warnings, one that does
must not. Nothing here names a vendor or an operation: a new spec is covered by these tests as is.

Our client (``Result``) and the bare generated clients (``sync_detailed``) are both checked: no
exception, the id where the spec's pointer says, ``.raw`` as sent, ``to_dict()`` giving the raw
values back, and warnings.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import functools
import importlib
import inspect
import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema_rs
import pytest
from conftest import SLUGS
from support.answers import (
    acall,
    answer_bodies,
    call,
    id_param,
    json_reply,
    misfits,
    operation_spec,
    plain,
    request_body,
    returns_body,
    sample_id,
    success_pointer,
    success_schema,
    success_status,
)
from voiceagents import _json
from voiceagents import spec as vspec
from voiceagents._exceptions import APIResponseValidationError
from voiceagents._http._client import AsyncClient, Client
from voiceagents.spec import schema as spec_schema
from voiceagents.testing import MockServer, Reply

KEY = "sk-answers-NEVER-PRINT-5e6f7a8b"
CREATING = ("createAssistant", "cloneAssistant")


def _with_body() -> list[tuple[str, str]]:
    return [(s, op) for s in SLUGS for op in vspec.vendor(s).operations if returns_body(s, op)]


def _cases(*bugs: Any) -> list[Any]:
    """(slug, operation, kind, body, path): each documented body, then each misfit of it; ``bugs``
    are conditions on a case (from the spec) that give the reason of a known bug, or ``None``."""
    out = []
    for slug, op in _with_body():
        for name, body in answer_bodies(slug, op):
            variants = [("as_documented", body, ())] + [(m.kind, m.body, m.path) for m in misfits(slug, op, body)]
            for kind, changed, path in variants:
                reasons = [r for bug in bugs if (r := bug(slug, op, kind, changed, path))]
                marks = [pytest.mark.xfail(strict=True, reason=r) for r in reasons]
                out.append(pytest.param(slug, op, kind, changed, path, id=f"{slug}-{op}-{name}-{kind}", marks=marks))
    return out


# -- what the spec says about a body ----------------------------------------------------------------


@functools.cache
def _validator(slug: str, op: str) -> Any:
    return jsonschema_rs.validator_for(vspec.vendor(slug).spec.schema_document(success_schema(slug, op) or {}))


def fits(slug: str, op: str, body: Any) -> bool:
    """Whether ``body`` fits the operation's answer schema as the spec writes it (``required`` included)."""
    return bool(_validator(slug, op).is_valid(body))


def _at(slug: str, op: str, path: tuple[str, ...]) -> list[Any]:
    """The schemas that apply at ``path`` of the answer (each resolved, combinations expanded)."""
    return spec_schema.schema_at(vspec.vendor(slug).spec.document, success_schema(slug, op), list(path))


def _plain_object(slug: str, op: str, path: tuple[str, ...]) -> bool:
    """Whether an object model (not a union, not nullable) is declared at ``path``."""
    nodes = _at(slug, op, path)
    return bool(nodes) and all(n.get("type") == "object" and not ({"oneOf", "anyOf"} & set(n)) for n in nodes)


def _union(slug: str, op: str, path: tuple[str, ...]) -> bool:
    return any({"oneOf", "anyOf"} & set(n) for n in _at(slug, op, path))


def _in_items(slug: str, op: str, path: tuple[str, ...]) -> bool:
    where = success_pointer(slug, op, "items")
    return where is not None and path[: len(_json.unpointer(where))] == _json.unpointer(where)


def _member(kind: str, path: tuple[str, ...]) -> str:
    """The member a warning about this misfit names (the union's member for an unknown tag)."""
    names = [p for p in path if not p.isdigit()]
    return names[-2] if kind == "unknown_variant" else names[-1]


KEPT = _cases()
KEPT_BARE = WARNED = KEPT  # made once (each collecting process makes them): the tests only read the bodies


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, MockServer]]:
    """The mock of each vendor, requiring ``KEY``."""
    with contextlib.ExitStack() as stack:
        yield {slug: stack.enter_context(MockServer(vspec.vendor(slug).spec, key=KEY)) for slug in SLUGS}


def program(mocks: dict[str, MockServer], slug: str, op: str, replies: list[Reply]) -> MockServer:
    """``slug``'s mock, its counters and state reset, answering the next ``op`` requests with ``replies``."""
    mock = mocks[slug]
    mock.reset()
    mock.program(op, replies)
    return mock


def _client(slug: str, mocks: dict[str, MockServer]) -> Client:
    return Client(slug, api_key=KEY, base_url=mocks[slug].url, max_retries=0)


def _program(mocks: dict[str, MockServer], slug: str, op: str, body: Any, status: int | None = None) -> MockServer:
    """Answer ``op`` with ``body``; a list that says it has more pages gets an empty page after it."""
    status = success_status(slug, op) if status is None else status
    replies = [json_reply(status, body)]
    where = success_pointer(slug, op, "items")
    if where is not None and isinstance(body, dict) and _json.read_pointer(body, where, None) is not None:
        empty = copy.deepcopy(body)
        *parents, last = _json.unpointer(where)
        node = empty
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        node[last] = []
        replies.append(json_reply(status, empty))
    return program(mocks, slug, op, replies)


def _results(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _items(slug: str, op: str, body: Any) -> list[Any] | None:
    where = success_pointer(slug, op, "items")
    if where is None:
        return None
    found = _json.read_pointer(body, where, [])
    return found if isinstance(found, list) else []


def _expected_id(slug: str, op: str, body: Any, pointer: str | None) -> Any:
    if pointer is None:
        return None
    value = _json.read_pointer(body, pointer, None)
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


# -- our client -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("slug", "op", "kind", "body", "path"), KEPT)
def test_answer_is_kept(
    mocks: dict[str, MockServer],
    slug: str,
    op: str,
    kind: str,
    body: Any,
    path: tuple[str, ...],
) -> None:
    """No exception; the id at the spec's pointer; ``.raw`` as sent; ``to_dict()`` gives it back."""
    _program(mocks, slug, op, body)
    results = _results(call(_client(slug, mocks), slug, op))
    items = _items(slug, op, body)
    if items is None:
        (result,) = results
        assert result.raw == body
        assert result.status_code == success_status(slug, op)
        pointer = success_pointer(slug, op, "id")
        if pointer is not None:
            assert result.id == _expected_id(slug, op, body, pointer)
            assert result.id is not None
        elif op in CREATING:
            assert result.id is None  # never guessed
        pairs = [(result, body)]
    else:
        assert [r.raw for r in results] == items
        item_id = success_pointer(slug, op, "item-id")
        assert [r.id for r in results] == [_expected_id(slug, op, i, item_id) for i in items]
        pairs = list(zip(results, items, strict=True))
    for result, raw in pairs:
        assert result.parsed is not None
        assert plain(result.parsed) == raw


@pytest.mark.parametrize(("slug", "op", "kind", "body", "path"), WARNED)
def test_answer_warnings_say_what_did_not_fit(
    mocks: dict[str, MockServer],
    slug: str,
    op: str,
    kind: str,
    body: Any,
    path: tuple[str, ...],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A body that fits the answer schema gives no warning; one that does not names the member, in
    ``Result.warnings`` (of the listed item it concerns) or, outside a list's items, in the log."""
    fitting = fits(slug, op, body)
    caplog.set_level(logging.WARNING, logger="voiceagents")
    _program(mocks, slug, op, body)
    results = _results(call(_client(slug, mocks), slug, op))
    logged = [r.getMessage() for r in caplog.records if r.name == "voiceagents"]
    if fitting:
        assert [w for r in results for w in r.warnings] == []
        assert logged == []
        return
    member = _member(kind, path)
    items_at = success_pointer(slug, op, "items")
    if items_at is not None and _in_items(slug, op, path):
        index = int(path[len(_json.unpointer(items_at))])
        warnings = results[index].warnings
    elif items_at is not None:
        warnings = logged  # the list's envelope has no Result of its own
    else:
        (result,) = results
        warnings = result.warnings
        assert warnings == [w for w in warnings if w in " ".join(logged)]  # each one was logged too
    assert any(re.search(rf"\b{re.escape(member)}\b", w) for w in warnings), warnings


@pytest.mark.parametrize(("slug", "op"), [pytest.param(s, op, id=f"{s}-{op}") for s, op in _with_body()])
def test_documented_answers_through_the_async_client(mocks: dict[str, MockServer], slug: str, op: str) -> None:
    name, body = answer_bodies(slug, op)[0]
    _program(mocks, slug, op, body)

    async def go() -> Any:
        async with AsyncClient(slug, api_key=KEY, base_url=mocks[slug].url, max_retries=0) as c:
            return await acall(c, slug, op)

    results = _results(asyncio.run(go()))
    items = _items(slug, op, body)
    assert [r.raw for r in results] == (items if items is not None else [body]), name
    assert all(r.warnings == [] for r in results)
    if items is None and success_pointer(slug, op, "id") is not None:
        assert results[0].id == _expected_id(slug, op, body, success_pointer(slug, op, "id"))


def _other_statuses(slug: str, op: str) -> list[int]:
    """A 2xx the spec does not document for the operation (201 where it says 200), and 299."""
    documented = success_status(slug, op)
    return sorted({201 if documented == 200 else 200, 299})


def _documented_code(slug: str, op: str) -> str:
    _, _, _, spec_op = operation_spec(slug, op)
    return next(str(c) for c in spec_op["responses"] if str(c).startswith("2"))


@pytest.mark.parametrize(
    ("slug", "op", "status"),
    [pytest.param(s, op, st, id=f"{s}-{op}-{st}") for s, op in _with_body() for st in _other_statuses(s, op)],
)
def test_undocumented_2xx_is_parsed_as_the_success_answer(
    mocks: dict[str, MockServer], slug: str, op: str, status: int
) -> None:
    _, body = answer_bodies(slug, op)[0]
    _program(mocks, slug, op, body, status)
    results = _results(call(_client(slug, mocks), slug, op))
    assert all(r.status_code == status for r in results)
    items = _items(slug, op, body)
    assert [r.raw for r in results] == (items if items is not None else [body])
    if items is None:
        (result,) = results
        pointer = success_pointer(slug, op, "id")
        if pointer is not None:
            assert result.id == _expected_id(slug, op, body, pointer)
        assert plain(result.parsed) == body
        documented = _documented_code(slug, op)
        if documented.upper() != "2XX":  # a range documents every 2xx
            assert any(f"status {status} is not documented" in w for w in result.warnings), result.warnings
        else:
            assert result.warnings == []


@pytest.mark.parametrize("status", [200, 204])
@pytest.mark.parametrize(("slug", "op"), [pytest.param(s, op, id=f"{s}-{op}") for s, op in _with_body()])
def test_empty_2xx_body_does_not_raise(mocks: dict[str, MockServer], slug: str, op: str, status: int) -> None:
    program(mocks, slug, op, [Reply(status, b"")])
    results = _results(call(_client(slug, mocks), slug, op))
    if op == "listAssistants":
        assert results == []
        return
    (result,) = results
    assert (result.raw, result.status_code) == (None, status)
    if success_pointer(slug, op, "id") is not None:
        if op in CREATING:
            assert result.id is None
        assert any("no assistant id" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("content", [b"<html>Bad gateway</html>", b'{"assistant": {"id": "a', b"\xff\xfe"])
@pytest.mark.parametrize(("slug", "op"), [pytest.param(s, op, id=f"{s}-{op}") for s, op in _with_body()])
def test_2xx_body_that_is_not_json_raises(mocks: dict[str, MockServer], slug: str, op: str, content: bytes) -> None:
    status = success_status(slug, op)
    mock = program(mocks, slug, op, [Reply(status, content, creates=op in CREATING)])
    with pytest.raises(APIResponseValidationError) as info:
        call(_client(slug, mocks), slug, op)
    error = info.value
    assert (error.raw_body, error.status_code, error.operation) == (content, status, op)
    assert error.may_have_created is (op in CREATING)
    assert ("may have been created" in str(error)) is (op in CREATING)
    assert "not JSON" in str(error)
    assert mock.received.total() == 1  # never retried, whatever the operation


# -- the bare generated clients ---------------------------------------------------------------------


def _module(slug: str, op: str) -> Any:
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", op).lower()
    return importlib.import_module(f"voiceagents_{slug}.api.assistants.{name}")


_TLS = httpx.create_ssl_context()  # built once: loading the CA bundle costs ~30 ms per client


def _generated(slug: str, mocks: dict[str, MockServer]) -> Any:
    package = importlib.import_module(f"voiceagents_{slug}")
    return package.AuthenticatedClient(base_url=mocks[slug].url, token=KEY, verify_ssl=_TLS)


def _bare_call(slug: str, op: str, mocks: dict[str, MockServer]) -> Any:
    """``sync_detailed`` with the id (if the operation takes one) and the request model (if it takes a body)."""
    function = _module(slug, op).sync_detailed
    args: list[Any] = []
    kwargs: dict[str, Any] = {"client": _generated(slug, mocks)}
    for name, parameter in inspect.signature(function).parameters.items():
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD and parameter.default is parameter.empty:
            args.append(sample_id(slug, op))
        elif name == "body":
            _, _, _, spec_op = operation_spec(slug, op)
            ref = spec_op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            model = getattr(importlib.import_module(f"voiceagents_{slug}.models"), spec_schema.component_name(ref))
            kwargs["body"] = model.from_dict(request_body(slug, op))
    with kwargs["client"] as client:
        kwargs["client"] = client
        return function(*args, **kwargs)


def _user_agent(slug: str) -> str:
    return f"{vspec.vendor(slug).distribution}/{vspec.vendor(slug).spec.document['info']['version']}"


@pytest.mark.parametrize(("slug", "op", "kind", "body", "path"), KEPT_BARE)
def test_generated_client_keeps_every_answer(
    mocks: dict[str, MockServer],
    slug: str,
    op: str,
    kind: str,
    body: Any,
    path: tuple[str, ...],
) -> None:
    mock = program(mocks, slug, op, [json_reply(success_status(slug, op), body)])
    response = _bare_call(slug, op, mocks)
    assert mock.received.total() == 1  # it authenticated the way the spec says
    assert response.status_code == success_status(slug, op)
    assert response.parsed is not None
    assert plain(response.parsed) == body
    assert mock.requests[0].headers["user-agent"] == _user_agent(slug)
    template, _, _, _ = operation_spec(slug, op)
    param = id_param(slug, op)
    expected = template.replace("{" + str(param["name"]) + "}", str(sample_id(slug, op))) if param else template
    assert mock.requests[0].path == expected


@pytest.mark.parametrize(("slug", "op", "kind", "body", "path"), WARNED)
def test_generated_client_warnings_say_what_did_not_fit(
    mocks: dict[str, MockServer],
    slug: str,
    op: str,
    kind: str,
    body: Any,
    path: tuple[str, ...],
) -> None:
    fitting = fits(slug, op, body)
    program(mocks, slug, op, [json_reply(success_status(slug, op), body)])
    response = _bare_call(slug, op, mocks)
    if fitting:
        assert response.warnings == []
    else:
        member = _member(kind, path)
        assert any(re.search(rf"\b{re.escape(member)}\b", w) for w in response.warnings), response.warnings


@pytest.mark.parametrize(("slug", "op"), [pytest.param(s, op, id=f"{s}-{op}") for s, op in _with_body()])
def test_generated_client_takes_undocumented_and_empty_2xx(mocks: dict[str, MockServer], slug: str, op: str) -> None:
    _, body = answer_bodies(slug, op)[0]
    range_documented = _documented_code(slug, op).upper() == "2XX"
    for status in _other_statuses(slug, op):
        program(mocks, slug, op, [json_reply(status, body)])
        response = _bare_call(slug, op, mocks)
        assert int(response.status_code) == status
        assert plain(response.parsed) == body
        noted = any(f"status {status} is not documented" in w for w in response.warnings)
        assert noted is not range_documented, response.warnings
    program(mocks, slug, op, [Reply(200, b"")])
    response = _bare_call(slug, op, mocks)
    assert response.parsed is None
    assert "the success answer has no body" in response.warnings


@pytest.mark.parametrize("slug", SLUGS)
def test_generated_client_default_timeout_and_user_agent(slug: str) -> None:
    package = importlib.import_module(f"voiceagents_{slug}")
    for kind in ("Client", "AuthenticatedClient"):
        options = {"token": KEY} if kind == "AuthenticatedClient" else {}
        with getattr(package, kind)(base_url="http://127.0.0.1:9", **options) as generated:
            http = generated.get_httpx_client()
            assert http.timeout == httpx.Timeout(60.0, connect=5.0)
            assert http.headers["user-agent"] == _user_agent(slug)
    disabled = package.AuthenticatedClient(base_url="http://127.0.0.1:9", token=KEY, timeout=None)
    assert disabled.get_httpx_client().timeout == httpx.Timeout(None)
