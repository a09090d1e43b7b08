"""voiceagents: one voice-assistant definition, deployed to any voice-AI vendor."""

__version__ = "0.1.0"
