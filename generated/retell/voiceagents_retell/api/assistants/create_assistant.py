import json
import logging
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_assistant_request import CreateAssistantRequest
from ...models.create_assistant_response import CreateAssistantResponse
from ...types import Response, collect_warnings, misfit_tick, status_of, warn_once

_logger = logging.getLogger(__name__)


def _get_kwargs(
    *,
    body: CreateAssistantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/create-agent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _documented(status: int) -> bool:
    """Whether the spec lists this status for the operation."""
    if 200 <= status <= 299:
        return True
    return False


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAssistantResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if 200 <= response.status_code <= 299:
        response_2xx = CreateAssistantResponse.from_dict(response.json())

        return response_2xx

    # A success status the spec does not list: read it as the documented success answer.
    if 200 <= response.status_code <= 299:
        response_2xx = CreateAssistantResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAssistantResponse]:
    warnings: list[str] = []
    tick = misfit_tick()
    try:
        parsed = _parse_response(client=client, response=response)
    except json.JSONDecodeError:  # not JSON at all: an error, not a misfit
        raise
    except (
        Exception
    ):  # JSON that is not the documented shape (a list, a string): kept in .content
        parsed = None
        warnings.append(
            "the answer is JSON but not the documented object; it is kept as sent in .content"
        )
    # Some model recorded a warning (else only our own read ticked): gather them all, with their paths.
    if misfit_tick() != tick + 1:
        warnings += collect_warnings(parsed)
    if 200 <= response.status_code <= 299:
        if not _documented(response.status_code):
            warnings.insert(
                0,
                f"status {response.status_code} is not documented for this operation; parsed as its success answer",
            )
        if parsed is None and not response.content.strip():
            warnings.append("the success answer has no body")
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        warnings=warnings,
    )


def _log(response: Response[Any]) -> None:
    """Log each warning the first time its field misfits in this process (all are on ``.warnings``)."""
    for warning in response.warnings:
        if warn_once("POST /create-agent", warning):
            _logger.warning("POST /create-agent: %s", warning)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> Response[CreateAssistantResponse]:
    """Create an agent

     Creates a Retell voice agent on top of an existing response engine (a Retell LLM, your own
    LLM server or a conversation flow). Only `response_engine` and `voice_id` are required; the
    answer is the new agent itself, whose `agent_id` is what calls and the other agent endpoints
    take.

    Args:
        body (CreateAssistantRequest): Settings of a new Retell agent. Only `response_engine` and
            `voice_id` are required; Retell
            applies its defaults (the `default` values below) to everything left out. Fields that
            allow
            `null` may be sent as `null`, which leaves that feature off (or at Retell's default, as
            each
            description says).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssistantResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    result = _build_response(client=client, response=response)
    _log(result)
    return result


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> CreateAssistantResponse | None:
    """Create an agent

     Creates a Retell voice agent on top of an existing response engine (a Retell LLM, your own
    LLM server or a conversation flow). Only `response_engine` and `voice_id` are required; the
    answer is the new agent itself, whose `agent_id` is what calls and the other agent endpoints
    take.

    Args:
        body (CreateAssistantRequest): Settings of a new Retell agent. Only `response_engine` and
            `voice_id` are required; Retell
            applies its defaults (the `default` values below) to everything left out. Fields that
            allow
            `null` may be sent as `null`, which leaves that feature off (or at Retell's default, as
            each
            description says).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssistantResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> Response[CreateAssistantResponse]:
    """Create an agent

     Creates a Retell voice agent on top of an existing response engine (a Retell LLM, your own
    LLM server or a conversation flow). Only `response_engine` and `voice_id` are required; the
    answer is the new agent itself, whose `agent_id` is what calls and the other agent endpoints
    take.

    Args:
        body (CreateAssistantRequest): Settings of a new Retell agent. Only `response_engine` and
            `voice_id` are required; Retell
            applies its defaults (the `default` values below) to everything left out. Fields that
            allow
            `null` may be sent as `null`, which leaves that feature off (or at Retell's default, as
            each
            description says).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssistantResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    result = _build_response(client=client, response=response)
    _log(result)
    return result


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> CreateAssistantResponse | None:
    """Create an agent

     Creates a Retell voice agent on top of an existing response engine (a Retell LLM, your own
    LLM server or a conversation flow). Only `response_engine` and `voice_id` are required; the
    answer is the new agent itself, whose `agent_id` is what calls and the other agent endpoints
    take.

    Args:
        body (CreateAssistantRequest): Settings of a new Retell agent. Only `response_engine` and
            `voice_id` are required; Retell
            applies its defaults (the `default` values below) to everything left out. Fields that
            allow
            `null` may be sent as `null`, which leaves that feature off (or at Retell's default, as
            each
            description says).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssistantResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
