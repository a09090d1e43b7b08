"""The assistant lifecycle (get, list, update, delete, clone) and its retries, against the stateful
mock of each vendor's spec (``voiceagents.testing``): its named faults and programmed replies.

Every test runs for every vendor that documents the operation (the registry says which), so a new
spec is covered as is. Idempotent operations are retried on 5xx, 429 and timeouts; a create or a
clone never after the request may have been processed. Retry waits are recorded, not slept
(jitter pinned: the backoff of retry ``n`` is ``0.5 * 2**n * 0.875``); the only real waits are
short read timeouts on a server told to be slow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from conftest import SLUGS
from support.answers import (
    answer_bodies,
    closed_port_url,
    id_param,
    json_reply,
    operation_spec,
    pin,
    request_body,
    sample_id,
    success_status,
)
from voiceagents import spec as vspec
from voiceagents._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InputError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnsupportedOperationError,
)
from voiceagents._http._client import AsyncClient, Client
from voiceagents.spec import OPERATION_IDS as NAMES
from voiceagents.spec import schema as spec_schema
from voiceagents.testing import MockServer, serve

KEY = "sk-life-NEVER-PRINT-8d7c6b5a"
CREATE = "createAssistant"
BACKOFF = [0.5 * 0.875, 1.0 * 0.875]
TIMEOUT = 0.2
SLOW = 1.0


def documenting(operation_id: str) -> list[str]:
    """Every vendor that documents the operation (the registry says which)."""
    return [s for s in SLUGS if operation_id in vspec.vendor(s).operations]


def undocumented() -> list[Any]:
    return [
        pytest.param(slug, op, id=f"{slug}-{op}")
        for slug in SLUGS
        for op in NAMES.values()
        if op not in vspec.vendor(slug).operations
    ]


@pytest.fixture
def mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    slug = request.node.callspec.params["slug"]
    with serve(slug, key=KEY) as running:
        yield running


def make(slug: str, url: str, **kwargs: Any) -> tuple[Client, list[float]]:
    c = Client(slug, api_key=KEY, base_url=url, **kwargs)
    return c, pin(c)


def seed(c: Client, slug: str, n: int = 1, mock: MockServer | None = None) -> list[Any]:
    """Create ``n`` assistants through the client; their ids (read from the mock's store when the
    vendor's create answer documents none)."""
    ids = []
    for _ in range(n):
        before = set(mock.assistants) if mock is not None else set()
        result = c.create_assistant(dict(request_body(slug, CREATE) or {}))
        if result.id is None and mock is not None:
            (new,) = set(mock.assistants) - before
            ids.append(new)
        else:
            assert result.id is not None, f"{slug}: the create answer has no id"
            ids.append(result.id)
    return ids


def update_body(slug: str) -> dict[str, Any]:
    body = request_body(slug, "updateAssistant")
    assert body, f"{slug}: no update case with a member to set"
    return body


def _stored(mock: MockServer, ident: Any) -> dict[str, Any]:
    return next(v for k, v in mock.assistants.items() if str(k) == str(ident))


# -- delete ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", documenting("deleteAssistant"))
def test_delete_retried_after_503_deletes_once(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    (ident, keep) = seed(c, slug, 2, mock=mock)
    mock.fault("deleteAssistant", "unavailable")
    result = c.delete_assistant(ident)
    assert mock.received["deleteAssistant"] == 2
    assert [str(k) for k in mock.assistants] == [str(keep)]  # the right one, once
    assert sleeps == BACKOFF[:1]
    assert 200 <= result.status_code < 300
    assert result.id == ident
    assert result.warnings == []


@pytest.mark.parametrize("slug", documenting("deleteAssistant"))
def test_delete_processed_then_500_is_retried_and_reported_deleted(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    (ident,) = seed(c, slug, mock=mock)
    mock.fault("deleteAssistant", "server_error")  # deletes it, then answers 500
    result = c.delete_assistant(ident)
    assert mock.count == 0
    assert mock.received["deleteAssistant"] == 2
    assert sleeps == BACKOFF[:1]
    assert result.status_code == 404  # the retry's answer
    assert result.id == ident
    assert result.raw is None
    assert any("already gone" in w for w in result.warnings), result.warnings


@pytest.mark.parametrize("slug", documenting("deleteAssistant"))
def test_delete_of_an_unknown_assistant_is_not_found(mock: MockServer, slug: str) -> None:
    """A 404 means "deleted" only on a retry: on the first attempt it is an error."""
    c, sleeps = make(slug, mock.url)
    seed(c, slug, mock=mock)
    with pytest.raises(NotFoundError) as info:
        c.delete_assistant(sample_id(slug, "deleteAssistant"))
    assert (mock.count, mock.received["deleteAssistant"], sleeps) == (1, 1, [])
    assert info.value.may_have_created is False


@pytest.mark.parametrize("slug", documenting("deleteAssistant"))
def test_delete_after_a_dropped_connection_is_retried(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    (ident,) = seed(c, slug, mock=mock)
    mock.fault("deleteAssistant", "drop_after")  # deleted, then the line drops
    result = c.delete_assistant(ident)
    assert (mock.count, mock.received["deleteAssistant"]) == (0, 2)
    assert result.status_code == 404
    assert len(sleeps) == 1


# -- update ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", documenting("updateAssistant"))
def test_update_after_a_timeout_is_retried_and_leaves_one_assistant(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url, timeout=TIMEOUT)
    (ident,) = seed(c, slug, mock=mock)
    body = update_body(slug)
    mock.fault("updateAssistant", "slow", delay=SLOW)  # applied, then answered too late
    result = c.update_assistant(ident, body)
    assert mock.received["updateAssistant"] == 2
    assert mock.count == 1
    assert sleeps == BACKOFF[:1]
    stored = _stored(mock, ident)
    assert {k: stored.get(k) for k in body} == body
    assert 200 <= result.status_code < 300


@pytest.mark.parametrize("slug", documenting("updateAssistant"))
@pytest.mark.parametrize("fault", ["unavailable", "server_error", "rate_limited", "drop_after"])
def test_update_is_retried_on_5xx_429_and_broken_connections(mock: MockServer, slug: str, fault: str) -> None:
    c, sleeps = make(slug, mock.url)
    (ident,) = seed(c, slug, mock=mock)
    mock.fault("updateAssistant", fault)
    c.update_assistant(ident, update_body(slug))
    assert (mock.count, mock.received["updateAssistant"]) == (1, 2)
    assert sleeps == ([1.0] if fault == "rate_limited" else BACKOFF[:1])


# -- get and list ----------------------------------------------------------------------------------

FAULTS = ["unavailable", "server_error", "rate_limited", "slow", "drop_before"]


def _expected_sleeps(fault: str) -> list[float]:
    return [1.0] if fault == "rate_limited" else BACKOFF[:1]  # the mock's Retry-After is 1 s


@pytest.mark.parametrize("slug", documenting("getAssistant"))
@pytest.mark.parametrize("fault", FAULTS)
def test_get_is_retried(mock: MockServer, slug: str, fault: str) -> None:
    c, sleeps = make(slug, mock.url, timeout=TIMEOUT)
    (ident,) = seed(c, slug, mock=mock)
    mock.fault("getAssistant", fault, delay=SLOW)
    result = c.get_assistant(ident)
    assert result.id == ident
    assert mock.received["getAssistant"] == 2
    assert sleeps == _expected_sleeps(fault)


@pytest.mark.parametrize("slug", documenting("listAssistants"))
@pytest.mark.parametrize("fault", FAULTS)
def test_list_is_retried(mock: MockServer, slug: str, fault: str) -> None:
    c, sleeps = make(slug, mock.url, timeout=TIMEOUT)
    ids = seed(c, slug, 2, mock=mock)
    mock.fault("listAssistants", fault, delay=SLOW)
    assert [r.id for r in c.list_assistants()] == ids
    assert mock.received["listAssistants"] == 2
    assert sleeps == _expected_sleeps(fault)


@pytest.mark.parametrize("slug", documenting("listAssistants"))
def test_list_gives_up_after_max_retries(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    mock.fault("listAssistants", "unavailable", times=3)
    with pytest.raises(InternalServerError) as info:
        list(c.list_assistants())
    assert info.value.status_code == 503
    assert info.value.may_have_created is False
    assert mock.received["listAssistants"] == 3
    assert sleeps == BACKOFF


@pytest.mark.parametrize("slug", documenting("listAssistants"))
def test_list_backoff_grows_and_honours_max_retries_per_call(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url, max_retries=4)
    mock.fault("listAssistants", "server_error", times=4)
    assert list(c.list_assistants()) == []
    assert sleeps == [0.5 * 0.875, 1.0 * 0.875, 2.0 * 0.875, 4.0 * 0.875]
    mock.fault("listAssistants", "server_error", times=1)
    with pytest.raises(InternalServerError):
        list(c.list_assistants(max_retries=0))


def _page_size_param(slug: str) -> tuple[str, dict[str, Any]] | None:
    _, _, item, op = operation_spec(slug, "listAssistants")
    paging = op.get("x-voiceagents-pagination")
    if not paging:
        return None
    spec = vspec.vendor(slug).spec.document
    for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = spec_schema.resolve(spec, param)
        if param.get("name") == paging["size"]:
            return str(paging["size"]), dict(spec_schema.resolve(spec, param.get("schema") or {}))
    raise LookupError(f"{slug}: no {paging['size']} parameter")


PAGINATED = [s for s in documenting("listAssistants") if _page_size_param(s) is not None]
ONE_PAGE = [s for s in documenting("listAssistants") if _page_size_param(s) is None]


@pytest.mark.parametrize("slug", PAGINATED)
def test_list_walks_every_page_lazily(mock: MockServer, slug: str) -> None:
    c, _ = make(slug, mock.url)
    ids = seed(c, slug, 5, mock=mock)
    pages = c.list_assistants(page_size=2)
    assert mock.received["listAssistants"] == 0  # nothing before iterating
    first = [next(pages), next(pages)]
    assert mock.received["listAssistants"] == 1  # page 2 is fetched only when reached
    third = next(pages)
    assert mock.received["listAssistants"] == 2
    rest = list(pages)
    assert [r.id for r in [*first, third, *rest]] == ids
    assert mock.received["listAssistants"] == 3  # the last page says it is the last
    size, _ = _page_size_param(slug) or ("", {})
    paging = _operations_pagination(slug)
    requests = [r for r in mock.requests if r.operation_id == "listAssistants"]
    if "cursor" in paging:  # the first page without a cursor, then each answer's cursor, never the same twice
        cursors = [r.query.get(paging["cursor"]) for r in requests]
        assert cursors[0] is None
        assert all(c and len(c) == 1 for c in cursors[1:]), cursors
        assert len({c[0] for c in cursors[1:] if c}) == 2, cursors
        assert [r.query.get(size) for r in requests] == [["2"]] * 3
    else:
        asked = [(r.query.get(paging["page"]), r.query.get(size)) for r in requests]
        assert asked == [(["1"], ["2"]), (["2"], ["2"]), (["3"], ["2"])]
    assert all(r.raw == _stored(mock, r.id) for r in [*first, third, *rest])


def _operations_pagination(slug: str) -> dict[str, Any]:
    return dict(operation_spec(slug, "listAssistants")[3]["x-voiceagents-pagination"])


@pytest.mark.parametrize("slug", PAGINATED)
def test_list_asks_for_the_largest_page_by_default(mock: MockServer, slug: str) -> None:
    c, _ = make(slug, mock.url)
    ids = seed(c, slug, 3, mock=mock)
    assert [r.id for r in c.list_assistants()] == ids
    size, schema = _page_size_param(slug) or ("", {})
    (request,) = [r for r in mock.requests if r.operation_id == "listAssistants"]
    largest = schema.get("maximum") or schema.get("default")
    if largest is None:  # the vendor states neither: its own page size applies
        assert size not in request.query
    else:
        assert request.query[size] == [str(largest)]


@pytest.mark.parametrize("slug", ONE_PAGE)
def test_unpaginated_list_is_one_request(mock: MockServer, slug: str) -> None:
    c, _ = make(slug, mock.url)
    ids = seed(c, slug, 3, mock=mock)
    assert [r.id for r in c.list_assistants(page_size=2)] == ids
    assert mock.received["listAssistants"] == 1


@pytest.mark.parametrize("slug", documenting("listAssistants"))
def test_empty_list(mock: MockServer, slug: str) -> None:
    c, _ = make(slug, mock.url)
    assert list(c.list_assistants()) == []
    assert mock.received["listAssistants"] == 1


# -- create and clone ------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("fault", ["slow", "server_error", "drop_after"])
def test_create_is_never_retried_after_the_request_may_have_been_processed(
    mock: MockServer, slug: str, fault: str
) -> None:
    c, sleeps = make(slug, mock.url, timeout=TIMEOUT)
    mock.fault(CREATE, fault, delay=SLOW)
    with pytest.raises(APIError) as info:
        c.create_assistant(request_body(slug, CREATE) or {})
    assert (mock.count, mock.received[CREATE], sleeps) == (1, 1, [])  # it exists: once
    assert info.value.may_have_created is True
    assert "may have been created" in str(info.value)
    assert info.value.operation == CREATE
    assert isinstance(info.value, {"slow": APITimeoutError, "server_error": InternalServerError}.get(fault, APIError))


@pytest.mark.parametrize("slug", SLUGS)
def test_create_dropped_before_processing_is_not_retried_either(mock: MockServer, slug: str) -> None:
    """A closed connection does not say whether the work was done: no retry, "may exist"."""
    c, sleeps = make(slug, mock.url)
    mock.fault(CREATE, "drop_before")
    with pytest.raises(APIConnectionError) as info:
        c.create_assistant(request_body(slug, CREATE) or {})
    assert (mock.count, mock.received[CREATE], sleeps) == (0, 1, [])
    assert info.value.may_have_created is True


@pytest.mark.parametrize("slug", SLUGS)
def test_create_is_retried_after_429(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    mock.fault(CREATE, "rate_limited", retry_after="2")
    result = c.create_assistant(request_body(slug, CREATE) or {})
    assert (mock.count, mock.received[CREATE], sleeps) == (1, 2, [2.0])
    assert result.id in (None, *mock.assistants)  # None where the vendor documents no id


@pytest.mark.parametrize("slug", SLUGS)
def test_create_is_retried_after_a_refused_connection(slug: str) -> None:
    c, sleeps = make(slug, closed_port_url())
    with pytest.raises(APIConnectionError) as info:
        c.create_assistant(request_body(slug, CREATE) or {})
    assert sleeps == BACKOFF
    assert info.value.may_have_created is False


@pytest.mark.parametrize("slug", SLUGS)
def test_create_429_retries_run_out(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    mock.fault(CREATE, "rate_limited", times=3, retry_after="0")
    with pytest.raises(RateLimitError) as info:
        c.create_assistant(request_body(slug, CREATE) or {})
    assert (mock.count, mock.received[CREATE], sleeps) == (0, 3, [0.0, 0.0])
    assert info.value.may_have_created is False


@pytest.mark.parametrize("slug", documenting("cloneAssistant"))
@pytest.mark.parametrize("fault", ["slow", "server_error"])
def test_clone_is_never_retried_after_the_request_may_have_been_processed(
    mock: MockServer, slug: str, fault: str
) -> None:
    c, sleeps = make(slug, mock.url, timeout=TIMEOUT)
    (ident,) = seed(c, slug, mock=mock)
    mock.fault("cloneAssistant", fault, delay=SLOW)
    with pytest.raises(APIError) as info:
        c.clone_assistant(ident)
    assert (mock.count, mock.received["cloneAssistant"], sleeps) == (2, 1, [])  # the original and one copy
    assert info.value.may_have_created is True
    assert info.value.operation == "cloneAssistant"


@pytest.mark.parametrize("slug", documenting("cloneAssistant"))
def test_clone_is_retried_after_429(mock: MockServer, slug: str) -> None:
    c, sleeps = make(slug, mock.url)
    (ident,) = seed(c, slug, mock=mock)
    mock.fault("cloneAssistant", "rate_limited")
    result = c.clone_assistant(ident)
    assert (mock.count, mock.received["cloneAssistant"], sleeps) == (2, 2, [1.0])
    assert result.id not in (None, ident)


@pytest.mark.parametrize("slug", documenting("cloneAssistant"))
def test_clone_retry_class_with_programmed_replies(mock: MockServer, slug: str) -> None:
    """Like a create, on a server that answers as told: 500 after the work is final, 429 is retried."""
    c, sleeps = make(slug, mock.url)
    (ident,) = seed(c, slug, mock=mock)
    mock.program("cloneAssistant", [json_reply(500, {"message": "Server Error"}, creates=True)])
    with pytest.raises(InternalServerError) as info:
        c.clone_assistant(ident)
    assert (mock.received["cloneAssistant"], mock.count, sleeps, info.value.may_have_created) == (1, 2, [], True)
    assert mock.created == 2  # the seed, and the clone the server made before answering 500
    body = answer_bodies(slug, "cloneAssistant")[0][1]
    limited = json_reply(429, {"message": "slow down"}, {"Retry-After": "1"})
    mock.reset()
    (ident,) = seed(c, slug, mock=mock)
    mock.program("cloneAssistant", [limited, json_reply(success_status(slug, "cloneAssistant"), body, creates=True)])
    assert c.clone_assistant(ident).raw == body
    assert (mock.received["cloneAssistant"], mock.count, sleeps) == (2, 2, [1.0])
    assert mock.created == 2  # the seed and one clone


# -- what is not documented, and ids -------------------------------------------------------------


class Recorder:
    """A MockTransport handler that records each request and answers ``status`` with ``{}``."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json={})


def _invoke(c: Any, op: str, ident: Any, body: dict[str, Any]) -> Any:
    if op == "listAssistants":
        return list(c.list_assistants())
    if op == "updateAssistant":
        return c.update_assistant(ident, body)
    method = {
        "getAssistant": "get_assistant",
        "deleteAssistant": "delete_assistant",
        "cloneAssistant": "clone_assistant",
    }
    return getattr(c, method[op])(ident)


@pytest.mark.parametrize(("slug", "op"), undocumented())
def test_undocumented_operation_raises_and_sends_nothing(slug: str, op: str) -> None:
    recorder = Recorder()
    requests = recorder.requests
    c = Client(slug, api_key=KEY, transport=httpx.MockTransport(recorder))
    with pytest.raises(UnsupportedOperationError) as info:
        _invoke(c, op, "anything", {"name": "x"})
    assert requests == []
    assert (info.value.vendor, info.value.operation) == (slug, op)
    assert "Nothing was sent" in str(info.value)
    assert all(documented in str(info.value) for documented in vspec.vendor(slug).operations)
    assert isinstance(info.value, InputError)


@pytest.mark.parametrize("slug", sorted({p.values[0] for p in undocumented()}))
def test_undocumented_operation_async(slug: str) -> None:
    missing = [op for op in NAMES.values() if op not in vspec.vendor(slug).operations]

    async def attempt(c: AsyncClient, op: str) -> Any:
        if op == "listAssistants":
            return [r async for r in c.list_assistants()]
        if op == "updateAssistant":
            return await c.update_assistant("x", {})
        name = {"getAssistant": "get", "deleteAssistant": "delete", "cloneAssistant": "clone"}[op]
        return await getattr(c, f"{name}_assistant")("x")

    async def go() -> list[str]:
        refused = []
        async with AsyncClient(slug, api_key=KEY, base_url=closed_port_url()) as c:
            for op in missing:
                try:
                    await attempt(c, op)
                except UnsupportedOperationError as exc:  # not a connection error: nothing was tried
                    refused.append(exc.operation)
        return refused

    assert asyncio.run(go()) == missing


def _id_ops() -> list[Any]:
    out = []
    for slug in SLUGS:
        for op in vspec.vendor(slug).operations:
            if id_param(slug, op) is not None:
                out.append(pytest.param(slug, op, id=f"{slug}-{op}"))
    return out


@pytest.mark.parametrize(("slug", "op"), _id_ops())
def test_the_id_goes_in_the_path(slug: str, op: str) -> None:
    recorder = Recorder(success_status(slug, op))
    requests = recorder.requests
    transport = httpx.MockTransport(recorder)
    c = Client(slug, api_key=KEY, base_url="https://vendor.test", transport=transport)
    ident = sample_id(slug, op)
    _invoke(c, op, ident, request_body(slug, op) or {})
    template, method, _, _ = operation_spec(slug, op)
    name = str((id_param(slug, op) or {})["name"])
    assert (requests[0].method, requests[0].url.raw_path.decode().split("?")[0]) == (
        method,
        template.replace("{" + name + "}", quote(str(ident), safe="")),
    )


def _id_type(slug: str, op: str) -> str | None:
    schema = (id_param(slug, op) or {}).get("schema") or {}
    return str(spec_schema.resolve(vspec.vendor(slug).spec.document, schema).get("type")) if schema else None


def _integer_id_ops() -> list[Any]:
    return [p for p in _id_ops() if _id_type(*p.values) == "integer"]


@pytest.mark.parametrize(("slug", "op"), _integer_id_ops())
def test_integer_ids_are_coerced_and_checked(slug: str, op: str) -> None:
    recorder = Recorder(success_status(slug, op))
    requests = recorder.requests
    transport = httpx.MockTransport(recorder)
    c = Client(slug, api_key=KEY, base_url="https://vendor.test", transport=transport)
    body = request_body(slug, op) or {}
    for given in ("789", " 789 ", 789):
        _invoke(c, op, given, body)
    assert {r.url.path.rstrip("/").rsplit("/", 1)[-1] for r in requests} == {"789"}
    for wrong in ("seven", "7.5", "-7", "", True, "789; DROP"):
        with pytest.raises(InputError, match="integers"):
            _invoke(c, op, wrong, body)
    assert len(requests) == 3


@pytest.mark.parametrize(
    "slug", [s for s in documenting("updateAssistant") if _id_type(s, "updateAssistant") == "integer"]
)
def test_integer_ids_from_strings_reach_the_mock(mock: MockServer, slug: str) -> None:
    c, _ = make(slug, mock.url)
    (ident,) = seed(c, slug, mock=mock)
    assert isinstance(ident, int)
    c.update_assistant(str(ident), update_body(slug))
    c.delete_assistant(f" {ident} ")
    assert mock.count == 0


@pytest.mark.parametrize(("slug", "op"), _id_ops())
def test_an_empty_id_is_refused(slug: str, op: str) -> None:
    recorder = Recorder()
    requests = recorder.requests
    c = Client(slug, api_key=KEY, transport=httpx.MockTransport(recorder))
    with pytest.raises(InputError):
        _invoke(c, op, "  ", request_body(slug, op) or {})
    assert requests == []


# -- the async client ------------------------------------------------------------------------------


def amake(slug: str, url: str, **kwargs: Any) -> tuple[AsyncClient, list[float]]:
    c = AsyncClient(slug, api_key=KEY, base_url=url, **kwargs)
    return c, pin(c)


@pytest.mark.parametrize("slug", documenting("deleteAssistant"))
def test_async_delete_after_503_and_after_500(mock: MockServer, slug: str) -> None:
    async def go() -> tuple[Any, Any, list[float]]:
        c, sleeps = amake(slug, mock.url)
        async with c:
            a = (await c.create_assistant(request_body(slug, CREATE) or {})).id
            b = (await c.create_assistant(request_body(slug, CREATE) or {})).id
            mock.fault("deleteAssistant", "unavailable")
            first = await c.delete_assistant(a)
            mock.fault("deleteAssistant", "server_error")
            second = await c.delete_assistant(b)
        return first, second, sleeps

    first, second, sleeps = asyncio.run(go())
    assert mock.count == 0
    assert mock.received["deleteAssistant"] == 4
    assert (200 <= first.status_code < 300, second.status_code) == (True, 404)
    assert sleeps == [BACKOFF[0], BACKOFF[0]]


@pytest.mark.parametrize("slug", documenting("updateAssistant"))
def test_async_update_after_a_timeout(mock: MockServer, slug: str) -> None:
    async def go() -> list[float]:
        (ident,) = seed(make(slug, mock.url)[0], slug, mock=mock)
        c, sleeps = amake(slug, mock.url, timeout=TIMEOUT)
        async with c:
            mock.fault("updateAssistant", "slow", delay=SLOW)
            await c.update_assistant(ident, update_body(slug))
        return sleeps

    assert asyncio.run(go()) == BACKOFF[:1]
    assert (mock.count, mock.received["updateAssistant"]) == (1, 2)


@pytest.mark.parametrize("slug", SLUGS)
def test_async_create_429_then_timeout(mock: MockServer, slug: str) -> None:
    async def go() -> tuple[list[float], BaseException]:
        c, sleeps = amake(slug, mock.url, timeout=TIMEOUT)
        async with c:
            mock.fault(CREATE, "rate_limited")
            await c.create_assistant(request_body(slug, CREATE) or {})
            mock.fault(CREATE, "slow", delay=SLOW)
            try:
                await c.create_assistant(request_body(slug, CREATE) or {})
            except APITimeoutError as exc:
                return sleeps, exc
        raise AssertionError("no timeout")

    sleeps, error = asyncio.run(go())
    assert sleeps == [1.0]
    assert (mock.count, mock.received[CREATE]) == (2, 3)
    assert getattr(error, "may_have_created", False) is True


@pytest.mark.parametrize("slug", PAGINATED)
def test_async_list_walks_pages_lazily(mock: MockServer, slug: str) -> None:
    ids = seed(make(slug, mock.url)[0], slug, 3, mock=mock)

    async def go() -> list[Any]:
        c, _ = amake(slug, mock.url)
        async with c:
            pages = c.list_assistants(page_size=2)
            seen = [await anext(pages), await anext(pages)]
            assert mock.received["listAssistants"] == 1
            mock.fault("listAssistants", "unavailable")  # page 2 needs a retry
            seen += [r async for r in pages]
            return seen

    assert [r.id for r in asyncio.run(go())] == ids
    assert mock.received["listAssistants"] == 3


@pytest.mark.parametrize("slug", documenting("getAssistant"))
def test_async_get(mock: MockServer, slug: str) -> None:
    ident = seed(make(slug, mock.url)[0], slug, mock=mock)[0]

    async def go() -> Any:
        c, _ = amake(slug, mock.url)
        async with c:
            mock.fault("getAssistant", "server_error")
            return await c.get_assistant(ident)

    assert asyncio.run(go()).id == ident
    assert mock.received["getAssistant"] == 2
