"""Warren's addition to kombu's vendored suite: run it against the broker under test (see
../../upstream_broker.py). Nothing is left out (README.md)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from upstream_broker import broker_under_test_session  # noqa: E402,F401 (a pytest fixture)
