from enum import StrEnum


class AzureModelName(StrEnum):
    GPT_3_5_CLUSTER = "gpt-3.5-cluster"
    GPT_4O_CLUSTER = "gpt-4o-cluster"
    GPT_4O_MINI_CLUSTER = "gpt-4o-mini-cluster"
    GPT_4_1_CLUSTER = "gpt-4.1-cluster"
    GPT_4_1_MINI_CLUSTER = "gpt-4.1-mini-cluster"
    GPT_4_1_NANO_CLUSTER = "gpt-4.1-nano-cluster"
    GPT_4_CLUSTER = "gpt-4-cluster"

    def __str__(self) -> str:
        return str(self.value)
