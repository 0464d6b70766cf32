"""Plain computations over core records: matrices, co-occurrence, quotes, citations.

Nothing here reads the project: callers (``services.analysis``) pass lists of codings,
sources, attribute values and texts, so every function can be tested on hand-made data.
"""
