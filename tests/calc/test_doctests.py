"""The examples in calc's docstrings run and hold (docstrings are specifications, STYLE.md)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import calc

MODULES = sorted(m.name for m in pkgutil.iter_modules(calc.__path__, "calc."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
