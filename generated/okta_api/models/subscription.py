from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import subscription_links as _subscription_links
from .notification_type import NotificationType
from .subscription_status import SubscriptionStatus

if TYPE_CHECKING:
    from typing import Self

    from .subscription_links import SubscriptionLinks


@_attrs_define(kw_only=True)
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
        "channels": "channels",
        "notification_type": lambda d: (
            _convert.parse_enum(NotificationType, v) if (v := d.get("notificationType", UNSET)).__class__ is str else v
        ),
        "status": lambda d: (
            _convert.parse_enum(SubscriptionStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "field_links": lambda d: (
            _subscription_links.SubscriptionLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_subscription_links.SubscriptionLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Subscription._json_names),
    }

    channels: list[str] | None | Unset = UNSET
    notification_type: NotificationType | None | Unset = UNSET
    status: SubscriptionStatus | None | Unset = UNSET
    field_links: SubscriptionLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.channels is not UNSET:
            d["channels"] = self.channels
        if self.notification_type is not UNSET:
            d["notificationType"] = self.notification_type
        if self.status is not UNSET:
            d["status"] = self.status
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.channels = d.pop("channels", UNSET)
        obj.notification_type = (
            _convert.parse_enum(NotificationType, v) if (v := d.pop("notificationType", UNSET)).__class__ is str else v
        )
        obj.status = _convert.parse_enum(SubscriptionStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        obj.field_links = (
            _subscription_links.SubscriptionLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_subscription_links.SubscriptionLinks, v)
        )
        obj.additional_properties = d
        return obj
