"""Where `streamlit run` finds `runner.enforceSerializableSessionState` (the serializable
lesson's pitfall), with real `streamlit run` processes started from another folder.

AppTest reads config only from the working directory, so only a real server shows the lookup:
`~/.streamlit/config.toml`, then `.streamlit/config.toml` in the folder `streamlit run` starts
in, then `.streamlit/config.toml` beside the script (which wins), then environment variables and
command-line flags. Each case runs the lambda snippet and reads the server's answer over the
app's own WebSocket protocol, as a browser tab would.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.paths import snippet_path
from ops.streamlit_server import StreamlitServer
from ops.ws_client import first_run

# A real `streamlit run` server reads its config.
pytestmark = pytest.mark.system

SNIPPET = snippet_path("serializable_lambda_broken.py")
ON = "[runner]\nenforceSerializableSessionState = true\n"
OFF = "[runner]\nenforceSerializableSessionState = false\n"


class ServerStartedIn(StreamlitServer):
    """`streamlit run <absolute script path>` started in `cwd`, with `home` as $HOME (so no
    personal ~/.streamlit/config.toml takes part) and extra environment variables."""

    def __init__(
        self, script: Path, cwd: Path, home: Path, env: dict[str, str], args: list[str]
    ) -> None:
        super().__init__(script, log_path=home / "server.log", extra_args=args, cwd=cwd)
        self.env = {**os.environ, "HOME": str(home)}
        self.env.pop("STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE", None)
        self.env.update(env)


def first_run_exceptions(url: str) -> list[str]:
    return [proto.type for kind, proto in first_run(url) if kind == "exception"]


def lambda_refused(
    tmp_path: Path,
    *,
    beside_script: str | None = None,
    in_start_folder: str | None = None,
    in_home: str | None = None,
    env: dict[str, str] | None = None,
    args: list[str] | None = None,
) -> bool:
    """Run the lambda snippet from `app/` with `streamlit run` started in `elsewhere/`, each
    folder with the given .streamlit/config.toml (or none). True if the run was refused."""
    app, elsewhere, home = tmp_path / "app", tmp_path / "elsewhere", tmp_path / "home"
    for folder in (app, elsewhere, home):
        folder.mkdir(parents=True)
    script = app / SNIPPET.name
    shutil.copyfile(SNIPPET, script)
    for folder, config in ((app, beside_script), (elsewhere, in_start_folder), (home, in_home)):
        if config is not None:
            (folder / ".streamlit").mkdir()
            (folder / ".streamlit" / "config.toml").write_text(config, encoding="utf-8")
    server = ServerStartedIn(script.resolve(), elsewhere, home, env or {}, args or [])
    with server:
        shown = first_run_exceptions(server.url)
    assert shown in ([], ["streamlit.errors.UnserializableSessionStateError"]), shown
    return bool(shown)


def test_the_config_beside_the_script_counts_when_started_from_another_folder(tmp_path):
    assert lambda_refused(tmp_path, beside_script=ON)


def test_the_config_in_the_start_folder_counts_too(tmp_path):
    assert lambda_refused(tmp_path, in_start_folder=ON)


def test_the_config_beside_the_script_wins_over_the_start_folder(tmp_path):
    assert not lambda_refused(tmp_path, beside_script=OFF, in_start_folder=ON)


def test_the_personal_config_counts_and_the_one_beside_the_script_wins(tmp_path):
    assert lambda_refused(tmp_path / "alone", in_home=ON)
    assert not lambda_refused(tmp_path / "beaten", in_home=ON, beside_script=OFF)


def test_without_any_config_nothing_is_checked(tmp_path):
    assert not lambda_refused(tmp_path)


def test_an_environment_variable_overrides_the_files(tmp_path):
    env = {"STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE": "true"}
    assert lambda_refused(tmp_path, beside_script=OFF, env=env)


def test_a_command_line_flag_overrides_the_files(tmp_path):
    flag = ["--runner.enforceSerializableSessionState", "true"]
    assert lambda_refused(tmp_path, beside_script=OFF, args=flag)
