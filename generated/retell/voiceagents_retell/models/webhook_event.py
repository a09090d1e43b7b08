from enum import StrEnum


class WebhookEvent(StrEnum):
    CALL_ANALYZED = "call_analyzed"
    CALL_ENDED = "call_ended"
    CALL_STARTED = "call_started"
    TRANSCRIPT_UPDATED = "transcript_updated"
    TRANSFER_BRIDGED = "transfer_bridged"
    TRANSFER_CANCELLED = "transfer_cancelled"
    TRANSFER_ENDED = "transfer_ended"
    TRANSFER_STARTED = "transfer_started"

    def __str__(self) -> str:
        return str(self.value)
