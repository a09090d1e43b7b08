"""The ``voiceagents`` command line.

    voiceagents import --from SLUG FILE|-            vendor body → neutral YAML (report on stderr)
    voiceagents convert --to SLUG FILE|- [--allow-drop]   neutral assistant → vendor JSON body
    voiceagents validate [--vendor SLUG] FILE|-      check an assistant definition
    voiceagents create --vendor SLUG FILE|- [--base-url URL]   create it; prints the id as JSON
    voiceagents schema                               the neutral JSON Schema
    voiceagents vendors                              the vendors, their spec versions and auth

Exit codes: 0 ok; 1 invalid input (the message names field, value and rule); 2 usage; 3 the
conversion would lose data or needs input (every field is named); 4 the vendor call failed
(``create`` only; the message says whether the assistant may have been created). Everything heavy is imported
inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from ._convert import ConversionReport

__all__ = ["main"]

EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_LOSSY = 3
EXIT_API = 4

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int = EXIT_INVALID) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(code)


def _read(source: str) -> Any:
    """The JSON or YAML document in ``source`` (a path, or ``-`` for stdin)."""
    try:
        if source == "-":
            text = sys.stdin.read()
            name = "<stdin>"
        else:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
            name = source
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {source}: {exc.strerror if isinstance(exc, OSError) else exc}")
    return _parse(text, name)


class _DuplicateKeyError(ValueError):
    pass


def _parse(text: str, name: str) -> Any:
    import json

    import yaml

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise _DuplicateKeyError(f"duplicate key {key!r}")
            out[key] = value
        return out

    if text.lstrip().startswith(("{", "[")):
        try:
            return json.loads(text, object_pairs_hook=pairs)
        except _DuplicateKeyError as exc:
            _fail(f"{name} is not valid JSON: {exc}")
        except json.JSONDecodeError as exc:
            _fail(f"{name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")

    class Loader(yaml.SafeLoader):
        """Safe YAML, where dates stay strings and duplicate keys are errors."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        loader.flatten_mapping(node)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} is not a string", key_node.start_mark)
            if key in out:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            out[key] = loader.construct_object(value_node, deep=True)
        return out

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        return yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        _fail(f"{name} is not valid YAML or JSON: {exc}")


def _object(data: Any, what: str) -> dict[str, Any]:
    if data is None:
        _fail(f"{what} is empty")
    if not isinstance(data, dict):
        _fail(f"{what} must be an object (a mapping of fields), not {type(data).__name__}")
    return data


def _report(report: ConversionReport | None) -> None:
    if report is not None:
        click.echo(str(report), err=True)


def _guard(func: F) -> F:
    """Turn the library's input errors into messages and exit codes (never a traceback)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ._exceptions import APIError, ConversionError, InputError, UnknownVendorError, ValidationError

        try:
            return func(*args, **kwargs)
        except ConversionError as exc:
            report = exc.report
            if report is None:  # pragma: no cover - the converter always attaches its report
                _fail(str(exc), EXIT_LOSSY)
            _report(report)
            parts = []
            if report.dropped:
                parts.append(f"would drop {', '.join(e.field for e in report.dropped)}")
            if report.needs_input:
                fields = dict.fromkeys(e.vendor or "" for e in report.needs_input)
                parts.append(f"needs input for {', '.join(fields)} (supply it in vendor_extras.{report.vendor})")
            hint = "; pass --allow-drop to accept the drops" if not report.needs_input else ""
            _fail(f"conversion to {report.vendor} {' and '.join(parts)} (details above){hint}", EXIT_LOSSY)
        except APIError as exc:
            _fail(str(exc), EXIT_API)
        except UnknownVendorError as exc:
            _fail(str(exc))
        except ValidationError as exc:
            _fail(str(exc))
        except InputError as exc:
            _fail(str(exc))

    return wrapper  # type: ignore[return-value]


SLUG_HELP = "Vendor slug: callhq, autocalls_v1, revox, insighto or autocalls (see `voiceagents vendors`)."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="voiceagents", prog_name="voiceagents")
def main() -> None:
    """One voice-assistant definition, deployed to any voice-AI vendor.

    Write a vendor-neutral assistant (YAML or JSON, see `voiceagents schema`), convert it to any
    vendor's create-assistant body, or import a vendor body into the neutral form. Nothing is lost
    silently: every field gets an outcome in the report (mapped, transformed, dropped, needs
    input), and a conversion that would drop data fails unless --allow-drop is given.

    Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 the conversion would lose data or needs
    input, 4 the vendor call failed (create).
    """


@main.command("import")
@click.option("--from", "source", required=True, metavar="SLUG", help=f"Vendor the body is for. {SLUG_HELP}")
@click.argument("file", metavar="FILE|-")
@_guard
def import_(source: str, file: str) -> None:
    """Import a vendor's create-assistant body (JSON or YAML; - reads stdin).

    Writes the neutral assistant as YAML to stdout and the conversion report to stderr. Vendor
    fields with no neutral equivalent are kept under vendor_extras.<slug>, so converting back gives
    the same body.
    """
    import yaml

    from ._convert import from_vendor

    body = _object(_read(file), "the vendor body")
    assistant, report = from_vendor(source, body)
    click.echo(yaml.safe_dump(assistant.model_dump(exclude_unset=True), sort_keys=False, allow_unicode=True), nl=False)
    _report(report)


@main.command()
@click.option("--to", "target", required=True, metavar="SLUG", help=f"Vendor to convert to. {SLUG_HELP}")
@click.option(
    "--allow-drop",
    is_flag=True,
    help="Convert even if neutral fields have no equivalent at the vendor (they are dropped and listed in "
    "the report). Missing required inputs still fail.",
)
@click.argument("file", metavar="FILE|-")
@_guard
def convert(target: str, allow_drop: bool, file: str) -> None:
    """Convert a neutral assistant (YAML or JSON; - reads stdin) to a vendor's body.

    Writes the vendor's create-assistant JSON body to stdout (validated against the vendor's spec)
    and the conversion report to stderr. Exits with 3, naming every field, if the conversion would
    drop data or the vendor needs an input the neutral model cannot give (supply it in
    vendor_extras.<slug>).
    """
    import json

    from ._convert import to_vendor

    data = _object(_read(file), "the assistant definition")
    request, report = to_vendor(data, target, allow_drop=allow_drop)
    click.echo(json.dumps(request.to_dict(), indent=2, ensure_ascii=False))
    _report(report)


@main.command()
@click.option("--vendor", metavar="SLUG", help=f"Also convert for this vendor and validate the result. {SLUG_HELP}")
@click.option("--allow-drop", is_flag=True, help="With --vendor: accept fields the vendor has no equivalent for.")
@click.argument("file", metavar="FILE|-")
@_guard
def validate(vendor: str | None, allow_drop: bool, file: str) -> None:
    """Check an assistant definition (YAML or JSON; - reads stdin).

    Checks it against the neutral schema; with --vendor, also converts it for that vendor and
    validates the body against the vendor's spec, failing (exit 3) if the conversion would drop
    data or needs input.
    """
    from ._convert import load_assistant, to_vendor

    data = _object(_read(file), "the assistant definition")
    if vendor is None:
        load_assistant(data)
        click.echo("ok: valid assistant definition")
        return
    _, report = to_vendor(data, vendor, allow_drop=allow_drop)
    _report(report)
    click.echo(f"ok: valid assistant definition, converts to a valid {vendor} body")


@main.command()
@click.option("--vendor", required=True, metavar="SLUG", help=f"Vendor to create the assistant on. {SLUG_HELP}")
@click.option("--base-url", metavar="URL", help="API base URL (default: <SLUG>_BASE_URL, else the vendor's server).")
@click.option("--allow-drop", is_flag=True, help="Accept fields the vendor has no equivalent for (neutral input).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per request (default 60).")
@click.argument("file", metavar="FILE|-")
@_guard
def create(vendor: str, base_url: str | None, allow_drop: bool, timeout: float | None, file: str) -> None:
    """Create an assistant from FILE: a neutral assistant or the vendor's own body.

    A document whose keys are all neutral fields is converted (report on stderr); anything else is
    taken as the vendor's create-assistant body. Either way it is validated against the vendor's
    spec before anything is sent. The API key comes from <SLUG>_API_KEY. Prints
    {"vendor", "id", "status"} as JSON on stdout. Exit 4 if the vendor call fails.
    """
    import json

    from . import _client
    from ._convert._engine import neutral_schema

    data = _object(_read(file), "the assistant definition")
    neutral_keys = set(neutral_schema()["properties"])
    assistant: Any = data
    if set(data) <= neutral_keys:
        from ._convert import load_assistant

        assistant = load_assistant(data)
    with _client.client(vendor, base_url=base_url, timeout=_client.DEFAULT if timeout is None else timeout) as api:
        result = api.create_assistant(assistant, allow_drop=allow_drop)
    _report(result.conversion)
    click.echo(json.dumps({"vendor": vendor, "id": result.id, "status": result.status_code}))


@main.command()
def schema() -> None:
    """Print the neutral assistant JSON Schema (2020-12)."""
    from ._convert._engine import neutral_schema_text

    click.echo(neutral_schema_text(), nl=False)


@main.command()
def vendors() -> None:
    """List the vendors: slug, name, spec version and how the API key is sent."""
    from . import _vendors

    rows = [("slug", "vendor", "spec", "auth")]
    for slug in _vendors.SLUGS:
        vendor = _vendors.get(slug)
        rows.append((slug, vendor.title, vendor.version, vendor.describe_auth()))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + row[3])


if __name__ == "__main__":  # pragma: no cover
    main()
