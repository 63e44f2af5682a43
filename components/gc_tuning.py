"""Make the full garbage collection Streamlit runs after every script run cheap.

Streamlit calls `gc.collect(2)` after each run (`runner.postScriptGC`, on by default) so that
memory held in reference cycles, a replaced DataFrame say, goes back before the next click. A
full collection walks every object the collector tracks, and most of them belong to the
modules the server imported, which live as long as the process. On this app that walk was
about 65 of the 84 ms of server CPU a click costs (`python -m bench.profile_rerun`).

`gc.freeze()` moves every tracked object to a permanent generation that collections skip.
Done once, on the app's first run: the collection after each run still frees what runs leave
behind, and only stops re-reading the imports. pandas is imported first, because many lessons
import it and it is the largest import by far. A frozen object is still freed when its last
reference goes; only garbage in a cycle among frozen objects would stay. At freeze time those
objects are the imports, which stay anyway, and the first session's own objects (tens of KB,
once per process).
"""

from __future__ import annotations

import gc
import os

# `STREAMLIT_APP_GC_FREEZE=off` skips the freeze: bench/profile_rerun.py measures both ways.
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
