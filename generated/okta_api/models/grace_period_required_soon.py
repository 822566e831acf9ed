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
class GracePeriodRequiredSoon(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a2d10>

    Attributes:
        grace_period_required_soon_custom_link_label (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a26d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a2890>
        grace_period_required_soon_custom_link_url (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a2910>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a2a90>
        grace_period_required_soon_description (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a2b10>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a60a2c90>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "gracePeriodRequiredSoonCustomLinkLabel": "grace_period_required_soon_custom_link_label",
        "gracePeriodRequiredSoonCustomLinkUrl": "grace_period_required_soon_custom_link_url",
        "gracePeriodRequiredSoonDescription": "grace_period_required_soon_description",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "grace_period_required_soon_custom_link_label": "str",
        "grace_period_required_soon_custom_link_url": "str",
        "grace_period_required_soon_description": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "grace_period_required_soon_custom_link_label": "gracePeriodRequiredSoonCustomLinkLabel",
        "grace_period_required_soon_custom_link_url": "gracePeriodRequiredSoonCustomLinkUrl",
        "grace_period_required_soon_description": "gracePeriodRequiredSoonDescription",
        "additional_properties": lambda d: _convert.undeclared(d, GracePeriodRequiredSoon._json_names),
    }

    grace_period_required_soon_custom_link_label: str | None | Unset = UNSET
    grace_period_required_soon_custom_link_url: str | None | Unset = UNSET
    grace_period_required_soon_description: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.grace_period_required_soon_custom_link_label is not UNSET:
            d["gracePeriodRequiredSoonCustomLinkLabel"] = self.grace_period_required_soon_custom_link_label
        if self.grace_period_required_soon_custom_link_url is not UNSET:
            d["gracePeriodRequiredSoonCustomLinkUrl"] = self.grace_period_required_soon_custom_link_url
        if self.grace_period_required_soon_description is not UNSET:
            d["gracePeriodRequiredSoonDescription"] = self.grace_period_required_soon_description
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.grace_period_required_soon_custom_link_label = d.pop("gracePeriodRequiredSoonCustomLinkLabel", UNSET)
        obj.grace_period_required_soon_custom_link_url = d.pop("gracePeriodRequiredSoonCustomLinkUrl", UNSET)
        obj.grace_period_required_soon_description = d.pop("gracePeriodRequiredSoonDescription", UNSET)
        obj.additional_properties = d
        return obj
