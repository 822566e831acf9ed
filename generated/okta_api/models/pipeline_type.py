from .._enum import OktaEnum


class PipelineType(OktaEnum):
    """Values of `PipelineType`; an unknown value parses too (see `OktaEnum`)."""

    IDX = "idx"
    V1 = "v1"
