"""What the runners of the vendored upstream suites that are not pytest-based (php-amqplib's,
Bunny's) share: one broker started through broker_under_test for the whole run, upstream's TLS
certificates for its amqps listener, and upstream's runner as a subprocess pointed at it."""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/interop, for broker_under_test

import broker_under_test  # noqa: E402


def upstream_tls(cert_dir):
    """broker_under_test's `tls` for the CA, server certificate and key upstream's CI broker
    uses (ca_certificate.pem, server_certificate.pem, server_key.pem in `cert_dir`), with its
    settings: verify_peer, but clients without a certificate may connect too."""
    return {"cacertfile": os.path.join(cert_dir, "ca_certificate.pem"),
            "certfile": os.path.join(cert_dir, "server_certificate.pem"),
            "keyfile": os.path.join(cert_dir, "server_key.pem"),
            "fail_if_no_peer_cert": False}


def run_against_broker(label, tls, cwd, command_for):
    """Start a broker with `tls`, run the command that `command_for(broker)` returns as
    (argv, environment changes: a value of None unsets the variable) in `cwd`, stop the broker
    and return the command's exit status."""
    broker = broker_under_test.start(tls=tls)
    try:
        command, env_changes = command_for(broker)
        sys.stdout.write("%s against %r\n" % (label, broker))
        sys.stdout.flush()
        env = dict(os.environ, **{k: v for k, v in env_changes.items() if v is not None})
        for name in (k for k, v in env_changes.items() if v is None):
            env.pop(name, None)
        return subprocess.call(command, cwd=cwd, env=env)
    finally:
        broker.stop()
