"""The ``voiceagents`` command line.

    voiceagents validate [--vendor SLUG] FILE           check a definition (and its conversion)
    voiceagents convert --to SLUG FILE [--allow-drop]    neutral definition -> vendor JSON body
    voiceagents import --from SLUG FILE                  vendor body -> neutral YAML
    voiceagents create --vendor SLUG FILE                create it; the id as JSON
    voiceagents get|list|update|delete|clone --vendor SLUG ...   the assistant lifecycle
    voiceagents plan|apply FILE --vendor SLUG ...        declarative deploys, idempotent, drift-aware
    voiceagents pull --vendor SLUG ID / migrate --from SLUG --to SLUG ID
    voiceagents mock --vendor SLUG                       a local stateful mock of the vendor's API
    voiceagents schema | vendors

FILE is JSON or YAML, ``-`` reads stdin. Exit codes: 0 ok; 1 invalid input (the message names field,
value and rule); 2 usage; 3 the conversion would lose data or needs input (every field named); 4 the
vendor call failed (the message says whether the assistant may have been created); 5 a deploy did
not converge; 130 interrupted. Everything heavy is imported inside the commands, so ``--help`` and
completion stay fast.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from ._convert import ConversionReport

__all__ = ["main"]

EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_LOSSY = 3
EXIT_API = 4
EXIT_DIVERGED = 5
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


def _slugs() -> list[str]:
    from . import _vendors

    return list(_vendors.SLUGS)


class _Slug(click.ParamType):  # type: ignore[type-arg]  # generic only in click's stubs
    """A vendor slug from the registry: completes, and says "did you mean" for a typo."""

    name = "slug"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "SLUG"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        choice = click.Choice(_slugs())
        try:
            return str(choice.convert(value, param, ctx))
        except click.BadParameter:
            import difflib

            close = difflib.get_close_matches(str(value), _slugs(), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            self.fail(f"{value!r} is not a vendor ({', '.join(_slugs())}).{hint}", param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(s) for s in _slugs() if s.startswith(incomplete)]


SLUG = _Slug()


def _fail(message: str, code: int = EXIT_INVALID) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(code)


def _read(file: str) -> Any:
    """The JSON or YAML document in ``file`` (``-``: stdin), read within the configured limits."""
    from ._loading import Limits, load_file

    ctx = click.get_current_context()
    limits = Limits.from_env()
    max_bytes = (ctx.find_root().obj or {}).get("max_file_size")
    if max_bytes is not None:
        import dataclasses

        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    return load_file(file, limits=limits)


def _object(data: Any, what: str) -> dict[str, Any]:
    if data is None:
        _fail(f"{what} is empty")
    if not isinstance(data, dict):
        _fail(f"{what} must be an object (a mapping of fields), not {type(data).__name__}")
    return data


def _extra_body(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    from ._loading import loads

    data = loads(text, name="--extra-body")
    if not isinstance(data, dict):
        _fail("--extra-body must be a JSON object")
    return data


def _emit(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def _report(report: ConversionReport | None, *, quiet: bool = False) -> None:
    if report is not None and not quiet:
        click.echo(str(report), err=True)


def _lossy(report: ConversionReport) -> NoReturn:
    _report(report)
    parts = []
    if report.rejected:
        parts.append(f"the vendor rejects {', '.join(e.field for e in report.rejected)}")
    if report.dropped:
        parts.append(f"would drop {', '.join(e.field for e in report.dropped)}")
    if report.needs_input:
        fields = dict.fromkeys(e.vendor or "" for e in report.needs_input)
        parts.append(f"needs input for {', '.join(fields)} (supply it in vendor_extras.{report.vendor})")
    hint = (
        "; pass --allow-drop to accept the drops"
        if report.dropped and not (report.needs_input or report.rejected)
        else ""
    )
    _fail(f"conversion to {report.vendor}: {' and '.join(parts)} (details above){hint}", EXIT_LOSSY)


def _guard(func: F) -> F:
    """Turn the library's errors into messages and exit codes (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ._exceptions import APIError, ConversionError, InputError

        try:
            return func(*args, **kwargs)
        except ConversionError as exc:
            if exc.report is None:  # pragma: no cover - the converter always attaches its report
                _fail(str(exc), EXIT_LOSSY)
            _lossy(exc.report)
        except APIError as exc:
            _fail(str(exc), EXIT_API)
        except InputError as exc:
            _fail(str(exc))
        except KeyboardInterrupt as exc:
            notes = getattr(exc, "__notes__", None) or []
            for note in notes:
                click.echo(f"warning: {note}", err=True)
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None

    return wrapper  # type: ignore[return-value]


def _client(vendor: str, base_url: str | None, timeout: float | None) -> Any:
    from . import _client

    return _client.client(vendor, base_url=base_url, timeout=_client.DEFAULT if timeout is None else timeout)


def _version_text() -> str:
    from . import _vendors
    from ._version import __version__

    lines = [f"voiceagents {__version__}"]
    for vendor in _vendors.all_vendors():
        installed = vendor.installed_version
        state = f"client {installed}" if installed else f"client not installed ({vendor.install_hint()})"
        lines.append(f"  {vendor.slug:<14} spec {vendor.version:<8} {state}")
    return "\n".join(lines)


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_text())
        ctx.exit()


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from ._loading import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and every vendor client.",
)
@click.option(
    "--max-file-size",
    metavar="SIZE",
    callback=_size,
    help="Largest input file read (default 16M; also VOICEAGENTS_MAX_FILE_BYTES).",
)
@click.pass_context
def main(ctx: click.Context, max_file_size: int | None) -> None:
    """One voice-assistant definition, deployed to any voice-AI vendor.

    Write a vendor-neutral assistant (YAML or JSON, see `voiceagents schema`), convert it to any
    vendor's body, create and manage it there, or import a vendor body into the neutral form.
    Nothing is lost silently: every field gets an outcome in the report (mapped, transformed,
    dropped, rejected, needs input), and a conversion that would drop data fails unless
    --allow-drop is given.

    Exit codes: 0 ok, 1 invalid input, 2 usage error, 3 the conversion would lose data or needs
    input, 4 the vendor call failed, 5 a deploy did not converge, 130 interrupted.

    Shell completion (bash): eval "$(_VOICEAGENTS_COMPLETE=bash_source voiceagents)"
    (zsh: zsh_source, fish: fish_source).
    """
    ctx.obj = {"max_file_size": max_file_size}


_vendor_option = click.option("--vendor", required=True, type=SLUG, help="The vendor (see `voiceagents vendors`).")
_base_url_option = click.option(
    "--base-url", metavar="URL", help="API base URL (default: <SLUG>_BASE_URL, else the vendor's server)."
)
_timeout_option = click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per request (default 60)."
)
_allow_drop_option = click.option(
    "--allow-drop",
    is_flag=True,
    help="Accept that fields the vendor has no home for are dropped (listed in the report)."
    " Rejected values and missing inputs still fail.",
)
_extra_body_option = click.option(
    "--extra-body",
    metavar="JSON",
    help="Fields the vendor's spec does not know yet, merged into the body as given and not validated.",
)
_json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document: the result and the report."
)
_quiet_option = click.option("--quiet", "-q", is_flag=True, help="Do not print the conversion report.")


@main.command("import")
@click.option("--from", "source", required=True, type=SLUG, help="The vendor the body is for.")
@click.argument("file", metavar="FILE|-")
@_json_option
@_quiet_option
@_guard
def import_(source: str, file: str, as_json: bool, quiet: bool) -> None:
    """Import a vendor's create-assistant body into a neutral definition.

    Writes the definition as YAML to stdout and the report to stderr. Vendor fields with no neutral
    equivalent are kept under vendor_extras.<slug>, so converting back gives the same body.
    """
    from ._convert import from_vendor

    body = _object(_read(file), "the vendor body")
    assistant, report = from_vendor(source, body)
    definition = assistant.model_dump(exclude_unset=True)
    if as_json:
        _emit({"definition": definition, "report": report.to_dict()})
        return
    import yaml

    click.echo(yaml.safe_dump(definition, sort_keys=False, allow_unicode=True), nl=False)
    _report(report, quiet=quiet)


@main.command()
@click.option("--to", "target", required=True, type=SLUG, help="The vendor to convert to.")
@_allow_drop_option
@click.option(
    "--extras",
    "extras_file",
    metavar="FILE",
    help="YAML/JSON merged into the definition first, e.g. the vendor_extras.<to> the vendor needs.",
)
@click.argument("file", metavar="FILE|-")
@_json_option
@_quiet_option
@_guard
def convert(target: str, allow_drop: bool, extras_file: str | None, file: str, as_json: bool, quiet: bool) -> None:
    """Convert a neutral definition to a vendor's create-assistant body.

    Writes the body (validated against the vendor's spec) to stdout and the report to stderr. Exits
    with 3, naming every field, if the conversion would drop data, a value breaks the vendor's rule,
    or the vendor needs an input the neutral model cannot give (supply it in vendor_extras.<slug>).
    """
    from ._convert import to_vendor_body

    data = _object(_read(file), "the assistant definition")
    if extras_file:
        from ._client import _deep_merge

        data = _deep_merge(data, _object(_read(extras_file), "--extras"))
    body, report = to_vendor_body(data, target, allow_drop=allow_drop)
    if as_json:
        _emit({"body": body, "report": report.to_dict()})
        return
    _emit(body)
    _report(report, quiet=quiet)


@main.command()
@click.option("--vendor", type=SLUG, help="Also convert for this vendor and validate the result.")
@_allow_drop_option
@click.argument("file", metavar="FILE|-")
@_guard
def validate(vendor: str | None, allow_drop: bool, file: str) -> None:
    """Check a definition against the neutral schema (and, with --vendor, its conversion)."""
    from ._convert import load_assistant, to_vendor_body

    data = _object(_read(file), "the assistant definition")
    if vendor is None:
        load_assistant(data)
        click.echo("ok: valid assistant definition")
        return
    _, report = to_vendor_body(data, vendor, allow_drop=allow_drop)
    _report(report)
    click.echo(f"ok: valid assistant definition, converts to a valid {vendor} body")


def _body_arg(data: dict[str, Any]) -> Any:
    """A neutral Assistant when every key is a neutral field, else the vendor body as given."""
    from ._convert import load_assistant, neutral_schema

    if set(data) <= set(neutral_schema()["properties"]):
        return load_assistant(data)
    return data


def _result_json(result: Any, *, report: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"vendor": result.vendor, "id": result.id, "status": result.status_code}
    if result.warnings:
        out["warnings"] = result.warnings
    if report and result.conversion is not None:
        out["report"] = result.conversion.to_dict()
    return out


@main.command()
@_vendor_option
@_base_url_option
@_allow_drop_option
@_timeout_option
@_extra_body_option
@click.argument("file", metavar="FILE|-")
@_json_option
@_quiet_option
@_guard
def create(
    vendor: str,
    base_url: str | None,
    allow_drop: bool,
    timeout: float | None,
    extra_body: str | None,
    file: str,
    as_json: bool,
    quiet: bool,
) -> None:
    """Create an assistant from FILE: a neutral definition or the vendor's own body.

    A document whose keys are all neutral fields is converted (report on stderr); anything else is
    the vendor's body. Either way it is validated against the vendor's spec before anything is
    sent. The key comes from <SLUG>_API_KEY. Prints {"vendor", "id", "status"} as JSON.
    """
    body = _body_arg(_object(_read(file), "the assistant definition"))
    extra = _extra_body(extra_body)
    with _client(vendor, base_url, timeout) as api:
        result = api.create_assistant(body, allow_drop=allow_drop, extra_body=extra)
    if not as_json:
        _report(result.conversion, quiet=quiet)
    _emit(_result_json(result, report=as_json))


@main.command()
@_vendor_option
@click.argument("assistant_id", metavar="ID")
@click.option("--neutral", is_flag=True, help="Print it as a neutral definition (YAML) instead of the vendor's JSON.")
@_base_url_option
@_timeout_option
@_guard
def get(vendor: str, assistant_id: str, neutral: bool, base_url: str | None, timeout: float | None) -> None:
    """Print one assistant (the vendor's JSON, or --neutral)."""
    with _client(vendor, base_url, timeout) as api:
        result = api.get_assistant(assistant_id)
    if neutral:
        _print_neutral(result)
        return
    _emit(result.raw)


def _print_neutral(result: Any) -> None:
    import yaml

    assistant, report = result.to_assistant()
    click.echo(yaml.safe_dump(assistant.model_dump(exclude_unset=True), sort_keys=False, allow_unicode=True), nl=False)
    _report(report)


@main.command("list")
@_vendor_option
@_base_url_option
@_timeout_option
@_guard
def list_(vendor: str, base_url: str | None, timeout: float | None) -> None:
    """Print every assistant (all pages) as a JSON list."""
    with _client(vendor, base_url, timeout) as api:
        items = [item.raw for item in api.list_assistants()]
    _emit(items)


@main.command()
@_vendor_option
@click.argument("assistant_id", metavar="ID")
@click.argument("file", metavar="FILE|-")
@_allow_drop_option
@_extra_body_option
@_base_url_option
@_timeout_option
@_json_option
@_quiet_option
@_guard
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
) -> None:
    """Change an assistant's settings to those FILE sets (what it leaves out stays as it is)."""
    body = _body_arg(_object(_read(file), "the assistant definition"))
    with _client(vendor, base_url, timeout) as api:
        result = api.update_assistant(assistant_id, body, allow_drop=allow_drop, extra_body=_extra_body(extra_body))
    if not as_json:
        _report(result.conversion, quiet=quiet)
    _emit(_result_json(result, report=as_json))


@main.command()
@_vendor_option
@click.argument("assistant_id", metavar="ID")
@_base_url_option
@_timeout_option
@_guard
def delete(vendor: str, assistant_id: str, base_url: str | None, timeout: float | None) -> None:
    """Delete an assistant (retried on timeouts and 5xx; a retry that finds it gone reports it deleted)."""
    with _client(vendor, base_url, timeout) as api:
        result = api.delete_assistant(assistant_id)
    _emit(_result_json(result, report=False))


@main.command()
@_vendor_option
@click.argument("assistant_id", metavar="ID")
@_base_url_option
@_timeout_option
@_guard
def clone(vendor: str, assistant_id: str, base_url: str | None, timeout: float | None) -> None:
    """Copy an assistant into a new one; prints the new id."""
    with _client(vendor, base_url, timeout) as api:
        result = api.clone_assistant(assistant_id)
    _emit(_result_json(result, report=False))


@main.command()
def schema() -> None:
    """Print the neutral assistant JSON Schema (2020-12)."""
    from ._convert import neutral_schema_text

    click.echo(neutral_schema_text(), nl=False)


def _table(rows: Iterable[tuple[str, ...]]) -> str:
    rows = list(rows)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the vendors as JSON.")
def vendors(as_json: bool) -> None:
    """List the vendors: slug, name, spec version, auth, operations and whether the client is installed."""
    from . import _vendors

    entries = []
    for vendor in _vendors.all_vendors():
        entries.append(
            {
                "slug": vendor.slug,
                "vendor": vendor.title,
                "spec": vendor.version,
                "auth": vendor.describe_auth(),
                "operations": list(vendor.operations),
                "client": vendor.installed_version,
                "install": vendor.install_hint(),
            }
        )
    if as_json:
        _emit(entries)
        return
    rows = [("slug", "vendor", "spec", "auth", "operations", "client")]
    for vendor in _vendors.all_vendors():
        ops = ",".join(o.removesuffix("Assistants").removesuffix("Assistant") for o in vendor.operations)
        client = vendor.installed_version or f"not installed: pip install 'voiceagents[{vendor.extra}]'"
        rows.append((vendor.slug, vendor.title, vendor.version, vendor.describe_auth(), ops, client))
    click.echo(_table(rows))


def _examples() -> dict[str, Any]:
    """The example files: shipped in the wheel (``voiceagents/examples``), or a checkout's ``examples/``."""
    from importlib import resources
    from pathlib import Path

    shipped = resources.files(__package__).joinpath("examples")
    folder: Any = shipped if shipped.is_dir() else Path(__file__).resolve().parents[2] / "examples"
    if not folder.is_dir():
        return {}
    files = sorted(folder.iterdir(), key=lambda f: f.name)
    return {Path(f.name).stem: f for f in files if f.name.endswith((".yaml", ".json"))}


@main.command()
@click.argument("name", required=False)
def example(name: str | None) -> None:
    """Print an example file (`voiceagents example assistant > assistant.yaml`); without NAME, list them."""
    found = _examples()
    if name is None:
        for key, path in found.items():
            click.echo(f"{key}  ({path.name})")
        return
    if name not in found:
        _fail(f"no example {name!r}; there are: {', '.join(found) or 'none'}", EXIT_USAGE)
    click.echo(found[name].read_text(encoding="utf-8"), nl=False)


@main.command()
@_vendor_option
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, show_default=True, help="Port on 127.0.0.1 (0: a free one)."
)
@click.option("--key", help="Accept only this API key (default: any non-empty key).")
@click.option("--quiet", "-q", is_flag=True, help="Do not print a line per request.")
@_guard
def mock(vendor: str, port: int, key: str | None, quiet: bool) -> None:
    """Serve a local, stateful mock of the vendor's assistant API (from its spec) until Ctrl-C.

    Prints its URL first: use it as <SLUG>_BASE_URL.
    """
    from ._mockserver import run

    try:
        run(vendor, port=port, key=key, quiet=quiet)
    except OSError as exc:  # the port is taken, or not ours to take
        _fail(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}; choose another with --port (0: a free one)")


def _deploy_commands() -> None:
    from ._deploy_cli import register  # plan, apply, pull, migrate, state (its imports are lazy too)

    register(main, _guard, SLUG)


_deploy_commands()


if __name__ == "__main__":  # pragma: no cover
    main()
