"""Reading transcripts and attribute sheets into plain records (``ImportedText``, ``TurnSpan``).

Pure Python on purpose: nothing here imports Qt, SQLAlchemy, the store or the services, so
the readers can be tested on files alone and reused by the CLI. Entry point:
``readers.read_file``; speaker turns: ``speakers.parse_turns``.
"""
