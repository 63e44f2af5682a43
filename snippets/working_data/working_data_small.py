import pandas as pd
import streamlit as st


@st.cache_data  # loaded once per server; each call returns a copy
def load() -> pd.DataFrame:
    return pd.DataFrame({"item": ["pen", "ink"], "stock": [10, 4]})


if "wd_df" not in st.session_state:
    st.session_state.wd_df = load()  # this user's own copy


def apply() -> None:
    edits = st.session_state.get("wd_editor", {}).get("edited_rows")
    df = st.session_state.wd_df.copy()
    for row, changes in (edits or {}).items():
        df.loc[int(row), list(changes)] = list(changes.values())
    st.session_state.wd_df = df
    st.session_state.pop("wd_editor", None)  # now in wd_df


def reset() -> None:
    st.session_state.wd_df = load()  # a fresh copy, others untouched
    st.session_state.pop("wd_editor", None)


st.data_editor(st.session_state.wd_df, key="wd_editor")
st.button("Apply", key="wd_apply", on_click=apply)
st.button("Reset", key="wd_reset", on_click=reset)
