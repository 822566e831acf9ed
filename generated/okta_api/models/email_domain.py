from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .base_email_domain import BaseEmailDomain

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class EmailDomain(BaseEmailDomain):
    """An Okta `EmailDomain`.

    Attributes:
        display_name (`displayName`): str
        user_name (`userName`): str
        brand_id (`brandId`): str
        domain: str
        validation_subdomain (`validationSubdomain`): Subdomain for the email sender's custom mail domain. Specify your subdomain when you
            configure a custom mail domain.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "userName": "user_name",
        "brandId": "brand_id",
        "domain": "domain",
        "validationSubdomain": "validation_subdomain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "display_name": "str",
        "user_name": "str",
        "brand_id": "str",
        "domain": "str",
        "validation_subdomain": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "display_name": "displayName",
        "user_name": "userName",
        "brand_id": "brandId",
        "domain": "domain",
        "validation_subdomain": "validationSubdomain",
        "additional_properties": lambda d: _convert.undeclared(d, EmailDomain._json_names),
    }

    display_name: str | None | Unset
    user_name: str | None | Unset
    brand_id: str | None | Unset
    domain: str | None | Unset
    validation_subdomain: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.user_name is not UNSET:
            d["userName"] = self.user_name
        if self.brand_id is not UNSET:
            d["brandId"] = self.brand_id
        if self.domain is not UNSET:
            d["domain"] = self.domain
        if self.validation_subdomain is not UNSET:
            d["validationSubdomain"] = self.validation_subdomain
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.display_name = d.pop("displayName", UNSET)
        obj.user_name = d.pop("userName", UNSET)
        obj.brand_id = d.pop("brandId", UNSET)
        obj.domain = d.pop("domain", UNSET)
        obj.validation_subdomain = d.pop("validationSubdomain", UNSET)
        obj.additional_properties = d
        return obj
