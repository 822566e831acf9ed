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
class IDVCredentialsClient(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Client
    credentials for `IDV_CLEAR` and `IDV_INCODE` IdP types

    Attributes:
        client_id: The client ID that you generate in your IDV vendor
        client_secret: The client secret that you generate in your IDV vendor
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "client_secret": "client_secret",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "client_secret": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": "client_id",
        "client_secret": "client_secret",
        "additional_properties": lambda d: _convert.undeclared(d, IDVCredentialsClient._json_names),
    }

    client_id: str | None | Unset
    client_secret: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_id is not UNSET:
            d["client_id"] = self.client_id
        if self.client_secret is not UNSET:
            d["client_secret"] = self.client_secret
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client_id = d.pop("client_id", UNSET)
        obj.client_secret = d.pop("client_secret", UNSET)
        obj.additional_properties = d
        return obj
