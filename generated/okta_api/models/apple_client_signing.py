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
    """Information used to generate the secret JSON Web Token for the token requests to Apple IdP
    > **Note:** The `privateKey` property is required for a CREATE request. For an UPDATE request, it
    can be null and keeps the existing value if it's null. The `privateKey` property isn't returned for
    LIST and GET requests or UPDATE requests if it's null.

    Attributes:
        kid: The key ID that you obtained from Apple when you created the private key for the client
        private_key (`privateKey`): The PKCS \\#8 encoded private key that you created for the client and downloaded from
            Apple
        team_id (`teamId`): The Team ID associated with your Apple developer account
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
