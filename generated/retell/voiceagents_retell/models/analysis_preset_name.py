from enum import StrEnum


class AnalysisPresetName(StrEnum):
    CALL_SUCCESSFUL = "call_successful"
    CALL_SUMMARY = "call_summary"
    USER_SENTIMENT = "user_sentiment"

    def __str__(self) -> str:
        return str(self.value)
