"""The one reader of the vendor specs: typed, built once per spec, asked by everything else.

    from voiceagents import spec

    revox = spec.vendor("revox").spec               # the spec shipped in the installed client
    op = revox.operation("getAssistant")            # method, path template, id parameter, ...
    op.method, op.path, op.id_param, op.success.pointer("id"), op.pagination
    local = spec.VendorSpec.from_file("openapi/revox.yaml")   # a spec file (the tools use this)

The client, the validation, the converter, the mock server, the generator, the linter and the
differ all ask this package; none of them indexes ``paths`` or follows a ``$ref`` itself. Schema
walking (``resolve``, ``members``, ``schema_at``, ``known_keys``, ``component_directions``) is in
``voiceagents.spec.schema``. A document that breaks ``openapi/CONVENTIONS.md`` is a ``SpecError``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .._exceptions import SpecError
from .._json import MISSING, pointer, read_pointer, unpointer
from . import schema
from ._model import (
    KINDS,
    OPERATION_IDS,
    Auth,
    Kind,
    Operation,
    Pagination,
    Parameter,
    Response,
    Server,
    VendorSpec,
    id_problem,
)
from ._registry import Vendor, distribution_name, package_name, registry, vendor, vendors

__all__ = [
    "KINDS",
    "MISSING",
    "OPERATION_IDS",
    "SLUGS",
    "Auth",
    "Kind",
    "Operation",
    "Pagination",
    "Parameter",
    "Response",
    "Server",
    "SpecError",
    "Vendor",
    "VendorSpec",
    "distribution_name",
    "id_problem",
    "load_document",
    "operation",
    "package_name",
    "pointer",
    "read_pointer",
    "registry",
    "reload",
    "schema",
    "unpointer",
    "vendor",
    "vendors",
]

SLUGS: tuple[str, ...]
"""Every vendor slug, in the order of the registry (``openapi/*.yaml``, sorted)."""


def __getattr__(name: str) -> Any:
    if name == "SLUGS":  # computed on first use: importing this package reads nothing
        return tuple(registry())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_document(path: str | Path) -> dict[str, Any]:
    """A spec file (YAML or JSON) as a plain document, read within the spec bounds with duplicate
    keys refused; ``SpecError`` (with the line, when known) if it cannot be read or parsed."""
    from .. import _loading

    try:
        document = _loading.load_file(path, limits=_loading.SPEC_LIMITS)
    except _loading.DocumentError as exc:
        raise SpecError(str(exc), source=str(path), line=exc.line) from None
    if not isinstance(document, dict):
        raise SpecError(f"{path}: an OpenAPI document is an object, not {type(document).__name__}", source=str(path))
    return document


def reload() -> None:
    """Forget the registry and the specs read so far (after ``make generate`` rewrote them)."""
    from . import _registry

    _registry.registry.cache_clear()
    _registry.vendor.cache_clear()
    _registry._installed_spec.cache_clear()


def operation(slug: str, operation_id: str) -> Operation:
    """Operation ``operation_id`` of vendor ``slug`` (``UnsupportedOperationError`` if undocumented,
    before the client package is even imported)."""
    found = vendor(slug)
    if operation_id not in found.operations:
        from .._exceptions import UnsupportedOperationError

        raise UnsupportedOperationError(slug, operation_id, found.operations)
    return found.spec.operation(operation_id)
