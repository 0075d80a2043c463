"""Test support for the scoring engine: scripted traffic and small hand-made courses."""
