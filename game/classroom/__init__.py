"""The teacher's side, in plain Python: the lesson, the class's results per pupil and per
rule, and the files a teacher exports (CSV). The screens in game/scenes/teacher*.py draw
these; nothing here imports pygame."""
