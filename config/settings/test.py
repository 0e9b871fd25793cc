"""Tests: fast hashing, mail kept in memory, plain static storage (no manifest needed)."""

import os

from .base import *  # noqa: F403
from .base import mailers

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = mailers("django.core.mail.backends.locmem.EmailBackend")
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
SECURE_SSL_REDIRECT = False
# Static files come straight from static/ through the finders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# A file rather than SQLite's shared in-memory database: the live server's request threads then
# use their own connections, as they do in production. TEST_SQLITE_PATH keeps two runs apart.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_SQLITE_PATH", str(BASE_DIR / ".test-db.sqlite3"))}  # noqa: F405
