import pandas as pd
import streamlit as st

st.session_state.setdefault(
    "ts_orders", pd.DataFrame({"item": ["Coffee"], "qty": [1]})
)


def add_order() -> None:
    item = st.session_state.ts_item.strip()
    if item:
        row = pd.DataFrame(
            {"item": [item], "qty": [st.session_state.ts_qty]}
        )
        st.session_state.ts_orders = pd.concat(
            [st.session_state.ts_orders, row], ignore_index=True
        )
    st.session_state.ts_item = ""


st.text_input("Item", key="ts_item")
st.number_input("Quantity", min_value=1, max_value=99, key="ts_qty")
st.button("Add order", on_click=add_order, key="ts_add_order")
st.dataframe(st.session_state.ts_orders, hide_index=True)
st.caption(
    f"{len(st.session_state.ts_orders)} rows, "
    "kept for this session only."
)
