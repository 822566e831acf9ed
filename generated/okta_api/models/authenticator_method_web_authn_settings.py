from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
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


@_attrs_define(kw_only=True)
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
        "aaguid_groups": lambda d: _convert.parse_model_list(
            _aaguid_group_object.AAGUIDGroupObject.from_json, d.get("aaguidGroups", UNSET)
        ),
        "user_verification": lambda d: (
            _convert.parse_enum(UserVerificationEnumEnrollment, v)
            if (v := d.get("userVerification", UNSET)).__class__ is str
            else v
        ),
        "user_verification_for_verify": lambda d: (
            _convert.parse_enum(UserVerificationEnumForVerify, v)
            if (v := d.get("userVerificationForVerify", UNSET)).__class__ is str
            else v
        ),
        "attachment": lambda d: (
            _convert.parse_enum(WebAuthnAttachmentEnum, v) if (v := d.get("attachment", UNSET)).__class__ is str else v
        ),
        "rp_id": lambda d: (
            _web_authn_rp_id.WebAuthnRpId.from_json(v)
            if (v := d.get("rpId", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_rp_id.WebAuthnRpId, v)
        ),
        "enable_autofill_ui": "enableAutofillUI",
        "resident_key_requirement": lambda d: (
            _convert.parse_enum(WebAuthnSettingResidentKeyRequirement, v)
            if (v := d.get("residentKeyRequirement", UNSET)).__class__ is str
            else v
        ),
        "show_sign_in_with_a_passkey_button": "showSignInWithAPasskeyButton",
        "cert_based_attestation_validation": "certBasedAttestationValidation",
        "hardware_protected": "hardwareProtected",
        "fips_compliant": "fipsCompliant",
        "allow_syncable_passkeys": "allowSyncablePasskeys",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodWebAuthnSettings._json_names),
    }

    aaguid_groups: list[AAGUIDGroupObject] | None | Unset = UNSET
    user_verification: UserVerificationEnumEnrollment | None | Unset = UNSET
    user_verification_for_verify: UserVerificationEnumForVerify | None | Unset = UNSET
    attachment: WebAuthnAttachmentEnum | None | Unset = UNSET
    rp_id: WebAuthnRpId | None | Unset = UNSET
    enable_autofill_ui: bool | None | Unset = UNSET
    resident_key_requirement: WebAuthnSettingResidentKeyRequirement | None | Unset = UNSET
    show_sign_in_with_a_passkey_button: bool | None | Unset = UNSET
    cert_based_attestation_validation: bool | None | Unset = UNSET
    hardware_protected: bool | None | Unset = UNSET
    fips_compliant: bool | None | Unset = UNSET
    allow_syncable_passkeys: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.aaguid_groups is not UNSET:
            d["aaguidGroups"] = _convert.dump_model_list(self.aaguid_groups, omit_read_only)
        if self.user_verification is not UNSET:
            d["userVerification"] = self.user_verification
        if self.user_verification_for_verify is not UNSET:
            d["userVerificationForVerify"] = self.user_verification_for_verify
        if self.attachment is not UNSET:
            d["attachment"] = self.attachment
        if self.rp_id is not UNSET:
            d["rpId"] = _convert.dump_model(self.rp_id, omit_read_only)
        if self.enable_autofill_ui is not UNSET:
            d["enableAutofillUI"] = self.enable_autofill_ui
        if self.resident_key_requirement is not UNSET:
            d["residentKeyRequirement"] = self.resident_key_requirement
        if self.show_sign_in_with_a_passkey_button is not UNSET:
            d["showSignInWithAPasskeyButton"] = self.show_sign_in_with_a_passkey_button
        if self.cert_based_attestation_validation is not UNSET:
            d["certBasedAttestationValidation"] = self.cert_based_attestation_validation
        if self.hardware_protected is not UNSET:
            d["hardwareProtected"] = self.hardware_protected
        if self.fips_compliant is not UNSET:
            d["fipsCompliant"] = self.fips_compliant
        if self.allow_syncable_passkeys is not UNSET:
            d["allowSyncablePasskeys"] = self.allow_syncable_passkeys
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.aaguid_groups = _convert.parse_model_list(
            _aaguid_group_object.AAGUIDGroupObject.from_dict, d.pop("aaguidGroups", UNSET)
        )
        obj.user_verification = (
            _convert.parse_enum(UserVerificationEnumEnrollment, v)
            if (v := d.pop("userVerification", UNSET)).__class__ is str
            else v
        )
        obj.user_verification_for_verify = (
            _convert.parse_enum(UserVerificationEnumForVerify, v)
            if (v := d.pop("userVerificationForVerify", UNSET)).__class__ is str
            else v
        )
        obj.attachment = (
            _convert.parse_enum(WebAuthnAttachmentEnum, v) if (v := d.pop("attachment", UNSET)).__class__ is str else v
        )
        obj.rp_id = (
            _web_authn_rp_id.WebAuthnRpId.from_dict(v)
            if (v := d.pop("rpId", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_web_authn_rp_id.WebAuthnRpId, v)
        )
        obj.enable_autofill_ui = d.pop("enableAutofillUI", UNSET)
        obj.resident_key_requirement = (
            _convert.parse_enum(WebAuthnSettingResidentKeyRequirement, v)
            if (v := d.pop("residentKeyRequirement", UNSET)).__class__ is str
            else v
        )
        obj.show_sign_in_with_a_passkey_button = d.pop("showSignInWithAPasskeyButton", UNSET)
        obj.cert_based_attestation_validation = d.pop("certBasedAttestationValidation", UNSET)
        obj.hardware_protected = d.pop("hardwareProtected", UNSET)
        obj.fips_compliant = d.pop("fipsCompliant", UNSET)
        obj.allow_syncable_passkeys = d.pop("allowSyncablePasskeys", UNSET)
        obj.additional_properties = d
        return obj
