from enum import StrEnum


class EngineType(StrEnum):
    MULTIMODAL = "multimodal"
    PIPELINE = "pipeline"

    def __str__(self) -> str:
        return str(self.value)
