"""Everything the tools use of the voiceagents wrapper that is not its public API, in one place.

The tools import the wrapper's private modules only here. When the wrapper exposes these as public
packages (``voiceagents.spec`` for reading vendor specs, ``voiceagents.convert`` for the converters,
``voiceagents.testing`` for the mock server), this module is the one file to port.

The light modules (schema walking, the registry, the bounded loader, secrets) are imported at once;
the converters, the deploy engine and the mock server pull in pydantic and httpx, so they are
imported on first use: a tool that does not need them does not pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from voiceagents import _loading, _schema, _secrets, _vendors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from voiceagents._convert import ConversionReport
    from voiceagents._convert._rules import Catalogue, Custom, Items, Map
    from voiceagents._convert._rules import VendorMapping as VendorMapping  # for the tools' type hints
    from voiceagents._mockserver import MockServer
    from voiceagents._operations import Operation

__all__ = [
    "MISSING",
    "DocumentError",
    "Vendor",
    "apply_definition",
    "component_directions",
    "converge_demo",
    "default_timeout",
    "document_limit",
    "get_path",
    "is_secret_key",
    "load_document",
    "mapping",
    "mapping_table",
    "mock_server",
    "operation",
    "operation_names",
    "package_name",
    "parse_path",
    "plan_definition",
    "put_path",
    "redact_text",
    "redact_value",
    "reload_registry",
    "resolve",
    "rule_classes",
    "schema_at",
    "server_url",
    "slugs",
    "standalone",
    "to_vendor_body",
    "vendor",
]

# ---- spec reading (to become voiceagents.spec) --------------------------------------------------
MISSING = _schema.MISSING
component_directions = _schema.component_directions
resolve = _schema.resolve
schema_at = _schema.schema_at
standalone = _schema.standalone
DocumentError = _loading.DocumentError


def load_document(path: Path) -> Any:
    """A YAML or JSON document read with the wrapper's bounds (duplicate keys are errors)."""
    return _loading.load_file(path)


def document_limit() -> int:
    """The largest document (bytes) the bounded loader reads."""
    return int(_loading.Limits.from_env().max_bytes)


def loader_file() -> Path:
    """The bounded loader's source (a cache of parsed documents depends on it)."""
    return Path(_loading.__file__)


# ---- the registry and the naming convention ----------------------------------------------------
Vendor = _vendors.Vendor
package_name = _vendors.package_name
server_url = _vendors.server_url


def slugs() -> tuple[str, ...]:
    """Every vendor of the registry (``vendors.json``), in its order."""
    return tuple(_vendors.SLUGS)


def vendor(slug: str) -> _vendors.Vendor:
    return _vendors.get(slug)


def reload_registry() -> None:
    """Forget the registry read so far (after ``vendors.json`` was rewritten)."""
    _vendors._registry.cache_clear()
    _vendors.get.cache_clear()


def operation_names() -> dict[str, str]:
    """Short operation name (``create``) -> operationId (``createAssistant``)."""
    from voiceagents import _operations

    return dict(_operations.NAMES)


def operation(slug: str, operation_id: str) -> Operation:
    from voiceagents import _operations

    return _operations.get(slug, operation_id)


# ---- the converters (to become voiceagents.convert) --------------------------------------------
def mapping(slug: str) -> VendorMapping:
    """The converter module's declarations of one vendor (ImportError if it has none)."""
    from voiceagents._convert import mapping as _mapping

    return _mapping(slug)


def mapping_table() -> str:
    from voiceagents._convert import mapping_table as _table

    return _table()


def rule_classes() -> tuple[type[Map], type[Items], type[Catalogue], type[Custom]]:
    """The converter rule kinds that name vendor fields: (Map, Items, Catalogue, Custom)."""
    from voiceagents._convert._rules import Catalogue, Custom, Items, Map

    return Map, Items, Catalogue, Custom


def to_vendor_body(data: Any, slug: str, *, allow_drop: bool = False) -> tuple[dict[str, Any], ConversionReport]:
    """A neutral definition converted to ``slug``'s request body (a plain dict) and the report."""
    from voiceagents._convert import to_vendor_body as _convert

    return _convert(data, slug, allow_drop=allow_drop)


def parse_path(path: str) -> tuple[str | int, ...]:
    from voiceagents._convert._paths import parse

    return tuple(parse(path))


def get_path(data: Any, segments: Sequence[str | int]) -> Any:
    from voiceagents._convert._paths import get

    return get(data, tuple(segments))


def put_path(data: dict[str, Any], segments: Sequence[str | int], value: Any) -> None:
    from voiceagents._convert._paths import put

    put(data, tuple(segments), value)


# ---- secrets --------------------------------------------------------------------------------------
is_secret_key = _secrets.is_secret_key
redact_text = _secrets.redact_text
redact_value = _secrets.redact_value


# ---- deploys and the mock server (to become voiceagents.testing) ----------------------------------
def mock_server(slug: str, **options: Any) -> MockServer:
    """The stateful mock of one vendor, serving on 127.0.0.1 (a context manager; ``.url``)."""
    from voiceagents._mockserver import serve

    return serve(slug, **options)


def converge_demo(path: Path, *, vendors: Sequence[str]) -> dict[str, dict[str, Any]]:
    from voiceagents._apply import converge_demo as _demo

    plans: dict[str, dict[str, Any]] = _demo(path, vendors=vendors)
    return plans


async def apply_definition(assistant: Any, vendors: Sequence[str], **options: Any) -> Any:
    from voiceagents._apply import apply_definition as _apply

    return await _apply(assistant, vendors, **options)


async def plan_definition(assistant: Any, vendors: Sequence[str], **options: Any) -> Any:
    from voiceagents._apply import plan_definition as _plan

    return await _plan(assistant, vendors, **options)


def default_timeout() -> Any:
    from voiceagents._constants import DEFAULT_TIMEOUT

    return DEFAULT_TIMEOUT
