from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_plan import AnalysisPlan
    from ..models.hangup_using_prompt import HangupUsingPrompt
    from ..models.knowledge_base import KnowledgeBase
    from ..models.model import Model
    from ..models.transcriber import Transcriber
    from ..models.voice import Voice


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """Body of the create-assistant request.

    Attributes:
        name (str): Display name of the assistant.
        voice (Voice): Text-to-speech settings. CallHQ supports ElevenLabs and Sarvam voices. Only the Sarvam provider
            string (`sarvam`) is shown in the docs; the ElevenLabs one is not, so `provider` is an open string.
        transcriber (Transcriber): Speech-to-text settings. The docs show the members only in the example and list no
            allowed values and no required members, so all are optional open strings.
        model (Model): LLM settings. The docs list the supported providers and, for each, the model names it accepts;
            those lists are enforced through `if`/`then` rules on this schema (one per provider). Whether `provider` and
            `model` are required is not stated, so both are optional here.
        first_message (str): What the assistant says to open the call.
        first_message_mode (str): Who opens the conversation and how the opening line is produced. CallHQ documents only
            the example value `assistant-speaks-first`; the other examples are the values of the Vapi API that CallHQ's
            field names mirror, and are not confirmed by CallHQ, so the field is left as an open string.
        background_sound (str | Unset): Ambient sound played behind the assistant's voice. CallHQ documents only the
            example value `office`; `off` is a Vapi value not confirmed by CallHQ, so the field is left as an open string.
        silence_timeout_seconds (int | Unset): How many seconds of silence are tolerated before the call is ended.
        background_denoising_enabled (bool | Unset): Whether background noise is filtered out of the caller's audio.
        first_message_interruptions_enabled (bool | Unset): Whether the caller may interrupt the assistant while it
            speaks its first message.
        max_duration_seconds (int | Unset): Longest allowed call length, in seconds.
        analysis_plan (AnalysisPlan | Unset): Post-call analysis settings (call insights and follow-up actions). CallHQ
            does not document the members of this object, so any members are accepted.
        knowledge_base (KnowledgeBase | Unset): A set of uploaded knowledge files, referenced by their ids.
        hangup_using_prompt (HangupUsingPrompt | Unset): Lets the assistant end the call according to a prompt of your
            own.
    """

    name: str
    voice: Voice
    transcriber: Transcriber
    model: Model
    first_message: str
    first_message_mode: str
    background_sound: str | Unset = UNSET
    silence_timeout_seconds: int | Unset = UNSET
    background_denoising_enabled: bool | Unset = UNSET
    first_message_interruptions_enabled: bool | Unset = UNSET
    max_duration_seconds: int | Unset = UNSET
    analysis_plan: AnalysisPlan | Unset = UNSET
    knowledge_base: KnowledgeBase | Unset = UNSET
    hangup_using_prompt: HangupUsingPrompt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        voice = self.voice.to_dict()

        transcriber = self.transcriber.to_dict()

        model = self.model.to_dict()

        first_message = self.first_message

        first_message_mode = self.first_message_mode

        background_sound = self.background_sound

        silence_timeout_seconds = self.silence_timeout_seconds

        background_denoising_enabled = self.background_denoising_enabled

        first_message_interruptions_enabled = self.first_message_interruptions_enabled

        max_duration_seconds = self.max_duration_seconds

        analysis_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_plan, Unset):
            analysis_plan = self.analysis_plan.to_dict()

        knowledge_base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_base, Unset):
            knowledge_base = self.knowledge_base.to_dict()

        hangup_using_prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hangup_using_prompt, Unset):
            hangup_using_prompt = self.hangup_using_prompt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice": voice,
                "transcriber": transcriber,
                "model": model,
                "firstMessage": first_message,
                "firstMessageMode": first_message_mode,
            }
        )
        if background_sound is not UNSET:
            field_dict["backgroundSound"] = background_sound
        if silence_timeout_seconds is not UNSET:
            field_dict["silenceTimeoutSeconds"] = silence_timeout_seconds
        if background_denoising_enabled is not UNSET:
            field_dict["backgroundDenoisingEnabled"] = background_denoising_enabled
        if first_message_interruptions_enabled is not UNSET:
            field_dict["firstMessageInterruptionsEnabled"] = (
                first_message_interruptions_enabled
            )
        if max_duration_seconds is not UNSET:
            field_dict["maxDurationSeconds"] = max_duration_seconds
        if analysis_plan is not UNSET:
            field_dict["analysisPlan"] = analysis_plan
        if knowledge_base is not UNSET:
            field_dict["knowledgeBase"] = knowledge_base
        if hangup_using_prompt is not UNSET:
            field_dict["hangupUsingPrompt"] = hangup_using_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis_plan import AnalysisPlan
        from ..models.hangup_using_prompt import HangupUsingPrompt
        from ..models.knowledge_base import KnowledgeBase
        from ..models.model import Model
        from ..models.transcriber import Transcriber
        from ..models.voice import Voice

        d = dict(src_dict)
        name = d.pop("name")

        voice = Voice.from_dict(d.pop("voice"))

        transcriber = Transcriber.from_dict(d.pop("transcriber"))

        model = Model.from_dict(d.pop("model"))

        first_message = d.pop("firstMessage")

        first_message_mode = d.pop("firstMessageMode")

        background_sound = d.pop("backgroundSound", UNSET)

        silence_timeout_seconds = d.pop("silenceTimeoutSeconds", UNSET)

        background_denoising_enabled = d.pop("backgroundDenoisingEnabled", UNSET)

        first_message_interruptions_enabled = d.pop(
            "firstMessageInterruptionsEnabled", UNSET
        )

        max_duration_seconds = d.pop("maxDurationSeconds", UNSET)

        _analysis_plan = d.pop("analysisPlan", UNSET)
        analysis_plan: AnalysisPlan | Unset
        if isinstance(_analysis_plan, Unset):
            analysis_plan = UNSET
        else:
            analysis_plan = AnalysisPlan.from_dict(_analysis_plan)

        _knowledge_base = d.pop("knowledgeBase", UNSET)
        knowledge_base: KnowledgeBase | Unset
        if isinstance(_knowledge_base, Unset):
            knowledge_base = UNSET
        else:
            knowledge_base = KnowledgeBase.from_dict(_knowledge_base)

        _hangup_using_prompt = d.pop("hangupUsingPrompt", UNSET)
        hangup_using_prompt: HangupUsingPrompt | Unset
        if isinstance(_hangup_using_prompt, Unset):
            hangup_using_prompt = UNSET
        else:
            hangup_using_prompt = HangupUsingPrompt.from_dict(_hangup_using_prompt)

        create_assistant_request = cls(
            name=name,
            voice=voice,
            transcriber=transcriber,
            model=model,
            first_message=first_message,
            first_message_mode=first_message_mode,
            background_sound=background_sound,
            silence_timeout_seconds=silence_timeout_seconds,
            background_denoising_enabled=background_denoising_enabled,
            first_message_interruptions_enabled=first_message_interruptions_enabled,
            max_duration_seconds=max_duration_seconds,
            analysis_plan=analysis_plan,
            knowledge_base=knowledge_base,
            hangup_using_prompt=hangup_using_prompt,
        )

        create_assistant_request.additional_properties = d
        return create_assistant_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
