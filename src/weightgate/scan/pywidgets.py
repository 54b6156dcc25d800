"""Widgets of Python apps labelled for models: choices (`st.selectbox("Choose a model", [...])`,
`gr.Dropdown(choices=[...], value="org/a", label="Model")`, inquirer lists) and the example a
text box shows (`gr.Textbox(label="HuggingFace model ID", placeholder="e.g., org/name")`) or a
console prompt asks with (`input("HF repo (e.g. org/name): ")`)."""

from __future__ import annotations

import ast
import re

from weightgate.scan.prose import about_models
from weightgate.scan.pyvalues import callee, kwarg

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
    if not _about_models(label):
        return []
    options = kwarg(node, "choices", "options")
    if options is None and name in _STREAMLIT and len(node.args) > 1:
        options = node.args[1]
    elif options is None and name in _GRADIO and first is not None:
        options = first
    default = kwarg(node, "value", "default")
    return [e for e in (options, default) if e is not None]


def widget_hint(node: ast.Call) -> ast.Constant | ast.IfExp | None:
    """The example a text box labelled for models shows (`gr.Textbox(label="HuggingFace model
    ID", placeholder="e.g., org/name")`, `st.text_input(..., help=...)`); a help that depends
    on the provider (`help="e.g. llama3.1" if is_ollama else "e.g. gpt-4"`) as it is."""
    if callee(node) not in _TEXT_INPUTS:
        return None
    if not _about_models(kwarg(node, "label") or (node.args[0] if node.args else None)):
        return None
    hint = kwarg(node, "placeholder", "info", "help")
    if isinstance(hint, ast.Constant) and isinstance(hint.value, str):
        return hint
    if isinstance(hint, ast.IfExp) and all(
        isinstance(b, ast.Constant) and isinstance(b.value, str) for b in (hint.body, hint.orelse)
    ):
        return hint
    return None


_TEXT_INPUTS = frozenset({"Textbox", "text_input", "TextInput", "Text"})


def prompt_hint(node: ast.Call) -> ast.Constant | None:
    """The question a console prompt asks for a model or repository, with its example
    (`input("HF repo (e.g. Qwen/Qwen3-1.7B-GGUF): ")`, `Prompt.ask("Model id, like org/x")`),
    and a Qt field's placeholder or tooltip that asks for one."""
    if callee(node) not in _PROMPTS or not node.args:
        return None
    question = node.args[0]
    if not (isinstance(question, ast.Constant) and isinstance(question.value, str)):
        return None
    text = question.value
    return question if "/" in text and (about_models(text) or _REPO.search(text)) else None


_PROMPTS = frozenset(
    {"input", "ask", "prompt"}  # builtins, rich's `Prompt`, click / typer
    | {"setPlaceholderText", "setToolTip"}  # Qt's `box.setPlaceholderText("Model ID (e.g. x)")`
)
_REPO = re.compile(r"\brepo(?:sitory)?\b", re.IGNORECASE)


def _about_models(label: ast.expr | None) -> bool:
    """The widget's label is a string that talks about models, or a translation of one looked
    up by a key that does (`st.selectbox(t["model"], [...])`)."""
    if isinstance(label, ast.Subscript):  # `t["model"]`, `texts["select_model"]`
        label = label.slice
    return (
        isinstance(label, ast.Constant)
        and isinstance(label.value, str)
        and about_models(label.value)
    )
