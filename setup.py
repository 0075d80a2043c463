"""Packaging that pyproject.toml cannot say: the top-level assets/ and maps/ go inside the package.

The repository keeps the art, fonts, sounds and courses in assets/ and maps/ at its top, where
artists and teachers find them. The wheel installs them as the packages ``game.assets`` and
``game.maps`` (each folder has an ``__init__.py`` for that), with every file under them, so
new files are packaged without editing this. An editable install (``pip install -e .``) maps
the same names onto the checkout's folders. game/resources.py is the one place that finds
them, with importlib.resources.
"""

from setuptools import find_packages, setup

DATA = {"game.assets": "assets", "game.maps": "maps"}

setup(
    packages=[*find_packages(include=["game", "game.*"]), *DATA],
    package_dir=DATA,
    package_data={
        **{name: ["**/*"] for name in DATA},
        "game.i18n": ["*.toml", "catalogs/*.toml"],  # the words of every language
    },
    exclude_package_data={name: ["**/__pycache__/*", "**/*.py[co]"] for name in DATA},
)
