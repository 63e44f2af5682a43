"""Where the project's files are: the only definition of these paths, for the app and its tools."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / "Home.py"
LESSONS_DIR = ROOT / "lessons"
SNIPPETS_DIR = ROOT / "snippets"
STREAMLIT_CONFIG = ROOT / ".streamlit" / "config.toml"
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf.template"
