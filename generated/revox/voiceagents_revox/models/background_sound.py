from enum import StrEnum


class BackgroundSound(StrEnum):
    AUDIOOFFICE_OGG = "audio/office.ogg"

    def __str__(self) -> str:
        return str(self.value)
