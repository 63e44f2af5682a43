import pandas as pd
import streamlit as st

REGIONS = ["APAC", "EMEA", "LATAM", "North America"]


@st.cache_data
def load_orders() -> pd.DataFrame:
    # Shared data: loaded once per server process, never stored per
    # session.
    n = 100_000
    return pd.DataFrame(
        {
            "region": [REGIONS[i % 4] for i in range(n)],
            "amount": [i % 997 for i in range(n)],
        }
    )


orders = load_orders()

# Per-session working data: only the user's choice, a few bytes.
region = st.selectbox("Orders from", REGIONS, key="size_region")

selected = orders[orders["region"] == region]
st.write(
    f"{len(selected):,} orders from {region}, "
    f"total {selected['amount'].sum():,}"
)
