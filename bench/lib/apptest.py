"""AppTest run the way a server runs a script: from the project root, with one shared
ScriptCache, so timings leave out the compile time a server pays only once.

The suite's page overhead, the durable store's per-rerun cost and the server-side probes time
their reruns with these helpers.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from streamlit import logger as streamlit_logger
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest, app_test, local_script_runner

from app.paths import ROOT

TIMEOUT = 60  # seconds AppTest waits for one run


def timed(step: Callable[[], AppTest]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


@contextmanager
def server_like_apptest() -> Iterator[Path]:
    """Run from the project root (config.toml) with one ScriptCache, as a server has."""
    cwd = os.getcwd()
    shared = ScriptCache()
    modules = (app_test, local_script_runner)
    originals = [module.ScriptCache for module in modules]
    for module in modules:
        module.ScriptCache = lambda: shared  # type: ignore[assignment, misc]
    os.chdir(ROOT)
    # AppTest outside a script run logs "missing ScriptRunContext" for every app it builds.
    level = streamlit_logger.get_logger("streamlit").level
    streamlit_logger.set_log_level("error")
    try:
        with tempfile.TemporaryDirectory(prefix="bench-bare-") as tmp:
            yield Path(tmp)
    finally:
        streamlit_logger.set_log_level(level)
        os.chdir(cwd)
        for module, original in zip(modules, originals, strict=True):
            module.ScriptCache = original  # type: ignore[misc]
