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
class UserFactorVerifyRequestType0(OktaModel):
    """call

    Verifies an OTP sent by a `call` factor challenge. If you omit `passCode` in the request, a new OTP
    is sent to the phone.

    Attributes:
        pass_code (`passCode`): OTP for the current time window
    """

    _json_names: ClassVar[dict[str, str]] = {
        "passCode": "pass_code",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "pass_code": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "pass_code": ("passCode", None),
    }

    pass_code: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        pass_code: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if pass_code is not UNSET:
            _set_field(self, "pass_code", pass_code)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("pass_code", UNSET)) is not UNSET:
            d["passCode"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("passCode", UNSET)) is not UNSET:
            obj.pass_code = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
