from .._enum import OktaEnum


class GetErrorPageExpandItem(OktaEnum):
    """Values of `GetErrorPageExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOMIZED = "customized"
    CUSTOMIZEDURL = "customizedUrl"
    DEFAULT = "default"
    PREVIEW = "preview"
    PREVIEWURL = "previewUrl"
