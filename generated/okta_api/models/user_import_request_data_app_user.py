from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_import_request_data_app_user_profile as _user_import_request_data_app_user_profile

if TYPE_CHECKING:
    from typing import Self

    from .user_import_request_data_app_user_profile import UserImportRequestDataAppUserProfile


@_attrs_define(kw_only=True)
class UserImportRequestDataAppUser(OktaModel):
    """The app user profile being imported

    Attributes:
        profile: Provides the name-value pairs of the attributes contained in the app user profile of the
            user who is being imported. You can change
            the values of attributes in the user's app profile by means of the `commands` object you
            return. If you change attributes in the app
            profile, they then flow through to the Okta user profile, based on matching and mapping
            rules.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "profile": "profile",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "profile": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "profile": lambda d: (
            _user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserImportRequestDataAppUser._json_names),
    }

    profile: UserImportRequestDataAppUserProfile | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
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
            _user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile, v)
        )
        obj.additional_properties = d
        return obj
