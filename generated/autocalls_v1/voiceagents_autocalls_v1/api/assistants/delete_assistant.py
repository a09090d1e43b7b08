import json
import logging
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_assistant_response import DeleteAssistantResponse
from ...models.not_found_response import NotFoundResponse
from ...models.server_error_response import ServerErrorResponse
from ...types import Response, collect_warnings, misfit_tick, status_of, warn_once

_logger = logging.getLogger(__name__)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/user/assistant/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _documented(status: int) -> bool:
    """Whether the spec lists this status for the operation."""
    if status == 200:
        return True
    if status == 404:
        return True
    if status == 500:
        return True
    return False


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if response.status_code == 200:
        response_200 = DeleteAssistantResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ServerErrorResponse.from_dict(response.json())

        return response_500

    # A success status the spec does not list: read it as the documented success answer.
    if 200 <= response.status_code <= 299:
        response_200 = DeleteAssistantResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse]:
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
        if warn_once("DELETE /user/assistant/{id}", warning):
            _logger.warning("DELETE /user/assistant/{id}: %s", warning)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse]:
    """Delete an assistant

     Permanently removes one of the account's assistants with its whole configuration; it cannot be
    restored. Calls the assistant is handling at that moment may be affected.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    result = _build_response(client=client, response=response)
    _log(result)
    return result


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
) -> DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse | None:
    """Delete an assistant

     Permanently removes one of the account's assistants with its whole configuration; it cannot be
    restored. Calls the assistant is handling at that moment may be affected.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse]:
    """Delete an assistant

     Permanently removes one of the account's assistants with its whole configuration; it cannot be
    restored. Calls the assistant is handling at that moment may be affected.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    result = _build_response(client=client, response=response)
    _log(result)
    return result


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse | None:
    """Delete an assistant

     Permanently removes one of the account's assistants with its whole configuration; it cannot be
    restored. Calls the assistant is handling at that moment may be affected.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantResponse | NotFoundResponse | ServerErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
