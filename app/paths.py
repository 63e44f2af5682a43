"""Where the project's files are: the only definition of these paths, for the app and its tools."""

from __future__ import annotations

import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / "Home.py"
LESSONS_DIR = ROOT / "lessons"
SNIPPETS_DIR = ROOT / "snippets"
STREAMLIT_CONFIG = ROOT / ".streamlit" / "config.toml"
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf.template"


@functools.cache
def snippet_path(file: str) -> Path:
    """The snippet file named `file` in its lesson's folder, `snippets/<lesson>/<file>`, for code
    that knows a snippet only by name (a Predict question); names are unique across lessons."""
    found = list(SNIPPETS_DIR.glob(f"*/{file}"))
    if len(found) != 1:
        raise FileNotFoundError(f"{len(found)} snippets named {file!r} under {SNIPPETS_DIR}")
    return found[0]
