"""Warren's addition to py-amqp's vendored suite: run it against the broker under test (see
../../upstream_broker.py) and leave out what cannot run here (README.md says why)."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

import upstream_broker  # noqa: E402 (it puts tests/interop on the path, first)
import broker_under_test  # noqa: E402,I100

# The AMQPS listener of upstream's CI broker (its Dockerfile): the server certificate and key
# signed by the CA in t/certs, which the client side of the tests uses.
BROKER_TLS = {
    "cacertfile": os.path.join(HERE, "certs", "ca_certificate.pem"),
    "certfile": os.path.join(os.path.dirname(HERE), "broker-certs", "server_certificate.pem"),
    "keyfile": os.path.join(os.path.dirname(HERE), "broker-certs", "server_key.pem"),
}

# These two connect to tls-v1-2.badssl.com on the internet; there is no network here.
EXCLUDED = {
    "test_tls_default_certs": "connects to tls-v1-2.badssl.com; no internet here",
    "test_tls_no_default_certs_fails": "connects to tls-v1-2.badssl.com; no internet here",
}
# The "tls" half of the connection fixture and the client-certificate check need an AMQPS
# listener (RABBITMQ_5671_TCP). Warren has none yet ("amqps" is "not available in this
# version"); RabbitMQ gets one with BROKER_TLS.
WITHOUT_AMQPS = {
    "[tls": "needs an AMQPS listener; Warren has none yet (README.md)",
    "test_tls_connect_fails": "needs an AMQPS listener; Warren has none yet (README.md)",
}


def has_amqps():
    return broker_under_test.target() == "rabbitmq"


@pytest.fixture(scope="session", autouse=True)
def broker_under_test_session():
    yield from upstream_broker.serve_session(rabbitmq_tls=BROKER_TLS if has_amqps() else None)


def pytest_collection_modifyitems(config, items):
    excluded = EXCLUDED if has_amqps() else {**EXCLUDED, **WITHOUT_AMQPS}
    upstream_broker.deselect(config, items, excluded)
