from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import grace_period_required_soon as _grace_period_required_soon
from . import post_auth_keep_me_signed_in_prompt as _post_auth_keep_me_signed_in_prompt
from .widget_generation import WidgetGeneration

if TYPE_CHECKING:
    from typing import Self

    from .grace_period_required_soon import GracePeriodRequiredSoon
    from .post_auth_keep_me_signed_in_prompt import PostAuthKeepMeSignedInPrompt


_parse_widget_generation = _convert.enum_parser(WidgetGeneration)


def _parse_post_auth_keep_me_signed_in_prompt(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt.from_json(v)
            if lazy
            else _post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt.from_dict(v)
        )
    return _convert.parse_model(_post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt, v)


def _parse_grace_period_required_soon(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _grace_period_required_soon.GracePeriodRequiredSoon.from_json(v)
            if lazy
            else _grace_period_required_soon.GracePeriodRequiredSoon.from_dict(v)
        )
    return _convert.parse_model(_grace_period_required_soon.GracePeriodRequiredSoon, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class SignInPageWidgetCustomizations(OktaModel):
    """An Okta `SignInPageWidgetCustomizations`.

    Attributes:
        sign_in_label (`signInLabel`): The label for the sign in widget
        username_label (`usernameLabel`): The label for the username field
        username_info_tip (`usernameInfoTip`): The label for the username information tip
        password_label (`passwordLabel`): The label for the password field
        password_info_tip (`passwordInfoTip`): The label for the password information tip
        show_password_visibility_toggle (`showPasswordVisibilityToggle`): Allows users to see their passwords as they type
        show_user_identifier (`showUserIdentifier`): Allows the user's identifier to appear on authentication and enrollment pages
        forgot_password_label (`forgotPasswordLabel`): The label for the forgot password page
        forgot_password_url (`forgotPasswordUrl`): The forgot password URL
        unlock_account_label (`unlockAccountLabel`): The label for the unlock account link
        unlock_account_url (`unlockAccountUrl`): The unlock account URL
        help_label (`helpLabel`): The label for the help link
        help_url (`helpUrl`): The help link URL
        custom_link_1_label (`customLink1Label`): The label for the first custom link
        custom_link_1_url (`customLink1Url`): The URL for the first custom link
        custom_link_2_label (`customLink2Label`): The label for the second custom link
        custom_link_2_url (`customLink2Url`): The URL for the second custom link
        authenticator_page_custom_link_label (`authenticatorPageCustomLinkLabel`): The label for the authenticator page custom link
        authenticator_page_custom_link_url (`authenticatorPageCustomLinkUrl`): The URL for the authenticator page custom link
        classic_recovery_flow_email_or_username_label (`classicRecoveryFlowEmailOrUsernameLabel`): The label for the username field in the classic recovery flow
        widget_generation (`widgetGeneration`): The generation of the Sign-in Widget
        post_auth_keep_me_signed_in_prompt (`postAuthKeepMeSignedInPrompt`): PostAuthKeepMeSignedInPrompt
        classic_footer_help_title (`classicFooterHelpTitle`): The title of the footer link on the sign-in page. Only applicable for Classic Engine orgs.
        grace_period_required_soon (`gracePeriodRequiredSoon`): <x-lifecycle-container><x-lifecycle
            class="oie"></x-lifecycle></x-lifecycle-container>Customizable strings to use with [grace
            periods](https://developer.okta.com/docs/concepts/policies/#authenticator-enrollment-policies)
            that are shown on the Sign-In Widget

            You can use the `gracePeriodRequiredSoonDescription` string without using either of the
            custom link strings.
            However, if you use one of the custom link strings
            (`gracePeriodRequiredSoonCustomLinkLabel` or `gracePeriodRequiredSoonCustomLinkUrl`), then
            both are required.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "signInLabel": "sign_in_label",
        "usernameLabel": "username_label",
        "usernameInfoTip": "username_info_tip",
        "passwordLabel": "password_label",
        "passwordInfoTip": "password_info_tip",
        "showPasswordVisibilityToggle": "show_password_visibility_toggle",
        "showUserIdentifier": "show_user_identifier",
        "forgotPasswordLabel": "forgot_password_label",
        "forgotPasswordUrl": "forgot_password_url",
        "unlockAccountLabel": "unlock_account_label",
        "unlockAccountUrl": "unlock_account_url",
        "helpLabel": "help_label",
        "helpUrl": "help_url",
        "customLink1Label": "custom_link_1_label",
        "customLink1Url": "custom_link_1_url",
        "customLink2Label": "custom_link_2_label",
        "customLink2Url": "custom_link_2_url",
        "authenticatorPageCustomLinkLabel": "authenticator_page_custom_link_label",
        "authenticatorPageCustomLinkUrl": "authenticator_page_custom_link_url",
        "classicRecoveryFlowEmailOrUsernameLabel": "classic_recovery_flow_email_or_username_label",
        "widgetGeneration": "widget_generation",
        "postAuthKeepMeSignedInPrompt": "post_auth_keep_me_signed_in_prompt",
        "classicFooterHelpTitle": "classic_footer_help_title",
        "gracePeriodRequiredSoon": "grace_period_required_soon",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "sign_in_label": "str",
        "username_label": "str",
        "username_info_tip": "str",
        "password_label": "str",
        "password_info_tip": "str",
        "show_password_visibility_toggle": "bool",
        "show_user_identifier": "bool",
        "forgot_password_label": "str",
        "forgot_password_url": "str",
        "unlock_account_label": "str",
        "unlock_account_url": "str",
        "help_label": "str",
        "help_url": "str",
        "custom_link_1_label": "str",
        "custom_link_1_url": "str",
        "custom_link_2_label": "str",
        "custom_link_2_url": "str",
        "authenticator_page_custom_link_label": "str",
        "authenticator_page_custom_link_url": "str",
        "classic_recovery_flow_email_or_username_label": "str",
        "widget_generation": "enum",
        "post_auth_keep_me_signed_in_prompt": "model",
        "classic_footer_help_title": "str",
        "grace_period_required_soon": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "sign_in_label": ("signInLabel", None),
        "username_label": ("usernameLabel", None),
        "username_info_tip": ("usernameInfoTip", None),
        "password_label": ("passwordLabel", None),
        "password_info_tip": ("passwordInfoTip", None),
        "show_password_visibility_toggle": ("showPasswordVisibilityToggle", None),
        "show_user_identifier": ("showUserIdentifier", None),
        "forgot_password_label": ("forgotPasswordLabel", None),
        "forgot_password_url": ("forgotPasswordUrl", None),
        "unlock_account_label": ("unlockAccountLabel", None),
        "unlock_account_url": ("unlockAccountUrl", None),
        "help_label": ("helpLabel", None),
        "help_url": ("helpUrl", None),
        "custom_link_1_label": ("customLink1Label", None),
        "custom_link_1_url": ("customLink1Url", None),
        "custom_link_2_label": ("customLink2Label", None),
        "custom_link_2_url": ("customLink2Url", None),
        "authenticator_page_custom_link_label": ("authenticatorPageCustomLinkLabel", None),
        "authenticator_page_custom_link_url": ("authenticatorPageCustomLinkUrl", None),
        "classic_recovery_flow_email_or_username_label": ("classicRecoveryFlowEmailOrUsernameLabel", None),
        "widget_generation": ("widgetGeneration", _parse_widget_generation),
        "post_auth_keep_me_signed_in_prompt": (
            "postAuthKeepMeSignedInPrompt",
            _parse_post_auth_keep_me_signed_in_prompt,
        ),
        "classic_footer_help_title": ("classicFooterHelpTitle", None),
        "grace_period_required_soon": ("gracePeriodRequiredSoon", _parse_grace_period_required_soon),
    }

    sign_in_label: str | None = _attrs_field(init=False)
    username_label: str | None = _attrs_field(init=False)
    username_info_tip: str | None = _attrs_field(init=False)
    password_label: str | None = _attrs_field(init=False)
    password_info_tip: str | None = _attrs_field(init=False)
    show_password_visibility_toggle: bool | None = _attrs_field(init=False)
    show_user_identifier: bool | None = _attrs_field(init=False)
    forgot_password_label: str | None = _attrs_field(init=False)
    forgot_password_url: str | None = _attrs_field(init=False)
    unlock_account_label: str | None = _attrs_field(init=False)
    unlock_account_url: str | None = _attrs_field(init=False)
    help_label: str | None = _attrs_field(init=False)
    help_url: str | None = _attrs_field(init=False)
    custom_link_1_label: str | None = _attrs_field(init=False)
    custom_link_1_url: str | None = _attrs_field(init=False)
    custom_link_2_label: str | None = _attrs_field(init=False)
    custom_link_2_url: str | None = _attrs_field(init=False)
    authenticator_page_custom_link_label: str | None = _attrs_field(init=False)
    authenticator_page_custom_link_url: str | None = _attrs_field(init=False)
    classic_recovery_flow_email_or_username_label: str | None = _attrs_field(init=False)
    widget_generation: WidgetGeneration | None = _attrs_field(init=False)
    post_auth_keep_me_signed_in_prompt: PostAuthKeepMeSignedInPrompt | None = _attrs_field(init=False)
    classic_footer_help_title: str | None = _attrs_field(init=False)
    grace_period_required_soon: GracePeriodRequiredSoon | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        sign_in_label: str | None | Unset = UNSET,
        username_label: str | None | Unset = UNSET,
        username_info_tip: str | None | Unset = UNSET,
        password_label: str | None | Unset = UNSET,
        password_info_tip: str | None | Unset = UNSET,
        show_password_visibility_toggle: bool | None | Unset = UNSET,
        show_user_identifier: bool | None | Unset = UNSET,
        forgot_password_label: str | None | Unset = UNSET,
        forgot_password_url: str | None | Unset = UNSET,
        unlock_account_label: str | None | Unset = UNSET,
        unlock_account_url: str | None | Unset = UNSET,
        help_label: str | None | Unset = UNSET,
        help_url: str | None | Unset = UNSET,
        custom_link_1_label: str | None | Unset = UNSET,
        custom_link_1_url: str | None | Unset = UNSET,
        custom_link_2_label: str | None | Unset = UNSET,
        custom_link_2_url: str | None | Unset = UNSET,
        authenticator_page_custom_link_label: str | None | Unset = UNSET,
        authenticator_page_custom_link_url: str | None | Unset = UNSET,
        classic_recovery_flow_email_or_username_label: str | None | Unset = UNSET,
        widget_generation: WidgetGeneration | None | Unset = UNSET,
        post_auth_keep_me_signed_in_prompt: PostAuthKeepMeSignedInPrompt | None | Unset = UNSET,
        classic_footer_help_title: str | None | Unset = UNSET,
        grace_period_required_soon: GracePeriodRequiredSoon | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if sign_in_label is not UNSET:
            _set_field(self, "sign_in_label", sign_in_label)
        if username_label is not UNSET:
            _set_field(self, "username_label", username_label)
        if username_info_tip is not UNSET:
            _set_field(self, "username_info_tip", username_info_tip)
        if password_label is not UNSET:
            _set_field(self, "password_label", password_label)
        if password_info_tip is not UNSET:
            _set_field(self, "password_info_tip", password_info_tip)
        if show_password_visibility_toggle is not UNSET:
            _set_field(self, "show_password_visibility_toggle", show_password_visibility_toggle)
        if show_user_identifier is not UNSET:
            _set_field(self, "show_user_identifier", show_user_identifier)
        if forgot_password_label is not UNSET:
            _set_field(self, "forgot_password_label", forgot_password_label)
        if forgot_password_url is not UNSET:
            _set_field(self, "forgot_password_url", forgot_password_url)
        if unlock_account_label is not UNSET:
            _set_field(self, "unlock_account_label", unlock_account_label)
        if unlock_account_url is not UNSET:
            _set_field(self, "unlock_account_url", unlock_account_url)
        if help_label is not UNSET:
            _set_field(self, "help_label", help_label)
        if help_url is not UNSET:
            _set_field(self, "help_url", help_url)
        if custom_link_1_label is not UNSET:
            _set_field(self, "custom_link_1_label", custom_link_1_label)
        if custom_link_1_url is not UNSET:
            _set_field(self, "custom_link_1_url", custom_link_1_url)
        if custom_link_2_label is not UNSET:
            _set_field(self, "custom_link_2_label", custom_link_2_label)
        if custom_link_2_url is not UNSET:
            _set_field(self, "custom_link_2_url", custom_link_2_url)
        if authenticator_page_custom_link_label is not UNSET:
            _set_field(self, "authenticator_page_custom_link_label", authenticator_page_custom_link_label)
        if authenticator_page_custom_link_url is not UNSET:
            _set_field(self, "authenticator_page_custom_link_url", authenticator_page_custom_link_url)
        if classic_recovery_flow_email_or_username_label is not UNSET:
            _set_field(
                self, "classic_recovery_flow_email_or_username_label", classic_recovery_flow_email_or_username_label
            )
        if widget_generation is not UNSET:
            _set_field(self, "widget_generation", widget_generation)
        if post_auth_keep_me_signed_in_prompt is not UNSET:
            _set_field(self, "post_auth_keep_me_signed_in_prompt", post_auth_keep_me_signed_in_prompt)
        if classic_footer_help_title is not UNSET:
            _set_field(self, "classic_footer_help_title", classic_footer_help_title)
        if grace_period_required_soon is not UNSET:
            _set_field(self, "grace_period_required_soon", grace_period_required_soon)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("sign_in_label", UNSET)) is not UNSET:
            d["signInLabel"] = v
        if (v := values.get("username_label", UNSET)) is not UNSET:
            d["usernameLabel"] = v
        if (v := values.get("username_info_tip", UNSET)) is not UNSET:
            d["usernameInfoTip"] = v
        if (v := values.get("password_label", UNSET)) is not UNSET:
            d["passwordLabel"] = v
        if (v := values.get("password_info_tip", UNSET)) is not UNSET:
            d["passwordInfoTip"] = v
        if (v := values.get("show_password_visibility_toggle", UNSET)) is not UNSET:
            d["showPasswordVisibilityToggle"] = v
        if (v := values.get("show_user_identifier", UNSET)) is not UNSET:
            d["showUserIdentifier"] = v
        if (v := values.get("forgot_password_label", UNSET)) is not UNSET:
            d["forgotPasswordLabel"] = v
        if (v := values.get("forgot_password_url", UNSET)) is not UNSET:
            d["forgotPasswordUrl"] = v
        if (v := values.get("unlock_account_label", UNSET)) is not UNSET:
            d["unlockAccountLabel"] = v
        if (v := values.get("unlock_account_url", UNSET)) is not UNSET:
            d["unlockAccountUrl"] = v
        if (v := values.get("help_label", UNSET)) is not UNSET:
            d["helpLabel"] = v
        if (v := values.get("help_url", UNSET)) is not UNSET:
            d["helpUrl"] = v
        if (v := values.get("custom_link_1_label", UNSET)) is not UNSET:
            d["customLink1Label"] = v
        if (v := values.get("custom_link_1_url", UNSET)) is not UNSET:
            d["customLink1Url"] = v
        if (v := values.get("custom_link_2_label", UNSET)) is not UNSET:
            d["customLink2Label"] = v
        if (v := values.get("custom_link_2_url", UNSET)) is not UNSET:
            d["customLink2Url"] = v
        if (v := values.get("authenticator_page_custom_link_label", UNSET)) is not UNSET:
            d["authenticatorPageCustomLinkLabel"] = v
        if (v := values.get("authenticator_page_custom_link_url", UNSET)) is not UNSET:
            d["authenticatorPageCustomLinkUrl"] = v
        if (v := values.get("classic_recovery_flow_email_or_username_label", UNSET)) is not UNSET:
            d["classicRecoveryFlowEmailOrUsernameLabel"] = v
        if (v := values.get("widget_generation", UNSET)) is not UNSET:
            d["widgetGeneration"] = v
        if (v := values.get("post_auth_keep_me_signed_in_prompt", UNSET)) is not UNSET:
            d["postAuthKeepMeSignedInPrompt"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("classic_footer_help_title", UNSET)) is not UNSET:
            d["classicFooterHelpTitle"] = v
        if (v := values.get("grace_period_required_soon", UNSET)) is not UNSET:
            d["gracePeriodRequiredSoon"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("signInLabel", UNSET)) is not UNSET:
            obj.sign_in_label = v
        if (v := d.pop("usernameLabel", UNSET)) is not UNSET:
            obj.username_label = v
        if (v := d.pop("usernameInfoTip", UNSET)) is not UNSET:
            obj.username_info_tip = v
        if (v := d.pop("passwordLabel", UNSET)) is not UNSET:
            obj.password_label = v
        if (v := d.pop("passwordInfoTip", UNSET)) is not UNSET:
            obj.password_info_tip = v
        if (v := d.pop("showPasswordVisibilityToggle", UNSET)) is not UNSET:
            obj.show_password_visibility_toggle = v
        if (v := d.pop("showUserIdentifier", UNSET)) is not UNSET:
            obj.show_user_identifier = v
        if (v := d.pop("forgotPasswordLabel", UNSET)) is not UNSET:
            obj.forgot_password_label = v
        if (v := d.pop("forgotPasswordUrl", UNSET)) is not UNSET:
            obj.forgot_password_url = v
        if (v := d.pop("unlockAccountLabel", UNSET)) is not UNSET:
            obj.unlock_account_label = v
        if (v := d.pop("unlockAccountUrl", UNSET)) is not UNSET:
            obj.unlock_account_url = v
        if (v := d.pop("helpLabel", UNSET)) is not UNSET:
            obj.help_label = v
        if (v := d.pop("helpUrl", UNSET)) is not UNSET:
            obj.help_url = v
        if (v := d.pop("customLink1Label", UNSET)) is not UNSET:
            obj.custom_link_1_label = v
        if (v := d.pop("customLink1Url", UNSET)) is not UNSET:
            obj.custom_link_1_url = v
        if (v := d.pop("customLink2Label", UNSET)) is not UNSET:
            obj.custom_link_2_label = v
        if (v := d.pop("customLink2Url", UNSET)) is not UNSET:
            obj.custom_link_2_url = v
        if (v := d.pop("authenticatorPageCustomLinkLabel", UNSET)) is not UNSET:
            obj.authenticator_page_custom_link_label = v
        if (v := d.pop("authenticatorPageCustomLinkUrl", UNSET)) is not UNSET:
            obj.authenticator_page_custom_link_url = v
        if (v := d.pop("classicRecoveryFlowEmailOrUsernameLabel", UNSET)) is not UNSET:
            obj.classic_recovery_flow_email_or_username_label = v
        if (v := d.pop("widgetGeneration", UNSET)) is not UNSET:
            obj.widget_generation = _parse_widget_generation(v, False)
        if (v := d.pop("postAuthKeepMeSignedInPrompt", UNSET)) is not UNSET:
            obj.post_auth_keep_me_signed_in_prompt = _parse_post_auth_keep_me_signed_in_prompt(v, False)
        if (v := d.pop("classicFooterHelpTitle", UNSET)) is not UNSET:
            obj.classic_footer_help_title = v
        if (v := d.pop("gracePeriodRequiredSoon", UNSET)) is not UNSET:
            obj.grace_period_required_soon = _parse_grace_period_required_soon(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
