from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import domain_response as _domain_response
from . import email_domain_response as _email_domain_response
from . import theme_response as _theme_response

if TYPE_CHECKING:
    from typing import Self

    from .domain_response import DomainResponse
    from .email_domain_response import EmailDomainResponse
    from .theme_response import ThemeResponse


@_attrs_define(kw_only=True)
class BrandWithEmbeddedEmbedded(OktaModel):
    """An Okta `BrandWithEmbeddedEmbedded`.

    Attributes:
        themes: list[ThemeResponse]
        domains: list[DomainResponse]
        email_domain (`emailDomain`): EmailDomainResponse
    """

    _json_names: ClassVar[dict[str, str]] = {
        "themes": "themes",
        "domains": "domains",
        "emailDomain": "email_domain",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "themes": "list:model",
        "domains": "list:model",
        "email_domain": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "themes": lambda d: _convert.parse_model_list(_theme_response.ThemeResponse.from_json, d.get("themes", UNSET)),
        "domains": lambda d: _convert.parse_model_list(
            _domain_response.DomainResponse.from_json, d.get("domains", UNSET)
        ),
        "email_domain": lambda d: (
            _email_domain_response.EmailDomainResponse.from_json(v)
            if (v := d.get("emailDomain", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_domain_response.EmailDomainResponse, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BrandWithEmbeddedEmbedded._json_names),
    }

    themes: list[ThemeResponse] | None | Unset = UNSET
    domains: list[DomainResponse] | None | Unset = UNSET
    email_domain: EmailDomainResponse | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.themes is not UNSET:
            d["themes"] = _convert.dump_model_list(self.themes, omit_read_only)
        if self.domains is not UNSET:
            d["domains"] = _convert.dump_model_list(self.domains, omit_read_only)
        if self.email_domain is not UNSET:
            d["emailDomain"] = _convert.dump_model(self.email_domain, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.themes = _convert.parse_model_list(_theme_response.ThemeResponse.from_dict, d.pop("themes", UNSET))
        obj.domains = _convert.parse_model_list(_domain_response.DomainResponse.from_dict, d.pop("domains", UNSET))
        obj.email_domain = (
            _email_domain_response.EmailDomainResponse.from_dict(v)
            if (v := d.pop("emailDomain", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_email_domain_response.EmailDomainResponse, v)
        )
        obj.additional_properties = d
        return obj
