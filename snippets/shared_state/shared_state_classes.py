from dataclasses import dataclass
from enum import Enum

import streamlit as st


# Both are defined in the script: each run makes new classes.
class Size(Enum):
    SMALL = "small"
    LARGE = "large"


@dataclass
class Order:
    item: str
    size: Size


# An Order made on the first run, kept across reruns in a cache.
# In session state it goes stale the same way (and fails the next
# run's check when runner.enforceSerializableSessionState is on).
@st.cache_resource(scope="session")
def first_order() -> Order:
    return Order("tea", Size.SMALL)


st.session_state.setdefault("shared_runs", 0)
st.session_state.shared_runs += 1
kept = first_order()
st.write(f"Run {st.session_state.shared_runs} of this script")
st.text(f"isinstance(kept, Order): {isinstance(kept, Order)}")
st.text(f"kept.size == Size.SMALL: {kept.size == Size.SMALL}")
st.button("Rerun", key="shared_rerun")

# The fix: keep plain values in state, rebuild objects every run.
st.radio(
    "Size",
    [member.value for member in Size],  # plain strings, picklable
    horizontal=True,
    key="shared_size",
)
order = Order("tea", Size(st.session_state.shared_size))
st.text(f"Rebuilt this run: {order}")
st.text(f"isinstance(order, Order): {isinstance(order, Order)}")
