from .._enum import OktaEnum


class OAuthProvisioningEnabledApp(OktaEnum):
    """Values of `OAuthProvisioningEnabledApp`; an unknown value parses too (see `OktaEnum`)."""

    GOOGLE = "google"
    OFFICE365 = "office365"
    SLACK = "slack"
    ZOOMUS = "zoomus"
