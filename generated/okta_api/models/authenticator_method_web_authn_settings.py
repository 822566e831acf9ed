from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import aaguid_group_object as _aaguid_group_object
from . import web_authn_rp_id as _web_authn_rp_id
from .user_verification_enum_enrollment import UserVerificationEnumEnrollment
from .user_verification_enum_for_verify import UserVerificationEnumForVerify
from .web_authn_attachment_enum import WebAuthnAttachmentEnum
from .web_authn_setting_resident_key_requirement import WebAuthnSettingResidentKeyRequirement

if TYPE_CHECKING:
    from typing import Self

    from .aaguid_group_object import AAGUIDGroupObject
    from .web_authn_rp_id import WebAuthnRpId


def _parse_aaguid_groups(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _aaguid_group_object.AAGUIDGroupObject.from_json if lazy else _aaguid_group_object.AAGUIDGroupObject.from_dict,
        v,
    )


_parse_user_verification = _convert.enum_parser(UserVerificationEnumEnrollment)

_parse_user_verification_for_verify = _convert.enum_parser(UserVerificationEnumForVerify)

_parse_attachment = _convert.enum_parser(WebAuthnAttachmentEnum)


def _parse_rp_id(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _web_authn_rp_id.WebAuthnRpId.from_json(v) if lazy else _web_authn_rp_id.WebAuthnRpId.from_dict(v)
    return _convert.parse_model(_web_authn_rp_id.WebAuthnRpId, v)


_parse_resident_key_requirement = _convert.enum_parser(WebAuthnSettingResidentKeyRequirement)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorMethodWebAuthnSettings(OktaModel):
    """The settings for the Passkey (FIDO2 WebAuthn) authenticator method

    Attributes:
        aaguid_groups (`aaguidGroups`): The FIDO2 Authenticator Attestation Global Unique Identifiers (AAGUID) groups available to
            the Passkey (FIDO2 WebAuthn) authenticator
        user_verification (`userVerification`): User verification settings for enrollment.

            This setting controls the user verification requirement during the enrollment of a new
            credential. It determines whether the authenticator requires verification when a user is
            registering their device or credential.
        user_verification_for_verify (`userVerificationForVerify`): User verification settings for verification. This setting controls the user verification
            requirement during authentication (verification). It determines whether the authenticator
            requires user verification when a user signs in with an already-registered credential.

            For verification, the value defaults to `PREFERRED`, unless the enrollment setting is
            `REQUIRED`. If the enrollment setting is `REQUIRED` for the authenticator, then the
            verification setting is also implicitly `REQUIRED`.
        attachment: Method attachment
        rp_id (`rpId`): The [RP ID](https://www.w3.org/TR/webauthn/#relying-party-identifier) object for WebAuthn
            configuration

            > **Note:** Changing the RP ID `domain` invalidates all existing passkeys for all users.
            You must notify your users that they need to re-enroll their passkeys if you replace an
            existing RP ID.
        enable_autofill_ui (`enableAutofillUI`): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container>Enables the passkeys autofill UI to
            display available WebAuthn discoverable credentials ("resident key") from the Sign-In
            Widget username field
        resident_key_requirement (`residentKeyRequirement`): Resident key requirement setting. Okta recommends using only `REQUIRED` or `DISCOURAGED`
            to make the requirement preference explicit. Using `PREFERRED` can sometimes lead to
            unpredictable behavior depending on the client platform and authenticator capabilities.
        show_sign_in_with_a_passkey_button (`showSignInWithAPasskeyButton`): Indicates if the **Sign in with a Passkey** button on the Sign-In Widget is shown.
        cert_based_attestation_validation (`certBasedAttestationValidation`): Indicates whether certificate-based attestation validation is enabled. When enabled, the
            authenticator's attestation certificate is validated against known root certificates
            (custom AAGUIDs with associated certificates or the [FIDO Metadata
            Service](https://fidoalliance.org/metadata/)) to ensure its validity.
        hardware_protected (`hardwareProtected`): Indicates whether the authenticator is required to store the private key on a hardware
            component
        fips_compliant (`fipsCompliant`): Indicates whether the authenticator is required to be [Federal Information Processing
            Standards
            (FIPS)](https://csrc.nist.gov/glossary/term/federal_information_processing_standard)
            compliant
        allow_syncable_passkeys (`allowSyncablePasskeys`): Indicates whether syncable passkeys are allowed. When enabled, users can register passkeys
            that are synchronized across their devices by using platform-specific mechanisms (such as
            iCloud Keychain for Apple devices or Google Password Manager for Android devices).
    """

    _json_names: ClassVar[dict[str, str]] = {
        "aaguidGroups": "aaguid_groups",
        "userVerification": "user_verification",
        "userVerificationForVerify": "user_verification_for_verify",
        "attachment": "attachment",
        "rpId": "rp_id",
        "enableAutofillUI": "enable_autofill_ui",
        "residentKeyRequirement": "resident_key_requirement",
        "showSignInWithAPasskeyButton": "show_sign_in_with_a_passkey_button",
        "certBasedAttestationValidation": "cert_based_attestation_validation",
        "hardwareProtected": "hardware_protected",
        "fipsCompliant": "fips_compliant",
        "allowSyncablePasskeys": "allow_syncable_passkeys",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "aaguid_groups": "list:model",
        "user_verification": "enum",
        "user_verification_for_verify": "enum",
        "attachment": "enum",
        "rp_id": "model",
        "enable_autofill_ui": "bool",
        "resident_key_requirement": "enum",
        "show_sign_in_with_a_passkey_button": "bool",
        "cert_based_attestation_validation": "bool",
        "hardware_protected": "bool",
        "fips_compliant": "bool",
        "allow_syncable_passkeys": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "aaguid_groups": ("aaguidGroups", _parse_aaguid_groups),
        "user_verification": ("userVerification", _parse_user_verification),
        "user_verification_for_verify": ("userVerificationForVerify", _parse_user_verification_for_verify),
        "attachment": ("attachment", _parse_attachment),
        "rp_id": ("rpId", _parse_rp_id),
        "enable_autofill_ui": ("enableAutofillUI", None),
        "resident_key_requirement": ("residentKeyRequirement", _parse_resident_key_requirement),
        "show_sign_in_with_a_passkey_button": ("showSignInWithAPasskeyButton", None),
        "cert_based_attestation_validation": ("certBasedAttestationValidation", None),
        "hardware_protected": ("hardwareProtected", None),
        "fips_compliant": ("fipsCompliant", None),
        "allow_syncable_passkeys": ("allowSyncablePasskeys", None),
    }

    aaguid_groups: list[AAGUIDGroupObject] | None = _attrs_field(init=False)
    user_verification: UserVerificationEnumEnrollment | None = _attrs_field(init=False)
    user_verification_for_verify: UserVerificationEnumForVerify | None = _attrs_field(init=False)
    attachment: WebAuthnAttachmentEnum | None = _attrs_field(init=False)
    rp_id: WebAuthnRpId | None = _attrs_field(init=False)
    enable_autofill_ui: bool | None = _attrs_field(init=False)
    resident_key_requirement: WebAuthnSettingResidentKeyRequirement | None = _attrs_field(init=False)
    show_sign_in_with_a_passkey_button: bool | None = _attrs_field(init=False)
    cert_based_attestation_validation: bool | None = _attrs_field(init=False)
    hardware_protected: bool | None = _attrs_field(init=False)
    fips_compliant: bool | None = _attrs_field(init=False)
    allow_syncable_passkeys: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        aaguid_groups: list[AAGUIDGroupObject] | None | Unset = UNSET,
        user_verification: UserVerificationEnumEnrollment | None | Unset = UNSET,
        user_verification_for_verify: UserVerificationEnumForVerify | None | Unset = UNSET,
        attachment: WebAuthnAttachmentEnum | None | Unset = UNSET,
        rp_id: WebAuthnRpId | None | Unset = UNSET,
        enable_autofill_ui: bool | None | Unset = UNSET,
        resident_key_requirement: WebAuthnSettingResidentKeyRequirement | None | Unset = UNSET,
        show_sign_in_with_a_passkey_button: bool | None | Unset = UNSET,
        cert_based_attestation_validation: bool | None | Unset = UNSET,
        hardware_protected: bool | None | Unset = UNSET,
        fips_compliant: bool | None | Unset = UNSET,
        allow_syncable_passkeys: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if aaguid_groups is not UNSET:
            _set_field(self, "aaguid_groups", aaguid_groups)
        if user_verification is not UNSET:
            _set_field(self, "user_verification", user_verification)
        if user_verification_for_verify is not UNSET:
            _set_field(self, "user_verification_for_verify", user_verification_for_verify)
        if attachment is not UNSET:
            _set_field(self, "attachment", attachment)
        if rp_id is not UNSET:
            _set_field(self, "rp_id", rp_id)
        if enable_autofill_ui is not UNSET:
            _set_field(self, "enable_autofill_ui", enable_autofill_ui)
        if resident_key_requirement is not UNSET:
            _set_field(self, "resident_key_requirement", resident_key_requirement)
        if show_sign_in_with_a_passkey_button is not UNSET:
            _set_field(self, "show_sign_in_with_a_passkey_button", show_sign_in_with_a_passkey_button)
        if cert_based_attestation_validation is not UNSET:
            _set_field(self, "cert_based_attestation_validation", cert_based_attestation_validation)
        if hardware_protected is not UNSET:
            _set_field(self, "hardware_protected", hardware_protected)
        if fips_compliant is not UNSET:
            _set_field(self, "fips_compliant", fips_compliant)
        if allow_syncable_passkeys is not UNSET:
            _set_field(self, "allow_syncable_passkeys", allow_syncable_passkeys)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("aaguid_groups", UNSET)) is not UNSET:
            d["aaguidGroups"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("user_verification", UNSET)) is not UNSET:
            d["userVerification"] = v
        if (v := values.get("user_verification_for_verify", UNSET)) is not UNSET:
            d["userVerificationForVerify"] = v
        if (v := values.get("attachment", UNSET)) is not UNSET:
            d["attachment"] = v
        if (v := values.get("rp_id", UNSET)) is not UNSET:
            d["rpId"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("enable_autofill_ui", UNSET)) is not UNSET:
            d["enableAutofillUI"] = v
        if (v := values.get("resident_key_requirement", UNSET)) is not UNSET:
            d["residentKeyRequirement"] = v
        if (v := values.get("show_sign_in_with_a_passkey_button", UNSET)) is not UNSET:
            d["showSignInWithAPasskeyButton"] = v
        if (v := values.get("cert_based_attestation_validation", UNSET)) is not UNSET:
            d["certBasedAttestationValidation"] = v
        if (v := values.get("hardware_protected", UNSET)) is not UNSET:
            d["hardwareProtected"] = v
        if (v := values.get("fips_compliant", UNSET)) is not UNSET:
            d["fipsCompliant"] = v
        if (v := values.get("allow_syncable_passkeys", UNSET)) is not UNSET:
            d["allowSyncablePasskeys"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("aaguidGroups", UNSET)) is not UNSET:
            obj.aaguid_groups = _parse_aaguid_groups(v, False)
        if (v := d.pop("userVerification", UNSET)) is not UNSET:
            obj.user_verification = _parse_user_verification(v, False)
        if (v := d.pop("userVerificationForVerify", UNSET)) is not UNSET:
            obj.user_verification_for_verify = _parse_user_verification_for_verify(v, False)
        if (v := d.pop("attachment", UNSET)) is not UNSET:
            obj.attachment = _parse_attachment(v, False)
        if (v := d.pop("rpId", UNSET)) is not UNSET:
            obj.rp_id = _parse_rp_id(v, False)
        if (v := d.pop("enableAutofillUI", UNSET)) is not UNSET:
            obj.enable_autofill_ui = v
        if (v := d.pop("residentKeyRequirement", UNSET)) is not UNSET:
            obj.resident_key_requirement = _parse_resident_key_requirement(v, False)
        if (v := d.pop("showSignInWithAPasskeyButton", UNSET)) is not UNSET:
            obj.show_sign_in_with_a_passkey_button = v
        if (v := d.pop("certBasedAttestationValidation", UNSET)) is not UNSET:
            obj.cert_based_attestation_validation = v
        if (v := d.pop("hardwareProtected", UNSET)) is not UNSET:
            obj.hardware_protected = v
        if (v := d.pop("fipsCompliant", UNSET)) is not UNSET:
            obj.fips_compliant = v
        if (v := d.pop("allowSyncablePasskeys", UNSET)) is not UNSET:
            obj.allow_syncable_passkeys = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
