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
class OidcSettings(OktaModel):
    """Advanced settings for the OpenID Connect protocol

    Attributes:
        participate_slo (`participateSlo`): Set to `true` to have Okta send a logout request to the upstream IdP when a user signs out
            of Okta or a downstream app.
        send_application_context (`sendApplicationContext`): Determines if the IdP should send the application context as `OktaAppInstanceId` and
            `OktaAppName` params in the request
    """

    _json_names: ClassVar[dict[str, str]] = {
        "participateSlo": "participate_slo",
        "sendApplicationContext": "send_application_context",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "participate_slo": "bool",
        "send_application_context": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "participate_slo": ("participateSlo", None),
        "send_application_context": ("sendApplicationContext", None),
    }

    participate_slo: bool | None = _attrs_field(init=False)
    send_application_context: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        participate_slo: bool | None | Unset = UNSET,
        send_application_context: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if participate_slo is not UNSET:
            _set_field(self, "participate_slo", participate_slo)
        if send_application_context is not UNSET:
            _set_field(self, "send_application_context", send_application_context)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("participate_slo", UNSET)) is not UNSET:
            d["participateSlo"] = v
        if (v := values.get("send_application_context", UNSET)) is not UNSET:
            d["sendApplicationContext"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("participateSlo", UNSET)) is not UNSET:
            obj.participate_slo = v
        if (v := d.pop("sendApplicationContext", UNSET)) is not UNSET:
            obj.send_application_context = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
