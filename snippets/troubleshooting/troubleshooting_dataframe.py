import pandas as pd
import streamlit as st

MAX_ORDERS = 20

st.session_state.setdefault(
    "ts_orders", pd.DataFrame({"item": ["Coffee"], "qty": [1]})
)


def add_order() -> None:
    item = st.session_state.ts_item.strip()
    # The button is disabled when full; check again, a client can
    # send the click anyway.
    if item and len(st.session_state.ts_orders) < MAX_ORDERS:
        row = pd.DataFrame(
            {"item": [item], "qty": [st.session_state.ts_qty]}
        )
        st.session_state.ts_orders = pd.concat(
            [st.session_state.ts_orders, row], ignore_index=True
        )
    st.session_state.ts_item = ""


full = len(st.session_state.ts_orders) >= MAX_ORDERS
# max_chars holds on the server too: Streamlit cuts a longer value.
st.text_input("Item", key="ts_item", max_chars=40)
st.number_input("Quantity", min_value=1, max_value=99, key="ts_qty")
st.button(
    "Add order", on_click=add_order, key="ts_add_order", disabled=full
)
st.dataframe(st.session_state.ts_orders, hide_index=True)
st.caption(
    f"{len(st.session_state.ts_orders)} of {MAX_ORDERS} rows, "
    "kept for this session only."
)
if full:
    st.warning(f"The order list is full ({MAX_ORDERS} rows).")
