from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .application_credentials_username_template_push_status import ApplicationCredentialsUsernameTemplatePushStatus
from .application_credentials_username_template_type import ApplicationCredentialsUsernameTemplateType

if TYPE_CHECKING:
    from typing import Self


_parse_push_status = _convert.enum_parser(ApplicationCredentialsUsernameTemplatePushStatus)

_parse_type_ = _convert.enum_parser(ApplicationCredentialsUsernameTemplateType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "push_status": ("pushStatus", _parse_push_status),
        "template": ("template", None),
        "type_": ("type", _parse_type_),
        "user_suffix": ("userSuffix", None),
    }

    push_status: ApplicationCredentialsUsernameTemplatePushStatus | None = _attrs_field(init=False)
    template: str | None = _attrs_field(init=False)
    type_: ApplicationCredentialsUsernameTemplateType | None = _attrs_field(init=False)
    user_suffix: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        push_status: ApplicationCredentialsUsernameTemplatePushStatus | None | Unset = UNSET,
        template: str | None | Unset = UNSET,
        type_: ApplicationCredentialsUsernameTemplateType | None | Unset = UNSET,
        user_suffix: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if push_status is not UNSET:
            _set_field(self, "push_status", push_status)
        if template is not UNSET:
            _set_field(self, "template", template)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if user_suffix is not UNSET:
            _set_field(self, "user_suffix", user_suffix)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("push_status", UNSET)) is not UNSET:
            d["pushStatus"] = v
        if (v := values.get("template", UNSET)) is not UNSET:
            d["template"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("user_suffix", UNSET)) is not UNSET:
            d["userSuffix"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("pushStatus", UNSET)) is not UNSET:
            obj.push_status = _parse_push_status(v, False)
        if (v := d.pop("template", UNSET)) is not UNSET:
            obj.template = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("userSuffix", UNSET)) is not UNSET:
            obj.user_suffix = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
