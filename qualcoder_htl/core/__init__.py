"""Plain Python core: dataclasses, span arithmetic, change records, undo stack, jobs.

Nothing here imports Qt or SQLAlchemy.
"""
