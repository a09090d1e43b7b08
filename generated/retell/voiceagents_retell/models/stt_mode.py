from enum import StrEnum


class SttMode(StrEnum):
    ACCURATE = "accurate"
    CUSTOM = "custom"
    FAST = "fast"

    def __str__(self) -> str:
        return str(self.value)
