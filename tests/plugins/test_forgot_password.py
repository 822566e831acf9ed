"""Forgot password over its two alternatives, with no secret in any log record."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from okta_client import OktaClient
from okta_plugins.passwords import forgot_password, forgot_password_async

from tests.okta_fakes import Script

ORG = "https://dev-123.okta.com"
PATH = "/api/v1/users/00u1/credentials/forgot_password"
NEW_PASSWORD = "Tr0ub4dor&3-new-password"
ANSWER = "the-name-of-my-first-llama"
RESET_URL = f"{ORG}/signin/reset-password/XE6wE17zmphl3KqAPFxO"


@pytest.fixture
def okta(recorder: Script) -> Any:
    return OktaClient.from_config(org_url=ORG, token="00t", httpx_args={"transport": httpx.MockTransport(recorder)})


def test_without_an_answer_it_generates_a_one_time_token(okta: Any, recorder: Script) -> None:
    recorder.respond(200, {"resetPasswordUrl": RESET_URL})
    result = forgot_password(okta, "00u1", send_email=False)
    assert result is not None and result.reset_password_url == RESET_URL
    sent = recorder.last
    assert sent.method == "POST" and sent.url.path == PATH
    assert sent.url.params["sendEmail"] == "false" and sent.content == b""
    # forgotPassword in Okta's current specs, forgotPasswordGenerateOneTimeToken in 2.x.
    assert sent.extensions["okta_operation"].operation_id in ("forgotPassword", "forgotPasswordGenerateOneTimeToken")


def test_with_answer_and_password_it_sets_the_new_password(okta: Any, recorder: Script) -> None:
    recorder.respond(200, {})
    forgot_password(okta, "00u1", recovery_answer=ANSWER, new_password=NEW_PASSWORD)
    sent = recorder.last
    # 2.x sends it to the same path; current specs to PATH + "_recovery_question".
    assert sent.url.path in (PATH, PATH + "_recovery_question") and sent.url.params["sendEmail"] == "true"
    assert sent.extensions["okta_operation"].operation_id == "forgotPasswordSetNewPassword"
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.content) == {"password": {"value": NEW_PASSWORD}, "recovery_question": {"answer": ANSWER}}


@pytest.mark.parametrize("given", [{"recovery_answer": ANSWER}, {"new_password": NEW_PASSWORD}])
def test_half_of_the_second_alternative_is_refused(okta: Any, recorder: Script, given: dict[str, str]) -> None:
    with pytest.raises(TypeError, match="both recovery_answer= and new_password=, or neither") as caught:
        forgot_password(okta, "00u1", **given)
    assert recorder.requests == []
    assert ANSWER not in str(caught.value) and NEW_PASSWORD not in str(caught.value)


def test_async_sets_the_new_password(okta: Any, recorder: Script) -> None:
    recorder.respond(200, {})
    result = asyncio.run(forgot_password_async(okta, "00u1", recovery_answer=ANSWER, new_password=NEW_PASSWORD))
    assert result is not None
    assert json.loads(recorder.last.content)["password"] == {"value": NEW_PASSWORD}


@pytest.mark.parametrize("status", [200, 400, 403, 404, 500])
def test_no_secret_reaches_a_log_record(
    okta: Any, recorder: Script, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    caplog.set_level(logging.DEBUG)
    recorder.respond(status, {"errorCode": "E0000001", "errorSummary": "Api validation failed: password"})
    error: BaseException | None = None
    try:
        forgot_password(okta, "00u1", recovery_answer=ANSWER, new_password=NEW_PASSWORD)
    except Exception as exc:  # whatever the error policy, its text must not carry the secrets either
        error = exc
    assert recorder.requests, "the request was sent"
    assert NEW_PASSWORD.encode() in recorder.last.content  # the secrets did travel, in the body only
    assert any(recorder.last.url.path in record.getMessage() for record in caplog.records), "the request was logged"
    records = [record.getMessage() for record in caplog.records] + [caplog.text]
    for secret in (NEW_PASSWORD, ANSWER):
        assert all(secret not in text for text in records)
        assert error is None or (secret not in str(error) and secret not in repr(error))
