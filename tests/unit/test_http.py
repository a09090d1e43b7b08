"""Unit tests of the client runtime with ``httpx.MockTransport``: configuration, auth, timeouts, the
retry decisions, errors, reading answers, and closed-world validation before anything is sent.
Nothing here sleeps for real or opens a socket (the real-server tests are test_faults, test_answers,
test_lifecycle and test_secrets)."""

from __future__ import annotations

import asyncio
import email.utils
import json
from typing import Any

import httpx
import pytest
from conftest import SLUGS, load_cases
from support.answers import answer_bodies, request_body, success_pointer, success_status
from voiceagents import _json
from voiceagents import spec as vspec
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
from voiceagents._http._client import DEFAULT, AsyncClient, Client, async_client, client
from voiceagents._http._response import CreateResult, Result, field_errors
from voiceagents._http._retries import RetryPolicy, parse_retry_after

KEY = "sk-test-NEVER-PRINT-9f8e7d6c"
BASE = "https://vendor.test/api"
CREATE = "createAssistant"


def valid_body(slug: str) -> dict[str, Any]:
    """A valid create body of the vendor (a fresh copy)."""
    return request_body(slug, CREATE) or {}


def success_json(slug: str) -> Any:
    return answer_bodies(slug, CREATE)[0][1]


def expected_id(slug: str) -> Any:
    """The id in the documented create answer, where the spec's pointer says (None without one)."""
    where = success_pointer(slug, CREATE, "id")
    return None if where is None else _json.read_pointer(success_json(slug), where)


def ok(slug: str = "revox", **kwargs: Any) -> httpx.Response:
    return httpx.Response(success_status(slug, CREATE), json=success_json(slug), **kwargs)


REVOX_ID = expected_id("revox")


class Script:
    """A MockTransport handler answering with the given steps in order (the last one repeats).

    A step is an ``httpx.Response``, an exception class from httpx (raised with the request), or a
    callable taking the request."""

    def __init__(self, *steps: Any) -> None:
        self.steps = list(steps) or [ok()]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps[min(len(self.requests) - 1, len(self.steps) - 1)]
        if isinstance(step, type) and issubclass(step, BaseException):
            if issubclass(step, httpx.RequestError):
                raise step("injected failure", request=request)
            raise step()
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
    c._retry = RetryPolicy(max_retries=c.max_retries, jitter=lambda: 0.5)
    return c, script, sleeps


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for slug in SLUGS:
        vendor = vspec.vendor(slug)
        monkeypatch.delenv(vendor.api_key_env, raising=False)
        monkeypatch.delenv(vendor.base_url_env, raising=False)
    monkeypatch.delenv("VOICEAGENTS_LOG", raising=False)


def _create_path(slug: str) -> str:
    return next(
        p
        for p, item in vspec.vendor(slug).spec.document["paths"].items()
        if (item.get("post") or {}).get("operationId") == CREATE
    )


# -- configuration ---------------------------------------------------------------------------------


def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVOX_API_KEY", KEY)
    monkeypatch.setenv("REVOX_BASE_URL", "https://env.test/root/")
    script = Script()
    with client("revox", transport=script.transport) as c:
        assert c.base_url == "https://env.test/root"
        c.create_assistant(valid_body("revox"))
    request = script.requests[0]
    assert str(request.url) == "https://env.test/root" + _create_path("revox")
    assert request.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("slug", SLUGS)
def test_env_var_names_follow_the_slug(monkeypatch: pytest.MonkeyPatch, slug: str) -> None:
    monkeypatch.setenv(f"{slug.upper()}_API_KEY", KEY)
    monkeypatch.setenv(f"{slug.upper()}_BASE_URL", "https://white.label/api")
    script = Script(ok(slug))
    c = client(slug, transport=script.transport)
    assert c.create_assistant(valid_body(slug)).id == expected_id(slug)
    assert str(script.requests[0].url).split("?")[0] == "https://white.label/api" + _create_path(slug)


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVOX_API_KEY", "sk-from-env-xxxx")
    monkeypatch.setenv("REVOX_BASE_URL", "https://env.test")
    c, script, _ = make()
    c.create_assistant(valid_body("revox"))
    assert script.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert str(script.requests[0].url).startswith(BASE)


@pytest.mark.parametrize("slug", SLUGS)
def test_default_base_url_is_the_spec_server(slug: str) -> None:
    assert client(slug, api_key=KEY).base_url == vspec.vendor(slug).spec.base_url.rstrip("/")


def test_default_base_url_fills_server_variables() -> None:
    assert client("autocalls_v1", api_key=KEY).base_url == "https://app.autocalls.ai/api"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_key_names_the_env_var(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is not None:
        monkeypatch.setenv("AUTOCALLS_V1_API_KEY", value)
    with pytest.raises(MissingCredentialsError, match="AUTOCALLS_V1_API_KEY") as info:
        client("autocalls_v1")
    assert isinstance(info.value, InputError)


def test_unknown_vendor_and_bad_base_url() -> None:
    with pytest.raises(UnknownVendorError, match="did you mean 'revox'"):
        client("revx", api_key=KEY)
    with pytest.raises(InputError, match="http"):
        client("revox", api_key=KEY, base_url="www.getrevox.com")


def test_http_client_and_transport_are_exclusive() -> None:
    with httpx.Client() as http, pytest.raises(TypeError, match="not both"):
        client("revox", api_key=KEY, http_client=http, transport=httpx.MockTransport(Script()))
    with pytest.raises(TypeError, match="AsyncClient"):
        async_client("revox", api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_sentinel() -> None:
    assert repr(DEFAULT) == "DEFAULT"
    c = Client("revox", api_key=KEY, timeout=DEFAULT)
    assert c.timeout == DEFAULT_TIMEOUT
    assert CreateResult is Result  # the 0.1 name


def test_operations_are_the_registry_s() -> None:
    for slug in SLUGS:
        assert make(slug)[0].operations == vspec.vendor(slug).operations


# -- authentication ------------------------------------------------------------------------------


def _scheme(slug: str) -> dict[str, Any]:
    """The security scheme of the vendor's create operation, read from the spec (not the registry)."""
    spec = vspec.vendor(slug).spec.document
    op = spec["paths"][_create_path(slug)]["post"]
    return dict(spec["components"]["securitySchemes"][next(iter(op["security"][0]))])


def _assert_auth(slug: str, request: httpx.Request) -> None:
    scheme = _scheme(slug)
    if scheme["type"] == "http":
        assert request.headers["authorization"] == f"{scheme['scheme'].capitalize()} {KEY}"
        assert not [k for k in request.url.params if k.lower() in ("api_key", "token", "key")]
    elif scheme["in"] == "query":
        assert request.url.params.get_list(scheme["name"]) == [KEY]
        assert "authorization" not in request.headers
    else:
        assert request.headers[scheme["name"]] == KEY
        assert "authorization" not in request.headers
        assert KEY not in str(request.url)


@pytest.mark.parametrize("slug", SLUGS)
def test_auth_per_vendor(slug: str) -> None:
    c, script, _ = make(slug, Script(ok(slug)))
    result = c.create_assistant(valid_body(slug))
    request = script.requests[0]
    _assert_auth(slug, request)
    assert request.method == "POST"
    assert request.url.path == "/api" + _create_path(slug)
    assert json.loads(request.content) == valid_body(slug)
    assert request.headers["content-type"] == "application/json"
    assert isinstance(result, Result)
    assert result.id == expected_id(slug)


@pytest.mark.parametrize("slug", SLUGS)
def test_auth_per_vendor_async(slug: str) -> None:
    c, script, _ = make_async(slug, Script(ok(slug)))

    async def go() -> Result:
        async with c:
            return await c.create_assistant(valid_body(slug))

    result = run(go())
    _assert_auth(slug, script.requests[0])
    assert result.id == expected_id(slug)


@pytest.mark.parametrize("slug", SLUGS)
def test_bring_your_own_client_authenticates_and_is_not_mutated(slug: str) -> None:
    script = Script(ok(slug))
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
    script = Script(ok("insighto"))
    http = httpx.AsyncClient(transport=script.transport)
    c = async_client("insighto", api_key=KEY, base_url=BASE, http_client=http)
    assert c.timeout == httpx.Timeout(5.0)  # httpx's own default is the client's timeout: kept

    async def go() -> None:
        async with c:
            await c.create_assistant(valid_body("insighto"))
        assert not http.is_closed
        await http.aclose()

    run(go())
    _assert_auth("insighto", script.requests[0])
    assert script.requests[0].extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
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


@pytest.mark.parametrize(
    "timeout",
    [5.0, 12.5, None, httpx.Timeout(3.0, connect=1.0), httpx.Timeout(60.0, connect=5.0)],
    ids=["5", "12.5", "none", "3-connect-1", "library-default"],
)
def test_bring_your_own_client_keeps_its_timeout_whatever_it_is(timeout: Any) -> None:
    script = Script(ok())
    with httpx.Client(transport=script.transport, timeout=timeout) as http:
        c = client("revox", api_key=KEY, base_url=BASE, http_client=http)
        assert c.timeout == httpx.Timeout(timeout)
        c.create_assistant(valid_body("revox"))
        c.create_assistant(valid_body("revox"), timeout=2.0)  # a per-call value still wins
        c2 = client("revox", api_key=KEY, base_url=BASE, http_client=http, timeout=9.0)  # and a per-client one
        c2.create_assistant(valid_body("revox"))
    expected = httpx.Timeout(timeout)
    assert _timeouts(script) == [
        {"connect": expected.connect, "read": expected.read, "write": expected.write, "pool": expected.pool},
        {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0},
        {"connect": 9.0, "read": 9.0, "write": 9.0, "pool": 9.0},
    ]


def test_timeout_per_call_async() -> None:
    c, script, _ = make_async()
    run(c.create_assistant(valid_body("revox"), timeout=2.0))
    run(c.create_assistant(valid_body("revox"), timeout=None))
    assert _timeouts(script) == [
        {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0},
        {"connect": None, "read": None, "write": None, "pool": None},
    ]


def test_timeout_error_names_the_limit() -> None:
    c, _, _ = make(script=Script(httpx.ReadTimeout), timeout=httpx.Timeout(7.0, connect=2.0))
    with pytest.raises(APITimeoutError, match=r"timed out \(limit 7 s\)"):
        c.create_assistant(valid_body("revox"))


# -- retries (the decisions; the real-server versions are in test_faults and test_lifecycle) -----


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
    assert isinstance(info.value.__cause__, error)


def test_connect_error_then_success() -> None:
    c, script, sleeps = make(script=Script(httpx.ConnectError, ok()))
    assert c.create_assistant(valid_body("revox")).id == REVOX_ID
    assert len(script.requests) == 2
    assert len(sleeps) == 1


def test_max_retries_per_client_and_per_call() -> None:
    c, script, sleeps = make(script=Script(httpx.ConnectError), max_retries=5)
    assert c.max_retries == 5
    with pytest.raises(APIConnectionError):
        c.create_assistant(valid_body("revox"), max_retries=0)
    assert (len(script.requests), sleeps) == (1, [])
    with pytest.raises(APIConnectionError):
        c.create_assistant(valid_body("revox"))
    assert len(script.requests) == 1 + 6
    assert max(sleeps) <= 8.0
    with pytest.raises(ValueError, match="max_retries"):
        client("revox", api_key=KEY, max_retries=-1)


MAYBE_SENT = [
    (httpx.ReadTimeout, APITimeoutError),
    (httpx.WriteTimeout, APITimeoutError),
    (httpx.RemoteProtocolError, APIConnectionError),
    (httpx.ReadError, APIConnectionError),
    (httpx.WriteError, APIConnectionError),
]


@pytest.mark.parametrize(("error", "raised"), MAYBE_SENT)
def test_maybe_sent_create_is_never_retried(error: type[Exception], raised: type[APIError]) -> None:
    c, script, sleeps = make(script=Script(error))
    with pytest.raises(raised) as info:
        c.create_assistant(valid_body("revox"))
    assert type(info.value) is raised
    assert (len(script.requests), sleeps) == (1, [])
    assert info.value.may_have_created is True
    assert info.value.operation == CREATE
    assert "may have been created" in str(info.value)
    assert "list_assistants()" in str(info.value)  # Revox lists assistants: how to check
    assert isinstance(info.value.__cause__, error)


def test_may_have_created_without_a_list_points_at_the_dashboard() -> None:
    slug = next(s for s in SLUGS if "listAssistants" not in vspec.vendor(s).operations)
    c, _, _ = make(slug, Script(httpx.ReadTimeout))
    with pytest.raises(APITimeoutError, match="dashboard"):
        c.create_assistant(valid_body(slug))


@pytest.mark.parametrize(("error", "raised"), MAYBE_SENT)
def test_maybe_sent_get_is_retried(error: type[Exception], raised: type[APIError]) -> None:
    slug = "insighto"  # any vendor with getAssistant would do
    c, script, sleeps = make(slug, Script(error))
    with pytest.raises(raised) as info:
        c.get_assistant("3c90c3cc-0d44-4b50-8888-8dd25736052a")
    assert len(script.requests) == 3
    assert sleeps == [0.5 * 0.875, 1.0 * 0.875]
    assert info.value.may_have_created is False
    assert "may have been created" not in str(info.value)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_create_is_never_retried(status: int) -> None:
    answer = httpx.Response(status, json={"message": "boom"}, headers={"Retry-After": "1"})
    c, script, sleeps = make(script=Script(answer))
    with pytest.raises(InternalServerError) as info:
        c.create_assistant(valid_body("revox"))
    assert (len(script.requests), sleeps) == (1, [])
    assert info.value.may_have_created is True
    assert info.value.status_code == status


def test_429_honours_retry_after_seconds() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "2"}, json={"message": "slow down"})
    c, script, sleeps = make(script=Script(limited, ok()))
    assert c.create_assistant(valid_body("revox")).id == REVOX_ID
    assert len(script.requests) == 2
    assert sleeps == [2.0]


def test_429_honours_retry_after_ms_and_http_date() -> None:
    in_ms = httpx.Response(429, headers={"retry-after-ms": "150", "Retry-After": "9"})
    c, _, sleeps = make(script=Script(in_ms, ok()))
    c.create_assistant(valid_body("revox"))
    assert sleeps == [0.15]
    when = email.utils.format_datetime(email.utils.localtime().replace(microsecond=0), usegmt=False)
    dated = httpx.Response(429, headers={"Retry-After": when})
    c, _, sleeps = make(script=Script(dated, ok()))
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
    assert "Too Many Attempts" in str(info.value)


def test_429_beyond_the_cap_is_not_retried() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "120"})
    c, script, sleeps = make(script=Script(limited, ok()))
    with pytest.raises(RateLimitError, match="exceeds the 60 s cap"):
        c.create_assistant(valid_body("revox"))
    assert (len(script.requests), sleeps) == (1, [])


def test_async_retries() -> None:
    limited = httpx.Response(429, headers={"Retry-After": "0.25"})
    c, script, sleeps = make_async(script=Script(httpx.ConnectError, limited, ok()))
    assert run(c.create_assistant(valid_body("revox"))).id == REVOX_ID
    assert len(script.requests) == 3
    assert sleeps == [0.5 * 0.875, 0.25]


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
    steps = (httpx.Response(429, headers={"retry-after-ms": "5"}), ok())
    script = Script(*steps)
    c = client("revox", api_key=KEY, transport=script.transport)
    assert c.create_assistant(valid_body("revox")).id == REVOX_ID
    ascript = Script(*steps)
    a = async_client("revox", api_key=KEY, transport=ascript.transport)
    assert run(a.create_assistant(valid_body("revox"))).id == REVOX_ID
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


def test_retry_classes() -> None:
    policy = RetryPolicy(jitter=lambda: 0.0)
    headers = httpx.Headers()
    for status in (408, 500, 502, 503, 504):
        assert policy.on_status(status, headers, 0, "idempotent").retry
        assert not policy.on_status(status, headers, 0, "create").retry
    for status in (400, 401, 403, 404, 409, 422):
        assert not policy.on_status(status, headers, 0, "idempotent").retry
    assert policy.on_status(429, headers, 0, "create").retry
    request = httpx.Request("GET", BASE)
    assert policy.on_error(httpx.ReadTimeout("t", request=request), 0, "idempotent").retry
    assert not policy.on_error(httpx.ReadTimeout("t", request=request), 0, "create").retry
    assert policy.on_error(httpx.ConnectError("c", request=request), 0, "create").retry
    assert not policy.on_error(httpx.ConnectError("c", request=request), 2, "create").retry  # none left


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


# -- Ctrl-C (the real-signal versions are in test_faults) ---------------------------------------------


def test_keyboard_interrupt_during_a_create_carries_a_note() -> None:
    c, script, _ = make(script=Script(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt) as info:
        c.create_assistant(valid_body("revox"))
    (note,) = info.value.__notes__
    assert "may have been created" in note
    assert "list_assistants()" in note
    assert len(script.requests) == 1


def test_keyboard_interrupt_during_a_create_carries_a_note_async() -> None:
    c, _, _ = make_async(script=Script(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt) as info:
        run(c.create_assistant(valid_body("revox")))
    assert any("may have been created" in n for n in info.value.__notes__)


def test_keyboard_interrupt_outside_a_create_has_no_note() -> None:
    c, _, _ = make("insighto", Script(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt) as info:
        c.get_assistant("3c90c3cc-0d44-4b50-8888-8dd25736052a")
    assert getattr(info.value, "__notes__", []) == []


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
    assert error.operation == CREATE
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


# -- reading answers (every vendor and operation: test_answers) -----------------------------------


@pytest.mark.parametrize("content", [b"<html>oops</html>", b'{"assistant": {"id": "a"', b"\x00\xff"])
def test_success_body_that_is_not_json(content: bytes) -> None:
    c, script, _ = make(script=Script(httpx.Response(200, content=content)))
    with pytest.raises(APIResponseValidationError) as info:
        c.create_assistant(valid_body("revox"))
    assert info.value.raw_body == content
    assert info.value.status_code == 200
    assert info.value.may_have_created is True
    assert "raw body" in str(info.value)
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("content", "raw"),
    [(b"", None), (b"  ", None), (b"[]", []), (b'{"no_assistant": {}}', {"no_assistant": {}}), (b"null", None)],
)
def test_success_body_of_another_shape_is_kept_with_a_warning(content: bytes, raw: Any) -> None:
    """Formerly an APIResponseValidationError: a 2xx answer that is JSON never raises now."""
    c, _, _ = make(script=Script(httpx.Response(200, content=content)))
    result = c.create_assistant(valid_body("revox"))
    assert result.raw == raw
    assert result.id is None
    assert any("no assistant id at /assistant/id" in w for w in result.warnings), result.warnings


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
    assistant = result.parsed.assistant
    assert assistant.voice.provider == "brand-new-tts"
    assert assistant.first_sentence_mode == "whisper"
    assert assistant.additional_properties["brand_new"] == {"x": 1}
    assert result.response.additional_properties["top_level_new"] is True  # ``response``: the 0.1 name
    assert result.parsed.to_dict() == body
    assert (result.id, result.vendor, result.status_code, result.warnings) == (REVOX_ID, "revox", 200, [])


def test_undocumented_2xx_uses_the_success_schema() -> None:
    c, _, _ = make(script=Script(httpx.Response(201, json=success_json("revox"))))
    result = c.create_assistant(valid_body("revox"))
    assert result.status_code == 201
    assert result.parsed.assistant.id == REVOX_ID
    assert result.warnings[0] == "status 201 is not documented for createAssistant (the docs say 200)"


def test_result_gives_raw_access() -> None:
    answer = httpx.Response(201, json=success_json("autocalls"), headers={"x-request-id": "r9"})
    c, _, _ = make("autocalls", Script(answer))
    result = c.create_assistant(valid_body("autocalls"))
    assert result.id == expected_id("autocalls")
    assert isinstance(result.id, int)
    assert result.headers["x-request-id"] == "r9"
    assert result.request_id == "r9"
    assert result.http_response.status_code == 201
    assert result.raw == success_json("autocalls")
    assert result.parsed.data.id == result.id
    assert result.conversion is None
    assert result.operation == CREATE
    assert "http_response" not in repr(result)


def test_parsing_is_lazy_for_a_conforming_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    c, _, _ = make(script=Script(ok()))
    endpoint = c._endpoint(c._prepare("create", body=valid_body("revox")).op)
    calls: list[int] = []
    real = endpoint._build_response

    def counting(**kwargs: Any) -> Any:
        calls.append(1)
        return real(**kwargs)

    monkeypatch.setattr(endpoint, "_build_response", counting)
    result = c.create_assistant(valid_body("revox"))
    assert (result.id, calls) == (REVOX_ID, [])  # the id needs no model
    assert result.parsed.assistant.id == REVOX_ID
    assert result.parsed is result.parsed
    assert calls == [1]


def test_the_id_is_read_at_the_pointer_never_guessed() -> None:
    """``find_id`` (0.1) guessed from the envelope; now only ``x-voiceagents-id`` counts."""
    c, _, _ = make(script=Script(httpx.Response(200, json={"id": "top", "data": {"id": "nested"}})))
    result = c.create_assistant(valid_body("revox"))
    assert result.id is None
    assert "the answer has no assistant id at /assistant/id (the spec says it is there)" in result.warnings
    c, _, _ = make(script=Script(httpx.Response(200, json={"assistant": {"id": True}})))
    assert c.create_assistant(valid_body("revox")).id is None  # a boolean is not an id
    slug = next(s for s in SLUGS if success_pointer(s, CREATE, "id") is None)
    c, _, _ = make(slug, Script(httpx.Response(201, json={"id": "c1", "data": {"id": "c2"}})))
    result = c.create_assistant(valid_body(slug))
    assert result.id is None  # the spec documents no id: unknown, not guessed
    assert result.warnings == []


def test_to_assistant_reads_the_answer_back() -> None:
    c, _, _ = make(script=Script(ok()))
    assistant, report = c.create_assistant(valid_body("revox")).to_assistant()
    assert assistant.name == success_json("revox")["assistant"]["name"]
    assert report.direction == "from_vendor"
    c, _, _ = make(script=Script(httpx.Response(200, json={"nothing": 1})))
    with pytest.raises(InputError, match="holds no assistant object"):
        c.create_assistant(valid_body("revox")).to_assistant()


# -- closed-world validation before sending ----------------------------------------------------------


def test_invalid_dict_is_rejected_before_any_request() -> None:
    c, script, _ = make()
    body = valid_body("revox")
    del body["name"]
    with pytest.raises(ValidationError) as info:
        c.create_assistant(body)
    assert script.requests == []
    assert [(e.path, e.rule) for e in info.value.errors] == [("/name", "required")]


def test_typo_is_refused_naming_the_closest_known_key() -> None:
    c, script, _ = make()
    body = {**valid_body("revox"), "frist_sentence": "Hello!"}
    with pytest.raises(ValidationError) as info:
        c.create_assistant(body)
    assert script.requests == []  # nothing was sent
    (error,) = info.value.errors
    assert error.path == "/frist_sentence"
    assert "did you mean 'first_sentence'?" in error.rule
    assert "extra_body" in error.rule
    assert "frist_sentence" in str(info.value)
    assert "first_sentence" in str(info.value)


def test_nested_typos_are_refused_too() -> None:
    voice = load_cases("revox")["valid"][1]["body"]["voice"]
    c, script, _ = make()
    body = {**valid_body("revox"), "voice": {**voice, "sped": 1.0}}
    with pytest.raises(ValidationError) as info:
        c.create_assistant(body)
    assert [e.path for e in info.value.errors] == ["/voice/sped"]
    assert "did you mean 'speed'?" in info.value.errors[0].rule
    llm = {"type": "custom", "api_url": "https://llm.test/v1", "api_key": "sk-llm-0000", "model_name": "m"}
    with pytest.raises(ValidationError) as info2:  # inside the variant a const tag picks
        c.create_assistant({**valid_body("revox"), "llm_model": {**llm, "model_nam": "m"}})
    assert [e.path for e in info2.value.errors] == ["/llm_model/model_nam"]
    assert "did you mean 'model_name'?" in info2.value.errors[0].rule
    items = [{"question": "Open?", "answer": "Yes", "answr": "typo"}]
    with pytest.raises(ValidationError, match=r"/faq_items/0/answr"):  # inside array items
        c.create_assistant({**valid_body("revox"), "faq_items": items})
    assert script.requests == []


def test_unknown_key_is_named_even_when_the_variant_has_other_errors() -> None:
    c, script, _ = make()
    llm = {"type": "custom", "api_key": "sk-llm-0000", "base_url": "https://llm.test/v1"}  # api_url misspelt
    with pytest.raises(ValidationError) as info:
        c.create_assistant({**valid_body("revox"), "llm_model": llm})
    assert script.requests == []
    assert "/llm_model/base_url" in [e.path for e in info.value.errors]


def test_generated_request_model_with_unknown_keys_is_refused() -> None:
    model = vspec.vendor("revox").module("models").CreateAssistantRequest
    request = model.from_dict({**valid_body("revox"), "frist_sentence": "Hello!"})
    assert request.additional_properties == {"frist_sentence": "Hello!"}
    c, script, _ = make()
    with pytest.raises(ValidationError, match="did you mean 'first_sentence'"):
        c.create_assistant(request)
    assert script.requests == []


def test_invalid_vendor_model_is_rejected_before_any_request() -> None:
    model = vspec.vendor("revox").module("models").CreateAssistantRequest
    body = {**valid_body("revox"), "name": 42}  # the generated model does not check types
    c, script, _ = make()
    with pytest.raises(ValidationError, match="/name"):
        c.create_assistant(model.from_dict(body))
    assert script.requests == []
    a, ascript, _ = make_async()
    with pytest.raises(ValidationError):
        run(a.create_assistant({"name": 42}))
    assert ascript.requests == []


def test_update_bodies_are_closed_world_too() -> None:
    c, script, _ = make("autocalls", Script(httpx.Response(200, json={})))
    with pytest.raises(ValidationError, match="unknown field"):
        c.update_assistant(789, {"nmae": "Front desk"})
    assert script.requests == []


@pytest.mark.parametrize("slug", SLUGS)
def test_vendor_model_is_sent_as_its_to_dict(slug: str) -> None:
    model = vspec.vendor(slug).module("models").CreateAssistantRequest
    request = model.from_dict(valid_body(slug))
    c, script, _ = make(slug, Script(ok(slug)))
    assert c.create_assistant(request).id == expected_id(slug)
    assert json.loads(script.requests[0].content) == request.to_dict()


def test_another_vendors_model_is_a_type_error() -> None:
    model = vspec.vendor("revox").module("models").CreateAssistantRequest
    c, script, _ = make("autocalls")
    with pytest.raises(TypeError, match=r"voiceagents_autocalls\.models"):
        c.create_assistant(model.from_dict(valid_body("revox")))
    assert script.requests == []


def test_dict_body_is_sent_exactly_as_given_on_every_call() -> None:
    body = valid_body("revox")
    c, script, _ = make("revox", Script(ok(), ok()))
    c.create_assistant(body)
    c.create_assistant(dict(body, name="Second"))
    assert [json.loads(r.content) for r in script.requests] == [body, dict(body, name="Second")]
    assert [r.headers["content-type"] for r in script.requests] == ["application/json"] * 2
    assert [r.url.path for r in script.requests] == ["/api" + _create_path("revox")] * 2


def test_extra_body_sends_what_the_spec_does_not_know() -> None:
    voice = load_cases("revox")["valid"][1]["body"]["voice"]
    body = {**valid_body("revox"), "voice": voice}
    extra = {"future_field": "kept", "voice": {"provider": "brand-new-tts", "emotion": "calm"}}
    c, script, _ = make("revox", Script(ok()))
    with pytest.raises(ValidationError):  # without extra_body both are refused
        c.create_assistant({**body, "future_field": "kept", "voice": {**voice, "provider": "brand-new-tts"}})
    c.create_assistant(body, extra_body=extra)
    sent = json.loads(script.requests[0].content)
    assert sent["future_field"] == "kept"
    assert sent["voice"] == {**voice, "provider": "brand-new-tts", "emotion": "calm"}  # objects merged
    assert {k: v for k, v in sent.items() if k not in extra} == {k: v for k, v in body.items() if k != "voice"}


def test_extra_body_sends_a_new_object_member() -> None:
    c, script, _ = make("revox", Script(ok()))
    c.create_assistant(valid_body("revox"), extra_body={"future_field": {"kept": True}})
    assert json.loads(script.requests[0].content)["future_field"] == {"kept": True}


def test_extra_body_exempts_exactly_what_it_carries() -> None:
    voice = load_cases("revox")["valid"][1]["body"]["voice"]
    c, script, _ = make("revox", Script(ok()))
    with pytest.raises(ValidationError) as info:  # the rest is still validated
        c.create_assistant({**valid_body("revox"), "name": 42}, extra_body={"future_field": 1})
    assert [e.path for e in info.value.errors] == ["/name"]
    body = {**valid_body("revox"), "voice": {**voice, "speed": 99.0}}
    with pytest.raises(ValidationError) as info2:  # a sibling of an exempt leaf is not exempt
        c.create_assistant(body, extra_body={"voice": {"emotion": "calm"}})
    assert [e.path for e in info2.value.errors] == ["/voice/speed"]
    c.create_assistant(body, extra_body={"voice": {"speed": 99.0}})  # exempting the leaf itself sends it
    assert json.loads(script.requests[0].content)["voice"]["speed"] == 99.0
    with pytest.raises(ValidationError, match="frist_sentence"):  # a typo next to extra_body is still one
        c.create_assistant({**valid_body("revox"), "frist_sentence": "x"}, extra_body={"first_sentence_x": 1})
    assert len(script.requests) == 1


def test_extra_body_for_an_operation_without_a_body() -> None:
    c, script, _ = make("insighto")
    with pytest.raises(InputError, match="sends no body"):
        c._prepare("get", assistant_id="a-1", extra_body={"x": 1})
    assert script.requests == []


# -- neutral assistants -----------------------------------------------------------------------------

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
    c, script, _ = make("revox", Script(ok()))
    result = c.create_assistant(assistant)
    expected, _report = to_vendor(assistant, "revox")
    assert json.loads(script.requests[0].content) == expected.to_dict()
    assert result.conversion is not None
    assert result.conversion.lossless
    assert {e.neutral for e in result.conversion.mapped} >= {"name", "system_prompt", "voice.speed"}


def test_lossy_neutral_assistant_raises_before_any_request_unless_allowed() -> None:
    from voiceagents import Assistant, ConversionError

    assistant = Assistant.model_validate({**NEUTRAL, "llm": {"temperature": 0.2}})  # Revox has no temperature
    c, script, _ = make("revox", Script(ok()))
    with pytest.raises(ConversionError) as raised:
        c.create_assistant(assistant)
    assert "llm.temperature" in str(raised.value)
    assert script.requests == []
    result = c.create_assistant(assistant, allow_drop=True)
    assert [e.neutral for e in result.conversion.dropped] == ["llm.temperature"]
    assert "temperature" not in json.loads(script.requests[0].content)


def test_neutral_assistant_async() -> None:
    from voiceagents import Assistant

    a, script, _ = make_async("revox", Script(ok()))
    result = run(a.create_assistant(Assistant.model_validate(NEUTRAL)))
    assert result.id == REVOX_ID
    assert json.loads(script.requests[0].content)["prompt"] == NEUTRAL["system_prompt"]


def test_a_retry_after_pauses_every_client_sharing_the_throttle() -> None:
    import time

    from voiceagents._http import Throttle

    throttle = Throttle()
    answers = iter([httpx.Response(429, headers={"Retry-After": "0.4"}), ok(), ok()])
    script = Script(lambda request: next(answers))
    first, _, _ = make(script=script, throttle=throttle)
    second, _, _ = make(script=script, throttle=throttle)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    first._sleep = second._sleep = sleep
    start = time.monotonic()
    first.create_assistant(valid_body("revox"))  # 429, waits 0.4 s, then created
    assert throttle.holds == 1
    throttle.hold(0.3)  # as if another request of the run had just been told to wait
    second.create_assistant(valid_body("revox"))
    assert slept[0] == 0.4
    assert len(slept) == 2
    assert 0.2 < slept[1] <= 0.3  # the second client waited without being told 429 itself
    assert time.monotonic() - start >= 0.65
    assert len(script.requests) == 3
