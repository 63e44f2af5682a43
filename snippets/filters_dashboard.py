import pandas as pd
import streamlit as st

REGIONS = ["APAC", "EMEA", "LATAM", "North America"]


@st.cache_data
def sample_sales() -> pd.DataFrame:
    """Six months of made-up sales, so the snippet runs anywhere."""
    prices = {"Starter": 49, "Team": 199, "Enterprise": 899}
    regions = ["APAC", "EMEA", "LATAM", "North America"]
    rows = []
    for m in range(1, 7):
        for r, region in enumerate(regions):
            for p, (product, price) in enumerate(prices.items()):
                units = 5 + (m * 7 + r * 11 + p * 13) % 40
                month = f"2026-{m:02}"
                rows.append(
                    (month, region, product, units, units * price)
                )
    columns = ["month", "region", "product", "units", "revenue"]
    return pd.DataFrame(rows, columns=columns)


def reset_filters() -> None:
    # A bound widget is changed through its key; the URL follows.
    st.session_state.selected_regions = []


def shown_as_text(value: str) -> str:
    # Values from the URL are user input: cut them short and escape
    # Markdown.
    value = value if len(value) <= 30 else value[:29] + "…"
    return (
        '"'
        + "".join(
            "\\" + c if c in "\\`*_[]()<>#!|~$" else c for c in value
        )
        + '"'
    )


# Read the link's values before the widget does: bind="query-params"
# drops unknown
# values from the URL silently, and the user should know the link was
# not used as sent.
ignored = [
    v
    for v in st.query_params.get_all("selected_regions")
    if v and v not in REGIONS
]

st.multiselect(
    "Regions",
    REGIONS,
    key="selected_regions",
    # the selection lives in the URL: reloads and shared links keep it
    bind="query-params",
    placeholder="All regions",
)
if ignored:
    st.warning(
        "The link asked for regions that do not exist, "
        "so they were ignored: "
        + ", ".join(shown_as_text(v) for v in ignored),
        icon=":material/link_off:",
    )
st.button(
    "Reset filters",
    on_click=reset_filters,
    disabled=not st.session_state.selected_regions,
)

selected = st.session_state.selected_regions
st.write(
    "Current filters:",
    ", ".join(selected) if selected else "none (all regions)",
)

sales = sample_sales()
shown = sales[sales["region"].isin(selected)] if selected else sales
revenue = shown.pivot_table(
    index="month", columns="region", values="revenue", aggfunc="sum"
)
st.bar_chart(revenue, y_label="Revenue")
st.dataframe(shown, hide_index=True, height=240)
st.caption(
    f"{len(shown)} of {len(sales)} rows · "
    f"revenue {shown['revenue'].sum():,}"
)
