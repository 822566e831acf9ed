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
    """<x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Customizable
    strings to use with [grace
    periods](https://developer.okta.com/docs/concepts/policies/#authenticator-enrollment-policies) that
    are shown on the Sign-In Widget

    You can use the `gracePeriodRequiredSoonDescription` string without using either of the custom link
    strings.
    However, if you use one of the custom link strings (`gracePeriodRequiredSoonCustomLinkLabel` or
    `gracePeriodRequiredSoonCustomLinkUrl`), then both are required.

    Attributes:
        grace_period_required_soon_custom_link_label (`gracePeriodRequiredSoonCustomLinkLabel`): The label of the custom link that's shown on the Sign-In Widget when users are prompted to
            enroll required authenticators before their grace period ends.
        grace_period_required_soon_custom_link_url (`gracePeriodRequiredSoonCustomLinkUrl`): The URL for the custom link that's shown on the Sign-In Widget when users are prompted to
            enroll required authenticators before their grace period ends.
        grace_period_required_soon_description (`gracePeriodRequiredSoonDescription`): The description that's shown on the Sign-In Widget for users who are within an
            authenticator grace period. This description prompts users to enroll required
            authenticators before their grace period ends.
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
