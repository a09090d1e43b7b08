"""The clients: ``Client`` and its async twin ``AsyncClient``, one vendor each.

    with voiceagents.client("revox") as c:          # key from REVOX_API_KEY
        result = c.create_assistant(body)          # neutral Assistant, vendor model, or dict
        result.id, result.response, result.status_code, result.headers

We send the request ourselves instead of calling the generated ``sync_detailed``, and keep the
generated code for what it does well: ``_get_kwargs`` (method, path, JSON body and headers, from
the spec) and ``_build_response`` (the typed model of the answer). The reasons:

* Timeouts. The generated client hands ``timeout=None`` to httpx, which means *no* timeout. Ours
  has an explicit default (``DEFAULT_TIMEOUT``: connect 5 s, 60 s per read/write), per client and
  per call; ``None`` still disables it on purpose (the ``UseDefault`` sentinel tells "not given"
  from ``None``, like httpx's ``UseClientDefault``).
* Retries that never duplicate an assistant: the generated code has none, and the usual SDK policy
  (retry POSTs on timeouts and 5xx) creates duplicates. See ``_retries``.
* Bring your own httpx client. The generated ``AuthenticatedClient`` puts the key only into an httpx
  client it builds itself, so ``set_httpx_client(proxy_client)`` silently sends requests without
  auth (tooling research §1.4, "the set_httpx_client trap"). We pass an ``httpx.Auth`` with every
  request instead: any httpx client or transport authenticates, and it is never mutated.
* Typed errors: the generated functions return error bodies as values; we raise the classes of
  ``_exceptions``, with no secret in them.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import logging
import os
import ssl
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from types import ModuleType, TracebackType
from typing import Any, Final, Self

import anyio
import httpx

from . import _validation, _vendors
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import APIConnectionError, APIError, APITimeoutError, InputError, MissingCredentialsError
from ._logs import logger, redact, redact_headers, redact_url, register_secret, setup_logging
from ._response import CreateResult, parse_success, status_error
from ._retries import NOT_SENT_ERRORS, Decision, RetryPolicy

__all__ = ["DEFAULT", "AsyncClient", "Client", "UseDefault", "async_client", "client"]


class UseDefault:
    """The "not given" value of ``timeout`` and ``max_retries``: use the client's (or the library's)
    default. This is different from ``timeout=None``, which explicitly disables the timeout."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = UseDefault()

TimeoutTypes = httpx.Timeout | float | None
_NOTHING_SENT = (*NOT_SENT_ERRORS, httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class _KeyAuth(httpx.Auth):
    """Adds the vendor's credential to each request (header with prefix, or query parameter)."""

    def __init__(self, location: str, name: str, prefix: str, key: str) -> None:
        self._location = location
        self._name = name
        self._value = f"{prefix} {key}" if prefix and location == "header" else key
        self.secrets = (key,)
        """What must never be shown: scrubbed from error messages and bodies."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._location == "query":
            request.url = request.url.copy_merge_params({self._name: self._value})
        else:
            request.headers[self._name] = self._value
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request: %s %s headers=%s",
                request.method,
                redact_url(request.url),
                redact_headers(request.headers),
            )
        yield request

    def __repr__(self) -> str:
        return f"<_KeyAuth {self._location} {self._name}>"


class _BaseClient:
    """What both clients share: configuration, request building, and reading the answer."""

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes | UseDefault,
        max_retries: int,
        http_timeout: httpx.Timeout | None,
    ) -> None:
        setup_logging()
        self._vendor = _vendors.get(vendor)
        self.vendor = vendor
        key = _api_key(self._vendor, api_key)
        register_secret(key)
        self.base_url = _base_url(self._vendor, base_url)
        if isinstance(timeout, UseDefault):
            # A BYO httpx client with a timeout of its own keeps it; httpx's 5 s default does not count.
            keep = http_timeout is not None and http_timeout != httpx.Timeout(5.0)
            timeout = http_timeout if keep else DEFAULT_TIMEOUT
        self.timeout = httpx.Timeout(timeout)
        self._retry = RetryPolicy(max_retries=max_retries)
        self._auth = _KeyAuth(*self._vendor.auth, key)
        self._endpoint: ModuleType = self._vendor.module("api.assistants.create_assistant")
        # Only read by ``_build_response`` (raise_on_unexpected_status); it never sends anything.
        self._parse_client = self._vendor.module("client").Client(base_url=self.base_url)
        self._route: dict[str, Any] | None = None

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} vendor={self.vendor!r} base_url={redact_url(self.base_url)!r}"
            f" timeout={self.timeout!r} max_retries={self.max_retries}>"
        )

    # -- building the request --------------------------------------------------------------

    def _prepare(self, assistant: Any, allow_drop: bool) -> tuple[dict[str, Any], Any]:
        """Validate (and convert) ``assistant``; the request kwargs and the conversion report."""
        model = self._endpoint.CreateAssistantRequest
        conversion = None
        if isinstance(assistant, model):
            request = assistant
        elif isinstance(assistant, Mapping):
            body = dict(assistant)
            _validation.check_request(self.vendor, body)
            if self._route is None:
                # Method, path and headers come from the generated endpoint; learnt once, then a
                # validated dict is sent as given (no model round trip, which costs ~20% per create).
                self._route = self._endpoint._get_kwargs(body=model.from_dict(body))
            route = self._route
            return {**route, "json": body, "headers": dict(route["headers"]), "url": self.base_url + route["url"]}, None
        elif type(assistant).__module__.startswith("voiceagents_"):
            other = type(assistant).__module__.split(".")[0]
            raise TypeError(
                f"the {self.vendor} client got a request model of {other}; pass a"
                f" {self._vendor.package}.models.CreateAssistantRequest, a dict, or a neutral Assistant"
            )
        else:
            # Imported lazily: the converter (and the neutral model) cost import time.
            convert = importlib.import_module("._convert", __package__)
            request, conversion = convert.to_vendor(assistant, self.vendor, allow_drop=allow_drop)
        kwargs: dict[str, Any] = self._endpoint._get_kwargs(body=request)
        if not isinstance(assistant, Mapping):
            _validation.check_request(self.vendor, kwargs["json"])
        kwargs["url"] = self.base_url + kwargs["url"]
        return kwargs, conversion

    def _options(
        self, timeout: TimeoutTypes | UseDefault, max_retries: int | UseDefault
    ) -> tuple[httpx.Timeout, RetryPolicy]:
        resolved = self.timeout if isinstance(timeout, UseDefault) else httpx.Timeout(timeout)
        policy = self._retry
        if not isinstance(max_retries, UseDefault):
            policy = dataclasses.replace(policy, max_retries=max_retries)
        return resolved, policy

    # -- reading the answer ----------------------------------------------------------------

    def _after_error(
        self, exc: httpx.RequestError, retries: int, policy: RetryPolicy, timeout: httpx.Timeout, url: str
    ) -> float:
        """The delay before the next attempt, or raise the final error."""
        decision = policy.on_error(exc, retries)
        if decision.retry:
            self._log_retry(decision, retries, policy)
            return decision.delay
        logger.debug("not retrying: %s", decision.reason)
        raise self._connection_error(exc, retries, timeout, url) from exc

    def _after_response(
        self, response: httpx.Response, retries: int, policy: RetryPolicy, conversion: Any
    ) -> CreateResult | float:
        """The result, the delay before the next attempt (a 429), or raise the final error."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response: %s %s -> %s",
                response.request.method,
                redact_url(response.url),
                response.status_code,
            )
        status = response.status_code
        if 200 <= status < 300:
            return parse_success(self.vendor, self._endpoint, self._parse_client, response, conversion)
        note = ""
        if status == 429:
            decision = policy.on_rate_limit(response.headers, retries)
            if decision.retry:
                self._log_retry(decision, retries, policy)
                return decision.delay
            logger.debug("not retrying: %s", decision.reason)
            note = decision.reason.removeprefix("429 rate limited; ")
        raise status_error(self.vendor, response, secrets=self._auth.secrets, note=note)

    def _log_retry(self, decision: Decision, retries: int, policy: RetryPolicy) -> None:
        logger.info(
            "retrying %s create (retry %d of %d) in %.3f s: %s",
            self.vendor,
            retries + 1,
            policy.max_retries,
            decision.delay,
            decision.reason,
        )

    def _connection_error(self, exc: httpx.RequestError, retries: int, timeout: httpx.Timeout, url: str) -> APIError:
        where = redact_url(url)
        attempts = f" after {retries + 1} attempts" if retries else ""
        detail = redact(f"{type(exc).__name__}: {exc}".rstrip(": "), self._auth.secrets)
        may_have_created = not isinstance(exc, _NOTHING_SENT)
        if isinstance(exc, httpx.TimeoutException):
            limits = {
                httpx.ConnectTimeout: timeout.connect,
                httpx.ReadTimeout: timeout.read,
                httpx.WriteTimeout: timeout.write,
                httpx.PoolTimeout: timeout.pool,
            }
            limit = limits.get(type(exc))
            within = f" (limit {limit:g} s)" if limit is not None else ""
            return APITimeoutError(
                f"{self.vendor}: POST {where} timed out{within}{attempts}: {detail}.",
                vendor=self.vendor,
                may_have_created=may_have_created,
            )
        return APIConnectionError(
            f"{self.vendor}: POST {where} failed{attempts}: {detail}.",
            vendor=self.vendor,
            may_have_created=may_have_created,
        )


class Client(_BaseClient):
    """A synchronous client for one vendor. Use it as a context manager, or call ``close()``."""

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        _check_http_args(http_client, transport, httpx.Client)
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_timeout=http_client.timeout if http_client is not None else None,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(transport=transport, timeout=self.timeout, verify=_ssl_context())
        )
        self._sleep: Callable[[float], None] = time.sleep

    def create_assistant(
        self,
        assistant: Any,
        *,
        allow_drop: bool = False,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> CreateResult:
        """Create an assistant.

        Args:
            assistant: a neutral ``voiceagents.types.Assistant`` (converted, then validated), the
                vendor's generated ``CreateAssistantRequest``, or a plain dict body (validated).
            allow_drop: let the conversion drop neutral fields the vendor cannot take (recorded in
                ``result.conversion``) instead of raising ``ConversionError``.
            timeout: seconds or an ``httpx.Timeout`` for this call; ``None`` disables it.
            max_retries: retries for this call (only for failures that provably created nothing).

        Raises:
            ValidationError, ConversionError: before anything is sent.
            APIStatusError (a subclass per status), APIConnectionError, APITimeoutError,
            APIResponseValidationError: see ``voiceagents._exceptions``; ``may_have_created`` says
            whether the assistant may exist anyway.
        """
        kwargs, conversion = self._prepare(assistant, allow_drop)
        resolved, policy = self._options(timeout, max_retries)
        retries = 0
        while True:
            try:
                response = self._http.request(**kwargs, timeout=resolved, auth=self._auth)
            except httpx.RequestError as exc:
                delay = self._after_error(exc, retries, policy, resolved, kwargs["url"])
            else:
                outcome = self._after_response(response, retries, policy, conversion)
                if isinstance(outcome, CreateResult):
                    return outcome
                delay = outcome
            retries += 1
            self._sleep(delay)

    def close(self) -> None:
        """Close the httpx client if this client created it (a client passed in stays open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """An asyncio (or trio) client for one vendor. Use it as an async context manager, or
    ``await aclose()``."""

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        _check_http_args(http_client, transport, httpx.AsyncClient)
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_timeout=http_client.timeout if http_client is not None else None,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(transport=transport, timeout=self.timeout, verify=_ssl_context())
        )
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep

    async def create_assistant(
        self,
        assistant: Any,
        *,
        allow_drop: bool = False,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> CreateResult:
        """Create an assistant; the arguments are those of ``Client.create_assistant``."""
        kwargs, conversion = self._prepare(assistant, allow_drop)
        resolved, policy = self._options(timeout, max_retries)
        retries = 0
        while True:
            try:
                response = await self._http.request(**kwargs, timeout=resolved, auth=self._auth)
            except httpx.RequestError as exc:
                delay = self._after_error(exc, retries, policy, resolved, kwargs["url"])
            else:
                outcome = self._after_response(response, retries, policy, conversion)
                if isinstance(outcome, CreateResult):
                    return outcome
                delay = outcome
            retries += 1
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the httpx client if this client created it (a client passed in stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def client(
    vendor: str,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: TimeoutTypes | UseDefault = DEFAULT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.Client | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Client:
    """A ``Client`` for ``vendor`` (a slug such as ``"revox"``).

    Args:
        api_key: the vendor API key; default ``<SLUG>_API_KEY`` (``REVOX_API_KEY``, ...).
        base_url: default ``<SLUG>_BASE_URL``, else the server of the vendor's spec.
        timeout: seconds or an ``httpx.Timeout``; default connect 5 s, 60 s per read/write
            (or the timeout of ``http_client`` if it has one); ``None`` disables it.
        max_retries: retries of a create that provably created nothing (default 2).
        http_client: an ``httpx.Client`` of your own (proxy, certificates, ...): it gets
            authenticated per request, is not modified, and is not closed by ``close()``.
        transport: an httpx transport for the client we build (``httpx.MockTransport`` in tests).
    """
    return Client(
        vendor,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
        transport=transport,
    )


def async_client(
    vendor: str,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: TimeoutTypes | UseDefault = DEFAULT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.AsyncClient | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncClient:
    """An ``AsyncClient`` for ``vendor``; the arguments are those of ``client``."""
    return AsyncClient(
        vendor,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
        transport=transport,
    )


def _api_key(vendor: _vendors.Vendor, api_key: str | None) -> str:
    key = (api_key if api_key is not None else os.environ.get(vendor.api_key_env, "")).strip()
    if not key:
        raise MissingCredentialsError(
            f"no API key for {vendor.slug}: pass api_key=... or set the environment variable {vendor.api_key_env}"
        )
    return key


def _base_url(vendor: _vendors.Vendor, base_url: str | None) -> str:
    url = (base_url or os.environ.get(vendor.base_url_env) or vendor.default_base_url).strip().rstrip("/")
    if httpx.URL(url).scheme not in ("http", "https"):
        raise InputError(f"{vendor.slug}: the base URL {redact_url(url)!r} must start with http:// or https://")
    return url


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context, built once: loading the CA bundle costs ~20 ms per client."""
    return httpx.create_ssl_context()


def _check_http_args(http_client: object, transport: object, expected: type) -> None:
    if http_client is not None and transport is not None:
        raise TypeError("pass http_client or transport, not both (give the transport to your http_client)")
    if http_client is not None and not isinstance(http_client, expected):
        raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}, not {http_client!r}")
