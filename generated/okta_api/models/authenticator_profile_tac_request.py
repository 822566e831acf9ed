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
class AuthenticatorProfileTacRequest(OktaModel):
    """Defines the authenticator specific parameters

    Attributes:
        multi_use (`multiUse`): Determines whether the enrollment can be used more than once. To enable multi-use, the
            org-level authenticator’s configuration must allow multi-use.
        ttl: Time-to-live (TTL) in minutes.

            Specifies how long the TAC enrollment is valid after it's created and activated.
            The configured value must be between 10 minutes (`10`) and 10 days (`14400`), inclusive.
            The actual allowed range depends on the org-level authenticator configuration.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "multiUse": "multi_use",
        "ttl": "ttl",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "multi_use": "bool",
        "ttl": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "multi_use": ("multiUse", None),
        "ttl": ("ttl", None),
    }

    multi_use: bool | None = _attrs_field(init=False)
    ttl: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        multi_use: bool | None | Unset = UNSET,
        ttl: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if multi_use is not UNSET:
            _set_field(self, "multi_use", multi_use)
        if ttl is not UNSET:
            _set_field(self, "ttl", ttl)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("multi_use", UNSET)) is not UNSET:
            d["multiUse"] = v
        if (v := values.get("ttl", UNSET)) is not UNSET:
            d["ttl"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("multiUse", UNSET)) is not UNSET:
            obj.multi_use = v
        if (v := d.pop("ttl", UNSET)) is not UNSET:
            obj.ttl = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
