from enum import StrEnum


class AgentChannel(StrEnum):
    CHAT = "chat"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)
