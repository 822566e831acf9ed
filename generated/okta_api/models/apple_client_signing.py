from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AppleClientSigning(OktaModel):
    """<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64063d0>

    Attributes:
        kid (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6405d90>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6405f50>
        private_key (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6405fd0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6406150>
        team_id (`<openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a64061d0>`): <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f16a6406350>
    """

    _json_names: ClassVar[dict[str, str]] = {
        "kid": "kid",
        "privateKey": "private_key",
        "teamId": "team_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "kid": "str",
        "private_key": "str",
        "team_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "kid": "kid",
        "private_key": "privateKey",
        "team_id": "teamId",
        "additional_properties": lambda d: _convert.undeclared(d, AppleClientSigning._json_names),
    }

    kid: str | None | Unset = UNSET
    private_key: str | None | Unset = UNSET
    team_id: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.kid is not UNSET:
            d["kid"] = self.kid
        if self.private_key is not UNSET:
            d["privateKey"] = self.private_key
        if self.team_id is not UNSET:
            d["teamId"] = self.team_id
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.kid = d.pop("kid", UNSET)
        obj.private_key = d.pop("privateKey", UNSET)
        obj.team_id = d.pop("teamId", UNSET)
        obj.additional_properties = d
        return obj
