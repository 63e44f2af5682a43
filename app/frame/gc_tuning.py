"""Make the full garbage collection Streamlit runs after every script run cheap.

Streamlit calls `gc.collect(2)` after each run (`runner.postScriptGC`) so that memory held in
reference cycles goes back before the next click. Most objects such a collection walks belong to
the modules the server imported, which live as long as the process, so the app's first run
moves them to the permanent generation with `gc.freeze()`, once.

Modules a lesson imports later (pandas) are not frozen, and the price is that the objects of the
session whose run froze them (the server's first) are not given back when it ends: once per
process. Both the saving and the price are measured by `bench.probes.profile_rerun` and recorded in
docs/BENCHMARKS.md.
"""

from __future__ import annotations

import gc
import os

# `STREAMLIT_APP_GC_FREEZE=off` skips the freeze: bench/probes/profile_rerun.py measures both ways.
SWITCH = "STREAMLIT_APP_GC_FREEZE"
_frozen = False  # this module is imported once per process, like the objects it freezes


def freeze_startup_objects() -> bool:
    """Freeze what the process holds now, once per process. True if this call froze."""
    global _frozen
    if _frozen or os.environ.get(SWITCH, "").lower() == "off":
        return False
    gc.collect()  # garbage made while importing is freed, not frozen
    gc.freeze()
    _frozen = True
    return True
