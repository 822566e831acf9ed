from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "expires_at": ("expiresAt", _convert.parse_datetime),
        "multi_use": ("multiUse", None),
        "tac": ("tac", None),
    }

    expires_at: datetime.datetime | None = _attrs_field(init=False)
    multi_use: bool | None = _attrs_field(init=False)
    tac: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        multi_use: bool | None | Unset = UNSET,
        tac: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if expires_at is not UNSET:
            _set_field(self, "expires_at", expires_at)
        if multi_use is not UNSET:
            _set_field(self, "multi_use", multi_use)
        if tac is not UNSET:
            _set_field(self, "tac", tac)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("expires_at", UNSET)) is not UNSET:
            d["expiresAt"] = _convert.dump_datetime(v)
        if (v := values.get("multi_use", UNSET)) is not UNSET:
            d["multiUse"] = v
        if (v := values.get("tac", UNSET)) is not UNSET:
            d["tac"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("expiresAt", UNSET)) is not UNSET:
            obj.expires_at = _convert.parse_datetime(v, False)
        if (v := d.pop("multiUse", UNSET)) is not UNSET:
            obj.multi_use = v
        if (v := d.pop("tac", UNSET)) is not UNSET:
            obj.tac = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
