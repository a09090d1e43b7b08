from enum import StrEnum


class DeepseekModelName(StrEnum):
    DEEPSEEK_CHAT = "deepseek-chat"

    def __str__(self) -> str:
        return str(self.value)
