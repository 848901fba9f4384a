"""Warren's addition to py-amqp's vendored suite: run it against the broker under test (see
../../upstream_broker.py) and leave out what cannot run here (README.md says why)."""

import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

import upstream_broker  # noqa: E402

# The AMQPS listener of upstream's CI broker (its Dockerfile), at RABBITMQ_5671_TCP: the server
# certificate and key signed by the CA in t/certs, which the client side of the tests uses;
# clients must present a certificate (verify_peer, fail_if_no_peer_cert).
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


@pytest.fixture(scope="session", autouse=True)
def broker_under_test_session():
    yield from upstream_broker.serve_session(tls=BROKER_TLS)


def pytest_collection_modifyitems(config, items):
    upstream_broker.deselect(config, items, EXCLUDED)
