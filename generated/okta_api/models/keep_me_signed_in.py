from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .keep_me_signed_in_post_auth import KeepMeSignedInPostAuth

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class KeepMeSignedIn(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Controls how
    often the post-authentication prompt is presented to users

    Attributes:
        post_auth (`postAuth`): Whether the post-authentication [Keep Me Signed In
            (KMSI)](https://help.okta.com/oie/en-us/content/topics/security/stay-signed-in.htm) flow
            is allowed
        post_auth_prompt_frequency (`postAuthPromptFrequency`): A time duration specified as an [ISO 8601
            duration](https://en.wikipedia.org/wiki/ISO_8601#Durations).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "postAuth": "post_auth",
        "postAuthPromptFrequency": "post_auth_prompt_frequency",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "post_auth": "enum",
        "post_auth_prompt_frequency": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "post_auth": lambda d: (
            _convert.parse_enum(KeepMeSignedInPostAuth, v) if (v := d.get("postAuth", UNSET)).__class__ is str else v
        ),
        "post_auth_prompt_frequency": "postAuthPromptFrequency",
        "additional_properties": lambda d: _convert.undeclared(d, KeepMeSignedIn._json_names),
    }

    post_auth: KeepMeSignedInPostAuth | None | Unset = UNSET
    post_auth_prompt_frequency: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.post_auth is not UNSET:
            d["postAuth"] = self.post_auth
        if self.post_auth_prompt_frequency is not UNSET:
            d["postAuthPromptFrequency"] = self.post_auth_prompt_frequency
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.post_auth = (
            _convert.parse_enum(KeepMeSignedInPostAuth, v) if (v := d.pop("postAuth", UNSET)).__class__ is str else v
        )
        obj.post_auth_prompt_frequency = d.pop("postAuthPromptFrequency", UNSET)
        obj.additional_properties = d
        return obj
