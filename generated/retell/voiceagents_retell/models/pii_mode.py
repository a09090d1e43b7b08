from enum import StrEnum


class PiiMode(StrEnum):
    POST_CALL = "post_call"

    def __str__(self) -> str:
        return str(self.value)
