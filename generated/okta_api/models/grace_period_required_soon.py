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
        "grace_period_required_soon_custom_link_label": ("gracePeriodRequiredSoonCustomLinkLabel", None),
        "grace_period_required_soon_custom_link_url": ("gracePeriodRequiredSoonCustomLinkUrl", None),
        "grace_period_required_soon_description": ("gracePeriodRequiredSoonDescription", None),
    }

    grace_period_required_soon_custom_link_label: str | None = _attrs_field(init=False)
    grace_period_required_soon_custom_link_url: str | None = _attrs_field(init=False)
    grace_period_required_soon_description: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        grace_period_required_soon_custom_link_label: str | None | Unset = UNSET,
        grace_period_required_soon_custom_link_url: str | None | Unset = UNSET,
        grace_period_required_soon_description: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if grace_period_required_soon_custom_link_label is not UNSET:
            _set_field(
                self, "grace_period_required_soon_custom_link_label", grace_period_required_soon_custom_link_label
            )
        if grace_period_required_soon_custom_link_url is not UNSET:
            _set_field(self, "grace_period_required_soon_custom_link_url", grace_period_required_soon_custom_link_url)
        if grace_period_required_soon_description is not UNSET:
            _set_field(self, "grace_period_required_soon_description", grace_period_required_soon_description)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("grace_period_required_soon_custom_link_label", UNSET)) is not UNSET:
            d["gracePeriodRequiredSoonCustomLinkLabel"] = v
        if (v := values.get("grace_period_required_soon_custom_link_url", UNSET)) is not UNSET:
            d["gracePeriodRequiredSoonCustomLinkUrl"] = v
        if (v := values.get("grace_period_required_soon_description", UNSET)) is not UNSET:
            d["gracePeriodRequiredSoonDescription"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("gracePeriodRequiredSoonCustomLinkLabel", UNSET)) is not UNSET:
            obj.grace_period_required_soon_custom_link_label = v
        if (v := d.pop("gracePeriodRequiredSoonCustomLinkUrl", UNSET)) is not UNSET:
            obj.grace_period_required_soon_custom_link_url = v
        if (v := d.pop("gracePeriodRequiredSoonDescription", UNSET)) is not UNSET:
            obj.grace_period_required_soon_description = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
