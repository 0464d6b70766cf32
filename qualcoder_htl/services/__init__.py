"""The one API that the GUI and the CLI call. Every mutation is one transaction, returns a
``Changes`` record and pushes an undo entry; reads return core records."""

from .project import Project

__all__ = ["Project"]
