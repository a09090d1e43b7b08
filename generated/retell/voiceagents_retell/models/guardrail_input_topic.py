from enum import StrEnum


class GuardrailInputTopic(StrEnum):
    PLATFORM_INTEGRITY_JAILBREAKING = "platform_integrity_jailbreaking"

    def __str__(self) -> str:
        return str(self.value)
