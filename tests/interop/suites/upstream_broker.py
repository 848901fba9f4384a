"""The pytest fixture (and exclusion helper) that run a vendored upstream integration suite against broker_under_test.

The upstream suites (py-amqp's and kombu's t/integration) expect a RabbitMQ that someone else
started and read where it is from the environment: RABBITMQ_HOST and RABBITMQ_5672_TCP (the
port). Each suite's t/conftest.py imports the fixture below, so that one pytest run starts one
fresh broker (Warren by default, RabbitMQ with WARREN_INTEROP_TARGET=rabbitmq), points the
upstream tests at it and stops it at the end. The upstream files themselves stay as they were released.

Tests that cannot run here are deselected by node id with the reason printed, never skipped
silently; each suite's README.md lists them and says why."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/interop, for broker_under_test

import pytest  # noqa: E402

import broker_under_test  # noqa: E402


def serve_session(**start_args):
    """Start a fresh broker (broker_under_test.start(**start_args)), export where it listens
    where upstream's fixtures read it, yield it, and stop it: the body of a session fixture."""
    broker = broker_under_test.start(**start_args)
    os.environ["RABBITMQ_HOST"] = broker.host
    os.environ["RABBITMQ_5672_TCP"] = str(broker.port)
    if broker.tls_port:
        os.environ["RABBITMQ_5671_TCP"] = str(broker.tls_port)
    sys.stderr.write("upstream suite against %r\n" % (broker,))
    yield broker
    broker.stop()


@pytest.fixture(scope="session", autouse=True)
def broker_under_test_session():
    """One broker for the whole run, set up (session scope) before any of upstream's
    function-scoped connection fixtures reads where it is."""
    yield from serve_session()


def deselect(config, items, excluded):
    """Drop the items whose node id contains a key of `excluded` and say why for each."""
    kept, dropped = [], []
    for item in items:
        reason = next((why for key, why in excluded.items() if key in item.nodeid), None)
        if reason is None:
            kept.append(item)
        else:
            dropped.append(item)
            sys.stderr.write("excluded %s: %s\n" % (item.nodeid, reason))
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
