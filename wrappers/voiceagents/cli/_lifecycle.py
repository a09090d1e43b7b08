"""The assistant lifecycle at one vendor: ``create``, ``get``, ``list``, ``update``, ``delete``, ``clone``.

Keys come from ``<SLUG>_API_KEY``, base URLs from ``--base-url`` or ``<SLUG>_BASE_URL``. Each prints
JSON on stdout (``--json``: one document with the result, its warnings and the conversion report;
``--output FILE``: into a file, only on success) and the report on stderr (``--quiet``: nothing).
"""

from __future__ import annotations

from typing import Any

import click

from . import _common as common
from ._common import (
    allow_drop_option,
    base_url_option,
    extra_body_option,
    file_argument,
    guard,
    id_argument,
    json_option,
    object_of,
    output_option,
    quiet_option,
    read,
    timeout_option,
    vendor_option,
)

__all__ = ["clone", "create", "delete", "get", "list_", "update"]


def _body_arg(file: str) -> Any:
    """A neutral Assistant when every key is a neutral field (a definition's deploy key ``vendors:``
    aside), else the vendor body as given."""
    from ..deploy import split_vendors
    from ..types import load_assistant, neutral_schema

    data = object_of(read(file), "the assistant definition")
    if set(data) - {"vendors"} <= set(neutral_schema()["properties"]):
        data, _ = split_vendors(data, "<stdin>" if file == "-" else file)
        return load_assistant(data)
    return data


def _result_json(result: Any, *, report: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"vendor": result.vendor, "id": result.id, "status": result.status_code}
    if result.warnings:
        out["warnings"] = result.warnings
    if report and result.conversion is not None:
        out["report"] = result.conversion.to_dict()
    return out


def _warn(result: Any, quiet: bool) -> None:
    if not quiet:
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)


@click.command()
@vendor_option
@base_url_option
@allow_drop_option
@timeout_option
@extra_body_option
@file_argument
@json_option
@quiet_option
@output_option
@guard
def create(
    vendor: str,
    base_url: str | None,
    allow_drop: bool,
    timeout: float | None,
    extra_body: str | None,
    file: str,
    as_json: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Create an assistant from FILE: a neutral definition or the vendor's own body.

    A document whose keys are all neutral fields is converted (report on stderr); anything else is
    the vendor's body. Either way it is validated against the vendor's spec before anything is
    sent. The key comes from <SLUG>_API_KEY. Prints {"vendor", "id", "status"} as JSON.
    """
    body = _body_arg(file)
    extra = common.extra_body(extra_body)
    with common.client(vendor, base_url, timeout) as api:
        result = api.create_assistant(body, allow_drop=allow_drop, extra_body=extra)
    if not as_json:
        common.report(result.conversion, quiet=quiet)
    with common.output(output_file):
        common.emit(_result_json(result, report=as_json))


@click.command()
@vendor_option
@id_argument
@click.option("--neutral", is_flag=True, help="Print it as a neutral definition (YAML) instead of the vendor's JSON.")
@base_url_option
@timeout_option
@json_option
@quiet_option
@output_option
@guard
def get(
    vendor: str,
    assistant_id: str,
    neutral: bool,
    base_url: str | None,
    timeout: float | None,
    as_json: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Print one assistant: the vendor's JSON (or --neutral: a neutral definition)."""
    from ._convert import dump_yaml

    with common.client(vendor, base_url, timeout) as api:
        result = api.get_assistant(assistant_id)
    if neutral:
        assistant, report = result.to_assistant()
        definition = assistant.model_dump(exclude_unset=True)
        with common.output(output_file):
            if as_json:
                common.emit(
                    {**_result_json(result, report=False), "definition": definition, "report": report.to_dict()}
                )
            else:
                common.echo(dump_yaml(definition), nl=False)
        if not as_json:
            common.report(report, quiet=quiet)
        return
    _warn(result, quiet or as_json)
    with common.output(output_file):
        common.emit({**_result_json(result, report=False), "assistant": result.raw} if as_json else result.raw)


@click.command("list")
@vendor_option
@base_url_option
@timeout_option
@json_option
@quiet_option
@output_option
@guard
def list_(
    vendor: str, base_url: str | None, timeout: float | None, as_json: bool, quiet: bool, output_file: str | None
) -> None:
    """Print every assistant (all pages) as a JSON list (--json: with the vendor and their ids)."""
    with common.client(vendor, base_url, timeout) as api:
        results = list(api.list_assistants())
    with common.output(output_file):
        if as_json:
            common.emit({"vendor": vendor, "count": len(results), "assistants": [r.raw for r in results]})
        else:
            common.emit([r.raw for r in results])


@click.command()
@vendor_option
@id_argument
@file_argument
@allow_drop_option
@extra_body_option
@base_url_option
@timeout_option
@json_option
@quiet_option
@output_option
@guard
def update(
    vendor: str,
    assistant_id: str,
    file: str,
    allow_drop: bool,
    extra_body: str | None,
    base_url: str | None,
    timeout: float | None,
    as_json: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Change an assistant's settings to those FILE sets (what it leaves out stays as it is)."""
    body = _body_arg(file)
    with common.client(vendor, base_url, timeout) as api:
        result = api.update_assistant(
            assistant_id, body, allow_drop=allow_drop, extra_body=common.extra_body(extra_body)
        )
    if not as_json:
        common.report(result.conversion, quiet=quiet)
    with common.output(output_file):
        common.emit(_result_json(result, report=as_json))


@click.command()
@vendor_option
@id_argument
@base_url_option
@timeout_option
@json_option
@quiet_option
@output_option
@guard
def delete(
    vendor: str,
    assistant_id: str,
    base_url: str | None,
    timeout: float | None,
    as_json: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Delete an assistant (retried on timeouts and 5xx; a retry that finds it gone reports it deleted)."""
    with common.client(vendor, base_url, timeout) as api:
        result = api.delete_assistant(assistant_id)
    _warn(result, quiet or as_json)
    with common.output(output_file):
        common.emit(_result_json(result, report=False))


@click.command()
@vendor_option
@id_argument
@base_url_option
@timeout_option
@json_option
@quiet_option
@output_option
@guard
def clone(
    vendor: str,
    assistant_id: str,
    base_url: str | None,
    timeout: float | None,
    as_json: bool,
    quiet: bool,
    output_file: str | None,
) -> None:
    """Copy an assistant into a new one, and print the new id."""
    with common.client(vendor, base_url, timeout) as api:
        result = api.clone_assistant(assistant_id)
    _warn(result, quiet or as_json)
    with common.output(output_file):
        common.emit(_result_json(result, report=False))
