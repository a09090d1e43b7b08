from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_type import AssistantType
from ..models.llm_model import LlmModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attributes import Attributes


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """Body of the create-assistant call. `assistant_type` and `llm_model` must always be present, although the schema also
    allows either of them to be `null`.

        Attributes:
            assistant_type (AssistantType | None): Kind of assistant (required key; the value may be null).
            llm_model (LlmModel | None): Language model the assistant uses (required key; the value may be null).
            name (None | str | Unset): Display name of the assistant.
            description (None | str | Unset): Short free-text summary of what the assistant is for.
            attributes (Attributes | Unset): Free-form key/value settings attached to the assistant. The documentation gives
                this object no properties, so any keys are accepted and passed through unchanged.
            system_prompt (None | str | Unset): Instructions given to the language model as its system message. Default: ''.
            voice (bool | None | Unset): Turns on voice (spoken) interaction for the assistant. Default: False.
            custom_voice (bool | None | Unset): Whether the assistant uses a custom voice instead of a stock one. Default:
                False.
            voice_languages (list[Any] | Unset): Languages configured for the assistant, given as BCP-47 language tags. The
                documentation types the items only as `any`, so item values are not constrained here.
            org_id (None | Unset | UUID): Identifier of the organisation that will own the assistant.
            show_images (bool | None | Unset): Lets the assistant display images in its replies. Default: False.
            hide_ds (bool | None | Unset): Hides the assistant's data sources from end users. Default: False.
            webhook_id (None | Unset | UUID): Identifier of a previously configured webhook that receives the assistant's
                events.
            has_human_agent (bool | None | Unset): Allows conversations to be handed over to a human agent. Default: False.
            use_tools (bool | None | Unset): Lets the assistant call tools during a conversation. Default: False.
            conversation_flow_id (None | Unset | UUID): Identifier of a conversation flow the assistant should follow.
    """

    assistant_type: AssistantType | None
    llm_model: LlmModel | None
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    attributes: Attributes | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    voice: bool | None | Unset = UNSET
    custom_voice: bool | None | Unset = UNSET
    voice_languages: list[Any] | Unset = UNSET
    org_id: None | Unset | UUID = UNSET
    show_images: bool | None | Unset = UNSET
    hide_ds: bool | None | Unset = UNSET
    webhook_id: None | Unset | UUID = UNSET
    has_human_agent: bool | None | Unset = UNSET
    use_tools: bool | None | Unset = UNSET
    conversation_flow_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_type: None | str
        if isinstance(self.assistant_type, AssistantType):
            assistant_type = self.assistant_type.value
        else:
            assistant_type = self.assistant_type

        llm_model: None | str
        if isinstance(self.llm_model, LlmModel):
            llm_model = self.llm_model.value
        else:
            llm_model = self.llm_model

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        voice: bool | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        custom_voice: bool | None | Unset
        if isinstance(self.custom_voice, Unset):
            custom_voice = UNSET
        else:
            custom_voice = self.custom_voice

        voice_languages: list[Any] | Unset = UNSET
        if not isinstance(self.voice_languages, Unset):
            voice_languages = self.voice_languages

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        show_images: bool | None | Unset
        if isinstance(self.show_images, Unset):
            show_images = UNSET
        else:
            show_images = self.show_images

        hide_ds: bool | None | Unset
        if isinstance(self.hide_ds, Unset):
            hide_ds = UNSET
        else:
            hide_ds = self.hide_ds

        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        elif isinstance(self.webhook_id, UUID):
            webhook_id = str(self.webhook_id)
        else:
            webhook_id = self.webhook_id

        has_human_agent: bool | None | Unset
        if isinstance(self.has_human_agent, Unset):
            has_human_agent = UNSET
        else:
            has_human_agent = self.has_human_agent

        use_tools: bool | None | Unset
        if isinstance(self.use_tools, Unset):
            use_tools = UNSET
        else:
            use_tools = self.use_tools

        conversation_flow_id: None | str | Unset
        if isinstance(self.conversation_flow_id, Unset):
            conversation_flow_id = UNSET
        elif isinstance(self.conversation_flow_id, UUID):
            conversation_flow_id = str(self.conversation_flow_id)
        else:
            conversation_flow_id = self.conversation_flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_type": assistant_type,
                "llm_model": llm_model,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if voice is not UNSET:
            field_dict["voice"] = voice
        if custom_voice is not UNSET:
            field_dict["custom_voice"] = custom_voice
        if voice_languages is not UNSET:
            field_dict["voice_languages"] = voice_languages
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if show_images is not UNSET:
            field_dict["show_images"] = show_images
        if hide_ds is not UNSET:
            field_dict["hide_ds"] = hide_ds
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if has_human_agent is not UNSET:
            field_dict["has_human_agent"] = has_human_agent
        if use_tools is not UNSET:
            field_dict["use_tools"] = use_tools
        if conversation_flow_id is not UNSET:
            field_dict["conversation_flow_id"] = conversation_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attributes import Attributes

        d = dict(src_dict)

        def _parse_assistant_type(data: object) -> AssistantType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assistant_type_type_0 = AssistantType(data)

                return assistant_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantType | None, data)

        assistant_type = _parse_assistant_type(d.pop("assistant_type"))

        def _parse_llm_model(data: object) -> LlmModel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                llm_model_type_0 = LlmModel(data)

                return llm_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmModel | None, data)

        llm_model = _parse_llm_model(d.pop("llm_model"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: Attributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = Attributes.from_dict(_attributes)

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_voice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_custom_voice(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_voice = _parse_custom_voice(d.pop("custom_voice", UNSET))

        voice_languages = cast(list[Any], d.pop("voice_languages", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_show_images(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_images = _parse_show_images(d.pop("show_images", UNSET))

        def _parse_hide_ds(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hide_ds = _parse_hide_ds(d.pop("hide_ds", UNSET))

        def _parse_webhook_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_id_type_0 = UUID(data)

                return webhook_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        webhook_id = _parse_webhook_id(d.pop("webhook_id", UNSET))

        def _parse_has_human_agent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_human_agent = _parse_has_human_agent(d.pop("has_human_agent", UNSET))

        def _parse_use_tools(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_tools = _parse_use_tools(d.pop("use_tools", UNSET))

        def _parse_conversation_flow_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_flow_id_type_0 = UUID(data)

                return conversation_flow_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conversation_flow_id = _parse_conversation_flow_id(
            d.pop("conversation_flow_id", UNSET)
        )

        create_assistant_request = cls(
            assistant_type=assistant_type,
            llm_model=llm_model,
            name=name,
            description=description,
            attributes=attributes,
            system_prompt=system_prompt,
            voice=voice,
            custom_voice=custom_voice,
            voice_languages=voice_languages,
            org_id=org_id,
            show_images=show_images,
            hide_ds=hide_ds,
            webhook_id=webhook_id,
            has_human_agent=has_human_agent,
            use_tools=use_tools,
            conversation_flow_id=conversation_flow_id,
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
