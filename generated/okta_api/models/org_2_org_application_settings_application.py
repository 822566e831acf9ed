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
class Org2OrgApplicationSettingsApplication(OktaModel):
    """Org2Org app instance properties

    Attributes:
        base_url (`baseUrl`): The base URL of the target Okta org (for `SAML_2_0` sign-on mode)
        acs_url (`acsUrl`): The Assertion Consumer Service (ACS) URL of the source org (for `SAML_2_0` sign-on mode)
        aud_restriction (`audRestriction`): The entity ID of the SP (for `SAML_2_0` sign-on mode)
        creation_state (`creationState`): Used to track and manage the state of the app's creation or the provisioning process
            between two Okta orgs
        prefer_username_over_email (`preferUsernameOverEmail`): Indicates that you don't want to use an email address as the username
        token: An API token from the target org that's used to secure the connection between the orgs
        token_encrypted (`tokenEncrypted`): Encrypted token to enhance security
    """

    _json_names: ClassVar[dict[str, str]] = {
        "baseUrl": "base_url",
        "acsUrl": "acs_url",
        "audRestriction": "aud_restriction",
        "creationState": "creation_state",
        "preferUsernameOverEmail": "prefer_username_over_email",
        "token": "token",
        "tokenEncrypted": "token_encrypted",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "base_url": "str",
        "acs_url": "str",
        "aud_restriction": "str",
        "creation_state": "str",
        "prefer_username_over_email": "bool",
        "token": "str",
        "token_encrypted": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "base_url": ("baseUrl", None),
        "acs_url": ("acsUrl", None),
        "aud_restriction": ("audRestriction", None),
        "creation_state": ("creationState", None),
        "prefer_username_over_email": ("preferUsernameOverEmail", None),
        "token": ("token", None),
        "token_encrypted": ("tokenEncrypted", None),
    }

    base_url: str | None = _attrs_field(init=False)
    acs_url: str | None = _attrs_field(init=False)
    aud_restriction: str | None = _attrs_field(init=False)
    creation_state: str | None = _attrs_field(init=False)
    prefer_username_over_email: bool | None = _attrs_field(init=False)
    token: str | None = _attrs_field(init=False)
    token_encrypted: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        base_url: str | None | Unset,
        acs_url: str | None | Unset = UNSET,
        aud_restriction: str | None | Unset = UNSET,
        creation_state: str | None | Unset = UNSET,
        prefer_username_over_email: bool | None | Unset = UNSET,
        token: str | None | Unset = UNSET,
        token_encrypted: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if base_url is not UNSET:
            _set_field(self, "base_url", base_url)
        if acs_url is not UNSET:
            _set_field(self, "acs_url", acs_url)
        if aud_restriction is not UNSET:
            _set_field(self, "aud_restriction", aud_restriction)
        if creation_state is not UNSET:
            _set_field(self, "creation_state", creation_state)
        if prefer_username_over_email is not UNSET:
            _set_field(self, "prefer_username_over_email", prefer_username_over_email)
        if token is not UNSET:
            _set_field(self, "token", token)
        if token_encrypted is not UNSET:
            _set_field(self, "token_encrypted", token_encrypted)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("base_url", UNSET)) is not UNSET:
            d["baseUrl"] = v
        if (v := values.get("acs_url", UNSET)) is not UNSET:
            d["acsUrl"] = v
        if (v := values.get("aud_restriction", UNSET)) is not UNSET:
            d["audRestriction"] = v
        if (v := values.get("creation_state", UNSET)) is not UNSET:
            d["creationState"] = v
        if (v := values.get("prefer_username_over_email", UNSET)) is not UNSET:
            d["preferUsernameOverEmail"] = v
        if (v := values.get("token", UNSET)) is not UNSET:
            d["token"] = v
        if (v := values.get("token_encrypted", UNSET)) is not UNSET:
            d["tokenEncrypted"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("baseUrl", UNSET)) is not UNSET:
            obj.base_url = v
        if (v := d.pop("acsUrl", UNSET)) is not UNSET:
            obj.acs_url = v
        if (v := d.pop("audRestriction", UNSET)) is not UNSET:
            obj.aud_restriction = v
        if (v := d.pop("creationState", UNSET)) is not UNSET:
            obj.creation_state = v
        if (v := d.pop("preferUsernameOverEmail", UNSET)) is not UNSET:
            obj.prefer_username_over_email = v
        if (v := d.pop("token", UNSET)) is not UNSET:
            obj.token = v
        if (v := d.pop("tokenEncrypted", UNSET)) is not UNSET:
            obj.token_encrypted = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
