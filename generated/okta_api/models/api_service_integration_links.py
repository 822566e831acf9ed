from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_client_link as _href_object_client_link
from . import href_object_logo_link as _href_object_logo_link
from . import href_object_self_link as _href_object_self_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_client_link import HrefObjectClientLink
    from .href_object_logo_link import HrefObjectLogoLink
    from .href_object_self_link import HrefObjectSelfLink


@_attrs_define(kw_only=True)
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
        "client": lambda d: (
            _href_object_client_link.HrefObjectClientLink.from_json(v)
            if (v := d.get("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_client_link.HrefObjectClientLink, v)
        ),
        "logo": lambda d: (
            _href_object_logo_link.HrefObjectLogoLink.from_json(v)
            if (v := d.get("logo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_logo_link.HrefObjectLogoLink, v)
        ),
        "self_": lambda d: (
            _href_object_self_link.HrefObjectSelfLink.from_json(v)
            if (v := d.get("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, APIServiceIntegrationLinks._json_names),
    }

    client: HrefObjectClientLink | None | Unset = UNSET
    logo: HrefObjectLogoLink | None | Unset = UNSET
    self_: HrefObjectSelfLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client is not UNSET:
            d["client"] = _convert.dump_model(self.client, omit_read_only)
        if self.logo is not UNSET:
            d["logo"] = _convert.dump_model(self.logo, omit_read_only)
        if self.self_ is not UNSET:
            d["self"] = _convert.dump_model(self.self_, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client = (
            _href_object_client_link.HrefObjectClientLink.from_dict(v)
            if (v := d.pop("client", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_client_link.HrefObjectClientLink, v)
        )
        obj.logo = (
            _href_object_logo_link.HrefObjectLogoLink.from_dict(v)
            if (v := d.pop("logo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_logo_link.HrefObjectLogoLink, v)
        )
        obj.self_ = (
            _href_object_self_link.HrefObjectSelfLink.from_dict(v)
            if (v := d.pop("self", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_self_link.HrefObjectSelfLink, v)
        )
        obj.additional_properties = d
        return obj
