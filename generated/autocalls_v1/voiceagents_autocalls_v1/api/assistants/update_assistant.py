import json
import logging
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_assistant_request import UpdateAssistantRequest
from ...models.update_assistant_response import UpdateAssistantResponse
from ...types import Response, collect_warnings, misfit_tick, status_of, warn_once

_logger = logging.getLogger(__name__)


def _get_kwargs(
    id: int,
    *,
    body: UpdateAssistantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user/assistant/{id}".format(
            id=quote(str(id), safe=""),
        ),
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
) -> UpdateAssistantResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if 200 <= response.status_code <= 299:
        response_2xx = UpdateAssistantResponse.from_dict(response.json())

        return response_2xx

    # A success status the spec does not list: read it as the documented success answer.
    if 200 <= response.status_code <= 299:
        response_2xx = UpdateAssistantResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateAssistantResponse]:
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
        if warn_once("PUT /user/assistant/{id}", warning):
            _logger.warning("PUT /user/assistant/{id}: %s", warning)


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> Response[UpdateAssistantResponse]:
    """Update an assistant

     Changes some settings of one of the account's assistants. Every field is optional and only the
    fields sent are changed; the others keep their value. `phone_number_id` and `webhook_url` may be
    sent as `null` to unassign the number or remove the webhook address.

    Args:
        id (int):
        body (UpdateAssistantRequest): Body of the update call (legacy v1 field names): the create
            fields, every one optional (a field left out keeps its stored value). `phone_number_id`
            and `webhook_url` also accept `null`. The create rule "`webhook_url` is required once
            `is_webhook_active` is true" cannot be checked on a partial body (the address may already
            be stored); what remains of it is that a body turning webhooks on cannot remove the
            address at the same time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAssistantResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
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
    body: UpdateAssistantRequest,
) -> UpdateAssistantResponse | None:
    """Update an assistant

     Changes some settings of one of the account's assistants. Every field is optional and only the
    fields sent are changed; the others keep their value. `phone_number_id` and `webhook_url` may be
    sent as `null` to unassign the number or remove the webhook address.

    Args:
        id (int):
        body (UpdateAssistantRequest): Body of the update call (legacy v1 field names): the create
            fields, every one optional (a field left out keeps its stored value). `phone_number_id`
            and `webhook_url` also accept `null`. The create rule "`webhook_url` is required once
            `is_webhook_active` is true" cannot be checked on a partial body (the address may already
            be stored); what remains of it is that a body turning webhooks on cannot remove the
            address at the same time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAssistantResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> Response[UpdateAssistantResponse]:
    """Update an assistant

     Changes some settings of one of the account's assistants. Every field is optional and only the
    fields sent are changed; the others keep their value. `phone_number_id` and `webhook_url` may be
    sent as `null` to unassign the number or remove the webhook address.

    Args:
        id (int):
        body (UpdateAssistantRequest): Body of the update call (legacy v1 field names): the create
            fields, every one optional (a field left out keeps its stored value). `phone_number_id`
            and `webhook_url` also accept `null`. The create rule "`webhook_url` is required once
            `is_webhook_active` is true" cannot be checked on a partial body (the address may already
            be stored); what remains of it is that a body turning webhooks on cannot remove the
            address at the same time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAssistantResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    result = _build_response(client=client, response=response)
    _log(result)
    return result


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> UpdateAssistantResponse | None:
    """Update an assistant

     Changes some settings of one of the account's assistants. Every field is optional and only the
    fields sent are changed; the others keep their value. `phone_number_id` and `webhook_url` may be
    sent as `null` to unassign the number or remove the webhook address.

    Args:
        id (int):
        body (UpdateAssistantRequest): Body of the update call (legacy v1 field names): the create
            fields, every one optional (a field left out keeps its stored value). `phone_number_id`
            and `webhook_url` also accept `null`. The create rule "`webhook_url` is required once
            `is_webhook_active` is true" cannot be checked on a partial body (the address may already
            be stored); what remains of it is that a body turning webhooks on cannot remove the
            address at the same time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAssistantResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
