"""Forgot password, in one call over Okta's two alternatives.

``forgotPasswordGenerateOneTimeToken`` starts the reset (Okta emails the user, or returns the
reset URL when ``send_email`` is false); ``forgotPasswordSetNewPassword`` sets a new password
with the answer to the user's recovery question. The answer and the password go only into
the request body: never into a log record, an error message or a repr made here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from okta_api.models.forgot_password_response import (  # type: ignore[import-not-found, unused-ignore]
        ForgotPasswordResponse,
    )

__all__ = ["forgot_password", "forgot_password_async"]


def _call(
    user_id: str, send_email: bool, recovery_answer: str | None, new_password: str | None
) -> tuple[Any, dict[str, Any]]:
    if (recovery_answer is None) != (new_password is None):
        raise TypeError("forgot_password needs both recovery_answer= and new_password=, or neither")
    from okta_api.api import operation

    if recovery_answer is None:
        # forgotPassword in Okta's current specs, forgotPasswordGenerateOneTimeToken in 2.x.
        start = operation("forgotPassword", "forgotPasswordGenerateOneTimeToken")
        return start, {"user_id": user_id, "send_email": send_email}
    from okta_api.models.password_credential import PasswordCredential
    from okta_api.models.recovery_question_credential import RecoveryQuestionCredential
    from okta_api.models.user_credentials import UserCredentials

    body = UserCredentials(
        password=PasswordCredential(value=new_password),
        recovery_question=RecoveryQuestionCredential(answer=recovery_answer),
    )
    return operation("forgotPasswordSetNewPassword"), {"user_id": user_id, "send_email": send_email, "body": body}


def forgot_password(
    client: Any,
    user_id: str,
    *,
    send_email: bool = True,
    recovery_answer: str | None = None,
    new_password: str | None = None,
) -> ForgotPasswordResponse | None:
    """Start a password reset, or finish one with the recovery answer and a new password.

    :param user_id: the user's id or login.
    :param send_email: whether Okta emails the user; when false, the result holds the reset URL.
    :param recovery_answer: with ``new_password``: set the password now
        (``forgotPasswordSetNewPassword``); without both: ``forgotPasswordGenerateOneTimeToken``.
    :return: Okta's answer (``reset_password_url`` when not emailed), or ``None`` if refused.
    """
    module, kwargs = _call(user_id, send_email, recovery_answer, new_password)
    result: ForgotPasswordResponse | None = module.sync(client=client, **kwargs)
    return result


async def forgot_password_async(
    client: Any,
    user_id: str,
    *,
    send_email: bool = True,
    recovery_answer: str | None = None,
    new_password: str | None = None,
) -> ForgotPasswordResponse | None:
    """``forgot_password`` for asyncio."""
    module, kwargs = _call(user_id, send_email, recovery_answer, new_password)
    result: ForgotPasswordResponse | None = await module.asyncio(client=client, **kwargs)
    return result
