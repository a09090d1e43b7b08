"""Offline commands: ``import``, ``convert``, ``validate`` and ``schema`` (no vendor is called)."""

from __future__ import annotations

import click

from . import _common as common
from ._common import (
    SLUG,
    allow_drop_option,
    file_argument,
    guard,
    json_option,
    object_of,
    output_option,
    quiet_option,
    read,
)

__all__ = ["convert", "import_", "schema", "validate"]


def dump_yaml(data: object) -> str:
    import yaml

    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


@click.command("import")
@click.option("--from", "source", required=True, type=SLUG, help="The vendor the body is for.")
@file_argument
@json_option
@quiet_option
@output_option
@guard
def import_(source: str, file: str, as_json: bool, quiet: bool, output_file: str | None) -> None:
    """Import a vendor's create-assistant body into a neutral definition.

    Writes the definition as YAML to stdout and the report to stderr. Vendor fields with no neutral
    equivalent are kept under vendor_extras.<slug>, so converting back gives the same body.
    """
    from ..convert import from_vendor

    body = object_of(read(file), "the vendor body")
    assistant, report = from_vendor(source, body)
    definition = assistant.model_dump(exclude_unset=True)
    with common.output(output_file):
        if as_json:
            common.emit({"definition": definition, "report": report.to_dict()})
        else:
            common.echo(dump_yaml(definition), nl=False)
    if not as_json:
        common.report(report, quiet=quiet)


@click.command()
@click.option("--to", "target", required=True, type=SLUG, help="The vendor to convert to.")
@allow_drop_option
@click.option(
    "--extras",
    "extras_file",
    metavar="FILE",
    help="YAML/JSON merged into the definition first, e.g. the vendor_extras.<to> the vendor needs.",
)
@file_argument
@json_option
@quiet_option
@output_option
@guard
def convert(
    target: str,
    allow_drop: bool,
    extras_file: str | None,
    file: str,
    as_json: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Convert a neutral definition to a vendor's create-assistant body.

    Writes the body (validated against the vendor's spec) to stdout and the report to stderr. Exits
    with 3, naming every field, if the conversion would drop data, a value breaks the vendor's rule,
    or the vendor needs an input the neutral model cannot give (supply it in vendor_extras.<slug>).
    """
    from .._json import merged
    from ..convert import to_vendor_body

    data = common.definition(file)
    if extras_file:
        data = merged(data, object_of(read(extras_file), "--extras"))
    body, report = to_vendor_body(data, target, allow_drop=allow_drop)
    with common.output(output_file):
        common.emit({"body": body, "report": report.to_dict()} if as_json else body)
    if not as_json:
        common.report(report, quiet=quiet)


@click.command()
@click.option("--vendor", type=SLUG, help="Also convert for this vendor and validate the result.")
@allow_drop_option
@file_argument
@quiet_option
@guard
def validate(vendor: str | None, allow_drop: bool, file: str, quiet: bool) -> None:
    """Check a definition against the neutral schema (and, with --vendor, its conversion)."""
    from ..convert import to_vendor_body
    from ..types import load_assistant

    data = common.definition(file)
    if vendor is None:
        load_assistant(data)
        click.echo("ok: valid assistant definition")
        return
    _, report = to_vendor_body(data, vendor, allow_drop=allow_drop)
    common.report(report, quiet=quiet)
    click.echo(f"ok: valid assistant definition, converts to a valid {vendor} body")


@click.command()
@output_option
@guard
def schema(output_file: str | None) -> None:
    """Print the neutral assistant JSON Schema (2020-12)."""
    from ..types import neutral_schema_text

    with common.output(output_file):
        common.echo(neutral_schema_text(), nl=False)
