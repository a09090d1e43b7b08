from enum import StrEnum


class VoiceModel(StrEnum):
    ELEVEN_FLASH_V2 = "eleven_flash_v2"
    ELEVEN_FLASH_V2_5 = "eleven_flash_v2_5"
    ELEVEN_MULTILINGUAL_V2 = "eleven_multilingual_v2"
    ELEVEN_V3 = "eleven_v3"
    ELEVEN_V3_CONVERSATIONAL = "eleven_v3_conversational"
    ELEVEN_V4 = "eleven_v4"
    ELEVEN_V4_TURBO = "eleven_v4_turbo"
    GPT_4O_MINI_TTS = "gpt-4o-mini-tts"
    INWORLD_TTS_2 = "inworld-tts-2"
    INWORLD_TTS_2_FLASH = "inworld-tts-2-flash"
    S1 = "s1"
    S2_1_PRO = "s2.1-pro"
    S2_PRO = "s2-pro"
    SONIC_3 = "sonic-3"
    SONIC_3_5 = "sonic-3.5"
    SONIC_3_6 = "sonic-3.6"
    SONIC_3_LATEST = "sonic-3-latest"
    SPEECH_02_TURBO = "speech-02-turbo"
    SPEECH_2_8_TURBO = "speech-2.8-turbo"
    TTS_1 = "tts-1"

    def __str__(self) -> str:
        return str(self.value)
