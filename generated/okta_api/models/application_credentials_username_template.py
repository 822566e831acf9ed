from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .application_credentials_username_template_push_status import ApplicationCredentialsUsernameTemplatePushStatus
from .application_credentials_username_template_type import ApplicationCredentialsUsernameTemplateType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class ApplicationCredentialsUsernameTemplate(OktaModel):
    """The template used to generate the username when the app is assigned through a group or directly to a
    user

    Attributes:
        push_status (`pushStatus`): Determines if the username is pushed to the app on updates for CUSTOM `type`
        template: Mapping expression used to generate usernames.

            The following are supported mapping expressions that are used with the `BUILT_IN` template
            type:

            | Name                            | Template Expression                            |
            | ------------------------------- | ---------------------------------------------- |
            | AD Employee ID                  | `${source.employeeID}`                         |
            | AD SAM Account Name             | `${source.samAccountName}`                     |
            | AD SAM Account Name (lowercase) | `${fn:toLowerCase(source.samAccountName)}`     |
            | AD User Principal Name          | `${source.userName}`                           |
            | AD User Principal Name prefix   | `${fn:substringBefore(source.userName, "@")}`  |
            | Email                           | `${source.email}`                              |
            | Email (lowercase)               | `${fn:toLowerCase(source.email)}`              |
            | Email prefix                    | `${fn:substringBefore(source.email, "@")}`     |
            | LDAP UID + custom suffix        | `${source.userName}${instance.userSuffix}`     |
            | Okta username                   | `${source.login}`                              |
            | Okta username prefix            | `${fn:substringBefore(source.login, "@")}`     |
        type_ (`type`): Type of mapping expression. Empty string is allowed.
        user_suffix (`userSuffix`): An optional suffix appended to usernames for `BUILT_IN` mapping expressions
    """

    _json_names: ClassVar[dict[str, str]] = {
        "pushStatus": "push_status",
        "template": "template",
        "type": "type_",
        "userSuffix": "user_suffix",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "push_status": "enum",
        "template": "str",
        "type_": "enum",
        "user_suffix": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "push_status": lambda d: (
            _convert.parse_enum(ApplicationCredentialsUsernameTemplatePushStatus, v)
            if (v := d.get("pushStatus", UNSET)).__class__ is str
            else v
        ),
        "template": "template",
        "type_": lambda d: (
            _convert.parse_enum(ApplicationCredentialsUsernameTemplateType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "user_suffix": "userSuffix",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationCredentialsUsernameTemplate._json_names),
    }

    push_status: ApplicationCredentialsUsernameTemplatePushStatus | None | Unset = UNSET
    template: str | None | Unset = UNSET
    type_: ApplicationCredentialsUsernameTemplateType | None | Unset = UNSET
    user_suffix: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.push_status is not UNSET:
            d["pushStatus"] = self.push_status
        if self.template is not UNSET:
            d["template"] = self.template
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.user_suffix is not UNSET:
            d["userSuffix"] = self.user_suffix
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.push_status = (
            _convert.parse_enum(ApplicationCredentialsUsernameTemplatePushStatus, v)
            if (v := d.pop("pushStatus", UNSET)).__class__ is str
            else v
        )
        obj.template = d.pop("template", UNSET)
        obj.type_ = (
            _convert.parse_enum(ApplicationCredentialsUsernameTemplateType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.user_suffix = d.pop("userSuffix", UNSET)
        obj.additional_properties = d
        return obj
