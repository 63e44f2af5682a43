"""Run Python in a child process, as a developer or CI runs a command: from the project root
unless told otherwise, output captured as text, the exit code left to the test to read."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from app.paths import ROOT


def run_python(
    *args: str, timeout: float, cwd: Path = ROOT, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python <args>` with this interpreter; `env` None keeps this process's environment."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
