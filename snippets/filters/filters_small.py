import streamlit as st

SALES = {"APAC": 120, "EMEA": 340, "LATAM": 90, "North America": 410}

# The key holds the selection; bind="query-params" also writes it
# into the URL, so a reload or a shared link starts from it.
picked = st.multiselect(
    "Sales regions",
    list(SALES),
    key="filters_regions",
    bind="query-params",
    placeholder="All regions",
)
total = sum(SALES[region] for region in picked or SALES)
st.write(f"Revenue: {total}")
