"""Which Streamlit release first shipped each feature a snippet may use, and what a snippet uses.

A lesson's `min_version` is the newest release among the features its snippets use (when newer
than 1.50, the oldest release the app's prose assumes). tests/test_versions.py scans every
snippet of every lesson in the catalog with `features_used` and checks the catalog row, so a new
lesson, or a new argument in an old one, cannot forget it.

`FIRST_RELEASE` was read from the published wheels 1.50.0 to 1.67.0 (`pip download --no-deps
streamlit==X`, then the signatures in the unpacked source; `tools/feature_releases.py` prints the
rows again). A function new since 1.50 is listed by name (`"pagination"`), a new keyword argument
as `"name(arg=)"`, a new value of an existing argument as `'name(arg="value")'`: `text_input`
has had `type=` for long, but its annotation lists "email", "url", "phone" and "search" only
from 1.62.0 on (1.61.0 still reads `Literal["default", "password"]`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

FIRST_RELEASE: dict[str, str] = {
    # 1.51
    "altair_chart(height=)": "1.51",
    "altair_chart(width=)": "1.51",
    "feedback(default=)": "1.51",
    "plotly_chart(width=)": "1.51",
    "popover(type=)": "1.51",
    "space": "1.51",
    "vega_lite_chart(height=)": "1.51",
    "vega_lite_chart(width=)": "1.51",
    "write_stream(cursor=)": "1.51",
    # 1.52
    "badge(help=)": "1.52",
    "button(shortcut=)": "1.52",
    "caption(text_alignment=)": "1.52",
    "chat_input(accept_audio=)": "1.52",
    "chat_input(audio_sample_rate=)": "1.52",
    "data_editor(placeholder=)": "1.52",
    "dataframe(placeholder=)": "1.52",
    "datetime_input": "1.52",
    "download_button(shortcut=)": "1.52",
    "form_submit_button(shortcut=)": "1.52",
    "header(text_alignment=)": "1.52",
    "html(unsafe_allow_javascript=)": "1.52",
    "link_button(shortcut=)": "1.52",
    "markdown(text_alignment=)": "1.52",
    "metric(delta_arrow=)": "1.52",
    "page_link(query_params=)": "1.52",
    "plotly_chart(height=)": "1.52",
    "subheader(text_alignment=)": "1.52",
    "switch_page(query_params=)": "1.52",
    "text(text_alignment=)": "1.52",
    "title(text_alignment=)": "1.52",
    # 1.53
    "button(icon_position=)": "1.53",
    "cache_data(scope=)": "1.53",
    "cache_resource(on_release=)": "1.53",
    "cache_resource(scope=)": "1.53",
    "chat_input(max_upload_size=)": "1.53",
    "download_button(icon_position=)": "1.53",
    "file_uploader(max_upload_size=)": "1.53",
    "form_submit_button(icon_position=)": "1.53",
    "link_button(icon_position=)": "1.53",
    "metric(format=)": "1.53",
    "page_link(icon_position=)": "1.53",
    # 1.55
    "checkbox(bind=)": "1.55",
    "color_picker(bind=)": "1.55",
    "date_input(bind=)": "1.55",
    "datetime_input(bind=)": "1.55",
    "expander(args=)": "1.55",
    "expander(key=)": "1.55",
    "expander(kwargs=)": "1.55",
    "expander(on_change=)": "1.55",
    "image(link=)": "1.55",
    "metric(delta_description=)": "1.55",
    "multiselect(bind=)": "1.55",
    "number_input(bind=)": "1.55",
    "pills(bind=)": "1.55",
    "popover(args=)": "1.55",
    "popover(key=)": "1.55",
    "popover(kwargs=)": "1.55",
    "popover(on_change=)": "1.55",
    "radio(bind=)": "1.55",
    "segmented_control(bind=)": "1.55",
    "select_slider(bind=)": "1.55",
    "selectbox(bind=)": "1.55",
    "slider(bind=)": "1.55",
    "table(height=)": "1.55",
    "table(width=)": "1.55",
    "tabs(args=)": "1.55",
    "tabs(key=)": "1.55",
    "tabs(kwargs=)": "1.55",
    "tabs(on_change=)": "1.55",
    "text_area(bind=)": "1.55",
    "text_input(bind=)": "1.55",
    "time_input(bind=)": "1.55",
    "toggle(bind=)": "1.55",
    # 1.56
    "chat_input(height=)": "1.56",
    "container(autoscroll=)": "1.56",
    "dataframe(selection_default=)": "1.56",
    "iframe": "1.56",
    "link_button(args=)": "1.56",
    "link_button(key=)": "1.56",
    "link_button(kwargs=)": "1.56",
    "link_button(on_click=)": "1.56",
    "menu_button": "1.56",
    "multiselect(filter_mode=)": "1.56",
    "pills(required=)": "1.56",
    "segmented_control(required=)": "1.56",
    "selectbox(filter_mode=)": "1.56",
    "table(hide_header=)": "1.56",
    "table(hide_index=)": "1.56",
    # 1.57
    "error(title=)": "1.57",
    "info(title=)": "1.57",
    "success(title=)": "1.57",
    "warning(title=)": "1.57",
    # 1.58
    "expander(type=)": "1.58",
    "fragment(parallel=)": "1.58",
    "pagination": "1.58",
    "status(type=)": "1.58",
    # 1.59
    "camera_input(resolution=)": "1.59",
    "chat_input(submit_mode=)": "1.59",
    "checkbox(persist_state=)": "1.59",
    "color_picker(persist_state=)": "1.59",
    "date_input(persist_state=)": "1.59",
    "datetime_input(persist_state=)": "1.59",
    "markdown(anchors=)": "1.59",
    "mermaid_chart": "1.59",
    "multiselect(persist_state=)": "1.59",
    "number_input(persist_state=)": "1.59",
    "pagination(persist_state=)": "1.59",
    "pills(persist_state=)": "1.59",
    "radio(persist_state=)": "1.59",
    "segmented_control(persist_state=)": "1.59",
    "select_slider(persist_state=)": "1.59",
    "selectbox(persist_state=)": "1.59",
    "skeleton": "1.59",
    "slider(persist_state=)": "1.59",
    "text_area(persist_state=)": "1.59",
    "text_input(persist_state=)": "1.59",
    "time_input(persist_state=)": "1.59",
    "toggle(persist_state=)": "1.59",
    # 1.60
    "tabs(height=)": "1.60",
    # 1.61
    "cache_data(refresh_mode=)": "1.61",
    "cache_resource(refresh_mode=)": "1.61",
    "dataframe(lazy=)": "1.61",
    "metric(icon=)": "1.61",
    "time_input(format=)": "1.61",
    # 1.62
    "button(wrap=)": "1.62",
    "checkbox(wrap=)": "1.62",
    "columns(wrap=)": "1.62",
    "container(wrap=)": "1.62",
    "download_button(wrap=)": "1.62",
    "form_submit_button(wrap=)": "1.62",
    "link_button(wrap=)": "1.62",
    "menu_button(wrap=)": "1.62",
    "multiselect(wrap=)": "1.62",
    "popover(wrap=)": "1.62",
    'text_input(type="email")': "1.62",
    'text_input(type="phone")': "1.62",
    'text_input(type="search")': "1.62",
    'text_input(type="url")': "1.62",
    "text_input(validate=)": "1.62",
    "toggle(wrap=)": "1.62",
    # 1.63
    "caption(wrap=)": "1.63",
    "fragment(key=)": "1.63",
    "header(icon=)": "1.63",
    "header(wrap=)": "1.63",
    "markdown(wrap=)": "1.63",
    "multiselect(select_all=)": "1.63",
    "pills(wrap=)": "1.63",
    "segmented_control(wrap=)": "1.63",
    "subheader(icon=)": "1.63",
    "subheader(wrap=)": "1.63",
    "text(wrap=)": "1.63",
    "title(icon=)": "1.63",
    "title(wrap=)": "1.63",
    # 1.64
    "echarts_chart": "1.64",
    "text_input(live=)": "1.64",
    # 1.65
    "altair_chart(alt=)": "1.65",
    "area_chart(alt=)": "1.65",
    "audio(alt=)": "1.65",
    "bar_chart(alt=)": "1.65",
    "data_editor(alt=)": "1.65",
    "dataframe(alt=)": "1.65",
    "echarts_chart(alt=)": "1.65",
    "expander(bind=)": "1.65",
    "graphviz_chart(alt=)": "1.65",
    "iframe(alt=)": "1.65",
    "image(alt=)": "1.65",
    "line_chart(alt=)": "1.65",
    "map(alt=)": "1.65",
    "mermaid_chart(alt=)": "1.65",
    "number_input(required=)": "1.65",
    "pdf(alt=)": "1.65",
    "plotly_chart(alt=)": "1.65",
    "pydeck_chart(alt=)": "1.65",
    "pyplot(alt=)": "1.65",
    "scatter_chart(alt=)": "1.65",
    "table(alt=)": "1.65",
    "tabs(bind=)": "1.65",
    "text_input(required=)": "1.65",
    "vega_lite_chart(alt=)": "1.65",
    "video(alt=)": "1.65",
    # 1.67
    "cache_data(max_size=)": "1.67",
    "date_input(required=)": "1.67",
    "datetime_input(required=)": "1.67",
    "echarts_chart(on_select=)": "1.67",
    "feedback(bind=)": "1.67",
    "feedback(persist_state=)": "1.67",
    "grid": "1.67",
    "selectbox(icon=)": "1.67",
    "selectbox(required=)": "1.67",
    "text_area(required=)": "1.67",
    "time_input(required=)": "1.67",
}

# The oldest release the app assumes without saying so: features up to it need no note.
BASELINE = "1.50"


def release_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def call_features(call: ast.Call) -> list[str]:
    """Every `FIRST_RELEASE` name a call could match: its function, each keyword argument and
    each keyword argument with its literal string value."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name is None:
        return []
    found = [name]
    for keyword in call.keywords:
        if keyword.arg is None:
            continue
        found.append(f"{name}({keyword.arg}=)")
        if isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str):
            found.append(f'{name}({keyword.arg}="{keyword.value.value}")')
    return found


def features_used(paths: Iterable[Path]) -> dict[str, str]:
    """Feature -> first release, for every feature newer than the baseline in these files."""
    used: dict[str, str] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for feature in call_features(node):
                    if feature in FIRST_RELEASE:
                        used[feature] = FIRST_RELEASE[feature]
    return used


def min_version(paths: Iterable[Path]) -> str | None:
    """The newest release among the features these files use, or None if all are older."""
    releases = features_used(paths).values()
    newest = max(releases, key=release_key, default=None)
    if newest is None or release_key(newest) <= release_key(BASELINE):
        return None
    return newest
