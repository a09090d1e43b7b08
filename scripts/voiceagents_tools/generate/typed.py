"""``wrappers/voiceagents/clients.py``: the clients typed by vendor, and ``client()``/``async_client()``
with one overload per vendor, rendered from every spec (``templates/wrapper/clients.py.jinja``).

What each vendor's class says comes from its spec through ``voiceagents.spec`` (its operations,
their request schema, success schema and list items), and the names from the rules the generated
packages follow: openapi-python-client's class name of a component schema (``models``), and
``params.param_name`` (``params``). A name that is not in the freshly generated package is an error,
so the typed client never refers to something that does not exist.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from voiceagents.spec import Operation, VendorSpec, unpointer
from voiceagents.spec import schema as spec_schema

from .. import ROOT
from .discover import GenerationError, Vendor
from .opc import BIN, TEMPLATES
from .params import param_name

CLIENTS_MODULE = ROOT / "wrappers" / "voiceagents" / "clients.py"
_KINDS = {
    "create": "createAssistant",
    "get": "getAssistant",
    "list": "listAssistants",
    "update": "updateAssistant",
    "delete": "deleteAssistant",
    "clone": "cloneAssistant",
}
_VERBS = {
    "create": "Create an assistant",
    "get": "Read one assistant",
    "list": "Every assistant, one ``Result`` each, page after page as you iterate",
    "update": "Change the settings given",
    "delete": "Delete one assistant",
    "clone": "Copy one assistant into a new one",
}


def class_name(component: str) -> str:
    """openapi-python-client's class name of a component schema (its ``ClassName``)."""
    from openapi_python_client.strings import ClassName

    return str(ClassName(component, "field_"))


def _pascal(slug: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_-]", slug))


def _model(vendor: Vendor, component: str | None, models: set[str] | None) -> str:
    if component is None:
        return "Any"
    name = class_name(component)
    if models is not None and name not in models:
        raise GenerationError(
            f"{vendor.spec_rel}: the generated models have no {name} (components.schemas.{component})"
        )
    return f"{vendor.package}.models.{name}"


def _item_component(reader: VendorSpec, op: Operation) -> str | None:
    """The component schema of one listed assistant (the ``$ref`` of the items' schema)."""
    segments = list(unpointer(op.pointer("items") or ""))
    for node in spec_schema.schema_at(reader.document, op.success.schema or {}, segments):
        items = node.get("items")
        if isinstance(items, dict) and isinstance(items.get("$ref"), str):
            ref = items["$ref"]
            if ref.startswith(spec_schema.COMPONENTS):
                return str(ref[len(spec_schema.COMPONENTS) :])
    return None


def vendor_context(vendor: Vendor, models: set[str] | None = None) -> dict[str, Any]:
    """What the template says of one vendor; ``models``: the class names its package has."""
    reader = vendor.reader
    ops: dict[str, dict[str, str] | None] = {}
    for kind, operation_id in _KINDS.items():
        if not reader.has(operation_id):
            ops[kind] = None
            continue
        op = reader.operation(operation_id)
        answer_component = _item_component(reader, op) if kind == "list" else op.success.schema_name
        answer = _model(vendor, answer_component, models)
        context = {
            "answer": answer,
            "doc": f"{_VERBS[kind]} (``{operation_id}``: ``{op.method} {op.path}``); the answer is"
            f" ``{answer.rsplit('.', 1)[-1]}``.",
        }
        if kind in ("create", "update"):
            if op.request_schema is None:
                raise GenerationError(f"{vendor.spec_rel}: {operation_id} has no request body schema")
            context["params"] = f"{vendor.package}.params.{param_name(op.request_schema)}"
            context["request"] = _model(vendor, op.request_schema, models)
        ops[kind] = context
    return {
        "slug": vendor.slug,
        "title": reader.title,
        "package": vendor.package,
        "sync_class": f"{_pascal(vendor.slug)}Client",
        "async_class": f"Async{_pascal(vendor.slug)}Client",
        "ops": ops,
    }


def _call_args(signature: str) -> str:
    """``a: int, *, b: str = ""`` -> ``a, b=b``: a signature's parameters passed on by name."""
    args, keyword = [], False
    for part in re.split(r",\s*(?![^\[]*\])", signature):
        name = part.split(":", 1)[0].strip()
        if not name:
            continue
        if name == "*":
            keyword = True
            continue
        args.append(f"{name}={name}" if keyword else name)
    return ", ".join(args)


def _doc(text: str, indent: int) -> str:
    """A docstring of ``text``, wrapped to the project's line length at this indent."""
    import textwrap

    lines = textwrap.wrap(text, width=114 - indent, break_long_words=False, break_on_hyphens=False)
    if len(lines) == 1 and len(lines[0]) + indent + 6 <= 120:
        return f'"""{lines[0]}"""'
    pad = " " * indent
    return '"""' + f"\n{pad}".join(lines) + f'\n{pad}"""'


def render(vendors: Sequence[Vendor], models: dict[str, set[str]] | None = None) -> str:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "wrapper"),
        autoescape=False,  # noqa: S701 - renders Python, not HTML
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["call_args"] = _call_args
    env.filters["doc"] = _doc
    contexts = [vendor_context(v, (models or {}).get(v.slug)) for v in sorted(vendors, key=lambda v: v.slug)]
    return env.get_template("clients.py.jinja").render(vendors=contexts)


def _ruff(args: Sequence[str], source: str) -> str:
    proc = subprocess.run(
        [str(BIN / "ruff"), *args, "--stdin-filename", str(CLIENTS_MODULE.relative_to(ROOT)), "-"],
        input=source,
        capture_output=True,
        text=True,
        cwd=ROOT,  # the project's ruff settings, as for the hand-written code
        check=False,
    )
    if proc.returncode != 0:
        raise GenerationError(f"ruff {args[0]} on the typed clients failed:\n{proc.stderr.strip()}")
    return proc.stdout


def generated_models(project: Path, package: str) -> set[str]:
    """The model class names a freshly generated package exports."""
    init = (project / package / "models" / "__init__.py").read_text(encoding="utf-8")
    return set(re.findall(r"^\s+\"(\w+)\",$", init, re.M))


def make(vendors: Sequence[Vendor], projects: dict[str, Path] | None = None) -> dict[Path, bytes]:
    """The typed clients module (path -> bytes), formatted as the hand-written code is; with
    ``projects`` (slug -> freshly generated project), every name is checked against them."""
    models = {slug: generated_models(project, f"voiceagents_{slug}") for slug, project in (projects or {}).items()}
    source = render(vendors, models if projects else None)
    source = _ruff(["check", "--fix-only", "--quiet", "--exit-zero"], source)
    source = _ruff(["format", "--quiet"], source)
    return {CLIENTS_MODULE: source.encode()}
