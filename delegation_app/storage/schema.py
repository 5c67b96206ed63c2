"""The schema revision this program writes, in a module of its own so that what reads the
database before SQLAlchemy is loaded (``services.first_look``) can check it. A test keeps it
equal to the newest migration script (tests/core/test_migrations.py)."""

HEAD = "0008"
