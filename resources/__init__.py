"""Not code: marks resources/ as the data package ``app._data`` (see pyproject.toml).

With this file the folder is a regular package, so ``importlib.resources.files("app._data")``
works in editable installs too (setuptools' editable finder cannot map a
namespace sub-package) and returns a plain ``pathlib.Path``. Find files with
``app.resources.resource_path``; see rules/README.md for what lives here.
"""
