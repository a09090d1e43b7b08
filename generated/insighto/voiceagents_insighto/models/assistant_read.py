from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_type import AssistantType
from ..models.llm_model import LlmModel
from ..types import UNSET, AnswerModel, Unset, describe_misfit, misfit_tick

if TYPE_CHECKING:
    from ..models.assistant_read_attributes import AssistantReadAttributes


T = TypeVar("T", bound="AssistantRead")


# Equality, repr and pickling are AnswerModel's: they allow an empty always-there field.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantRead(AnswerModel):
    """The stored assistant as returned by the API (the vendor's `IAssistantRead`): every request field plus the generated
    `id`. The page collapses this object, so its required list is our choice: `id` and the two fields required on
    creation are marked required; enum-valued fields accept values beyond the documented lists so that new server-side
    values do not break parsing.

        Attributes:
            id (UUID): Unique identifier the API assigned to the assistant when it was created.
            assistant_type (AssistantType | None | str): Kind of assistant; may be a value newer than the documented list,
                or null.
            llm_model (LlmModel | None | str): Language model in use; may be a value newer than the documented list, or
                null.
            name (None | str | Unset): Display name of the assistant.
            description (None | str | Unset): Short free-text summary of the assistant.
            attributes (AssistantReadAttributes | Unset): The free-form attributes stored on the assistant.
            system_prompt (None | str | Unset): System message given to the language model. Default: ''.
            voice (bool | None | Unset): Whether voice interaction is on. Default: False.
            custom_voice (bool | None | Unset): Whether a custom voice is used. Default: False.
            voice_languages (list[Any] | Unset): Configured languages as BCP-47 tags (items untyped in the documentation).
            org_id (None | Unset | UUID): Identifier of the owning organisation.
            show_images (bool | None | Unset): Whether images may appear in replies. Default: False.
            hide_ds (bool | None | Unset): Whether data sources are hidden from end users. Default: False.
            webhook_id (None | Unset | UUID): Identifier of the attached webhook.
            has_human_agent (bool | None | Unset): Whether hand-over to a human agent is enabled. Default: False.
            use_tools (bool | None | Unset): Whether tool calling is enabled. Default: False.
            conversation_flow_id (None | Unset | UUID): Identifier of the attached conversation flow.
    """

    id: UUID
    assistant_type: AssistantType | None | str
    llm_model: LlmModel | None | str
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    attributes: AssistantReadAttributes | Unset = UNSET
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
    parse_warnings: list[tuple[str, str]] = _attrs_field(
        init=False, factory=list, eq=False, repr=False
    )
    """(member, what did not fit) for this object; each value is kept in ``additional_properties``."""
    _always_there: ClassVar[dict[str, str]] = {
        "id": "id",
        "assistant_type": "assistant_type",
        "llm_model": "llm_model",
    }

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if hasattr(self, "id"):  # else the answer lacked it: not invented here
            id = str(self.id)
            field_dict["id"] = id
        if hasattr(
            self, "assistant_type"
        ):  # else the answer lacked it: not invented here
            assistant_type: None | str
            if isinstance(self.assistant_type, AssistantType):
                assistant_type = self.assistant_type.value
            else:
                assistant_type = self.assistant_type
            field_dict["assistant_type"] = assistant_type
        if hasattr(self, "llm_model"):  # else the answer lacked it: not invented here
            llm_model: None | str
            if isinstance(self.llm_model, LlmModel):
                llm_model = self.llm_model.value
            else:
                llm_model = self.llm_model
            field_dict["llm_model"] = llm_model
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        voice: bool | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice
        if voice is not UNSET:
            field_dict["voice"] = voice
        custom_voice: bool | None | Unset
        if isinstance(self.custom_voice, Unset):
            custom_voice = UNSET
        else:
            custom_voice = self.custom_voice
        if custom_voice is not UNSET:
            field_dict["custom_voice"] = custom_voice
        voice_languages: list[Any] | Unset = UNSET
        if not isinstance(self.voice_languages, Unset):
            voice_languages = self.voice_languages

        if voice_languages is not UNSET:
            field_dict["voice_languages"] = voice_languages
        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        show_images: bool | None | Unset
        if isinstance(self.show_images, Unset):
            show_images = UNSET
        else:
            show_images = self.show_images
        if show_images is not UNSET:
            field_dict["show_images"] = show_images
        hide_ds: bool | None | Unset
        if isinstance(self.hide_ds, Unset):
            hide_ds = UNSET
        else:
            hide_ds = self.hide_ds
        if hide_ds is not UNSET:
            field_dict["hide_ds"] = hide_ds
        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        elif isinstance(self.webhook_id, UUID):
            webhook_id = str(self.webhook_id)
        else:
            webhook_id = self.webhook_id
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        has_human_agent: bool | None | Unset
        if isinstance(self.has_human_agent, Unset):
            has_human_agent = UNSET
        else:
            has_human_agent = self.has_human_agent
        if has_human_agent is not UNSET:
            field_dict["has_human_agent"] = has_human_agent
        use_tools: bool | None | Unset
        if isinstance(self.use_tools, Unset):
            use_tools = UNSET
        else:
            use_tools = self.use_tools
        if use_tools is not UNSET:
            field_dict["use_tools"] = use_tools
        conversation_flow_id: None | str | Unset
        if isinstance(self.conversation_flow_id, Unset):
            conversation_flow_id = UNSET
        elif isinstance(self.conversation_flow_id, UUID):
            conversation_flow_id = str(self.conversation_flow_id)
        else:
            conversation_flow_id = self.conversation_flow_id
        if conversation_flow_id is not UNSET:
            field_dict["conversation_flow_id"] = conversation_flow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_read_attributes import AssistantReadAttributes

        if not isinstance(
            src_dict, Mapping
        ):  # the caller (a parent model, the endpoint) keeps it as sent
            raise TypeError("AssistantRead takes an object")
        d = dict(src_dict)
        kept: dict[str, Any] = {}
        unset: list[str] = []
        warnings: list[tuple[str, str]] = [
            (_member, "missing, although the docs say it is always there")
            for _member in ["id", "assistant_type", "llm_model"]
            if _member not in d
        ]
        _id_raw = d.pop("id", UNSET)
        if not isinstance(_id_raw, Unset):
            try:
                id = UUID(_id_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                id = cast(Any, UNSET)
                unset.append("id")
                kept["id"] = _id_raw
                warnings.append(describe_misfit("id", _id_raw, "UUID"))

        else:  # missing: the warning is above; the slot stays empty
            id = cast(Any, UNSET)
            unset.append("id")
        _assistant_type_raw = d.pop("assistant_type", UNSET)
        if not isinstance(_assistant_type_raw, Unset):
            try:

                def _parse_assistant_type(data: object) -> AssistantType | None | str:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        assistant_type_type_0 = AssistantType(data)

                        return assistant_type_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AssistantType | None | str, data)

                assistant_type = _parse_assistant_type(_assistant_type_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                assistant_type = cast(Any, UNSET)
                unset.append("assistant_type")
                kept["assistant_type"] = _assistant_type_raw
                warnings.append(
                    describe_misfit(
                        "assistant_type",
                        _assistant_type_raw,
                        "AssistantType | None | str",
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            assistant_type = cast(Any, UNSET)
            unset.append("assistant_type")
        _llm_model_raw = d.pop("llm_model", UNSET)
        if not isinstance(_llm_model_raw, Unset):
            try:

                def _parse_llm_model(data: object) -> LlmModel | None | str:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        llm_model_type_0 = LlmModel(data)

                        return llm_model_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(LlmModel | None | str, data)

                llm_model = _parse_llm_model(_llm_model_raw)

            except Exception:  # an answer never raises: the value is kept as sent
                # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
                llm_model = cast(Any, UNSET)
                unset.append("llm_model")
                kept["llm_model"] = _llm_model_raw
                warnings.append(
                    describe_misfit(
                        "llm_model", _llm_model_raw, "LlmModel | None | str"
                    )
                )

        else:  # missing: the warning is above; the slot stays empty
            llm_model = cast(Any, UNSET)
            unset.append("llm_model")
        _name_raw = d.pop("name", UNSET)
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(_name_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            name = cast(Any, UNSET)
            kept["name"] = _name_raw
            warnings.append(describe_misfit("name", _name_raw, "None | str"))

        _description_raw = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_description_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            description = cast(Any, UNSET)
            kept["description"] = _description_raw
            warnings.append(
                describe_misfit("description", _description_raw, "None | str")
            )

        _attributes_raw = d.pop("attributes", UNSET)
        try:
            _attributes = _attributes_raw
            attributes: AssistantReadAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = AssistantReadAttributes.from_dict(_attributes)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            attributes = cast(Any, UNSET)
            kept["attributes"] = _attributes_raw
            warnings.append(
                describe_misfit(
                    "attributes", _attributes_raw, "AssistantReadAttributes"
                )
            )

        _system_prompt_raw = d.pop("system_prompt", UNSET)
        try:

            def _parse_system_prompt(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            system_prompt = _parse_system_prompt(_system_prompt_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            system_prompt = cast(Any, UNSET)
            kept["system_prompt"] = _system_prompt_raw
            warnings.append(
                describe_misfit("system_prompt", _system_prompt_raw, "None | str")
            )

        _voice_raw = d.pop("voice", UNSET)
        try:

            def _parse_voice(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            voice = _parse_voice(_voice_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice = cast(Any, UNSET)
            kept["voice"] = _voice_raw
            warnings.append(describe_misfit("voice", _voice_raw, "bool | None"))

        _custom_voice_raw = d.pop("custom_voice", UNSET)
        try:

            def _parse_custom_voice(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            custom_voice = _parse_custom_voice(_custom_voice_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            custom_voice = cast(Any, UNSET)
            kept["custom_voice"] = _custom_voice_raw
            warnings.append(
                describe_misfit("custom_voice", _custom_voice_raw, "bool | None")
            )

        _voice_languages_raw = d.pop("voice_languages", UNSET)
        try:
            voice_languages = cast(list[Any], _voice_languages_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            voice_languages = cast(Any, UNSET)
            kept["voice_languages"] = _voice_languages_raw
            warnings.append(
                describe_misfit("voice_languages", _voice_languages_raw, "list[Any]")
            )

        _org_id_raw = d.pop("org_id", UNSET)
        try:

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

            org_id = _parse_org_id(_org_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            org_id = cast(Any, UNSET)
            kept["org_id"] = _org_id_raw
            warnings.append(describe_misfit("org_id", _org_id_raw, "None | UUID"))

        _show_images_raw = d.pop("show_images", UNSET)
        try:

            def _parse_show_images(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            show_images = _parse_show_images(_show_images_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            show_images = cast(Any, UNSET)
            kept["show_images"] = _show_images_raw
            warnings.append(
                describe_misfit("show_images", _show_images_raw, "bool | None")
            )

        _hide_ds_raw = d.pop("hide_ds", UNSET)
        try:

            def _parse_hide_ds(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            hide_ds = _parse_hide_ds(_hide_ds_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            hide_ds = cast(Any, UNSET)
            kept["hide_ds"] = _hide_ds_raw
            warnings.append(describe_misfit("hide_ds", _hide_ds_raw, "bool | None"))

        _webhook_id_raw = d.pop("webhook_id", UNSET)
        try:

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

            webhook_id = _parse_webhook_id(_webhook_id_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            webhook_id = cast(Any, UNSET)
            kept["webhook_id"] = _webhook_id_raw
            warnings.append(
                describe_misfit("webhook_id", _webhook_id_raw, "None | UUID")
            )

        _has_human_agent_raw = d.pop("has_human_agent", UNSET)
        try:

            def _parse_has_human_agent(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            has_human_agent = _parse_has_human_agent(_has_human_agent_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            has_human_agent = cast(Any, UNSET)
            kept["has_human_agent"] = _has_human_agent_raw
            warnings.append(
                describe_misfit("has_human_agent", _has_human_agent_raw, "bool | None")
            )

        _use_tools_raw = d.pop("use_tools", UNSET)
        try:

            def _parse_use_tools(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            use_tools = _parse_use_tools(_use_tools_raw)

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            use_tools = cast(Any, UNSET)
            kept["use_tools"] = _use_tools_raw
            warnings.append(describe_misfit("use_tools", _use_tools_raw, "bool | None"))

        _conversation_flow_id_raw = d.pop("conversation_flow_id", UNSET)
        try:

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
                _conversation_flow_id_raw
            )

        except Exception:  # an answer never raises: the value is kept as sent
            # An optional field is UNSET; an always-there one is left unset (its slot emptied below).
            conversation_flow_id = cast(Any, UNSET)
            kept["conversation_flow_id"] = _conversation_flow_id_raw
            warnings.append(
                describe_misfit(
                    "conversation_flow_id", _conversation_flow_id_raw, "None | UUID"
                )
            )

        assistant_read = cls(
            id=id,
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
        for _name in (
            unset
        ):  # reading an always-there field the answer lacked raises MissingFieldError
            delattr(assistant_read, _name)
        assistant_read.additional_properties = {**d, **kept}
        assistant_read.parse_warnings = warnings
        if warnings:
            misfit_tick()
        return assistant_read

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
