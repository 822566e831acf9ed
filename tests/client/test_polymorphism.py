"""Subclassing, discriminators and x-okta-defined-as: Okta JSON parses into the most specific class.

Written for any spec the client is generated from: the classes every Okta release has are named; for
the kinds a release may or may not split further (SWA and Org2Org apps are their own classes in 2.16.0,
browser-plugin and SAML apps in 2026.06.3) the test follows the generated discriminators to the bottom.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from okta_api.models.application import Application
from okta_api.models.bookmark_application import BookmarkApplication
from okta_api.models.browser_plugin_application import BrowserPluginApplication
from okta_api.models.policy import Policy
from okta_api.models.policy_rule import PolicyRule
from okta_api.models.saml_application import SamlApplication
from okta_api.types import UNSET

from ..conftest import load_fixture


def deepest_mapped(cls: type, data: dict[str, Any]) -> type:
    """The class the generated discriminators lead `data` to, level after level."""
    while getattr(cls, "_subclasses", None) and data.get(cls._discriminator) in cls._subclasses:  # type: ignore[attr-defined]
        module, name = cls._subclasses[data[cls._discriminator]]  # type: ignore[attr-defined]
        found = getattr(importlib.import_module(f"okta_api.models.{module}"), name)
        if found is cls:
            break
        cls = found
    return cls


@pytest.mark.parametrize(
    ("fixture", "family"),
    [
        ("app_bookmark.json", BookmarkApplication),
        ("app_saml.json", SamlApplication),
        ("app_org2org.json", SamlApplication),
        ("app_swa.json", BrowserPluginApplication),
        ("app_swa3field.json", BrowserPluginApplication),
    ],
)
def test_applications_parse_into_the_most_specific_class(fixture: str, family: type) -> None:
    data = load_fixture(fixture)
    app = Application.from_dict(data)
    assert isinstance(app, family) and isinstance(app, Application)
    assert type(app) is deepest_mapped(Application, data)
    assert app.to_dict() == data


def test_an_oidc_app_is_its_own_class() -> None:
    data = load_fixture("app_oidc.json")
    app = Application.from_dict(data)
    assert type(app).__name__ == "OpenIdConnectApplication" and app.to_dict() == data


def test_subclass_settings_are_typed_by_the_subclass() -> None:
    data = load_fixture("app_saml.json")
    saml = Application.from_dict(data)
    assert type(saml.settings).__name__ == "SamlApplicationSettings"
    assert saml.settings.sign_on.sso_acs_url == data["settings"]["signOn"]["ssoAcsUrl"]


def test_unknown_sign_on_mode_parses_into_the_parent_keeping_everything() -> None:
    data = load_fixture("app_unknown_signon.json")
    app = Application.from_dict(data)
    assert type(app) is Application
    assert app.sign_on_mode == data["signOnMode"] and not app.sign_on_mode.is_known
    assert app.to_dict() == data


def test_a_bookmark_app_fills_its_identity_itself() -> None:
    app = BookmarkApplication(label="Wiki", settings=UNSET)
    assert app.to_dict(omit_read_only=True) == {"label": "Wiki", "name": "bookmark", "signOnMode": "BOOKMARK"}
    parsed = BookmarkApplication.from_dict({"name": "bookmark"})
    assert parsed.name == "bookmark" and isinstance(parsed, Application)


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("policy_okta_sign_on.json", "OktaSignOnPolicy"),
        ("policy_password.json", "PasswordPolicy"),
        ("policy_access.json", "AccessPolicy"),
        ("policy_profile_enrollment.json", "ProfileEnrollmentPolicy"),
    ],
)
def test_policies_parse_by_type(fixture: str, expected: str) -> None:
    data = load_fixture(fixture)
    policy = Policy.from_dict(data)
    assert type(policy).__name__ == expected
    assert policy.to_dict() == data


@pytest.mark.parametrize(
    "fixture",
    [
        "policy_mfa_enroll.json",
        "policy_idp_discovery.json",
        "policy_oauth_authorization.json",
        "policy_unknown_type.json",
    ],
)
def test_policies_named_differently_by_each_release_parse_as_mapped(fixture: str) -> None:
    data = load_fixture(fixture)
    policy = Policy.from_dict(data)
    assert type(policy) is deepest_mapped(Policy, data)
    assert policy.to_dict() == data


def test_a_policy_type_no_release_knows_parses_into_the_parent_keeping_everything() -> None:
    data = {**load_fixture("policy_unknown_type.json"), "type": "A_POLICY_TYPE_OF_THE_FUTURE"}
    policy = Policy.from_dict(data)
    assert type(policy) is Policy and not policy.type_.is_known
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
