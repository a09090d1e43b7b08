"""Fault injection against a real HTTP server on 127.0.0.1 (``support.faulty_server``).

Every scenario runs for every vendor, through the sync and the async client, and checks what the
server counted: no scenario creates a duplicate. Retry waits are recorded instead of slept; the
only real waiting is the slow-response scenario's short read timeout.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import load_cases
from support.faulty_server import (
    UNKNOWN_VALUES,
    FaultyServer,
    closed_port_url,
    expected_field_errors,
    scenario,
    success_body,
    success_status,
)
from voiceagents import _vendors
from voiceagents._client import AsyncClient, Client
from voiceagents._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    UnprocessableEntityError,
)
from voiceagents._response import CreateResult, find_id

KEY = "sk-fault-NEVER-PRINT-1a2b3c4d"
SLUGS = _vendors.SLUGS
SLOW_TIMEOUT = 0.1
MARGIN = 0.75


def valid_body(slug: str) -> dict[str, Any]:
    """The first seed example of the vendor (a fresh copy)."""
    body: dict[str, Any] = load_cases(slug)["valid"][0]["body"]
    return body


@pytest.fixture(scope="module")
def server() -> Iterator[FaultyServer]:
    with FaultyServer() as running:
        yield running


@pytest.fixture(autouse=True)
def _never_a_duplicate(server: FaultyServer) -> Iterator[None]:
    yield
    assert server.created <= 1, f"{server.created} assistants created by one call"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Caller:
    """Runs one create through the sync or the async client, recording the retry waits."""

    def __init__(self, mode: str, slug: str, base_url: str, **kwargs: Any) -> None:
        self.mode = mode
        self.slug = slug
        self.base_url = base_url
        self.kwargs = {"api_key": KEY, **kwargs}
        self.sleeps: list[float] = []

    def create(self, body: dict[str, Any], **options: Any) -> CreateResult:
        if self.mode == "sync":
            with Client(self.slug, base_url=self.base_url, **self.kwargs) as c:
                c._sleep = self.sleeps.append
                return c.create_assistant(body, **options)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        async def go() -> CreateResult:
            async with AsyncClient(self.slug, base_url=self.base_url, **self.kwargs) as c:
                c._sleep = sleep
                return await c.create_assistant(body, **options)

        return asyncio.run(go())


def _no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text


def _dig(model: Any, path: str) -> Any:
    for part in path.split("."):
        value = getattr(model, part, None)
        model = value if value is not None else model[part]
    return model


@pytest.mark.parametrize("slug", SLUGS)
def test_created(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("created", slug))
    result = Caller(mode, slug, server.url).create(valid_body(slug))
    assert (server.received, server.created) == (1, 1)
    assert result.status_code == success_status(slug)
    assert result.id == find_id(success_body(slug))
    assert result.id is not None
    assert result.headers["x-request-id"] == "req_ok"
    request = server.requests[0]
    location, name, prefix = _vendors.get(slug).auth
    if location == "query":
        assert request.query[name] == [KEY]
        assert "authorization" not in request.headers
    else:
        assert request.headers[name.lower()] == (f"{prefix} {KEY}" if prefix else KEY)


@pytest.mark.parametrize("slug", SLUGS)
def test_rate_limited_then_created_once(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("rate_limited_then_created", slug))
    caller = Caller(mode, slug, server.url)
    result = caller.create(valid_body(slug))
    assert result.id is not None
    assert (server.received, server.created) == (2, 1)
    assert caller.sleeps == [1.0]  # the server's Retry-After


@pytest.mark.parametrize("slug", SLUGS)
def test_connection_refused_is_retried_then_raised(mode: str, slug: str) -> None:
    caller = Caller(mode, slug, closed_port_url(), max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        caller.create(valid_body(slug))
    assert type(info.value) is APIConnectionError
    assert info.value.may_have_created is False
    assert len(caller.sleeps) == 2
    assert all(0 < s <= 8.0 for s in caller.sleeps)
    assert "after 3 attempts" in str(info.value)


@pytest.mark.parametrize("slug", SLUGS)
def test_slow_response_times_out_without_retry(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("slow", slug))
    caller = Caller(mode, slug, server.url)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as info:
        caller.create(valid_body(slug), timeout=SLOW_TIMEOUT)
    elapsed = time.monotonic() - started
    assert elapsed < SLOW_TIMEOUT + MARGIN
    assert info.value.may_have_created is True
    assert "may have been created" in str(info.value)
    assert (server.received, server.created, caller.sleeps) == (1, 1, [])


@pytest.mark.parametrize("slug", SLUGS)
def test_server_error_is_not_retried(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("server_error", slug))
    caller = Caller(mode, slug, server.url)
    with pytest.raises(InternalServerError) as info:
        caller.create(valid_body(slug))
    assert (server.received, server.created, caller.sleeps) == (1, 1, [])
    error = info.value
    assert (error.status_code, error.body, error.request_id) == (500, {"message": "Server Error"}, "req_500")
    assert error.may_have_created is True


@pytest.mark.parametrize("slug", SLUGS)
def test_malformed_json_keeps_the_raw_body(server: FaultyServer, mode: str, slug: str) -> None:
    replies = scenario("malformed_json", slug)
    server.program(slug, KEY, replies)
    with pytest.raises(APIResponseValidationError) as info:
        Caller(mode, slug, server.url).create(valid_body(slug))
    assert info.value.raw_body == replies[0].body
    assert info.value.status_code == success_status(slug)
    assert "not valid JSON" in str(info.value)
    assert (server.received, server.created) == (1, 1)


@pytest.mark.parametrize("slug", SLUGS)
def test_unprocessable_carries_field_errors(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("unprocessable", slug))
    with pytest.raises(UnprocessableEntityError) as info:
        Caller(mode, slug, server.url).create(valid_body(slug))
    assert info.value.field_errors == expected_field_errors(slug)
    assert info.value.may_have_created is False
    assert (server.received, server.created) == (1, 0)


@pytest.mark.parametrize("slug", SLUGS)
def test_wrong_key_is_an_authentication_error(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("created", slug))
    wrong = "sk-wrong-" + KEY[9:][::-1]
    caller = Caller(mode, slug, server.url, api_key=wrong)
    with pytest.raises(AuthenticationError) as info:
        caller.create(valid_body(slug))
    assert info.value.status_code == 401
    assert info.value.body == {"message": "Unauthenticated."}
    assert (server.received, server.created, caller.sleeps) == (0, 0, [])
    assert len(server.requests) == 1
    assert wrong not in str(info.value)


@pytest.mark.parametrize("slug", SLUGS)
def test_unknown_fields_and_enum_values_parse(server: FaultyServer, mode: str, slug: str) -> None:
    server.program(slug, KEY, scenario("unknown_values", slug))
    result = Caller(mode, slug, server.url).create(valid_body(slug))
    path, value = UNKNOWN_VALUES[slug]
    assert _dig(result.response, path) == value
    assert result.response.additional_properties["brand_new_field"] == [1, 2, 3]
    assert result.response.to_dict()["brand_new_field"] == [1, 2, 3]
    assert (server.received, server.created) == (1, 1)


def test_no_key_in_any_output(
    server: FaultyServer, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    for slug in SLUGS:
        for name in ("rate_limited_then_created", "server_error", "unprocessable"):
            server.program(slug, KEY, scenario(name, slug))
            for mode in ("sync", "async"):
                try:
                    Caller(mode, slug, server.url).create(valid_body(slug))
                except Exception as exc:
                    _no_key(str(exc), repr(exc))
    out, err = capsys.readouterr()
    _no_key(out, err, caplog.text, *(r.getMessage() for r in caplog.records))
