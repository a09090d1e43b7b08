"""``python -m voiceagents_tools <command> [options]``: one entry for every tool.

Each command is a module with a ``main(argv)``; its options are its own (``<command> --help``).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

COMMANDS = {
    "generate": ("voiceagents_tools.generate", "regenerate the clients, the neutral model and the project files"),
    "check": ("voiceagents_tools.check", "fail if anything generated is stale, or lint/types fail"),
    "lint": ("voiceagents_tools.specs.lint", "validate and lint the OpenAPI documents"),
    "specdiff": ("voiceagents_tools.specs.diff", "list the changes between two versions of a spec"),
    "wheels": ("voiceagents_tools.release.wheels", "build every wheel and sdist into dist/, reproducibly"),
    "publish": ("voiceagents_tools.release.publish", "upload dist/ to a package index, safely re-runnable"),
    "bench": ("voiceagents_tools.bench", "print the performance figures (and write bench.json)"),
    "demo": ("voiceagents_tools.demo", "the main job end to end on local mock servers"),
}


def usage() -> str:
    lines = ["usage: python -m voiceagents_tools <command> [options]", "", "commands:"]
    lines += [f"  {name:<10} {about}" for name, (_, about) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage())
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command not in COMMANDS:
        print(f"unknown command {command!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[command][0])
    code: int = module.main(rest)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
