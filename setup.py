"""The two packaging settings pyproject.toml cannot say on its own.

1. The package list is found automatically (`framelab` and every subpackage) and also names `framelab._data`, the
   package that pyproject.toml maps to the top-level `data/` folder.
2. Editable installs (`pip install -e .`, which requirements.txt uses) get the data files too: setuptools leaves
   `data-files` out of editable wheels (pypa/setuptools#3399: `editable_wheel` asks the distribution for `has_data`,
   which does not exist), so the JupyterLab setting in jupyter-config/ would reach only non-editable installs.
   tests/test_package.py checks both kinds of install.
Everything else (metadata, dependencies, the data mapping, the data files) is in pyproject.toml."""
from setuptools import find_packages, setup
from setuptools.command.editable_wheel import editable_wheel


class editable_wheel_with_data_files(editable_wheel):
    def _run_install(self, category):
        if category == "data" and self.distribution.has_data_files():
            self.run_command("install_data")  # into the editable wheel's .data/data, like a normal wheel
        else:
            super()._run_install(category)


setup(packages=[*find_packages(include=["framelab", "framelab.*"]), "framelab._data"],
      cmdclass={"editable_wheel": editable_wheel_with_data_files})
