from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import org_okta_communication_setting_links as _org_okta_communication_setting_links

if TYPE_CHECKING:
    from typing import Self

    from .org_okta_communication_setting_links import OrgOktaCommunicationSettingLinks


@_attrs_define(kw_only=True)
class OrgOktaCommunicationSetting(OktaModel):
    """An Okta `OrgOktaCommunicationSetting`.

    Attributes:
        opt_out_email_users (`optOutEmailUsers`, read-only, never sent): Indicates whether org users receive Okta communication emails
        field_links (`_links`, read-only, never sent): Specifies link relations (see [Web Linking](https://www.rfc-editor.org/rfc/rfc8288))
            available for this object using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification
    """

    _json_names: ClassVar[dict[str, str]] = {
        "optOutEmailUsers": "opt_out_email_users",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "opt_out_email_users": "bool",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "opt_out_email_users": "optOutEmailUsers",
        "field_links": lambda d: (
            _org_okta_communication_setting_links.OrgOktaCommunicationSettingLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_okta_communication_setting_links.OrgOktaCommunicationSettingLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, OrgOktaCommunicationSetting._json_names),
    }

    opt_out_email_users: bool | None | Unset = UNSET
    field_links: OrgOktaCommunicationSettingLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.opt_out_email_users is not UNSET and not omit_read_only:
            d["optOutEmailUsers"] = self.opt_out_email_users
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.opt_out_email_users = d.pop("optOutEmailUsers", UNSET)
        obj.field_links = (
            _org_okta_communication_setting_links.OrgOktaCommunicationSettingLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_org_okta_communication_setting_links.OrgOktaCommunicationSettingLinks, v)
        )
        obj.additional_properties = d
        return obj
