"""Warren's addition to py-amqp's vendored suite: run it against the broker under test (see
../../upstream_broker.py) and leave out what cannot run here (README.md says why)."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

import upstream_broker  # noqa: E402
from upstream_broker import broker_under_test_session  # noqa: E402,F401 (a pytest fixture)

EXCLUDED = {
    # The "tls" half of the connection fixture and the client-certificate check connect to an
    # AMQPS listener (RABBITMQ_5671_TCP) with t/certs; Warren has no TLS listener.
    "[tls": "needs an AMQPS listener; Warren has none (README.md)",
    "test_tls_connect_fails": "needs an AMQPS listener; Warren has none (README.md)",
    # These two connect to tls-v1-2.badssl.com on the internet; there is no network here.
    "test_tls_default_certs": "connects to tls-v1-2.badssl.com; no internet here",
    "test_tls_no_default_certs_fails": "connects to tls-v1-2.badssl.com; no internet here",
}


def pytest_collection_modifyitems(config, items):
    upstream_broker.deselect(config, items, EXCLUDED)
