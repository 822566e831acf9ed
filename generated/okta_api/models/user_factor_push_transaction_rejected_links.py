from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object
from . import user_factor as _user_factor

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject
    from .user_factor import UserFactor


@_attrs_define(kw_only=True)
class UserFactorPushTransactionRejectedLinks(OktaModel):
    """An Okta `UserFactorPushTransactionRejectedLinks`.

    Attributes:
        verify: HrefObject
        factor: UserFactor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "verify": "verify",
        "factor": "factor",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "verify": "model",
        "factor": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "verify": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("verify", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "factor": lambda d: (
            _user_factor.UserFactor.from_json(v)
            if (v := d.get("factor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor.UserFactor, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorPushTransactionRejectedLinks._json_names),
    }

    verify: HrefObject | None | Unset = UNSET
    factor: UserFactor | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.verify is not UNSET:
            d["verify"] = _convert.dump_model(self.verify, omit_read_only)
        if self.factor is not UNSET:
            d["factor"] = _convert.dump_model(self.factor, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.verify = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("verify", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.factor = (
            _user_factor.UserFactor.from_dict(v)
            if (v := d.pop("factor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_user_factor.UserFactor, v)
        )
        obj.additional_properties = d
        return obj
