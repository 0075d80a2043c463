"""Lessons without a map: short moments off the road (riding as a passenger) judged like the
rules of the road, with events, stars and points in the same shape as a drive's. Pure
Python: no pygame, so tests and the command line play them headless."""
