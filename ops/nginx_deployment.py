"""N `streamlit run Home.py` processes on loopback ports behind nginx, with sticky sessions.

Used by `python -m deploy` (the recipe), the scale-out benchmark and its browser test. Every
process listens on 127.0.0.1 on a free port, nginx on 127.0.0.1; `stop()` ends them all.

What the processes share:
- `server.cookieSecret` (given through the environment, never on a command line): one secret
  signs every process's cookies, so a cookie one process set is valid on all of them.
- The durable store: with `database_url` every process reads `[connections.durable] url` from a
  secrets file written into the deployment's folder (readable by its owner only), exactly the
  setting the durable-state lesson tells users to put in `.streamlit/secrets.toml`. Without it
  they share the default SQLite file, which only works while all processes are on one machine.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import subprocess
import tempfile
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.paths import HOME, NGINX_TEMPLATE, ROOT, STREAMLIT_CONFIG
from ops.streamlit_server import StreamlitServer, free_port, health, stop_process_group

TEMPLATE = NGINX_TEMPLATE
FIELD = re.compile(r"\{\{ (\w+) \}\}")
# Debian puts nginx in /usr/sbin, which is not on a normal user's PATH.
NGINX_CANDIDATES = ("nginx", "/usr/sbin/nginx")
# Workers of an nginx started as root run as this user (Debian's nginx package uses it too).
NGINX_USER = "www-data"
START_TIMEOUT_S = 60.0
ROUTE_COOKIE = "st_route"
LOG_LINE = re.compile(r"route=(?P<route>\S+) upstream=(?P<upstream>\S+) status=(?P<status>\d+) "
                      r'"(?P<request>[^"]*)"')  # fmt: skip


def find_nginx() -> Path | None:
    """The nginx binary (Debian: `apt-get install nginx`), or None."""
    for name in NGINX_CANDIDATES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def max_upload_mb(config: Path = STREAMLIT_CONFIG) -> int:
    """The app's `server.maxUploadSize` (Streamlit's default is 200 MB)."""
    if config.exists():
        settings = tomllib.loads(config.read_text(encoding="utf-8"))
        return int(settings.get("server", {}).get("maxUploadSize", 200))
    return 200


def render_config(
    *, folder: Path, listen_port: int, backend_ports: list[int], max_body_mb: int, user: str | None
) -> str:
    """The nginx configuration: the template in this folder with its fields filled in."""
    fields = {
        "user": f"user {user};" if user else "# (not root: nginx runs as the current user)",
        "folder": str(folder),
        "listen": f"127.0.0.1:{listen_port}",
        "servers": "\n".join(f"        server 127.0.0.1:{port};" for port in backend_ports),
        # A little over Streamlit's limit: its own check then answers with a clear 413.
        "max_body": f"{max_body_mb + 1}m",
    }
    text = FIELD.sub(lambda match: fields[match[1]], TEMPLATE.read_text(encoding="utf-8"))
    assert "{{" not in text, "a template field was not filled"
    return text


@dataclass(frozen=True)
class Routed:
    """One line of nginx's access log: which process served a request of which browser."""

    route: str
    upstream: str  # "127.0.0.1:PORT" of the Streamlit process
    status: int
    request: str  # "GET /quick-start HTTP/1.1"

    @property
    def path(self) -> str:
        parts = self.request.split()
        return parts[1] if len(parts) > 1 else ""


class Nginx:
    """nginx in the foreground (`daemon off`), its files in `folder`."""

    def __init__(self, binary: Path, folder: Path, port: int) -> None:
        self.binary = binary
        self.folder = folder
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None
        self._out: IO[bytes] | None = None

    @property
    def config(self) -> Path:
        return self.folder / "nginx.conf"

    @property
    def access_log(self) -> Path:
        return self.folder / "access.log"

    def command(self) -> list[str]:
        # -e: errors before the configuration is read go to our folder, not /var/log/nginx.
        return [
            str(self.binary), "-p", str(self.folder), "-c", str(self.config),
            "-e", str(self.folder / "error.log"),
        ]  # fmt: skip

    def start(self) -> Nginx:
        self._out = (self.folder / "nginx.out").open("wb")
        self.proc = subprocess.Popen(
            self.command(), stdout=self._out, stderr=subprocess.STDOUT, start_new_session=True
        )
        return self

    def log_tail(self, chars: int = 2000) -> str:
        texts = []
        for name in ("nginx.out", "error.log"):
            path = self.folder / name
            if path.exists():
                texts.append(path.read_text(errors="replace")[-chars:])
        return "\n".join(texts)

    def pids(self) -> list[int]:
        """The master and its workers (for CPU accounting)."""
        if self.proc is None:
            return []
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        extra = [int(p) for p in children.read_text().split()] if children.exists() else []
        return [self.proc.pid, *extra]

    def routed(self) -> list[Routed]:
        """Every request logged so far (a WebSocket appears once it has closed)."""
        if not self.access_log.exists():
            return []
        records = []
        for line in self.access_log.read_text(errors="replace").splitlines():
            match = LOG_LINE.search(line)
            if match:
                route, upstream, request = match["route"], match["upstream"], match["request"]
                records.append(Routed(route, upstream, int(match["status"]), request))
        return records

    def stop(self) -> None:
        """Fast shutdown (SIGTERM closes open WebSockets at once); kill after 10 s."""
        stop_process_group(self.proc)
        if self._out is not None:
            self._out.close()
            self._out = None


class Deployment:
    """`processes` Streamlit processes behind one nginx: `start()`, use `url`, `stop()`."""

    def __init__(
        self,
        processes: int = 2,
        *,
        port: int | None = None,
        database_url: str | None = None,
        keep_folder: bool = False,
        script: Path = HOME,
        nginx: Path | None = None,
        streamlit_args: Sequence[str] = (),
    ) -> None:
        """`streamlit_args`: more `streamlit run` options for every process."""
        if processes < 1:
            raise ValueError("at least one process")
        binary = nginx or find_nginx()
        if binary is None:
            raise FileNotFoundError("no nginx found (Debian: apt-get install nginx)")
        # Always a new folder under the temporary directory: nginx's workers (another user when
        # started as root) must be able to reach it, which a folder under /root would not allow.
        self.folder = Path(tempfile.mkdtemp(prefix="st-deploy-"))
        self.keep_folder = keep_folder
        self.database_url = database_url
        self.cookie_secret = os.environ.get("STREAMLIT_SERVER_COOKIE_SECRET") or secrets.token_hex(
            32
        )
        env = {**os.environ, "STREAMLIT_SERVER_COOKIE_SECRET": self.cookie_secret}
        extra = [*streamlit_args, *(self._secrets_args() if database_url else [])]
        self.servers = [
            StreamlitServer(
                script, log_path=self.folder / f"streamlit-{n}.log", extra_args=extra, env=env
            )
            for n in range(1, processes + 1)
        ]
        self.nginx = Nginx(binary, self.folder, port or free_port())

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.nginx.port}"

    def upstream_names(self) -> dict[str, int]:
        """{"127.0.0.1:PORT": process number (1..N)} as nginx's log names the processes."""
        return {f"127.0.0.1:{s.port}": n for n, s in enumerate(self.servers, start=1)}

    def _secrets_args(self) -> list[str]:
        """`--secrets.files` for the app's usual secrets files plus one with the store's URL."""
        path = self.folder / "secrets.toml"
        path.touch(mode=0o600)
        path.write_text(
            f"[connections.durable]\nurl = {_toml_string(self.database_url or '')}\n",
            encoding="utf-8",
        )
        usual = [Path.home() / ".streamlit" / "secrets.toml", ROOT / ".streamlit" / "secrets.toml"]
        files = [*(p for p in usual if p.exists()), path]  # later files win
        return [arg for f in files for arg in ("--secrets.files", str(f))]

    def start(self) -> Deployment:
        try:
            for server in self.servers:
                server.start()
            for server in self.servers:
                server.wait_ready(START_TIMEOUT_S)
            self._start_nginx()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_nginx(self) -> None:
        user = None
        if os.geteuid() == 0:
            user = NGINX_USER if _user_exists(NGINX_USER) else "nobody"
            # Its workers write temporary files in subfolders nginx makes for them.
            self.folder.chmod(0o711)
        self.nginx.config.write_text(
            render_config(
                folder=self.folder,
                listen_port=self.nginx.port,
                backend_ports=[s.port for s in self.servers],
                max_body_mb=max_upload_mb(),
                user=user,
            ),
            encoding="utf-8",
        )
        self.nginx.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        assert self.nginx.proc is not None
        while health(self.url) != "ok":
            if self.nginx.proc.poll() is not None:
                raise RuntimeError(f"nginx exited:\n{self.nginx.log_tail()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"nginx did not answer at {self.url}:\n{self.nginx.log_tail()}")
            time.sleep(0.05)

    def dead(self) -> list[str]:
        """What has exited on its own (empty while everything runs)."""
        gone = [
            f"streamlit {n} (port {s.port})"
            for n, s in enumerate(self.servers, start=1)
            if s.proc is not None and s.proc.poll() is not None
        ]
        if self.nginx.proc is not None and self.nginx.proc.poll() is not None:
            gone.append("nginx")
        return gone

    def stop(self) -> None:
        """nginx first (no new requests), then every process; the temporary folder goes too."""
        try:
            self.nginx.stop()
        finally:
            for server in self.servers:
                server.stop()
            if not self.keep_folder:
                shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Deployment:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _toml_string(value: str) -> str:
    """A TOML basic string (quotes and backslashes escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
