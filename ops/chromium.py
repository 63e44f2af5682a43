"""The system Chromium the browser tests and the bench drive, and the flags it needs here."""

from pathlib import Path

# Debian's Chromium (`apt-get install chromium`); never a browser downloaded by Playwright.
CHROMIUM = Path("/usr/bin/chromium")
# No GPU and no sandbox in this container; no calls home, no first-run UI (the network is closed).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
