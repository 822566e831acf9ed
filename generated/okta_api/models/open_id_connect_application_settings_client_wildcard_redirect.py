from .._enum import OktaEnum


class OpenIdConnectApplicationSettingsClientWildcardRedirect(OktaEnum):
    """Values of `OpenIdConnectApplicationSettingsClientWildcardRedirect`; an unknown value parses too (see `OktaEnum`)."""

    DISABLED = "DISABLED"
    """All redirect URIs must be absolute URIs and not include a fragment component."""
    SUBDOMAIN = "SUBDOMAIN"
    """Any configured redirect URIs may contain a single `*` character in the lowest-level domain (for
    example, `https://redirect-*-domain.example.com/oidc/redirect`) to act as a wildcard.
    The wildcard subdomain must have at least one subdomain between it and the top level domain.
    The wildcard can match any valid hostname characters, but can't span more than one domain.
    For example, if `https://redirect-*-domain.example.com/oidc/redirect` is configured as a redirect
    URI, then `https://redirect-1-domain.example.com/oidc/redirect` and
    `https://redirect-sub-domain.example.com/oidc/redirect` match, but
    `https://redirect-1.sub-domain.example.com/oidc/redirect` doesn't match.
    Only the `https` URI scheme can use wildcard redirect URIs.
    > **Note:** The use of wildcard subdomains is discouraged as an insecure practice, since it may
    allow malicious actors to have tokens or authorization codes sent to unexpected or
    attacker-controlled pages. Exercise caution if you decide to include a wildcard redirect URI in your
    configuration."""
