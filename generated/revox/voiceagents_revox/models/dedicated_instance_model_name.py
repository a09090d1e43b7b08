from enum import StrEnum


class DedicatedInstanceModelName(StrEnum):
    GPT_4_1 = "gpt-4.1"
    MINISTRAL_3_8B_INSTRUCT = "ministral-3-8b-instruct"

    def __str__(self) -> str:
        return str(self.value)
