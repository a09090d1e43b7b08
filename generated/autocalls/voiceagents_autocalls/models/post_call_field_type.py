from enum import StrEnum


class PostCallFieldType(StrEnum):
    BOOL = "bool"
    NUMBER = "number"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
