from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import idv_credentials_bearer as _idv_credentials_bearer
from . import idv_credentials_client as _idv_credentials_client

if TYPE_CHECKING:
    from typing import Self

    from .idv_credentials_bearer import IDVCredentialsBearer
    from .idv_credentials_client import IDVCredentialsClient


def _parse_bearer(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _idv_credentials_bearer.IDVCredentialsBearer.from_json(v)
            if lazy
            else _idv_credentials_bearer.IDVCredentialsBearer.from_dict(v)
        )
    return _convert.parse_model(_idv_credentials_bearer.IDVCredentialsBearer, v)


def _parse_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _idv_credentials_client.IDVCredentialsClient.from_json(v)
            if lazy
            else _idv_credentials_client.IDVCredentialsClient.from_dict(v)
        )
    return _convert.parse_model(_idv_credentials_client.IDVCredentialsClient, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "bearer": ("bearer", _parse_bearer),
        "client": ("client", _parse_client),
    }

    bearer: IDVCredentialsBearer | None = _attrs_field(init=False)
    client: IDVCredentialsClient | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        bearer: IDVCredentialsBearer | None | Unset = UNSET,
        client: IDVCredentialsClient | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if bearer is not UNSET:
            _set_field(self, "bearer", bearer)
        if client is not UNSET:
            _set_field(self, "client", client)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("bearer", UNSET)) is not UNSET:
            d["bearer"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("client", UNSET)) is not UNSET:
            d["client"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("bearer", UNSET)) is not UNSET:
            obj.bearer = _parse_bearer(v, False)
        if (v := d.pop("client", UNSET)) is not UNSET:
            obj.client = _parse_client(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
