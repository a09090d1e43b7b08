"""The per-call section: what one call costs through voiceagents, the generated client and the vendor's
official SDK, against raw httpx doing the same request and reading the same JSON, on an
``httpx.MockTransport`` that answers the spec's examples (no network); the misfit path against the
clean one; and ``to_vendor`` for every vendor.

Figures: ``call.<op>.<variant>`` (Revox), ``call.retell.<op>.<variant>`` (Retell), ``misfit.*``,
``convert.<slug>``.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import voiceagents
from voiceagents import convert
from voiceagents import spec as vspec

from .common import FAKE_KEY, OPS, SLUGS, example
from .report import Report, Specs, median, profile_lines

__all__ = ["NAME", "TITLE", "VENDORS", "Vendor", "run", "specs", "transport", "variants"]

NAME = "calls"
TITLE = "Per call"

Call = Callable[[], object]


@dataclass(frozen=True)
class Vendor:
    """A vendor compared call by call: where its figures are named (``prefix``), its example bodies
    (the names of its spec's request examples) and its official SDK (module, client class, the
    client's resource of assistants)."""

    slug: str
    title: str
    prefix: str
    base_url: str
    assistant_id: str
    create: str
    update: str
    list_body: str | None
    sdk: str
    sdk_class: str
    sdk_resource: str
    sdk_label: str

    def name(self, op: str, variant: str) -> str:
        return f"{self.prefix}{op}.{variant}"


REVOX = Vendor(
    "revox", "Revox", "call.", "https://www.getrevox.com/api", "asst_3b9d1c", "all_fields", "change_voice_and_model",
    None, "revox", "Revox", "assistants", "revox 0.5.0 (official SDK)",
)  # fmt: skip
RETELL = Vendor(
    "retell", "Retell", "call.retell.", "https://api.retellai.com", "agent_4b7e2c91d05f3a68e1c9", "all_fields",
    "change_engine_and_voice", "no_filter", "retell", "Retell", "agent", "retell-sdk 6.2.13 (official SDK)",
)  # fmt: skip
VENDORS = (REVOX, RETELL)
GOALS = {"voiceagents": "<= 1.15", "generated": "<= 1.3"}


def specs() -> Specs:
    s = Specs(NAME)
    for v in VENDORS:
        for op in OPS:
            raw, what = v.name(op, "raw_httpx"), f"{v.title} {'create (dict body)' if op == 'create' else op}"
            s.add(raw, f"{what}: raw httpx.Client", "us")
            s.add(v.name(op, "voiceagents"), f"{what}: voiceagents", "us", raw, GOALS["voiceagents"])
            s.add(v.name(op, "generated"), f"{what}: generated sync_detailed", "us", raw, GOALS["generated"])
            s.add(v.name(op, f"{v.sdk}_sdk"), f"{what}: {v.sdk_label}", "us", raw)
            if op == "create" and v is REVOX:
                neutral = "call.create_neutral.raw_httpx"
                s.add(neutral, "Revox create (the converted body): raw httpx.Client", "us")
                label = "Revox create from a neutral Assistant: voiceagents"
                s.add("call.create_neutral.voiceagents", label, "us", neutral, "<= 1.4")
    for read, what in (("parsed", "reading parsed.id"), ("id", "reading result.id")):
        clean = f"misfit.{read}.clean"
        s.add(clean, f"Revox get, the answer as documented, {what}: voiceagents", "us")
        label = f"Revox get, the answer missing an always-there field (name), {what}: voiceagents"
        s.add(f"misfit.{read}.missing", label, "us", clean, "<= 1.2")
    for slug in SLUGS:
        s.add(f"convert.{slug}", f"to_vendor + validation: {slug}", "us", "call.create.raw_httpx", "<= 0.5")
    return s


# =========================================================================== the transport
def answers(slug: str, drop: str | None = None) -> dict[str, tuple[str, re.Pattern[str], bytes | None]]:
    """Per operation: its method, its path (a pattern) and the spec's example of its success answer
    (``None``: it documents no body); a listing's example as its last page (``has_more`` false); the
    get answer without its member ``drop``, if given (a misfit)."""
    out: dict[str, tuple[str, re.Pattern[str], bytes | None]] = {}
    for name in OPS:
        op = vspec.operation(slug, vspec.OPERATION_IDS[name])
        pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$")
        body: Any = op.success.example if op.success.has_body else None
        if name == "list" and op.pagination is not None and op.pagination.has_more:
            body = {**body, op.pagination.has_more.strip("/"): False}
        if drop is not None and name == "get":
            body = {k: v for k, v in body.items() if k != drop}
        out[name] = (op.method, pattern, None if body is None else json.dumps(body).encode())
    return out


def transport(slug: str, drop: str | None = None) -> httpx.MockTransport:
    """Answers every operation of ``slug`` with the spec's example of its success answer (204 where it
    documents none)."""
    routes = list(answers(slug, drop).values())

    def handler(request: httpx.Request) -> httpx.Response:
        for method, pattern, payload in routes:
            if request.method == method and pattern.search(request.url.path):
                if payload is None:
                    return httpx.Response(204)
                return httpx.Response(200, content=payload, headers={"content-type": "application/json"})
        return httpx.Response(404, json={"message": "Not Found"})

    return httpx.MockTransport(handler)


# =========================================================================== the variants
def bodies(v: Vendor) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]:
    """The create, update and list bodies: the spec's request examples the vendor names."""
    examples = {op: vspec.operation(v.slug, vspec.OPERATION_IDS[op]).request_examples for op in ("create", "update")}
    listing = vspec.operation(v.slug, "listAssistants").request_examples.get(v.list_body or "")
    return dict(examples["create"][v.create]), dict(examples["update"][v.update]), listing


def raw_variants(v: Vendor, tr: httpx.MockTransport) -> dict[str, Call]:
    """Raw httpx: the same request as the others send, the same JSON read."""
    create, update, listing = bodies(v)
    raw, auth = httpx.Client(base_url=v.base_url, transport=tr), {"Authorization": f"Bearer {FAKE_KEY}"}

    def call(op: vspec.Kind, body: Any = None) -> Call:
        spec = vspec.operation(v.slug, vspec.OPERATION_IDS[op])
        path = re.sub(r"\{[^}]+\}", v.assistant_id, spec.path)
        method = spec.method

        def send() -> object:
            response = raw.request(method, path, json=body, headers=auth)
            response.raise_for_status()
            return response.json() if response.content else None

        return send

    return {
        v.name("create", "raw_httpx"): call("create", create),
        v.name("get", "raw_httpx"): call("get"),
        v.name("list", "raw_httpx"): call("list", listing),
        v.name("update", "raw_httpx"): call("update", update),
        v.name("delete", "raw_httpx"): call("delete"),
    }


def our_variants(v: Vendor, tr: httpx.MockTransport) -> dict[str, Call]:
    create, update, _ = bodies(v)
    aid = v.assistant_id
    # Typed as the untyped face: the bodies here are dict[str, Any] read from the spec's examples.
    ours: voiceagents.Client = voiceagents.client(v.slug, api_key=FAKE_KEY, base_url=v.base_url, transport=tr)
    return {
        v.name("create", "voiceagents"): lambda: ours.create_assistant(create).id,
        v.name("get", "voiceagents"): lambda: ours.get_assistant(aid).id,
        v.name("list", "voiceagents"): lambda: [item.id for item in ours.list_assistants()],
        v.name("update", "voiceagents"): lambda: ours.update_assistant(aid, update).id,
        v.name("delete", "voiceagents"): lambda: ours.delete_assistant(aid).id,
    }


def generated_variants(v: Vendor, tr: httpx.MockTransport) -> dict[str, Call]:
    """The generated client: ``<op>_assistant.sync_detailed(...).parsed``, its request models built
    from the dicts."""
    create, update, listing = bodies(v)
    aid, pkg = v.assistant_id, vspec.package_name(v.slug)
    gen = importlib.import_module(pkg).AuthenticatedClient(
        base_url=v.base_url, token=FAKE_KEY, httpx_args={"transport": tr}
    )
    api = {op: importlib.import_module(f"{pkg}.api.assistants.{op}_assistant{'s' * (op == 'list')}") for op in OPS}
    models = importlib.import_module(f"{pkg}.models")
    list_args = {} if listing is None else {"body": models.ListAssistantsRequest.from_dict(listing)}
    return {
        v.name("create", "generated"): lambda: (
            api["create"].sync_detailed(client=gen, body=models.CreateAssistantRequest.from_dict(create)).parsed
        ),
        v.name("get", "generated"): lambda: api["get"].sync_detailed(aid, client=gen).parsed,
        v.name("list", "generated"): lambda: api["list"].sync_detailed(client=gen, **list_args).parsed,
        v.name("update", "generated"): lambda: (
            api["update"].sync_detailed(aid, client=gen, body=models.UpdateAssistantRequest.from_dict(update)).parsed
        ),
        v.name("delete", "generated"): lambda: api["delete"].sync_detailed(aid, client=gen).parsed,
    }


def sdk_variants(v: Vendor, tr: httpx.MockTransport) -> dict[str, Call]:
    """The official SDK: ``client.<resource>.<method>(...)``, its parsed model."""
    create, update, _ = bodies(v)
    aid = v.assistant_id
    cls = getattr(importlib.import_module(v.sdk), v.sdk_class)
    official = cls(api_key=FAKE_KEY, base_url=v.base_url, http_client=httpx.Client(transport=tr))
    res, sdk = getattr(official, v.sdk_resource), f"{v.sdk}_sdk"
    return {
        v.name("create", sdk): lambda: res.create(**create),
        v.name("get", sdk): lambda: res.retrieve(aid),
        v.name("list", sdk): lambda: res.list(),
        v.name("update", sdk): lambda: res.update(aid, **update),
        v.name("delete", sdk): lambda: res.delete(aid),
    }


def vendor_variants(v: Vendor) -> dict[str, Call]:
    tr = transport(v.slug)
    made = {**raw_variants(v, tr), **our_variants(v, tr), **generated_variants(v, tr), **sdk_variants(v, tr)}
    return {name: made[name] for op in OPS for name in made if name.startswith(f"{v.prefix}{op}.")}


def neutral_variants(assistant: Any) -> dict[str, Call]:
    """A Revox create from a neutral assistant, against raw httpx sending the converted body."""
    converted, _ = convert.to_vendor_body(assistant, "revox", allow_drop=True)
    tr, auth = transport("revox"), {"Authorization": f"Bearer {FAKE_KEY}"}
    raw = httpx.Client(base_url=REVOX.base_url, transport=tr)
    ours = voiceagents.client("revox", api_key=FAKE_KEY, base_url=REVOX.base_url, transport=tr)

    def raw_create() -> object:
        response = raw.post("/assistants", json=converted, headers=auth)
        response.raise_for_status()
        return response.json()

    return {
        "call.create_neutral.raw_httpx": raw_create,
        "call.create_neutral.voiceagents": lambda: ours.create_assistant(assistant, allow_drop=True).id,
    }


def misfit_variants() -> dict[str, Call]:
    """A Revox get whose answer is as documented, and one missing ``name`` (always there, says the spec)."""
    aid = REVOX.assistant_id
    clean = voiceagents.client("revox", api_key=FAKE_KEY, base_url=REVOX.base_url, transport=transport("revox"))
    missing = voiceagents.client(
        "revox", api_key=FAKE_KEY, base_url=REVOX.base_url, transport=transport("revox", "name")
    )
    return {
        "misfit.parsed.clean": lambda: clean.get_assistant(aid).parsed.id,
        "misfit.parsed.missing": lambda: missing.get_assistant(aid).parsed.id,
        "misfit.id.clean": lambda: clean.get_assistant(aid).id,
        "misfit.id.missing": lambda: missing.get_assistant(aid).id,
    }


def variants() -> dict[str, Call]:
    """Every per-call variant by figure name, in the order of the catalogue."""
    assistant = example()
    made = {**vendor_variants(REVOX), **neutral_variants(assistant), **vendor_variants(RETELL), **misfit_variants()}
    for slug in SLUGS:
        made[f"convert.{slug}"] = functools.partial(voiceagents.to_vendor, assistant, slug, allow_drop=True)
    return {name: made[name] for name in specs()}


# =========================================================================== the section
def method(rounds: int, calls: int) -> str:
    return (
        f"Revox and Retell operations on an httpx.MockTransport that answers the spec's example of each success"
        f" answer (no network; a listing's example as its last page); {rounds} rounds, each timing {calls} calls of"
        " every variant in turn; median us per call. Baseline: a raw httpx.Client sending the same request (same"
        " body, same auth header) and reading the same JSON (.json()). voiceagents validates the body against the"
        " spec, sends, checks the answer against the spec and reads the id; generated: <op>_assistant.sync_detailed"
        "(...).parsed, its request model built from the dict; official SDKs: client.assistants.<method>(...)"
        " (revox 0.5.0) and client.agent.<method>(...) (retell-sdk 6.2.13), their parsed models. Bodies: the"
        " specs' request examples (Revox all_fields and change_voice_and_model, Retell all_fields,"
        " change_engine_and_voice and no_filter for its POST listing). to_vendor: examples/assistant.yaml"
        " (completed from a vendor's documented request examples where it needs input) to each vendor's request"
        " model (neutral validation, conversion, validation against the vendor's spec), divided by one raw Revox"
        " create of the same rounds. misfit: the Revox get answer as documented, and the same answer without"
        " `name` (always there, says the spec: a warning, logged once per field), read through `.parsed.id` or"
        " `.id`; the first misfit of the process is parsed at once in the warm-up, later ones when read."
    )


def run(report: Report) -> None:
    rounds, calls = (3, 10) if report.quick else (15, 50)
    report.methods[NAME] = method(rounds, calls)
    made = variants()
    for fn in made.values():  # warm-up: caches, compiled validators, pooled connections
        for _ in range(max(5, calls // 5)):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in made}
    for _ in range(rounds):
        for name, fn in made.items():
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - t0) / calls * 1e6)
    report.add_all({name: median(values) for name, values in samples.items()})
    for name, fn in made.items():
        if report.figures[name].met is False:
            report.profiles[name] = profile_lines(fn, 50 if report.quick else 200)
