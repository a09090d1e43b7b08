from enum import StrEnum


class OpenrouterModelName(StrEnum):
    CLAUDE_SONNET_4 = "claude-sonnet-4"
    GPT_4 = "gpt-4"
    GPT_4O = "gpt-4o"
    GPT_4O_MINI = "gpt-4o-mini"
    GPT_4_1 = "gpt-4.1"
    GPT_4_1_MINI = "gpt-4.1-mini"
    GPT_4_1_NANO = "gpt-4.1-nano"
    GPT_OSS_120B = "gpt-oss-120b"
    GPT_OSS_20B = "gpt-oss-20b"

    def __str__(self) -> str:
        return str(self.value)
