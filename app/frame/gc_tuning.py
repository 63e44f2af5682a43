"""Make the full garbage collection Streamlit runs after every script run cheap.

Streamlit calls `gc.collect(2)` after each run (`runner.postScriptGC`, on by default) so that
memory held in reference cycles, a replaced DataFrame say, goes back before the next click. A
full collection walks every object the collector tracks, and most of them belong to the
modules the server imported, which live as long as the process. Freezing them took a
quick-start click from about 90 to about 20 ms of server CPU (docs/BENCHMARKS.md,
`python -m bench.probes.profile_rerun`).

`gc.freeze()` moves every tracked object to a permanent generation that collections skip.
Done once, on the app's first run: the collection after each run still frees what runs leave
behind, and only stops re-reading the imports. Modules a lesson imports later (pandas) are not
frozen: importing pandas up front would cost every process about 78 MB, and a second freeze
would take in the sessions open at that moment. A frozen object is still freed when its last
reference goes; only garbage in a cycle among frozen objects would stay. At freeze time those
objects are the imports, which stay anyway, and the objects of the session whose run froze them
(the server's first): when that one session ends, what it holds is not given back. That is
measured (`python -m bench.probes.profile_rerun --data 1`), and it is the price: once per
process, one session's state (here at most a few times the 7 MB of too-much-data's largest
table), against about 70 ms saved on every later click.
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
