"""What the sync and async clients share: configuration, preparing a call, and the attempt loop.

One loop serves every operation, sync and async: ``_attempts`` is a generator that yields the
request to send (or a delay to wait) and is sent back the answer (or the transport error); the two
clients only drive it with their own I/O (``_client``). It decides, from what the operation does
(``_retries``), whether to retry; follows a redirect only to the same origin (a key never goes
anywhere else, whatever client the caller brings); and keeps the whole call within its deadline.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import os
import ssl
import time
from collections.abc import Generator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

import httpx

from .. import _validation, spec
from .._constants import DEFAULT_TIMEOUT
from .._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseLimitError,
    APIStatusError,
    APITimeoutError,
    InputError,
    MissingCredentialsError,
)
from .._json import leaf_paths, merged
from .._logs import guard_httpx_log, logger, setup_logging
from .._secrets import Secrets, redact_headers
from ..spec import OPERATION_IDS, Kind, Operation
from ._limits import ACCEPT_ENCODING, AnswerLimits, LimitBreach
from ._response import Result, status_error, success_result
from ._retries import NOT_SENT_ERRORS, Decision, RetryPolicy, parse_retry_after
from ._throttle import Throttle

if TYPE_CHECKING:
    from ..convert import ConversionReport

__all__ = ["DEFAULT", "BaseClient", "Call", "TimeoutTypes", "UseDefault"]


class UseDefault:
    """The "not given" value of ``timeout``, ``deadline`` and ``max_retries``: use the client's (or
    the library's) default. This is different from ``None``, which explicitly disables a limit."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = UseDefault()

TimeoutTypes = httpx.Timeout | float | None
_NOTHING_SENT = (*NOT_SENT_ERRORS, httpx.UnsupportedProtocol, httpx.LocalProtocolError)
_HTTPX_UA = f"python-httpx/{httpx.__version__}"
NO_BODY: Final = object()
"""The ``body`` of an operation that sends none."""
DEADLINE_FACTOR = 3
"""Without an explicit ``deadline``, a call may take this many times its read timeout in all..."""
MIN_DEFAULT_DEADLINE = 30.0
"""...and at least this many seconds (a short read timeout still leaves room for a retry)."""
_MAX_REDIRECTS = 5
_FOLLOWED = frozenset({307, 308})  # the method and body stay the same: safe to repeat as they are

Step = httpx.Request | float
Outcome = httpx.Response | httpx.RequestError | None


class _KeyAuth(httpx.Auth):
    """Adds the vendor's credential to each request (header with prefix, or query parameter)."""

    def __init__(self, location: str, name: str, prefix: str, key: str) -> None:
        self._location = location
        self._name = name
        self._value = f"{prefix} {key}" if prefix and location == "header" else key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._location == "query":
            request.url = request.url.copy_merge_params({self._name: self._value})
        else:
            request.headers[self._name] = self._value
        yield request

    def __repr__(self) -> str:
        return f"<_KeyAuth {self._location} {self._name}>"


@dataclasses.dataclass(frozen=True)
class Call:
    """One prepared call: what to send, how to retry it, until when, and what to report."""

    op: Operation
    request: httpx.Request
    policy: RetryPolicy
    timeout: httpx.Timeout
    deadline: float | None
    """``time.monotonic()`` value after which the call gives up (``None``: no deadline)."""
    conversion: ConversionReport | None = None
    assistant_id: str | int | None = None


def resolve_deadline(deadline: float | UseDefault | None, timeout: httpx.Timeout) -> float | None:
    """Seconds a call may take in all: as given, else ``DEADLINE_FACTOR`` times the read timeout
    plus the connect timeout, at least ``MIN_DEFAULT_DEADLINE``; ``None`` when no read timeout is
    set either."""
    if not isinstance(deadline, UseDefault):
        if deadline is not None and deadline <= 0:
            raise ValueError(f"deadline must be a number of seconds > 0, or None, not {deadline!r}")
        return deadline
    if timeout.read is None:
        return None
    return max(DEADLINE_FACTOR * timeout.read + (timeout.connect or 0.0), MIN_DEFAULT_DEADLINE)


class BaseClient:
    """Configuration, preparing calls, and the attempt loop (no I/O)."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes | UseDefault,
        deadline: float | UseDefault | None,
        max_retries: int,
        limits: AnswerLimits | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        throttle: Throttle | None = None,
    ) -> None:
        setup_logging()
        self.throttle = throttle
        """Shared with other clients of this vendor: a ``Retry-After`` pauses them all."""
        self._vendor = spec.vendor(vendor)
        self._package = self._vendor.module()  # a clear error now if the client is not installed
        self.vendor = vendor
        key = _api_key(self._vendor, api_key)
        self._secrets = Secrets([key])
        self.base_url: str = _base_url(self._vendor, base_url)
        if isinstance(timeout, UseDefault):
            # A client you bring keeps its own timeout, whatever it is (httpx's 5 s default included).
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout: httpx.Timeout = httpx.Timeout(timeout)
        self._deadline_setting = deadline
        self.deadline: float | None = resolve_deadline(deadline, self.timeout)
        """Seconds one call may take in all, retries included (``None``: unbounded)."""
        self.limits: AnswerLimits = limits if limits is not None else AnswerLimits.from_env()
        self._retry = RetryPolicy(max_retries=max_retries)
        location, name, prefix = self._vendor.auth
        self._auth = _KeyAuth(location, name, prefix, key)
        if location == "query":  # httpx logs the URL of each request, which then holds the key
            guard_httpx_log(self, self._secrets)
        keep_ua = http_client is not None and http_client.headers.get("user-agent", _HTTPX_UA) != _HTTPX_UA
        from .._version import __version__

        self._headers = {"Accept-Encoding": ACCEPT_ENCODING}
        if not keep_ua:
            self._headers["User-Agent"] = f"voiceagents/{__version__} {_HTTPX_UA}"
        # Only read by the generated ``_build_response``; it never sends anything.
        self._parse_client = self._vendor.module("client").Client(base_url=self.base_url)
        self._endpoints: dict[str, ModuleType] = {}

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    @property
    def operations(self) -> tuple[str, ...]:
        """The operations this vendor documents (``createAssistant``, ``getAssistant``, ...)."""
        return self._vendor.operations

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} vendor={self.vendor!r} base_url={self._secrets.scrub(self.base_url)!r}"
            f" timeout={self.timeout!r} deadline={self.deadline!r} max_retries={self.max_retries}>"
        )

    # -- preparing a call ------------------------------------------------------------------

    def _endpoint(self, op: Operation) -> ModuleType:
        module = self._endpoints.get(op.operation_id)
        if module is None:
            module = self._endpoints[op.operation_id] = self._vendor.module(op.module)
        return module

    def _prepare(
        self,
        name: Kind,
        *,
        assistant_id: Any = None,
        body: Any = NO_BODY,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        deadline: float | UseDefault | None = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
        until: float | None = None,
    ) -> Call:
        """The call of operation ``name``; ``until`` is an absolute deadline that overrides the
        call's own (a listing shares one across its pages)."""
        op = spec.operation(self.vendor, OPERATION_IDS[name])
        ident = op.coerce_id(assistant_id) if op.id_param is not None else None
        json_body, conversion = None, None
        if body is not NO_BODY:
            json_body, conversion = self._body(op, body, allow_drop=allow_drop, extra_body=extra_body)
        elif extra_body:
            raise InputError(f"{self.vendor}: {op.operation_id} sends no body, so extra_body has nowhere to go")
        resolved = self.timeout if isinstance(timeout, UseDefault) else httpx.Timeout(timeout)
        if until is None:
            if isinstance(deadline, UseDefault) and isinstance(timeout, UseDefault):
                seconds = self.deadline
            else:  # a call's own timeout moves the default deadline with it
                setting = self._deadline_setting if isinstance(deadline, UseDefault) else deadline
                seconds = resolve_deadline(setting, resolved)
            until = None if seconds is None else time.monotonic() + seconds
        policy = self._retry
        if not isinstance(max_retries, UseDefault):
            policy = dataclasses.replace(policy, max_retries=max_retries)
        request = self._http.build_request(
            op.method,
            op.url(self.base_url, ident),
            json=json_body,
            params=dict(params) if params else None,
            headers=self._headers,
            timeout=resolved,
        )
        return Call(op, request, policy, resolved, until, conversion, ident)

    def _body(
        self, op: Operation, body: Any, *, allow_drop: bool, extra_body: Mapping[str, Any] | None
    ) -> tuple[dict[str, Any], ConversionReport | None]:
        """The JSON body to send for ``body`` (validated), and the conversion report if converted."""
        extra = dict(extra_body or {})
        conversion = None
        if isinstance(body, Mapping):
            data = dict(body)
        elif type(body).__module__.split(".")[0] == self._vendor.package and hasattr(body, "to_dict"):
            data = body.to_dict()
        elif type(body).__module__.startswith("voiceagents_"):
            other = type(body).__module__.split(".")[0]
            raise TypeError(
                f"the {self.vendor} client got a request model of {other}; pass a {self._vendor.package}.models"
                " request model, a dict, or a neutral voiceagents.Assistant"
            )
        else:
            from ..convert import to_vendor_body  # on first use: the converter costs import time

            data, conversion = to_vendor_body(body, self.vendor, op.operation_id, allow_drop=allow_drop)
        exempt = [tuple(path) for path in leaf_paths(extra)]
        sent = merged(data, extra) if extra else data
        _validation.check_body(self.vendor, op.operation_id, sent, exempt=exempt)
        return sent, conversion

    # -- the attempt loop (sans I/O) -------------------------------------------------------

    def _attempts(self, call: Call) -> Generator[Step, Outcome, httpx.Response]:
        """Yield the request to send, or a delay to wait; get back the answer or the transport
        error; return the final success answer or raise the final error."""
        op, policy = call.op, call.policy
        request, retries, redirects = call.request, 0, 0
        while True:
            wait = self.throttle.delay() if self.throttle is not None else 0.0
            if wait > 0:  # another request of the run was told to wait: this one waits too
                if call.deadline is not None and time.monotonic() + wait >= call.deadline:
                    raise self._throttled_error(call, wait)
                yield wait
            _fit_timeout(request, call)
            outcome = yield request
            if isinstance(outcome, httpx.RequestError):
                decision = policy.on_error(outcome, retries, op.retry_class)
                failure: APIError = self._connection_error(call, outcome, retries)
                failure.__cause__ = _sanitized(outcome, self._secrets)
            else:
                assert outcome is not None
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s -> %s", op.method, self._secrets.scrub(str(outcome.url)), outcome.status_code)
                status = outcome.status_code
                if 200 <= status < 300 or (status == 404 and op.kind == "delete" and retries):
                    return outcome
                if 300 <= status < 400 and status in _FOLLOWED and redirects < _MAX_REDIRECTS:
                    request = self._redirect(call, request, outcome)
                    redirects += 1
                    continue
                decision = policy.on_status(status, outcome.headers, retries, op.retry_class)
                if status == 429 and self.throttle is not None:
                    self.throttle.hold(parse_retry_after(outcome.headers) or decision.delay)
                note = decision.reason if status in (429, 503) and "Retry-After" in decision.reason else ""
                failure = status_error(op, outcome, secrets=self._secrets, note=note, check=self._check_hint(op))
            if decision.retry and call.deadline is not None and time.monotonic() + decision.delay >= call.deadline:
                decision = Decision(False, 0.0, "the wait before a retry would pass the call's deadline")
                failure.add_note(f"voiceagents: not retried: {decision.reason}")
            if not decision.retry:
                logger.debug("not retrying: %s", decision.reason)
                raise failure
            self._log_retry(op, decision, retries, policy)
            retries += 1
            yield decision.delay
            request = call.request

    def _redirect(self, call: Call, request: httpx.Request, response: httpx.Response) -> httpx.Request:
        """The request again, at the ``Location`` of a 307/308 of the same origin; anything else
        is an error: the key (and the body) never go to another origin."""
        location = response.headers.get("location", "")
        target = request.url.join(location) if location else None
        if target is None or (target.scheme, target.host, target.port) != (
            request.url.scheme,
            request.url.host,
            request.url.port,
        ):
            raise self._redirect_error(call, response, target)
        logger.debug("following %s to %s", response.status_code, self._secrets.scrub(str(target.copy_with(query=None))))
        return self._http.build_request(
            request.method,
            target,
            content=request.content,
            headers={k: v for k, v in request.headers.items() if k.lower() not in _AUTH_HEADERS},
            timeout=call.timeout,
        )

    def _throttled_error(self, call: Call, wait: float) -> APIError:
        op = call.op
        return APITimeoutError(
            f"{self.vendor}: {op.operation_id} was not sent: the vendor asked to wait {wait:.1f} s more"
            " (Retry-After), past the call's deadline.",
            vendor=self.vendor,
            may_have_created=False,
            operation=op.operation_id,
        )

    def _redirect_error(self, call: Call, response: httpx.Response, target: httpx.URL | None) -> APIStatusError:
        op = call.op
        where = "another origin" if target is not None else "no Location"
        message = (
            f"{self.vendor}: {op.operation_id}: {response.status_code} redirect to {where}, not followed: the"
            " credentials and the body are only ever sent to the base URL's origin"
        )
        return APIStatusError(
            message + ".",
            vendor=self.vendor,
            status_code=response.status_code,
            body=None,
            request_id=None,
            headers=_scrubbed_headers(response.headers, self._secrets),
            may_have_created=False,
            operation=op.operation_id,
            check=self._check_hint(op),
        )

    def _log_retry(self, op: Operation, decision: Decision, retries: int, policy: RetryPolicy) -> None:
        logger.info(
            "retrying %s %s (retry %d of %d) in %.3f s: %s",
            self.vendor,
            op.operation_id,
            retries + 1,
            policy.max_retries,
            decision.delay,
            decision.reason,
        )

    def _log_request(self, request: httpx.Request) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request: %s %s headers=%s",
                request.method,
                self._secrets.scrub(str(request.url)),
                redact_headers(request.headers),
            )

    # -- errors ----------------------------------------------------------------------------

    def _check_hint(self, op: Operation) -> str:
        if not op.creates:
            return ""
        if "listAssistants" in self._vendor.operations:
            return f"Check with list_assistants() (voiceagents list --vendor {self.vendor}) before creating it again."
        return (
            f"{self._vendor.title} documents no way to list assistants: check its dashboard before creating it again."
        )

    def _connection_error(self, call: Call, exc: httpx.RequestError, retries: int) -> APIError:
        """The error for a transport failure: what happened, in words, without the request (its
        headers hold the key) and without chaining the httpx exception (it holds the request)."""
        op = call.op
        where = self._secrets.scrub(str(call.request.url))
        attempts = f" after {retries + 1} attempts" if retries else ""
        detail = self._secrets.scrub(f"{type(exc).__name__}: {exc}".rstrip(": "))
        common: dict[str, Any] = {
            "vendor": self.vendor,
            "may_have_created": op.creates and not isinstance(exc, _NOTHING_SENT),
            "operation": op.operation_id,
            "check": self._check_hint(op),
        }
        if isinstance(exc, httpx.TimeoutException):
            limits = {
                httpx.ConnectTimeout: call.timeout.connect,
                httpx.ReadTimeout: call.timeout.read,
                httpx.WriteTimeout: call.timeout.write,
                httpx.PoolTimeout: call.timeout.pool,
            }
            limit = limits.get(type(exc))
            within = f" (limit {limit:g} s)" if limit is not None else ""
            if call.deadline is not None and time.monotonic() >= call.deadline - 0.05:
                within = " (the call's deadline passed)"
            return APITimeoutError(
                f"{self.vendor}: {op.method} {where} timed out{within}{attempts}: {detail}.", **common
            )
        return APIConnectionError(f"{self.vendor}: {op.method} {where} failed{attempts}: {detail}.", **common)

    def _limit_error(self, call: Call, response: httpx.Response, breach: LimitBreach) -> APIError:
        """An answer over a limit: the status came, so a create may have been processed."""
        op = call.op
        common: dict[str, Any] = {
            "vendor": self.vendor,
            "may_have_created": op.creates and not 400 <= response.status_code < 500,
            "operation": op.operation_id,
            "check": self._check_hint(op),
        }
        message = f"{self.vendor}: {op.operation_id}: {response.status_code}: {breach}."
        if breach.limit == "deadline":
            return APITimeoutError(message, **common)
        return APIResponseLimitError(message, limit=breach.limit, status_code=response.status_code, **common)

    def _interrupted(self, call: Call, exc: BaseException) -> None:
        """Say, on a Ctrl-C or a cancellation during a request, what may have happened."""
        if call.op.creates:
            note = (
                f"voiceagents: the {call.op.operation_id} request to {self.vendor} may have reached the vendor,"
                f" so the assistant may have been created. {self._check_hint(call.op)}"
            )
            exc.add_note(note)
            # Also logged: asyncio.run turns a Ctrl-C into a new KeyboardInterrupt, without this note.
            logger.warning("%s", note.removeprefix("voiceagents: "))

    # -- reading the answer ----------------------------------------------------------------

    def _result(self, call: Call, response: httpx.Response) -> Result:
        op = call.op
        if response.status_code == 404:  # a retried delete whose earlier attempt did the work
            return Result(
                vendor=self.vendor,
                operation=op.operation_id,
                id=call.assistant_id,
                raw=None,
                http_response=response,
                parse=lambda: (None, []),
                warnings=["the assistant was already gone on the retry: the earlier attempt deleted it"],
            )
        try:
            result = success_result(
                op,
                self._endpoint(op),
                self._parse_client,
                response,
                conversion=call.conversion,
                check=self._check_hint(op),
                limits=self.limits,
                secrets=self._secrets,
            )
        except LimitBreach as breach:
            raise self._limit_error(call, response, breach) from None
        if result.id is None and call.assistant_id is not None and not op.creates:
            result.id = call.assistant_id
        return result


_AUTH_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"})


def _scrubbed_headers(headers: httpx.Headers, secrets: Secrets) -> dict[str, str]:
    shown = redact_headers(headers)
    return {k: secrets.scrub(v) for k, v in shown.items()}


def _sanitized(exc: httpx.RequestError, secrets: Secrets) -> httpx.RequestError:
    """A copy of an httpx error to chain to ours: same type and (scrubbed) message, and a request
    without the credential (the original's request carries the key in its headers or URL)."""
    try:
        original = exc.request
    except RuntimeError:  # raised before a request was attached
        return type(exc)(secrets.scrub(str(exc)))
    request = httpx.Request(
        original.method,
        secrets.scrub(str(original.url)),
        headers={k: secrets.scrub(v) for k, v in redact_headers(original.headers).items()},
    )
    return type(exc)(secrets.scrub(str(exc)), request=request)


def _fit_timeout(request: httpx.Request, call: Call) -> None:
    """Cap each of the request's timeouts at the time left before the call's deadline."""
    if call.deadline is None:
        return
    left = max(call.deadline - time.monotonic(), 0.001)
    base = call.timeout
    request.extensions["timeout"] = {
        "connect": min(base.connect, left) if base.connect is not None else left,
        "read": min(base.read, left) if base.read is not None else left,
        "write": min(base.write, left) if base.write is not None else left,
        "pool": min(base.pool, left) if base.pool is not None else left,
    }


def _api_key(vendor: spec.Vendor, api_key: str | None) -> str:
    """The key given, else ``<SLUG>_API_KEY``; an empty key given explicitly is an error, never a
    fallback. A key with a control character (a stray newline) is refused without showing it."""
    where = "api_key" if api_key is not None else vendor.api_key_env
    key = (api_key if api_key is not None else os.environ.get(vendor.api_key_env, "")).strip()
    if not key:
        told = "the api_key given is empty" if api_key is not None else "no API key"
        raise MissingCredentialsError(
            f"{told} for {vendor.slug}: pass api_key=... or set the environment variable {vendor.api_key_env}",
            vendor=vendor.slug,
            env_var=vendor.api_key_env,
        )
    bad = next((i for i, c in enumerate(key) if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F), None)
    if bad is not None:
        raise InputError(
            f"{vendor.slug}: the API key from {where} contains a control character at position {bad + 1}"
            " (a line break copied with it?); it is not shown here"
        )
    if not key.isascii() and vendor.auth[0] == "header":
        raise InputError(f"{vendor.slug}: the API key from {where} has non-ASCII characters; it is not shown here")
    return key


def _base_url(vendor: spec.Vendor, base_url: str | None) -> str:
    """The URL given, else ``<SLUG>_BASE_URL``, else the spec's server. An empty URL given
    explicitly is an error; credentials in the URL (``user:pass@``) are refused, never shown."""
    if base_url is not None:
        where, url = "base_url", base_url
    elif os.environ.get(vendor.base_url_env) is not None:
        where, url = vendor.base_url_env, os.environ[vendor.base_url_env]
    else:
        where, url = "the spec", vendor.default_base_url
    url = url.strip().rstrip("/")
    if not url:
        raise InputError(f"{vendor.slug}: the base URL from {where} is empty")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise InputError(f"{vendor.slug}: the base URL from {where} is not a valid URL") from None
    if parsed.userinfo:
        raise InputError(
            f"{vendor.slug}: the base URL from {where} carries credentials (user:password@host); give the key as"
            f" api_key or {vendor.api_key_env} instead (the URL is not shown, to keep the password out of logs)"
        )
    if parsed.scheme not in ("http", "https"):
        raise InputError(f"{vendor.slug}: the base URL {Secrets().scrub(url)!r} must start with http:// or https://")
    if not parsed.host:
        raise InputError(f"{vendor.slug}: the base URL {Secrets().scrub(url)!r} has no host")
    return url


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context, built once: loading the CA bundle costs ~20 ms per client."""
    return httpx.create_ssl_context()


def check_http_args(http_client: object, transport: object, expected: type) -> None:
    if http_client is not None and transport is not None:
        raise TypeError("pass http_client or transport, not both (give the transport to your http_client)")
    if http_client is not None and not isinstance(http_client, expected):
        raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}, not {http_client!r}")
