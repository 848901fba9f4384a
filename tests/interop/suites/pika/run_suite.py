"""Run pika's own acceptance tests (vendored from upstream, see README.md) against the broker
under test.

Starts one broker through ../../broker_under_test.py (Warren, or RabbitMQ with
WARREN_INTEROP_TARGET=rabbitmq), points the upstream tests at it through PIKA_TEST_PORT and
runs them with Debian's pytest under this interpreter (Debian's python3-pika, not a copy of
the library). Extra arguments go to pytest, e.g. `-k test_basic_ack`.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
import broker_under_test  # noqa: E402

# All of upstream's tests/acceptance. Only blocking_adapter_test.py and async_adapter_tests.py
# talk to the broker; the others test pika's I/O and adapters against local peers and mocks.
SUITE_FILES = [
    "tests/acceptance/blocking_adapter_test.py",
    "tests/acceptance/async_adapter_tests.py",
    "tests/acceptance/io_services_tests.py",
    "tests/acceptance/enforce_one_basicget_test.py",
    "tests/acceptance/twisted_adapter_tests.py",
]

# Tests that cannot run here (README.md says why).
EXCLUDED = [
    # Resolves www.google.com: needs DNS and the Internet, which CI does not have.
    "tests/acceptance/io_services_tests.py::TestGetaddrinfoWWWGoogleDotComPort80",
]


def main(argv):
    broker = broker_under_test.start()
    try:
        env = dict(os.environ, PIKA_TEST_PORT=str(broker.port), PYTHONDONTWRITEBYTECODE="1")
        # Upstream's TLS mode (amqps to port 5671 with testdata/certs) is not run: Warren does
        # not serve TLS yet.
        env.pop("PIKA_TEST_TLS", None)
        # Upstream imports its helpers as the package `tests`, so it runs from this directory;
        # no cache is written into the source tree.
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--rootdir", HERE,
                   "-c", os.path.join(HERE, "pytest.ini"), "-v"] + SUITE_FILES
        for node_id in EXCLUDED:
            command += ["--deselect", node_id]
        command += argv
        sys.stdout.write("pika acceptance suite against %r\n" % broker)
        sys.stdout.flush()
        return subprocess.call(command, cwd=HERE, env=env)
    finally:
        broker.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
