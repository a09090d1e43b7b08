from enum import StrEnum


class RealtimeProvider(StrEnum):
    GOOGLE = "google"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
