from enum import StrEnum


class VocabSpecialization(StrEnum):
    GENERAL = "general"
    MEDICAL = "medical"

    def __str__(self) -> str:
        return str(self.value)
