"""`python -m ops.login_provider`, started as docs/RUNNING.md says: it serves the app and a provider
whose discovery document the app's `[auth]` secrets name, and SIGTERM stops both."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from ops.streamlit_server import ROOT, health

START_TIMEOUT_S = 90
ADDRESSES = re.compile(r"Provider: (http://127\.0\.0\.1:\d+).*\nApp: +(http://127\.0\.0\.1:\d+)")


def test_one_command_starts_provider_and_app_and_sigterm_stops_both(tmp_path):
    if importlib.util.find_spec("oidc_provider_mock") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but no oidc-provider-mock: .ci/run installs the auth extra")
        pytest.skip("no oidc-provider-mock: pip install -e '.[auth]'")
    out = tmp_path / "out.txt"
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ops.login_provider"],
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not (found := ADDRESSES.search(out.read_text(encoding="utf-8", errors="replace"))):
            assert proc.poll() is None, out.read_text(encoding="utf-8")
            assert time.monotonic() < deadline, out.read_text(encoding="utf-8")
            time.sleep(0.2)
        provider, app = found.groups()
        assert health(app) == "ok"
        discovery = provider + "/.well-known/openid-configuration"
        with urllib.request.urlopen(discovery, timeout=5) as response:
            assert response.status == 200
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        assert health(app) is None
        with pytest.raises(OSError):
            urllib.request.urlopen(discovery, timeout=5)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
