from enum import StrEnum


class SttModel(StrEnum):
    STT_RT_V4 = "stt-rt-v4"
    STT_RT_V5 = "stt-rt-v5"

    def __str__(self) -> str:
        return str(self.value)
