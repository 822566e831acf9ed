from .._enum import OktaEnum


class GetSignInPageExpandItem(OktaEnum):
    """Values of `GetSignInPageExpandItem`; an unknown value parses too (see `OktaEnum`)."""

    CUSTOMIZED = "customized"
    CUSTOMIZEDURL = "customizedUrl"
    DEFAULT = "default"
    PREVIEW = "preview"
    PREVIEWURL = "previewUrl"
