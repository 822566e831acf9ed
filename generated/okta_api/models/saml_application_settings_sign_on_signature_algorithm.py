from .._enum import OktaEnum


class SamlApplicationSettingsSignOnSignatureAlgorithm(OktaEnum):
    """Values of `SamlApplicationSettingsSignOnSignatureAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    RSA_SHA1 = "RSA_SHA1"
    RSA_SHA256 = "RSA_SHA256"
