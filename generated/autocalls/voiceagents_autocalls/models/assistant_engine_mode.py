from enum import StrEnum


class AssistantEngineMode(StrEnum):
    DUALPLEX = "dualplex"
    MULTIMODAL = "multimodal"
    PIPELINE = "pipeline"

    def __str__(self) -> str:
        return str(self.value)
