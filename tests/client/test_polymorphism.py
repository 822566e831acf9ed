"""x-okta-parent, discriminators and x-okta-defined-as: Okta JSON parses into the most specific class."""

from __future__ import annotations

import pytest
from okta_api.models.application import Application
from okta_api.models.bookmark_application import BookmarkApplication
from okta_api.models.browser_plugin_application import BrowserPluginApplication
from okta_api.models.policy import Policy
from okta_api.models.policy_rule import PolicyRule
from okta_api.models.saml_application import SamlApplication

from ..conftest import load_fixture


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("app_bookmark.json", "BookmarkApplication"),
        ("app_oidc.json", "OpenIdConnectApplication"),
        ("app_saml.json", "SamlApplication"),
        ("app_org2org.json", "Org2OrgApplication"),
        ("app_swa.json", "SwaApplication"),
        ("app_swa3field.json", "SwaThreeFieldApplication"),
    ],
)
def test_applications_parse_into_the_most_specific_class(fixture: str, expected: str) -> None:
    data = load_fixture(fixture)
    app = Application.from_dict(data)
    assert type(app).__name__ == expected
    assert isinstance(app, Application)
    assert app.to_dict() == data


def test_nested_discriminators_go_all_the_way_down() -> None:
    swa3 = BrowserPluginApplication.from_dict(load_fixture("app_swa3field.json"))
    assert type(swa3).__name__ == "SwaThreeFieldApplication"
    assert isinstance(swa3, BrowserPluginApplication)
    org2org = Application.from_dict(load_fixture("app_org2org.json"))
    assert isinstance(org2org, SamlApplication) and type(org2org).__name__ == "Org2OrgApplication"


def test_subclass_settings_are_typed_by_the_subclass() -> None:
    swa3 = Application.from_dict(load_fixture("app_swa3field.json"))
    assert type(swa3.settings).__name__ == "SwaThreeFieldApplicationSettings"
    assert (
        swa3.settings.app.extra_field_selector
        == load_fixture("app_swa3field.json")["settings"]["app"]["extraFieldSelector"]
    )


def test_unknown_sign_on_mode_parses_into_the_parent_keeping_everything() -> None:
    data = load_fixture("app_unknown_signon.json")
    app = Application.from_dict(data)
    assert type(app) is Application
    assert app.sign_on_mode == data["signOnMode"] and not app.sign_on_mode.is_known
    assert app.to_dict() == data


def test_a_bookmark_app_fills_its_identity_itself() -> None:
    app = BookmarkApplication(label="Wiki")
    assert app.to_dict(omit_read_only=True) == {"label": "Wiki", "name": "bookmark", "signOnMode": "BOOKMARK"}
    parsed = BookmarkApplication.from_dict({"name": "bookmark"})
    assert parsed.name == "bookmark" and isinstance(parsed, Application)


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("policy_okta_sign_on.json", "OktaSignOnPolicy"),
        ("policy_password.json", "PasswordPolicy"),
        ("policy_mfa_enroll.json", "MultifactorEnrollmentPolicy"),
        ("policy_idp_discovery.json", "IdentityProviderPolicy"),
        ("policy_oauth_authorization.json", "OAuthAuthorizationPolicy"),
        ("policy_access.json", "AccessPolicy"),
        ("policy_profile_enrollment.json", "ProfileEnrollmentPolicy"),
        ("policy_unknown_type.json", "Policy"),
    ],
)
def test_policies_parse_by_type(fixture: str, expected: str) -> None:
    data = load_fixture(fixture)
    policy = Policy.from_dict(data)
    assert type(policy).__name__ == expected
    assert policy.to_dict() == data


def test_a_fieldless_child_policy_has_its_parents_fields() -> None:
    data = load_fixture("policy_access.json")
    policy = Policy.from_dict(data)
    assert policy.id == data["id"] and policy.name == data["name"] and policy.type_ == "ACCESS_POLICY"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("policy_rule_sign_on.json", "OktaSignOnPolicyRule"),
        ("policy_rule_password.json", "PasswordPolicyRule"),
        ("policy_rule_access.json", "AccessPolicyRule"),
        ("policy_rule_profile_enrollment.json", "ProfileEnrollmentPolicyRule"),
    ],
)
def test_policy_rules_parse_by_type(fixture: str, expected: str) -> None:
    data = load_fixture(fixture)
    rule = PolicyRule.from_dict(data)
    assert type(rule).__name__ == expected
    assert rule.type_.is_known
    assert rule.to_dict() == data


def test_a_mixed_page_of_applications_parses_each_into_its_class() -> None:
    page = load_fixture("apps_mixed_page.json")
    apps = [Application.from_dict(item) for item in page]
    kinds = {type(app).__name__ for app in apps}
    assert {"BookmarkApplication", "OpenIdConnectApplication", "SamlApplication"} <= kinds
    assert [app.to_dict() for app in apps] == page
