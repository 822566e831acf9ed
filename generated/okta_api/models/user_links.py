from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


def _parse_activate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_reset_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_reset_factors(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_expire_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_forgot_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_change_recovery_question(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_deactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_reactivate(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_change_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_schema(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_suspend(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_unsuspend(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_unlock(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


def _parse_type_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _href_object.HrefObject.from_json(v) if lazy else _href_object.HrefObject.from_dict(v)
    return _convert.parse_model(_href_object.HrefObject, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://datatracker.ietf.org/doc/html/rfc8288) available
    for the current status of a user.
    The links object is used for dynamic discovery of related resources, lifecycle operations, and
    credential operations. The links object is read-only.

    For an individual user result, the links object contains a full set of link relations available for
    that user as determined by your policies.
    For a collection of users, the links object contains only the `self` link. Operations that return a
    collection of users include [List all
    users](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers) and
    [List all group member
    users](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/listGroupUsers).

    Attributes:
        self_ (`self`): HrefObjectSelfLink
        activate: HrefObject
        reset_password (`resetPassword`): HrefObject
        reset_factors (`resetFactors`): HrefObject
        expire_password (`expirePassword`): HrefObject
        forgot_password (`forgotPassword`): HrefObject
        change_recovery_question (`changeRecoveryQuestion`): HrefObject
        deactivate: HrefObject
        reactivate: HrefObject
        change_password (`changePassword`): HrefObject
        schema: HrefObject
        suspend: HrefObject
        unsuspend: HrefObject
        unlock: HrefObject
        type_ (`type`): HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "activate": "activate",
        "resetPassword": "reset_password",
        "resetFactors": "reset_factors",
        "expirePassword": "expire_password",
        "forgotPassword": "forgot_password",
        "changeRecoveryQuestion": "change_recovery_question",
        "deactivate": "deactivate",
        "reactivate": "reactivate",
        "changePassword": "change_password",
        "schema": "schema",
        "suspend": "suspend",
        "unsuspend": "unsuspend",
        "unlock": "unlock",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "model",
        "activate": "model",
        "reset_password": "model",
        "reset_factors": "model",
        "expire_password": "model",
        "forgot_password": "model",
        "change_recovery_question": "model",
        "deactivate": "model",
        "reactivate": "model",
        "change_password": "model",
        "schema": "model",
        "suspend": "model",
        "unsuspend": "model",
        "unlock": "model",
        "type_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": ("self", _parse_self_),
        "activate": ("activate", _parse_activate),
        "reset_password": ("resetPassword", _parse_reset_password),
        "reset_factors": ("resetFactors", _parse_reset_factors),
        "expire_password": ("expirePassword", _parse_expire_password),
        "forgot_password": ("forgotPassword", _parse_forgot_password),
        "change_recovery_question": ("changeRecoveryQuestion", _parse_change_recovery_question),
        "deactivate": ("deactivate", _parse_deactivate),
        "reactivate": ("reactivate", _parse_reactivate),
        "change_password": ("changePassword", _parse_change_password),
        "schema": ("schema", _parse_schema),
        "suspend": ("suspend", _parse_suspend),
        "unsuspend": ("unsuspend", _parse_unsuspend),
        "unlock": ("unlock", _parse_unlock),
        "type_": ("type", _parse_type_),
    }

    self_: HrefObjectSelfLink | None = _attrs_field(init=False)
    activate: HrefObject | None = _attrs_field(init=False)
    reset_password: HrefObject | None = _attrs_field(init=False)
    reset_factors: HrefObject | None = _attrs_field(init=False)
    expire_password: HrefObject | None = _attrs_field(init=False)
    forgot_password: HrefObject | None = _attrs_field(init=False)
    change_recovery_question: HrefObject | None = _attrs_field(init=False)
    deactivate: HrefObject | None = _attrs_field(init=False)
    reactivate: HrefObject | None = _attrs_field(init=False)
    change_password: HrefObject | None = _attrs_field(init=False)
    schema: HrefObject | None = _attrs_field(init=False)
    suspend: HrefObject | None = _attrs_field(init=False)
    unsuspend: HrefObject | None = _attrs_field(init=False)
    unlock: HrefObject | None = _attrs_field(init=False)
    type_: HrefObject | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        activate: HrefObject | None | Unset = UNSET,
        reset_password: HrefObject | None | Unset = UNSET,
        reset_factors: HrefObject | None | Unset = UNSET,
        expire_password: HrefObject | None | Unset = UNSET,
        forgot_password: HrefObject | None | Unset = UNSET,
        change_recovery_question: HrefObject | None | Unset = UNSET,
        deactivate: HrefObject | None | Unset = UNSET,
        reactivate: HrefObject | None | Unset = UNSET,
        change_password: HrefObject | None | Unset = UNSET,
        schema: HrefObject | None | Unset = UNSET,
        suspend: HrefObject | None | Unset = UNSET,
        unsuspend: HrefObject | None | Unset = UNSET,
        unlock: HrefObject | None | Unset = UNSET,
        type_: HrefObject | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        if activate is not UNSET:
            _set_field(self, "activate", activate)
        if reset_password is not UNSET:
            _set_field(self, "reset_password", reset_password)
        if reset_factors is not UNSET:
            _set_field(self, "reset_factors", reset_factors)
        if expire_password is not UNSET:
            _set_field(self, "expire_password", expire_password)
        if forgot_password is not UNSET:
            _set_field(self, "forgot_password", forgot_password)
        if change_recovery_question is not UNSET:
            _set_field(self, "change_recovery_question", change_recovery_question)
        if deactivate is not UNSET:
            _set_field(self, "deactivate", deactivate)
        if reactivate is not UNSET:
            _set_field(self, "reactivate", reactivate)
        if change_password is not UNSET:
            _set_field(self, "change_password", change_password)
        if schema is not UNSET:
            _set_field(self, "schema", schema)
        if suspend is not UNSET:
            _set_field(self, "suspend", suspend)
        if unsuspend is not UNSET:
            _set_field(self, "unsuspend", unsuspend)
        if unlock is not UNSET:
            _set_field(self, "unlock", unlock)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("activate", UNSET)) is not UNSET:
            d["activate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("reset_password", UNSET)) is not UNSET:
            d["resetPassword"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("reset_factors", UNSET)) is not UNSET:
            d["resetFactors"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("expire_password", UNSET)) is not UNSET:
            d["expirePassword"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("forgot_password", UNSET)) is not UNSET:
            d["forgotPassword"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("change_recovery_question", UNSET)) is not UNSET:
            d["changeRecoveryQuestion"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("deactivate", UNSET)) is not UNSET:
            d["deactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("reactivate", UNSET)) is not UNSET:
            d["reactivate"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("change_password", UNSET)) is not UNSET:
            d["changePassword"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("schema", UNSET)) is not UNSET:
            d["schema"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("suspend", UNSET)) is not UNSET:
            d["suspend"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("unsuspend", UNSET)) is not UNSET:
            d["unsuspend"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("unlock", UNSET)) is not UNSET:
            d["unlock"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        if (v := d.pop("activate", UNSET)) is not UNSET:
            obj.activate = _parse_activate(v, False)
        if (v := d.pop("resetPassword", UNSET)) is not UNSET:
            obj.reset_password = _parse_reset_password(v, False)
        if (v := d.pop("resetFactors", UNSET)) is not UNSET:
            obj.reset_factors = _parse_reset_factors(v, False)
        if (v := d.pop("expirePassword", UNSET)) is not UNSET:
            obj.expire_password = _parse_expire_password(v, False)
        if (v := d.pop("forgotPassword", UNSET)) is not UNSET:
            obj.forgot_password = _parse_forgot_password(v, False)
        if (v := d.pop("changeRecoveryQuestion", UNSET)) is not UNSET:
            obj.change_recovery_question = _parse_change_recovery_question(v, False)
        if (v := d.pop("deactivate", UNSET)) is not UNSET:
            obj.deactivate = _parse_deactivate(v, False)
        if (v := d.pop("reactivate", UNSET)) is not UNSET:
            obj.reactivate = _parse_reactivate(v, False)
        if (v := d.pop("changePassword", UNSET)) is not UNSET:
            obj.change_password = _parse_change_password(v, False)
        if (v := d.pop("schema", UNSET)) is not UNSET:
            obj.schema = _parse_schema(v, False)
        if (v := d.pop("suspend", UNSET)) is not UNSET:
            obj.suspend = _parse_suspend(v, False)
        if (v := d.pop("unsuspend", UNSET)) is not UNSET:
            obj.unsuspend = _parse_unsuspend(v, False)
        if (v := d.pop("unlock", UNSET)) is not UNSET:
            obj.unlock = _parse_unlock(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
