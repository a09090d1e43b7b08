"""The version of the voiceagents wrapper (kept equal to pyproject.toml's by ``make generate``)."""

__version__ = "0.3.0"
