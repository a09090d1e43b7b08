"""``python -m voiceagents.cli``: the ``voiceagents`` command."""

from . import main

main()
