"""No credential and no value under a secret-named key in any error message, repr, log line or
conversion report; the ``httpx`` log filter is narrow and scoped; requests name voiceagents.

Against the mock of every vendor on 127.0.0.1 (``voiceagents.testing``, its programmed replies),
with keys that are long and distinctive enough that a leak of any part of them is found.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from conftest import SLUGS
from support.answers import (
    answer_bodies,
    call,
    closed_port_url,
    json_reply,
    pin,
    request_body,
    success_status,
)
from voiceagents import _logs, from_vendor, to_vendor
from voiceagents import spec as vspec
from voiceagents._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    UnprocessableEntityError,
    ValidationError,
)
from voiceagents._http._client import AsyncClient, Client
from voiceagents._secrets import REDACTED, Secrets, is_secret_key, redact_headers, redact_text, redact_value
from voiceagents.testing import MockServer, Reply
from voiceagents.types import Assistant

KEY = "sk-secret-NEVER-PRINT-4c3b2a19f0e1"
OTHER = "sk-llm-NEVER-PRINT-77d1e0c9b8a7"
"""A credential the user puts in a body (Revox's custom llm_model api_key), not the client's key."""
CREATE = "createAssistant"
QUERY_SLUGS = [s for s in SLUGS if vspec.vendor(s).auth[0] == "query"]
HEADER_SLUGS = [s for s in SLUGS if vspec.vendor(s).auth[0] == "header"]


def no_secret(*texts: str, secrets: tuple[str, ...] = (KEY, OTHER)) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text
            assert secret[10:] not in text  # nor a recognisable part of it


def everything(exc: BaseException) -> str:
    return "".join([str(exc), repr(exc), *traceback.format_exception(exc), repr(vars(exc))])


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, MockServer]]:
    """The mock of each vendor, requiring ``KEY``."""
    with contextlib.ExitStack() as stack:
        yield {slug: stack.enter_context(MockServer(vspec.vendor(slug).spec, key=KEY)) for slug in SLUGS}


def program(mocks: dict[str, MockServer], slug: str, replies: list[Reply]) -> MockServer:
    """``slug``'s mock, its counters and state reset, answering the next creates with ``replies``."""
    mock = mocks[slug]
    mock.reset()
    mock.program(CREATE, replies)
    return mock


@pytest.fixture
def debug_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``VOICEAGENTS_LOG=debug`` honoured afresh, its stderr handler removed afterwards."""
    logger = logging.getLogger("voiceagents")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setenv("VOICEAGENTS_LOG", "debug")
    monkeypatch.setattr(_logs, "_setup_done", False)
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            logger.removeHandler(handler)
    logger.setLevel(level)


def make(slug: str, mocks: dict[str, MockServer], **kwargs: Any) -> Client:
    c = Client(slug, api_key=KEY, base_url=mocks[slug].url, **kwargs)
    pin(c)
    return c


# -- reprs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_client_reprs_hide_the_key(slug: str, mocks: dict[str, MockServer]) -> None:
    sync = make(slug, mocks)
    asynchronous = AsyncClient(slug, api_key=KEY, base_url=mocks[slug].url)
    for c in (sync, asynchronous):
        no_secret(repr(c), str(c), str(vars(c)), repr(c._auth), repr(c._secrets))
        assert slug in repr(c)
    base = f"{mocks[slug].url}/?api_key={KEY}"  # a key pasted into the base URL is not shown either
    no_secret(repr(Client(slug, api_key=KEY, base_url=base)))


@pytest.mark.parametrize("slug", SLUGS)
def test_result_repr_hides_an_echoed_key(slug: str, mocks: dict[str, MockServer]) -> None:
    body = answer_bodies(slug, CREATE)[0][1]
    echoed = {**body, "api_key": KEY, "note": f"created with {KEY}"} if isinstance(body, dict) else body
    program(mocks, slug, [json_reply(success_status(slug, CREATE), echoed)])
    result = call(make(slug, mocks), slug, CREATE)
    no_secret(repr(result), str(result))
    assert result.raw == echoed  # the raw answer is the caller's, kept as sent


# -- error messages --------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_key_echoed_in_an_error_body_is_removed(slug: str, mocks: dict[str, MockServer]) -> None:
    echo = {"message": f"invalid key {KEY}", "key": KEY, "api_key": KEY, "detail": {"token": OTHER}}
    program(mocks, slug, [json_reply(401, echo, {"x-request-id": "req_echo"})])
    with pytest.raises(AuthenticationError) as info:
        call(make(slug, mocks), slug, CREATE)
    error = info.value
    no_secret(everything(error), str(error.body))
    assert "invalid key <redacted>" in str(error)
    assert error.body["api_key"] == REDACTED
    assert error.body["detail"] == {"token": REDACTED}
    assert error.request_id == "req_echo"


@pytest.mark.parametrize("slug", SLUGS)
def test_422_field_errors_hide_secrets(slug: str, mocks: dict[str, MockServer]) -> None:
    body = {"message": f"bad key {KEY}", "errors": {"api_key": [f"{KEY} is revoked"], "name": ["required"]}}
    program(mocks, slug, [json_reply(422, body)])
    with pytest.raises(UnprocessableEntityError) as info:
        call(make(slug, mocks), slug, CREATE)
    no_secret(everything(info.value), str(info.value.field_errors))
    assert info.value.field_errors["name"] == ["required"]


@pytest.mark.parametrize("slug", SLUGS)
def test_connection_and_timeout_errors_hide_the_key(slug: str, mocks: dict[str, MockServer]) -> None:
    c = Client(slug, api_key=KEY, base_url=closed_port_url())
    pin(c)
    with pytest.raises(APIConnectionError) as info:
        call(c, slug, CREATE)
    no_secret(everything(info.value))
    program(mocks, slug, [Reply(200, b"{}", delay=2.0)])
    with pytest.raises(APITimeoutError) as info2:
        call(make(slug, mocks), slug, CREATE, timeout=0.05)
    no_secret(everything(info2.value))
    location, name, _ = vspec.vendor(slug).auth
    if location == "query":  # the URL in the message is the one sent, its key replaced
        assert f"{name}=<redacted>" in str(info2.value)


def test_nested_secret_in_a_union_failure_is_redacted() -> None:
    """Revox's ``custom`` llm_model carries the user's own LLM key: no validation error shows it."""
    c = Client("revox", api_key=KEY, transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    custom = {"type": "custom", "api_url": "https://llm.test/v1", "api_key": OTHER, "model_name": "m"}
    bodies = [
        {"type": "brand-new", "api_key": OTHER},  # no variant: the whole object is shown
        {**custom, "api_url": "not a url"},  # one member of the tagged variant is wrong
        {**custom, "api_key": 12345678901},  # the secret itself breaks a rule
        {**custom, "api_key": [OTHER]},
        {**custom, "apikey_2": OTHER},  # an unknown member with a secret-like name
        {**custom, "extra": {"token": OTHER}},  # an unknown member holding one
    ]
    for llm in bodies:
        with pytest.raises(ValidationError) as info:
            c.create_assistant({**request_body("revox", CREATE), "llm_model": llm})
        no_secret(everything(info.value), repr(info.value.errors), *(str(e) for e in info.value.errors))
        assert all(e.path.startswith("/llm_model") for e in info.value.errors), info.value.errors
    with pytest.raises(ValidationError) as info2:  # with other errors in the body
        c.create_assistant({"name": 1, "prompt": 2, "llm_model": {**custom, "model_name": 3}})
    no_secret(everything(info2.value))
    assert {e.path for e in info2.value.errors} == {"/name", "/prompt", "/llm_model/model_name"}


@pytest.mark.parametrize("slug", SLUGS)
def test_secret_named_unknown_member_is_redacted(slug: str) -> None:
    c = Client(slug, api_key=KEY, transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    body = {**request_body(slug, CREATE), "api_key": OTHER, "auth": {"password": OTHER, "authToken": OTHER}}
    with pytest.raises(ValidationError) as info:
        c.create_assistant(body)
    no_secret(everything(info.value))
    assert {"/api_key", "/auth"} <= {e.path for e in info.value.errors}


# -- conversion reports ---------------------------------------------------------------------------


NEUTRAL = {"name": "Front desk", "system_prompt": "You answer calls for Acme Dental."}
CUSTOM_LLM = {"type": "custom", "api_url": "https://llm.test/v1", "api_key": OTHER, "model_name": "m"}


def test_conversion_reports_hide_secrets() -> None:
    assistant = Assistant.model_validate({**NEUTRAL, "vendor_extras": {"revox": {"llm_model": CUSTOM_LLM}}})
    body, report = to_vendor(assistant, "revox")
    assert body.to_dict()["llm_model"]["api_key"] == OTHER  # sent as given
    no_secret(str(report), repr(report), str(report.to_dict()))
    back, report2 = from_vendor("revox", {"name": "x", "prompt": "y", "llm_model": CUSTOM_LLM})
    no_secret(str(report2), repr(report2), str(report2.to_dict()))
    dumped = back.model_dump(exclude_unset=True)
    assert dumped["vendor_extras"]["revox"]["llm_model"]["api_key"] == OTHER  # kept for the way back
    wrong = {**CUSTOM_LLM, "api_url": "not a url"}
    with pytest.raises(ValidationError) as info:
        to_vendor(Assistant.model_validate({**NEUTRAL, "vendor_extras": {"revox": {"llm_model": wrong}}}), "revox")
    no_secret(everything(info.value))


def test_neutral_assistant_repr_hides_secret_named_values() -> None:
    back, _ = from_vendor("revox", {"name": "x", "prompt": "y", "llm_model": CUSTOM_LLM})
    no_secret(repr(back), str(back))


# -- logs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_debug_log_redacts_headers_and_query(
    slug: str, mocks: dict[str, MockServer], debug_log: None, capsys: pytest.CaptureFixture[str]
) -> None:
    body = answer_bodies(slug, CREATE)[0][1]
    limited = json_reply(429, {"message": f"slow down {KEY}"}, {"Retry-After": "0"})
    program(mocks, slug, [limited, json_reply(success_status(slug, CREATE), body, creates=True)])
    c = make(slug, mocks)
    call(c, slug, CREATE)
    program(mocks, slug, [json_reply(500, {"message": "boom", "token": OTHER})])
    with pytest.raises(APIError):
        call(c, slug, CREATE)
    err = capsys.readouterr().err
    no_secret(err)
    location, name, _ = vspec.vendor(slug).auth
    assert f"request: POST {mocks[slug].url}" in err
    assert f"retrying {slug} createAssistant (retry 1 of 2) in 0.000 s: 429; Retry-After 0 s" in err
    assert "not retrying: a create is not retried after an answer that may follow the work" in err
    if location == "query":
        assert f"{name}=<redacted>" in err
    shown = re.findall(rf"'{re.escape(name.lower())}': '([^']*)'", err)
    assert set(shown) <= {REDACTED}  # where the credential header is shown (a retry), it is redacted
    assert "'user-agent': 'voiceagents/" in err  # the other headers are shown as they are


def test_debug_log_of_a_timeout(
    mocks: dict[str, MockServer], debug_log: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for slug in SLUGS:
        program(mocks, slug, [Reply(200, b"{}", delay=2.0)])
        with pytest.raises(APITimeoutError):
            call(make(slug, mocks), slug, CREATE, timeout=0.05)
    err = capsys.readouterr().err
    no_secret(err)
    assert "not retrying: ReadTimeout after the request may have been sent" in err


@pytest.mark.parametrize("slug", QUERY_SLUGS)
@pytest.mark.parametrize("own", [True, False], ids=["our-http-client", "byo-http-client"])
def test_httpx_info_line_of_a_query_key_vendor_hides_the_key(
    slug: str, own: bool, mocks: dict[str, MockServer], caplog: pytest.LogCaptureFixture
) -> None:
    """httpx logs each URL at INFO; this vendor's key travels in the URL."""
    caplog.set_level(logging.INFO, logger="httpx")
    program(mocks, slug, [json_reply(success_status(slug, CREATE), answer_bodies(slug, CREATE)[0][1])])
    http = None if own else httpx.Client()
    c = Client(slug, api_key=KEY, base_url=mocks[slug].url, http_client=http)
    call(c, slug, CREATE)
    name = vspec.vendor(slug).auth[1]
    assert mocks[slug].requests[-1].query[name] == [KEY]  # it was sent
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any(f"{name}=<redacted>" in line for line in lines), lines
    no_secret(caplog.text, *lines)
    if http is not None:
        http.close()


@pytest.mark.parametrize("slug", QUERY_SLUGS)
def test_httpx_info_line_async(slug: str, mocks: dict[str, MockServer], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    program(mocks, slug, [json_reply(success_status(slug, CREATE), answer_bodies(slug, CREATE)[0][1])])

    async def go() -> None:
        async with AsyncClient(slug, api_key=KEY, base_url=mocks[slug].url) as c:
            await c.create_assistant(request_body(slug, CREATE))

    asyncio.run(go())
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines
    no_secret(caplog.text, *lines)


def _httpx_record(msg: str, *args: Any) -> logging.LogRecord:
    """A record as the ``httpx`` logger makes it, passed through that logger's filters."""
    record = logging.getLogger("httpx").makeRecord("httpx", logging.INFO, __file__, 1, msg, args, None)
    for flt in logging.getLogger("httpx").filters:
        flt.filter(record)  # type: ignore[union-attr]
    return record


@pytest.mark.parametrize("slug", QUERY_SLUGS)
def test_httpx_filter_leaves_records_without_secrets_untouched(slug: str) -> None:
    c = Client(slug, api_key=KEY)
    args = ("POST", "https://api.example/v1/assistant?page=2", "HTTP/1.1", 200, "OK")
    record = _httpx_record('HTTP Request: %s %s "%s %d %s"', *args)
    assert record.msg == 'HTTP Request: %s %s "%s %d %s"'
    assert record.args == args  # not even re-rendered
    scrubbed = _httpx_record("HTTP Request: POST %s", f"https://api.example/v1?other=1&{slug}={KEY}")
    assert KEY not in scrubbed.getMessage()
    del c


@pytest.mark.parametrize("slug", QUERY_SLUGS)
def test_httpx_filter_is_scoped_to_live_clients(slug: str) -> None:
    gone_key = "sk-gone-NEVER-PRINT-5a5a5a5a"
    c = Client(slug, api_key=gone_key)
    assert gone_key not in _httpx_record("plain %s", gone_key).getMessage()  # scrubbed while it lives
    del c
    gc.collect()
    record = _httpx_record("plain %s", gone_key)  # once gone, its key is no one's business
    assert (record.msg, record.args) == ("plain %s", (gone_key,))
    keeper = Client(slug, api_key=KEY)
    assert KEY not in _httpx_record("plain %s", KEY).getMessage()
    assert gone_key in _httpx_record("plain %s", gone_key).getMessage()
    del keeper


@pytest.mark.parametrize("slug", HEADER_SLUGS)
def test_httpx_filter_does_not_learn_header_keys(slug: str) -> None:
    header_key = "sk-header-NEVER-PRINT-6b6b6b6b"
    c = Client(slug, api_key=header_key)
    record = _httpx_record("plain %s", header_key)
    assert (record.msg, record.args) == ("plain %s", (header_key,))  # nothing to hide in a URL
    del c


# -- User-Agent ------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_requests_name_voiceagents_and_its_version(slug: str, mocks: dict[str, MockServer]) -> None:
    import voiceagents

    body = answer_bodies(slug, CREATE)[0][1]
    program(mocks, slug, [json_reply(success_status(slug, CREATE), body)])
    call(make(slug, mocks), slug, CREATE)
    with httpx.Client() as plain:  # a client of your own with httpx's default User-Agent gets ours
        call(Client(slug, api_key=KEY, base_url=mocks[slug].url, http_client=plain), slug, CREATE)
    with httpx.Client(headers={"User-Agent": "acme-bot/3"}) as branded:  # one with its own keeps it
        call(Client(slug, api_key=KEY, base_url=mocks[slug].url, http_client=branded), slug, CREATE)

    async def go() -> None:
        async with AsyncClient(slug, api_key=KEY, base_url=mocks[slug].url) as c:
            await c.create_assistant(request_body(slug, CREATE))

    asyncio.run(go())
    agents = [r.headers["user-agent"] for r in mocks[slug].requests]
    ours = f"voiceagents/{voiceagents.__version__} python-httpx/{httpx.__version__}"
    assert agents == [ours, ours, "acme-bot/3", ours]
    assert voiceagents.__version__[:1].isdigit()


# -- the helpers -----------------------------------------------------------------------------------


def test_secret_key_names() -> None:
    secret = ["api_key", "apiKey", "API-KEY", "token", "auth_token", "accessToken", "password", "passwd"]
    secret += ["Authorization", "client_secret", "private_key", "credentials", "x-api-key", "secret"]
    plain = ["max_tokens", "keyboard", "name", "key", "voice_id", "monkey", "tokenizer", "", 3]
    assert [n for n in secret if not is_secret_key(n)] == []
    assert [n for n in plain if is_secret_key(n)] == []


def test_redaction_helpers() -> None:
    assert redact_text("https://x.test/a?api_key=abc&b=1&token=t") == (
        "https://x.test/a?api_key=<redacted>&b=1&token=<redacted>"
    )
    assert redact_headers({"Authorization": "Bearer x", "X-Api-Key": "k", "Accept": "*/*"}) == {
        "Authorization": "<redacted>",
        "X-Api-Key": "<redacted>",
        "Accept": "*/*",
    }
    value = {"a": [{"api_key": "k", "name": "n"}], "max_tokens": 5, "auth": {"password": "p"}}
    assert redact_value(value) == {
        "a": [{"api_key": REDACTED, "name": "n"}],
        "max_tokens": 5,
        "auth": {"password": REDACTED},
    }
    secrets = Secrets(["sk/with+odd chars"])
    assert secrets.scrub("a sk/with+odd chars b sk%2Fwith%2Bodd+chars c sk%2Fwith%2Bodd%20chars") == (
        "a <redacted> b <redacted> c <redacted>"
    )
    assert "sk/with+odd chars!" in secrets
    assert Secrets(["ab"]).scrub("abc") == "abc"  # too short to scrub safely
    assert not Secrets(["ab"])
    assert "sk-long-enough" not in repr(Secrets(["sk-long-enough"]))
