"""The game's version and release date, in one place.

`traffic-park --version`, the title screen's corner and the wheel's metadata all read these,
so a teacher reporting a problem can say which game they have. Change both together when
making a release (docs/install.md).
"""

VERSION = "0.1.0"
DATE = "2026-12-02"


def label() -> str:
    """'Traffic Park 0.1.0 (2026-12-02)': what --version prints."""
    return f"Traffic Park {VERSION} ({DATE})"
