from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .log_stream_type import LogStreamType

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(LogStreamType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogStreamPutSchema(OktaModel):
    """An Okta `LogStreamPutSchema`.

    Attributes:
        name: Unique name for the log stream object
        type_ (`type`): Specifies the streaming provider used

            Supported providers:
              * `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge))
              * `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html))

            Select the provider type to see provider-specific configurations in the `settings`
            property:
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": ("name", None),
        "type_": ("type", _parse_type_),
    }
    _discriminator: ClassVar[str] = "type"
    _subclasses: ClassVar[dict[str, tuple[str, str]]] = {
        "aws_eventbridge": ("log_stream_aws_put_schema", "LogStreamAwsPutSchema"),
        "splunk_cloud_logstreaming": ("log_stream_splunk_put_schema", "LogStreamSplunkPutSchema"),
    }

    name: str | None = _attrs_field(init=False)
    type_: LogStreamType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        name: str | None | Unset,
        type_: LogStreamType | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        if cls is LogStreamPutSchema:
            subclass = _convert.subclass_for(cls, src_dict)
            if subclass is not None:
                return subclass.from_dict(src_dict)
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """A model over freshly decoded JSON, of the most specific class (see OktaModel.from_json)."""
        if cls is LogStreamPutSchema and data.__class__ is dict:
            subclass = _convert.subclass_for(cls, data)
            if subclass is not None:
                return subclass.from_json(data)
        return super().from_json(data)
