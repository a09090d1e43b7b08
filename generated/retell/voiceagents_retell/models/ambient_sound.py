from enum import StrEnum


class AmbientSound(StrEnum):
    CALL_CENTER = "call-center"
    COFFEE_SHOP = "coffee-shop"
    CONVENTION_HALL = "convention-hall"
    MOUNTAIN_OUTDOOR = "mountain-outdoor"
    STATIC_NOISE = "static-noise"
    SUMMER_OUTDOOR = "summer-outdoor"

    def __str__(self) -> str:
        return str(self.value)
