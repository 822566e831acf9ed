from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .keep_me_signed_in_post_auth import KeepMeSignedInPostAuth

if TYPE_CHECKING:
    from typing import Self


_parse_post_auth = _convert.enum_parser(KeepMeSignedInPostAuth)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "post_auth": ("postAuth", _parse_post_auth),
        "post_auth_prompt_frequency": ("postAuthPromptFrequency", None),
    }

    post_auth: KeepMeSignedInPostAuth | None = _attrs_field(init=False)
    post_auth_prompt_frequency: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        post_auth: KeepMeSignedInPostAuth | None | Unset = UNSET,
        post_auth_prompt_frequency: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if post_auth is not UNSET:
            _set_field(self, "post_auth", post_auth)
        if post_auth_prompt_frequency is not UNSET:
            _set_field(self, "post_auth_prompt_frequency", post_auth_prompt_frequency)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("post_auth", UNSET)) is not UNSET:
            d["postAuth"] = v
        if (v := values.get("post_auth_prompt_frequency", UNSET)) is not UNSET:
            d["postAuthPromptFrequency"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("postAuth", UNSET)) is not UNSET:
            obj.post_auth = _parse_post_auth(v, False)
        if (v := d.pop("postAuthPromptFrequency", UNSET)) is not UNSET:
            obj.post_auth_prompt_frequency = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
