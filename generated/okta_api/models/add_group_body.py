from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import okta_user_group_profile as _okta_user_group_profile

if TYPE_CHECKING:
    from typing import Self

    from .okta_user_group_profile import OktaUserGroupProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_user_group_profile.OktaUserGroupProfile.from_json(v)
            if lazy
            else _okta_user_group_profile.OktaUserGroupProfile.from_dict(v)
        )
    return _convert.parse_model(_okta_user_group_profile.OktaUserGroupProfile, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AddGroupBody(OktaModel):
    """An Okta `AddGroupBody`.

    Attributes:
        profile: Profile for any group that is not imported from Active Directory. Specifies the standard
            and custom profile properties for a group.

            The `objectClass` for these groups is `okta:user_group`.

            You can extend group profiles with custom properties, but you must first add the
            properties to the group profile schema before you can reference them. Use the Profile
            Editor in the Admin Console or the [Schemas
            API](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Schema/)
            to manage schema extensions.

            Custom properties can contain HTML tags. It is the client's responsibility to escape or
            encode this data before displaying it. Use
            [best-practices](https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html)
            to prevent cross-site scripting.
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

    profile: OktaUserGroupProfile | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        profile: OktaUserGroupProfile | None | Unset = UNSET,
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
