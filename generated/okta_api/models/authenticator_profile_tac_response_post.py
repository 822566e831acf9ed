from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticatorProfileTacResponsePost(OktaModel):
    """Defines the authenticator specific parameters

    Attributes:
        expires_at (`expiresAt`): The time when the TAC enrollment expires in the UTC timezone
        multi_use (`multiUse`): Determines whether an enrollment can be used more than once
        tac: A temporary access code used for authentication. It can be used one or more times and is
            valid for a defined period specified by the `ttl` property.
            The `tac` is returned in the response when the enrollment is created. It is not returned
            when the enrollment is retrieved.
            Issuing a new TAC invalidates any existing TAC for this user.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "expiresAt": "expires_at",
        "multiUse": "multi_use",
        "tac": "tac",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "expires_at": "datetime",
        "multi_use": "bool",
        "tac": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "expires_at": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("expiresAt", UNSET)).__class__ is str else v
        ),
        "multi_use": "multiUse",
        "tac": "tac",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorProfileTacResponsePost._json_names),
    }

    expires_at: datetime.datetime | None | Unset = UNSET
    multi_use: bool | None | Unset = UNSET
    tac: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.expires_at is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(self.expires_at)
        if self.multi_use is not UNSET:
            d["multiUse"] = self.multi_use
        if self.tac is not UNSET:
            d["tac"] = self.tac
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.expires_at = _convert.parse_datetime_text(v) if (v := d.pop("expiresAt", UNSET)).__class__ is str else v
        obj.multi_use = d.pop("multiUse", UNSET)
        obj.tac = d.pop("tac", UNSET)
        obj.additional_properties = d
        return obj
