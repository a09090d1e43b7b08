from enum import StrEnum


class AmbientSound(StrEnum):
    CAFE = "cafe"
    CITY = "city"
    CROWDED_ROOM = "crowded_room"
    FOREST = "forest"
    NATURE = "nature"
    OFF = "off"
    OFFICE = "office"

    def __str__(self) -> str:
        return str(self.value)
