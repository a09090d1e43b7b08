from enum import StrEnum


class CallsDirection(StrEnum):
    MAKE = "make"
    RECEIVE = "receive"

    def __str__(self) -> str:
        return str(self.value)
