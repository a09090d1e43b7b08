from enum import StrEnum


class ExecutionMessageType(StrEnum):
    PROMPT = "prompt"
    STATIC_TEXT = "static_text"

    def __str__(self) -> str:
        return str(self.value)
