from enum import StrEnum


class FilterStringOperator(StrEnum):
    CO = "co"
    EQ = "eq"
    EW = "ew"
    NE = "ne"
    SW = "sw"

    def __str__(self) -> str:
        return str(self.value)
