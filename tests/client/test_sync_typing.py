"""What mypy sees of `sync` and `asyncio`: through OktaClient (a RaisingClient) no error model, else every one."""

from __future__ import annotations

import textwrap
from pathlib import Path

from ..typing_probe import check

PROBE = textwrap.dedent("""\
    from okta_api.api.my_requests import get_my_request
    from okta_api.api.user import get_user, list_users
    from okta_api.client import AuthenticatedClient, Client, RaisingClient
    from okta_client import OktaClient

    okta = OktaClient.from_config()
    plain = Client(base_url="https://x.okta.com")
    authenticated = AuthenticatedClient(base_url="https://x.okta.com", token="t")
    reveal_type(get_user.sync("00u1", client=okta))
    reveal_type(get_user.sync("00u1", client=plain))
    reveal_type(get_user.sync("00u1", client=authenticated))
    reveal_type(list_users.sync(client=okta, limit=3))
    reveal_type(get_my_request.sync("cen1", "req1", client=okta))
    reveal_type(get_user.sync_detailed("00u1", client=okta).parsed)


    async def read(client: RaisingClient) -> None:
        reveal_type(await get_user.asyncio("00u1", client=client))
        reveal_type(await get_user.asyncio("00u1", client=plain))


    get_user.sync("00u1", client=okta, expnd="x")
    """)

USER = "okta_api.models.user_get_singleton.UserGetSingleton"
ERROR = "okta_api.models.error.Error"
REVEALED = {
    9: f"{USER} | None",
    10: f"{USER} | {ERROR} | None",
    11: f"{USER} | {ERROR} | None",
    12: "list[okta_api.models.user.User] | None",
    13: "okta_api.models.my_access_request.MyAccessRequest | None",
    14: f"{USER} | {ERROR} | None",  # the detailed call keeps every documented body: its status says which
    18: f"{USER} | None",
    19: f"{USER} | {ERROR} | None",
}


def test_an_okta_client_call_is_typed_without_error_models_and_a_plain_client_call_with_them(tmp_path: Path) -> None:
    checked = check(PROBE, tmp_path)
    assert checked.revealed() == REVEALED, checked.output
    errors = checked.errors()
    assert sorted(errors) == [22], checked.output
    assert 'Unexpected keyword argument "expnd" for overloaded function "sync"' in errors[22], checked.output
