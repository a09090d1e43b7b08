import json
import logging
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_assistant_response import DeleteAssistantResponse
from ...types import Response, collect_warnings, misfit_tick, status_of, warn_once

_logger = logging.getLogger(__name__)


def _get_kwargs(
    assistant_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/assistant/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    return _kwargs


def _documented(status: int) -> bool:
    """Whether the spec lists this status for the operation."""
    if 200 <= status <= 299:
        return True
    return False


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAssistantResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteAssistantResponse.from_dict(response.json())

        return response_2xx

    # A success status the spec does not list: read it as the documented success answer.
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteAssistantResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteAssistantResponse]:
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
        if warn_once("DELETE /api/v1/assistant/{assistant_id}", warning):
            _logger.warning("DELETE /api/v1/assistant/{assistant_id}: %s", warning)


def sync_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteAssistantResponse]:
    """Delete an assistant

     Deletes one assistant. Known only from third-party clients, which agree on `DELETE
    /api/v1/assistant/{assistant_id}` with no body.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    result = _build_response(client=client, response=response)
    _log(result)
    return result


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteAssistantResponse | None:
    """Delete an assistant

     Deletes one assistant. Known only from third-party clients, which agree on `DELETE
    /api/v1/assistant/{assistant_id}` with no body.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteAssistantResponse]:
    """Delete an assistant

     Deletes one assistant. Known only from third-party clients, which agree on `DELETE
    /api/v1/assistant/{assistant_id}` with no body.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    result = _build_response(client=client, response=response)
    _log(result)
    return result


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteAssistantResponse | None:
    """Delete an assistant

     Deletes one assistant. Known only from third-party clients, which agree on `DELETE
    /api/v1/assistant/{assistant_id}` with no body.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
        )
    ).parsed
