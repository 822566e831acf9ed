from .._enum import OktaEnum


class ConnectionsSigningRotationMode(OktaEnum):
    """Values of `ConnectionsSigningRotationMode`; an unknown value parses too (see `OktaEnum`)."""

    AUTO = "AUTO"
    """Okta manages key rotation for the provisioning connection. Use the [Retrieve a JWKS for the default
    provisioning
    connection](https://developer.okta.com/docs/api/openapi/okta-management/management/applicationconnections/getuserprovisioningconnectionjwks)
    endpoint for the latest key credentials."""
    MANUAL = "MANUAL"
    """You need to rotate the keys for your provisioning connection manually based on your own schedule.
    See [Key rotation](https://developer.okta.com/docs/concepts/key-rotation/)."""
