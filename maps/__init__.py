"""The shipped courses and tilesets, installed as the package ``game.maps``.

Not code: this file makes the folder a package so that importlib.resources finds it in a
checkout, an installed wheel and the standalone app alike. Find a course with
``game.resources.course("first_drive")``.
"""
