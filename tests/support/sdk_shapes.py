"""Holding a spec against an official SDK (its pydantic models and TypedDicts): the ``Shape`` of a
schema position (``ours``) and of an SDK annotation (``theirs``), how two shapes differ
(``differences``), and helpers for parsing answers with the SDK's models (``materialize``,
``unknown_members``)."""

from __future__ import annotations

import collections.abc
import re
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pydantic
import typing_extensions
from voiceagents.spec import schema as spec_schema


def materialize(value: Any) -> Any:
    """Force pydantic's lazy ``Iterable`` validators (raises their errors)."""
    if isinstance(value, Mapping):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [materialize(v) for v in value]
    if isinstance(value, collections.abc.Iterator):
        return [materialize(v) for v in value]
    return value


def unknown_members(model: Any, where: str = "") -> Iterator[str]:
    """Pointers of the members of a parsed answer that no SDK field declares."""
    if isinstance(model, pydantic.BaseModel):
        for key in model.model_extra or {}:
            yield f"{where}/{key}"
        for name in type(model).model_fields:
            value = getattr(model, name)
            alias = type(model).model_fields[name].alias or name
            yield from unknown_members(value, f"{where}/{alias}")
    elif isinstance(model, list):
        for i, item in enumerate(model):
            yield from unknown_members(item, f"{where}/{i}")


@dataclass
class Shape:
    """What one position of a schema or a type allows, as far as the comparison goes."""

    kind: str  # "object", "union", "array", "enum", "scalar", "any" (any JSON value)
    fields: dict[str, Shape] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    variants: dict[str, Shape] = field(default_factory=dict)
    items: Shape | None = None
    values: set[Any] = field(default_factory=set)
    nullable: bool = False
    open: bool = False  # an enum that also takes any string


def _members(spec: Mapping[str, Any], node: Any) -> list[Mapping[str, Any]]:
    node = spec_schema.resolve(spec, node)
    return [node] if isinstance(node, Mapping) else []


def _tag(fields: Mapping[str, Shape]) -> str:
    """The tag of a union variant: its ``type`` member's single value, else the first single-valued member's."""
    tags = {name: next(iter(s.values)) for name, s in fields.items() if s.kind == "enum" and len(s.values) == 1}
    return str(tags["type"] if "type" in tags else next(iter(tags.values()))) if tags else "?"


def _union(variants: list[Shape]) -> Shape:
    """A union of shapes, its variants keyed by their tag (objects) or their kind (anything else)."""
    shape = Shape("union")
    for variant in variants:
        key = _tag(variant.fields) if variant.kind == "object" else variant.kind
        shape.variants[key] = variant
        if variant.nullable:  # a variant that takes null makes the union take it
            shape.nullable, variant.nullable = True, False
    return shape


def ours(spec: Mapping[str, Any], node: Any) -> Shape:
    """The shape of a schema of our spec."""
    node = spec_schema.resolve(spec, node)
    if not isinstance(node, Mapping):
        return Shape("scalar")
    nullable = False
    kind = node.get("type")
    if isinstance(kind, list):
        nullable = "null" in kind
        if len([k for k in kind if k != "null"]) > 1:
            return Shape("any", nullable=nullable)
        kind = next((k for k in kind if k != "null"), None)
    if kind == "null":
        return Shape("scalar", nullable=True)
    for key in ("anyOf", "oneOf"):
        if key in node:
            subs = [spec_schema.resolve(spec, s) for s in node[key]]
            nulls = [s for s in subs if s.get("type") == "null"]
            rest = [s for s in subs if s.get("type") != "null"]
            plain = [s for s in rest if s.get("type") == "string" and not ({"enum", "const", "pattern"} & set(s))]
            rest = [s for s in rest if s not in plain] or plain
            shape = ours(spec, rest[0]) if len(rest) == 1 else _union([ours(spec, s) for s in rest])
            shape.nullable = shape.nullable or bool(nulls) or nullable
            shape.open = shape.open or (bool(plain) and shape.kind == "enum")
            return shape
    if "enum" in node or "const" in node:
        values = set(node.get("enum") or [node.get("const")]) - {None}
        return Shape("enum", values=values, nullable=nullable or None in (node.get("enum") or []))
    if kind == "array" or "items" in node:
        return Shape("array", items=ours(spec, node.get("items") or {}), nullable=nullable)
    if kind == "object" or "properties" in node:
        shape = Shape("object", nullable=nullable)
        parts = [node, *[spec_schema.resolve(spec, s) for s in node.get("allOf", ()) if "if" not in s]]
        for part in parts:
            for name, sub in (part.get("properties") or {}).items():
                if sub is not False:
                    shape.fields[name] = ours(spec, sub)
            for pattern, sub in (part.get("patternProperties") or {}).items():  # one exact name: a member
                exact = re.fullmatch(r"\^([A-Za-z0-9_]+)\$", pattern)
                if exact and sub is not False:
                    shape.fields[exact.group(1)] = ours(spec, sub)
            shape.required.update(part.get("required") or [])
        return shape
    if kind is None and not set(node) - {"description", "title", "examples", "default"}:
        return Shape("any", nullable=True)  # no constraint at all: any value, null included
    return Shape("scalar", nullable=nullable)


_ARRAYS = {list, collections.abc.Iterable, collections.abc.Sequence}


def _alias(annotation: Any) -> str | None:
    """The wire name an SDK gives a TypedDict key (``Annotated[..., PropertyInfo(alias=...)]``)."""
    while typing_extensions.get_origin(annotation) in (typing_extensions.Required, typing_extensions.NotRequired):
        annotation = typing_extensions.get_args(annotation)[0]
    if typing_extensions.get_origin(annotation) is typing_extensions.Annotated:
        for meta in getattr(annotation, "__metadata__", ()):
            if isinstance(getattr(meta, "alias", None), str):
                return str(meta.alias)
    return None


def theirs(annotation: Any) -> Shape:
    """The shape of an SDK annotation (TypedDict params, pydantic response models)."""
    origin, args = typing_extensions.get_origin(annotation), typing_extensions.get_args(annotation)
    if origin in (typing_extensions.Required, typing_extensions.NotRequired, typing_extensions.Annotated):
        return theirs(args[0])
    if annotation is object or annotation is typing.Any:
        return Shape("any", nullable=True)  # any value, None included
    if origin in (dict, collections.abc.Mapping) or annotation is dict:
        return Shape("object")
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if all(typing_extensions.get_origin(a) is typing_extensions.Literal for a in rest):
            shape = Shape("enum", values={v for a in rest for v in typing_extensions.get_args(a)})
        elif len(rest) == 1:
            shape = theirs(rest[0])
        else:
            shape = _union([theirs(member) for member in rest])
        shape.nullable = shape.nullable or len(rest) < len(args)
        return shape
    if origin is typing_extensions.Literal:
        return Shape("enum", values=set(args))
    if origin in _ARRAYS or (isinstance(origin, type) and issubclass(origin, collections.abc.Sequence)):
        return Shape("array", items=theirs(args[0]) if args else Shape("scalar"))
    if typing_extensions.is_typeddict(annotation):
        hints = typing_extensions.get_type_hints(annotation, include_extras=True)
        # The SDK's modules postpone annotations, so ``__required_keys__`` cannot see ``Required[...]``:
        # read it from the resolved hints (every params TypedDict is ``total=False``).
        required = {k for k, v in hints.items() if typing_extensions.get_origin(v) is typing_extensions.Required}
        if annotation.__total__:
            required |= {
                k for k, v in hints.items() if typing_extensions.get_origin(v) is not typing_extensions.NotRequired
            }
        names = {k: _alias(v) or k for k, v in hints.items()}  # the key on the wire
        return Shape(
            "object", fields={names[k]: theirs(v) for k, v in hints.items()}, required={names[k] for k in required}
        )
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        shape = Shape("object")
        for name, info in annotation.model_fields.items():
            key = info.alias or name
            shape.fields[key] = theirs(info.annotation)
            if info.is_required():
                shape.required.add(key)
        return shape
    return Shape("scalar")


def differences(sdk: Shape, spec: Shape, where: str = "") -> Iterator[tuple[str, str]]:
    """``(kind, text)`` of every way the SDK's shape and ours differ (kinds: fields, required,
    nullable, enum, tags, shape)."""
    at = where or "(body)"
    if sdk.kind == "any" and spec.kind == "object":
        return  # the SDK types it `object` (any value) and says in words that it is an object, as we do
    if sdk.nullable != spec.nullable:
        yield "nullable", f"{at}: nullable in {'the SDK' if sdk.nullable else 'our spec'} only"
    if sdk.kind != spec.kind:
        if {sdk.kind, spec.kind} == {"enum", "scalar"}:
            closed = sorted(sdk.values or spec.values)
            yield "enum", f"{at}: {'the SDK' if sdk.kind == 'enum' else 'our spec'} only has the enum {closed}"
        else:
            yield "shape", f"{at}: the SDK has a {sdk.kind}, our spec a {spec.kind}"
        return
    if sdk.kind == "enum" and sdk.values != spec.values:
        only_sdk, only_ours = sorted(sdk.values - spec.values), sorted(spec.values - sdk.values)
        yield "enum", f"{at}: values only in the SDK {only_sdk}, only in our spec {only_ours}"
    if sdk.kind == "array" and sdk.items and spec.items:
        yield from differences(sdk.items, spec.items, f"{where}/[]")
    if sdk.kind == "union":
        if set(sdk.variants) != set(spec.variants):
            yield (
                "tags",
                (
                    f"{at}: variants only in the SDK {sorted(set(sdk.variants) - set(spec.variants))},"
                    f" only in our spec {sorted(set(spec.variants) - set(sdk.variants))}"
                ),
            )
        for tag in sorted(set(sdk.variants) & set(spec.variants)):
            yield from differences(sdk.variants[tag], spec.variants[tag], f"{where}[{tag}]")
    if sdk.kind == "object":
        only_sdk, only_ours = sorted(set(sdk.fields) - set(spec.fields)), sorted(set(spec.fields) - set(sdk.fields))
        if only_sdk or only_ours:
            yield "fields", f"{at}: fields only in the SDK {only_sdk}, only in our spec {only_ours}"
        both = set(sdk.fields) & set(spec.fields)
        if sdk.required & both != spec.required & both:
            yield (
                "required",
                (
                    f"{at}: required only in the SDK {sorted((sdk.required - spec.required) & both)},"
                    f" only in our spec {sorted((spec.required - sdk.required) & both)}"
                ),
            )
        for name in sorted(both):
            yield from differences(sdk.fields[name], spec.fields[name], f"{where}/{name}")
