from enum import StrEnum


class ExpressiveEmotionTag(StrEnum):
    CLEAR_THROAT = "clear throat"
    CURIOUS = "curious"
    EMPATHETIC = "empathetic"
    EMPHASIS = "emphasis"
    EXCITED = "excited"
    HAPPY = "happy"
    LONG_PAUSE = "long pause"
    PAUSE = "pause"
    SIGH = "sigh"
    SURPRISED = "surprised"

    def __str__(self) -> str:
        return str(self.value)
