from enum import StrEnum


class WhoSpeaksFirst(StrEnum):
    AI_ASSISTANT = "AI assistant"
    CUSTOMER = "Customer"

    def __str__(self) -> str:
        return str(self.value)
