import doctest

import pytest

import dyad


def test_the_package_docstring_example_runs():
    failures, tried = doctest.testmod(dyad)
    assert tried >= 2 and failures == 0


def test_code_text_names_the_document_when_it_cannot_be_coded():
    with pytest.raises(ValueError, match=r"^memo-7: record has no 'text'"):
        dyad.code_text("   ", doc_id="memo-7")
