from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from .enrollment_policy_authenticator_grace_period import EnrollmentPolicyAuthenticatorGracePeriod
from .enrollment_policy_authenticator_grace_period_type import EnrollmentPolicyAuthenticatorGracePeriodType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(EnrollmentPolicyAuthenticatorGracePeriodType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class BySkipCountAuthenticatorGracePeriod(EnrollmentPolicyAuthenticatorGracePeriod):
    """An Okta `BySkipCountAuthenticatorGracePeriod`.

    Attributes:
        type_ (`type`): EnrollmentPolicyAuthenticatorGracePeriodType
        skip_count (`skipCount`): The number of times the user can skip enrolling the corresponding authenticator before it
            becomes mandatory
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "skipCount": "skip_count",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "skip_count": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": ("type", _parse_type_),
        "skip_count": ("skipCount", None),
    }

    type_: EnrollmentPolicyAuthenticatorGracePeriodType | None = _attrs_field(init=False)
    skip_count: int | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: EnrollmentPolicyAuthenticatorGracePeriodType
        | None
        | Unset = EnrollmentPolicyAuthenticatorGracePeriodType("BY_SKIP_COUNT"),
        skip_count: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if skip_count is not UNSET:
            _set_field(self, "skip_count", skip_count)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("skip_count", UNSET)) is not UNSET:
            d["skipCount"] = v
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
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("skipCount", UNSET)) is not UNSET:
            obj.skip_count = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
