from .._enum import OktaEnum


class PrivilegedResourceStatus(OktaEnum):
    """Values of `PrivilegedResourceStatus`; an unknown value parses too (see `OktaEnum`)."""

    ACTIVE = "ACTIVE"
    """The privileged resource is currently managed by OPA"""
    CREATED = "CREATED"
    """The privileged resource is created but not yet managed by OPA"""
    CREATION_FAILED = "CREATION_FAILED"
    """The privileged resource creation failed"""
    INACTIVE = "INACTIVE"
    """The privileged resource is `INACTIVE` and not currently managed by OPA"""
    PENDING = "PENDING"
    """The privileged resource is pending creation in Okta"""
