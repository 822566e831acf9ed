from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idv_credentials_bearer as _idv_credentials_bearer
from . import idv_credentials_client as _idv_credentials_client

if TYPE_CHECKING:
    from typing import Self

    from .idv_credentials_bearer import IDVCredentialsBearer
    from .idv_credentials_client import IDVCredentialsClient


@_attrs_define(kw_only=True)
class IDVCredentials(OktaModel):
    """Credentials for verifying requests to the IDV vendor

    Attributes:
        bearer: Client credential for `IDV_PERSONA` IdP type
        client: <x-lifecycle-container><x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Client credentials for `IDV_CLEAR` and
            `IDV_INCODE` IdP types
    """

    _json_names: ClassVar[dict[str, str]] = {
        "bearer": "bearer",
        "client": "client",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "bearer": "model",
        "client": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "bearer": lambda d: (
            _idv_credentials_bearer.IDVCredentialsBearer.from_json(v)
            if (v := d.get("bearer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_credentials_bearer.IDVCredentialsBearer, v)
        ),
        "client": lambda d: (
            _idv_credentials_client.IDVCredentialsClient.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_credentials_client.IDVCredentialsClient, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IDVCredentials._json_names),
    }

    bearer: IDVCredentialsBearer | None | Unset = UNSET
    client: IDVCredentialsClient | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.bearer is not UNSET:
            d["bearer"] = _convert.dump_model(self.bearer, omit_read_only)
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.bearer = (
            _idv_credentials_bearer.IDVCredentialsBearer.from_dict(v)
            if (v := d.pop("bearer", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_credentials_bearer.IDVCredentialsBearer, v)
        )
        obj.client = (
            _idv_credentials_client.IDVCredentialsClient.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idv_credentials_client.IDVCredentialsClient, v)
        )
        obj.additional_properties = d
        return obj
