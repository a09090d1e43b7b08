"""Test helpers (no servers: the mock is ``voiceagents.testing``): what the specs and case files say
about each operation's answers, and driving our clients (``answers``)."""
