"""Run php-amqplib's own PHPUnit suite (vendored from upstream, see README.md) against the broker
under test.

Starts one broker through ../../broker_under_test.py (Warren, or RabbitMQ with
WARREN_INTEROP_TARGET=rabbitmq), with an amqps listener that takes upstream's certificates,
points upstream's tests/config.php at it (TEST_RABBITMQ_HOST / TEST_RABBITMQ_PORT, plus
TEST_RABBITMQ_TLS_PORT for the TLS tests) and runs Debian's phpunit with phpunit.xml: both of
upstream's suites, against Debian's php-amqplib. Extra arguments go to phpunit, e.g.
`--filter ChannelWaitTest`.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suite_runner  # noqa: E402

# Groups that cannot run here (README.md says why): the tests that drive a Toxiproxy server
# (not in Debian) and the one that creates users through the management API with Httpful (not
# in Debian, and upstream reaches the API over https on port 15671).
EXCLUDED_GROUPS = ["proxy", "management"]

# Two tests (one per heartbeat sender) count how often a SIGALRM handler asks a mocked
# connection whether it is connected during a sleep() of whole seconds; no broker is involved.
# With the machine busy (CTest runs two tests at once) the alarms drift past the sleep and the
# count is off by one, on any broker. They test PHP's signal timing, not AMQP.
BROKER_INDEPENDENT_TIMING = "alarm_sig_should_be_registered_when_conn_is_writing"


def main(argv):
    def command_for(broker):
        # Without TOXIPROXY_* upstream would skip the proxy tests itself; they are excluded.
        env = {"TEST_RABBITMQ_HOST": broker.host, "TEST_RABBITMQ_PORT": str(broker.port),
               "TEST_RABBITMQ_TLS_PORT": str(broker.tls_port),
               "TOXIPROXY_HOST": None, "TOXIPROXY_AMQP_PORT": None}
        selection = [] if "--filter" in argv else [
            "--filter", "/^(?!.*::%s\\b)/" % BROKER_INDEPENDENT_TIMING]
        return (["phpunit", "--configuration", os.path.join(HERE, "phpunit.xml"),
                 "--exclude-group", ",".join(EXCLUDED_GROUPS), "--testdox"] + selection + argv,
                env)

    return suite_runner.run_against_broker(
        "php-amqplib suite", suite_runner.upstream_tls(os.path.join(HERE, "tests", "certs")),
        HERE, command_for)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
