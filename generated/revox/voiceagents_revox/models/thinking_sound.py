from enum import StrEnum


class ThinkingSound(StrEnum):
    CITY_AMBIENCE_OGG = "city-ambience.ogg"
    CROWDED_ROOM_OGG = "crowded-room.ogg"
    FOREST_AMBIENCE_OGG = "forest-ambience.ogg"
    HOLD_MUSIC_OGG = "hold_music.ogg"
    KEYBOARD_TYPING2_OGG = "keyboard-typing2.ogg"
    KEYBOARD_TYPING_OGG = "keyboard-typing.ogg"
    OFFICE_AMBIENCE_OGG = "office-ambience.ogg"

    def __str__(self) -> str:
        return str(self.value)
