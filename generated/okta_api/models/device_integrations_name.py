from .._enum import OktaEnum


class DeviceIntegrationsName(OktaEnum):
    """Values of `DeviceIntegrationsName`; an unknown value parses too (see `OktaEnum`)."""

    COM_ANDROID_ZERO_TRUST = "com.android.zero.trust"
    COM_CROWDSTRIKE_ZTA = "com.crowdstrike.zta"
    COM_GOOGLE_DTC = "com.google.dtc"
    COM_OKTA_DEVICEIDP = "com.okta.deviceidp"
    COM_OKTA_DEVICE_OSQUERY = "com.okta.device.osquery"
    COM_OKTA_WINDOWSSECURITYCENTER = "com.okta.windowssecuritycenter"
    COM_OKTA_WORKSPACEONE = "com.okta.workspaceone"
