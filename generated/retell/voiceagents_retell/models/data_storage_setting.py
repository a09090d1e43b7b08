from enum import StrEnum


class DataStorageSetting(StrEnum):
    BASIC_ATTRIBUTES_ONLY = "basic_attributes_only"
    EVERYTHING = "everything"
    EVERYTHING_EXCEPT_PII = "everything_except_pii"

    def __str__(self) -> str:
        return str(self.value)
