from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .splunk_edition import SplunkEdition

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class LogStreamSettingsSplunkPut(OktaModel):
    """Specifies the configuration for the `splunk_cloud_logstreaming` log stream type.

    Attributes:
        edition: Edition of the Splunk Cloud instance
        host: The domain name for your Splunk Cloud instance. Don't include `http` or `https` in the
            string. For example: `acme.splunkcloud.com`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "edition": "edition",
        "host": "host",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "edition": "enum",
        "host": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "edition": lambda d: (
            _convert.parse_enum(SplunkEdition, v) if (v := d.get("edition", UNSET)).__class__ is str else v
        ),
        "host": "host",
        "additional_properties": lambda d: _convert.undeclared(d, LogStreamSettingsSplunkPut._json_names),
    }

    edition: SplunkEdition | None | Unset
    host: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.edition is not UNSET:
            d["edition"] = self.edition
        if self.host is not UNSET:
            d["host"] = self.host
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.edition = _convert.parse_enum(SplunkEdition, v) if (v := d.pop("edition", UNSET)).__class__ is str else v
        obj.host = d.pop("host", UNSET)
        obj.additional_properties = d
        return obj
