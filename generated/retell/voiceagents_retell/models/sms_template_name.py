from enum import StrEnum


class SmsTemplateName(StrEnum):
    INFO_COLLECTION = "info_collection"

    def __str__(self) -> str:
        return str(self.value)
