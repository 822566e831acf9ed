from .._enum import OktaEnum


class WebAuthnRpIdDomainValidationStatus(OktaEnum):
    """Values of `WebAuthnRpIdDomainValidationStatus`; an unknown value parses too (see `OktaEnum`)."""

    ERROR = "ERROR"
    """There was an error during the verification process. This isn't a terminal state and can be resolved
    by correcting the DNS record and retrying the verification."""
    IN_PROGRESS = "IN_PROGRESS"
    """The verification process is ongoing. This is a transient state that occurs only when the domain name
    is actively being checked by the server."""
    NOT_STARTED = "NOT_STARTED"
    """The domain hasn't been verified yet. When configuring a registrable domain name of an existing brand
    custom domain, the `validationStatus` is initially returned as `NOT_STARTED`. This indicates that
    verification is required."""
    VERIFIED = "VERIFIED"
    """The domain has been successfully verified. When configuring the domain name to the default Okta org
    domain or the fully qualified domain name of an existing custom brand domain, the `validationStatus`
    is immediately returned as `VERIFIED`. No additional verification is required."""
