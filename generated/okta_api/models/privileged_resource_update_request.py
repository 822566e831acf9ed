from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import profile as _profile

if TYPE_CHECKING:
    from typing import Self

    from .profile import Profile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _profile.Profile.from_json(v) if lazy else _profile.Profile.from_dict(v)
    return _convert.parse_model(_profile.Profile, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "profile": ("profile", _parse_profile),
        "user_name": ("userName", None),
    }

    profile: Profile | None = _attrs_field(init=False)
    user_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        profile: Profile | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if user_name is not UNSET:
            _set_field(self, "user_name", user_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("profile", UNSET)) is not UNSET and not omit_read_only:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_name", UNSET)) is not UNSET:
            d["userName"] = v
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
        if (v := d.pop("userName", UNSET)) is not UNSET:
            obj.user_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
