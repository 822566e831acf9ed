from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .splunk_edition import SplunkEdition

if TYPE_CHECKING:
    from typing import Self


_parse_edition = _convert.enum_parser(SplunkEdition)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class LogStreamSettingsSplunk(OktaModel):
    """Specifies the configuration for the `splunk_cloud_logstreaming` log stream type.

    Attributes:
        edition: Edition of the Splunk Cloud instance
        host: The domain name for your Splunk Cloud instance. Don't include `http` or `https` in the
            string. For example: `acme.splunkcloud.com`
        token: The HEC token for your Splunk Cloud HTTP Event Collector. The token value is set at object
            creation, but isn't returned.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "edition": "edition",
        "host": "host",
        "token": "token",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "edition": "enum",
        "host": "str",
        "token": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "edition": ("edition", _parse_edition),
        "host": ("host", None),
        "token": ("token", None),
    }

    edition: SplunkEdition | None = _attrs_field(init=False)
    host: str | None = _attrs_field(init=False)
    token: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        edition: SplunkEdition | None | Unset,
        host: str | None | Unset,
        token: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if edition is not UNSET:
            _set_field(self, "edition", edition)
        if host is not UNSET:
            _set_field(self, "host", host)
        if token is not UNSET:
            _set_field(self, "token", token)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("edition", UNSET)) is not UNSET:
            d["edition"] = v
        if (v := values.get("host", UNSET)) is not UNSET:
            d["host"] = v
        if (v := values.get("token", UNSET)) is not UNSET:
            d["token"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("edition", UNSET)) is not UNSET:
            obj.edition = _parse_edition(v, False)
        if (v := d.pop("host", UNSET)) is not UNSET:
            obj.host = v
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
