"""Development: DEBUG on, e-mail printed on the console, a fixed key that is useless elsewhere."""

from .base import *  # noqa: F403
from .base import env_bool, mailers

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
MAILERS = mailers(os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"))  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
# Static files come straight from static/ through the finders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
