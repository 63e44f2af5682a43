import time

import pandas as pd
import streamlit as st


@st.cache_resource
def body_runs() -> list[str]:
    """Records each run of slow_query's body, across every session."""
    return []


@st.cache_data(show_spinner="Running the slow query…")
def slow_query(region: str) -> pd.DataFrame:
    body_runs().append(region)
    time.sleep(1)  # stands in for a slow database query
    return pd.DataFrame(
        {
            "region": region,
            "month": ["Jan", "Feb", "Mar"],
            "sales": [120, 95, 143],
        }
    )


st.session_state.setdefault("cache_calls", [])
region = st.selectbox(
    "Region", ["EMEA", "APAC", "LATAM"], key="cache_region"
)

if st.button("Run the query", key="cache_run_query"):
    runs_before = len(body_runs())
    start = time.perf_counter()
    sales = slow_query(region)
    seconds = time.perf_counter() - start
    source = (
        "ran the function body"
        if len(body_runs()) > runs_before
        else "from the cache"
    )
    st.session_state.cache_calls.append(
        f"{region}: {seconds:.3f} s, {source}"
    )
    del st.session_state.cache_calls[:-5]  # keep the last five
    st.dataframe(sales, hide_index=True)

for number, call in enumerate(st.session_state.cache_calls, start=1):
    st.write(f"Call {number} · {call}")
st.caption(
    f"The body of slow_query has run {len(body_runs())} time(s) "
    "on this server."
)
st.button(
    "Clear slow_query's cache",
    on_click=slow_query.clear,
    key="cache_clear_query",
)
