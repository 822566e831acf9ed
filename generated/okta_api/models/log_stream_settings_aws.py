from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .aws_region import AwsRegion

if TYPE_CHECKING:
    from typing import Self


_parse_region = _convert.enum_parser(AwsRegion)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "account_id": ("accountId", None),
        "event_source_name": ("eventSourceName", None),
        "region": ("region", _parse_region),
    }

    account_id: str | None = _attrs_field(init=False)
    event_source_name: str | None = _attrs_field(init=False)
    region: AwsRegion | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        account_id: str | None | Unset,
        event_source_name: str | None | Unset,
        region: AwsRegion | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if account_id is not UNSET:
            _set_field(self, "account_id", account_id)
        if event_source_name is not UNSET:
            _set_field(self, "event_source_name", event_source_name)
        if region is not UNSET:
            _set_field(self, "region", region)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("account_id", UNSET)) is not UNSET:
            d["accountId"] = v
        if (v := values.get("event_source_name", UNSET)) is not UNSET:
            d["eventSourceName"] = v
        if (v := values.get("region", UNSET)) is not UNSET:
            d["region"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("accountId", UNSET)) is not UNSET:
            obj.account_id = v
        if (v := d.pop("eventSourceName", UNSET)) is not UNSET:
            obj.event_source_name = v
        if (v := d.pop("region", UNSET)) is not UNSET:
            obj.region = _parse_region(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
