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

from voiceagents.spec import (
    OPERATION_IDS,
    Operation,
    SpecError,
    VendorSpec,
    distribution_name,
    package_name,
)

from .. import ROOT
from ..specs import lint

SPECS = ROOT / "openapi"
GENERATED = ROOT / "generated"
OPERATIONS = tuple(OPERATION_IDS.values())
"""The operations the wrapper knows, in the order the registry and the README list them."""


class GenerationError(Exception):
    """Generation of one artefact failed; the message names the spec and the reason."""


@dataclass(frozen=True, eq=False)
class Vendor:
    """One vendor spec file, read once: the raw document for openapi-python-client, and the
    wrapper's typed reading of it (``voiceagents.spec.VendorSpec``) for every fact."""

    slug: str
    spec_path: Path

    @functools.cached_property
    def spec(self) -> dict[str, Any]:
        """The document as written (what openapi-python-client is run on, and ships)."""
        return lint.load(self.spec_path)

    @functools.cached_property
    def reader(self) -> VendorSpec:
        try:
            return VendorSpec.from_document(self.spec, source=self.spec_rel, slug=self.slug)
        except SpecError as exc:
            raise GenerationError(str(exc)) from None

    @property
    def package(self) -> str:
        return package_name(self.slug)

    @property
    def distribution(self) -> str:
        return distribution_name(self.slug)

    @property
    def extra(self) -> str:
        return self.slug.replace("_", "-")

    @property
    def version(self) -> str:
        return self.reader.version

    @property
    def name(self) -> str:
        return self.reader.name

    @property
    def output(self) -> Path:
        return GENERATED / self.slug

    @property
    def spec_rel(self) -> str:
        """The spec's path as shown in messages: relative to the repo when it is inside it."""
        path = self.spec_path.resolve()
        return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(self.spec_path)

    def create(self) -> Operation:
        """The create-assistant operation (every spec documents it)."""
        if not self.reader.has("createAssistant"):
            raise GenerationError(f"{self.spec_rel}: no operation with operationId createAssistant")
        return self.reader.operation("createAssistant")

    def request_schema(self) -> str:
        """The name of the create request's component schema."""
        name = self.create().request_schema
        if name is None:
            raise GenerationError(f"{self.spec_rel}: createAssistant has no JSON request body schema")
        return name

    def auth(self) -> dict[str, str]:
        """How the credential is sent: location (header|query), name, prefix and scheme name."""
        auth = self.reader.auth
        if auth is None:
            raise GenerationError(
                f"{self.spec_rel}: createAssistant has no supported security requirement"
                " (bearer, or an apiKey in a header or a query parameter)"
            )
        return {"location": auth.location, "name": auth.name, "prefix": auth.prefix, "scheme": auth.scheme}

    def base_url(self) -> str:
        try:
            return self.reader.base_url
        except SpecError as exc:
            raise GenerationError(str(exc)) from None

    def facts(self) -> dict[str, Any]:
        """This vendor's entry of the registry (``wrappers/voiceagents/vendors.json``)."""
        auth = self.auth()
        return {
            "title": self.name,
            "version": self.version,
            "spec": self.spec_rel,
            "base_url": self.base_url(),
            "auth": {k: auth[k] for k in ("location", "name", "prefix")},
            "operations": [op for op in OPERATION_IDS.values() if self.reader.has(op)],
        }

    def first_example(self) -> dict[str, Any]:
        for example in self.create().request_examples.values():
            if isinstance(example, dict):
                return dict(example)
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
