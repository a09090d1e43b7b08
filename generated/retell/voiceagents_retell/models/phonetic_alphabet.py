from enum import StrEnum


class PhoneticAlphabet(StrEnum):
    CMU = "cmu"
    IPA = "ipa"
    JYUTPING = "jyutping"
    PINYIN = "pinyin"

    def __str__(self) -> str:
        return str(self.value)
