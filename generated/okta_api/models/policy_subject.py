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
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00d50>

    Attributes:
        filter_ (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00710>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f008d0>
        match_attribute (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00950>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00ad0>
        match_type (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00b50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00f50>
        user_name_template (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f00c50>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a5f017d0>
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
