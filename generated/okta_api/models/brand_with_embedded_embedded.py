from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import domain_response as _domain_response
from . import email_domain_response as _email_domain_response
from . import theme_response as _theme_response

if TYPE_CHECKING:
    from typing import Self

    from .domain_response import DomainResponse
    from .email_domain_response import EmailDomainResponse
    from .theme_response import ThemeResponse


def _parse_themes(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _theme_response.ThemeResponse.from_json if lazy else _theme_response.ThemeResponse.from_dict, v
    )


def _parse_domains(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _domain_response.DomainResponse.from_json if lazy else _domain_response.DomainResponse.from_dict, v
    )


def _parse_email_domain(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _email_domain_response.EmailDomainResponse.from_json(v)
            if lazy
            else _email_domain_response.EmailDomainResponse.from_dict(v)
        )
    return _convert.parse_model(_email_domain_response.EmailDomainResponse, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "themes": ("themes", _parse_themes),
        "domains": ("domains", _parse_domains),
        "email_domain": ("emailDomain", _parse_email_domain),
    }

    themes: list[ThemeResponse] | None = _attrs_field(init=False)
    domains: list[DomainResponse] | None = _attrs_field(init=False)
    email_domain: EmailDomainResponse | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        themes: list[ThemeResponse] | None | Unset = UNSET,
        domains: list[DomainResponse] | None | Unset = UNSET,
        email_domain: EmailDomainResponse | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if themes is not UNSET:
            _set_field(self, "themes", themes)
        if domains is not UNSET:
            _set_field(self, "domains", domains)
        if email_domain is not UNSET:
            _set_field(self, "email_domain", email_domain)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("themes", UNSET)) is not UNSET:
            d["themes"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("domains", UNSET)) is not UNSET:
            d["domains"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("email_domain", UNSET)) is not UNSET:
            d["emailDomain"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("themes", UNSET)) is not UNSET:
            obj.themes = _parse_themes(v, False)
        if (v := d.pop("domains", UNSET)) is not UNSET:
            obj.domains = _parse_domains(v, False)
        if (v := d.pop("emailDomain", UNSET)) is not UNSET:
            obj.email_domain = _parse_email_domain(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
