"""Unit tests of the client runtime with ``httpx.MockTransport``: auth, timeouts, retries, errors,
parsing and redaction. Nothing here sleeps for real or opens a socket."""

from __future__ import annotations

import asyncio
import copy
import email.utils
import json
import logging
import traceback
from typing import Any

import httpx
import pytest
from conftest import load_cases
from voiceagents import _logs, _vendors
from voiceagents._client import DEFAULT, AsyncClient, Client, async_client, client
from voiceagents._constants import DEFAULT_TIMEOUT
from voiceagents._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InputError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnknownVendorError,
    UnprocessableEntityError,
    ValidationError,
    VoiceagentsError,
)
from voiceagents._response import CreateResult, field_errors, find_id
from voiceagents._retries import RetryPolicy, parse_retry_after

KEY = "sk-test-NEVER-PRINT-9f8e7d6c"
SLUGS = _vendors.SLUGS
BASE = "https://vendor.test/api"


def _spec_example(slug: str) -> dict[str, Any]:
    responses = next(iter(_vendors.get(slug).spec["paths"].values()))["post"]["responses"]
    success = next(r for code, r in responses.items() if code.startswith("2"))
    example = next(iter(success["content"]["application/json"]["examples"].values()))
    return copy.deepcopy(dict(example["value"]))


REVOX_OK = _spec_example("revox")


def valid_body(slug: str) -> dict[str, Any]:
    """The first seed example of the vendor (a fresh copy)."""
    body: dict[str, Any] = load_cases(slug)["valid"][0]["body"]
    return body


def success_status(slug: str) -> int:
    codes = list(next(iter(_vendors.get(slug).spec["paths"].values()))["post"]["responses"])
    code = next(c for c in codes if c.startswith("2"))
    return 201 if code == "2XX" else int(code)


def success_json(slug: str) -> dict[str, Any]:
    """The spec's success example (CallHQ documents no body: one with an id)."""
    if slug == "callhq":
        return {"id": "asst_c1", "name": "Test Assistant"}
    return _spec_example(slug)


class Script:
    """A MockTransport handler answering with the given steps in order (the last one repeats).

    A step is an ``httpx.Response``, an exception class from httpx (raised with the request), or a
    callable taking the request."""

    def __init__(self, *steps: Any) -> None:
        self.steps = list(steps) or [httpx.Response(200, json=REVOX_OK)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps[min(len(self.requests) - 1, len(self.steps) - 1)]
        if isinstance(step, type) and issubclass(step, httpx.RequestError):
            raise step("injected failure", request=request)
        if isinstance(step, httpx.Response):
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        result: httpx.Response = step(request)
        return result

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make(slug: str = "revox", script: Script | None = None, **kwargs: Any) -> tuple[Client, Script, Sleeps]:
    script = script or Script()
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("base_url", BASE)
    c = client(slug, transport=script.transport, **kwargs)
    sleeps = Sleeps()
    c._sleep = sleeps
    c._retry = RetryPolicy(max_retries=c.max_retries, jitter=lambda: 0.5)
    return c, script, sleeps


def make_async(
    slug: str = "revox", script: Script | None = None, **kwargs: Any
) -> tuple[AsyncClient, Script, AsyncSleeps]:
    script = script or Script()
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("base_url", BASE)
    c = async_client(slug, transport=script.transport, **kwargs)
    sleeps = AsyncSleeps()
    c._sleep = sleeps
    return c, script, sleeps


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for slug in SLUGS:
        vendor = _vendors.get(slug)
        monkeypatch.delenv(vendor.api_key_env, raising=False)
        monkeypatch.delenv(vendor.base_url_env, raising=False)
    monkeypatch.delenv("VOICEAGENTS_LOG", raising=False)


# -- configuration ---------------------------------------------------------------------------------


def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVOX_API_KEY", KEY)
    monkeypatch.setenv("REVOX_BASE_URL", "https://env.test/root/")
    script = Script()
    with client("revox", transport=script.transport) as c:
        assert c.base_url == "https://env.test/root"
        c.create_assistant(valid_body("revox"))
    request = script.requests[0]
    assert str(request.url) == "https://env.test/root/assistants"
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_env_var_names_follow_the_slug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTOCALLS_V1_API_KEY", KEY)
    monkeypatch.setenv("AUTOCALLS_V1_BASE_URL", "https://white.label/api")
    script = Script(httpx.Response(201, json=success_json("autocalls_v1")))
    c = client("autocalls_v1", transport=script.transport)
    assert c.create_assistant(valid_body("autocalls_v1")).id == 3579
    assert str(script.requests[0].url) == "https://white.label/api/user/assistant"


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVOX_API_KEY", "sk-from-env-xxxx")
    monkeypatch.setenv("REVOX_BASE_URL", "https://env.test")
    c, script, _ = make()
    c.create_assistant(valid_body("revox"))
    assert script.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert str(script.requests[0].url).startswith(BASE)


def test_default_base_url_is_the_spec_server() -> None:
    c = client("revox", api_key=KEY)
    assert c.base_url == "https://www.getrevox.com/api"
    assert client("autocalls_v1", api_key=KEY).base_url == "https://app.autocalls.ai/api"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_key_names_the_env_var(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is not None:
        monkeypatch.setenv("AUTOCALLS_V1_API_KEY", value)
    with pytest.raises(MissingCredentialsError, match="AUTOCALLS_V1_API_KEY") as info:
        client("autocalls_v1")
    assert isinstance(info.value, InputError)


def test_unknown_vendor_and_bad_base_url() -> None:
    with pytest.raises(UnknownVendorError):
        client("nope", api_key=KEY)
    with pytest.raises(InputError, match="http"):
        client("revox", api_key=KEY, base_url="www.getrevox.com")


def test_http_client_and_transport_are_exclusive() -> None:
    with httpx.Client() as http, pytest.raises(TypeError, match="not both"):
        client("revox", api_key=KEY, http_client=http, transport=httpx.MockTransport(Script()))
    with pytest.raises(TypeError, match="AsyncClient"):
        async_client("revox", api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


# -- authentication ------------------------------------------------------------------------------

EXPECTED_AUTH = {
    "callhq": ("header", "x-api-key", KEY),
    "autocalls_v1": ("header", "authorization", f"Bearer {KEY}"),
    "revox": ("header", "authorization", f"Bearer {KEY}"),
    "insighto": ("query", "api_key", KEY),
    "autocalls": ("header", "authorization", f"Bearer {KEY}"),
}


def _assert_auth(slug: str, request: httpx.Request) -> None:
    location, name, value = EXPECTED_AUTH[slug]
    if location == "query":
        assert request.url.params.get_list(name) == [value]
        assert "authorization" not in request.headers
    else:
        assert request.headers[name] == value
        assert "api_key" not in request.url.params


@pytest.mark.parametrize("slug", SLUGS)
def test_auth_per_vendor(slug: str) -> None:
    script = Script(httpx.Response(success_status(slug), json=success_json(slug)))
    c, script, _ = make(slug, script)
    result = c.create_assistant(valid_body(slug))
    request = script.requests[0]
    _assert_auth(slug, request)
    assert request.method == "POST"
    assert request.url.path == "/api" + next(iter(_vendors.get(slug).spec["paths"]))
    assert json.loads(request.content) == valid_body(slug)
    assert isinstance(result, CreateResult)
    assert result.id == find_id(success_json(slug))
    assert result.id is not None


@pytest.mark.parametrize("slug", SLUGS)
def test_auth_per_vendor_async(slug: str) -> None:
    script = Script(httpx.Response(success_status(slug), json=success_json(slug)))
    c, script, _ = make_async(slug, script)

    async def go() -> CreateResult:
        async with c:
            return await c.create_assistant(valid_body(slug))

    result = run(go())
    _assert_auth(slug, script.requests[0])
    assert result.id is not None


@pytest.mark.parametrize("slug", ["revox", "insighto", "callhq"])
def test_bring_your_own_client_authenticates_and_is_not_mutated(slug: str) -> None:
    script = Script(httpx.Response(success_status(slug), json=success_json(slug)))
    http = httpx.Client(
        transport=script.transport, headers={"X-Proxy-Tag": "corp"}, params={"trace": "1"}, timeout=12.0
    )
    before = (dict(http.headers), str(http.params), http.auth, http.timeout, http.base_url)
    c = client(slug, api_key=KEY, base_url=BASE, http_client=http)
    assert c.timeout == httpx.Timeout(12.0)  # the client's own timeout is kept
    with c:
        c.create_assistant(valid_body(slug))
    request = script.requests[0]
    _assert_auth(slug, request)
    assert request.headers["x-proxy-tag"] == "corp"
    assert request.url.params["trace"] == "1"
    assert (dict(http.headers), str(http.params), http.auth, http.timeout, http.base_url) == before
    assert not http.is_closed  # not ours to close
    http.close()


def test_bring_your_own_async_client() -> None:
    script = Script(httpx.Response(201, json=success_json("insighto")))
    http = httpx.AsyncClient(transport=script.transport)
    c = async_client("insighto", api_key=KEY, base_url=BASE, http_client=http)
    assert c.timeout == DEFAULT_TIMEOUT  # httpx's implicit 5 s default is not "a timeout of its own"

    async def go() -> None:
        async with c:
            await c.create_assistant(valid_body("insighto"))
        assert not http.is_closed
        await http.aclose()

    run(go())
    _assert_auth("insighto", script.requests[0])
    assert http.auth is None


def test_own_client_is_closed_on_exit() -> None:
    c, _, _ = make()
    with c:
        pass
    assert c._http.is_closed
    a, _, _ = make_async()

    async def go() -> None:
        async with a:
            pass

    run(go())
    assert a._http.is_closed


# -- timeouts -------------------------------------------------------------------------------------


def _timeouts(script: Script) -> list[dict[str, float | None]]:
    return [r.extensions["timeout"] for r in script.requests]


def test_default_timeout_reaches_httpx() -> None:
    c, script, _ = make()
    assert c.timeout == httpx.Timeout(60.0, connect=5.0)
    c.create_assistant(valid_body("revox"))
    assert _timeouts(script) == [{"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}]


def test_timeout_per_client_and_per_call() -> None:
    c, script, _ = make(timeout=7.5)
    c.create_assistant(valid_body("revox"))
    c.create_assistant(valid_body("revox"), timeout=httpx.Timeout(3.0, connect=1.0))
    c.create_assistant(valid_body("revox"), timeout=None)
    c.create_assistant(valid_body("revox"), timeout=DEFAULT)
    assert _timeouts(script) == [
        {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5},
        {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0},
        {"connect": None, "read": None, "write": None, "pool": None},
        {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5},
    ]
    none, script2, _ = make(timeout=None)
    none.create_assistant(valid_body("revox"))
    assert _timeouts(script2) == [{"connect": None, "read": None, "write": None, "pool": None}]


def test_timeout_per_call_async() -> None:
    c, script, _ = make_async()
    run(c.create_assistant(valid_body("revox"), timeout=2.0))
    assert _timeouts(script) == [{"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}]


# -- retries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ConnectTimeout, APITimeoutError),
        (httpx.PoolTimeout, APITimeoutError),
    ],
)
def test_nothing_sent_is_retried_then_raised(error: type[Exception], raised: type[APIError]) -> None:
    c, script, sleeps = make(script=Script(error))
    with pytest.raises(raised) as info:
        c.create_assistant(valid_body("revox"))
    assert type(info.value) is raised
    assert len(script.requests) == 3  # first attempt + max_retries=2
    assert sleeps == [0.5 * 0.875, 1.0 * 0.875]  # capped exponential, jitter pinned to 0.5
    assert info.value.may_have_created is False
    assert "after 3 attempts" in str(info.value)


def test_connect_error_then_success() -> None:
    c, script, sleeps = make(script=Script(httpx.ConnectError, httpx.Response(200, json=REVOX_OK)))
    assert c.create_assistant(valid_body("revox")).id == "asst_3b9d1c"
    assert len(script.requests) == 2
    assert len(sleeps) == 1


def test_max_retries_per_client_and_per_call() -> None:
    c, script, sleeps = make(script=Script(httpx.ConnectError), max_retries=5)
    with pytest.raises(APIConnectionError):
        c.create_assistant(valid_body("revox"), max_retries=0)
    assert (len(script.requests), sleeps) == (1, [])
    with pytest.raises(APIConnectionError):
        c.create_assistant(valid_body("revox"))
    assert len(script.requests) == 1 + 6
    assert max(sleeps) <= 8.0
    with pytest.raises(ValueError, match="max_retries"):
        client("revox", api_key=KEY, max_retries=-1)


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ReadError, APIConnectionError),
        (httpx.WriteError, APIConnectionError),
    ],
)
def test_maybe_sent_is_never_retried(error: type[Exception], raised: type[APIError]) -> None:
    c, script, sleeps = make(script=Script(error))
    with pytest.raises(raised) as info:
        c.create_assistant(valid_body("revox"))
    assert type(info.value) is raised
    assert (len(script.requests), sleeps) == (1, [])
    assert info.value.may_have_created is True
    assert "may have been created" in str(info.value)
    assert isinstance(info.value.__cause__, error)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_never_retried(status: int) -> None:
    answer = httpx.Response(status, json={"message": "boom"}, headers={"Retry-After": "1"})
    c, script, sleeps = make(script=Script(answer))
    with pytest.raises(InternalServerError) as info:
        c.create_assistant(valid_body("revox"))
    assert (len(script.requests), sleeps) == (1, [])
    assert info.value.may_have_created is True
    assert info.value.status_code == status


def test_429_honours_retry_after_seconds() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "2"}, json={"message": "slow down"})
    c, script, sleeps = make(script=Script(limited, httpx.Response(200, json=REVOX_OK)))
    assert c.create_assistant(valid_body("revox")).id == "asst_3b9d1c"
    assert len(script.requests) == 2
    assert sleeps == [2.0]


def test_429_honours_retry_after_ms_and_http_date() -> None:
    in_ms = httpx.Response(429, headers={"retry-after-ms": "150", "Retry-After": "9"})
    c, _, sleeps = make(script=Script(in_ms, httpx.Response(200, json=REVOX_OK)))
    c.create_assistant(valid_body("revox"))
    assert sleeps == [0.15]
    when = email.utils.format_datetime(email.utils.localtime().replace(microsecond=0), usegmt=False)
    dated = httpx.Response(429, headers={"Retry-After": when})
    c, _, sleeps = make(script=Script(dated, httpx.Response(200, json=REVOX_OK)))
    c.create_assistant(valid_body("revox"))
    assert len(sleeps) == 1
    assert 0.0 <= sleeps[0] <= 1.0


def test_429_without_retry_after_backs_off_then_raises() -> None:
    c, script, sleeps = make(script=Script(httpx.Response(429, json={"message": "Too Many Attempts."})))
    with pytest.raises(RateLimitError) as info:
        c.create_assistant(valid_body("revox"))
    assert len(script.requests) == 3
    assert sleeps == [0.5 * 0.875, 1.0 * 0.875]
    assert info.value.may_have_created is False
    assert info.value.status_code == 429
    assert "no retries left" in str(info.value)


def test_429_beyond_the_cap_is_not_retried() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "120"})
    c, script, sleeps = make(script=Script(limited, httpx.Response(200, json=REVOX_OK)))
    with pytest.raises(RateLimitError, match="exceeds the 60 s cap"):
        c.create_assistant(valid_body("revox"))
    assert (len(script.requests), sleeps) == (1, [])


def test_async_retries() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "0.25"})
    c, script, sleeps = make_async(script=Script(httpx.ConnectError, limited, httpx.Response(200, json=REVOX_OK)))
    assert run(c.create_assistant(valid_body("revox"))).id == "asst_3b9d1c"
    assert len(script.requests) == 3
    assert sleeps[1] == 0.25
    assert 0.375 <= sleeps[0] <= 0.5


@pytest.mark.parametrize(
    ("error", "raised", "attempts", "created"),
    [
        (httpx.ConnectError, APIConnectionError, 3, False),
        (httpx.ReadTimeout, APITimeoutError, 1, True),
        (httpx.RemoteProtocolError, APIConnectionError, 1, True),
    ],
)
def test_async_transport_errors(error: type[Exception], raised: type[APIError], attempts: int, created: bool) -> None:
    c, script, _ = make_async(script=Script(error))
    with pytest.raises(raised) as info:
        run(c.create_assistant(valid_body("revox")))
    assert type(info.value) is raised
    assert len(script.requests) == attempts
    assert info.value.may_have_created is created


def test_async_500_not_retried() -> None:
    c, script, sleeps = make_async(script=Script(httpx.Response(500, text="Internal Server Error")))
    with pytest.raises(InternalServerError) as info:
        run(c.create_assistant(valid_body("revox")))
    assert (len(script.requests), sleeps) == (1, [])
    assert info.value.body == "Internal Server Error"


def test_real_sleep_is_the_default() -> None:
    steps = (httpx.Response(429, headers={"retry-after-ms": "5"}), httpx.Response(200, json=REVOX_OK))
    script = Script(*steps)
    c = client("revox", api_key=KEY, transport=script.transport)
    assert c.create_assistant(valid_body("revox")).id == "asst_3b9d1c"
    ascript = Script(*steps)
    a = async_client("revox", api_key=KEY, transport=ascript.transport)
    assert run(a.create_assistant(valid_body("revox"))).id == "asst_3b9d1c"
    assert (len(script.requests), len(ascript.requests)) == (2, 2)


def test_backoff_is_capped_exponential_with_jitter() -> None:
    low = RetryPolicy(jitter=lambda: 0.0)
    high = RetryPolicy(jitter=lambda: 0.999999)
    assert [low.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert all(0.75 * low.backoff(n) <= high.backoff(n) < low.backoff(n) for n in range(6))
    real = RetryPolicy()
    samples = {real.backoff(3) for _ in range(50)}
    assert len(samples) > 1  # jittered
    assert all(3.0 <= s <= 4.0 for s in samples)
    assert all(real.backoff(n) <= 8.0 for n in range(30))


def test_parse_retry_after() -> None:
    def parse(**headers: str) -> float | None:
        return parse_retry_after(httpx.Headers(headers), now=1_000_000.0)

    assert parse() is None
    assert parse(retry_after="3") is None  # underscores are not the header name
    h = httpx.Headers
    assert parse_retry_after(h({"Retry-After": "3"})) == 3.0
    assert parse_retry_after(h({"Retry-After": "1.5"})) == 1.5
    assert parse_retry_after(h({"Retry-After": "-4"})) == 0.0
    assert parse_retry_after(h({"Retry-After": "soon"})) is None
    assert parse_retry_after(h({"Retry-After": "nan"})) is None
    assert parse_retry_after(h({"retry-after-ms": "250"})) == 0.25
    assert parse_retry_after(h({"retry-after-ms": "x", "Retry-After": "2"})) == 2.0
    date = email.utils.formatdate(1_000_030.0, usegmt=True)
    assert parse_retry_after(h({"Retry-After": date}), now=1_000_000.0) == 30.0
    assert parse_retry_after(h({"Retry-After": date}), now=1_000_100.0) == 0.0


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "exc_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (410, APIStatusError),
    ],
)
def test_status_mapping(status: int, exc_type: type[APIStatusError]) -> None:
    body = {"message": f"nope {status}", "code": "E1"}
    answer = httpx.Response(status, json=body, headers={"x-request-id": "req_42"})
    c, _, _ = make(script=Script(answer), max_retries=0)
    with pytest.raises(APIStatusError) as info:
        c.create_assistant(valid_body("revox"))
    error = info.value
    assert type(error) is exc_type
    assert isinstance(error, VoiceagentsError)
    assert (error.vendor, error.status_code, error.body, error.request_id) == ("revox", status, body, "req_42")
    assert error.headers["x-request-id"] == "req_42"
    assert f"nope {status}" in str(error)
    assert "req_42" in str(error)
    assert error.may_have_created is (status >= 500)


def test_error_body_text_and_request_id_variants() -> None:
    answer = httpx.Response(403, text="<html>Forbidden</html>", headers={"request-id": "abc"})
    c, _, _ = make(script=Script(answer))
    with pytest.raises(PermissionDeniedError) as info:
        c.create_assistant(valid_body("revox"))
    assert info.value.body == "<html>Forbidden</html>"
    assert info.value.request_id == "abc"
    c, _, _ = make(script=Script(httpx.Response(404)))
    with pytest.raises(NotFoundError) as info2:
        c.create_assistant(valid_body("revox"))
    assert info2.value.request_id is None
    assert info2.value.body == ""


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        (  # Laravel / autocalls
            {"message": "The given data was invalid.", "errors": {"name": ["required"], "voice_id": "bad"}},
            {},
            {"name": ["required"], "voice_id": ["bad"]},
        ),
        (  # FastAPI / insighto
            {"detail": [{"loc": ["body", "voice", "speed"], "msg": "too fast", "type": "x"}]},
            {},
            {"voice.speed": ["too fast"]},
        ),
        (  # Prism problem+json
            {
                "title": "Invalid request",
                "detail": "Your request is not valid",
                "validation": [
                    {"location": ["body"], "code": "required", "message": "must have required property 'name'"},
                    {"location": ["body", "voice", "speed"], "code": "maximum", "message": "must be <= 1.2"},
                ],
            },
            {},
            {"": ["must have required property 'name'"], "voice.speed": ["must be <= 1.2"]},
        ),
        (  # Prism with a spec 422 example: the real reasons are in sl-violations
            {"detail": [{"loc": ["string"], "msg": "string"}]},
            {"sl-violations": json.dumps([{"location": ["request", "body", "name"], "message": "too long"}])},
            {"string": ["string"], "name": ["too long"]},
        ),
        (  # list of {field, message} and JSON pointers
            {"errors": [{"field": "/voice/speed", "message": "m1"}, {"path": "name", "message": "m2"}, "plain"]},
            {},
            {"voice.speed": ["m1"], "name": ["m2"], "": ["plain"]},
        ),
        ("not json", {}, {}),
        ({"message": "nothing per field"}, {}, {}),
    ],
)
def test_field_errors_shapes(body: Any, headers: dict[str, str], expected: dict[str, list[str]]) -> None:
    assert field_errors(body, headers) == expected


def test_422_carries_field_errors() -> None:
    body = {"message": "The given data was invalid.", "errors": {"assistant_name": ["The name is required."]}}
    c, script, _ = make("autocalls_v1", Script(httpx.Response(422, json=body)))
    with pytest.raises(UnprocessableEntityError) as info:
        c.create_assistant(valid_body("autocalls_v1"))
    assert info.value.field_errors == {"assistant_name": ["The name is required."]}
    assert "assistant_name: The name is required." in str(info.value)
    assert info.value.may_have_created is False
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "content",
    [b"<html>oops</html>", b"", b'{"assistant": {"id": "a"', b"[]", b'{"no_assistant": {}}'],
)
def test_malformed_success_body(content: bytes) -> None:
    c, script, _ = make(script=Script(httpx.Response(200, content=content)))
    with pytest.raises(APIResponseValidationError) as info:
        c.create_assistant(valid_body("revox"))
    assert info.value.raw_body == content
    assert info.value.status_code == 200
    assert info.value.may_have_created is True
    assert "raw body" in str(info.value)
    assert len(script.requests) == 1


def test_malformed_success_body_async() -> None:
    c, _, _ = make_async("autocalls", Script(httpx.Response(201, content=b"{not json")))
    with pytest.raises(APIResponseValidationError) as info:
        run(c.create_assistant(valid_body("autocalls")))
    assert info.value.raw_body == b"{not json"


def test_unknown_fields_and_enum_values_parse() -> None:
    body = success_json("revox")
    body["assistant"]["voice"]["provider"] = "brand-new-tts"
    body["assistant"]["first_sentence_mode"] = "whisper"
    body["assistant"]["brand_new"] = {"x": 1}
    body["top_level_new"] = True
    c, _, _ = make(script=Script(httpx.Response(200, json=body)))
    result = c.create_assistant(valid_body("revox"))
    assistant = result.response.assistant
    assert assistant.voice.provider == "brand-new-tts"
    assert assistant.first_sentence_mode == "whisper"
    assert assistant.additional_properties["brand_new"] == {"x": 1}
    assert result.response.additional_properties["top_level_new"] is True
    assert (result.id, result.vendor, result.status_code) == ("asst_3b9d1c", "revox", 200)


def test_undocumented_2xx_uses_the_success_schema() -> None:
    c, _, _ = make(script=Script(httpx.Response(201, json=success_json("revox"))))
    result = c.create_assistant(valid_body("revox"))
    assert result.status_code == 201
    assert result.response.assistant.id == "asst_3b9d1c"


def test_result_gives_raw_access() -> None:
    answer = httpx.Response(201, json=success_json("autocalls"), headers={"x-request-id": "r9"})
    c, _, _ = make("autocalls", Script(answer))
    result = c.create_assistant(valid_body("autocalls"))
    assert result.id == 789
    assert result.headers["x-request-id"] == "r9"
    assert result.http_response.status_code == 201
    assert result.response.data.id == 789
    assert result.conversion is None
    assert "http_response" not in repr(result)


def test_find_id() -> None:
    assert find_id({"id": "top", "data": {"id": 2}}) == "top"
    assert find_id({"meta": {"id": "m"}, "data": {"id": 2}}) == 2  # envelopes first
    assert find_id({"meta": {}, "thing": {"id": "t"}}) == "t"
    assert find_id({"data": {"nested": {"id": 3}}}) is None  # depth 3 is too deep
    assert find_id({"id": True}) is None
    assert find_id([{"id": 1}]) is None


# -- validation before sending ---------------------------------------------------------------------


def test_invalid_dict_is_rejected_before_any_request() -> None:
    c, script, _ = make()
    body = valid_body("revox")
    del body["name"]
    with pytest.raises(ValidationError) as info:
        c.create_assistant(body)
    assert script.requests == []
    assert info.value.errors[0].path == "/name"


def test_invalid_vendor_model_is_rejected_before_any_request() -> None:
    model = _vendors.get("revox").module("models").CreateAssistantRequest
    body = {**valid_body("revox"), "name": 42}  # the generated model does not check types
    c, script, _ = make()
    with pytest.raises(ValidationError, match="/name"):
        c.create_assistant(model.from_dict(body))
    assert script.requests == []
    a, ascript, _ = make_async()
    with pytest.raises(ValidationError):
        run(a.create_assistant({"name": 42}))
    assert ascript.requests == []


def test_vendor_model_is_sent_as_its_to_dict() -> None:
    model = _vendors.get("callhq").module("models").CreateAssistantRequest
    request = model.from_dict(valid_body("callhq"))
    c, script, _ = make("callhq", Script(httpx.Response(201, json={"id": "c1"})))
    assert c.create_assistant(request).id == "c1"
    assert json.loads(script.requests[0].content) == request.to_dict()


def test_another_vendors_model_is_a_type_error() -> None:
    model = _vendors.get("revox").module("models").CreateAssistantRequest
    c, script, _ = make("autocalls")
    with pytest.raises(TypeError, match=r"voiceagents_autocalls\.models\.CreateAssistantRequest"):
        c.create_assistant(model.from_dict(valid_body("revox")))
    assert script.requests == []


# -- secrets ---------------------------------------------------------------------------------------


def _no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text
        assert KEY[8:] not in text


def test_repr_hides_the_key() -> None:
    for slug in SLUGS:
        c, _, _ = make(slug)
        _no_key(repr(c), str(vars(c)), repr(c._auth))
        assert "revox" in repr(make()[0])


def test_exceptions_hide_the_key_even_if_the_vendor_echoes_it() -> None:
    echo = httpx.Response(401, json={"message": f"invalid key {KEY}", "key": KEY})
    c, _, _ = make("insighto", Script(echo))
    with pytest.raises(AuthenticationError) as info:
        c.create_assistant(valid_body("insighto"))
    error = info.value
    _no_key(str(error), repr(error), str(error.body), "".join(traceback.format_exception(error)))
    assert "invalid key <redacted>" in str(error)

    c, _, _ = make("insighto", Script(httpx.ReadTimeout))
    with pytest.raises(APITimeoutError) as info2:
        c.create_assistant(valid_body("insighto"))
    _no_key(str(info2.value), "".join(traceback.format_exception(info2.value)))


def test_debug_log_redacts_headers_and_query(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    limited = httpx.Response(429, headers={"Retry-After": "0"})
    for slug in ("insighto", "callhq", "revox"):
        script = Script(limited, httpx.Response(success_status(slug), json=success_json(slug)))
        c, _, _ = make(slug, script)
        c.create_assistant(valid_body(slug))
    text = caplog.text + "".join(str(r.args) + r.getMessage() for r in caplog.records)
    _no_key(text)
    assert "api_key=<redacted>" in text  # insighto's query
    assert "'x-api-key': '<redacted>'" in text  # callhq's header
    assert "'authorization': '<redacted>'" in text  # revox
    assert "retrying insighto create (retry 1 of 2) in 0.000 s: 429 rate limited; Retry-After 0 s" in text
    # httpx's own INFO line shows the full URL: the filter on the httpx logger redacts it too
    assert "HTTP Request: POST https://vendor.test/api/api/v1/assistant?api_key=<redacted>" in text


def test_voiceagents_log_env_sends_redacted_debug_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("voiceagents")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setenv("VOICEAGENTS_LOG", "debug")
    monkeypatch.setattr(_logs, "_setup_done", False)
    try:
        c, _, _ = make("insighto", Script(httpx.ConnectError, httpx.Response(201, json=success_json("insighto"))))
        c.create_assistant(valid_body("insighto"))
        c2, _, _ = make("revox", Script(httpx.ReadTimeout))
        with pytest.raises(APITimeoutError):
            c2.create_assistant(valid_body("revox"))
    finally:
        for handler in logger.handlers:
            if handler not in handlers:
                logger.removeHandler(handler)
        logger.setLevel(level)
    out, err = capsys.readouterr()
    _no_key(out, err)
    assert "request: POST https://vendor.test/api/api/v1/assistant?api_key=<redacted>" in err
    assert "retrying insighto create (retry 1 of 2)" in err
    assert "ConnectError before sending" in err
    assert "not retrying: ReadTimeout after the request may have been sent" in err


def test_redaction_helpers() -> None:
    assert _logs.redact_url("https://x.test/a?api_key=abc&b=1&token=t") == (
        "https://x.test/a?api_key=<redacted>&b=1&token=<redacted>"
    )
    assert _logs.redact_headers({"Authorization": "Bearer x", "X-Api-Key": "k", "Accept": "*/*"}) == {
        "Authorization": "<redacted>",
        "X-Api-Key": "<redacted>",
        "Accept": "*/*",
    }
    _logs.register_secret("sk/with+odd chars")
    assert _logs.redact("a sk/with+odd chars b sk%2Fwith%2Bodd+chars") == "a <redacted> b <redacted>"
    _logs.register_secret("ab")  # too short to scrub safely
    assert _logs.redact("abc") == "abc"


def test_sentinel() -> None:
    assert repr(DEFAULT) == "DEFAULT"
    c = Client("revox", api_key=KEY, timeout=DEFAULT)
    assert c.timeout == DEFAULT_TIMEOUT


def test_dict_body_is_sent_exactly_as_given_on_every_call() -> None:
    """A validated dict skips the model round trip: sent as given, route learnt from the generated code."""
    body = {**valid_body("revox"), "future_field": {"kept": True}}  # unknown keys are allowed by the spec
    script = Script(*[httpx.Response(success_status("revox"), json=success_json("revox"))] * 2)
    c, script, _ = make("revox", script)
    c.create_assistant(body)
    c.create_assistant(dict(body, name="Second"))
    assert [json.loads(r.content) for r in script.requests] == [body, dict(body, name="Second")]
    assert [r.headers["content-type"] for r in script.requests] == ["application/json"] * 2
    assert [r.url.path for r in script.requests] == ["/api/assistants"] * 2


# --------------------------------------------------------------------------- neutral assistants

NEUTRAL = {
    "name": "Front desk",
    "system_prompt": "You answer calls for Acme Dental.",
    "opening": {"speaker": "assistant", "message": "Hello, Acme Dental!", "mode": "static"},
    "voice": {"provider": "cartesia", "id": "a0e99841-438c-4a64-b679-ae501e7d6091", "speed": 1.1},
    "call": {"max_duration_seconds": 600},
}


def test_neutral_assistant_is_converted_validated_and_sent() -> None:
    from voiceagents import Assistant, to_vendor

    assistant = Assistant.model_validate(NEUTRAL)
    script = Script(httpx.Response(200, json=success_json("revox")))
    c, script, _ = make("revox", script)
    result = c.create_assistant(assistant)
    expected, _report = to_vendor(assistant, "revox")
    assert json.loads(script.requests[0].content) == expected.to_dict()
    assert result.conversion is not None
    assert result.conversion.lossless
    assert {e.neutral for e in result.conversion.mapped} >= {"name", "system_prompt", "voice.speed"}


def test_lossy_neutral_assistant_raises_before_any_request_unless_allowed() -> None:
    from voiceagents import Assistant, ConversionError

    assistant = Assistant.model_validate({**NEUTRAL, "llm": {"temperature": 0.2}})  # Revox has no temperature
    c, script, _ = make("revox", Script(httpx.Response(200, json=success_json("revox"))))
    with pytest.raises(ConversionError) as raised:
        c.create_assistant(assistant)
    assert "llm.temperature" in str(raised.value)
    assert script.requests == []
    result = c.create_assistant(assistant, allow_drop=True)
    assert [e.neutral for e in result.conversion.dropped] == ["llm.temperature"]
    assert "temperature" not in json.loads(script.requests[0].content)


def test_neutral_assistant_async() -> None:
    from voiceagents import Assistant

    a, script, _ = make_async("revox", Script(httpx.Response(200, json=success_json("revox"))))
    result = run(a.create_assistant(Assistant.model_validate(NEUTRAL)))
    assert result.id == find_id(success_json("revox"))
    assert json.loads(script.requests[0].content)["prompt"] == NEUTRAL["system_prompt"]
