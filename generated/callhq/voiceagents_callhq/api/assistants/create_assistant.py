from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_assistant_request import CreateAssistantRequest
from ...models.create_assistant_response import CreateAssistantResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAssistantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAssistantResponse | None:
    if response.status_code == 201:
        response_201 = CreateAssistantResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAssistantResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> Response[CreateAssistantResponse]:
    """Create an assistant

     Creates a voice assistant from a voice (text-to-speech), a transcriber (speech-to-text) and an LLM
    configuration, plus the greeting and call-handling settings.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant request.

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

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> CreateAssistantResponse | None:
    """Create an assistant

     Creates a voice assistant from a voice (text-to-speech), a transcriber (speech-to-text) and an LLM
    configuration, plus the greeting and call-handling settings.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant request.

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
    """Create an assistant

     Creates a voice assistant from a voice (text-to-speech), a transcriber (speech-to-text) and an LLM
    configuration, plus the greeting and call-handling settings.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant request.

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

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> CreateAssistantResponse | None:
    """Create an assistant

     Creates a voice assistant from a voice (text-to-speech), a transcriber (speech-to-text) and an LLM
    configuration, plus the greeting and call-handling settings.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant request.

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
