"""Choice widgets of Python apps labelled for models: `st.selectbox("Choose a model", [...])`,
`gr.Dropdown(choices=[...], value="org/a", label="Model")`, inquirer lists."""

from __future__ import annotations

import ast

from weightgate.scan.prose import about_models
from weightgate.scan.pyvalues import kwarg

#: Streamlit's take (label, options), Gradio's (choices, value) and inquirer's
#: (name, message, choices); all take `choices=` / `options=` too.
_STREAMLIT = frozenset({"selectbox", "radio", "multiselect", "select_slider", "pills"})
_GRADIO = frozenset({"Dropdown", "Radio", "CheckboxGroup"})
WIDGETS = _STREAMLIT | _GRADIO | {"List", "Checkbox", "select"}


def widget_choices(node: ast.Call, name: str) -> list[ast.expr]:
    """The options and default of a choice widget (`name` is its callee) whose label talks
    about models; nothing for any other widget."""
    label = kwarg(node, "label", "message", "title", "placeholder")
    first = node.args[0] if node.args else None
    if label is None and name in _STREAMLIT:
        label = first
    text = label.value if isinstance(label, ast.Constant) else None
    if not isinstance(text, str) or not about_models(text):
        return []
    options = kwarg(node, "choices", "options")
    if options is None and name in _STREAMLIT and len(node.args) > 1:
        options = node.args[1]
    elif options is None and name in _GRADIO and first is not None:
        options = first
    default = kwarg(node, "value", "default")
    return [e for e in (options, default) if e is not None]
