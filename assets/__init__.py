"""The game's pictures, fonts and sounds, installed as the package ``game.assets``.

Not code: this file makes the folder a package so that importlib.resources finds it in a
checkout, an installed wheel and the standalone app alike. Find a file with
``game.resources.asset("fonts", "NotoSans-Bold.ttf")``.
"""
