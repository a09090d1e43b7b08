from __future__ import annotations

from attrs import define as _attrs_define

from .assistant import Assistant


# Equality, repr and pickling are AnswerModel's, as in Assistant.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetAssistantResponse(Assistant):
    """Body of a successful read, which is the assistant itself (no wrapper).

    The schema is `Assistant` by reference: the same fields, parsed the same way.
    """
