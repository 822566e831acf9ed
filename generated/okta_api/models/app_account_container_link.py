from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object_app_link as _href_object_app_link
from . import href_object_logo_link as _href_object_logo_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_app_link import HrefObjectAppLink
    from .href_object_logo_link import HrefObjectLogoLink


@_attrs_define(kw_only=True)
class AppAccountContainerLink(OktaModel):
    """An Okta `AppAccountContainerLink`.

    Attributes:
        login: HrefObjectAppLink
        logo: HrefObjectLogoLink
    """

    _json_names: ClassVar[dict[str, str]] = {
        "login": "login",
        "logo": "logo",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "login": "model",
        "logo": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "login": lambda d: (
            _href_object_app_link.HrefObjectAppLink.from_json(v)
            if (v := d.get("login", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)
        ),
        "logo": lambda d: (
            _href_object_logo_link.HrefObjectLogoLink.from_json(v)
            if (v := d.get("logo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_logo_link.HrefObjectLogoLink, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AppAccountContainerLink._json_names),
    }

    login: HrefObjectAppLink | None | Unset = UNSET
    logo: HrefObjectLogoLink | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.login is not UNSET:
            d["login"] = _convert.dump_model(self.login, omit_read_only)
        if self.logo is not UNSET:
            d["logo"] = _convert.dump_model(self.logo, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.login = (
            _href_object_app_link.HrefObjectAppLink.from_dict(v)
            if (v := d.pop("login", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)
        )
        obj.logo = (
            _href_object_logo_link.HrefObjectLogoLink.from_dict(v)
            if (v := d.pop("logo", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object_logo_link.HrefObjectLogoLink, v)
        )
        obj.additional_properties = d
        return obj
