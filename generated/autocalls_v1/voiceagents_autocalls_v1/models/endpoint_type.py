from enum import StrEnum


class EndpointType(StrEnum):
    AI = "ai"
    VAD = "vad"

    def __str__(self) -> str:
        return str(self.value)
