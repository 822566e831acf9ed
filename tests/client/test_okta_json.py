"""Real-shaped Okta JSON: nulls, free-form maps, custom profile attributes, unknown enum values."""

from __future__ import annotations

import datetime
import json
import pickle

import pytest
from okta_api.models.application import Application
from okta_api.models.group import Group
from okta_api.models.user import User
from okta_api.models.user_factor import UserFactor
from okta_api.models.user_profile import UserProfile
from okta_api.models.user_status import UserStatus

from ..conftest import load_fixture


def test_links_keep_lists_of_any_length_unchanged() -> None:
    data = load_fixture("app_bookmark.json")
    app = Application.from_dict(data)
    # A free-form map in 2.16.0, a typed links object in 2026.06.3: either way every link is kept as sent.
    app_links = app.field_links["appLinks"] if isinstance(app.field_links, dict) else app.field_links.app_links
    assert isinstance(app_links, list) and len(app_links) == len(data["_links"]["appLinks"]) >= 3
    assert [link if isinstance(link, dict) else link.to_dict() for link in app_links] == data["_links"]["appLinks"]
    two = {"_links": {"appLinks": data["_links"]["appLinks"][:2]}}
    assert Application.from_dict(two).to_dict() == two


def test_a_user_with_nulls_parses_and_round_trips() -> None:
    data = load_fixture("user_with_nulls.json")
    user = User.from_dict(data)
    assert data["activated"] is None and user.activated is None
    assert isinstance(user.created, datetime.datetime) and user.created.tzinfo is not None
    assert user.status is UserStatus.ACTIVE
    assert user.to_dict() == data


def test_custom_profile_attributes_read_and_write_both_ways() -> None:
    data = load_fixture("user_with_nulls.json")
    profile = User.from_dict(data).profile
    assert isinstance(profile, UserProfile)
    custom = {k: v for k, v in data["profile"].items() if k not in UserProfile._json_names}
    assert custom, "the fixture should carry custom attributes"
    for key, value in custom.items():
        assert profile[key] == value
        if key.isidentifier():
            assert getattr(profile, key) == value
    assert profile["costCenter"] == profile.cost_center == data["profile"].get("costCenter", profile.cost_center)
    profile.favoriteSport = "curling"
    profile["nickname-alt"] = "Bo"
    profile["firstName"] = "Isaac"
    assert profile.first_name == "Isaac"
    dumped = profile.to_dict()
    assert dumped["favoriteSport"] == "curling" and dumped["nickname-alt"] == "Bo" and dumped["firstName"] == "Isaac"
    assert UserProfile.from_dict(dumped) == profile


def test_from_dict_of_an_extensible_model_is_of_the_class_asked_for() -> None:
    # from_dict fills extensible models through a subclass without their __setattr__, then sets the class.
    data = load_fixture("user_with_nulls.json")["profile"]

    class TeamProfile(UserProfile):
        def team(self) -> str:
            return f"team of {self.login}"

    for cls in (UserProfile, TeamProfile):
        profile = cls.from_dict(data)
        assert type(profile) is cls
        assert profile.login == data["login"]
        profile.favoriteSport = "curling"  # the class's own __setattr__ again: undeclared names go to the profile
        assert profile.additional_properties["favoriteSport"] == "curling"
        assert profile.favoriteSport == "curling"
    assert TeamProfile.from_dict(data).team() == f"team of {data['login']}"
    assert pickle.loads(pickle.dumps(UserProfile.from_dict(data))) == UserProfile.from_dict(data)


def test_custom_group_profile_attributes() -> None:
    data = load_fixture("group_with_custom_profile.json")
    group = Group.from_dict(data)
    custom = {k: v for k, v in data["profile"].items() if k not in ("name", "description")}
    assert custom
    for key, value in custom.items():
        assert group.profile[key] == value
    assert group.to_dict() == data


def test_a_whole_page_of_users_parses() -> None:
    page = load_fixture("users_page_200.json")
    users = [User.from_dict(item) for item in page]
    assert len(users) == 200
    assert [u.to_dict() for u in users] == page


def test_unknown_enum_values_are_kept() -> None:
    user = User.from_dict({"id": "00u1", "status": "PENDING_USER_ACTION"})
    assert user.status == "PENDING_USER_ACTION" and isinstance(user.status, UserStatus)
    assert not user.status.is_known and UserStatus.ACTIVE.is_known
    assert json.loads(json.dumps(user.to_dict())) == {"id": "00u1", "status": "PENDING_USER_ACTION"}


def test_a_value_of_the_wrong_type_is_kept_not_fatal() -> None:
    user = User.from_dict({"id": "00u1", "created": 1714673646, "profile": "not an object", "status": 3})
    assert user.created == 1714673646 and user.profile == "not an object" and user.status == 3


# Each factor's class, as 2.16.0 and as 2026.06.3 name it.
@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("factor_call.json", ("CallUserFactor", "UserFactorCall")),
        ("factor_email.json", ("EmailUserFactor", "UserFactorEmail")),
        ("factor_hotp.json", ("CustomHotpUserFactor", "UserFactorTokenHOTP")),
        ("factor_push.json", ("PushUserFactor", "UserFactorPush")),
        ("factor_question.json", ("SecurityQuestionUserFactor", "UserFactorSecurityQuestion")),
        ("factor_sms.json", ("SmsUserFactor", "UserFactorSMS")),
        ("factor_token.json", ("TokenUserFactor", "UserFactorToken")),
        ("factor_token_hardware.json", ("HardwareUserFactor", "UserFactorTokenHardware")),
        ("factor_token_software_totp.json", ("TotpUserFactor", "UserFactorTokenSoftwareTOTP")),
        ("factor_u2f.json", ("U2FUserFactor", "UserFactorU2F")),
        ("factor_web.json", ("WebUserFactor", "UserFactorWeb")),
        ("factor_webauthn.json", ("WebAuthnUserFactor", "UserFactorWebAuthn")),
        ("factor_unknown.json", ("UserFactor",)),
    ],
)
def test_factors_parse_by_factor_type(fixture: str, expected: tuple[str, ...]) -> None:
    data = load_fixture(fixture)
    factor = UserFactor.from_dict(data)
    assert type(factor).__name__ in expected and isinstance(factor, UserFactor)
    assert factor.to_dict() == data


def test_every_mapped_hotp_spelling_gives_the_hotp_class() -> None:
    spellings = [t for t in ("hotp", "token:hotp") if t in UserFactor._subclasses]  # type: ignore[attr-defined]
    assert spellings
    for factor_type in spellings:
        factor = UserFactor.from_dict({"factorType": factor_type, "provider": "CUSTOM", "id": "chf1"})
        assert type(factor).__name__ in ("CustomHotpUserFactor", "UserFactorTokenHOTP")
