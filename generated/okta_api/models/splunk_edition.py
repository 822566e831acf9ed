from .._enum import OktaEnum


class SplunkEdition(OktaEnum):
    """Values of `SplunkEdition`; an unknown value parses too (see `OktaEnum`)."""

    AWS = "aws"
    AWS_GOVCLOUD = "aws_govcloud"
    GCP = "gcp"
