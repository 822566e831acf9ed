from .._enum import OktaEnum


class SessionAuthenticationMethod(OktaEnum):
    """Values of `SessionAuthenticationMethod`; an unknown value parses too (see `OktaEnum`)."""

    FPT = "fpt"
    """Fingerprint biometric authentication. **Inline hook value:** `BIO_FINGERPRINT`. **Example:** Okta
    Verify with Touch ID"""
    GEO = "geo"
    """Use of geo-location information. **Inline hook value:** `GEOLOCATION`. **Example:** IP Trust and
    Network Zone policy conditions"""
    HWK = "hwk"
    """Proof-of-possession (PoP) of a hardware key. **Inline hook value:** `POP_HARDWARE_KEY` **Example:**
    Yubikey factor"""
    KBA = "kba"
    """Knowledge-based authentication. **Inline hook value:** `KNOWLEDGE_BASED_AUTHENTICATION`.
    **Example:** Security Question factor"""
    MCA = "mca"
    """Multiple-channel authentication. **Inline hook value:** `MULTIPLE_CHANNEL_AUTHENTICATION`.
    **Example:** Authentication requires communication over more than one channel, such as the Internet
    and a mobile network"""
    MFA = "mfa"
    """Multifactor authentication. **Inline hook value:** `MULTIFACTOR_AUTHENTICATION`. **Example:** This
    value is present whenever any MFA factor verification is performed."""
    OTP = "otp"
    PWD = "pwd"
    """Password authentication. **Inline hook value:** `PASSWORD` **Example:** Standard password-based
    sign-in flow"""
    SC = "sc"
    """Smart card authentication. **Inline hook value:** `SMART_CARD. **Example:** User authenticated using
    a smart card, such as a Personal Identity Verification (PIV) card or Common Access Card (CAC)"""
    SMS = "sms"
    """SMS text message to the user at a registered number. **Inline hook value:** `SMS_MESSAGE`.
    **Example:** SMS factor"""
    SWK = "swk"
    """Proof-of-possession (PoP) of a software key. **Inline hook value:** `POP_SOFTWARE_KEY` **Example:**
    Okta Verify with Push"""
    TEL = "tel"
    """Telephone call to the user at a registered number. **Inline hook value:** `TELEPHONE_CALL`.
    **Example:** Phone call factor"""
