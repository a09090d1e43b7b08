from enum import StrEnum


class CartesiaModel(StrEnum):
    SONIC_3 = "sonic-3"
    SONIC_3_5 = "sonic-3.5"

    def __str__(self) -> str:
        return str(self.value)
