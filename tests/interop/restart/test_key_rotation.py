"""Key rotation on a running broker: `warren --rotate-key` (SIGHUP) re-encrypts the store under
a fresh key while clients keep publishing, drops the old key from the key file when done, and
every persistent message reads back after a restart with only the new key. Without a running
broker the command refuses with one sentence; a second SIGHUP mid-rotation changes nothing."""

import os
import signal
import subprocess
import tempfile
import time
import unittest

from test_durable_definitions import ENV, WARREN, Warren
from test_persistent_messages import publish_confirmed

MARKER = b"key-rotation-marker"


def drain(channel, queue):
    bodies = []
    while True:
        method, _props, body = channel.basic_get(queue, auto_ack=True)
        if method is None:
            return bodies
        bodies.append(body)


def rotate_key(data_dir):
    return subprocess.run([WARREN, "--rotate-key", "--data-dir", data_dir],
                          capture_output=True, text=True, timeout=30, env=ENV)


def key_ids(data_dir):
    """Ids in the key file, which is replaced by rename, so a read never sees half of it."""
    with open(os.path.join(data_dir, "warren.key")) as f:
        return [int(line.split()[0]) for line in f if line.strip() and not line.startswith("#")]


def wait_until(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def stop_reading_log(broker):
    """Stops the broker with SIGTERM and returns its exit code and everything it logged."""
    broker.proc.send_signal(signal.SIGTERM)
    _out, log = broker.proc.communicate(timeout=15)
    return broker.proc.returncode, log


class KeyRotationTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def assert_messages_survive_a_restart(self, expected):
        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                self.assertEqual(drain(c.channel(), "vault"), expected)
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_rotation_on_a_running_broker_leaves_only_the_new_key(self):
        before = [MARKER + b" before %d" % i for i in range(200)]
        after = [MARKER + b" after %d" % i for i in range(5)]
        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                ch = c.channel()
                ch.queue_declare("vault", durable=True)
                publish_confirmed(ch, "vault", before)
                self.assertEqual(key_ids(self.data), [1])

                result = rotate_key(self.data)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(result.stdout,
                                 "asked warren (pid %d) to rotate its store key\n"
                                 % broker.proc.pid)
                self.assertTrue(wait_until(lambda: key_ids(self.data) == [2]),
                                "key file still holds %s" % key_ids(self.data))
                publish_confirmed(ch, "vault", after)
        finally:
            code, log = stop_reading_log(broker)
        self.assertEqual(code, 0, log)
        self.assertIn("store: key rotation started: new key 2", log)
        self.assertIn("store: key rotation finished: records re-encrypted under key 2; "
                      "old keys removed from %s" % os.path.join(self.data, "warren.key"), log)
        for name in os.listdir(self.data):  # encrypted at rest, before and after the rotation
            with open(os.path.join(self.data, name), "rb") as f:
                self.assertNotIn(MARKER, f.read(), name)

        # Only key 2 is left, so every record must have been re-encrypted under it.
        self.assert_messages_survive_a_restart(before + after)
        self.assertEqual(key_ids(self.data), [2])

    def test_rotate_key_without_a_running_broker_is_refused(self):
        broker = Warren(self.data)
        self.assertEqual(broker.stop(), 0)  # leaves warren.lock behind, naming a dead PID
        for data_dir in (self.data, os.path.join(self.tmp.name, "never-used")):
            with self.subTest(data_dir=data_dir):
                result = rotate_key(data_dir)
                self.assertNotEqual(result.returncode, 0)
                self.assertEqual(result.stdout, "")
                self.assertIn("No running Warren holds the data directory '%s'" % data_dir,
                              result.stderr)
                self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)
        self.assertEqual(key_ids(self.data), [1])

    def test_a_second_sighup_during_or_after_a_rotation_does_not_crash(self):
        bodies = [MARKER + b" %d" % i for i in range(100)]
        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                ch = c.channel()
                ch.queue_declare("vault", durable=True)
                publish_confirmed(ch, "vault", bodies)
            os.kill(broker.proc.pid, signal.SIGHUP)
            self.assertTrue(wait_until(lambda: 2 in key_ids(self.data)))
            os.kill(broker.proc.pid, signal.SIGHUP)
            with broker.connect() as c:  # still serving
                c.channel().queue_declare("vault", passive=True)
        finally:
            # SIGTERM is handled after the SIGHUP sent before it, so the log answers both.
            code, log = stop_reading_log(broker)
        self.assertEqual(code, 0, log)
        self.assertIn("store: key rotation started: new key 2", log)
        # Whether the second one came while the first ran or after it ended is a race.
        self.assertTrue("a key rotation to key 2 is already under way" in log
                        or "store: key rotation started: new key 3" in log, log)
        self.assertNotIn("[error", log)

        # A rotation cut short by the stop resumes on start; either way the key file ends with
        # one key, and every message is readable.
        broker = Warren(self.data)
        try:
            self.assertTrue(wait_until(lambda: len(key_ids(self.data)) == 1),
                            "key file still holds %s" % key_ids(self.data))
            with broker.connect() as c:
                self.assertEqual(drain(c.channel(), "vault"), bodies)
        finally:
            self.assertEqual(broker.stop(), 0)


if __name__ == "__main__":
    unittest.main()
