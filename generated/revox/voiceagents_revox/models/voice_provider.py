from enum import StrEnum


class VoiceProvider(StrEnum):
    CARTESIA = "cartesia"
    ELEVENLABS = "elevenlabs"

    def __str__(self) -> str:
        return str(self.value)
