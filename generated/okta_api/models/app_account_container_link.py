from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import href_object_app_link as _href_object_app_link
from . import href_object_logo_link as _href_object_logo_link

if TYPE_CHECKING:
    from typing import Self

    from .href_object_app_link import HrefObjectAppLink
    from .href_object_logo_link import HrefObjectLogoLink


def _parse_login(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_app_link.HrefObjectAppLink.from_json(v)
            if lazy
            else _href_object_app_link.HrefObjectAppLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_app_link.HrefObjectAppLink, v)


def _parse_logo(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _href_object_logo_link.HrefObjectLogoLink.from_json(v)
            if lazy
            else _href_object_logo_link.HrefObjectLogoLink.from_dict(v)
        )
    return _convert.parse_model(_href_object_logo_link.HrefObjectLogoLink, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "login": ("login", _parse_login),
        "logo": ("logo", _parse_logo),
    }

    login: HrefObjectAppLink | None = _attrs_field(init=False)
    logo: HrefObjectLogoLink | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        login: HrefObjectAppLink | None | Unset = UNSET,
        logo: HrefObjectLogoLink | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if login is not UNSET:
            _set_field(self, "login", login)
        if logo is not UNSET:
            _set_field(self, "logo", logo)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("login", UNSET)) is not UNSET:
            d["login"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("logo", UNSET)) is not UNSET:
            d["logo"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("login", UNSET)) is not UNSET:
            obj.login = _parse_login(v, False)
        if (v := d.pop("logo", UNSET)) is not UNSET:
            obj.logo = _parse_logo(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
