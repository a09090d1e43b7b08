from enum import StrEnum


class AnthropicModelName(StrEnum):
    SONNET_4 = "sonnet-4"

    def __str__(self) -> str:
        return str(self.value)
