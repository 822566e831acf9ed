from .._enum import OktaEnum


class StreamConfigurationDeliveryMethod(OktaEnum):
    """Values of `StreamConfigurationDeliveryMethod`; an unknown value parses too (see `OktaEnum`)."""

    HTTPSSCHEMAS_OPENID_NETSECEVENTRISCDELIVERY_METHODPUSH = (
        "https://schemas.openid.net/secevent/risc/delivery-method/push"
    )
    URNIETFRFC8935 = "urn:ietf:rfc:8935"
