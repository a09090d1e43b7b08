from enum import StrEnum


class GuardrailOutputTopic(StrEnum):
    CHILD_SAFETY_AND_EXPLOITATION = "child_safety_and_exploitation"
    DEFENSE_AND_NATIONAL_SECURITY = "defense_and_national_security"
    GAMBLING = "gambling"
    HARASSMENT = "harassment"
    ILLICIT_AND_HARMFUL_ACTIVITY = "illicit_and_harmful_activity"
    REGULATED_PROFESSIONAL_ADVICE = "regulated_professional_advice"
    SELF_HARM = "self_harm"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    VIOLENCE = "violence"

    def __str__(self) -> str:
        return str(self.value)
