"""What one vendor operation is, read from the vendor's spec: method, path, id, body, answer.

Operations are found by their operationId (``openapi/CONVENTIONS.md``): ``createAssistant``,
``getAssistant``, ``listAssistants``, ``updateAssistant``, ``deleteAssistant``, ``cloneAssistant``.
Where the answer holds the id and the assistant comes from the ``x-voiceagents-*`` pointers of the
success response, never from a guess. An operation the vendor does not document raises
``UnsupportedOperationError`` before anything is sent.

How an operation may be retried follows from what it does:

* ``create`` (createAssistant, cloneAssistant): each call makes a new assistant, so it is retried only
  when the request provably was not processed (see ``_retries``);
* ``idempotent`` (get, list, delete, update): repeating it leaves the vendor as one call would.
  GET and DELETE are idempotent by HTTP; PUT too. Our PATCH bodies are merge patches of absolute
  values (set these fields to these values; Revox's list fields replace the whole list), so sending
  the same one twice gives the same assistant: it is retried like PUT.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from . import _schema, _vendors
from ._exceptions import InputError, UnsupportedOperationError
from ._validation import request_schema_name

__all__ = ["NAMES", "Operation", "get"]

NAMES = {
    "create": "createAssistant",
    "get": "getAssistant",
    "list": "listAssistants",
    "update": "updateAssistant",
    "delete": "deleteAssistant",
    "clone": "cloneAssistant",
}
_CREATING = frozenset({"createAssistant", "cloneAssistant"})
_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    """One documented operation of one vendor."""

    vendor: str
    operation_id: str
    method: str
    path: str
    id_param: str | None
    id_schema: Mapping[str, Any]
    request_schema: str | None
    success_status: str
    success: Mapping[str, Any]
    pagination: Mapping[str, Any] | None
    update: str | None
    size_param: Mapping[str, Any] | None

    @property
    def retry_class(self) -> Literal["create", "idempotent"]:
        return "create" if self.operation_id in _CREATING else "idempotent"

    @property
    def creates(self) -> bool:
        return self.operation_id in _CREATING

    @property
    def module(self) -> str:
        """The generated module of this operation, relative to the client package."""
        return "api.assistants." + re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()

    def pointer(self, name: str) -> str | None:
        """An ``x-voiceagents-<name>`` pointer of the success response (``id``, ``assistant``,
        ``items``, ``item-id``); ``None`` when the spec does not say."""
        value = self.success.get(f"x-voiceagents-{name}")
        return str(value) if isinstance(value, str) else None

    def url(self, base_url: str, assistant_id: str | int | None) -> str:
        path = self.path
        if self.id_param is not None:
            if assistant_id is None:
                raise InputError(f"{self.vendor}: {self.operation_id} needs the assistant id")
            from urllib.parse import quote

            path = path.replace("{" + self.id_param + "}", quote(str(assistant_id), safe=""))
        return base_url + path

    def coerce_id(self, value: Any) -> str | int:
        """The id as the vendor types it (autocalls: an integer), or ``InputError`` naming the rule."""
        if value is None:
            raise InputError(f"{self.vendor}: {self.operation_id} needs the assistant id")
        kind = self.id_schema.get("type", "string")
        text = str(value).strip()
        if kind == "integer":
            if isinstance(value, bool) or not re.fullmatch(r"[0-9]+", text):
                raise InputError(f"{self.vendor}: assistant ids are integers, not {value!r}")
            return int(text)
        if self.id_schema.get("format") == "uuid":
            try:
                uuid.UUID(text)
            except ValueError:
                raise InputError(f"{self.vendor}: assistant ids are UUIDs, not {value!r}") from None
        if not text:
            raise InputError(f"{self.vendor}: the assistant id is empty")
        return text


def _find(spec: Mapping[str, Any], operation_id: str) -> tuple[str, str, Mapping[str, Any], Mapping[str, Any]] | None:
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, Mapping) and op.get("operationId") == operation_id:
                return path, method, item, op
    return None


def _success(op: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    for status, response in (op.get("responses") or {}).items():
        code = str(status)
        if code.startswith("2"):
            return code, response if isinstance(response, Mapping) else {}
    return "2XX", {}


@functools.cache
def get(slug: str, operation_id: str) -> Operation:
    """The operation ``operation_id`` of vendor ``slug`` (``UnsupportedOperationError`` if undocumented)."""
    vendor = _vendors.get(slug)
    if operation_id not in vendor.operations:
        raise UnsupportedOperationError(slug, operation_id, vendor.operations)
    spec = vendor.spec
    found = _find(spec, operation_id)
    if found is None:  # the registry and the installed client disagree
        raise UnsupportedOperationError(slug, operation_id, vendor.operations)
    path, method, item, op = found
    params = [_schema.resolve(spec, p) for p in (*(item.get("parameters") or []), *(op.get("parameters") or []))]
    id_param = next((p for p in params if isinstance(p, Mapping) and p.get("in") == "path"), None)
    status, success = _success(op)
    pagination = op.get("x-voiceagents-pagination")
    size_param = None
    if isinstance(pagination, Mapping):
        size_param = next(
            (p for p in params if isinstance(p, Mapping) and p.get("name") == pagination.get("size")), None
        )
    return Operation(
        vendor=slug,
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        id_param=str(id_param["name"]) if id_param else None,
        id_schema=dict(id_param.get("schema") or {}) if id_param else {},
        request_schema=request_schema_name(spec, operation_id),
        success_status=status,
        success=success,
        pagination=pagination if isinstance(pagination, Mapping) else None,
        update=op.get("x-voiceagents-update"),
        size_param=size_param,
    )
