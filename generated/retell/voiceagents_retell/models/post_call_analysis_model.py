from enum import StrEnum


class PostCallAnalysisModel(StrEnum):
    CLAUDE_4_5_HAIKU = "claude-4.5-haiku"
    CLAUDE_4_6_SONNET = "claude-4.6-sonnet"
    CLAUDE_5_5_HAIKU = "claude-5.5-haiku"
    CLAUDE_5_5_OPUS = "claude-5.5-opus"
    CLAUDE_5_5_SONNET = "claude-5.5-sonnet"
    CLAUDE_5_OPUS = "claude-5-opus"
    CLAUDE_5_SONNET = "claude-5-sonnet"
    GEMINI_3_0_FLASH = "gemini-3.0-flash"
    GEMINI_3_1_FLASH_LITE = "gemini-3.1-flash-lite"
    GEMINI_3_5_FLASH = "gemini-3.5-flash"
    GEMINI_3_5_FLASH_LITE = "gemini-3.5-flash-lite"
    GEMINI_3_6_FLASH = "gemini-3.6-flash"
    GEMINI_3_7_FLASH = "gemini-3.7-flash"
    GEMINI_3_8_FLASH = "gemini-3.8-flash"
    GEMINI_4_ARGON = "gemini-4-argon"
    GPT_4_1 = "gpt-4.1"
    GPT_4_1_MINI = "gpt-4.1-mini"
    GPT_5 = "gpt-5"
    GPT_5_1 = "gpt-5.1"
    GPT_5_2 = "gpt-5.2"
    GPT_5_4 = "gpt-5.4"
    GPT_5_4_MINI = "gpt-5.4-mini"
    GPT_5_4_NANO = "gpt-5.4-nano"
    GPT_5_5 = "gpt-5.5"
    GPT_5_6_LUNA = "gpt-5.6-luna"
    GPT_5_6_TERRA = "gpt-5.6-terra"
    GPT_5_MINI = "gpt-5-mini"
    GPT_5_NANO = "gpt-5-nano"
    GPT_6_1_SOL = "gpt-6.1-sol"
    GPT_6_ASTRA = "gpt-6-astra"
    GPT_6_LUNA = "gpt-6-luna"
    GPT_6_SOL = "gpt-6-sol"

    def __str__(self) -> str:
        return str(self.value)
