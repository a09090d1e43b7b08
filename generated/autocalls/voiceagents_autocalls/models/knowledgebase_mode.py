from enum import StrEnum


class KnowledgebaseMode(StrEnum):
    FUNCTION_CALL = "function_call"
    PROMPT = "prompt"

    def __str__(self) -> str:
        return str(self.value)
