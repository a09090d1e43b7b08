"""A hostile or broken vendor, and an unlucky user: each class of defence of the client runtime.

1. ids are data, never path syntax (typed by a user or read from an answer);
2. credentials never leave the origin they were given for, and no exception attribute holds one;
3. every answer is bounded (size, decompressed size, nesting, digits, the call's deadline);
4. every listing ends (repeated pages and cursors, growing pages, a page cap, duplicates merged);
6. an empty value given explicitly is an error, not a fallback.

These run on ``httpx.MockTransport`` (the client's own logic); the same classes against real
loopback servers that misbehave on purpose are in the end-to-end tests.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from conftest import SLUGS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.answers import answer_bodies, request_body, success_status
from voiceagents import spec as vspec
from voiceagents._exceptions import (
    APIError,
    APIPaginationError,
    APIResponseLimitError,
    APIStatusError,
    APITimeoutError,
    InputError,
    MissingCredentialsError,
)
from voiceagents._http import AnswerLimits
from voiceagents._http._client import Client, async_client, client

KEY = "sk-hostile/NEVER+PRINT-9f8e7d"
BASE = "https://vendor.test/api"
NASTY_IDS = [
    "",
    " ",
    ".",
    "..",
    " .. ",
    "a/b",
    "../x",
    "a?b=1",
    "a#frag",
    "a\\b",
    "%2F",
    "%2f",
    "%3F",
    "%23",
    "%5C",
    "%2e",
    "%2E%2e",
    ".%2e",
    "%252F",
    "%252e%252e",
    "x\n",
    "x\r\nHost: evil",
    "x\x00",
    "x\x7f",
    "x\u0085",
]
ID_OPERATIONS = [
    (slug, op.operation_id)
    for slug in SLUGS
    for op in vspec.vendor(slug).spec.operations.values()
    if op.id_param is not None and op.id_param.type != "integer"
]


class Recorder:
    """A MockTransport handler: records every request, answers with ``answer(request)``."""

    def __init__(self, answer: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is None:
            return httpx.Response(200, json={})
        response: httpx.Response = self.answer(request)
        return response


def made(slug: str, handler: Any, **kwargs: Any) -> Client:
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("base_url", BASE)
    made_client = client(slug, transport=httpx.MockTransport(handler), **kwargs)
    made_client._sleep = lambda seconds: None
    return made_client


def call(api: Client, operation_id: str, assistant_id: Any) -> Any:
    slug = api.vendor
    if operation_id == "updateAssistant":
        body = request_body(slug, operation_id) or {}
        return api.update_assistant(assistant_id, body)
    method = {"getAssistant": api.get_assistant, "deleteAssistant": api.delete_assistant}
    method["cloneAssistant"] = api.clone_assistant
    return method[operation_id](assistant_id)


def secret_free(error: BaseException, *secrets: str) -> None:
    """No secret in any attribute of ``error`` or of what it chains to, in any form shown."""
    seen: list[str] = []
    node: BaseException | None = error
    while node is not None:
        seen += [str(node), repr(node), repr(vars(node)), repr(node.args)]
        request = getattr(node, "_request", None)
        if isinstance(request, httpx.Request):
            seen += [str(request.url), repr(dict(request.headers)), request.content.decode("utf-8", "replace")]
        node = node.__cause__ or node.__context__
    text = "\n".join(seen)
    for secret in secrets:
        assert secret not in text, f"{secret!r} shown in {type(error).__name__}"


# --------------------------------------------------------------------------- 1. ids are data


@pytest.mark.parametrize("nasty", NASTY_IDS)
@pytest.mark.parametrize(("slug", "operation_id"), ID_OPERATIONS)
def test_an_id_that_is_path_syntax_is_refused_before_sending(slug: str, operation_id: str, nasty: str) -> None:
    recorder = Recorder()
    with made(slug, recorder) as api, pytest.raises(InputError, match="assistant id"):
        call(api, operation_id, nasty)
    assert recorder.requests == []


INTEGER_ID_OPERATIONS = [
    (slug, op.operation_id)
    for slug in SLUGS
    for op in vspec.vendor(slug).spec.operations.values()
    if op.id_param is not None and op.id_param.type == "integer"
]


@pytest.mark.parametrize(("slug", "operation_id"), INTEGER_ID_OPERATIONS)
def test_integer_ids_refuse_path_syntax_too(slug: str, operation_id: str) -> None:
    recorder = Recorder()
    with made(slug, recorder) as api:
        for nasty in ("..", "1/2", "%2F", "1\n2", "-1", "1e3", ""):
            with pytest.raises(InputError, match="integers"):
                call(api, operation_id, nasty)
    assert recorder.requests == []


_ID_TEXT = st.lists(
    st.sampled_from([*"aZ09-_.~%/?#\\:@!$&'()*+,;= \t\n\x00\x7fé€", "%2F", "%2e", "%25", ".."]), max_size=8
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(assistant_id=_ID_TEXT)
def test_no_operation_of_any_vendor_sends_a_request_outside_its_path_template(assistant_id: str) -> None:
    """For every operation of every vendor that takes an id, any id is either refused before
    sending, or sent as exactly one path segment that decodes back to the id."""
    for slug, operation_id in ID_OPERATIONS:
        op = vspec.operation(slug, operation_id)
        recorder = Recorder(lambda request: httpx.Response(404, json={"message": "no"}))
        with made(slug, recorder, max_retries=0) as api:
            try:
                call(api, operation_id, assistant_id)
            except InputError:
                assert recorder.requests == []
                continue
            except APIStatusError:
                pass
        (request,) = recorder.requests
        path = request.url.raw_path.decode("ascii").split("?")[0]
        prefix = httpx.URL(BASE).raw_path.decode("ascii").rstrip("/")
        assert path.startswith(prefix)
        match = op.pattern.match(path[len(prefix) :])
        assert match is not None, f"{slug} {operation_id}: {path} is outside {op.path}"
        assert unquote(match.group(len(op.path_params))) == assistant_id.strip()


@pytest.mark.parametrize("nasty", ["..", "../other", "a/b", "%2e%2e", ""])
def test_an_id_read_from_an_answer_is_ignored_when_it_is_path_syntax(nasty: str, caplog: Any) -> None:
    slug = "revox"
    listed = {"assistants": [{"id": nasty, "name": "A"}, {"id": "asst_ok", "name": "B"}]}
    with made(slug, Recorder(lambda request: httpx.Response(200, json=listed))) as api:
        items = list(api.list_assistants())
    assert [item.id for item in items] == [None, "asst_ok"]
    created = answer_bodies(slug, "createAssistant")[0][1]
    created["assistant"]["id"] = nasty
    status = success_status(slug, "createAssistant")
    with made(slug, Recorder(lambda request: httpx.Response(status, json=created))) as api:
        result = api.create_assistant(request_body(slug, "createAssistant") or {})
    assert result.id is None
    assert any("cannot be used" in w for w in result.warnings)


# --------------------------------------------------------------------------- 2. credentials stay home


@pytest.mark.parametrize("slug", ["callhq", "revox", "insighto"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_is_never_followed_whatever_client_is_brought(slug: str, status: int) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "vendor.test":
            return httpx.Response(status, headers={"Location": "http://evil.test/steal"})
        return httpx.Response(201, json={"id": "stolen"})

    mine = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with client(slug, api_key=KEY, base_url=BASE, http_client=mine) as api, pytest.raises(APIStatusError) as info:
        api.create_assistant(request_body(slug, "createAssistant") or {})
    assert [r.url.host for r in seen] == ["vendor.test"]
    assert info.value.status_code == status
    secret_free(info.value, KEY)


@pytest.mark.parametrize("slug", ["callhq", "revox", "insighto"])
def test_a_same_origin_307_is_followed_with_the_key(slug: str) -> None:
    seen: list[httpx.Request] = []
    status = success_status(slug, "createAssistant")
    answer = answer_bodies(slug, "createAssistant")[0][1]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if not request.url.path.endswith("/moved"):
            return httpx.Response(307, headers={"Location": f"{BASE}/moved"})
        return httpx.Response(status, json=answer)

    with made(slug, handler) as api:
        api.create_assistant(request_body(slug, "createAssistant") or {})
    assert len(seen) == 2
    location, name, _ = vspec.vendor(slug).auth
    second = seen[1]
    carried = second.url.params.get(name) if location == "query" else second.headers.get(name, "")
    assert KEY in str(carried)
    assert second.content == seen[0].content


@pytest.mark.parametrize("key", ["sk-line\nbreak", "sk-cr\rlf", "sk-nul\x00", "sk-tab\tkey"])
def test_a_key_with_a_control_character_is_refused_without_being_shown(key: str) -> None:
    with pytest.raises(InputError) as info:
        client("revox", api_key=key, base_url=BASE)
    assert key.strip() not in str(info.value)
    assert "control character" in str(info.value)


@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_password_in_the_base_url_is_refused_and_never_shown(source: str, monkeypatch: Any) -> None:
    url = "http://admin:hunter2-NEVER@vendor.test/api"
    if source == "environment":
        monkeypatch.setenv("REVOX_BASE_URL", url)
        with pytest.raises(InputError) as info:
            client("revox", api_key=KEY)
    else:
        with pytest.raises(InputError) as info:
            client("revox", api_key=KEY, base_url=url)
    secret_free(info.value, "hunter2-NEVER")
    assert "credentials" in str(info.value)


def _echo_forms(key: str) -> dict[str, str]:
    import base64

    return {
        "plain": key,
        "json_slash": json.dumps(key)[1:-1].replace("/", "\\/"),
        "unicode": "".join(f"\\u{ord(c):04x}" for c in key),
        "url": httpx.QueryParams({"k": key}).__str__().removeprefix("k="),
        "base64": base64.b64encode(key.encode()).decode(),
    }


@pytest.mark.parametrize("form", ["plain", "json_slash", "url", "base64"])
@pytest.mark.parametrize("status", [401, 404, 422, 500])
def test_an_error_answer_that_echoes_the_key_keeps_it_in_no_attribute(form: str, status: int) -> None:
    echoed = _echo_forms(KEY)[form]
    body = '{"message": "bad key ' + echoed + '", "detail": {"token": "' + echoed + '"}}'
    headers = {
        "Location": f"https://vendor.test/api?api_key={echoed}",
        "WWW-Authenticate": f'Bearer realm="api", error="invalid_token", token="{echoed}"',
        "X-Request-Id": f"req-{echoed}",
        "Content-Type": "application/json",
    }
    with (
        made("revox", lambda request: httpx.Response(status, content=body.encode(), headers=headers)) as api,
        pytest.raises(APIStatusError) as info,
    ):
        api.get_assistant("asst_1")
    error = info.value
    secret_free(error, KEY, *_echo_forms(KEY).values())
    assert error.status_code == status
    assert "bad key" in json.dumps(error.body)


def test_an_answer_that_echoes_the_key_in_json_unicode_escapes_is_scrubbed() -> None:
    body = '{"message": "bad key ' + _echo_forms(KEY)["unicode"] + '"}'
    with (
        made("revox", lambda request: httpx.Response(401, content=body.encode())) as api,
        pytest.raises(APIStatusError) as info,
    ):
        api.get_assistant("asst_1")
    secret_free(info.value, KEY)


def test_a_connection_error_chains_no_request_holding_the_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"refused by {request.url}", request=request)

    for slug in ("revox", "insighto", "callhq"):
        with (
            made(slug, handler, max_retries=0) as api,
            pytest.raises(APIError, match="refused") as info,
        ):
            api.create_assistant(request_body(slug, "createAssistant") or {})
        assert isinstance(info.value.__cause__, httpx.ConnectError)
        secret_free(info.value, KEY)


def test_the_client_repr_shows_no_secret() -> None:
    with made("insighto", Recorder()) as api:
        assert KEY not in repr(api)
        assert KEY not in str(vars(api).get("_auth"))


# --------------------------------------------------------------------------- 3. bounded answers


def _stream(chunks: Iterator[bytes]) -> httpx.SyncByteStream:
    class Stream(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from chunks

    return Stream()


def test_a_content_length_over_the_limit_is_refused_before_reading() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(1000):
            pulled.append(i)
            yield b" " * 1024

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(500 << 20)}, stream=_stream(chunks()))

    with (
        made("revox", handler, limits=AnswerLimits(max_bytes=1 << 20)) as api,
        pytest.raises(APIResponseLimitError) as info,
    ):
        api.get_assistant("asst_1")
    assert info.value.limit == "max_bytes"
    assert pulled == []


@pytest.mark.parametrize("operation", ["createAssistant", "getAssistant"])
def test_an_endless_answer_stops_at_the_limit_in_bounded_memory(operation: str) -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(500):  # 500 MiB if it were all read
            pulled.append(i)
            yield b"[" + b"0," * ((1 << 20) // 2 - 1) + b"0]"

    with made("revox", lambda request: httpx.Response(200, stream=_stream(chunks()))) as api:
        tracemalloc.start()
        try:
            body = request_body("revox", operation) or {}
            call_it = (lambda: api.create_assistant(body)) if operation == "createAssistant" else None
            with pytest.raises(APIResponseLimitError) as info:
                call_it() if call_it else api.get_assistant("asst_1")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert len(pulled) <= 17
    assert peak < 64 << 20
    assert info.value.may_have_created == (operation == "createAssistant")
    assert "may have been created" in str(info.value) or operation != "createAssistant"


def test_a_gzip_bomb_stops_at_the_decompressed_limit() -> None:
    bomb = gzip.compress(b"\0" * (256 << 20), compresslevel=9)  # 256 MiB of zeros in ~250 KiB
    assert len(bomb) < 1 << 20

    def handler(request: httpx.Request) -> httpx.Response:  # streamed in 64 KiB pieces, as a socket would
        pieces = (bomb[i : i + (64 << 10)] for i in range(0, len(bomb), 64 << 10))
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=_stream(pieces))

    tracemalloc.start()
    try:
        with (
            made("revox", handler, limits=AnswerLimits(max_bytes=4 << 20)) as api,
            pytest.raises(APIResponseLimitError) as info,
        ):
            api.get_assistant("asst_1")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "decompressed" in str(info.value)
    assert peak < 48 << 20


def test_only_the_head_of_a_large_error_body_is_kept_and_it_is_not_retried_as_a_download() -> None:
    pulled: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(200):
            pulled.append(i)
            yield b"x" * (1 << 20)

    with (
        made("revox", lambda request: httpx.Response(500, stream=_stream(chunks())), max_retries=2) as api,
        pytest.raises(APIStatusError) as info,
    ):
        api.get_assistant("asst_1")
    assert len(info.value.body) == 64 << 10
    assert len(pulled) <= 3 * 2  # each of the three attempts stops after its first chunk


@pytest.mark.parametrize(
    ("payload", "limit"),
    [
        ("[" * 500 + "]" * 500, "max_depth"),
        ('{"assistant": {"id": "asst_1", "n": ' + "9" * 5000 + "}}", "max_digits"),
        ('{"assistant": {"id": "asst_1", "n": ' + "9" * 101 + "}}", "max_digits"),
    ],
)
def test_deep_or_huge_numbers_are_a_typed_error_saying_a_create_may_exist(payload: str, limit: str) -> None:
    status = success_status("revox", "createAssistant")
    with (
        made("revox", lambda request: httpx.Response(status, content=payload.encode())) as api,
        pytest.raises(APIResponseLimitError) as info,
    ):
        api.create_assistant(request_body("revox", "createAssistant") or {})
    assert info.value.limit == limit
    assert info.value.may_have_created
    assert "may have been created" in str(info.value)


def test_nan_and_infinity_in_an_answer_are_kept_and_printed_as_valid_json() -> None:
    from voiceagents.cli._common import dumps

    body = b'{"id": "asst_1", "name": "A", "background_sound_volume": NaN, "x": [Infinity, -Infinity]}'
    with made("revox", lambda request: httpx.Response(200, content=body)) as api:
        result = api.get_assistant("asst_1")
    assert result.id == "asst_1"
    printed = dumps(result.raw)
    assert json.loads(printed, parse_constant=lambda c: pytest.fail(f"{c} printed")) is not None


def test_a_slow_drip_answer_ends_at_the_deadline() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"id": "asst_1", "name": "'
        while True:
            time.sleep(0.05)
            yield b"a"

    with made("revox", lambda request: httpx.Response(200, stream=_stream(chunks())), deadline=0.6) as api:
        start = time.monotonic()
        with pytest.raises(APITimeoutError, match="deadline"):
            api.get_assistant("asst_1")
    assert time.monotonic() - start < 3


def test_the_async_client_reads_within_the_same_limits() -> None:
    class AsyncStream(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            for _ in range(100):
                yield b"[" + b"0," * ((1 << 20) // 2 - 1) + b"0]"

    async def go() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=AsyncStream()))
        async with async_client(
            "revox", api_key=KEY, base_url=BASE, transport=transport, limits=AnswerLimits(max_bytes=1 << 20)
        ) as api:
            with pytest.raises(APIResponseLimitError):
                await api.get_assistant("asst_1")

    asyncio.run(go())


# --------------------------------------------------------------------------- 4. listings end


def _page_style_list(slug: str) -> bool:
    op = vspec.vendor(slug).spec.operations.get("listAssistants")
    return op is not None and op.pagination is not None and op.pagination.style == "page"


PAGED = [s for s in SLUGS if _page_style_list(s)]


def _listed(slug: str, ids: list[Any], **extra: Any) -> dict[str, Any]:
    op = vspec.operation(slug, "listAssistants")
    items = [{**{"name": f"n{i}"}, "id": i} for i in ids]
    body: dict[str, Any] = {}
    where = (op.pointer("items") or "").strip("/").split("/")
    node = body
    for part in where[:-1]:
        node = node.setdefault(part, {})
    node[where[-1]] = items
    if op.pagination and op.pagination.last_page:
        last = op.pagination.last_page.strip("/").split("/")
        node = body
        for part in last[:-1]:
            node = node.setdefault(part, {})
        node[last[-1]] = extra.get("last_page", 10**6)
    return body


@pytest.mark.parametrize("slug", PAGED)
def test_the_same_page_forever_stops_with_a_clear_error(slug: str) -> None:
    size = vspec.operation(slug, "listAssistants").pagination.size_param.schema["maximum"]  # type: ignore[union-attr]
    page = _listed(slug, list(range(1, size + 1)))
    recorder = Recorder(lambda request: httpx.Response(200, json=page))
    with made(slug, recorder) as api:
        seen: list[Any] = []
        with pytest.raises(APIPaginationError, match="does not advance"):
            seen.extend(item.id for item in api.list_assistants())
    assert len(recorder.requests) == 2
    assert len(seen) == size


@pytest.mark.parametrize("slug", PAGED)
def test_growing_pages_stop_at_the_page_cap_and_duplicates_are_merged(slug: str) -> None:
    size = vspec.operation(slug, "listAssistants").pagination.size_param.schema["maximum"]  # type: ignore[union-attr]

    def growing(request: httpx.Request) -> httpx.Response:
        page = len(recorder.requests)
        return httpx.Response(200, json=_listed(slug, list(range(1, page * size + 1))))

    recorder = Recorder(growing)
    with made(slug, recorder, limits=AnswerLimits(max_pages=5)) as api:
        seen: list[Any] = []
        with pytest.raises(APIPaginationError, match="more than 5 pages"):
            seen.extend(item.id for item in api.list_assistants())
    assert len(recorder.requests) == 5
    assert seen == list(range(1, 5 * size + 1))  # every assistant once, in order


def test_a_repeated_cursor_stops_with_a_clear_error() -> None:
    document = json.loads(json.dumps(vspec.vendor("revox").spec.document))
    list_op = document["paths"]["/assistants"]["get"]
    list_op["parameters"] = [
        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 2}},
    ]
    list_op["x-voiceagents-pagination"] = {"cursor": "cursor", "size": "limit", "next": "/next", "has_more": "/more"}
    op = vspec.VendorSpec.from_document(document, slug="revox").operation("listAssistants")
    from voiceagents._http._pages import Pager
    from voiceagents._http._response import Result

    def results(ids: list[str]) -> list[Result]:
        return [
            Result(
                vendor="revox",
                operation="listAssistants",
                id=i,
                raw={},
                http_response=httpx.Response(200),
                parse=lambda: (None, []),
            )
            for i in ids
        ]

    pager = Pager(op, None, 100)
    assert pager.params() == {"limit": 2}
    assert [r.id for r in pager.take(results(["a", "b"]))] == ["a", "b"]
    assert pager.advance({"next": "b", "more": True}, 2)
    assert pager.params() == {"cursor": "b", "limit": 2}
    assert [r.id for r in pager.take(results(["b", "c"]))] == ["c"]  # b listed twice: once
    assert pager.advance({"next": "c", "more": True}, 2)
    pager.take(results(["d"]))
    with pytest.raises(APIPaginationError, match="cursor already followed"):
        pager.advance({"next": "c", "more": True}, 1)
    assert not Pager(op, None, 100).advance({"next": "x", "more": False}, 2)


def test_a_listing_shares_one_deadline_across_its_pages() -> None:
    slug = PAGED[0]
    size = vspec.operation(slug, "listAssistants").pagination.size_param.schema["maximum"]  # type: ignore[union-attr]

    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.25)
        page = len(recorder.requests)
        return httpx.Response(200, json=_listed(slug, list(range(page * size, (page + 1) * size))))

    recorder = Recorder(slow)
    with made(slug, recorder, deadline=0.7) as api:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            for _ in api.list_assistants():
                pass
    assert time.monotonic() - start < 2.5
    assert len(recorder.requests) <= 4


# --------------------------------------------------------------------------- 6. empty is not a fallback


def test_an_empty_key_or_base_url_given_explicitly_is_an_error(monkeypatch: Any) -> None:
    monkeypatch.setenv("REVOX_API_KEY", "from-the-environment")
    monkeypatch.setenv("REVOX_BASE_URL", "https://elsewhere.test")
    with pytest.raises(MissingCredentialsError, match="api_key given is empty"):
        client("revox", api_key="")
    with pytest.raises(InputError, match="base URL from base_url is empty"):
        client("revox", base_url="")
    monkeypatch.setenv("REVOX_BASE_URL", "")
    with pytest.raises(InputError, match="REVOX_BASE_URL is empty"):
        client("revox")
