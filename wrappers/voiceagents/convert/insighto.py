"""Insighto.ai ↔ neutral (openapi/insighto.yaml).

Insighto's ``voice`` is a switch, not a voice, and its webhook is a reference (``webhook_id``) to
one configured in the dashboard. ``assistant_type`` and ``llm_model`` are required keys (they may be
null).
"""

from __future__ import annotations

from .rules import MISSING, Catalogue, Custom, Drop, FromContext, Map, ToContext, VendorMapping

__all__ = ["MAPPING"]

_LANG_HOW = "[primary, *secondary]: the primary language first"


def _language_forward(ctx: ToContext) -> None:
    primary, secondary = ctx.get("language.primary"), ctx.get("language.secondary")
    if primary is MISSING:
        if secondary is not MISSING:
            ctx.drop(
                "language.secondary", "Insighto lists the languages with the primary one first: set language.primary"
            )
        return
    fields = ("language.primary", "language.secondary") if secondary is not MISSING else ("language.primary",)
    ctx.emit("voice_languages", [primary, *(secondary or [])], fields, _LANG_HOW)


def _language_inverse(ctx: FromContext) -> None:
    languages = ctx.get("voice_languages")
    if not isinstance(languages, list) or not languages or not all(isinstance(t, str) for t in languages):
        return
    ctx.set("language.primary", languages[0], "voice_languages", _LANG_HOW)
    if len(languages) > 1:
        ctx.set("language.secondary", languages[1:], "voice_languages", _LANG_HOW)


MAPPING = VendorMapping(
    "insighto",
    (
        Map("name", "name"),
        Map("system_prompt", "system_prompt"),
        Map("llm.model", "llm_model"),
        Custom(
            "languages",
            _language_forward,
            _language_inverse,
            (("language.primary", "`voice_languages[0]` *"), ("language.secondary", "`voice_languages[1:]` *")),
        ),
        Catalogue(("webhook.url",), ("webhook_id",), "the uuid of a webhook configured in Insighto"),
        Map("transfer.enabled", "has_human_agent"),
        Drop("llm.provider", "Insighto selects a model by name only (llm_model)"),
        Drop(
            "transfer.phone_number",
            "Insighto hands calls over to its own human agents (has_human_agent), not to a phone number",
        ),
        Drop(
            "voice.provider",
            "Insighto's voice is an on/off switch (voice, a vendor_extras field), not a choice of voice",
        ),
        Drop("voice.id", "Insighto's voice is an on/off switch (voice, a vendor_extras field), not a choice of voice"),
    ),
)
