"""A local OpenID Connect provider (oidc-provider-mock) and the app's `[auth]` secrets for it.

`python -m ops.login_provider` starts the provider and `streamlit run Home.py` together on free
127.0.0.1 ports, with `[auth]` secrets in a temporary file that points at the provider, prints
the app's address and stops both on Ctrl-C. The browser tests use the same classes.
"""

from __future__ import annotations

import argparse
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from app.paths import ROOT
from ops.streamlit_server import StreamlitServer, free_port, stop_process_group

CLIENT_ID = "session-state-patterns"  # the mock provider accepts any id and secret
METADATA_PATH = "/.well-known/openid-configuration"


class LoginProvider:
    """`python -m oidc_provider_mock` on a free loopback port, its output in a file."""

    def __init__(self, log_path: Path | None = None) -> None:
        self.port = free_port()
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> LoginProvider:
        """Start the provider and wait until it serves its discovery document."""
        self._log = self.log_path.open("w+b") if self.log_path else tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ops.oidc_offline", "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.perf_counter() + timeout
        while not self._serving():
            try:
                code = self.proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                if time.perf_counter() < deadline:
                    continue
                self.stop()
                raise TimeoutError(
                    f"the provider did not serve {self.url} in {timeout:.0f} s"
                ) from None
            raise RuntimeError(f"the provider exited with code {code}")
        return self

    def _serving(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + METADATA_PATH, timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def stop(self) -> None:
        """Terminate the provider's process group; kill it if it does not stop within 10 s."""
        stop_process_group(self.proc)
        if self._log is not None:
            self._log.close()
            self._log = None


def auth_secrets(provider_url: str, app_url: str) -> str:
    """The `[auth]` section of secrets.toml for an app at `app_url` and this provider."""
    return (
        "[auth]\n"
        f'redirect_uri = "{app_url}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_urlsafe(32)}"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{secrets.token_urlsafe(16)}"\n'
        f'server_metadata_url = "{provider_url}{METADATA_PATH}"\n'
    )


def app_with_login(
    provider: LoginProvider,
    folder: Path,
    *,
    log_path: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> StreamlitServer:
    """A `streamlit run Home.py` (not started) whose secrets file in `folder` points at
    `provider`; the secrets stay out of the project's .streamlit/ folder."""
    server = StreamlitServer(ROOT / "Home.py", log_path=log_path, env=env)
    path = folder / "secrets.toml"
    path.write_text(auth_secrets(provider.url, server.url), encoding="utf-8")
    path.chmod(0o600)
    server.extra_args.extend(["--secrets.files", str(path)])
    return server


def main(argv: list[str] | None = None) -> int:
    """Start the provider and the app, print the address, stop both on Ctrl-C or SIGTERM."""
    parser = argparse.ArgumentParser(
        prog="python -m ops.login_provider",
        description="The app with login: a local OpenID provider and streamlit run Home.py.",
    )
    parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with tempfile.TemporaryDirectory(prefix="login-") as folder:
        provider = LoginProvider().start()
        server = app_with_login(provider, Path(folder))
        try:
            server.start()
            server.wait_ready()
            print(f"Provider: {provider.url}  (pick alice or bob on its form, or type a name)")
            print(f"App:      {server.url}/login  (Ctrl-C stops both)", flush=True)
            while server.proc is not None and server.proc.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
            provider.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
