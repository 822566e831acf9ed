from .._enum import OktaEnum


class SamlApplicationSettingsSignOnDigestAlgorithm(OktaEnum):
    """Values of `SamlApplicationSettingsSignOnDigestAlgorithm`; an unknown value parses too (see `OktaEnum`)."""

    SHA1 = "SHA1"
    SHA256 = "SHA256"
