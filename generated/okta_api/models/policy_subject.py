from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import policy_user_name_template as _policy_user_name_template
from .policy_subject_match_type import PolicySubjectMatchType

if TYPE_CHECKING:
    from typing import Self

    from .policy_user_name_template import PolicyUserNameTemplate


@_attrs_define(kw_only=True)
class PolicySubject(OktaModel):
    """Specifies the behavior for establishing, validating, and matching a username for an IdP user

    Attributes:
        filter_ (`filter`): Optional [regular expression
            pattern](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Regular_expressions)
            used to filter untrusted IdP usernames.
            * As a best security practice, you should define a regular expression pattern to filter
            untrusted IdP usernames. This is especially important if multiple IdPs are connected to
            your org. The filter prevents an IdP from issuing an assertion for any user, including
            partners or directory users in your Okta org.
            * For example, the filter pattern `(\\S+@example\\.com)` allows only Users that have an
            `@example.com` username suffix. It rejects assertions that have any other suffix such as
            `@corp.example.com` or `@partner.com`.
            * Only `SAML2` and `OIDC` IdP providers support the `filter` property.
        match_attribute (`matchAttribute`): Okta user profile attribute for matching a transformed IdP username. Only for matchType
            `CUSTOM_ATTRIBUTE`.
            The `matchAttribute` must be a valid Okta user profile attribute of one of the following
            types:
            * String (with no format or 'email' format only)
            * Integer
            * Number
        match_type (`matchType`): Determines the Okta user profile attribute match conditions for account linking and
            authentication of the transformed IdP username
        user_name_template (`userNameTemplate`): [Okta Expression Language (EL)
            expression](https://developer.okta.com/docs/reference/okta-expression-language/) to
            generate or transform a unique username for the IdP user.
            * IdP user profile attributes can be referenced with the `idpuser` prefix such as
            `idpuser.subjectNameId`.
            * You must define an IdP user profile attribute before it can be referenced in an Okta EL
            expression. To define an IdP user attribute policy, you may need to create a new IdP
            instance without a base profile property. Then edit the IdP user profile to update the IdP
            instance with an expression that references the IdP user profile attribute that you just
            created.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "filter": "filter_",
        "matchAttribute": "match_attribute",
        "matchType": "match_type",
        "userNameTemplate": "user_name_template",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "filter_": "str",
        "match_attribute": "str",
        "match_type": "enum",
        "user_name_template": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "filter_": "filter",
        "match_attribute": "matchAttribute",
        "match_type": lambda d: (
            _convert.parse_enum(PolicySubjectMatchType, v) if (v := d.get("matchType", UNSET)).__class__ is str else v
        ),
        "user_name_template": lambda d: (
            _policy_user_name_template.PolicyUserNameTemplate.from_json(v)
            if (v := d.get("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_user_name_template.PolicyUserNameTemplate, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PolicySubject._json_names),
    }

    filter_: str | None | Unset = UNSET
    match_attribute: str | None | Unset = UNSET
    match_type: PolicySubjectMatchType | None | Unset = UNSET
    user_name_template: PolicyUserNameTemplate | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.filter_ is not UNSET:
            d["filter"] = self.filter_
        if self.match_attribute is not UNSET:
            d["matchAttribute"] = self.match_attribute
        if self.match_type is not UNSET:
            d["matchType"] = self.match_type
        if self.user_name_template is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(self.user_name_template, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.filter_ = d.pop("filter", UNSET)
        obj.match_attribute = d.pop("matchAttribute", UNSET)
        obj.match_type = (
            _convert.parse_enum(PolicySubjectMatchType, v) if (v := d.pop("matchType", UNSET)).__class__ is str else v
        )
        obj.user_name_template = (
            _policy_user_name_template.PolicyUserNameTemplate.from_dict(v)
            if (v := d.pop("userNameTemplate", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_policy_user_name_template.PolicyUserNameTemplate, v)
        )
        obj.additional_properties = d
        return obj
