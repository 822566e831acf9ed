from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "kid": ("kid", None),
        "private_key": ("privateKey", None),
        "team_id": ("teamId", None),
    }

    kid: str | None = _attrs_field(init=False)
    private_key: str | None = _attrs_field(init=False)
    team_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        kid: str | None | Unset = UNSET,
        private_key: str | None | Unset = UNSET,
        team_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if kid is not UNSET:
            _set_field(self, "kid", kid)
        if private_key is not UNSET:
            _set_field(self, "private_key", private_key)
        if team_id is not UNSET:
            _set_field(self, "team_id", team_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("kid", UNSET)) is not UNSET:
            d["kid"] = v
        if (v := values.get("private_key", UNSET)) is not UNSET:
            d["privateKey"] = v
        if (v := values.get("team_id", UNSET)) is not UNSET:
            d["teamId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("kid", UNSET)) is not UNSET:
            obj.kid = v
        if (v := d.pop("privateKey", UNSET)) is not UNSET:
            obj.private_key = v
        if (v := d.pop("teamId", UNSET)) is not UNSET:
            obj.team_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
