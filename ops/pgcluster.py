"""A throwaway PostgreSQL cluster for the tests and the benchmark: its own temporary folder, a
free 127.0.0.1 port, a random password, removed when stopped.

PostgreSQL refuses to run as root, so when this process is root the cluster runs as a system
user (`pgtest`, created with `useradd` when missing) who owns the temporary folder.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

from ops.streamlit_server import free_port

# Debian's packages put each major version here; 15 is the one these machines ship.
PG_ROOT = Path("/usr/lib/postgresql")
PREFERRED_MAJOR = "15"
SERVICE_USER = "pgtest"
START_TIMEOUT_S = 60


def find_bindir() -> Path | None:
    """The bin/ folder of PostgreSQL 15 if installed, else of the newest installed major."""
    preferred = PG_ROOT / PREFERRED_MAJOR / "bin"
    if (preferred / "initdb").is_file():
        return preferred
    found = sorted(PG_ROOT.glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _ensure_service_user() -> str:
    """Name of the non-root user the cluster runs as (created when missing)."""
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        result = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             SERVICE_USER],
            capture_output=True,
            text=True,
        )  # fmt: skip
        # Another process may have created it meanwhile: only a still-missing user is an error.
        try:
            pwd.getpwnam(SERVICE_USER)
        except KeyError:
            raise RuntimeError(f"useradd {SERVICE_USER} failed: {result.stderr.strip()}") from None
    return SERVICE_USER


class PostgresCluster:
    """`initdb` + `pg_ctl start` in a temporary folder; `url` is an SQLAlchemy URL (psycopg2)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.password = secrets.token_urlsafe(16)
        self.user = "postgres"
        self.database = "postgres"
        self.folder: Path | None = None
        self._run_as: str | None = _ensure_service_user() if os.geteuid() == 0 else None

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{self.user}:{self.password}"
            f"@127.0.0.1:{self.port}/{self.database}"
        )

    @property
    def data_dir(self) -> Path:
        assert self.folder is not None, "start() first"
        return self.folder / "data"

    def _run(self, *args: str | Path, timeout: float = START_TIMEOUT_S) -> None:
        command = [str(a) for a in args]
        if self._run_as:
            command = ["runuser", "-u", self._run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            raise RuntimeError(
                f"{Path(command[-len(args)]).name} failed ({result.returncode}):\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
            )

    def start(self) -> PostgresCluster:
        self.folder = Path(tempfile.mkdtemp(prefix="pgtest-"))
        if self._run_as:
            record = pwd.getpwnam(self._run_as)
            os.chown(self.folder, record.pw_uid, record.pw_gid)
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if self._run_as:
            os.chown(pwfile, pwd.getpwnam(self._run_as).pw_uid, -1)
        self._run(
            self.bindir / "initdb", "-D", self.data_dir, "-U", self.user,
            "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server on the cluster's data (after `pause`, the same port and rows)."""
        assert self.folder is not None, "start() first"
        # Loopback TCP only; the Unix socket lives in the cluster's own folder, not /run.
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.folder} -c fsync=off "
            f"-c max_connections=200"
        )
        self._run(
            self.bindir / "pg_ctl", "-D", self.data_dir, "-l", self.folder / "server.log",
            "-o", options, "-w", "-t", str(START_TIMEOUT_S), "start",
        )  # fmt: skip

    def pause(self) -> None:
        """Stop the server and keep its data, as an outage would: open connections are cut."""
        assert self.folder is not None, "start() first"
        self._run(self.bindir / "pg_ctl", "-D", self.data_dir, "-m", "fast", "-w", "stop")

    def log_tail(self, chars: int = 2000) -> str:
        log = self.folder / "server.log" if self.folder else None
        return log.read_text(errors="replace")[-chars:] if log and log.exists() else ""

    def stop(self) -> None:
        """Stop the server (fast shutdown: open client connections are cut) and delete it all."""
        if self.folder is None:
            return
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self._run(self.bindir / "pg_ctl", "-D", self.data_dir, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> PostgresCluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
