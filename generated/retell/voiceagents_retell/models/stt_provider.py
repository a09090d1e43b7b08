from enum import StrEnum


class SttProvider(StrEnum):
    ASSEMBLYAI = "assemblyai"
    AZURE = "azure"
    DEEPGRAM = "deepgram"
    MUSE = "muse"
    SONIOX = "soniox"

    def __str__(self) -> str:
        return str(self.value)
