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
  ``None`` disables it on purpose (``UseDefault`` tells "not given" from ``None``, like httpx). A
  client you bring keeps its own timeout, whatever its value. On top, a deadline for the whole
  call (retries and a slow answer included): three times the read timeout unless given.
* Retries that follow what each operation does (``_retries``): a create is retried only when it
  provably was not processed, so it never makes a duplicate; get, list, update and delete are
  retried on timeouts, 429 and 5xx. A delete whose retry finds the assistant gone reports it deleted.
* Bring your own httpx client or transport: the key goes with each request as an ``httpx.Auth``,
  so any client authenticates and none is modified; redirects are never followed by httpx, and we
  follow a 307/308 only to the same origin, so the key and the body never go anywhere else.
* Answers are read as a stream within ``AnswerLimits`` (size, decompressed size, nesting, digits)
  and the deadline; typed errors with no secret in any attribute; validation before anything is sent.

The retry loop is ``BaseClient._attempts`` (``_base``), shared by both clients: they only drive it
with their own I/O.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, overload

import anyio
import httpx

from .. import spec
from .._constants import DEFAULT_MAX_RETRIES
from .._types import RequestModel
from ._base import DEFAULT, NO_BODY, BaseClient, Call, Outcome, TimeoutTypes, UseDefault, check_http_args, ssl_context
from ._limits import AnswerLimits, Body, LimitBreach
from ._pages import Pager
from ._response import Result, item_results
from ._throttle import Throttle

if TYPE_CHECKING:
    from ..types import Assistant

__all__ = ["DEFAULT", "AsyncClient", "Client", "RequestModel", "UseDefault", "async_client", "client"]

Deadline = float | None | UseDefault


class Client(BaseClient):
    """A synchronous client for one vendor. Use it as a context manager, or call ``close()``."""

    _http: httpx.Client

    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | UseDefault = DEFAULT,
        deadline: Deadline = DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: AnswerLimits | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        throttle: Throttle | None = None,
    ) -> None:
        check_http_args(http_client, transport, httpx.Client)
        self._owns_http = http_client is None
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            limits=limits,
            http_client=http_client,
            throttle=throttle,
        )
        self._http = http_client or httpx.Client(transport=transport, timeout=self.timeout, verify=ssl_context())
        self._sleep: Callable[[float], None] = time.sleep

    def _send(self, call: Call, request: httpx.Request) -> httpx.Response:
        """Send one attempt and read its answer within the limits (redirects are ours to follow)."""
        response = self._http.send(request, auth=self._auth, stream=True, follow_redirects=False)
        try:
            body = Body(response, self.limits, call.deadline)
            for chunk in body.chunks(response):
                if not body.feed(chunk):
                    break
            return body.response(response)
        except LimitBreach as breach:
            failure = self._limit_error(call, response, breach)
        finally:
            response.close()
        raise failure

    def _run(self, call: Call) -> Result:
        attempts = self._attempts(call)
        step = next(attempts)
        try:
            while True:
                if isinstance(step, httpx.Request):
                    self._log_request(step)
                    try:
                        outcome: Outcome = self._send(call, step)
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
        documents no list. A listing ends, whatever the vendor answers: see ``_pages``."""
        op = spec.operation(self.vendor, "listAssistants")
        return self._pages(op, page_size, timeout, max_retries)

    def _pages(
        self,
        op: spec.Operation,
        page_size: int | None,
        timeout: TimeoutTypes | UseDefault,
        max_retries: int | UseDefault,
    ) -> Iterator[Result]:
        pager = Pager(op, page_size, self.limits.max_pages)
        until = _listing_deadline(self, timeout)
        body = {} if op.request_schema is not None else NO_BODY
        while True:
            call = self._prepare(
                "list", params=pager.params(), body=body, timeout=timeout, max_retries=max_retries, until=until
            )
            result = self._run(call)
            items = item_results(call.op, self._package, result.http_response, result.raw)
            yield from pager.take(items)
            if not pager.advance(result.raw, len(items)):
                return

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


class AsyncClient(BaseClient):
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
        deadline: Deadline = DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: AnswerLimits | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        throttle: Throttle | None = None,
    ) -> None:
        check_http_args(http_client, transport, httpx.AsyncClient)
        self._owns_http = http_client is None
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            max_retries=max_retries,
            limits=limits,
            http_client=http_client,
            throttle=throttle,
        )
        self._http = http_client or httpx.AsyncClient(transport=transport, timeout=self.timeout, verify=ssl_context())
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep

    async def _send(self, call: Call, request: httpx.Request) -> httpx.Response:
        response = await self._http.send(request, auth=self._auth, stream=True, follow_redirects=False)
        try:
            body = Body(response, self.limits, call.deadline)
            chunks = [response.content] if response.is_stream_consumed else response.aiter_raw()
            async for chunk in _each(chunks):
                if not body.feed(chunk):
                    break
            return body.response(response)
        except LimitBreach as breach:
            failure = self._limit_error(call, response, breach)
        finally:
            await response.aclose()
        raise failure

    async def _run(self, call: Call) -> Result:
        attempts = self._attempts(call)
        step = next(attempts)
        try:
            while True:
                if isinstance(step, httpx.Request):
                    self._log_request(step)
                    try:
                        outcome: Outcome = await self._send(call, step)
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
        op = spec.operation(self.vendor, "listAssistants")
        return self._pages(op, page_size, timeout, max_retries)

    async def _pages(
        self,
        op: spec.Operation,
        page_size: int | None,
        timeout: TimeoutTypes | UseDefault,
        max_retries: int | UseDefault,
    ) -> AsyncIterator[Result]:
        pager = Pager(op, page_size, self.limits.max_pages)
        until = _listing_deadline(self, timeout)
        body = {} if op.request_schema is not None else NO_BODY
        while True:
            call = self._prepare(
                "list", params=pager.params(), body=body, timeout=timeout, max_retries=max_retries, until=until
            )
            result = await self._run(call)
            items = item_results(call.op, self._package, result.http_response, result.raw)
            for item in pager.take(items):
                yield item
            if not pager.advance(result.raw, len(items)):
                return

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
    *,
    deadline: Deadline = DEFAULT,
    limits: AnswerLimits | None = None,
    throttle: Throttle | None = None,
) -> Client:
    """A ``Client`` for ``vendor`` (a slug such as ``"revox"``).

    Args:
        api_key: the vendor API key; default ``<SLUG>_API_KEY`` (``REVOX_API_KEY``, ...).
        base_url: default ``<SLUG>_BASE_URL``, else the server of the vendor's spec.
        timeout: seconds or an ``httpx.Timeout``; default connect 5 s, 60 s per read/write
            (or the timeout of ``http_client``, whatever it is); ``None`` disables it.
        deadline: seconds a whole call may take, retries and a slow answer included; default
            three times the read timeout (180 s); ``None`` disables it.
        limits: ``AnswerLimits``: how large, deep and long (pages) an answer may be; default
            ``AnswerLimits.from_env()`` (16 MiB, 64 levels, 100-digit integers, 1,000 pages).
        throttle: a ``Throttle`` shared by several clients of this vendor, so that a 429's
            ``Retry-After`` pauses them all (deploys share one per vendor and run).
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
        deadline=deadline,
        max_retries=max_retries,
        limits=limits,
        http_client=http_client,
        transport=transport,
        throttle=throttle,
    )


def async_client(
    vendor: str,
    api_key: str | None = None,
    base_url: str | None = None,
    timeout: TimeoutTypes | UseDefault = DEFAULT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.AsyncClient | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    deadline: Deadline = DEFAULT,
    limits: AnswerLimits | None = None,
    throttle: Throttle | None = None,
) -> AsyncClient:
    """An ``AsyncClient`` for ``vendor``; the arguments are those of ``client``."""
    return AsyncClient(
        vendor,
        api_key=api_key,
        base_url=base_url,
        timeout=timeout,
        deadline=deadline,
        max_retries=max_retries,
        limits=limits,
        http_client=http_client,
        transport=transport,
        throttle=throttle,
    )


async def _each(chunks: list[bytes] | AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    if isinstance(chunks, list):
        for chunk in chunks:
            yield chunk
    else:
        async for chunk in chunks:
            yield chunk


def _listing_deadline(client: BaseClient, timeout: TimeoutTypes | UseDefault) -> float | None:
    """One deadline for every page of a listing."""
    seconds = client.deadline
    if not isinstance(timeout, UseDefault):
        from ._base import resolve_deadline

        seconds = resolve_deadline(client._deadline_setting, httpx.Timeout(timeout))
    return None if seconds is None else time.monotonic() + seconds
