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


# Read the link's values before the widget does: bind="query-params"
# drops unknown values from the URL silently, and the user should
# know the link was not used as sent.
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
        "The link asked for regions that do not exist, so they were "
        "ignored. Here they are, as the link sent them:",
        icon=":material/link_off:",
    )
    # Text from a link is user input: st.code shows it as it is (no
    # Markdown, no links), cut short, and only the first few.
    shown = [v if len(v) <= 30 else v[:29] + "…" for v in ignored[:5]]
    if len(ignored) > 5:
        shown.append(f"(and {len(ignored) - 5} more)")
    st.code("\n".join(shown), language=None)
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
