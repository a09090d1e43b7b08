from enum import StrEnum


class AssistantType(StrEnum):
    CHAT = "chat"
    NL2SQL = "nl2sql"
    PHONE = "phone"
    REALTIME_OPENAI = "realtime_openai"
    SIMPLE = "simple"

    def __str__(self) -> str:
        return str(self.value)
