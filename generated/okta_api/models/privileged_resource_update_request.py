from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import profile as _profile

if TYPE_CHECKING:
    from typing import Self

    from .profile import Profile


@_attrs_define(kw_only=True)
class PrivilegedResourceUpdateRequest(OktaModel):
    """Update request for a privileged resource

    Attributes:
        profile (read-only, never sent): Specific profile properties for the privileged resource
        user_name (`userName`): The username associated with the privileged resource
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
        "userName": "user_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
        "user_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": lambda d: (
            _profile.Profile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile.Profile, v)
        ),
        "user_name": "userName",
        "additional_properties": lambda d: _convert.undeclared(d, PrivilegedResourceUpdateRequest._json_names),
    }

    profile: Profile | None | Unset = UNSET
    user_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile is not UNSET and not omit_read_only:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.user_name is not UNSET:
            d["userName"] = self.user_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.profile = (
            _profile.Profile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_profile.Profile, v)
        )
        obj.user_name = d.pop("userName", UNSET)
        obj.additional_properties = d
        return obj
