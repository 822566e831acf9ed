"""The ```python blocks of README.md and plugins/README.md, and a fake org to run them against.

Every block is a complete program: it imports what it uses and builds its own client. The tests check
each with mypy --strict and run it with `OktaClient.from_config` wired to `ReadmeOrg` (users, one
app CSR, the governance requests), in a scratch directory holding the files blocks open (`key.pem`,
`signed.pem`). There is no way to leave a block out: a block that cannot run is a bug in the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import httpx

from ..conftest import ROOT
from ..governance.mock_governance import GovernanceOrg

DOCUMENTS = ("README.md", "plugins/README.md")
USERS = [
    {"id": f"00u{n}", "status": "ACTIVE", "profile": {"login": f"user{n}@example.com", "costCenter": "R&D"}}
    for n in range(1, 4)
]


@dataclass(frozen=True)
class Block:
    """One ```python block: where it is and its code."""

    document: str
    line: int
    code: str
    section: str
    """The heading the block is under."""

    @property
    def name(self) -> str:
        """A module name for the block, e.g. `readme_md_165`."""
        return re.sub(r"\W", "_", f"{self.document}_{self.line}").lower()

    def __str__(self) -> str:
        return f"{self.document}:{self.line}"


def blocks() -> list[Block]:
    """Every ```python block of the documents, with the line its code starts on."""
    found = []
    for document in DOCUMENTS:
        text = (ROOT / document).read_text(encoding="utf-8")
        for match in re.finditer(r"^```python\n(.*?)^```", text, re.DOTALL | re.MULTILINE):
            line = text.count("\n", 0, match.start(1)) + 1
            headings = re.findall(r"^#+ (.*)$", text[: match.start()], re.MULTILINE)
            found.append(Block(document, line, match.group(1), headings[-1] if headings else ""))
    return found


@dataclass
class ReadmeOrg:
    """An httpx.MockTransport handler for what the blocks ask of Okta; records each request."""

    csr: str
    governance: GovernanceOrg = field(default_factory=lambda: GovernanceOrg(states=[("APPROVED", "GRANTED")]))
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path, method = request.url.path, request.method
        if path.startswith("/governance/"):
            return self.governance(request)
        if method == "GET" and re.fullmatch(r"/api/v1/(groups/[^/]+/)?users", path):
            return self._users(request)
        if method == "GET" and "/credentials/csrs/" in path:
            return httpx.Response(200, json={"id": path.rsplit("/", 1)[-1], "kty": "RSA", "csr": self.csr})
        if method == "POST" and path.endswith("/lifecycle/publish"):
            return httpx.Response(201, json={"kid": "k1", "kty": "RSA", "use": "sig", "e": "AQAB", "n": "xyz"})
        return httpx.Response(404, json={"errorCode": "E0000007", "errorSummary": f"Not found: {path}"})

    def _users(self, request: httpx.Request) -> httpx.Response:
        """Two pages: the first user, then the rest, linked by `after` as Okta does."""
        if request.url.params.get("after") == "00u1":
            return httpx.Response(200, json=USERS[1:])
        link = f'<{request.url.copy_merge_params({"after": "00u1"})}>; rel="next"'
        return httpx.Response(200, json=USERS[:1], headers={"Link": link})
