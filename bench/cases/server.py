"""A tiny Okta stand-in on 127.0.0.1 for the loopback measures; it stops by itself.

`python bench/cases/server.py USERS_PAGE_FILE PAGES` prints the port it listens on, then answers:
- `GET /api/v1/users/<id>`: one user;
- `GET /api/v1/users?limit=..&after=<n>`: the page file, with a `Link: <...>; rel="next"` header until page PAGES.
It serves HTTP/1.1 keep-alive and exits after MAX_REQUESTS requests or MAX_SECONDS, whichever comes first.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

MAX_REQUESTS = 200_000
MAX_SECONDS = 900


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in two writes; without TCP_NODELAY, Nagle + delayed ACK add ~40 ms per response.
    disable_nagle_algorithm = True
    page: bytes = b"[]"
    one_user: bytes = b"{}"
    pages = 1
    port = 0
    served = 0

    def do_GET(self) -> None:
        type(self).served += 1
        url = urlsplit(self.path)
        if url.path == "/api/v1/users":
            self._page(parse_qs(url.query))
        elif url.path.startswith("/api/v1/users/"):
            self._send(self.one_user, {})
        else:
            self._send(b'{"errorCode": "E0000007"}', {}, status=404)
        if type(self).served >= MAX_REQUESTS:
            threading.Thread(target=self.server.shutdown, daemon=True).start()

    def _page(self, query: dict[str, list[str]]) -> None:
        index = int(query.get("after", ["0"])[0])
        limit = query.get("limit", ["200"])[0]
        host = f"http://127.0.0.1:{self.port}"
        links = [f'<{host}/api/v1/users?limit={limit}&after={index}>; rel="self"']
        if index + 1 < self.pages:
            links.append(f'<{host}/api/v1/users?limit={limit}&after={index + 1}>; rel="next"')
        self._send(self.page, {"Link": ", ".join(links)})

    def _send(self, body: bytes, headers: dict[str, str], status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # One line per request would cost more than the request.
        return


def main() -> None:
    page = Path(sys.argv[1]).read_bytes()
    _Handler.page = page
    _Handler.one_user = json.dumps(json.loads(page)[0]).encode()
    _Handler.pages = int(sys.argv[2])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    _Handler.port = server.server_port
    print(server.server_port, flush=True)
    deadline = threading.Timer(MAX_SECONDS, server.shutdown)
    deadline.daemon = True
    deadline.start()
    started = time.monotonic()
    server.serve_forever(poll_interval=0.5)
    print(f"served {_Handler.served} requests in {time.monotonic() - started:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
