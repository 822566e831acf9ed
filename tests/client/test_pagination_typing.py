"""What mypy sees of `paginate` and of the client's declared options: items typed, arguments checked."""

from __future__ import annotations

import textwrap
from pathlib import Path

from ..typing_probe import check

PROBE = textwrap.dedent("""\
    from okta_api.api.group import list_group_users
    from okta_api.api.my_requests import list_my_catalog_entries
    from okta_api.api.user import get_user, list_users
    from okta_api.client import Client
    from okta_client import OktaClient, paginate

    client = OktaClient.from_config()
    users = paginate(list_users, client=client, limit=3)
    reveal_type(users)
    for user in users:
        reveal_type(user)
    for page in users.pages():
        reveal_type(page)


    async def walk() -> None:
        async for member in paginate(list_group_users, "00g1", client=client, limit=2):
            reveal_type(member)
        async for entries in paginate(list_my_catalog_entries, client=client, filter_="not(parent pr)").apages():
            reveal_type(entries)


    reveal_type(paginate(list_users, client=Client(base_url="https://x.okta.com"), search='status eq "ACTIVE"'))
    reveal_type(client.strict_parsing)
    reveal_type(Client(base_url="https://x.okta.com").lazy_models)
    paginate(list_users, client=client, limt=3)
    paginate(list_users, client=client, limit="3")
    paginate(list_group_users, client=client)
    paginate(get_user, "00u1", client=client)
    client.no_such_attribute
    """)

REVEALED = {
    9: "okta_plugins._pagination.Pages[okta_api.models.user.User]",
    11: "okta_api.models.user.User",
    13: "list[okta_api.models.user.User]",
    18: "okta_api.models.user.User",
    20: "list[okta_api.models.my_catalog_entry.MyCatalogEntry]",
    23: "okta_plugins._pagination.Pages[okta_api.models.user.User]",
    24: "bool",
    25: "bool",
}


def test_paginate_types_its_items_sync_and_async_and_checks_the_operations_arguments(tmp_path: Path) -> None:
    checked = check(PROBE, tmp_path)
    errors = checked.errors()
    assert checked.revealed() == REVEALED, checked.output
    assert sorted(errors) == [26, 27, 28, 29, 30], checked.output
    assert 'Unexpected keyword argument "limt"' in errors[26]
    assert 'Argument "limit" to "paginate" has incompatible type "str"' in errors[27]
    assert 'Missing positional argument "group_id"' in errors[28]
    assert "ListOperation" in errors[29]  # getUser lists nothing: no parse_page
    # An Any base (okta_api unresolved) would let any attribute through.
    assert '"OktaClient" has no attribute "no_such_attribute"' in errors[30]
