from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import subscription_links as _subscription_links
from .notification_type import NotificationType
from .subscription_status import SubscriptionStatus

if TYPE_CHECKING:
    from typing import Self

    from .subscription_links import SubscriptionLinks


_parse_notification_type = _convert.enum_parser(NotificationType)

_parse_status = _convert.enum_parser(SubscriptionStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _subscription_links.SubscriptionLinks.from_json(v)
            if lazy
            else _subscription_links.SubscriptionLinks.from_dict(v)
        )
    return _convert.parse_model(_subscription_links.SubscriptionLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class Subscription(OktaModel):
    """An Okta `Subscription`.

    Attributes:
        channels: An array of sources send notifications to users.
            > **Note**: Currently, Okta only allows `email` channels.
        notification_type (`notificationType`): The type of notification
        status: The status of the subscription
        field_links (`_links`, read-only, never sent): Discoverable resources related to the subscription
    """

    _json_names: ClassVar[dict[str, str]] = {
        "channels": "channels",
        "notificationType": "notification_type",
        "status": "status",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "channels": "list:str",
        "notification_type": "enum",
        "status": "enum",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "channels": ("channels", None),
        "notification_type": ("notificationType", _parse_notification_type),
        "status": ("status", _parse_status),
        "field_links": ("_links", _parse_field_links),
    }

    channels: list[str] | None = _attrs_field(init=False)
    notification_type: NotificationType | None = _attrs_field(init=False)
    status: SubscriptionStatus | None = _attrs_field(init=False)
    field_links: SubscriptionLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        channels: list[str] | None | Unset = UNSET,
        notification_type: NotificationType | None | Unset = UNSET,
        status: SubscriptionStatus | None | Unset = UNSET,
        field_links: SubscriptionLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if channels is not UNSET:
            _set_field(self, "channels", channels)
        if notification_type is not UNSET:
            _set_field(self, "notification_type", notification_type)
        if status is not UNSET:
            _set_field(self, "status", status)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("channels", UNSET)) is not UNSET:
            d["channels"] = v
        if (v := values.get("notification_type", UNSET)) is not UNSET:
            d["notificationType"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("channels", UNSET)) is not UNSET:
            obj.channels = v
        if (v := d.pop("notificationType", UNSET)) is not UNSET:
            obj.notification_type = _parse_notification_type(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
