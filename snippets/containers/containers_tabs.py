import pandas as pd
import streamlit as st

TABS = ["Summary", "Chart", "Raw data"]
st.session_state.setdefault("cont_tab_clicks", 0)
st.session_state.setdefault("cont_work", dict.fromkeys(TABS, 0))


def count_click():
    # on_change runs when the user switches tabs, not when code does.
    st.session_state.cont_tab_clicks += 1


def open_tab(label):
    st.session_state.cont_tab = label


summary, chart, raw = st.tabs(
    TABS,
    key="cont_tab",
    on_change=count_click,
)
sales = pd.DataFrame(
    {
        "day": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "sales": [12, 18, 9, 22, 30, 41, 17],
    }
)

# With on_change set, .open says which tab is showing: skip the rest.
for container, label in zip((summary, chart, raw), TABS, strict=True):
    if container.open:
        st.session_state.cont_work[label] += 1
if summary.open:
    with summary:
        st.metric("Sales this week", int(sales["sales"].sum()))
if chart.open:
    with chart:
        st.bar_chart(sales, x="day", y="sales", sort=False)
if raw.open:
    with raw:
        st.dataframe(sales, hide_index=True)

st.button("Show the raw data", on_click=open_tab, args=("Raw data",))
tab = st.session_state.cont_tab
clicks = st.session_state.cont_tab_clicks
st.write(f"Open tab: **{tab}** · tab clicks: {clicks}")
work = st.session_state.cont_work
done = " · ".join(f"{label} {n}" for label, n in work.items())
st.caption(f"Work done: {done}")
