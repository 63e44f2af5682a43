from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "filters",
    "## The smallest version",
    'A keyed multiselect with `bind="query-params"`: pick a region and the address bar '
    "shows `?filters_regions=...`. Reload the tab and the selection comes back from the URL.",
)
show_snippet(lesson, "filters_small.py")
prose(
    "## The complete pattern: a dashboard whose filters stick",
    "Pick a region or two, open another lesson and come back through the menu or a link: "
    "the selection is still there (not with the browser's Back button, see step 3). "
    "Reload the tab or send the URL to a colleague: it is there too, because "
    '`bind="query-params"` writes it into the address as `?selected_regions=EMEA`.',
)
show_snippet(lesson, "filters_dashboard.py")

how_it_works(
    """
1. The multiselect's key, `selected_regions`, is its state, like any keyed widget.
2. `bind="query-params"` also mirrors the value into the URL under the same name (one
   parameter per region). On a new session, from a reload or a shared link, the widget starts
   from the URL.
3. A page switch inside the app keeps the selection for another reason: the server keeps a bound
   widget's value in the session while another page is shown. The other page's URL has no
   parameter, so a reload *there* starts a new session without it: come back, and the selection
   is gone. The browser's **Back** button loses it too, in the same session: it returns to the
   lesson's address without the parameter, and the selection is empty.
4. Values that are not among the options are dropped and removed from the URL, silently. The
   snippet reads `st.query_params` *before* the widget is created, compares the values with the
   options and tells the user which ones it ignored. It shows them with `st.code`, exactly as
   sent: text from a link must never reach Markdown, where it could become a link or an image.
5. **Reset filters** sets the key to `[]` in a callback; the URL parameter goes away with it,
   because a value equal to the default is not written to the URL.
6. The sample data is made once and shared by every session (`st.cache_data`); only the small
   list of selected regions is per user.
"""
)

pitfalls(
    [
        "A bound parameter cannot be written through `st.query_params` "
        '(`st.query_params["selected_regions"] = ...` raises `StreamlitAPIException`); '
        "change `st.session_state.selected_regions` instead.",
        'Without `bind` (or `persist_state="session"`), a keyed widget\'s value is dropped when '
        "the user switches to another page and back.",
        "An empty parameter (`?selected_regions=`) clears the selection; that is not an error.",
        "Never show URL values with `unsafe_allow_html`; they are whatever the link says.",
    ]
)
lesson_link("reload")
