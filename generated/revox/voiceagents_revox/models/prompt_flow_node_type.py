from enum import StrEnum


class PromptFlowNodeType(StrEnum):
    PROMPTBLOCK = "promptBlock"

    def __str__(self) -> str:
        return str(self.value)
