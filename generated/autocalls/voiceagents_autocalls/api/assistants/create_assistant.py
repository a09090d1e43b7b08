import json
import logging
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_assistant_request import CreateAssistantRequest
from ...models.create_assistant_response import CreateAssistantResponse
from ...models.server_error_response import ServerErrorResponse
from ...models.validation_error_response import ValidationErrorResponse
from ...types import Response, collect_warnings, misfit_tick, status_of, warn_once

_logger = logging.getLogger(__name__)


def _get_kwargs(
    *,
    body: CreateAssistantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/assistant",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _documented(status: int) -> bool:
    """Whether the spec lists this status for the operation."""
    if status == 422:
        return True
    if status == 500:
        return True
    if 200 <= status <= 299:
        return True
    return False


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if response.status_code == 422:
        response_422 = ValidationErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ServerErrorResponse.from_dict(response.json())

        return response_500

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
) -> Response[CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse]:
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
        if warn_once("POST /user/assistant", warning):
            _logger.warning("POST /user/assistant: %s", warning)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> Response[CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse]:
    """Create an assistant

     Creates a new AI phone assistant on the account. The engine mode (pipeline, multimodal or dualplex)
    decides which model field is mandatory and which settings are allowed. New assistants start in the
    inactive status.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant call. Eight fields are always
            needed; the rest is optional and falls back to the documented defaults. Mode-dependent
            rules from the vendor page are encoded in `allOf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse]
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
) -> CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse | None:
    """Create an assistant

     Creates a new AI phone assistant on the account. The engine mode (pipeline, multimodal or dualplex)
    decides which model field is mandatory and which settings are allowed. New assistants start in the
    inactive status.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant call. Eight fields are always
            needed; the rest is optional and falls back to the documented defaults. Mode-dependent
            rules from the vendor page are encoded in `allOf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAssistantRequest,
) -> Response[CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse]:
    """Create an assistant

     Creates a new AI phone assistant on the account. The engine mode (pipeline, multimodal or dualplex)
    decides which model field is mandatory and which settings are allowed. New assistants start in the
    inactive status.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant call. Eight fields are always
            needed; the rest is optional and falls back to the documented defaults. Mode-dependent
            rules from the vendor page are encoded in `allOf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse]
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
) -> CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse | None:
    """Create an assistant

     Creates a new AI phone assistant on the account. The engine mode (pipeline, multimodal or dualplex)
    decides which model field is mandatory and which settings are allowed. New assistants start in the
    inactive status.

    Args:
        body (CreateAssistantRequest): Body of the create-assistant call. Eight fields are always
            needed; the rest is optional and falls back to the documented defaults. Mode-dependent
            rules from the vendor page are encoded in `allOf`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAssistantResponse | ServerErrorResponse | ValidationErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
