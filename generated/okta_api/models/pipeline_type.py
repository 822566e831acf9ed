from .._enum import OktaEnum


class PipelineType(OktaEnum):
    """Values of `PipelineType`; an unknown value parses too (see `OktaEnum`)."""

    IDX = "idx"
    """[Identity Engine](https://help.okta.com/okta_help.htm?type=oie&id=ext-get-started-oie)"""
    V1 = "v1"
    """[Classic Engine](https://help.okta.com/en-us/content/index-admin.htm)"""
