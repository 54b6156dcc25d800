"""`Literals.held` answers exactly as one substring test per literal would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from weightgate.scan import pyregions
from weightgate.scan.literals import Literals


def naive(literals: frozenset[str], text: str) -> frozenset[str]:
    return frozenset(word for word in literals if word in text)


def test_a_literal_inside_a_longer_match_is_held() -> None:
    gates = Literals({"hf_", "hf_hub_", "hub:"})
    assert gates.held("x = hf_hub_download(...)") == {"hf_", "hf_hub_"}


def test_a_literal_that_starts_inside_a_match_and_runs_past_it_is_held() -> None:
    # the scan resumes after `"repo"` and would not see `"source"` start at its closing quote
    gates = Literals({'"repo"', '"source"'})
    assert gates.held('x = {"repo"source"}') == {'"repo"', '"source"'}
    assert Literals({"--", "-v"}).held("a --v b") == {"--", "-v"}


def test_capitals_digits_and_punctuation_share_one_pass() -> None:
    gates = Literals({"Ollama", "OLLAMA", ".load(", "--", "model"})
    assert gates.held("OLLAMA_HOST; m.load(x) --flag") == {"OLLAMA", ".load(", "--"}
    assert gates.held("") == frozenset()


def test_the_prefilter_gates_answer_as_substring_tests_on_real_shapes() -> None:
    literals = pyregions._GATES.literals
    text = (
        'from ollama import chat\nrepo_id="org/x"\nhf_hub_download(repo_id)\n'
        "model_info('a/b') # https://huggingface.co/org/y --model_name x -v2\n"
        "FROM llama3\nSYSTEM hi\n\"hf_repo\": 'repo' 'source'\n"
    )
    assert pyregions._GATES.held(text) == naive(literals, text)


_ALPHABET = "adefhlmnoprsuvyORS_-.:'\"/( "


@given(
    st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=6), min_size=1, max_size=8),
    st.text(alphabet=_ALPHABET, max_size=80),
)
def test_held_is_the_substring_test_for_any_literals_and_text(words: list[str], text: str) -> None:
    literals = frozenset(words)
    assert Literals(literals).held(text) == naive(literals, text)


@given(st.text(alphabet=_ALPHABET + "ghiktxHFMLD", max_size=200))
def test_the_prefilter_gates_are_the_substring_test(text: str) -> None:
    literals = pyregions._GATES.literals
    assert pyregions._GATES.held(text) == naive(literals, text)
