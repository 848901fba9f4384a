"""Run Bunny's own RSpec integration specs (vendored from upstream, see README.md) against the
broker under test.

Starts one broker through ../../broker_under_test.py (Warren, or RabbitMQ with
WARREN_INTEROP_TARGET=rabbitmq) with an amqps listener that takes upstream's certificates,
creates the users and vhost upstream's bin/ci/before_build.sh makes with rabbitmqctl (through the
management HTTP API instead), and runs Debian's rspec against Debian's ruby-bunny. warren_broker.rb
sends upstream's connections to 127.0.0.1:5672/5671 to the broker's ports. Extra arguments go to
rspec, e.g. `spec/higher_level_api/integration/basic_ack_spec.rb` (then only
the specs named run).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import suite_runner  # noqa: E402
from broker_under_test import management_call  # noqa: E402

# spec/unit and spec/stress are left out: the unit specs do not talk to a broker, and the
# stress specs are not part of upstream's CI run either (README.md).
SPEC_DIRS = ["spec/higher_level_api", "spec/lower_level_api", "spec/issues"]

# Specs that cannot run here (README.md says why).
EXCLUDED = {
    # Drive the broker through the rabbitmq_http_api_client gem, which Debian does not have.
    "spec/higher_level_api/integration/connection_recovery_spec.rb",
    "spec/higher_level_api/integration/connection_stop_spec.rb",
    # Needs a Toxiproxy server (and its gem), which Debian does not have.
    "spec/higher_level_api/integration/toxiproxy_spec.rb",
}

SERVER_CERTIFICATE_NAME = "mercurio"

# Upstream's bin/ci/before_build.sh, as management API calls:
# (method, path, body) in order.
SETUP = [
    ("PUT", "vhosts/bunny_testbed", {}),
    ("PUT", "users/bunny_gem", {"password": "bunny_password", "tags": ""}),
    ("PUT", "permissions/bunny_testbed/bunny_gem",
     {"configure": ".*", "write": ".*", "read": ".*"}),
    ("PUT", "permissions/bunny_testbed/guest", {"configure": ".*", "write": ".*", "read": ".*"}),
    ("PUT", "users/bunny_reader", {"password": "reader_password", "tags": ""}),
    ("PUT", "permissions/bunny_testbed/bunny_reader",
     {"configure": "^---$", "write": "^---$", "read": ".*"}),
]


def spec_files():
    found = []
    for spec_dir in SPEC_DIRS:
        for root, _dirs, files in os.walk(os.path.join(HERE, spec_dir)):
            for name in files:
                if name.endswith("_spec.rb"):
                    found.append(os.path.relpath(os.path.join(root, name), HERE))
    return sorted(path for path in found if path not in EXCLUDED)


def main(argv):
    # RabbitMQ needs its management plugin for the setup calls; Warren always serves the API.
    os.environ["WARREN_INTEROP_MANAGEMENT"] = "1"

    def command_for(broker):
        for method, path, body in SETUP:
            status, answer = management_call(broker.host, broker.http_port, method, path, body)
            if status not in (201, 204):
                raise RuntimeError("%s /api/%s: %s %r" % (method, path, status, answer))
        for path in sorted(EXCLUDED):
            sys.stdout.write("excluded %s (see README.md)\n" % path)
        # CI=true would make upstream skip its TLS specs and a few others; they run here.
        # The TLS specs that verify the broker's name connect to BUNNY_RABBITMQ_HOSTNAME:
        # upstream's server certificate is for "mercurio" (its CN, no other names).
        env = {"WARREN_AMQP_PORT": str(broker.port), "WARREN_AMQPS_PORT": str(broker.tls_port),
               "BUNNY_RABBITMQ_HOSTNAME": SERVER_CERTIFICATE_NAME, "CI": None,
               "RABBITMQ_URL": None, "BUNNY_CERTIFICATE_DIR": None}
        # Upstream's spec files unless the arguments name some.
        named = any(arg.startswith("spec/") for arg in argv)
        return (["rspec", "--require", "./warren_broker.rb", "--format", "documentation"]
                + argv + ([] if named else spec_files()), env)

    return suite_runner.run_against_broker(
        "Bunny specs", suite_runner.upstream_tls(os.path.join(HERE, "spec", "tls")), HERE,
        command_for)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
