from enum import StrEnum


class AssistantToolType(StrEnum):
    CALL_TRANSFER = "call_transfer"
    COLLECT_KEYPAD = "collect_keypad"
    END_CALL = "end_call"
    WARM_CALL_TRANSFER = "warm_call_transfer"

    def __str__(self) -> str:
        return str(self.value)
