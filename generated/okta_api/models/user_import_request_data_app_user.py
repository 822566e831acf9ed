from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_import_request_data_app_user_profile as _user_import_request_data_app_user_profile

if TYPE_CHECKING:
    from typing import Self

    from .user_import_request_data_app_user_profile import UserImportRequestDataAppUserProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile.from_json(v)
            if lazy
            else _user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile.from_dict(v)
        )
    return _convert.parse_model(_user_import_request_data_app_user_profile.UserImportRequestDataAppUserProfile, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "profile": ("profile", _parse_profile),
    }

    profile: UserImportRequestDataAppUserProfile | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        profile: UserImportRequestDataAppUserProfile | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
