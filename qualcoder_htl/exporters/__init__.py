"""File writers: Word (python-docx), CSV and XLSX. No Qt, no dialogs, no project access:
each writer takes core records (``core.results``) and a path."""
