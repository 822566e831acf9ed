from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object_client_link as _href_object_client_link
from . import href_object_logo_link as _href_object_logo_link
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_client_link import HrefObjectClientLink
    from .href_object_logo_link import HrefObjectLogoLink
    from .href_object_self_link import HrefObjectSelfLink


def _parse_client(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_client_link.HrefObjectClientLink.from_json(v)
            if lazy
            else _href_object_client_link.HrefObjectClientLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_client_link.HrefObjectClientLink, v)


def _parse_logo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_logo_link.HrefObjectLogoLink.from_json(v)
            if lazy
            else _href_object_logo_link.HrefObjectLogoLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_logo_link.HrefObjectLogoLink, v)


def _parse_self_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if lazy
            else _href_object_self_link.HrefObjectSelfLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class APIServiceIntegrationLinks(OktaModel):
    """Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288)) available for
    the current status of an application using the [JSON Hypertext Application
    Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification. This object
    is used for dynamic discovery of related resources and lifecycle operations.

    Attributes:
        client: HrefObjectClientLink
        logo: HrefObjectLogoLink
        self_ (`self`): HrefObjectSelfLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "client": "client",
        "logo": "logo",
        "self": "self_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client": "model",
        "logo": "model",
        "self_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client": ("client", _parse_client),
        "logo": ("logo", _parse_logo),
        "self_": ("self", _parse_self_),
    }

    client: HrefObjectClientLink | None = _attrs_field(init=False)
    logo: HrefObjectLogoLink | None = _attrs_field(init=False)
    self_: HrefObjectSelfLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        client: HrefObjectClientLink | None | Unset = UNSET,
        logo: HrefObjectLogoLink | None | Unset = UNSET,
        self_: HrefObjectSelfLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if client is not UNSET:
            _set_field(self, "client", client)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        if self_ is not UNSET:
            _set_field(self, "self_", self_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("client", UNSET)) is not UNSET:
            d["client"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_", UNSET)) is not UNSET:
            d["self"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("client", UNSET)) is not UNSET:
            obj.client = _parse_client(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = _parse_logo(v, False)
        if (v := d.pop("self", UNSET)) is not UNSET:
            obj.self_ = _parse_self_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
