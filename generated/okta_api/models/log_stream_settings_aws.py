from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .aws_region import AwsRegion

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogStreamSettingsAws(OktaModel):
    """Specifies the configuration for the `aws_eventbridge` log stream type. This configuration can't be
    modified after creation.

    Attributes:
        account_id (`accountId`): Your AWS account ID
        event_source_name (`eventSourceName`): An alphanumeric name (no spaces) to identify this event source in AWS EventBridge
        region: The destination AWS region where your event source is located
    """

    _json_names: ClassVar[dict[str, str]] = {
        "accountId": "account_id",
        "eventSourceName": "event_source_name",
        "region": "region",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "account_id": "str",
        "event_source_name": "str",
        "region": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "account_id": "accountId",
        "event_source_name": "eventSourceName",
        "region": lambda d: _convert.parse_enum(AwsRegion, v) if (v := d.get("region", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, LogStreamSettingsAws._json_names),
    }

    account_id: str | None | Unset
    event_source_name: str | None | Unset
    region: AwsRegion | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.account_id is not UNSET:
            d["accountId"] = self.account_id
        if self.event_source_name is not UNSET:
            d["eventSourceName"] = self.event_source_name
        if self.region is not UNSET:
            d["region"] = self.region
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.account_id = d.pop("accountId", UNSET)
        obj.event_source_name = d.pop("eventSourceName", UNSET)
        obj.region = _convert.parse_enum(AwsRegion, v) if (v := d.pop("region", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
