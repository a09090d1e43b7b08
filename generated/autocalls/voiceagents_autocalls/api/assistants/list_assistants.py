import json
import logging
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_assistants_response import ListAssistantsResponse
from ...types import (
    UNSET,
    Response,
    Unset,
    collect_warnings,
    misfit_tick,
    status_of,
    warn_once,
)

_logger = logging.getLogger(__name__)


def _get_kwargs(
    *,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/assistants/get",
        "params": params,
    }

    return _kwargs


def _documented(status: int) -> bool:
    """Whether the spec lists this status for the operation."""
    if 200 <= status <= 299:
        return True
    return False


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAssistantsResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if 200 <= response.status_code <= 299:
        response_2xx = ListAssistantsResponse.from_dict(response.json())

        return response_2xx

    # A success status the spec does not list: read it as the documented success answer.
    if 200 <= response.status_code <= 299:
        response_2xx = ListAssistantsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAssistantsResponse]:
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
        if warn_once("GET /user/assistants/get", warning):
            _logger.warning("GET /user/assistants/get: %s", warning)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
) -> Response[ListAssistantsResponse]:
    """List assistants

     Returns the assistants of the authenticated account one page at a time, wrapped in a Laravel
    paginator. List items are the stored assistant records, named differently from the create body
    (`engine_id`, `synthesizer_id`, `fillers` as 0/1, tools as `{type, data}` ...).

    Args:
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
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
    per_page: int | Unset = 10,
    page: int | Unset = 1,
) -> ListAssistantsResponse | None:
    """List assistants

     Returns the assistants of the authenticated account one page at a time, wrapped in a Laravel
    paginator. List items are the stored assistant records, named differently from the create body
    (`engine_id`, `synthesizer_id`, `fillers` as 0/1, tools as `{type, data}` ...).

    Args:
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssistantsResponse
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
) -> Response[ListAssistantsResponse]:
    """List assistants

     Returns the assistants of the authenticated account one page at a time, wrapped in a Laravel
    paginator. List items are the stored assistant records, named differently from the create body
    (`engine_id`, `synthesizer_id`, `fillers` as 0/1, tools as `{type, data}` ...).

    Args:
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    result = _build_response(client=client, response=response)
    _log(result)
    return result


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
) -> ListAssistantsResponse | None:
    """List assistants

     Returns the assistants of the authenticated account one page at a time, wrapped in a Laravel
    paginator. List items are the stored assistant records, named differently from the create body
    (`engine_id`, `synthesizer_id`, `fillers` as 0/1, tools as `{type, data}` ...).

    Args:
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssistantsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
