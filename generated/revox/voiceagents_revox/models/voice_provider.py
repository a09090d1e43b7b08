from enum import StrEnum


class VoiceProvider(StrEnum):
    CARTESIA = "cartesia"
    ELEVENLABS = "elevenlabs"
    GRADIUM = "gradium"

    def __str__(self) -> str:
        return str(self.value)
