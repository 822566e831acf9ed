from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
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
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "activate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "reset_password": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("resetPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "reset_factors": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("resetFactors", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "expire_password": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("expirePassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "forgot_password": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("forgotPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "change_recovery_question": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("changeRecoveryQuestion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "deactivate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "reactivate": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("reactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "change_password": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("changePassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "schema": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("schema", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "suspend": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("suspend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "unsuspend": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("unsuspend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "unlock": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("unlock", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "type_": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserLinks._json_names),
    }

    self_: HrefObjectSelfLink | None | Unset = UNSET
    activate: HrefObject | None | Unset = UNSET
    reset_password: HrefObject | None | Unset = UNSET
    reset_factors: HrefObject | None | Unset = UNSET
    expire_password: HrefObject | None | Unset = UNSET
    forgot_password: HrefObject | None | Unset = UNSET
    change_recovery_question: HrefObject | None | Unset = UNSET
    deactivate: HrefObject | None | Unset = UNSET
    reactivate: HrefObject | None | Unset = UNSET
    change_password: HrefObject | None | Unset = UNSET
    schema: HrefObject | None | Unset = UNSET
    suspend: HrefObject | None | Unset = UNSET
    unsuspend: HrefObject | None | Unset = UNSET
    unlock: HrefObject | None | Unset = UNSET
    type_: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.activate is not UNSET:
            d["activate"] = _convert.dump_model(self.activate, omit_read_only)
        if self.reset_password is not UNSET:
            d["resetPassword"] = _convert.dump_model(self.reset_password, omit_read_only)
        if self.reset_factors is not UNSET:
            d["resetFactors"] = _convert.dump_model(self.reset_factors, omit_read_only)
        if self.expire_password is not UNSET:
            d["expirePassword"] = _convert.dump_model(self.expire_password, omit_read_only)
        if self.forgot_password is not UNSET:
            d["forgotPassword"] = _convert.dump_model(self.forgot_password, omit_read_only)
        if self.change_recovery_question is not UNSET:
            d["changeRecoveryQuestion"] = _convert.dump_model(self.change_recovery_question, omit_read_only)
        if self.deactivate is not UNSET:
            d["deactivate"] = _convert.dump_model(self.deactivate, omit_read_only)
        if self.reactivate is not UNSET:
            d["reactivate"] = _convert.dump_model(self.reactivate, omit_read_only)
        if self.change_password is not UNSET:
            d["changePassword"] = _convert.dump_model(self.change_password, omit_read_only)
        if self.schema is not UNSET:
            d["schema"] = _convert.dump_model(self.schema, omit_read_only)
        if self.suspend is not UNSET:
            d["suspend"] = _convert.dump_model(self.suspend, omit_read_only)
        if self.unsuspend is not UNSET:
            d["unsuspend"] = _convert.dump_model(self.unsuspend, omit_read_only)
        if self.unlock is not UNSET:
            d["unlock"] = _convert.dump_model(self.unlock, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = _convert.dump_model(self.type_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.activate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("activate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.reset_password = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("resetPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.reset_factors = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("resetFactors", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.expire_password = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("expirePassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.forgot_password = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("forgotPassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.change_recovery_question = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("changeRecoveryQuestion", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.deactivate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("deactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.reactivate = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("reactivate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.change_password = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("changePassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.schema = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("schema", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.suspend = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("suspend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.unsuspend = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("unsuspend", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.unlock = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("unlock", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.type_ = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("type", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
