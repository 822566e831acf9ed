from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
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
        "multi_use": "multiUse",
        "ttl": "ttl",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorProfileTacRequest._json_names),
    }

    multi_use: bool | None | Unset = UNSET
    ttl: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.multi_use is not UNSET:
            d["multiUse"] = self.multi_use
        if self.ttl is not UNSET:
            d["ttl"] = self.ttl
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.multi_use = d.pop("multiUse", UNSET)
        obj.ttl = d.pop("ttl", UNSET)
        obj.additional_properties = d
        return obj
