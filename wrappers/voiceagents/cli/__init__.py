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

import click

from ._common import EXIT_API, EXIT_DIVERGED, EXIT_INTERRUPTED, EXIT_INVALID, EXIT_LOSSY, EXIT_USAGE, guard
from ._convert import convert, import_, schema, validate
from ._deploy import apply, migrate, plan, pull, state
from ._info import example, vendors, version_text
from ._lifecycle import clone, create, delete, get, list_, update
from ._mock import mock

__all__ = [
    "EXIT_API",
    "EXIT_DIVERGED",
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "EXIT_LOSSY",
    "EXIT_USAGE",
    "guard",
    "main",
]


class _Group(click.Group):
    """The command list shows each command's whole first sentence (wrapped, never cut off)."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=1000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(version_text())
        ctx.exit()


def _size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from .._loading import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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


for _command in (
    import_,
    convert,
    validate,
    create,
    get,
    list_,
    update,
    delete,
    clone,
    plan,
    apply,
    pull,
    migrate,
    state,
    mock,
    schema,
    vendors,
    example,
):
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main()
