"""The deploy/ recipe without a browser: the nginx configuration it writes, and `python -m
deploy` started as a user starts it: it serves through nginx with a route cookie, keeps a
browser on one process, shares one cookie secret, and SIGTERM stops everything it started.

The browser side (clicks, page switches, uploads, reconnects, the shared store) is in
tests/e2e/test_scale_out.py. Without nginx these tests skip locally and fail with CI=true.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import pytest

from ops.nginx_deployment import ROUTE_COOKIE, find_nginx, max_upload_mb, render_config
from ops.streamlit_server import ROOT, free_port

# nginx in front of Streamlit processes.
pytestmark = pytest.mark.system

IN_CI = os.environ.get("CI", "").lower() == "true"
START_TIMEOUT_S = 90


@pytest.fixture
def nginx() -> Path:
    found = find_nginx()
    if found is None:
        if IN_CI:
            pytest.fail("CI=true but no nginx: .ci/run installs it")
        pytest.skip("no nginx (apt-get install nginx)")
    return found


def test_the_config_has_websocket_upgrade_and_a_cookie_route(tmp_path):
    text = render_config(
        folder=tmp_path, listen_port=8080, backend_ports=[9001, 9002], max_body_mb=5, user=None
    )
    assert "listen 127.0.0.1:8080;" in text
    assert re.search(r"server 127\.0\.0\.1:9001;\s+server 127\.0\.0\.1:9002;", text)
    for line in (
        "proxy_http_version 1.1;",
        "proxy_set_header Upgrade $http_upgrade;",
        "proxy_set_header Connection $connection_upgrade;",
        "proxy_set_header Host $http_host;",
        "proxy_read_timeout 1d;",
        "hash $route consistent;",
        "client_max_body_size 6m;",
    ):
        assert line in text
    assert "ip_hash" not in text.replace("`ip_hash`", "")
    assert "{{" not in text


def test_nginx_accepts_the_config(nginx, tmp_path):
    (tmp_path / "nginx.conf").write_text(
        render_config(
            folder=tmp_path,
            listen_port=free_port(),
            backend_ports=[free_port()],
            max_body_mb=max_upload_mb(),
            user=None,
        )
    )
    result = subprocess.run(
        [nginx, "-t", "-p", tmp_path, "-c", tmp_path / "nginx.conf", "-e", tmp_path / "e.log"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr


def get(url: str, cookie: str = "") -> tuple[int, SimpleCookie]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        jar: SimpleCookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
        return response.status, jar


def test_python_m_deploy_serves_sticky_and_stops_all_on_sigterm(nginx):
    port = free_port()
    launcher = subprocess.Popen(
        [sys.executable, "-m", "deploy", "--processes", "2", "--port", str(port), "--keep-logs"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        assert launcher.stdout is not None
        while not any(line.startswith("Open ") for line in lines):
            assert time.monotonic() < deadline and launcher.poll() is None, "".join(lines)
            lines.append(launcher.stdout.readline())
        url = f"http://127.0.0.1:{port}"
        assert f"Open {url}" in "".join(lines)
        processes = re.findall(r"process \d: http://127\.0\.0\.1:(\d+)", "".join(lines))
        assert len(processes) == 2
        folder = Path(re.search(r"logs and nginx.conf: (\S+)", "".join(lines))[1])

        # A first request gets a route cookie; the same browser keeps its process.
        status, jar = get(f"{url}/quick-start")
        assert status == 200 and ROUTE_COOKIE in jar
        assert jar[ROUTE_COOKIE]["httponly"] and jar[ROUTE_COOKIE]["path"] == "/"
        cookie = f"{ROUTE_COOKIE}={jar[ROUTE_COOKIE].value}"
        for _ in range(5):
            status, again = get(f"{url}/_stcore/health", cookie)
            assert status == 200 and ROUTE_COOKIE not in again  # set once, not every time
        log = (folder / "access.log").read_text()
        served = set(re.findall(rf"route={jar[ROUTE_COOKIE].value} upstream=(\S+)", log))
        assert len(served) == 1 and served.pop().split(":")[1] in processes

        # Every process got the same cookie secret, through the environment.
        secrets = {
            Path(f"/proc/{pid}/environ").read_bytes().split(b"STREAMLIT_SERVER_COOKIE_SECRET=")[1]
            for pid in pids_listening(processes)
        }
        assert len(secrets) == 1

        started = pids_listening([*processes, str(port)])
        launcher.send_signal(signal.SIGTERM)
        assert launcher.wait(timeout=30) == 0
    finally:
        if launcher.poll() is None:
            launcher.kill()
            launcher.wait(timeout=10)
    deadline = time.monotonic() + 10
    while [pid for pid in started if Path(f"/proc/{pid}").exists()]:
        assert time.monotonic() < deadline, "processes left running after SIGTERM"
        time.sleep(0.1)
    shutil.rmtree(folder, ignore_errors=True)


def pids_listening(ports: list[str]) -> set[int]:
    """Pids of the processes listening on these 127.0.0.1 ports (from /proc, no tools)."""
    wanted = {f"0100007F:{int(p):04X}" for p in ports}
    inodes = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1] in wanted and fields[3] == "0A":  # LISTEN
            inodes.add(fields[9])
    pids = set()
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            for fd in fd_dir.iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    pids.add(int(fd_dir.parent.name))
        except OSError:
            continue  # a process that ended meanwhile, or not ours to read
    return pids
