import pickle

import pandas as pd
import streamlit as st


def pickled_size(value: object) -> int | None:
    """Bytes of pickle.dumps(value); None if it cannot be pickled."""
    try:
        return len(pickle.dumps(value))
    except (pickle.PicklingError, TypeError, AttributeError):
        return None


# Keys starting with "_" are, by convention, kept by helper code
# around the app, not by the app itself: leave them out.
keys = sorted(k for k in st.session_state if not k.startswith("_"))
sizes = pd.DataFrame(
    [
        {"key": key, "bytes": pickled_size(st.session_state[key])}
        for key in keys
    ],
    columns=["key", "bytes"],
).sort_values("bytes", ascending=False, kind="stable")
total = int(sizes["bytes"].sum())

st.metric("This session's state, pickled", f"{total:,} bytes")
st.dataframe(sizes, hide_index=True)
