from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import grace_period_required_soon as _grace_period_required_soon
from . import post_auth_keep_me_signed_in_prompt as _post_auth_keep_me_signed_in_prompt
from .widget_generation import WidgetGeneration

if TYPE_CHECKING:
    from typing import Self

    from .grace_period_required_soon import GracePeriodRequiredSoon
    from .post_auth_keep_me_signed_in_prompt import PostAuthKeepMeSignedInPrompt


@_attrs_define(kw_only=True)
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
        "sign_in_label": "signInLabel",
        "username_label": "usernameLabel",
        "username_info_tip": "usernameInfoTip",
        "password_label": "passwordLabel",
        "password_info_tip": "passwordInfoTip",
        "show_password_visibility_toggle": "showPasswordVisibilityToggle",
        "show_user_identifier": "showUserIdentifier",
        "forgot_password_label": "forgotPasswordLabel",
        "forgot_password_url": "forgotPasswordUrl",
        "unlock_account_label": "unlockAccountLabel",
        "unlock_account_url": "unlockAccountUrl",
        "help_label": "helpLabel",
        "help_url": "helpUrl",
        "custom_link_1_label": "customLink1Label",
        "custom_link_1_url": "customLink1Url",
        "custom_link_2_label": "customLink2Label",
        "custom_link_2_url": "customLink2Url",
        "authenticator_page_custom_link_label": "authenticatorPageCustomLinkLabel",
        "authenticator_page_custom_link_url": "authenticatorPageCustomLinkUrl",
        "classic_recovery_flow_email_or_username_label": "classicRecoveryFlowEmailOrUsernameLabel",
        "widget_generation": lambda d: (
            _convert.parse_enum(WidgetGeneration, v) if (v := d.get("widgetGeneration", UNSET)).__class__ is str else v
        ),
        "post_auth_keep_me_signed_in_prompt": lambda d: (
            _post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt.from_json(v)
            if (v := d.get("postAuthKeepMeSignedInPrompt", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt, v)
        ),
        "classic_footer_help_title": "classicFooterHelpTitle",
        "grace_period_required_soon": lambda d: (
            _grace_period_required_soon.GracePeriodRequiredSoon.from_json(v)
            if (v := d.get("gracePeriodRequiredSoon", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grace_period_required_soon.GracePeriodRequiredSoon, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, SignInPageWidgetCustomizations._json_names),
    }

    sign_in_label: str | None | Unset = UNSET
    username_label: str | None | Unset = UNSET
    username_info_tip: str | None | Unset = UNSET
    password_label: str | None | Unset = UNSET
    password_info_tip: str | None | Unset = UNSET
    show_password_visibility_toggle: bool | None | Unset = UNSET
    show_user_identifier: bool | None | Unset = UNSET
    forgot_password_label: str | None | Unset = UNSET
    forgot_password_url: str | None | Unset = UNSET
    unlock_account_label: str | None | Unset = UNSET
    unlock_account_url: str | None | Unset = UNSET
    help_label: str | None | Unset = UNSET
    help_url: str | None | Unset = UNSET
    custom_link_1_label: str | None | Unset = UNSET
    custom_link_1_url: str | None | Unset = UNSET
    custom_link_2_label: str | None | Unset = UNSET
    custom_link_2_url: str | None | Unset = UNSET
    authenticator_page_custom_link_label: str | None | Unset = UNSET
    authenticator_page_custom_link_url: str | None | Unset = UNSET
    classic_recovery_flow_email_or_username_label: str | None | Unset = UNSET
    widget_generation: WidgetGeneration | None | Unset = UNSET
    post_auth_keep_me_signed_in_prompt: PostAuthKeepMeSignedInPrompt | None | Unset = UNSET
    classic_footer_help_title: str | None | Unset = UNSET
    grace_period_required_soon: GracePeriodRequiredSoon | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.sign_in_label is not UNSET:
            d["signInLabel"] = self.sign_in_label
        if self.username_label is not UNSET:
            d["usernameLabel"] = self.username_label
        if self.username_info_tip is not UNSET:
            d["usernameInfoTip"] = self.username_info_tip
        if self.password_label is not UNSET:
            d["passwordLabel"] = self.password_label
        if self.password_info_tip is not UNSET:
            d["passwordInfoTip"] = self.password_info_tip
        if self.show_password_visibility_toggle is not UNSET:
            d["showPasswordVisibilityToggle"] = self.show_password_visibility_toggle
        if self.show_user_identifier is not UNSET:
            d["showUserIdentifier"] = self.show_user_identifier
        if self.forgot_password_label is not UNSET:
            d["forgotPasswordLabel"] = self.forgot_password_label
        if self.forgot_password_url is not UNSET:
            d["forgotPasswordUrl"] = self.forgot_password_url
        if self.unlock_account_label is not UNSET:
            d["unlockAccountLabel"] = self.unlock_account_label
        if self.unlock_account_url is not UNSET:
            d["unlockAccountUrl"] = self.unlock_account_url
        if self.help_label is not UNSET:
            d["helpLabel"] = self.help_label
        if self.help_url is not UNSET:
            d["helpUrl"] = self.help_url
        if self.custom_link_1_label is not UNSET:
            d["customLink1Label"] = self.custom_link_1_label
        if self.custom_link_1_url is not UNSET:
            d["customLink1Url"] = self.custom_link_1_url
        if self.custom_link_2_label is not UNSET:
            d["customLink2Label"] = self.custom_link_2_label
        if self.custom_link_2_url is not UNSET:
            d["customLink2Url"] = self.custom_link_2_url
        if self.authenticator_page_custom_link_label is not UNSET:
            d["authenticatorPageCustomLinkLabel"] = self.authenticator_page_custom_link_label
        if self.authenticator_page_custom_link_url is not UNSET:
            d["authenticatorPageCustomLinkUrl"] = self.authenticator_page_custom_link_url
        if self.classic_recovery_flow_email_or_username_label is not UNSET:
            d["classicRecoveryFlowEmailOrUsernameLabel"] = self.classic_recovery_flow_email_or_username_label
        if self.widget_generation is not UNSET:
            d["widgetGeneration"] = self.widget_generation
        if self.post_auth_keep_me_signed_in_prompt is not UNSET:
            d["postAuthKeepMeSignedInPrompt"] = _convert.dump_model(
                self.post_auth_keep_me_signed_in_prompt, omit_read_only
            )
        if self.classic_footer_help_title is not UNSET:
            d["classicFooterHelpTitle"] = self.classic_footer_help_title
        if self.grace_period_required_soon is not UNSET:
            d["gracePeriodRequiredSoon"] = _convert.dump_model(self.grace_period_required_soon, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.sign_in_label = d.pop("signInLabel", UNSET)
        obj.username_label = d.pop("usernameLabel", UNSET)
        obj.username_info_tip = d.pop("usernameInfoTip", UNSET)
        obj.password_label = d.pop("passwordLabel", UNSET)
        obj.password_info_tip = d.pop("passwordInfoTip", UNSET)
        obj.show_password_visibility_toggle = d.pop("showPasswordVisibilityToggle", UNSET)
        obj.show_user_identifier = d.pop("showUserIdentifier", UNSET)
        obj.forgot_password_label = d.pop("forgotPasswordLabel", UNSET)
        obj.forgot_password_url = d.pop("forgotPasswordUrl", UNSET)
        obj.unlock_account_label = d.pop("unlockAccountLabel", UNSET)
        obj.unlock_account_url = d.pop("unlockAccountUrl", UNSET)
        obj.help_label = d.pop("helpLabel", UNSET)
        obj.help_url = d.pop("helpUrl", UNSET)
        obj.custom_link_1_label = d.pop("customLink1Label", UNSET)
        obj.custom_link_1_url = d.pop("customLink1Url", UNSET)
        obj.custom_link_2_label = d.pop("customLink2Label", UNSET)
        obj.custom_link_2_url = d.pop("customLink2Url", UNSET)
        obj.authenticator_page_custom_link_label = d.pop("authenticatorPageCustomLinkLabel", UNSET)
        obj.authenticator_page_custom_link_url = d.pop("authenticatorPageCustomLinkUrl", UNSET)
        obj.classic_recovery_flow_email_or_username_label = d.pop("classicRecoveryFlowEmailOrUsernameLabel", UNSET)
        obj.widget_generation = (
            _convert.parse_enum(WidgetGeneration, v) if (v := d.pop("widgetGeneration", UNSET)).__class__ is str else v
        )
        obj.post_auth_keep_me_signed_in_prompt = (
            _post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt.from_dict(v)
            if (v := d.pop("postAuthKeepMeSignedInPrompt", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_post_auth_keep_me_signed_in_prompt.PostAuthKeepMeSignedInPrompt, v)
        )
        obj.classic_footer_help_title = d.pop("classicFooterHelpTitle", UNSET)
        obj.grace_period_required_soon = (
            _grace_period_required_soon.GracePeriodRequiredSoon.from_dict(v)
            if (v := d.pop("gracePeriodRequiredSoon", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_grace_period_required_soon.GracePeriodRequiredSoon, v)
        )
        obj.additional_properties = d
        return obj
