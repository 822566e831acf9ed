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
class WebAuthnCredRequest(OktaModel):
    """Credential request object for the initialized credential, along with the enrollment and key
    identifiers to associate with the credential

    Attributes:
        authenticator_enrollment_id (`authenticatorEnrollmentId`): ID for a WebAuthn preregistration factor in Okta
        cred_request_jwe (`credRequestJwe`): Encrypted JWE of credential request for the fulfillment provider
        key_id (`keyId`): ID for the Okta response key-pair used to encrypt and decrypt credential requests and
            responses
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticatorEnrollmentId": "authenticator_enrollment_id",
        "credRequestJwe": "cred_request_jwe",
        "keyId": "key_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authenticator_enrollment_id": "str",
        "cred_request_jwe": "str",
        "key_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authenticator_enrollment_id": ("authenticatorEnrollmentId", None),
        "cred_request_jwe": ("credRequestJwe", None),
        "key_id": ("keyId", None),
    }

    authenticator_enrollment_id: str | None = _attrs_field(init=False)
    cred_request_jwe: str | None = _attrs_field(init=False)
    key_id: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authenticator_enrollment_id: str | None | Unset = UNSET,
        cred_request_jwe: str | None | Unset = UNSET,
        key_id: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authenticator_enrollment_id is not UNSET:
            _set_field(self, "authenticator_enrollment_id", authenticator_enrollment_id)
        if cred_request_jwe is not UNSET:
            _set_field(self, "cred_request_jwe", cred_request_jwe)
        if key_id is not UNSET:
            _set_field(self, "key_id", key_id)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("authenticator_enrollment_id", UNSET)) is not UNSET:
            d["authenticatorEnrollmentId"] = v
        if (v := values.get("cred_request_jwe", UNSET)) is not UNSET:
            d["credRequestJwe"] = v
        if (v := values.get("key_id", UNSET)) is not UNSET:
            d["keyId"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authenticatorEnrollmentId", UNSET)) is not UNSET:
            obj.authenticator_enrollment_id = v
        if (v := d.pop("credRequestJwe", UNSET)) is not UNSET:
            obj.cred_request_jwe = v
        if (v := d.pop("keyId", UNSET)) is not UNSET:
            obj.key_id = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
