from enum import StrEnum


class CreatedAssistantMode(StrEnum):
    MULTIMODAL = "multimodal"
    PIPELINE = "pipeline"

    def __str__(self) -> str:
        return str(self.value)
