"""The one packaging setting pyproject.toml cannot say on its own: the package list is found automatically
(`framelab` and every subpackage) and also names `framelab._data`, the package pyproject.toml maps to `data/`.
Everything else (metadata, dependencies, the data mapping) is in pyproject.toml."""
from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["framelab", "framelab.*"]), "framelab._data"])
