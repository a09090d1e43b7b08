"""The vendor registry: which vendors exist, what each is called, how it authenticates.

The vendor list is ``vendors.json`` next to this module, written by ``make generate`` from the
specs ``openapi/<slug>.yaml`` (one entry per spec; ``make check`` fails when it is stale), so the
wrapper knows every vendor even when only some client packages are installed. Names follow one
convention from the slug (``voiceagents_<slug>``, ``voiceagents-<slug>``, ``<SLUG>_API_KEY``);
everything else about a vendor (its request schemas, operations, answers) is read from the spec
shipped inside its client package, imported on first use.
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

from ._exceptions import ClientNotInstalledError, UnknownVendorError

__all__ = ["SLUGS", "Vendor", "all_vendors", "get", "server_url"]


@functools.cache
def _registry() -> dict[str, dict[str, Any]]:
    text = resources.files(__package__).joinpath("vendors.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)["vendors"]
    return data


def __getattr__(name: str) -> Any:
    if name == "SLUGS":  # computed on first use: importing this module reads nothing
        return tuple(_registry())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SLUGS: tuple[str, ...]
"""Every vendor slug, in the order of the registry (``openapi/*.yaml``, sorted)."""


def package_name(slug: str) -> str:
    return f"voiceagents_{slug}"


def distribution_name(slug: str) -> str:
    return f"voiceagents-{slug.replace('_', '-')}"


@dataclass(frozen=True)
class Vendor:
    """One vendor: names derived from its slug, facts from the registry and its spec."""

    slug: str

    @property
    def facts(self) -> dict[str, Any]:
        return _registry()[self.slug]

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

    @functools.cached_property
    def spec(self) -> dict[str, Any]:
        """The OpenAPI document the installed client was generated from."""
        if not self.installed:
            raise ClientNotInstalledError(self.slug, self.install_hint())
        text = resources.files(self.package).joinpath("openapi.json").read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(text)
        return data


def server_url(spec: dict[str, Any]) -> str:
    """The spec's first server URL, with every server variable at its default."""
    server = spec["servers"][0]
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url


@functools.cache
def get(slug: str) -> Vendor:
    """The vendor for ``slug``; raises ``UnknownVendorError`` for anything else."""
    if slug not in _registry():
        raise UnknownVendorError(slug, tuple(_registry()))
    return Vendor(slug)


def all_vendors() -> list[Vendor]:
    return [Vendor(slug) for slug in _registry()]
