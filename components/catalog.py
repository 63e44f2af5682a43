"""The lessons: one row each. Navigation, the landing page, the inspector and the tests read it.

Adding a lesson means adding one `Lesson` row here (plus its page, snippet and test files).
"""

from __future__ import annotations

import ast
import builtins
import functools
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

    @functools.cached_property
    def path(self) -> Path:
        return SNIPPETS_DIR / self.file

    @functools.cached_property
    def test_path(self) -> Path:
        """Its self-contained AppTest test, beside it: `snippets/test_<name>.py`."""
        return self.path.with_name(f"test_{self.path.name}")

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
    # Keys that describe the session itself rather than the learner's use of the lesson (the
    # reload lesson's session number): "Reset this lesson" keeps them, so it resets the lesson
    # without pretending to be a new session.
    session_keys: tuple[str, ...] = ()
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

    @property
    def reset_keys(self) -> tuple[str, ...]:
        """The keys "Reset this lesson" deletes: all of the lesson's but its session keys."""
        return tuple(key for key in self.keys if key not in self.session_keys)

    def snippet(self, file: str) -> Snippet:
        for snippet in self.snippets:
            if snippet.file == file:
                return snippet
        raise KeyError(f"{file} is not a snippet of lesson {self.slug!r}")

    def search_text(self) -> str:
        """What search matches: title, summary, tags, keys, the API names its snippets use
        (`session_state`, `setdefault`, `on_click`, `bind`, ...) and the words of its Predict
        questions, so learners find a lesson by the words they would type."""
        from components.questions import question_words  # the questions import this module

        words = (self.title, self.summary, *self.tags, *self.keys, question_words(self.slug))
        vocabulary = (name for snippet in self.snippets for name in snippet_vocabulary(snippet))
        return " ".join((*words, *vocabulary)).lower()


@functools.cache
def _vocabulary(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.keyword) and node.arg:
            names.add(node.arg)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Delete):
            names.update(("del", "delete"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if len(node.value) <= 40:  # labels and keys, not prose
                names.add(node.value)
    return frozenset(names)


def snippet_vocabulary(snippet: Snippet) -> frozenset[str]:
    """Attribute, keyword and variable names, short strings (labels, keys) and `del` a
    snippet uses (read once per process)."""
    return _vocabulary(snippet.path)


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
        min_version="1.59",
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
            "wizard_upload_error",
            "wizard_refused",
            "wizard_upload_id",
            "wizard_target",
            "wizard_features",
            "wizard_holdout",
            "wizard_sample",
            "wizard_back_2",
            "wizard_back_3",
            "wizard_continue_1",
            "wizard_continue_2",
            "wizard_continue_3",
            "wizard_start_over",
            "step",
        ),
        min_version="1.59",
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
        min_version="1.55",
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
        min_version="1.65",
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
    Lesson(
        slug="containers",
        title="Tabs, expanders and popovers that remember",
        section="Patterns",
        icon=":material/tab:",
        summary="Read and set the open tab or expander from state, run only what is open.",
        tags=(
            "tab",
            "tabs",
            "expander",
            "popover",
            "open",
            "lazy",
            "bind",
            "query params",
            "url",
        ),
        snippets=(
            Snippet("containers_tabs.py"),
            Snippet("containers_expander_popover.py"),
            Snippet("containers_tab_in_url.py"),
        ),
        keys=(
            "cont_tab",
            "cont_tab_clicks",
            "cont_work",
            "cont_details",
            "cont_log",
            "cont_runs",
            "cont_settings",
            "cont_rows",
            "cont_section",
            "cont_help",
        ),
        min_version="1.65",
    ),
    Lesson(
        slug="uploads",
        title="Files and session state",
        section="Patterns",
        icon=":material/upload_file:",
        summary="Parse an upload once, keep the result, clear the uploader, refuse bad files.",
        tags=(
            "upload",
            "file",
            "file_uploader",
            "csv",
            "file_id",
            "max_upload_size",
            "read-only",
            "clear",
        ),
        snippets=(
            Snippet("uploads_csv.py"),
            Snippet(
                "uploads_read_only_broken.py",
                raises="streamlit.errors.StreamlitValueAssignmentNotAllowedError",
            ),
            Snippet("uploads_many.py"),
        ),
        keys=(
            "upl_show",
            "upl_round",
            "upl_parses",
            "upl_file_id",
            "upl_table",
            "upl_name",
            "upl_error",
            "upl_photo",
            "upl_loaded",
            "upl_many_parses",
        ),
        min_version="1.53",
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
        min_version="1.53",
    ),
    Lesson(
        slug="what-survives",
        title="What survives what",
        section="State vs cache",
        icon=":material/grid_on:",
        summary="Which store keeps a value through a rerun, a page switch, a reload, a new tab, "
        "a dropped connection, a restart and a second server.",
        tags=(
            "survive",
            "persist",
            "reload",
            "refresh",
            "restart",
            "reconnect",
            "websocket",
            "new tab",
            "replica",
            "scale",
            "sticky",
            "cache",
            "persist_state",
            "query params",
            "database",
            "sqlite",
            "durable",
        ),
        snippets=(Snippet("what_survives_stores.py"),),
        keys=(
            "survive_plain",
            "survive_widget",
            "survive_page",
            "survive_session",
            "survive_url",
            "survive_token",
            "survive_seen",
            "survive_store",
            "survive_rerun",
            "survive_hide",
        ),
        min_version="1.59",
        extra_pages=("lessons/what_survives_other.py",),
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
        session_keys=("reload_session_number",),
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
            Snippet("serializable_explorer.py"),
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
    Lesson(
        slug="widget-identity",
        title="Why did my widget reset?",
        section="Pitfalls",
        icon=":material/fingerprint:",
        summary="A widget keeps its value while its identity stays the same: what a key changes.",
        tags=(
            "reset",
            "identity",
            "widget",
            "key",
            "label",
            "options",
            "default",
            "slider",
            "persist_state",
        ),
        snippets=(
            Snippet("widget_identity_panel.py"),
            Snippet("widget_identity_condition.py"),
        ),
        keys=(
            "wid_label",
            "wid_options",
            "wid_default",
            "wid_placeholder",
            "wid_help",
            "wid_max",
            "wid_colour",
            "wid_number",
            "wid_flipped",
            "wid_before",
            "wid_verdict",
            "wid_discount_on",
            "wid_discount",
            "wid_discount_kept",
        ),
        min_version="1.59",
    ),
    Lesson(
        slug="threads",
        title="Work in the background",
        section="Pitfalls",
        icon=":material/hourglass_top:",
        summary="Slow work in a thread that never touches st.*; a fragment picks up the result.",
        tags=(
            "thread",
            "threading",
            "background",
            "ThreadPoolExecutor",
            "ScriptRunContext",
            "fragment",
            "run_every",
            "cancel",
        ),
        snippets=(
            Snippet("threads_session_state_broken.py", raises="KeyError"),
            Snippet("threads_pass_values.py"),
            Snippet("threads_background_job.py"),
        ),
        keys=(
            "thr_number",
            "thr_value",
            "thr_doubled",
            "thr_steps",
            "thr_start",
            "thr_cancel",
            "thr_result",
        ),
        min_version="1.53",
    ),
    Lesson(
        slug="shared-state",
        title="What every user shares",
        section="Pitfalls",
        icon=":material/group:",
        summary="Module globals and st.cache_resource reach every user; session state is per tab.",
        tags=(
            "global",
            "shared",
            "module",
            "users",
            "leak",
            "cache_resource",
            "cache_data",
            "class",
            "isinstance",
            "Enum",
            "enumCoercion",
        ),
        snippets=(
            Snippet("shared_state_module_leak.py"),
            Snippet("shared_state_module.py"),
            Snippet("shared_state_caches.py"),
            Snippet("shared_state_classes.py"),
        ),
        keys=(
            "shared_module_note",
            "shared_module_add",
            "shared_module_clear",
            "shared_note",
            "shared_add",
            "shared_notes",
            "shared_clear",
            "shared_tab",
            "shared_tabs",
            "shared_cache_add",
            "shared_cache_reset",
            "shared_runs",
            "shared_rerun",
            "shared_size",
        ),
        min_version="1.53",
    ),
)

MODERN_APPS: tuple[Lesson, ...] = (
    Lesson(
        slug="chat",
        title="Chat history",
        section="Modern apps",
        icon=":material/chat:",
        summary="Keep a chat's messages in session state, even when a click cuts an answer off.",
        tags=(
            "chat",
            "chat_input",
            "chat_message",
            "messages",
            "history",
            "stream",
            "write_stream",
            "streaming",
            "interrupt",
            "feedback",
            "regenerate",
            "submit_mode",
            "llm",
        ),
        snippets=(
            Snippet("chat.py"),
            Snippet("chat_naive.py"),
            Snippet("chat_saved.py"),
            Snippet("chat_submit_mode.py"),
        ),
        # `messages` is the name chat apps use; the widget keys chat_feedback_<id> are made
        # per answer and are not listed (the answer's feedback is stored in `messages`).
        keys=(
            "messages",
            "chat_prompt",
            "chat_next_id",
            "chat_dropped",
            "chat_clear",
            "chat_regenerate",
            "chat_naive_messages",
            "chat_naive_prompt",
            "chat_naive_click",
            "chat_saved_messages",
            "chat_saved_prompt",
            "chat_saved_click",
            "chat_mode",
            "chat_mode_messages",
            "chat_mode_prompt",
        ),
        min_version="1.59",
    ),
    Lesson(
        slug="fragments",
        title="Fragments and session state",
        section="Modern apps",
        icon=":material/splitscreen:",
        summary="Rerun one part of the page: what a fragment sees, returns, and writes to state.",
        tags=(
            "fragment",
            "st.fragment",
            "partial rerun",
            "rerun",
            "scope",
            "run_every",
            "polling",
            "progress",
            "auto refresh",
        ),
        snippets=(
            Snippet("fragments_counters.py"),
            Snippet("fragments_return_lost.py"),
            Snippet("fragments_return_state.py"),
            Snippet("fragments_rerun_scope.py"),
            Snippet("fragments_polling.py"),
            Snippet("fragments_shared_key.py"),
            Snippet("fragments_own_keys.py"),
        ),
        keys=(
            "frag_page_runs",
            "frag_fragment_runs",
            "frag_outside_count",
            "frag_inside_count",
            "frag_add_outside",
            "frag_add_inside",
            "frag_size_lost",
            "frag_use_lost",
            "frag_size",
            "frag_use",
            "frag_chosen_size",
            "frag_basket",
            "frag_basket_note",
            "frag_scope_page_runs",
            "frag_scope_fragment_runs",
            "frag_add_fragment",
            "frag_add_app",
            "frag_refresh_basket",
            "frag_job_started",
            "frag_job_progress",
            "frag_job_checks",
            "frag_start_job",
            "frag_polling",
            "frag_cups",
            "frag_tea_shared",
            "frag_coffee_shared",
            "frag_teas",
            "frag_coffees",
            "frag_tea",
            "frag_coffee",
            "frag_total",
        ),
        # @st.fragment(key=...) and st.rerun("<fragment key>") arrived in 1.63.
        min_version="1.63",
    ),
    Lesson(
        slug="dialogs",
        title="Dialogs that return values",
        section="Modern apps",
        icon=":material/open_in_new:",
        summary="A modal dialog writes its result to session state and closes with st.rerun().",
        tags=(
            "dialog",
            "st.dialog",
            "modal",
            "popup",
            "confirm",
            "delete",
            "edit",
            "dismiss",
            "on_dismiss",
            "dismissible",
        ),
        snippets=(
            Snippet("dialogs_confirm_delete.py"),
            Snippet("dialogs_edit_item.py"),
            Snippet("dialogs_dismiss.py"),
        ),
        keys=(
            "dlg_items",
            "dlg_result",
            "dlg_delete_1",
            "dlg_delete_2",
            "dlg_delete_3",
            "dlg_yes",
            "dlg_no",
            "dlg_restore",
            "dlg_item",
            "dlg_edit",
            "dlg_edit_name",
            "dlg_edit_price",
            "dlg_edit_error",
            "dlg_save",
            "dlg_mode",
            "dlg_locked",
            "dlg_open",
            "dlg_draft",
            "dlg_done",
            "dlg_page_runs",
            "dlg_dismissals",
        ),
    ),
)

YOUR_APP: tuple[Lesson, ...] = (
    Lesson(
        slug="testing",
        title="Test your state with AppTest",
        section="Your app",
        icon=":material/science:",
        summary="Test an app's state with AppTest: clicks, forms, pages, links, caches, quirks.",
        tags=(
            "test",
            "testing",
            "AppTest",
            "pytest",
            "from_file",
            "set_value",
            "click",
            "switch_page",
            "form",
            "callback",
            "query params",
            "cache",
            "session id",
            "data_editor",
            "dialog",
            "clear_on_submit",
            "config",
            "exception",
        ),
        snippets=(
            Snippet("testing_cart.py"),
            Snippet("testing_guests.py"),
            Snippet("testing_login.py"),
            Snippet("testing_city_link.py"),
            Snippet("testing_visits.py"),
            Snippet("testing_editor.py"),
            Snippet("testing_dialog.py"),
            Snippet("testing_config.py"),
        ),
        keys=(
            "testing_cart",
            "testing_item",
            "testing_qty",
            "testing_add",
            "testing_empty",
            "testing_guests",
            "testing_guest",
            "testing_seats",
            "testing_user",
            "testing_name",
            "testing_sign_in",
            "testing_sign_out",
            "testing_city",
            "testing_visitor",
            "testing_check_in",
            "testing_editor",
            "testing_notes",
            "testing_open",
            "testing_delete",
            "testing_keep_first",
            "testing_units",
        ),
        # scope="session" for st.cache_resource (testing_visits.py) arrived in 1.53.
        min_version="1.53",
    ),
    Lesson(
        slug="check-your-code",
        title="Check your code for pitfalls",
        section="Your app",
        icon=":material/fact_check:",
        summary="Paste a script and see its session-state pitfalls, found without running it.",
        tags=(
            "lint",
            "linter",
            "state-lint",
            "check",
            "static analysis",
            "pre-commit",
            "pitfalls",
            "review",
            "my app",
        ),
        snippets=(Snippet("check_your_code_demo.py"),),
        keys=(
            "lint_total",
            "lint_add",
            "lint_reset",
            "lint_confirm",
            "lint_code",
            "lint_check",
            "lint_report",
        ),
    ),
)

LESSONS: tuple[Lesson, ...] = (
    *BASICS,
    *PATTERNS,
    *STATE_VS_CACHE,
    *PITFALLS,
    *MODERN_APPS,
    *YOUR_APP,
)

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


def search_words(query: str) -> list[str]:
    """The words of a query as search compares them: lower case, without an `st.` prefix
    (`st.session_state` finds what `session_state` finds)."""
    words = []
    for word in query.lower().split():
        word = word.removeprefix("st.").strip(".,;:()\"'`")
        if word:
            words.append(word)
    return words


def search_lessons(query: str, lessons: tuple[Lesson, ...] = LESSONS) -> list[Lesson]:
    """Lessons whose title, summary, tags, keys or snippet API names contain every word of
    `query` (case-insensitive)."""
    words = search_words(query)
    return [lesson for lesson in lessons if all(w in lesson.search_text() for w in words)]
