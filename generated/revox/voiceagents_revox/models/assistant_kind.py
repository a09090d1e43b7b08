from enum import StrEnum


class AssistantKind(StrEnum):
    MULTI_STEP = "multi-step"
    STANDALONE = "standalone"
    SUB_ASSISTANT = "sub-assistant"

    def __str__(self) -> str:
        return str(self.value)
