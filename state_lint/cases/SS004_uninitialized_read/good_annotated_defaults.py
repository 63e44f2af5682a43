# runs clean: an annotated defaults dict initializes every key a helper reads later
from typing import Any

import streamlit as st

_STATE_DEFAULTS: dict[str, Any] = {"page": "setup", "geo_done": set(), "store_id": ""}

for key, default in _STATE_DEFAULTS.items():
    if key not in st.session_state:
        st.session_state[key] = default.copy() if isinstance(default, set) else default


def geo_done() -> set[str]:
    return st.session_state.geo_done


st.write(st.session_state.page, len(geo_done()))
