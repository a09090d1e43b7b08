"""Regenerate every generated artefact from its source document.

    python scripts/generate.py [--slug SLUG ...] [--force]

For each vendor spec ``openapi/<slug>.yaml``: validate and lint it (``speclint``), run the pinned
openapi-python-client with ``--fail-on-warning``, a config derived from the spec and the templates
in ``scripts/templates/``, and write a standalone project to ``generated/<slug>/`` (distribution
``voiceagents-<slug>``, package ``voiceagents_<slug>``, version = the spec's ``info.version``).
The neutral assistant model is generated from ``openapi/assistant.schema.json`` with
datamodel-code-generator once that schema exists. Work whose inputs are unchanged (see
``manifest``) is skipped. Vendors are generated in parallel; one line is printed per vendor.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import functools
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voiceagents import spec as vspec
from voiceagents.spec import schema as spec_schema

sys.path.insert(0, str(Path(__file__).resolve().parent))

import manifest
import neutral_schema
import project_files
import specdiff
import speclint

ROOT = manifest.ROOT
SPECS = ROOT / "openapi"
GENERATED = ROOT / "generated"
TEMPLATES = ROOT / "scripts" / "templates"
BIN = Path(sys.executable).parent
NEUTRAL_SCHEMA = SPECS / "assistant.schema.json"
NEUTRAL_MODEL = ROOT / "wrappers" / "voiceagents" / "types" / "assistant.py"
RUFF_HOOKS = [
    # --isolated: no config file from the surroundings changes the output; --no-cache: no stray files.
    "ruff check --isolated --no-cache --fix-only --extend-select=I .",
    "ruff format --isolated --no-cache .",
]


class GenerationError(Exception):
    """Generation of one artefact failed; the message names the spec and the reason."""


@functools.lru_cache(maxsize=64)
def _spec(path: Path, mtime_ns: int) -> dict[str, Any]:
    """A spec, parsed once per run (``discover`` makes new ``Vendor`` objects; a changed file, a new
    modification time, is read again). Callers do not change it."""
    spec: dict[str, Any] = speclint.load(path)
    return spec


@dataclass(frozen=True, eq=False)
class Vendor:
    """What the generator needs to know about one vendor, all of it read from its spec."""

    slug: str
    spec_path: Path

    @functools.cached_property
    def spec(self) -> dict[str, Any]:
        return _spec(self.spec_path.resolve(), self.spec_path.stat().st_mtime_ns)

    @property
    def package(self) -> str:
        return vspec.Vendor(self.slug).package

    @property
    def distribution(self) -> str:
        return vspec.Vendor(self.slug).distribution

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
        return (
            self.spec_path.relative_to(ROOT).as_posix() if self.spec_path.is_relative_to(ROOT) else str(self.spec_path)
        )

    def operation(self) -> tuple[str, str, dict[str, Any]]:
        """The create-assistant operation: (path, method, operation object)."""
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if isinstance(op, dict) and op.get("operationId") == "createAssistant":
                    return path, method, op
        raise GenerationError(f"{self.spec_path.name}: no operation with operationId createAssistant")

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
        return vspec.VendorSpec.from_document(self.spec, slug=self.slug).base_url

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
            "operations": [op for op in project_files.OPERATIONS if op in declared],
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
    available = {p.stem: p for p in sorted(SPECS.glob("*.yaml"))}
    wanted = list(slugs) if slugs else list(available)
    unknown = [s for s in wanted if s not in available]
    if unknown:
        raise GenerationError(
            f"no spec for {', '.join(unknown)}: expected openapi/<slug>.yaml (known: {', '.join(available)})"
        )
    return [Vendor(slug, available[slug]) for slug in wanted]


def template_files() -> list[Path]:
    return sorted(p for p in TEMPLATES.rglob("*") if p.is_file())


def inputs_digest(vendor: Vendor, tools: dict[str, str]) -> str:
    """Everything the output depends on: spec, templates, generator code, tool versions, licence."""
    parts = [
        ("spec", vendor.spec_path.read_bytes()),
        ("tools", json.dumps(tools, sort_keys=True).encode()),
        ("LICENSE", (ROOT / "LICENSE").read_bytes()),
    ]
    parts += [(p.relative_to(ROOT).as_posix(), p.read_bytes()) for p in template_files()]
    parts += [("generate.py", Path(__file__).read_bytes())]
    return manifest.digest(parts)


def render(template: str, **context: Any) -> str:
    import jinja2  # only when something is generated: a no-op run does not pay its import

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        autoescape=False,  # noqa: S701 - renders TOML and Markdown, not HTML
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    text: str = env.get_template(template).render(**context)
    return text


def python_code(source: str) -> str:
    """``source`` formatted by the pinned ruff (for code shown in generated READMEs)."""
    proc = subprocess.run(
        [str(BIN / "ruff"), "format", "--isolated", "--line-length", "100", "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise GenerationError(f"ruff could not format a README snippet: {proc.stderr.strip()}")
    return proc.stdout


def run(cmd: Sequence[str], cwd: Path, what: str) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        detail = "\n".join(line for line in (proc.stdout + proc.stderr).splitlines() if line.strip())
        raise GenerationError(f"{what} failed (exit {proc.returncode}):\n{detail}")


def generator_input(vendor: Vendor) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The document openapi-python-client is run on, and its answer models (name -> the fields the
    docs say are always there, which the lenient parse reports when missing).

    It is the spec with one change: object schemas that only answers use keep their properties
    but lose ``required``, so the generated answer models take a body that lacks a field the docs
    promise (with a warning, see ``templates/opc/model.py.jinja``). The spec shipped in the package
    is the spec as written. An object schema used by requests and answers alike is refused: the
    conventions keep them apart, and one model cannot be both strict and lenient."""
    spec = copy.deepcopy(vendor.spec)
    schemas = spec.get("components", {}).get("schemas", {})
    answers: dict[str, list[str]] = {}
    for name, directions in spec_schema.component_directions(spec).items():
        schema = schemas[name]
        if not _is_object_schema(spec_schema.resolve(spec, schema)):  # an alias ({$ref: X}) is a class of its own
            continue
        if directions == {"request", "response"}:
            raise GenerationError(
                f"{vendor.spec_rel}: components.schemas.{name} is used by a request and by a response;"
                " give the response its own schema (openapi/CONVENTIONS.md, Schemas)"
            )
        if directions == {"response"}:
            answers[name] = list(
                spec_schema.resolve(vendor.spec, vendor.spec["components"]["schemas"][name]).get("required", [])
            )
            _drop_required(schema)
    return spec, {name: answers[name] for name in sorted(answers)}


def _is_object_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)


def _drop_required(node: Any) -> None:
    """Remove ``required`` from an answer schema and its inline parts (not from what it refers to)."""
    if isinstance(node, dict):
        if "$ref" not in node:
            node.pop("required", None)
        for key, value in node.items():
            if key not in ("enum", "const", "examples", "example", "default"):
                _drop_required(value)
    elif isinstance(node, list):
        for value in node:
            _drop_required(value)


def build_client(vendor: Vendor, workdir: Path) -> Path:
    """Run openapi-python-client for one vendor into ``workdir``; return the project directory."""
    templates = workdir / "templates"
    shutil.copytree(TEMPLATES / "opc", templates)
    auth = vendor.auth()
    spec, answers = generator_input(vendor)
    (templates / "voiceagents_vendor.jinja").write_text(
        "{# Written by scripts/generate.py from the spec. #}\n"
        f'{{% set auth_location = "{auth["location"]}" %}}\n'
        f'{{% set auth_name = "{auth["name"]}" %}}\n'
        f'{{% set auth_prefix = "{auth["prefix"]}" %}}\n'
        f'{{% set user_agent = "{vendor.distribution}/{vendor.version}" %}}\n'
        f"{{% set lenient_models = {json.dumps(answers)} %}}\n",
        encoding="utf-8",
    )
    spec_input = workdir / "spec.json"
    spec_input.write_text(json.dumps(spec, indent=1, ensure_ascii=False), encoding="utf-8")
    config = {
        "project_name_override": vendor.distribution,
        "package_name_override": vendor.package,
        "package_version_override": vendor.version,
        "post_hooks": RUFF_HOOKS,
    }
    config_path = workdir / "config.json"
    config_path.write_text(json.dumps(config), encoding="utf-8")
    project = workdir / vendor.slug
    package_dir = project / vendor.package
    run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_input),
            "--config",
            str(config_path),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--custom-template-path",
            str(templates),
            "--fail-on-warning",
            "--overwrite",
        ],
        cwd=workdir,
        what=f"openapi-python-client on {vendor.spec_rel}",
    )
    # The spec travels with the client: the wrapper validates request bodies against it.
    (package_dir / "openapi.json").write_text(
        json.dumps(vendor.spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (package_dir / "py.typed").write_text("", encoding="utf-8")  # ensure present whatever the template does
    path, method, _ = vendor.operation()
    context = {
        "vendor": vendor,
        "auth": vendor.auth(),
        "base_url": vendor.base_url(),
        "path": path,
        "method": method.upper(),
        "body_code": python_code(f"body = CreateAssistantRequest.from_dict({vendor.first_example()!r})").strip(),
        "env_prefix": vendor.slug.upper(),
        "spec_rel": vendor.spec_rel,
    }
    (project / "pyproject.toml").write_text(render("pyproject.toml.jinja", **context), encoding="utf-8")
    (project / "README.md").write_text(render("README.md.jinja", **context), encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", project / "LICENSE")
    return project


def sync_tree(source: Path, target: Path, keep: Sequence[str] = ()) -> None:
    """Make ``target`` hold exactly the files of ``source`` (plus ``keep``), touching only what changed."""
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    if target.exists():
        for path in sorted(target.rglob("*"), reverse=True):
            rel = path.relative_to(target)
            if path.is_file() and rel not in wanted and rel.as_posix() not in keep:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    for rel in sorted(wanted):
        src, dst = source / rel, target / rel
        if dst.exists() and dst.read_bytes() == src.read_bytes():
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)


def previous_spec(vendor: Vendor) -> dict[str, Any] | None:
    """The spec the committed client was generated from (shipped inside the package), if any."""
    shipped = vendor.output / vendor.package / "openapi.json"
    if not shipped.exists():
        return None
    data: dict[str, Any] = json.loads(shipped.read_text(encoding="utf-8"))
    return data


def release_changes(vendor: Vendor) -> list[specdiff.Change]:
    """What changed since the last generation; refuses a version that does not follow the changes."""
    old = previous_spec(vendor)
    if old is None:
        return []
    changes = specdiff.diff_specs(old, vendor.spec)
    problem = specdiff.required_bump(str(old["info"]["version"]), vendor.version, changes)
    if problem:
        raise GenerationError(f"{vendor.spec_rel}: {problem}")
    return changes


def write_changelog(vendor: Vendor, project: Path, changes: list[specdiff.Change]) -> None:
    """Carry the changelog forward, with a new entry on top when the spec changed."""
    existing = vendor.output / "CHANGELOG.md"
    text = existing.read_text(encoding="utf-8") if existing.exists() else None
    today = datetime.date.today()
    if changes:
        entry = specdiff.changelog_entry(vendor.version, changes, today)
        text = specdiff.update_changelog(text, entry, title=f"# {vendor.distribution}")
    elif text is None:
        entry = f"## {vendor.version} ({today.isoformat()})\n\nFirst client generated from `{vendor.spec_rel}`.\n"
        text = specdiff.update_changelog(None, entry, title=f"# {vendor.distribution}")
    (project / "CHANGELOG.md").write_text(text, encoding="utf-8")


def generate_vendor(vendor: Vendor, tools: dict[str, str], inputs: str) -> manifest.Entry:
    changes = release_changes(vendor)
    with tempfile.TemporaryDirectory(prefix=f"voiceagents-gen-{vendor.slug}-") as tmp:
        project = build_client(vendor, Path(tmp))
        write_changelog(vendor, project, changes)
        sync_tree(project, vendor.output)
    return manifest.Entry(
        spec=vendor.spec_rel,
        spec_sha256=manifest.file_sha256(vendor.spec_path),
        inputs_sha256=inputs,
        version=vendor.version,
        output=vendor.output.relative_to(ROOT).as_posix(),
        files=manifest.tree_files(vendor.output),
        tools=tools,
    )


def derived_neutral_schema(vendors: Sequence[Vendor]) -> dict[str, Any]:
    """The neutral schema to ship: the source with vendor_extras and ranges derived from the specs."""
    convert = importlib.import_module("voiceagents.convert")
    inputs = []
    for vendor in vendors:
        try:
            rules = convert.mapping(vendor.slug)
        except ImportError as exc:
            raise GenerationError(
                f"wrappers/voiceagents/convert/{vendor.slug}.py cannot be imported ({exc}); every vendor spec needs"
                " its converter module (see README, Add a vendor)"
            ) from None
        _, _, op = vendor.operation()
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        inputs.append(
            neutral_schema.VendorInput(
                vendor.slug, vendor.name, vendor.spec, str(ref).rsplit("/", 1)[-1], rules.links()
            )
        )
    source = json.loads(NEUTRAL_SCHEMA.read_text(encoding="utf-8"))
    return neutral_schema.derive(source, inputs)


def converter_problems(vendors: Sequence[Vendor]) -> list[str]:
    """Where a converter module and its vendor's spec disagree (``converter_drift``), or a spec has
    no converter module at all."""
    import converter_drift  # it imports the wrapper's converters (pydantic): only when they are checked

    convert = importlib.import_module("voiceagents.convert")
    problems = []
    for vendor in vendors:
        try:
            rules = convert.mapping(vendor.slug)
        except Exception as exc:  # a missing or broken converter module: say so, naming the file
            problems.append(f"{vendor.slug}: {exc}")
            continue
        _, _, op = vendor.operation()
        name = str(op["requestBody"]["content"]["application/json"]["schema"]["$ref"]).rsplit("/", 1)[-1]
        problems += converter_drift.check(rules, vendor.spec, name)
    return problems


def generate_neutral(tools: dict[str, str], vendors: Sequence[Vendor], inputs: str) -> manifest.Entry:
    """The shipped neutral schema (derived) and the pydantic model generated from it."""
    NEUTRAL_MODEL.parent.mkdir(parents=True, exist_ok=True)
    shipped = NEUTRAL_MODEL.parent / NEUTRAL_SCHEMA.name
    derived = derived_neutral_schema(vendors)
    shipped.write_text(json.dumps(derived, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="voiceagents-neutral-") as tmp:
        model_input = Path(tmp) / NEUTRAL_SCHEMA.name
        model_input.write_text(json.dumps(neutral_schema.model_input(derived), indent=1), encoding="utf-8")
        _datamodel_codegen(model_input)
    # The derived schema ships inside the wheel, next to the model: `voiceagents schema` reads it.
    return manifest.Entry(
        spec=NEUTRAL_SCHEMA.relative_to(ROOT).as_posix(),
        spec_sha256=manifest.file_sha256(NEUTRAL_SCHEMA),
        inputs_sha256=inputs,
        version="",
        output=NEUTRAL_MODEL.relative_to(ROOT).as_posix(),
        files={p.relative_to(ROOT).as_posix(): manifest.file_sha256(p) for p in (NEUTRAL_MODEL, shipped)},
        tools=tools,
    )


def _datamodel_codegen(source: Path) -> None:
    run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(source),
            "--input-file-type",
            "jsonschema",
            "--output",
            str(NEUTRAL_MODEL),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--use-annotated",
            "--use-union-operator",
            "--use-standard-collections",
            "--use-schema-description",
            "--use-field-description",
            "--field-constraints",
            "--extra-fields",
            "forbid",
            "--enum-field-as-literal",
            "all",
            "--use-double-quotes",
            "--disable-timestamp",
            "--formatters",
            "ruff-check",
            "ruff-format",
            # format: uri stays a plain str (pydantic's AnyUrl would rewrite the URL); named string types
            # (LanguageTag) become type aliases, so a list of them is a list[str], not a list of RootModels.
            "--type-mappings",
            "string+uri=string",
            "--use-type-alias",
            "--custom-file-header",
            "# Generated by `make generate` from openapi/assistant.schema.json. Do not edit.\n"
            "# ruff: noqa: E501  (docstrings are the schema's descriptions, one line each)",
        ],
        cwd=ROOT,
        what=f"datamodel-codegen on {NEUTRAL_SCHEMA.relative_to(ROOT)}",
    )


def neutral_inputs(tools: dict[str, str], vendors: Sequence[Vendor]) -> str:
    """Everything the neutral model depends on: its source schema, the vendor specs and converter
    modules (vendor_extras and ranges are derived from them), the tool versions and the generator."""
    convert = ROOT / "wrappers" / "voiceagents" / "convert"
    return manifest.digest(
        [
            ("schema", NEUTRAL_SCHEMA.read_bytes()),
            ("tools", json.dumps(tools, sort_keys=True).encode()),
            ("generate.py", Path(__file__).read_bytes()),
            ("neutral_schema.py", Path(neutral_schema.__file__).read_bytes()),
        ]
        + [(f"spec:{v.slug}", v.spec_path.read_bytes()) for v in vendors]
        + [(p.relative_to(ROOT).as_posix(), p.read_bytes()) for p in sorted(convert.glob("*.py"))]
    )


def project_digest(vendors: Sequence[Vendor]) -> str:
    """What the project files, and the converter-spec drift verdict, are derived from: the specs'
    facts, the converter modules, the neutral model, and the code that derives and checks them."""
    facts = {v.slug: v.facts() for v in vendors}
    convert = ROOT / "wrappers" / "voiceagents" / "convert"
    sources = [*sorted(convert.rglob("*.py")), *([NEUTRAL_MODEL] if NEUTRAL_MODEL.exists() else [])]
    code = [Path(project_files.__file__), Path(__file__).with_name("converter_drift.py")]
    return manifest.digest(
        [("facts", json.dumps(facts, sort_keys=True).encode())]
        + [(p.name, p.read_bytes()) for p in code]
        + [(p.relative_to(ROOT).as_posix(), p.read_bytes()) for p in sources]
    )


def _block_hashes() -> dict[str, str]:
    """The owned parts only: a hand edit of one is noticed, the rest of the files are not ours."""
    return {name: manifest.sha256(text.encode()) for name, text in project_files.blocks().items()}


def project_current(entries: dict[str, manifest.Entry], vendors: Sequence[Vendor]) -> bool:
    """Whether the last successful run wrote the project files (after a clean drift check) from the
    same inputs, and nobody edited their generated blocks since."""
    previous = entries.get("project")
    if previous is None or previous.files != _block_hashes():
        return False
    return previous.inputs_sha256 == project_digest(vendors)


def sync_project_files(
    entries: dict[str, manifest.Entry], vendors: Sequence[Vendor], *, force: bool, with_mapping: bool = True
) -> list[str]:
    """Rewrite the generator-owned files and blocks (registry, extras, README tables) when their
    inputs changed; return the names of the files written."""
    if with_mapping and not force and project_current(entries, vendors):
        return []
    changed = project_files.write({v.slug: v.facts() for v in vendors}, with_mapping=with_mapping)
    if with_mapping:
        entries["project"] = manifest.Entry(
            spec="",
            spec_sha256="",
            inputs_sha256=project_digest(vendors),
            version="",
            output="",
            files=_block_hashes(),
        )
    return [p.relative_to(ROOT).as_posix() for p in changed]


def is_current(entry: manifest.Entry | None, inputs: str) -> bool:
    return entry is not None and entry.inputs_sha256 == inputs and not manifest.drift(entry)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the clients and the neutral model from the specs.")
    parser.add_argument("--slug", action="append", help="only this vendor (repeatable); default: all")
    parser.add_argument("--force", action="store_true", help="regenerate even when nothing changed")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        vendors = discover(args.slug)
    except (GenerationError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    tools = manifest.tool_versions()
    entries = manifest.load()
    inputs = {v.slug: inputs_digest(v, tools) for v in vendors}
    todo = [v for v in vendors if args.force or not is_current(entries.get(v.slug), inputs[v.slug])]
    for vendor in vendors:
        if vendor not in todo:
            print(f"{vendor.slug:<13} unchanged  v{vendor.version:<8} {0.0:5.2f}s")

    failed = False
    if todo:
        problems = speclint.check([v.spec_path for v in todo])
        bad = {p.file.resolve() for p in problems}
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        for vendor in [v for v in todo if v.spec_path.resolve() in bad]:
            print(
                f"{vendor.slug:<13} FAILED     {vendor.spec_rel} does not pass validation/lint",
                file=sys.stderr,
            )
            failed = True
        todo = [v for v in todo if v.spec_path.resolve() not in bad]

        def one(vendor: Vendor) -> tuple[Vendor, manifest.Entry | GenerationError, float]:
            t0 = time.perf_counter()
            try:
                return vendor, generate_vendor(vendor, tools, inputs[vendor.slug]), time.perf_counter() - t0
            except GenerationError as exc:
                return vendor, exc, time.perf_counter() - t0

        with ThreadPoolExecutor(max_workers=max(1, len(todo))) as pool:
            for vendor, result, seconds in pool.map(one, todo):
                if isinstance(result, GenerationError):
                    failed = True
                    print(f"{vendor.slug:<13} FAILED     {vendor.spec_rel}: {result}", file=sys.stderr)
                    continue
                entries[vendor.slug] = result
                print(f"{vendor.slug:<13} generated  v{vendor.version:<8} {seconds:5.2f}s")

    # The registry first (the converter reads it), then the neutral model (derived from the specs
    # and the converters), then the README tables (from both). Also after a one-vendor run: the
    # registry, the extras and the tables state facts of every vendor, this one's included.
    every = discover()
    if failed:  # the registry and the tables must describe the clients that exist, not a refused spec
        print(f"{'project':<13} skipped    (a vendor failed: the registry and project files stay as they are)")
        manifest.save(entries)
        print(f"{'total':<13} {'failed':<10} {'':9} {time.perf_counter() - started:5.2f}s")
        return 1
    t0 = time.perf_counter()
    settled = not args.force and project_current(entries, every)  # then the drift check passed on these inputs
    written = sync_project_files(entries, every, force=args.force, with_mapping=False)
    drift = [] if settled else converter_problems(every)
    for message in drift:
        print(f"error: converter and spec disagree: {message}", file=sys.stderr)
    if drift:
        manifest.save(entries)
        print(f"{'total':<13} {'failed':<10} {'':9} {time.perf_counter() - started:5.2f}s")
        return 1
    if NEUTRAL_SCHEMA.exists():
        try:
            digest_now = neutral_inputs(tools, every)
            if args.force or not is_current(entries.get("neutral"), digest_now):
                entries["neutral"] = generate_neutral(tools, every, digest_now)
                print(f"{'neutral':<13} generated  {'':9} {time.perf_counter() - t0:5.2f}s")
            else:
                print(f"{'neutral':<13} unchanged  {'':9} {0.0:5.2f}s")
        except GenerationError as exc:
            print(f"{'neutral':<13} FAILED     {exc}", file=sys.stderr)
            failed = True
    written += sync_project_files(entries, every, force=args.force)
    if written:
        names = ", ".join(dict.fromkeys(written))
        print(f"{'project':<13} updated    {names} {time.perf_counter() - t0:5.2f}s")
    known = {v.slug for v in every} | {"neutral", "project"}
    for gone in set(entries) - known:
        del entries[gone]
    manifest.save(entries)
    print(f"{'total':<13} {'failed' if failed else 'ok':<10} {'':9} {time.perf_counter() - started:5.2f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
