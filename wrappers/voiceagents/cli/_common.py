"""What every command shares, defined once: exit codes, options, reading input, printing output,
and the guard that turns the library's errors into messages and exit codes (never a traceback)."""

from __future__ import annotations

import functools
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar

import click

if TYPE_CHECKING:
    from .._loading import Limits
    from ..convert import ConversionReport
    from ..deploy import VendorOutcome, VendorPlan

__all__ = [
    "EXIT_API",
    "EXIT_DIVERGED",
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "EXIT_LOSSY",
    "EXIT_OK",
    "EXIT_USAGE",
    "SLUG",
    "deploy_exit_code",
    "emit",
    "fail",
    "guard",
    "object_of",
    "output",
    "read",
    "report",
]

EXIT_OK = 0
EXIT_INVALID = 1
"""Invalid input: the message names field, value and rule (or the file and the limit)."""
EXIT_USAGE = 2
EXIT_LOSSY = 3
"""The conversion would lose data or needs input: every field named."""
EXIT_API = 4
"""The vendor call failed: the message says whether the assistant may have been created."""
EXIT_DIVERGED = 5
"""A deploy did not converge (a vendor is blocked, or vendors failed for different reasons)."""
EXIT_INTERRUPTED = 130

F = TypeVar("F", bound=Callable[..., Any])


# --------------------------------------------------------------------------- vendor slugs


def _slugs() -> list[str]:
    from .. import spec

    return list(spec.SLUGS)


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


# --------------------------------------------------------------------------- options, once each

vendor_option = click.option("--vendor", required=True, type=SLUG, help="The vendor (see `voiceagents vendors`).")
vendors_option = click.option(
    "--vendor",
    "vendors",
    required=True,
    multiple=True,
    type=SLUG,
    help="A vendor to deploy to (repeat for several; see `voiceagents vendors`).",
)
base_url_option = click.option(
    "--base-url", metavar="URL", help="API base URL (default: <SLUG>_BASE_URL, else the vendor's server)."
)
base_urls_option = click.option(
    "--base-url",
    "base_url",
    multiple=True,
    metavar="[SLUG=]URL",
    help="API base URL of a vendor (default: <SLUG>_BASE_URL, else the vendor's server); repeatable.",
)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds per request, and the most a whole call may take with its retries (default 60).",
)
allow_drop_option = click.option(
    "--allow-drop",
    is_flag=True,
    help="Accept that fields the vendor has no home for are dropped (listed in the report)."
    " Rejected values and missing inputs still fail.",
)
extra_body_option = click.option(
    "--extra-body",
    metavar="JSON",
    help="Fields the vendor's spec does not know yet, merged into the body as given and not validated.",
)
json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document on stdout (the result and the report)."
)
quiet_option = click.option(
    "--quiet", "-q", is_flag=True, help="Print nothing on stderr but errors (no report, no progress)."
)
output_option = click.option(
    "--output",
    "-o",
    "output_file",
    metavar="FILE",
    help="Write what would go to stdout into FILE instead (only when the command succeeds).",
)
targets_option = click.option(
    "--vendor",
    "vendors",
    multiple=True,
    type=SLUG,
    help="A vendor to deploy to (repeat for several; see `voiceagents vendors`), for every definition without"
    " its own `vendors: [slug, ...]` key (then required).",
)
parallelism_option = click.option(
    "--parallelism",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    metavar="N",
    help="Requests in flight at once per vendor (vendors run in parallel; a 429's Retry-After pauses the"
    " vendor's whole run).",
)
prune_option = click.option(
    "--prune",
    is_flag=True,
    help="Delete the orphans: assistants the state records for definition files no longer in the folders (or"
    " files) given (without it, they are kept and listed).",
)
plan_out_option = click.option(
    "--out",
    "--output",
    "-o",
    "out_file",
    metavar="FILE",
    help="Save the plan into FILE (versioned JSON, mode 0600: it holds the bodies to send; unlike other commands'"
    " -o, not what stdout shows): `voiceagents apply FILE` then carries out exactly it, or refuses if the state or"
    " a live assistant changed since.",
)
state_option = click.option(
    "--state",
    "state_path",
    default="voiceagents.state.json",
    show_default=True,
    metavar="PATH",
    help="The state file: which assistant each definition is at each vendor.",
)
file_argument = click.argument("file", metavar="FILE|-")
paths_argument = click.argument("paths", nargs=-1, required=True, metavar="FILE|DIR|-...")
id_argument = click.argument("assistant_id", metavar="ID")


# --------------------------------------------------------------------------- input


def fail(message: str, code: int = EXIT_INVALID) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(code)


def limits() -> Limits:
    """The limits of input documents: the environment's, and ``--max-file-size``."""
    from .._loading import Limits

    ctx = click.get_current_context()
    found = Limits.from_env()
    max_bytes = (ctx.find_root().obj or {}).get("max_file_size")
    if max_bytes is not None:
        import dataclasses

        found = dataclasses.replace(found, max_bytes=max_bytes)
    return found


def read(file: str) -> Any:
    """The JSON or YAML document in ``file`` (``-``: stdin), read within the configured limits."""
    from .._loading import load_file

    return load_file(file, limits=limits())


def definition(file: str) -> dict[str, Any]:
    """The assistant definition in ``file`` (``-``: stdin), without its deploy key ``vendors:``
    (checked all the same), for the commands that take one assistant."""
    from ..deploy import split_vendors

    data, _ = split_vendors(object_of(read(file), "the assistant definition"), "<stdin>" if file == "-" else file)
    return data


def object_of(data: Any, what: str) -> dict[str, Any]:
    if data is None:
        fail(f"{what} is empty")
    if not isinstance(data, dict):
        fail(f"{what} must be an object (a mapping of fields), not {type(data).__name__}")
    return data


def extra_body(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    from .._loading import loads

    data = loads(text, name="--extra-body")
    if not isinstance(data, dict):
        fail("--extra-body must be a JSON object")
    return data


# --------------------------------------------------------------------------- output


def _finite(value: Any) -> Any:
    """``value`` with NaN and infinities as ``null``: what is printed is always valid JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """Indented JSON, always valid (NaN and infinities become ``null``; anything else as text)."""
    try:
        return json.dumps(value, indent=2, ensure_ascii=False, default=str, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(value), indent=2, ensure_ascii=False, default=str, allow_nan=False)


_OUT: list[TextIO] = []


def emit(value: Any) -> None:
    """Print ``value`` as JSON on stdout (or into the ``--output`` file being written)."""
    echo(dumps(value))


def echo(text: str, *, nl: bool = True) -> None:
    """Print data (not messages) on stdout, or into the ``--output`` file being written."""
    if _OUT:
        _OUT[-1].write(text + ("\n" if nl else ""))
    else:
        click.echo(text, nl=nl)


@contextmanager
def output(path: str | None) -> Iterator[None]:
    """Data printed inside goes to ``path`` (written only if the block ends without an error,
    atomically, so a refused command never leaves an empty or half-written file); else stdout."""
    if path is None or path == "-":
        yield
        return
    target = Path(path)
    directory = target.resolve().parent
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            _OUT.append(handle)
            try:
                yield
            finally:
                _OUT.pop()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # what a plain open() would have made
        os.replace(temp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def report(conversion: ConversionReport | None, *, quiet: bool = False) -> None:
    if conversion is not None and not quiet:
        click.echo(str(conversion), err=True)


def progress(line: str) -> None:
    click.echo(line, err=True)


def _lossy(conversion: ConversionReport) -> NoReturn:
    report(conversion)
    parts = []
    if conversion.rejected:
        parts.append(f"the vendor rejects {', '.join(e.field for e in conversion.rejected)}")
    if conversion.dropped:
        parts.append(f"would drop {', '.join(e.field for e in conversion.dropped)}")
    if conversion.needs_input:
        fields = dict.fromkeys(e.vendor or "" for e in conversion.needs_input)
        parts.append(f"needs input for {', '.join(fields)} (supply it in vendor_extras.{conversion.vendor})")
    hint = (
        "; pass --allow-drop to accept the drops"
        if conversion.dropped and not (conversion.needs_input or conversion.rejected)
        else ""
    )
    fail(f"conversion to {conversion.vendor}: {' and '.join(parts)} (details above){hint}", EXIT_LOSSY)


def guard(func: F) -> F:
    """Turn the library's errors into messages and exit codes (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .._exceptions import APIError, ConversionError, InputError, MissingCredentialsError

        try:
            return func(*args, **kwargs)
        except ConversionError as exc:
            if exc.report is None:  # pragma: no cover - the converter always attaches its report
                fail(str(exc), EXIT_LOSSY)
            _lossy(exc.report)
        except APIError as exc:
            fail(str(exc), EXIT_API)
        except MissingCredentialsError as exc:
            fail(f"no API key for {exc.vendor}: set the environment variable {exc.env_var}")
        except InputError as exc:
            fail(str(exc))
        except (RecursionError, MemoryError) as exc:  # a last line of defence: never a traceback
            fail(f"the input is too large or too deeply nested to handle ({type(exc).__name__})")
        except KeyboardInterrupt as exc:
            for note in getattr(exc, "__notes__", None) or []:
                click.echo(f"warning: {note}", err=True)
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None

    return wrapper  # type: ignore[return-value]


def client(vendor: str, base_url: str | None, timeout: float | None) -> Any:
    """The vendor's client; ``--timeout`` bounds each request and the whole call alike."""
    from .. import _http

    if timeout is None:
        return _http.client(vendor, base_url=base_url)
    return _http.client(vendor, base_url=base_url, timeout=timeout, deadline=timeout)


# --------------------------------------------------------------------------- deploy outcomes


def _failure(result: VendorOutcome | VendorPlan) -> str | None:
    """``None`` (converged), an error kind (``input``, ``lossy``, ``api``), or ``blocked``."""
    if result.ok:
        return None
    from ..deploy import VendorOutcome

    if isinstance(result, VendorOutcome):
        return result.kind if result.status == "failed" and result.kind else "blocked"
    return result.kind if result.action == "error" and result.kind else "blocked"


_KIND_EXIT = {"input": EXIT_INVALID, "lossy": EXIT_LOSSY, "api": EXIT_API}


def deploy_exit_code(results: Iterable[VendorOutcome | VendorPlan]) -> int:
    """0 when every vendor converged (``plan``: apply can converge every vendor); when they all
    failed for one reason, that reason's code (1 input, 3 lossy, 4 api); otherwise 5."""
    kinds = {_failure(r) for r in results} - {None}
    if not kinds:
        return EXIT_OK
    if len(kinds) == 1:
        return _KIND_EXIT.get(str(next(iter(kinds))), EXIT_DIVERGED)
    return EXIT_DIVERGED
