from enum import StrEnum


class FirstSentenceMode(StrEnum):
    GENERATED = "generated"
    NONE = "none"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
