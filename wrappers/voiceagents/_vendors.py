"""The vendor registry: slugs, package names, environment variables, and each vendor's spec.

Nothing here is copied from a spec by hand: the spec is the ``openapi.json`` shipped inside each
generated client package, and the auth scheme is whatever the generated ``AuthenticatedClient``
defaults to (the generator derives it from the spec's ``securitySchemes``). Vendor packages are
imported lazily, on first use of a vendor.
"""

from __future__ import annotations

import functools
import importlib
import json
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import Any

from ._exceptions import InputError, UnknownVendorError

__all__ = ["SLUGS", "Vendor", "get", "server_url"]

SLUGS: tuple[str, ...] = ("callhq", "autocalls_v1", "revox", "insighto", "autocalls")


@dataclass(frozen=True)
class Vendor:
    """One vendor: names derived from its slug (the fixed naming convention, also used by the
    generator), facts read from its spec."""

    slug: str

    @property
    def package(self) -> str:
        return f"voiceagents_{self.slug}"

    @property
    def distribution(self) -> str:
        return f"voiceagents-{self.slug.replace('_', '-')}"

    @property
    def api_key_env(self) -> str:
        return f"{self.slug.upper()}_API_KEY"

    @property
    def base_url_env(self) -> str:
        return f"{self.slug.upper()}_BASE_URL"

    def module(self, name: str = "") -> ModuleType:
        """Import the generated package (or one of its modules) on first use."""
        target = f"{self.package}.{name}" if name else self.package
        try:
            return importlib.import_module(target)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.split(".")[0] == self.package:
                raise InputError(
                    f"the {self.slug} client is not installed: pip install 'voiceagents[{self.slug}]'"
                    f" (or {self.distribution})"
                ) from None
            raise

    @functools.cached_property
    def spec(self) -> dict[str, Any]:
        """The OpenAPI document the installed client was generated from."""
        text = resources.files(self.package).joinpath("openapi.json").read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(text)
        return data

    @property
    def title(self) -> str:
        return str(self.spec["info"]["title"]).removesuffix(" Assistants API")

    @property
    def version(self) -> str:
        return str(self.spec["info"]["version"])

    @property
    def default_base_url(self) -> str:
        return server_url(self.spec)

    @functools.cached_property
    def auth(self) -> tuple[str, str, str]:
        """``(location, name, prefix)``: how the generated client sends the key (header|query)."""
        client = self.module("client").AuthenticatedClient(base_url="http://unused", token="")
        if client.auth_query_param is not None:
            return ("query", str(client.auth_query_param), "")
        return ("header", str(client.auth_header_name), str(client.prefix))

    def describe_auth(self) -> str:
        location, name, prefix = self.auth
        if location == "query":
            return f"query parameter {name}"
        return f"header {name}: {prefix} <key>" if prefix else f"header {name}"

    @functools.cached_property
    def request_schema_name(self) -> str:
        """Name of the create-assistant request body schema in ``components.schemas``."""
        for item in self.spec["paths"].values():
            for op in item.values():
                if isinstance(op, dict) and op.get("operationId") == "createAssistant":
                    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                    return str(ref).rsplit("/", 1)[-1]
        raise LookupError(f"{self.slug}: no createAssistant operation in the spec")


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
    if slug not in SLUGS:
        raise UnknownVendorError(slug, SLUGS)
    return Vendor(slug)
