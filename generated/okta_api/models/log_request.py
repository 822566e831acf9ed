from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import log_ip_address as _log_ip_address

if TYPE_CHECKING:
    from typing import Self

    from .log_ip_address import LogIpAddress


def _parse_ip_chain(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _log_ip_address.LogIpAddress.from_json if lazy else _log_ip_address.LogIpAddress.from_dict, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogRequest(OktaModel):
    """The `Request` object describes details that are related to the HTTP request that triggers this
    event, if available. When the event isn't sourced to an HTTP request, such as an automatic update on
    the Okta servers, the `Request` object still exists, but the `ipChain` field is empty.

    Attributes:
        ip_chain (`ipChain`, read-only, never sent): If the incoming request passes through any proxies, the IP addresses of those proxies are
            stored here in the format of clientIp, proxy1, proxy2, and so on. This field is useful
            when working with trusted proxies.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "ipChain": "ip_chain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "ip_chain": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "ip_chain": ("ipChain", _parse_ip_chain),
    }

    ip_chain: list[LogIpAddress] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        ip_chain: list[LogIpAddress] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if ip_chain is not UNSET:
            _set_field(self, "ip_chain", ip_chain)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("ip_chain", UNSET)) is not UNSET and not omit_read_only:
            d["ipChain"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("ipChain", UNSET)) is not UNSET:
            obj.ip_chain = _parse_ip_chain(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
