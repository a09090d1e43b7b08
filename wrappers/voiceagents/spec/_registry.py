"""The vendor registry: which vendors exist, what each is called, and where its spec is.

The vendor list is ``vendors.json`` in the ``voiceagents`` package, written by ``make generate``
from the specs ``openapi/<slug>.yaml`` (one entry per spec; ``make check`` fails when it is stale),
so the wrapper knows every vendor even when only some client packages are installed. Names follow
one convention from the slug (``voiceagents_<slug>``, ``voiceagents-<slug>``, ``<SLUG>_API_KEY``);
everything else about a vendor is read from the spec shipped inside its client package
(``openapi.json``), parsed once into a ``VendorSpec`` on first use.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import importlib.util
import json
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import Any

from .._exceptions import ClientNotInstalledError, UnknownVendorError
from ._model import VendorSpec

__all__ = ["Vendor", "distribution_name", "package_name", "registry", "vendor", "vendors"]


@functools.cache
def registry() -> dict[str, dict[str, Any]]:
    """The registry's entries by slug (``vendors.json``)."""
    text = resources.files("voiceagents").joinpath("vendors.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)["vendors"]
    return data


def package_name(slug: str) -> str:
    return f"voiceagents_{slug}"


def distribution_name(slug: str) -> str:
    return f"voiceagents-{slug.replace('_', '-')}"


@dataclass(frozen=True)
class Vendor:
    """One vendor: names derived from its slug, facts from the registry, the rest from its spec."""

    slug: str

    @property
    def facts(self) -> dict[str, Any]:
        return registry()[self.slug]

    @property
    def package(self) -> str:
        return package_name(self.slug)

    @property
    def distribution(self) -> str:
        return distribution_name(self.slug)

    @property
    def extra(self) -> str:
        """The ``voiceagents[<extra>]`` that installs this vendor's client."""
        return self.slug.replace("_", "-")

    @property
    def api_key_env(self) -> str:
        return f"{self.slug.upper()}_API_KEY"

    @property
    def base_url_env(self) -> str:
        return f"{self.slug.upper()}_BASE_URL"

    @property
    def title(self) -> str:
        return str(self.facts["title"])

    @property
    def version(self) -> str:
        """The version of the spec (and of the client generated from it) this registry knows."""
        return str(self.facts["version"])

    @property
    def default_base_url(self) -> str:
        return str(self.facts["base_url"])

    @property
    def operations(self) -> tuple[str, ...]:
        """The operationIds the vendor documents (``createAssistant``, ``getAssistant``, ...)."""
        return tuple(self.facts["operations"])

    @property
    def auth(self) -> tuple[str, str, str]:
        """``(location, name, prefix)``: how the key is sent (``header``/``query``)."""
        auth = self.facts["auth"]
        return (str(auth["location"]), str(auth["name"]), str(auth["prefix"]))

    def describe_auth(self) -> str:
        location, name, prefix = self.auth
        if location == "query":
            return f"query parameter {name}"
        return f"header {name}: {prefix} <key>" if prefix else f"header {name}"

    @property
    def installed(self) -> bool:
        """Whether this vendor's client package can be imported."""
        return importlib.util.find_spec(self.package) is not None

    @property
    def installed_version(self) -> str | None:
        try:
            return importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            return None

    def install_hint(self) -> str:
        return f"pip install 'voiceagents[{self.extra}]' (or {self.distribution})"

    def module(self, name: str = "") -> ModuleType:
        """Import the generated package (or one of its modules) on first use."""
        target = f"{self.package}.{name}" if name else self.package
        try:
            return importlib.import_module(target)
        except ModuleNotFoundError as exc:
            if exc.name == self.package:
                raise ClientNotInstalledError(self.slug, self.install_hint()) from None
            raise

    @property
    def spec(self) -> VendorSpec:
        """The spec the installed client was generated from, read once."""
        return _installed_spec(self.slug)


@functools.cache
def _installed_spec(slug: str) -> VendorSpec:
    from .. import _loading

    package = package_name(slug)
    if importlib.util.find_spec(package) is None:
        raise ClientNotInstalledError(slug, Vendor(slug).install_hint())
    text = resources.files(package).joinpath("openapi.json").read_bytes()
    document = _loading.loads(text, name=f"{package}/openapi.json", limits=_loading.SPEC_LIMITS)
    return VendorSpec.from_document(document, source=f"{package}/openapi.json", slug=slug)


@functools.cache
def vendor(slug: str) -> Vendor:
    """The vendor for ``slug``; ``UnknownVendorError`` for anything else."""
    if slug not in registry():
        raise UnknownVendorError(slug, tuple(registry()))
    return Vendor(slug)


def vendors() -> list[Vendor]:
    """Every vendor of the registry, in its order (the specs' file names, sorted)."""
    return [Vendor(slug) for slug in registry()]
