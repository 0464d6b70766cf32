"""The only package that imports SQLAlchemy: tables, migrations, project files, repositories."""
