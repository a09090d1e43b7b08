from enum import StrEnum


class CallOutcome(StrEnum):
    COMPLETED = "completed"
    INTERESTED = "interested"
    NONE = "none"
    NOT_INTERESTED = "not_interested"
    REQUESTED_CALLBACK_LATER = "requested_callback_later"

    def __str__(self) -> str:
        return str(self.value)
