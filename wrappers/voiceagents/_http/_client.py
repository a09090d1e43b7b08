"""The clients: ``Client`` and its async twin ``AsyncClient``, one vendor each.

    with voiceagents.client("revox") as revox:                 # key from REVOX_API_KEY
        created = revox.create_assistant(assistant)            # neutral Assistant, vendor model or dict
        revox.update_assistant(created.id, {"name": "Front desk"})
        for item in revox.list_assistants(): ...
        revox.delete_assistant(created.id)

We send requests ourselves rather than through the generated ``sync_detailed`` functions, and use the
generated code for what it does well: the typed, lenient parse of each answer (``_build_response``).
Why:

* Timeouts: an explicit default (connect 5 s, 60 s per read/write), per client and per call;
  ``None`` disables it on purpose (``UseDefault`` tells "not given" from ``None``, like httpx).
  A client you bring keeps its own timeout, whatever its value.
* Retries that follow what each operation does (``_operations``, ``_retries``): a create is retried
  only when it provably was not processed, so it never makes a duplicate; get, list, update and
  delete are retried on timeouts, 429 and 5xx. A delete whose retry finds the assistant gone
  reports it deleted.
* Bring your own httpx client or transport: the key goes with each request as an ``httpx.Auth``,
  so any client authenticates and none is modified (the generated client's ``set_httpx_client``
  silently drops auth).
* Typed errors with no secret in them, and validation before anything is sent.

One retry loop serves every operation, sync and async: ``_attempts`` is a generator that yields the
request to send (or a delay to wait) and is sent back the answer (or the transport error); the two
clients only drive it with their own I/O.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import logging
import os
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Final, Self, overload

import anyio
import httpx

from .. import _validation, spec
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._exceptions import APIConnectionError, APIError, APITimeoutError, InputError, MissingCredentialsError
from .._json import leaf_paths, merged, read_pointer
from .._logs import guard_httpx_log, logger, setup_logging
from .._secrets import Secrets, redact_headers
from .._types import RequestModel
from ..spec import OPERATION_IDS, Kind, Operation
from ._response import Result, item_results, status_error, success_result
from ._retries import NOT_SENT_ERRORS, Decision, RetryPolicy

if TYPE_CHECKING:
    from ..convert import ConversionReport
    from ..types import Assistant

__all__ = ["DEFAULT", "AsyncClient", "Client", "RequestModel", "UseDefault", "async_client", "client"]


class UseDefault:
    """The "not given" value of ``timeout`` and ``max_retries``: use the client's (or the library's)
    default. This is different from ``timeout=None``, which explicitly disables the timeout."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = UseDefault()

TimeoutTypes = httpx.Timeout | float | None
_NOTHING_SENT = (*NOT_SENT_ERRORS, httpx.UnsupportedProtocol, httpx.LocalProtocolError)
_HTTPX_UA = f"python-httpx/{httpx.__version__}"
_NO_BODY: Final = object()  # "this operation sends no body"


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
class _Call:
    """One prepared call: what to send, how to retry it, and what to report."""

    op: Operation
    request: httpx.Request
    policy: RetryPolicy
    timeout: httpx.Timeout
    conversion: ConversionReport | None = None
    assistant_id: str | int | None = None


_Step = httpx.Request | float
_Outcome = httpx.Response | httpx.RequestError | None


class _BaseClient:
    """What both clients share: configuration, preparing calls, and the retry loop."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes | UseDefault,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        setup_logging()
        self._vendor = spec.vendor(vendor)
        self._package = self._vendor.module()  # a clear error now if the client is not installed
        self.vendor = vendor
        key = _api_key(self._vendor, api_key)
        self._secrets = Secrets([key])
        self.base_url = _base_url(self._vendor, base_url)
        if isinstance(timeout, UseDefault):
            # A client you bring keeps its own timeout, whatever it is (httpx's 5 s default included).
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self.timeout = httpx.Timeout(timeout)
        self._retry = RetryPolicy(max_retries=max_retries)
        location, name, prefix = self._vendor.auth
        self._auth = _KeyAuth(location, name, prefix, key)
        if location == "query":  # httpx logs the URL of each request, which then holds the key
            guard_httpx_log(self, self._secrets)
        keep_ua = http_client is not None and http_client.headers.get("user-agent", _HTTPX_UA) != _HTTPX_UA
        from .._version import __version__

        self._headers = {} if keep_ua else {"User-Agent": f"voiceagents/{__version__} {_HTTPX_UA}"}
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
            f" timeout={self.timeout!r} max_retries={self.max_retries}>"
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
        body: Any = _NO_BODY,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> _Call:
        op = spec.operation(self.vendor, OPERATION_IDS[name])
        ident = op.coerce_id(assistant_id) if op.id_param is not None else None
        json_body, conversion = None, None
        if body is not _NO_BODY:
            json_body, conversion = self._body(op, body, allow_drop=allow_drop, extra_body=extra_body)
        elif extra_body:
            raise InputError(f"{self.vendor}: {op.operation_id} sends no body, so extra_body has nowhere to go")
        resolved = self.timeout if isinstance(timeout, UseDefault) else httpx.Timeout(timeout)
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
        return _Call(op, request, policy, resolved, conversion, ident)

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
            convert = importlib.import_module("..convert", __package__)  # lazily: it costs import time
            data, conversion = convert.to_vendor_body(body, self.vendor, op.operation_id, allow_drop=allow_drop)
        exempt = [tuple(path) for path in leaf_paths(extra)]
        body = merged(data, extra) if extra else data
        _validation.check_body(self.vendor, op.operation_id, body, exempt=exempt)
        return body, conversion

    # -- the retry loop (sans I/O) ---------------------------------------------------------

    def _attempts(self, call: _Call) -> Generator[_Step, _Outcome, httpx.Response]:
        """Yield the request to send, or a delay to wait; get back the answer or the transport
        error; return the final success answer or raise the final error."""
        op, policy = call.op, call.policy
        retries = 0
        while True:
            outcome = yield call.request
            if isinstance(outcome, httpx.RequestError):
                decision = policy.on_error(outcome, retries, op.retry_class)
                if not decision.retry:
                    logger.debug("not retrying: %s", decision.reason)
                    raise self._connection_error(call, outcome, retries) from outcome
            else:
                assert outcome is not None
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s -> %s", op.method, self._secrets.scrub(str(outcome.url)), outcome.status_code)
                status = outcome.status_code
                if 200 <= status < 300 or (status == 404 and op.operation_id == "deleteAssistant" and retries):
                    return outcome
                decision = policy.on_status(status, outcome.headers, retries, op.retry_class)
                if not decision.retry:
                    logger.debug("not retrying: %s", decision.reason)
                    note = decision.reason if status in (429, 503) and "Retry-After" in decision.reason else ""
                    raise status_error(op, outcome, secrets=self._secrets, note=note, check=self._check_hint(op))
            self._log_retry(op, decision, retries, policy)
            retries += 1
            yield decision.delay

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

    def _check_hint(self, op: Operation) -> str:
        if not op.creates:
            return ""
        if "listAssistants" in self._vendor.operations:
            return f"Check with list_assistants() (voiceagents list --vendor {self.vendor}) before creating it again."
        return (
            f"{self._vendor.title} documents no way to list assistants: check its dashboard before creating it again."
        )

    def _connection_error(self, call: _Call, exc: httpx.RequestError, retries: int) -> APIError:
        op = call.op
        where = self._secrets.scrub(str(call.request.url))
        attempts = f" after {retries + 1} attempts" if retries else ""
        detail = self._secrets.scrub(f"{type(exc).__name__}: {exc}".rstrip(": "))
        may_have_created = op.creates and not isinstance(exc, _NOTHING_SENT)
        common: dict[str, Any] = {
            "vendor": self.vendor,
            "may_have_created": may_have_created,
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
            return APITimeoutError(
                f"{self.vendor}: {op.method} {where} timed out{within}{attempts}: {detail}.", **common
            )
        return APIConnectionError(f"{self.vendor}: {op.method} {where} failed{attempts}: {detail}.", **common)

    def _interrupted(self, call: _Call, exc: BaseException) -> None:
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

    def _result(self, call: _Call, response: httpx.Response) -> Result:
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
        result = success_result(
            op,
            self._endpoint(op),
            self._parse_client,
            response,
            conversion=call.conversion,
            check=self._check_hint(op),
        )
        if result.id is None and call.assistant_id is not None and not op.creates:
            result.id = call.assistant_id
        return result

    def _page_params(self, op: Operation, page: int, page_size: int | None) -> dict[str, Any]:
        paging = op.pagination
        if not paging:
            return {}
        size = page_size
        if size is None and paging.size_param is not None:
            schema = paging.size_param.schema
            size = schema.get("maximum") or schema.get("default")
        params: dict[str, Any] = {str(paging.page): page}
        if size is not None and paging.size:
            params[paging.size] = size
        return params

    def _next_page(self, op: Operation, page: int, raw: Any, count: int, asked: Any) -> int | None:
        """The next page number to ask for, or None when this was the last page."""
        paging = op.pagination
        if not paging or count == 0:
            return None
        last_at = paging.last_page
        if isinstance(last_at, str):
            last = read_pointer(raw, last_at, None)
            if isinstance(last, int) and not isinstance(last, bool):
                return page + 1 if page < last else None
        size = asked.get(str(paging.size)) if isinstance(asked, dict) else None
        return page + 1 if size is None or count >= int(size) else None


class Client(_BaseClient):
    """A synchronous client for one vendor. Use it as a context manager, or call ``close()``."""

    _http: httpx.Client

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
        self._owns_http = http_client is None
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )
        self._http = http_client or httpx.Client(transport=transport, timeout=self.timeout, verify=_ssl_context())
        self._sleep: Callable[[float], None] = time.sleep

    def _run(self, call: _Call) -> Result:
        attempts = self._attempts(call)
        step = next(attempts)
        try:
            while True:
                if isinstance(step, httpx.Request):
                    self._log_request(step)
                    try:
                        outcome: _Outcome = self._http.send(step, auth=self._auth)
                    except httpx.RequestError as exc:
                        outcome = exc
                    except KeyboardInterrupt as exc:
                        self._interrupted(call, exc)
                        raise
                    step = attempts.send(outcome)
                else:
                    self._sleep(step)
                    step = attempts.send(None)
        except StopIteration as done:
            return self._result(call, done.value)

    @overload
    def create_assistant(
        self,
        assistant: Assistant,
        *,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result: ...
    @overload
    def create_assistant(
        self,
        assistant: Mapping[str, Any] | RequestModel,
        *,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result: ...
    def create_assistant(
        self,
        assistant: Assistant | Mapping[str, Any] | RequestModel,
        *,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Create an assistant.

        Args:
            assistant: a neutral ``voiceagents.Assistant`` (converted, then validated), the vendor's
                generated request model, or a plain dict body (validated against the vendor's spec,
                unknown keys refused).
            allow_drop: (neutral assistants) let the conversion drop neutral fields the vendor has
                no home for (recorded in ``result.conversion``) instead of raising ``ConversionError``.
            extra_body: fields the vendor's spec does not know yet, merged into the body as given
                (objects merged, anything else replaced) and exempt from validation, exactly them.
            timeout: seconds or an ``httpx.Timeout`` for this call; ``None`` disables it.
            max_retries: retries for this call (only for failures that provably created nothing).

        Raises:
            ValidationError, ConversionError: before anything is sent.
            APIStatusError (a subclass per status), APIConnectionError, APITimeoutError,
            APIResponseValidationError: see ``voiceagents._exceptions``; ``may_have_created`` says
            whether the assistant may exist anyway.
        """
        call = self._prepare(
            "create",
            body=assistant,
            allow_drop=allow_drop,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._run(call)

    def get_assistant(
        self,
        assistant_id: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Read one assistant (``result.to_assistant()`` turns it into a neutral definition)."""
        return self._run(self._prepare("get", assistant_id=assistant_id, timeout=timeout, max_retries=max_retries))

    def list_assistants(
        self,
        *,
        page_size: int | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Iterator[Result]:
        """Every assistant, one ``Result`` each, fetching page after page as you iterate.

        Raises ``UnsupportedOperationError`` at once (not on the first ``next``) if the vendor
        documents no list."""
        spec.operation(self.vendor, "listAssistants")
        return self._pages(page_size, timeout, max_retries)

    def _pages(
        self, page_size: int | None, timeout: TimeoutTypes | UseDefault, max_retries: int | UseDefault
    ) -> Iterator[Result]:
        page = 1
        while True:
            params = self._page_params(spec.operation(self.vendor, "listAssistants"), page, page_size)
            call = self._prepare("list", params=params, timeout=timeout, max_retries=max_retries)
            result = self._run(call)
            items = item_results(call.op, self._package, result.http_response, result.raw)
            yield from items
            nxt = self._next_page(call.op, page, result.raw, len(items), params)
            if nxt is None:
                return
            page = nxt

    @overload
    def update_assistant(
        self,
        assistant_id: str | int,
        assistant: Assistant,
        *,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result: ...
    @overload
    def update_assistant(
        self,
        assistant_id: str | int,
        assistant: Mapping[str, Any] | RequestModel,
        *,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result: ...
    def update_assistant(
        self,
        assistant_id: str | int,
        assistant: Assistant | Mapping[str, Any] | RequestModel,
        *,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Change the settings given (a neutral assistant is converted; what it leaves unset stays
        unchanged at the vendor). Arguments as for ``create_assistant``."""
        call = self._prepare(
            "update",
            assistant_id=assistant_id,
            body=assistant,
            allow_drop=allow_drop,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._run(call)

    def delete_assistant(
        self,
        assistant_id: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Delete one assistant."""
        return self._run(self._prepare("delete", assistant_id=assistant_id, timeout=timeout, max_retries=max_retries))

    def clone_assistant(
        self,
        assistant_id: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Copy one assistant into a new one (retried like a create: never twice)."""
        return self._run(self._prepare("clone", assistant_id=assistant_id, timeout=timeout, max_retries=max_retries))

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
    ``await aclose()``. Its methods are those of ``Client``, awaited."""

    _http: httpx.AsyncClient

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
        self._owns_http = http_client is None
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )
        self._http = http_client or httpx.AsyncClient(transport=transport, timeout=self.timeout, verify=_ssl_context())
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep

    async def _run(self, call: _Call) -> Result:
        attempts = self._attempts(call)
        step = next(attempts)
        try:
            while True:
                if isinstance(step, httpx.Request):
                    self._log_request(step)
                    try:
                        outcome: _Outcome = await self._http.send(step, auth=self._auth)
                    except httpx.RequestError as exc:
                        outcome = exc
                    except (KeyboardInterrupt, anyio.get_cancelled_exc_class()) as exc:
                        self._interrupted(call, exc)
                        raise
                    step = attempts.send(outcome)
                else:
                    await self._sleep(step)
                    step = attempts.send(None)
        except StopIteration as done:
            return self._result(call, done.value)

    async def create_assistant(
        self,
        assistant: Assistant | Mapping[str, Any] | RequestModel,
        *,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Create an assistant; the arguments are those of ``Client.create_assistant``."""
        call = self._prepare(
            "create",
            body=assistant,
            allow_drop=allow_drop,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._run(call)

    async def get_assistant(
        self,
        assistant_id: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Read one assistant."""
        return await self._run(
            self._prepare("get", assistant_id=assistant_id, timeout=timeout, max_retries=max_retries)
        )

    def list_assistants(
        self,
        *,
        page_size: int | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> AsyncIterator[Result]:
        """Every assistant, one ``Result`` each, fetching page after page as you iterate.

        Raises ``UnsupportedOperationError`` at once if the vendor documents no list."""
        spec.operation(self.vendor, "listAssistants")
        return self._pages(page_size, timeout, max_retries)

    async def _pages(
        self, page_size: int | None, timeout: TimeoutTypes | UseDefault, max_retries: int | UseDefault
    ) -> AsyncIterator[Result]:
        page = 1
        while True:
            params = self._page_params(spec.operation(self.vendor, "listAssistants"), page, page_size)
            call = self._prepare("list", params=params, timeout=timeout, max_retries=max_retries)
            result = await self._run(call)
            items = item_results(call.op, self._package, result.http_response, result.raw)
            for item in items:
                yield item
            nxt = self._next_page(call.op, page, result.raw, len(items), params)
            if nxt is None:
                return
            page = nxt

    async def update_assistant(
        self,
        assistant_id: str | int,
        assistant: Assistant | Mapping[str, Any] | RequestModel,
        *,
        allow_drop: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Change the settings given; the arguments are those of ``Client.update_assistant``."""
        call = self._prepare(
            "update",
            assistant_id=assistant_id,
            body=assistant,
            allow_drop=allow_drop,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._run(call)

    async def delete_assistant(
        self,
        assistant_id: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Delete one assistant."""
        return await self._run(
            self._prepare("delete", assistant_id=assistant_id, timeout=timeout, max_retries=max_retries)
        )

    async def clone_assistant(
        self,
        assistant_id: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        max_retries: int | UseDefault = DEFAULT,
    ) -> Result:
        """Copy one assistant into a new one (retried like a create: never twice)."""
        return await self._run(
            self._prepare("clone", assistant_id=assistant_id, timeout=timeout, max_retries=max_retries)
        )

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
            (or the timeout of ``http_client``, whatever it is); ``None`` disables it.
        max_retries: retries per call (default 2), following what each operation allows.
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
    bad = next((i for i, c in enumerate(key) if ord(c) < 0x20 or ord(c) == 0x7F), None)
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
def _ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context, built once: loading the CA bundle costs ~20 ms per client."""
    return httpx.create_ssl_context()


def _check_http_args(http_client: object, transport: object, expected: type) -> None:
    if http_client is not None and transport is not None:
        raise TypeError("pass http_client or transport, not both (give the transport to your http_client)")
    if http_client is not None and not isinstance(http_client, expected):
        raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}, not {http_client!r}")
