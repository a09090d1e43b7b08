import json
import logging
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_assistants_request import ListAssistantsRequest
from ...models.list_assistants_response import ListAssistantsResponse
from ...models.sort_order import SortOrder
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
    body: ListAssistantsRequest,
    limit: int | Unset = UNSET,
    pagination_key: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["pagination_key"] = pagination_key

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/list-agents",
        "params": params,
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
        if warn_once("POST /v2/list-agents", warning):
            _logger.warning("POST /v2/list-agents: %s", warning)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAssistantsRequest,
    limit: int | Unset = UNSET,
    pagination_key: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[ListAssistantsResponse]:
    """List agents

     Lists the agents of the account one page at a time, one summary entry per agent (not per
    version). The filters travel in the JSON body; the page size, the cursor and the order are
    query parameters. While `has_more` is true, the answer's `pagination_key` is sent back as the
    `pagination_key` parameter to get the next page. (An older description of this operation,
    `GET /list-agents` answering a bare array, does not match retell-sdk 6.2.13.)

    Args:
        limit (int | Unset):
        pagination_key (str | Unset):
        sort_order (SortOrder | Unset): Order of a listing.
        body (ListAssistantsRequest): Filters of the listing, all of which must hold. The SDK
            always sends this body, as `{}` when no
            filter is set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        pagination_key=pagination_key,
        sort_order=sort_order,
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
    body: ListAssistantsRequest,
    limit: int | Unset = UNSET,
    pagination_key: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> ListAssistantsResponse | None:
    """List agents

     Lists the agents of the account one page at a time, one summary entry per agent (not per
    version). The filters travel in the JSON body; the page size, the cursor and the order are
    query parameters. While `has_more` is true, the answer's `pagination_key` is sent back as the
    `pagination_key` parameter to get the next page. (An older description of this operation,
    `GET /list-agents` answering a bare array, does not match retell-sdk 6.2.13.)

    Args:
        limit (int | Unset):
        pagination_key (str | Unset):
        sort_order (SortOrder | Unset): Order of a listing.
        body (ListAssistantsRequest): Filters of the listing, all of which must hold. The SDK
            always sends this body, as `{}` when no
            filter is set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssistantsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        limit=limit,
        pagination_key=pagination_key,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAssistantsRequest,
    limit: int | Unset = UNSET,
    pagination_key: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[ListAssistantsResponse]:
    """List agents

     Lists the agents of the account one page at a time, one summary entry per agent (not per
    version). The filters travel in the JSON body; the page size, the cursor and the order are
    query parameters. While `has_more` is true, the answer's `pagination_key` is sent back as the
    `pagination_key` parameter to get the next page. (An older description of this operation,
    `GET /list-agents` answering a bare array, does not match retell-sdk 6.2.13.)

    Args:
        limit (int | Unset):
        pagination_key (str | Unset):
        sort_order (SortOrder | Unset): Order of a listing.
        body (ListAssistantsRequest): Filters of the listing, all of which must hold. The SDK
            always sends this body, as `{}` when no
            filter is set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        pagination_key=pagination_key,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    result = _build_response(client=client, response=response)
    _log(result)
    return result


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListAssistantsRequest,
    limit: int | Unset = UNSET,
    pagination_key: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> ListAssistantsResponse | None:
    """List agents

     Lists the agents of the account one page at a time, one summary entry per agent (not per
    version). The filters travel in the JSON body; the page size, the cursor and the order are
    query parameters. While `has_more` is true, the answer's `pagination_key` is sent back as the
    `pagination_key` parameter to get the next page. (An older description of this operation,
    `GET /list-agents` answering a bare array, does not match retell-sdk 6.2.13.)

    Args:
        limit (int | Unset):
        pagination_key (str | Unset):
        sort_order (SortOrder | Unset): Order of a listing.
        body (ListAssistantsRequest): Filters of the listing, all of which must hold. The SDK
            always sends this body, as `{}` when no
            filter is set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssistantsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            limit=limit,
            pagination_key=pagination_key,
            sort_order=sort_order,
        )
    ).parsed
