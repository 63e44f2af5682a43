"""What a script does with Streamlit, read from its syntax tree and never by running it.

`Script` indexes one parsed file once: which names mean `streamlit` and `st.session_state`,
every widget call and its key, every read and write of a session-state key, the functions and
classes it defines. The rules in `checks.py` only query this index.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class WidgetSpec:
    """How a widget takes its default, and whether its key may be assigned."""

    default: str | None = None  # parameter name: value, index or default
    position: int | None = None  # its position when passed positionally
    no_default: tuple[object, ...] = (None,)  # constants Streamlit treats as "no default"
    writable: bool = True  # False: assigning the key raises StreamlitValueAssignmentNotAllowedError


# Streamlit 1.67 widgets that own a session-state key (see elements/lib/policies.py and each
# widget's check_widget_policies call for the default values and writes_allowed).
WIDGETS: dict[str, WidgetSpec] = {
    "text_input": WidgetSpec("value", 1, ("", None)),
    "text_area": WidgetSpec("value", 1, ("", None)),
    "checkbox": WidgetSpec("value", 1, (False, None)),
    "toggle": WidgetSpec("value", 1, (False, None)),
    "color_picker": WidgetSpec("value", 1),
    "date_input": WidgetSpec("value", 1, ("today", None)),
    "datetime_input": WidgetSpec("value", 1, ("now", None)),
    "time_input": WidgetSpec("value", 1, ("now", None)),
    "radio": WidgetSpec("index", 2, (0, None)),
    "selectbox": WidgetSpec("index", 2, (0, None)),
    "multiselect": WidgetSpec("default", 2),
    "select_slider": WidgetSpec("value", 2),
    "number_input": WidgetSpec("value", 3, ("min", None)),
    "slider": WidgetSpec("value", 3),
    "pills": WidgetSpec("default"),
    "segmented_control": WidgetSpec("default"),
    "feedback": WidgetSpec("default"),
    "chat_input": WidgetSpec(),
    "pagination": WidgetSpec(),
    "tabs": WidgetSpec(),
    "expander": WidgetSpec(),
    "popover": WidgetSpec(),
    "button": WidgetSpec(writable=False),
    "download_button": WidgetSpec(writable=False),
    "link_button": WidgetSpec(writable=False),
    "form_submit_button": WidgetSpec(writable=False),
    "menu_button": WidgetSpec(writable=False),
    "file_uploader": WidgetSpec(writable=False),
    "camera_input": WidgetSpec(writable=False),
    "audio_input": WidgetSpec(writable=False),
    "data_editor": WidgetSpec(writable=False),
    # st.form is no widget, but its key is reserved the same way.
    "form": WidgetSpec(writable=False),
}

# Widgets whose return value says "clicked in this run".
CLICKABLE = frozenset({"button", "download_button", "form_submit_button"})
CALLBACK_KEYWORDS = frozenset({"on_click", "on_change", "on_submit", "on_select"})
SESSION_STATE_METHODS = frozenset(
    {"clear", "get", "items", "keys", "pop", "popitem", "setdefault", "to_dict", "update", "values"}
)

RefKind = Literal["read", "write", "augment", "delete", "setdefault", "get", "pop", "contains"]
SCOPE_TYPES = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
Scope = ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef


@dataclass(frozen=True)
class KeyRef:
    """One use of a session-state key whose name is a string constant."""

    key: str
    kind: RefKind
    node: ast.AST  # where it is: the attribute, subscript, call or comparison
    value: ast.expr | None = None  # the value written, when known


@dataclass(frozen=True)
class WidgetCall:
    node: ast.Call
    widget: str  # the method name, e.g. "text_input"
    key: ast.expr | None  # the key expression, if any

    @property
    def spec(self) -> WidgetSpec:
        return WIDGETS[self.widget]

    @property
    def key_name(self) -> str | None:
        return const_str(self.key)


def const_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def keyword(call: ast.Call, name: str) -> ast.keyword | None:
    return next((kw for kw in call.keywords if kw.arg == name), None)


def dotted(node: ast.AST) -> str | None:
    """`a.b.c` for a chain of names and attributes, else None."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def names_in(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def bound_names(target: ast.AST) -> set[str]:
    """Names a target (of an assignment, a for, a with ... as) binds."""
    return {
        n.id for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }


@dataclass
class Script:
    """The facts the rules need about one parsed file."""

    tree: ast.Module
    nodes: list[ast.AST] = field(default_factory=list)  # every node, walked once
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    streamlit_names: set[str] = field(default_factory=set)  # import streamlit as st -> "st"
    state_names: set[str] = field(default_factory=set)  # names bound to st.session_state
    imported: dict[str, str] = field(default_factory=dict)  # local name -> "module.attr"
    widgets: list[WidgetCall] = field(default_factory=list)
    refs: list[KeyRef] = field(default_factory=list)
    dynamic_writes: list[ast.AST] = field(default_factory=list)  # st.session_state[var] = ...
    functions: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = field(default_factory=dict)
    classes: set[str] = field(default_factory=set)
    # name -> every value bound to it anywhere in the file (assignments, for, with ... as)
    bindings: dict[str, list[ast.expr]] = field(default_factory=dict)
    # id(scope) -> name -> (statement, value) bound there, built on first use
    _scope_bindings: dict[int, dict[str, list[tuple[ast.stmt, ast.expr]]]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def from_tree(cls, tree: ast.Module, assume_st: bool = False) -> Script:
        """Index a parsed file. `assume_st`: a fragment without imports (pasted code) uses
        `st` for streamlit, as every Streamlit example does."""
        script = cls(tree)
        if assume_st:
            script.streamlit_names.add("st")
        script._index()
        return script

    @property
    def uses_streamlit(self) -> bool:
        return bool(self.streamlit_names or self.state_names or self.imported_from_streamlit())

    @functools.cached_property
    def generator_functions(self) -> set[str]:
        """Names of functions of this file that contain `yield`: calling one makes a
        generator."""
        return {
            name
            for name, funcs in self.functions.items()
            if any(isinstance(n, ast.Yield | ast.YieldFrom) for f in funcs for n in walk_scope(f))
        }

    def imported_from_streamlit(self) -> dict[str, str]:
        """Local names imported with `from streamlit import x`, mapped to x."""
        return {
            local: full.split(".", 1)[1]
            for local, full in self.imported.items()
            if full.startswith("streamlit.") and full.count(".") == 1
        }

    # -- indexing -------------------------------------------------------------------------

    def _index(self) -> None:
        self.nodes = list(ast.walk(self.tree))
        for node in self.nodes:
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        for node in self.nodes:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "streamlit":
                        self.streamlit_names.add(alias.asname or "streamlit")
                    local = alias.asname or alias.name.split(".")[0]
                    self.imported[local] = alias.name if alias.asname else local
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    local = alias.asname or alias.name
                    self.imported[local] = f"{node.module}.{alias.name}"
                    if node.module == "streamlit" and alias.name == "session_state":
                        self.state_names.add(local)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.functions.setdefault(node.name, []).append(node)
            elif isinstance(node, ast.ClassDef):
                self.classes.add(node.name)
        for node in self.nodes:
            self._index_binding(node)
        # `state = st.session_state`: later uses of `state` are session state too.
        for node in self.nodes:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and self.is_session_state(node.value)
            ):
                self.state_names.add(node.targets[0].id)
        for node in self.nodes:
            if isinstance(node, ast.Call):
                self._index_call(node)
            elif isinstance(node, ast.Attribute | ast.Subscript):
                self._index_access(node)
            elif isinstance(node, ast.Compare):
                self._index_membership(node)

    def _index_binding(self, node: ast.AST) -> None:
        pairs: list[tuple[ast.AST, ast.expr]] = []
        if isinstance(node, ast.Assign):
            pairs = [(target, node.value) for target in node.targets]
        elif isinstance(node, ast.AnnAssign | ast.NamedExpr) and node.value is not None:
            pairs = [(node.target, node.value)]
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            pairs = [(node.target, node.iter)]
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            pairs = [(node.optional_vars, node.context_expr)]
        for target, value in pairs:
            for name in bound_names(target):
                self.bindings.setdefault(name, []).append(value)

    def _index_call(self, call: ast.Call) -> None:
        widget = self.widget_name(call)
        if widget is not None:
            if widget == "form":
                kw = keyword(call, "key")
                key = kw.value if kw else (call.args[0] if call.args else None)
            else:
                kw = keyword(call, "key")
                key = kw.value if kw else None
            self.widgets.append(WidgetCall(call, widget, key))
            return
        func = call.func
        if not (isinstance(func, ast.Attribute) and self.is_session_state(func.value)):
            return
        method, args = func.attr, call.args
        first = const_str(args[0]) if args else None
        if method in ("setdefault", "get", "pop") and first is not None:
            value = args[1] if method == "setdefault" and len(args) > 1 else None
            self.refs.append(KeyRef(first, method, call, value))  # type: ignore[arg-type]
        elif method == "update":
            self._index_update(call)

    def _index_update(self, call: ast.Call) -> None:
        for arg in call.args:
            if isinstance(arg, ast.Dict):
                for key, value in zip(arg.keys, arg.values, strict=True):
                    name = const_str(key)
                    if name is None:
                        self.dynamic_writes.append(call)
                    else:
                        self.refs.append(KeyRef(name, "write", call, value))
            else:
                self.dynamic_writes.append(call)
        for kw in call.keywords:
            if kw.arg is None:
                self.dynamic_writes.append(call)
            else:
                self.refs.append(KeyRef(kw.arg, "write", call, kw.value))

    def _index_access(self, node: ast.Attribute | ast.Subscript) -> None:
        if not self.is_session_state(node.value):
            return
        if isinstance(node, ast.Attribute):
            if node.attr in SESSION_STATE_METHODS:
                return
            key: str | None = node.attr
        else:
            key = const_str(node.slice)
        parent = self.parents.get(node)
        if isinstance(node.ctx, ast.Load):
            kind: RefKind = "read"
        elif isinstance(node.ctx, ast.Del):
            kind = "delete"
        elif isinstance(parent, ast.AugAssign):
            kind = "augment"
        else:
            kind = "write"
        if key is None:
            if kind in ("write", "augment"):
                self.dynamic_writes.append(node)
            return
        value = None
        if kind in ("write", "augment") and isinstance(
            parent, ast.Assign | ast.AugAssign | ast.AnnAssign
        ):
            value = parent.value
        self.refs.append(KeyRef(key, kind, node, value))

    def _index_membership(self, node: ast.Compare) -> None:
        # "x" in st.session_state / "x" not in st.session_state
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.In | ast.NotIn) and self.is_session_state(right):
                key = const_str(node.left)
                if key is not None:
                    self.refs.append(KeyRef(key, "contains", node))

    # -- queries ----------------------------------------------------------------------------

    def is_streamlit(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id in self.streamlit_names

    def is_session_state(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.state_names
        return (
            isinstance(node, ast.Attribute)
            and node.attr == "session_state"
            and self.is_streamlit(node.value)
        )

    def widget_name(self, call: ast.Call) -> str | None:
        """The widget a call draws: `st.x(...)`, `col.x(...)`, `st.sidebar.x(...)`, or `x(...)`
        after `from streamlit import x`. Any receiver counts (columns, containers, forms)."""
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in WIDGETS:
            if self.is_session_state(func.value) or not self._may_be_streamlit(func.value):
                return None
            return func.attr
        if isinstance(func, ast.Name):
            name = self.imported_from_streamlit().get(func.id)
            if name in WIDGETS:
                return name
        return None

    def _may_be_streamlit(self, receiver: ast.AST, seen: frozenset[str] = frozenset()) -> bool:
        """Whether a receiver can be Streamlit or one of its containers (`st`, `st.sidebar`,
        a column from `st.columns`, a form). False when every value the file binds to it comes
        from elsewhere, such as an AppTest (`at.text_input(key=...)` queries, it draws nothing).
        """
        while isinstance(receiver, ast.Attribute | ast.Subscript | ast.Call | ast.Starred):
            receiver = receiver.func if isinstance(receiver, ast.Call) else receiver.value
        if not isinstance(receiver, ast.Name):
            return True
        name = receiver.id
        if name in self.streamlit_names:
            return True
        if name in self.imported:
            full = self.imported[name]
            return full.startswith("streamlit.") and not full.startswith("streamlit.testing")
        values = self.bindings.get(name)
        if not values:
            # A parameter or a name from elsewhere: unknown, unless this is a test file.
            return not any(full.startswith("streamlit.testing") for full in self.imported.values())
        if name in seen:
            return False
        return any(self._may_be_streamlit(value, seen | {name}) for value in values)

    def is_streamlit_function(self, call: ast.AST, name: str) -> bool:
        """`st.<name>(...)` or `<name>(...)` imported from streamlit."""
        if not isinstance(call, ast.Call):
            return False
        func = call.func
        if isinstance(func, ast.Attribute):
            return func.attr == name and self.is_streamlit(func.value)
        if isinstance(func, ast.Name):
            return self.imported_from_streamlit().get(func.id) == name
        return False

    def qualified(self, node: ast.AST) -> str | None:
        """Dotted name with the first part resolved through imports: `uuid4` -> `uuid.uuid4`."""
        name = dotted(node)
        if name is None:
            return None
        head, _, rest = name.partition(".")
        full = self.imported.get(head, head)
        return f"{full}.{rest}" if rest else full

    def scope_of(self, node: ast.AST) -> Scope:
        """The function, lambda, class or module whose code runs `node`."""
        current = self.parents.get(node)
        while current is not None and not isinstance(current, SCOPE_TYPES):
            current = self.parents.get(current)
        return current if current is not None else self.tree  # type: ignore[return-value]

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        current = self.parents.get(node)
        while current is not None:
            yield current
            current = self.parents.get(current)

    def refs_of(self, *kinds: RefKind) -> list[KeyRef]:
        return [ref for ref in self.refs if ref.kind in kinds]

    def written_keys(self) -> set[str]:
        """Keys the file gives a value through the Session State API (not through a widget)."""
        return {ref.key for ref in self.refs_of("write", "setdefault")}

    def binding_values(self, name: str, scope: Scope) -> list[ast.expr]:
        """Values assigned to `name` by plain assignments in `scope`. Each scope is read once
        and indexed, so that asking for every stored value stays linear in the file."""
        index = self._scope_bindings.get(id(scope))
        if index is None:
            index = {}
            for node in walk_scope(scope):
                if isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            index.setdefault(target.id, []).append((node, node.value))
                elif isinstance(node, ast.With | ast.AsyncWith):
                    for item in node.items:
                        if isinstance(item.optional_vars, ast.Name):
                            index.setdefault(item.optional_vars.id, []).append(
                                (node, item.context_expr)
                            )
            # walk_scope visits nodes in no source order; keep the file's order.
            for values in index.values():
                values.sort(key=lambda pair: (pair[0].lineno, pair[0].col_offset))
            self._scope_bindings[id(scope)] = index
        return [value for _, value in index.get(name, [])]


def walk_scope(scope: ast.AST) -> Iterator[ast.AST]:
    """Every node of a scope's own code: nested functions, lambdas and classes are skipped
    (their bodies run later or elsewhere), but their decorators and defaults are included."""
    if isinstance(scope, ast.Lambda):
        todo: list[ast.AST] = [scope.body]
    elif isinstance(scope, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        todo = list(scope.body)
    else:
        todo = [scope]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            todo.extend(node.decorator_list)
            todo.extend(node.args.defaults)
            todo.extend(d for d in node.args.kw_defaults if d is not None)
        elif isinstance(node, ast.ClassDef):
            todo.extend(node.decorator_list)
            todo.extend(node.bases)
        elif isinstance(node, ast.Lambda):
            todo.extend(node.args.defaults)
        else:
            todo.extend(ast.iter_child_nodes(node))
