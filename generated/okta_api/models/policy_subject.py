from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import policy_user_name_template as _policy_user_name_template
from .policy_subject_match_type import PolicySubjectMatchType

if TYPE_CHECKING:
    from typing import Self

    from .policy_user_name_template import PolicyUserNameTemplate


_parse_match_type = _convert.enum_parser(PolicySubjectMatchType)


def _parse_user_name_template(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_user_name_template.PolicyUserNameTemplate.from_json(v)
            if lazy
            else _policy_user_name_template.PolicyUserNameTemplate.from_dict(v)
        )
    return _convert.parse_model(_policy_user_name_template.PolicyUserNameTemplate, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "filter_": ("filter", None),
        "match_attribute": ("matchAttribute", None),
        "match_type": ("matchType", _parse_match_type),
        "user_name_template": ("userNameTemplate", _parse_user_name_template),
    }

    filter_: str | None = _attrs_field(init=False)
    match_attribute: str | None = _attrs_field(init=False)
    match_type: PolicySubjectMatchType | None = _attrs_field(init=False)
    user_name_template: PolicyUserNameTemplate | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        filter_: str | None | Unset = UNSET,
        match_attribute: str | None | Unset = UNSET,
        match_type: PolicySubjectMatchType | None | Unset = UNSET,
        user_name_template: PolicyUserNameTemplate | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if filter_ is not UNSET:
            _set_field(self, "filter_", filter_)
        if match_attribute is not UNSET:
            _set_field(self, "match_attribute", match_attribute)
        if match_type is not UNSET:
            _set_field(self, "match_type", match_type)
        if user_name_template is not UNSET:
            _set_field(self, "user_name_template", user_name_template)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("filter_", UNSET)) is not UNSET:
            d["filter"] = v
        if (v := values.get("match_attribute", UNSET)) is not UNSET:
            d["matchAttribute"] = v
        if (v := values.get("match_type", UNSET)) is not UNSET:
            d["matchType"] = v
        if (v := values.get("user_name_template", UNSET)) is not UNSET:
            d["userNameTemplate"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("filter", UNSET)) is not UNSET:
            obj.filter_ = v
        if (v := d.pop("matchAttribute", UNSET)) is not UNSET:
            obj.match_attribute = v
        if (v := d.pop("matchType", UNSET)) is not UNSET:
            obj.match_type = _parse_match_type(v, False)
        if (v := d.pop("userNameTemplate", UNSET)) is not UNSET:
            obj.user_name_template = _parse_user_name_template(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
