from enum import StrEnum


class DenoisingMode(StrEnum):
    NOISE_AND_BACKGROUND_SPEECH_CANCELLATION = (
        "noise-and-background-speech-cancellation"
    )
    NOISE_CANCELLATION = "noise-cancellation"
    NO_DENOISE = "no-denoise"

    def __str__(self) -> str:
        return str(self.value)
