"""The lessons: one row each. Navigation, the landing page, the inspector and the tests read it.

Adding a lesson means adding one `Lesson` row here (plus its page, snippet and test files).
"""

from __future__ import annotations

import builtins
import importlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = ROOT / "snippets"

HOME_PAGE = "lessons/home.py"


@dataclass(frozen=True)
class Snippet:
    """A copy-paste snippet file in `snippets/`.

    `raises` names the exception class a deliberately broken snippet raises (dotted path for
    non-builtins); the page shows it inside the lesson frame and the tests assert it exactly.
    """

    file: str
    raises: str | None = None

    @property
    def path(self) -> Path:
        return SNIPPETS_DIR / self.file

    @property
    def is_broken(self) -> bool:
        return self.raises is not None

    def exception_class(self) -> type[BaseException]:
        """Resolve `raises` to the class, so a page can catch exactly that class and no other."""
        if self.raises is None:
            raise ValueError(f"{self.file} is not a broken snippet")
        module_name, _, class_name = self.raises.rpartition(".")
        owner = importlib.import_module(module_name) if module_name else builtins
        exc = getattr(owner, class_name)
        if not (isinstance(exc, type) and issubclass(exc, BaseException)):
            raise TypeError(f"{self.raises} is not an exception class")
        return exc


@dataclass(frozen=True)
class Lesson:
    """One lesson page. `keys` are the session-state keys its snippets own."""

    slug: str
    title: str
    section: str
    icon: str
    summary: str
    tags: tuple[str, ...]
    snippets: tuple[Snippet, ...]
    keys: tuple[str, ...]
    shared_keys: tuple[str, ...] = ()
    min_version: str | None = None
    # Companion page files (hidden from the sidebar) that belong to this lesson, e.g. the other
    # side of a page switch. Their keys are this lesson's keys.
    extra_pages: tuple[str, ...] = ()

    @property
    def page(self) -> str:
        """Page file, relative to the project root (the form `st.Page` and `switch_page` use).

        In lessons/, not pages/: Streamlit treats a pages/ folder beside the entry script as a
        v1 multipage app, and a URL matching a file name there would run it without Home.py.
        """
        return f"lessons/{self.slug.replace('-', '_')}.py"

    @property
    def url_path(self) -> str:
        return self.slug

    def snippet(self, file: str) -> Snippet:
        for snippet in self.snippets:
            if snippet.file == file:
                return snippet
        raise KeyError(f"{file} is not a snippet of lesson {self.slug!r}")

    def search_text(self) -> str:
        return " ".join((self.title, self.summary, *self.tags)).lower()


BASICS: tuple[Lesson, ...] = (
    Lesson(
        slug="quick-start",
        title="Quick start: a counter",
        section="Basics",
        icon=":material/exposure_plus_1:",
        summary="Keep a value alive across reruns: the counter that every click increments.",
        tags=("counter", "button", "rerun", "increment", "guard"),
        snippets=(
            Snippet("counter.py"),
            Snippet("counter_without_state.py"),
            Snippet("counter_callback.py"),
        ),
        keys=("count", "naive_increment", "count_cb"),
    ),
    Lesson(
        slug="initialize",
        title="Initialize state safely",
        section="Basics",
        icon=":material/start:",
        summary="Give every key a value before you read it: guard, setdefault, or one helper.",
        tags=("initialize", "setdefault", "guard", "KeyError", "AttributeError", "default"),
        snippets=(
            Snippet("initialize_guard.py"),
            Snippet("initialize_setdefault.py"),
            Snippet("initialize_helper.py"),
            Snippet("initialize_missing_item_broken.py", raises="KeyError"),
            Snippet("initialize_missing_attr_broken.py", raises="AttributeError"),
        ),
        keys=("theme", "page_size", "sort_by", "show_archived"),
    ),
    Lesson(
        slug="widget-keys",
        title="Widgets bound by key",
        section="Basics",
        icon=":material/key:",
        summary="Give a widget a key and its value lives in session state, no syncing needed.",
        tags=("widget", "key", "text_input", "selectbox", "value", "bind"),
        snippets=(Snippet("widget_keys.py"), Snippet("widget_keys_value_conflict.py")),
        keys=("project_name", "env", "team"),
    ),
    Lesson(
        slug="callbacks",
        title="Callbacks: on_click and on_change",
        section="Basics",
        icon=":material/call_received:",
        summary="Update state in a callback, which runs before the script reruns.",
        tags=("callback", "on_click", "on_change", "args", "kwargs", "order", "button"),
        snippets=(
            Snippet("callbacks_save_name.py"),
            Snippet("callbacks_on_change.py"),
            Snippet("callbacks_args.py"),
        ),
        keys=("name", "submitted_name", "celsius", "fahrenheit", "votes", "last_vote"),
    ),
)

PATTERNS: tuple[Lesson, ...] = (
    Lesson(
        slug="toggle",
        title="Show and hide a section",
        section="Patterns",
        icon=":material/toggle_on:",
        summary="Open and close an advanced section without losing what the user ticked in it.",
        tags=("toggle", "button", "checkbox", "show", "hide", "advanced", "persist_state"),
        snippets=(Snippet("toggle_advanced.py"), Snippet("toggle_switch.py")),
        keys=("show_advanced", "advanced_open", "audit_logging", "experimental_template"),
    ),
    Lesson(
        slug="wizard",
        title="Multi-step wizard",
        section="Patterns",
        icon=":material/linear_scale:",
        summary="Steps that validate, go back without losing input, and start over cleanly.",
        tags=("wizard", "steps", "multi-step", "upload", "csv", "on_click", "rerun", "progress"),
        snippets=(Snippet("wizard.py"), Snippet("wizard_rerun.py")),
        keys=(
            "wizard_step",
            "wizard_data",
            "wizard_source",
            "wizard_error",
            "wizard_upload",
            "wizard_target",
            "wizard_features",
            "wizard_holdout",
            "wizard_sample",
            "wizard_back",
            "wizard_continue",
            "wizard_start_over",
            "step",
        ),
    ),
    Lesson(
        slug="filters",
        title="Sticky filters",
        section="Patterns",
        icon=":material/filter_alt:",
        summary="Filters that survive page switches, reloads and shared links, even bad ones.",
        tags=("filters", "multiselect", "dashboard", "query params", "url", "share", "bind"),
        snippets=(Snippet("filters_dashboard.py"),),
        keys=("selected_regions",),
    ),
    Lesson(
        slug="forms",
        title="Forms: submit once, validate",
        section="Patterns",
        icon=":material/edit_note:",
        summary="Batch inputs until submit, validate them, and keep what the user typed.",
        tags=("form", "submit", "validation", "email", "clear_on_submit", "on_click"),
        snippets=(
            Snippet("forms_profile.py"),
            Snippet("forms_validated.py"),
            Snippet("forms_clear_on_submit.py"),
            Snippet(
                "forms_callback_broken.py",
                raises="streamlit.errors.StreamlitInvalidFormCallbackError",
            ),
        ),
        keys=(
            "email",
            "saved_email",
            "form_runs",
            "contact_email",
            "contact_name",
            "contact_saved",
            "contact_error",
            "note_text",
            "notes",
            "note_error",
            "nickname",
        ),
    ),
    Lesson(
        slug="working-data",
        title="Per-user working data",
        section="Patterns",
        icon=":material/table_edit:",
        summary="Load shared data once, then let each user edit, undo and reset their own copy.",
        tags=("dataframe", "pandas", "data_editor", "undo", "reset", "cache_data", "copy"),
        snippets=(Snippet("working_data.py"),),
        keys=("working_df", "working_history", "working_editor", "working_message"),
    ),
)

STATE_VS_CACHE: tuple[Lesson, ...] = (
    Lesson(
        slug="cache-vs-state",
        title="Session state vs caching",
        section="State vs cache",
        icon=":material/cached:",
        summary="Per-user values go in session state; slow results and shared objects in a cache.",
        tags=(
            "cache",
            "cache_data",
            "cache_resource",
            "shared",
            "performance",
            "slow query",
            "copy",
            "scope",
            "lock",
        ),
        snippets=(
            Snippet("cache_vs_state_counters.py"),
            Snippet("cache_vs_state_slow_query.py"),
            Snippet("cache_vs_state_copies.py"),
            Snippet("cache_vs_state_scope.py"),
        ),
        keys=(
            "cache_my_clicks",
            "cache_click",
            "cache_clear_clicks",
            "cache_region",
            "cache_run_query",
            "cache_calls",
            "cache_clear_query",
            "cache_append",
            "cache_reset_regions",
            "cache_note",
            "cache_add_note",
            "cache_clear_db",
        ),
    ),
    Lesson(
        slug="durable-state",
        title="Durable state: reloads, restarts, servers",
        section="State vs cache",
        icon=":material/database:",
        summary="Keep a user's state in a database, found again by a token in the URL.",
        tags=(
            "persist",
            "persistence",
            "database",
            "sql",
            "st.connection",
            "sqlite",
            "postgresql",
            "token",
            "url",
            "query_params",
            "reload",
            "refresh",
            "logged out",
            "restart",
            "cookie",
            "localStorage",
            "two tabs",
            "lost update",
            "optimistic concurrency",
            "version",
            "scale out",
            "replicas",
            "sticky sessions",
            "load balancer",
            "forget me",
        ),
        snippets=(
            Snippet("durable_state_store.py"),
            Snippet("durable_state_two_tabs.py"),
        ),
        keys=(
            "durable_token",
            "durable_items",
            "durable_version",
            "durable_added",
            "durable_notice",
            "durable_item",
            "durable_add",
            "durable_reload",
            "durable_clear",
            "durable_rotate",
            "durable_forget",
            "durable_demo_token",
            "durable_tabs",
            "durable_saves",
            "durable_tab_notice",
            "durable_check",
            "durable_add_A",
            "durable_add_B",
            "durable_reload_A",
            "durable_reload_B",
            "durable_start_over",
        ),
    ),
)

PITFALLS: tuple[Lesson, ...] = (
    Lesson(
        slug="errors",
        title="Common errors and limits",
        section="Pitfalls",
        icon=":material/error:",
        summary="Each session-state error reproduced live with its real message, then fixed.",
        tags=(
            "error",
            "exception",
            "KeyError",
            "StreamlitWidgetAlreadyInstantiatedError",
            "StreamlitValueAssignmentNotAllowedError",
            "StreamlitDuplicateElementKey",
            "form",
            "limits",
        ),
        snippets=(
            Snippet("errors_missing_key_broken.py", raises="KeyError"),
            Snippet("errors_missing_key.py"),
            Snippet(
                "errors_widget_modified_broken.py",
                raises="streamlit.errors.StreamlitWidgetAlreadyInstantiatedError",
            ),
            Snippet("errors_widget_modified.py"),
            Snippet(
                "errors_button_value_broken.py",
                raises="streamlit.errors.StreamlitValueAssignmentNotAllowedError",
            ),
            Snippet("errors_button_value.py"),
            Snippet(
                "errors_form_callback_broken.py",
                raises="streamlit.errors.StreamlitInvalidFormCallbackError",
            ),
            Snippet("errors_form_callback.py"),
            Snippet(
                "errors_duplicate_key_broken.py",
                raises="streamlit.errors.StreamlitDuplicateElementKey",
            ),
            Snippet("errors_duplicate_key.py"),
        ),
        keys=(
            "err_visits",
            "err_city_broken",
            "err_city",
            "err_use_paris",
            "err_save_broken",
            "err_save",
            "err_saved",
            "err_email_broken",
            "err_email",
            "err_subscribed",
            "err_name_broken",
            "err_first_name",
            "err_last_name",
        ),
    ),
    Lesson(
        slug="multipage",
        title="Persisting state across pages",
        section="Pitfalls",
        icon=":material/swap_horiz:",
        summary="Plain keys survive a page switch; a widget's value does not unless you keep it.",
        tags=(
            "multipage",
            "switch_page",
            "persist_state",
            "navigation",
            "router",
            "widget",
            "lost",
        ),
        snippets=(
            Snippet("multipage_lost.py"),
            Snippet("multipage_persist_state.py"),
            Snippet("multipage_copy_key.py"),
            Snippet("multipage_router.py"),
            Snippet("multipage_old_trick.py"),
        ),
        keys=(
            "mp_clicks",
            "mp_nickname",
            "mp_kept",
            "mp_city",
            "mp_city_input",
            "mp_router_name",
            "mp_trick",
        ),
        min_version="1.59",
        extra_pages=("lessons/multipage_other.py",),
    ),
    Lesson(
        slug="reload",
        title="Losing state after reload",
        section="Pitfalls",
        icon=":material/refresh:",
        summary="A reload or a typed URL starts a new session: only the URL and caches remain.",
        tags=("reload", "refresh", "websocket", "session", "url", "query_params", "lost"),
        snippets=(Snippet("reload_new_session.py"),),
        keys=("reload_session_number", "reload_clicks", "reload_fruit", "reload_note"),
        min_version="1.55",
    ),
    Lesson(
        slug="too-much-data",
        title="Storing too much data",
        section="Pitfalls",
        icon=":material/memory:",
        summary="Keep per-user working data in state; share big data through st.cache_data.",
        tags=("memory", "size", "dataframe", "pickle", "cache_data", "delete", "large"),
        snippets=(
            Snippet("too_much_data_grow.py"),
            Snippet("too_much_data_meter.py"),
            Snippet("too_much_data_cache.py"),
        ),
        keys=("size_table", "size_region"),
    ),
    Lesson(
        slug="serializable",
        title="Serializable session state",
        section="Pitfalls",
        icon=":material/data_object:",
        summary="With enforceSerializableSessionState on, store only values pickle accepts.",
        tags=("pickle", "serializable", "enforceSerializableSessionState", "lambda", "config"),
        snippets=(
            Snippet("serializable_check_first.py"),
            Snippet(
                "serializable_lambda_broken.py",
                raises="streamlit.errors.UnserializableSessionStateError",
            ),
        ),
        keys=("ser_kind", "ser_value", "ser_settings", "ser_format", "ser_callback"),
    ),
    Lesson(
        slug="troubleshooting",
        title="Troubleshooting and FAQ",
        section="Pitfalls",
        icon=":material/build:",
        summary="State one click behind, inputs that reset, pages: each symptom shown, then fixed.",
        tags=(
            "troubleshooting",
            "faq",
            "stale",
            "click twice",
            "reset",
            "text_input",
            "key",
            "DataFrame",
            "pages",
        ),
        snippets=(
            Snippet("troubleshooting_stale_read.py"),
            Snippet("troubleshooting_stale_read_fixed.py"),
            Snippet("troubleshooting_changing_key.py"),
            Snippet("troubleshooting_reset_every_run.py"),
            Snippet("troubleshooting_stable_input.py"),
            Snippet("troubleshooting_dataframe.py"),
        ),
        keys=(
            "ts_likes",
            "ts_like_inline",
            "ts_likes_fixed",
            "ts_like",
            "ts_city_reset",
            "ts_nickname",
            "ts_city",
            "ts_orders",
            "ts_item",
            "ts_qty",
            "ts_add_order",
        ),
    ),
)

LESSONS: tuple[Lesson, ...] = (*BASICS, *PATTERNS, *STATE_VS_CACHE, *PITFALLS)

SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(lesson.section for lesson in LESSONS))


def lesson_by_slug(slug: str) -> Lesson | None:
    """The lesson whose url_path is `slug`, or None for the landing page and companion pages."""
    for lesson in LESSONS:
        if lesson.slug == slug:
            return lesson
    return None


def companion_url_path(page: str) -> str:
    """URL path of a lesson's companion page: its file name with dashes, e.g. `multipage-other`."""
    return Path(page).stem.replace("_", "-")


def search_lessons(query: str, lessons: tuple[Lesson, ...] = LESSONS) -> list[Lesson]:
    """Lessons whose title, summary or tags contain every word of `query` (case-insensitive)."""
    words = query.lower().split()
    return [lesson for lesson in lessons if all(w in lesson.search_text() for w in words)]
