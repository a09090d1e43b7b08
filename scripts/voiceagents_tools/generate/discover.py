"""The vendor specs the generator works from, and what it reads of each.

A vendor is ``openapi/<slug>.yaml``; its spec is parsed once per run (``specs.lint.load``, the
wrapper's bounded loader) and everything the generator needs comes from it: names, version, auth,
the create operation, the registry entry (``facts``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import ROOT, _wrapper
from ..specs import lint

SPECS = ROOT / "openapi"
GENERATED = ROOT / "generated"
OPERATIONS = (
    "createAssistant",
    "getAssistant",
    "listAssistants",
    "updateAssistant",
    "deleteAssistant",
    "cloneAssistant",
)
"""The operations the wrapper knows, in the order the registry and the README list them."""


class GenerationError(Exception):
    """Generation of one artefact failed; the message names the spec and the reason."""


@dataclass(frozen=True, eq=False)
class Vendor:
    """What the generator needs to know about one vendor, all of it read from its spec."""

    slug: str
    spec_path: Path

    @functools.cached_property
    def spec(self) -> dict[str, Any]:
        return lint.load(self.spec_path)

    @functools.cached_property
    def _names(self) -> Any:
        return _wrapper.Vendor(self.slug)

    @property
    def package(self) -> str:
        return str(self._names.package)

    @property
    def distribution(self) -> str:
        return str(self._names.distribution)

    @property
    def extra(self) -> str:
        return str(self._names.extra)

    @property
    def version(self) -> str:
        return str(self.spec["info"]["version"])

    @property
    def name(self) -> str:
        return str(self.spec["info"]["title"]).removesuffix(" Assistants API")

    @property
    def output(self) -> Path:
        return GENERATED / self.slug

    @property
    def spec_rel(self) -> str:
        """The spec's path as shown in messages: relative to the repo when it is inside it."""
        path = self.spec_path.resolve()
        return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(self.spec_path)

    def operation(self) -> tuple[str, str, dict[str, Any]]:
        """The create-assistant operation: (path, method, operation object)."""
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and op.get("operationId") == "createAssistant":
                    return path, method, op
        raise GenerationError(f"{self.spec_path.name}: no operation with operationId createAssistant")

    def request_schema(self) -> str:
        """The name of the create request's component schema."""
        _, _, op = self.operation()
        return str(op["requestBody"]["content"]["application/json"]["schema"]["$ref"]).rsplit("/", 1)[-1]

    def auth(self) -> dict[str, str]:
        """How the credential is sent: location (header|query), name and prefix, from securitySchemes."""
        _, _, op = self.operation()
        requirements = op.get("security") or []
        if not requirements or not requirements[0]:
            raise GenerationError(f"{self.spec_path.name}: createAssistant has no security requirement")
        scheme_name = next(iter(requirements[0]))
        scheme = self.spec["components"]["securitySchemes"][scheme_name]
        if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
            return {"location": "header", "name": "Authorization", "prefix": "Bearer", "scheme": scheme_name}
        if scheme["type"] == "apiKey" and scheme["in"] in ("header", "query"):
            return {"location": scheme["in"], "name": scheme["name"], "prefix": "", "scheme": scheme_name}
        raise GenerationError(f"{self.spec_path.name}: security scheme {scheme_name} is not supported: {scheme}")

    def base_url(self) -> str:
        return str(_wrapper.server_url(self.spec))

    def facts(self) -> dict[str, Any]:
        """This vendor's entry of the registry (``wrappers/voiceagents/vendors.json``)."""
        declared = {
            op.get("operationId")
            for item in self.spec["paths"].values()
            for op in item.values()
            if isinstance(op, dict)
        }
        auth = self.auth()
        return {
            "title": self.name,
            "version": self.version,
            "spec": self.spec_rel,
            "base_url": self.base_url(),
            "auth": {k: auth[k] for k in ("location", "name", "prefix")},
            "operations": [op for op in OPERATIONS if op in declared],
        }

    def first_example(self) -> dict[str, Any]:
        _, _, op = self.operation()
        media = op["requestBody"]["content"]["application/json"]
        examples = media.get("examples") or {}
        for example in examples.values():
            if isinstance(example, dict) and isinstance(example.get("value"), dict):
                return dict(example["value"])
        return {}


def discover(slugs: Sequence[str] | None = None) -> list[Vendor]:
    """The vendors whose specs are in ``openapi/`` (those named in ``slugs``, in that order)."""
    available = {p.stem: p for p in sorted(SPECS.glob("*.yaml"))}
    wanted = list(slugs) if slugs else list(available)
    unknown = [s for s in wanted if s not in available]
    if unknown:
        raise GenerationError(
            f"no spec for {', '.join(unknown)}: expected openapi/<slug>.yaml (known: {', '.join(available)})"
        )
    return [Vendor(slug, available[slug]) for slug in wanted]
