from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class RegistrationResponseCommandsItem(OktaModel):
    """An Okta `RegistrationResponseCommandsItem`.

    Attributes:
        type_ (`type`): The location where you specify the command. To set attributes in the user's Okta profile,
            supply a `type` property set to `com.okta.user.profile.update`, together with a `value`
            property set to a list of key-value pairs corresponding to the Okta user profile
            attributes you want to set. The attributes must already exist in your user profile schema.

            To explicitly allow or deny registration to the user, supply a type property set to
            `com.okta.action.update`, together with a value property set to `{"registration":
            "ALLOW"}` or `{"registration": "DENY"}`. The default is to allow registration.

            In Okta Identity Engine, to set attributes in the user's profile, supply a `type` property
            set to `com.okta.user.progressive.profile.update`, together with a `value` property set to
            a list of key-value pairs corresponding to the Progressive Enrollment attributes that you
            want to set. See [Registration inline hook - Send
            response](https://developer.okta.com/docs/guides/registration-inline-hook/nodejs/main/#send-response).

            Commands are applied in the order that they appear in the array. Within a single
            `com.okta.user.profile.update` or `com.okta.user.progressive.profile.update command`,
            attributes are updated in the order that they appear in the `value` object.

            You can never use a command to update the user's password, but you are allowed to set the
            values of attributes other than password that are designated sensitive in your Okta user
            schema. However, the values of those sensitive attributes, if included as fields in the
            Profile Enrollment form, aren't included in the `data.userProfile` object sent to your
            external service by Okta. See
            [data.userProfile](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/inlinehook/#tag/InlineHook/operation/create-registration-hook!path=0/data/userProfile&t=request).
        value: The `value` object is the parameter to pass to the command.

            For `com.okta.user.profile.update` commands, `value` should be an object containing one or
            more name-value pairs for the attributes you wish to update.

            For `com.okta.action.update` commands, the value should be an object containing the
            attribute `action` set to a value of either `ALLOW` or `DENY`, indicating whether the
            registration should be permitted or not.

            Registrations are allowed by default, so setting a value of `ALLOW` for the action field
            is valid but superfluous.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "str",
        "value": "dict",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", None),
        "value": ("value", None),
    }

    type_: str | None = _attrs_field(init=False)
    value: dict[str, Any] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: str | None | Unset = UNSET,
        value: dict[str, Any] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if value is not UNSET:
            _set_field(self, "value", value)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("value", UNSET)) is not UNSET:
            d["value"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("value", UNSET)) is not UNSET:
            obj.value = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
