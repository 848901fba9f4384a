"""Durable definitions survive a restart, transient ones do not (RabbitMQ's rule), and the
data directory is guarded: a second broker on it, or a file that is not Warren's, is refused
with one sentence and left untouched. Runs warren itself, restarting it on one data dir."""

import hashlib
import os
import re
import signal
import subprocess
import sys
import tempfile
import unittest

import pika
from pika.exceptions import ChannelClosedByBroker

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

WARREN = os.environ["WARREN_BIN"]
ENV = dict(os.environ, DISPLAY="", WAYLAND_DISPLAY="")


class Warren:
    def __init__(self, data_dir, stderr=subprocess.PIPE):
        self.proc = subprocess.Popen(
            [WARREN, "--headless", "--data-dir", data_dir, "--listen", "amqp=127.0.0.1:0",
             "--listen", "http=127.0.0.1:0"],
            stdout=subprocess.PIPE, stderr=stderr, text=True, env=ENV)
        line = self.proc.stdout.readline()
        match = re.match(r"listening amqp 127\.0\.0\.1:(\d+)", line)
        if not match:
            self.proc.kill()
            raise AssertionError("warren did not start: %r %s" %
                                 (line, self.proc.stderr.read() if self.proc.stderr else ""))
        self.port = int(match.group(1))
        # The management listener is announced next; some things are set only through it.
        match = re.match(r"listening http 127\.0\.0\.1:(\d+)", self.proc.stdout.readline())
        self.http_port = int(match.group(1)) if match else None

    def api(self, method, path, body=None):
        """A management API call as guest; returns (status, parsed JSON body or None)."""
        return broker_under_test.management_call("127.0.0.1", self.http_port, method, path, body)

    def connect(self):
        return pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", self.port))

    def kill9(self):
        """Ends the broker as a crash would: no goodbye, no flush."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._close_pipes()

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=15)
        self._close_pipes()
        return code

    def _close_pipes(self):
        self.proc.stdout.close()
        if self.proc.stderr:
            self.proc.stderr.close()


def refused(data_dir):
    result = subprocess.run(
        [WARREN, "--headless", "--data-dir", data_dir, "--listen", "amqp=127.0.0.1:0"],
        capture_output=True, text=True, timeout=30, env=ENV)
    return result.returncode, result.stderr


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class DurableDefinitionsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def test_durable_topology_survives_a_restart_and_transient_does_not(self):
        broker = Warren(self.data)
        with broker.connect() as c:
            ch = c.channel()
            ch.exchange_declare("orders", "topic", durable=True)
            ch.exchange_declare("scratch", "fanout", durable=False)
            ch.queue_declare("billing", durable=True, arguments={"x-max-length": 10})
            ch.queue_declare("tmp", durable=False)
            ch.queue_bind("billing", "orders", "order.#")
            ch.exchange_declare("audit", "fanout", durable=True)
            ch.exchange_bind("audit", "orders", "#")
        self.assertEqual(broker.stop(), 0)

        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                ch = c.channel()
                ch.exchange_declare("orders", passive=True)
                ch.exchange_declare("audit", passive=True)
                ok = ch.queue_declare("billing", passive=True)
                self.assertEqual(ok.method.message_count, 0)
                # The arguments came back too: redeclaring with others is inequivalent.
                with self.assertRaises(ChannelClosedByBroker) as cm:
                    ch.queue_declare("billing", durable=True, arguments={"x-max-length": 5})
                self.assertEqual(cm.exception.reply_code, 406)
                ch = c.channel()
                ch.confirm_delivery()
                ch.basic_publish("orders", "order.created", b"routed after restart",
                                 mandatory=True)
                _method, _props, body = ch.basic_get("billing", auto_ack=True)
                self.assertEqual(body, b"routed after restart")
                for kind, name in (("exchange", "scratch"), ("queue", "tmp")):
                    ch = c.channel()
                    with self.assertRaises(ChannelClosedByBroker) as cm:
                        if kind == "exchange":
                            ch.exchange_declare(name, passive=True)
                        else:
                            ch.queue_declare(name, passive=True)
                    self.assertEqual(cm.exception.reply_code, 404)
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_a_declaration_answered_is_on_disk_even_if_the_broker_dies_at_once(self):
        # Like RabbitMQ, declare-ok, bind-ok and delete-ok come only after the commit: a
        # crash right after the answer keeps the definition (or its deletion).
        for round_number in range(5):
            broker = Warren(self.data)
            c = broker.connect()
            ch = c.channel()
            ch.queue_declare("kept-%d" % round_number, durable=True)
            ch.exchange_declare("ex-%d" % round_number, "direct", durable=True)
            ch.queue_bind("kept-%d" % round_number, "ex-%d" % round_number, "key")
            if round_number > 0:
                ch.queue_delete("kept-%d" % (round_number - 1))
            broker.kill9()

        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                ch = c.channel()
                ch.confirm_delivery()
                ch.basic_publish("ex-4", "key", b"bound before the crash", mandatory=True)
                self.assertEqual(ch.queue_declare("kept-4", passive=True).method.message_count,
                                 1)
                for round_number in range(4):
                    ch.exchange_declare("ex-%d" % round_number, passive=True)
                    with self.assertRaises(ChannelClosedByBroker) as cm:
                        ch.queue_declare("kept-%d" % round_number, passive=True)
                    self.assertEqual(cm.exception.reply_code, 404)
                    ch = c.channel()
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_deleted_definitions_stay_deleted(self):
        broker = Warren(self.data)
        with broker.connect() as c:
            ch = c.channel()
            ch.queue_declare("gone", durable=True)
            ch.queue_delete("gone")
        self.assertEqual(broker.stop(), 0)
        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                with self.assertRaises(ChannelClosedByBroker) as cm:
                    c.channel().queue_declare("gone", passive=True)
                self.assertEqual(cm.exception.reply_code, 404)
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_topic_permissions_survive_a_restart_and_go_with_their_user(self):
        broker = Warren(self.data)
        self.assertIsNotNone(broker.http_port)
        for user in ("topics-kept", "topics-gone"):
            self.assertEqual(broker.api("PUT", "users/" + user, {"password": "pw", "tags": ""})[0],
                             201)
            self.assertEqual(broker.api("PUT", "permissions/%2F/" + user,
                                        {"configure": ".*", "write": ".*", "read": ".*"})[0], 201)
            self.assertEqual(broker.api("PUT", "topic-permissions/%2F/" + user,
                                        {"exchange": "amq.topic", "write": "^allowed\\.",
                                         "read": "^bound\\."})[0], 201)
        self.assertEqual(broker.api("DELETE", "users/topics-gone")[0], 204)
        self.assertEqual(broker.stop(), 0)

        broker = Warren(self.data)
        try:
            status, listed = broker.api("GET", "topic-permissions")
            self.assertEqual(status, 200)
            self.assertEqual(listed, [{"user": "topics-kept", "vhost": "/", "exchange": "amq.topic",
                                       "write": "^allowed\\.", "read": "^bound\\."}])
            with pika.BlockingConnection(pika.ConnectionParameters(
                    "127.0.0.1", broker.port, "/",
                    pika.PlainCredentials("topics-kept", "pw"))) as c:
                ch = c.channel()
                ch.confirm_delivery()
                ch.basic_publish("amq.topic", "allowed.after.restart", b"allowed")
                with self.assertRaises(ChannelClosedByBroker) as cm:
                    ch.basic_publish("amq.topic", "refused.after.restart", b"refused")
                self.assertEqual(cm.exception.reply_code, 403)
            # A user of the same name made anew starts without the deleted one's.
            self.assertEqual(broker.api("PUT", "users/topics-gone",
                                        {"password": "pw", "tags": ""})[0], 201)
            self.assertEqual(broker.api("GET", "users/topics-gone/topic-permissions"), (200, []))
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_policies_survive_a_restart_and_go_with_their_vhost(self):
        broker = Warren(self.data)
        self.assertIsNotNone(broker.http_port)
        kept = {"pattern": "^limited\\.", "definition": {"max-length": 2}, "priority": 3,
                "apply-to": "queues"}
        self.assertEqual(broker.api("PUT", "policies/%2F/kept", kept), (201, None))
        self.assertEqual(broker.api("PUT", "vhosts/policy-gone")[0], 201)
        self.assertEqual(broker.api("PUT", "policies/policy-gone/gone",
                                    {"pattern": ".*", "definition": {"max-length": 1}})[0], 201)
        # Answered once on disk, so a crash right after loses nothing.
        broker.kill9()

        broker = Warren(self.data)
        try:
            self.assertEqual(broker.api("GET", "policies/%2F/kept"),
                             (200, dict(kept, vhost="/", name="kept")))
            # The restored policy is in force for a queue declared now...
            with broker.connect() as c:
                ch = c.channel()
                ch.queue_declare("limited.q", durable=True)
                for i in range(4):
                    ch.basic_publish("", "limited.q", b"m%d" % i)
                self.assertEqual(ch.queue_declare("limited.q", passive=True).method.message_count,
                                 2)
            self.assertEqual(broker.api("DELETE", "vhosts/policy-gone")[0], 204)
        finally:
            self.assertEqual(broker.stop(), 0)
        broker = Warren(self.data)
        try:
            self.assertEqual(broker.api("PUT", "vhosts/policy-gone")[0], 201)
            self.assertEqual(broker.api("GET", "policies/policy-gone"), (200, []))
            # ...and for one recovered at start, before any client comes.
            self.assertEqual(broker.api("GET", "queues/%2F/limited.q")[1]["policy"], "kept")
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_a_second_broker_on_the_same_data_is_refused_with_the_holders_pid(self):
        broker = Warren(self.data)
        try:
            code, stderr = refused(self.data)
            self.assertNotEqual(code, 0)
            self.assertIn("PID %d" % broker.proc.pid, stderr)
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_a_file_that_is_not_warrens_is_refused_and_left_alone(self):
        os.makedirs(self.data)
        foreign = os.path.join(self.data, "warren.db")
        with open(foreign, "wb") as f:
            f.write(b"this is somebody else's file, not a database" * 100)
        before = digest(foreign)
        code, stderr = refused(self.data)
        self.assertNotEqual(code, 0)
        self.assertTrue(stderr.strip(), "no explanation printed")
        self.assertEqual(digest(foreign), before)


if __name__ == "__main__":
    unittest.main()
