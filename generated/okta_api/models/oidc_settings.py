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
        "participate_slo": "participateSlo",
        "send_application_context": "sendApplicationContext",
        "additional_properties": lambda d: _convert.undeclared(d, OidcSettings._json_names),
    }

    participate_slo: bool | None | Unset = UNSET
    send_application_context: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.participate_slo is not UNSET:
            d["participateSlo"] = self.participate_slo
        if self.send_application_context is not UNSET:
            d["sendApplicationContext"] = self.send_application_context
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.participate_slo = d.pop("participateSlo", UNSET)
        obj.send_application_context = d.pop("sendApplicationContext", UNSET)
        obj.additional_properties = d
        return obj
