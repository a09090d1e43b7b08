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
    id: str,
    *,
    body: UpdateAssistantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/assistants/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _documented(status: int) -> bool:
    """Whether the spec lists this status for the operation."""
    if status == 200:
        return True
    return False


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateAssistantResponse | None:
    if 200 <= response.status_code <= 299 and not response.content.strip():
        return None
    if response.status_code == 200:
        response_200 = UpdateAssistantResponse.from_dict(response.json())

        return response_200

    # A success status the spec does not list: read it as the documented success answer.
    if 200 <= response.status_code <= 299:
        response_200 = UpdateAssistantResponse.from_dict(response.json())

        return response_200

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
        if warn_once("PATCH /assistants/{id}", warning):
            _logger.warning("PATCH /assistants/{id}: %s", warning)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> Response[UpdateAssistantResponse]:
    """Update an assistant

     Changes settings of an existing assistant. CallHQ states that of the body only `name`, `status` and
    `description` are updated locally, so only those three members are described; the documentation's
    example body, kept here as documented, also carries voice, model and call-handling settings, which
    are not described. Members left out keep their value (PATCH).

    Args:
        id (str):
        body (UpdateAssistantRequest): Body of the update request; every member is optional.
            CallHQ says only `name`, `status` and `description` are updated locally, so only those are
            described; its documented example also sends create-style settings (`voice`, `model`,
            `firstMessage`...), which it passes on, so the body takes other members too, undescribed.

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> UpdateAssistantResponse | None:
    """Update an assistant

     Changes settings of an existing assistant. CallHQ states that of the body only `name`, `status` and
    `description` are updated locally, so only those three members are described; the documentation's
    example body, kept here as documented, also carries voice, model and call-handling settings, which
    are not described. Members left out keep their value (PATCH).

    Args:
        id (str):
        body (UpdateAssistantRequest): Body of the update request; every member is optional.
            CallHQ says only `name`, `status` and `description` are updated locally, so only those are
            described; its documented example also sends create-style settings (`voice`, `model`,
            `firstMessage`...), which it passes on, so the body takes other members too, undescribed.

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> Response[UpdateAssistantResponse]:
    """Update an assistant

     Changes settings of an existing assistant. CallHQ states that of the body only `name`, `status` and
    `description` are updated locally, so only those three members are described; the documentation's
    example body, kept here as documented, also carries voice, model and call-handling settings, which
    are not described. Members left out keep their value (PATCH).

    Args:
        id (str):
        body (UpdateAssistantRequest): Body of the update request; every member is optional.
            CallHQ says only `name`, `status` and `description` are updated locally, so only those are
            described; its documented example also sends create-style settings (`voice`, `model`,
            `firstMessage`...), which it passes on, so the body takes other members too, undescribed.

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateAssistantRequest,
) -> UpdateAssistantResponse | None:
    """Update an assistant

     Changes settings of an existing assistant. CallHQ states that of the body only `name`, `status` and
    `description` are updated locally, so only those three members are described; the documentation's
    example body, kept here as documented, also carries voice, model and call-handling settings, which
    are not described. Members left out keep their value (PATCH).

    Args:
        id (str):
        body (UpdateAssistantRequest): Body of the update request; every member is optional.
            CallHQ says only `name`, `status` and `description` are updated locally, so only those are
            described; its documented example also sends create-style settings (`voice`, `model`,
            `firstMessage`...), which it passes on, so the body takes other members too, undescribed.

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
