"""Loopback HTTP servers for the demo and the tests: the locator's v2 export paging a
snapshot, and static sites (facility websites, a directory).

`iop demo` serves the bundled demo snapshot with them so the real spiders crawl it over
real HTTP; the tests serve recorded real rows with them.
"""

from __future__ import annotations

import json
import math
import threading
from functools import partial
from http.server import (
    BaseHTTPRequestHandler,
    SimpleHTTPRequestHandler,
    ThreadingHTTPServer,
)
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

LOCATOR_PATH = "/locator/exportsAsJson/v2"


class QuietHandler(BaseHTTPRequestHandler):
    """A handler that answers with whole bodies and logs nothing (the crawl logs requests)."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_body(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class LocatorHandler(QuietHandler):
    server: LocatorServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/robots.txt":
            return self.send_body(200, b"User-agent: *\nAllow: /\n", "text/plain")
        if parts.path != self.server.path:
            return self.send_body(404, b"not found", "text/plain")
        query = parse_qs(parts.query)
        page = int(query.get("page", ["1"])[0])
        size = int(query.get("pageSize", [str(self.server.page_size)])[0])
        return self.send_page(page, size)

    def send_page(self, page: int, size: int) -> None:
        rows = self.server.rows
        total = max(1, math.ceil(len(rows) / size))
        body = {
            "page": page,
            "totalPages": total,
            "recordCount": len(rows),
            "rows": rows[(page - 1) * size : page * size],
        }
        self.send_body(200, json.dumps(body).encode("utf-8"), "application/json")


class BackgroundServer(ThreadingHTTPServer):
    """A server on 127.0.0.1 running in a daemon thread while used as a context.

    On `port` when given and free, else on any free port.
    """

    daemon_threads = True

    def __init__(self, handler, port: int = 0) -> None:
        try:
            super().__init__(("127.0.0.1", port), handler)
        except OSError:
            super().__init__(("127.0.0.1", 0), handler)
        # A short poll: shutdown() waits one poll, and the demo stops dozens of servers.
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


class LocatorServer(BackgroundServer):
    """Serve `rows` like the locator's v2 export, `page_size` rows a page."""

    def __init__(self, rows: list[dict[str, Any]], page_size: int = 50, handler=LocatorHandler,
                 path: str = LOCATOR_PATH, port: int = 0):
        super().__init__(handler, port)
        self.rows = rows
        self.page_size = page_size
        self.path = path

    @property
    def api_url(self) -> str:
        return self.origin + self.path


class FilesHandler(QuietHandler, SimpleHTTPRequestHandler):
    """Static files of one demo site, served under the server's URL prefix."""

    server: FilesServer

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        prefix = self.server.prefix
        if not path.startswith(prefix):
            return str(self.server.folder / "__missing__")
        return super().translate_path("/" + path[len(prefix):])

    def do_GET(self) -> None:
        if urlsplit(self.path).path == "/robots.txt":
            return self.send_body(200, b"User-agent: *\nAllow: /\n", "text/plain")
        super().do_GET()


class FilesServer(BackgroundServer):
    """Serve the files of `folder` under the URL path `prefix`."""

    def __init__(self, folder: Path, prefix: str = "/", port: int = 0):
        self.folder = folder
        self.prefix = prefix
        super().__init__(partial(FilesHandler, directory=str(folder)), port)

    @property
    def base_url(self) -> str:
        return self.origin + self.prefix
