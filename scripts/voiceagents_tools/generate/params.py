"""``voiceagents_<slug>/params.py``: the request bodies as TypedDicts, so a type checker checks a dict
body as Stainless SDKs' ``*Params`` do (key names, value types, ``Literal`` enums, which keys are
required).

Rendered from the spec through ``voiceagents.spec`` (the components that requests reach, walked
with ``voiceagents.spec.schema``), not by datamodel-code-generator: the names follow one rule the
wrapper's overloads rely on (``CreateAssistantRequest`` -> ``CreateAssistantParams``, any other
component ``Voice`` -> ``VoiceParam``), and every fact comes from the schema as written:

* an object with properties is a ``TypedDict`` (keys not in ``required``: ``NotRequired``; the
  properties of ``allOf`` members are merged; rules written with ``if``/``then`` stay the runtime
  validation's, they are no static fact); each key's ``description`` is its docstring;
* an object that accepts any key (``additionalProperties``, or no properties at all) is a
  ``dict[str, ...]``: a TypedDict would refuse keys the vendor takes;
* an enum or a ``const`` is a ``Literal``; ``oneOf``/``anyOf`` and type lists are unions;
  ``null`` is ``None``; an array is a ``list`` (not ``Sequence``: a string is one too).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping, Sequence
from typing import Any

from voiceagents.spec import VendorSpec
from voiceagents.spec import schema as spec_schema

from .discover import GenerationError

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_COMBINED = ("allOf", "oneOf", "anyOf")


def param_name(component: str) -> str:
    """The TypedDict (or alias) for a request component: ``CreateAssistantRequest`` ->
    ``CreateAssistantParams``, ``Voice`` -> ``VoiceParam``."""
    if component.endswith("Request") and component != "Request":
        return component[: -len("Request")] + "Params"
    return component + "Param"


class _Renderer:
    def __init__(self, reader: VendorSpec) -> None:
        self.reader = reader
        self.document = reader.document
        self.schemas: Mapping[str, Any] = reader.schemas
        self.components = sorted(name for name, ways in reader.directions().items() if "request" in ways)
        names: dict[str, str] = {}
        for component in self.components:
            name = param_name(component)
            if name in names or name in self.schemas:
                raise GenerationError(
                    f"{reader.slug}: the params name {name} of components.schemas.{component} is taken"
                    f" ({names.get(name, name)}); rename one of the schemas"
                )
            names[name] = component
        self.uses: set[str] = set()

    # -- what a schema node is, as a type ------------------------------------------------

    def kind(self, component: str) -> str:
        """``typeddict``, ``alias``."""
        node = self.schemas[component]
        return "typeddict" if self._closed_object(node) else "alias"

    def _closed_object(self, node: Any) -> bool:
        """An object schema whose keys are all declared (a TypedDict can say it)."""
        if not isinstance(node, Mapping) or any(k in node for k in ("oneOf", "anyOf", "enum", "const")):
            return False
        parts = [node, *(spec_schema.resolve(self.document, m) for m in node.get("allOf", ()))]
        declared = any(isinstance(p, Mapping) and isinstance(p.get("properties"), Mapping) for p in parts)
        open_ = any(
            isinstance(p, Mapping)
            and (p.get("additionalProperties") is True or isinstance(p.get("additionalProperties"), Mapping))
            for p in parts
        )
        return declared and not open_

    def type_of(self, node: Any) -> str:
        """The type of the values ``node`` allows, as code."""
        return _union(self.members(node))

    def members(self, node: Any) -> list[str]:
        """The members of the union of types ``node`` allows (``["str", "None"]``)."""
        if not isinstance(node, Mapping) or not node:
            return [self._any()]
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith(spec_schema.COMPONENTS):
                raise GenerationError(f"{self.reader.slug}: cannot type $ref {ref!r} (only components are supported)")
            return [param_name(ref[len(spec_schema.COMPONENTS) :])]
        if "const" in node:
            return self._literal([node["const"]])
        if "enum" in node:
            return self._literal(list(node["enum"]))
        for key in ("oneOf", "anyOf"):
            if key in node:
                return [member for sub in node[key] for member in self.members(sub)]
        if "allOf" in node and "properties" not in node and "type" not in node:
            typed = [sub for sub in node["allOf"] if not _is_rule(sub)]
            if len(typed) == 1:
                return self.members(typed[0])
        kinds = node.get("type")
        if kinds is None:
            return [self._any()]
        return [self._one_type(node, kind) for kind in ([kinds] if isinstance(kinds, str) else kinds)]

    def _one_type(self, node: Mapping[str, Any], kind: str) -> str:
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            items = node.get("items")
            return f"list[{self.type_of(items) if items is not None else self._any()}]"
        if kind == "object":
            if isinstance(node.get("properties"), Mapping) and node["properties"]:
                raise GenerationError(
                    f"{self.reader.slug}: an inline object with properties in a request schema; give it a"
                    " component schema (openapi/CONVENTIONS.md, Schemas)"
                )
            extra = node.get("additionalProperties")
            return f"dict[str, {self.type_of(extra) if isinstance(extra, Mapping) else self._any()}]"
        return self._any()

    def _literal(self, values: Sequence[Any]) -> list[str]:
        shown = [v for v in values if v is not None]
        if any(not isinstance(v, str | int | bool) for v in shown):
            return [self._any()]
        members = []
        if shown:
            self.uses.add("Literal")
            members.append(f"Literal[{', '.join(repr(v) for v in shown)}]")
        return [*members, "None"] if None in values else members

    def _any(self) -> str:
        self.uses.add("Any")
        return "Any"

    # -- rendering ----------------------------------------------------------------------

    def properties(self, node: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """The declared properties (``allOf`` members merged, ``if``/``then`` rules left out) and
        the required names."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in [node, *(spec_schema.resolve(self.document, m) for m in node.get("allOf", ()))]:
            if not isinstance(part, Mapping) or _is_rule(part):
                continue
            for key, sub in (part.get("properties") or {}).items():
                if sub is not False:
                    props.setdefault(str(key), sub)
            required.update(str(r) for r in part.get("required") or ())
        return props, required

    def typeddict(self, component: str) -> str:
        node = self.schemas[component]
        props, required = self.properties(node)
        name = param_name(component)
        lines = [f"class {name}(TypedDict):", _docstring(_class_doc(component, node), 4)]
        for key, sub in props.items():
            if not key.isidentifier() or keyword.iskeyword(key):
                raise GenerationError(f"{self.reader.slug}: {component}.{key} is not a Python identifier")
            value = self.type_of(sub)
            if key not in required:
                self.uses.add("NotRequired")
                value = f"NotRequired[{value}]"
            lines.append(f"    {key}: {value}")
            description = sub.get("description") if isinstance(sub, Mapping) else None
            if isinstance(description, str) and description.strip():
                lines.append(_docstring(description, 4))
        return "\n".join(lines) + "\n"

    def alias(self, component: str) -> str:
        node = self.schemas[component]
        if (
            isinstance(node, Mapping)
            and (node.get("type") == "object" or "properties" in node or "additionalProperties" in node)
            and not any(k in node for k in ("oneOf", "anyOf", "enum"))
        ):
            extra = node.get("additionalProperties")
            value = f"dict[str, {self.type_of(extra) if isinstance(extra, Mapping) else self._any()}]"
        else:
            value = self.type_of(node)
        self.uses.add("TypeAlias")
        shown = value if value.startswith(("Literal[", "dict[", "list[")) and "Param" not in value else repr(value)
        return f"{param_name(component)}: TypeAlias = {shown}\n" + _docstring(_class_doc(component, node), 0) + "\n"

    def render(self) -> str:
        aliases = [self.alias(c) for c in self.components if self.kind(c) == "alias"]
        classes = [self.typeddict(c) for c in self.components if self.kind(c) == "typeddict"]
        names = [param_name(c) for c in self.components]
        typing_names = sorted(self.uses | ({"TypedDict"} if classes else set()))
        head = (
            f'"""The request bodies of the {self.reader.title} as TypedDicts (generated from its spec).\n\n'
            "Pass a dict literal to ``voiceagents.client(...).create_assistant(...)`` (or build one annotated with\n"
            "these types): a type checker then checks its keys, which are required, and each value's type, as\n"
            "the spec says. At run time the body is still validated against the spec.\n"
            '"""\n\n'
            "from __future__ import annotations\n\n"
            f"from typing import {', '.join(typing_names)}\n\n"
            f"__all__ = [{', '.join(repr(n) for n in sorted(names))}]\n\n"
        )
        return head + "\n\n".join([*aliases, *classes])


def _is_rule(node: Any) -> bool:
    """An ``allOf`` member that states a rule (``if``/``then``/``not``), not members."""
    return isinstance(node, Mapping) and any(k in node for k in ("if", "then", "else", "not"))


def _union(members: Sequence[str]) -> str:
    seen = list(dict.fromkeys(members))
    if "Any" in seen:
        return "Any"
    if "None" in seen:  # None last, as a reader expects
        seen = [s for s in seen if s != "None"] + ["None"]
    return " | ".join(seen)


def _class_doc(component: str, node: Any) -> str:
    description = node.get("description") if isinstance(node, Mapping) else None
    text = description.strip() if isinstance(description, str) and description.strip() else component
    return f"{text}\n\n(``components.schemas.{component}``.)"


def _docstring(text: str, indent: int) -> str:
    pad = " " * indent
    body = re.sub(r"[ \t]+\n", "\n", text.strip()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = body.split("\n")
    if len(lines) == 1:
        return f'{pad}"""{lines[0]}"""'
    return f'{pad}"""' + f"\n{pad}".join(lines) + f'\n{pad}"""'


def render(reader: VendorSpec) -> str:
    """The ``params.py`` of a vendor's client package (ruff formats it with the package)."""
    return _Renderer(reader).render()
