"""What the runners of the client libraries' own suites that drive upstream's runner as a
subprocess (pika's, php-amqplib's, Bunny's, the Go libraries') share: one broker started through
broker_under_test for the whole run, upstream's TLS certificates for its amqps listener where the
suite has TLS tests, and upstream's runner pointed at it."""

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


def run_against_broker(label, tls, cwd, command_for, lines=None):
    """Start a broker with `tls` (None: no amqps listener), run the command that
    `command_for(broker)` returns as (argv, environment changes: a value of None unsets the
    variable) in `cwd`, stop the broker and return the command's exit status; when it failed,
    the broker's log tail is printed too. With a list as `lines`, the command's output is also
    collected there, line by line, as it is passed on."""
    broker = broker_under_test.start(tls=tls)
    try:
        command, env_changes = command_for(broker)
        sys.stdout.write("%s against %r\n" % (label, broker))
        sys.stdout.flush()
        env = dict(os.environ, **{k: v for k, v in env_changes.items() if v is not None})
        for name in (k for k, v in env_changes.items() if v is None):
            env.pop(name, None)
        if lines is None:
            status = subprocess.call(command, cwd=cwd, env=env)
        else:
            with subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True) as process:
                for line in process.stdout:
                    sys.stdout.write(line)
                    lines.append(line)
            status = process.returncode
        if status != 0:
            sys.stdout.write("broker log tail:\n%s\n" % broker.log_tail())
        return status
    finally:
        broker.stop()
