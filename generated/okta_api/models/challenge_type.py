from .._enum import OktaEnum


class ChallengeType(OktaEnum):
    """Values of `ChallengeType`; an unknown value parses too (see `OktaEnum`)."""

    HTTPAUTH0_COMOAUTHGRANT_TYPEMFA_OOB = "http://auth0.com/oauth/grant-type/mfa-oob"
    HTTPAUTH0_COMOAUTHGRANT_TYPEMFA_OTP = "http://auth0.com/oauth/grant-type/mfa-otp"
