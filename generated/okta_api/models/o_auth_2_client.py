from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import o_auth_2_client_links as _o_auth_2_client_links

if TYPE_CHECKING:
    from typing import Self

    from .o_auth_2_client_links import OAuth2ClientLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _o_auth_2_client_links.OAuth2ClientLinks.from_json(v)
            if lazy
            else _o_auth_2_client_links.OAuth2ClientLinks.from_dict(v)
        )
    return _convert.parse_model(_o_auth_2_client_links.OAuth2ClientLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OAuth2Client(OktaModel):
    """An Okta `OAuth2Client`.

    Attributes:
        client_id (read-only, never sent): Unique key for the client application. The `client_id` is immutable.
        client_name (read-only, never sent): Human-readable string name of the client application
        client_uri (read-only, never sent): str
        logo_uri (read-only, never sent): URL string that references a logo for the client consent dialog (not the sign-in dialog)
        field_links (`_links`, read-only, never sent): OAuth2ClientLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "client_name": "client_name",
        "client_uri": "client_uri",
        "logo_uri": "logo_uri",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_id": "str",
        "client_name": "str",
        "client_uri": "str",
        "logo_uri": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_id": ("client_id", None),
        "client_name": ("client_name", None),
        "client_uri": ("client_uri", None),
        "logo_uri": ("logo_uri", None),
        "field_links": ("_links", _parse_field_links),
    }

    client_id: str | None = _attrs_field(init=False)
    client_name: str | None = _attrs_field(init=False)
    client_uri: str | None = _attrs_field(init=False)
    logo_uri: str | None = _attrs_field(init=False)
    field_links: OAuth2ClientLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client_id: str | None | Unset = UNSET,
        client_name: str | None | Unset = UNSET,
        client_uri: str | None | Unset = UNSET,
        logo_uri: str | None | Unset = UNSET,
        field_links: OAuth2ClientLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client_id is not UNSET:
            _set_field(self, "client_id", client_id)
        if client_name is not UNSET:
            _set_field(self, "client_name", client_name)
        if client_uri is not UNSET:
            _set_field(self, "client_uri", client_uri)
        if logo_uri is not UNSET:
            _set_field(self, "logo_uri", logo_uri)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client_id", UNSET)) is not UNSET and not omit_read_only:
            d["client_id"] = v
        if (v := values.get("client_name", UNSET)) is not UNSET and not omit_read_only:
            d["client_name"] = v
        if (v := values.get("client_uri", UNSET)) is not UNSET and not omit_read_only:
            d["client_uri"] = v
        if (v := values.get("logo_uri", UNSET)) is not UNSET and not omit_read_only:
            d["logo_uri"] = v
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
        if (v := d.pop("client_id", UNSET)) is not UNSET:
            obj.client_id = v
        if (v := d.pop("client_name", UNSET)) is not UNSET:
            obj.client_name = v
        if (v := d.pop("client_uri", UNSET)) is not UNSET:
            obj.client_uri = v
        if (v := d.pop("logo_uri", UNSET)) is not UNSET:
            obj.logo_uri = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
