"""Confirmed means durable: persistent messages in durable queues survive a restart and
kill -9, in order; acked ones never come back and delivered-unacked ones come back with
redelivered=true. Transient messages and non-durable queues do not survive."""

import os
import random
import tempfile
import threading
import time
import unittest
import warnings

import pika

from test_durable_definitions import Warren

PERSISTENT = pika.BasicProperties(delivery_mode=2)
# Connections to a broker killed with SIGKILL cannot be closed politely; that is the point.
warnings.simplefilter("ignore", ResourceWarning)


def publish_confirmed(channel, queue, bodies, properties=PERSISTENT):
    channel.confirm_delivery()
    for body in bodies:
        channel.basic_publish("", queue, body, properties)  # raises unless acked


def drain(channel, queue):
    got = []
    while True:
        method, _props, body = channel.basic_get(queue, auto_ack=False)
        if method is None:
            return got
        got.append((body, method.redelivered))
        channel.basic_ack(method.delivery_tag)


class PersistentMessagesTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def test_confirmed_messages_survive_a_restart_in_order_and_acked_ones_do_not(self):
        broker = Warren(self.data)
        with broker.connect() as c:
            ch = c.channel()
            ch.queue_declare("jobs", durable=True)
            ch.queue_declare("scratch", durable=False)
            publish_confirmed(ch, "jobs", [b"job-%d" % i for i in range(10)])
            publish_confirmed(ch, "jobs", [b"transient"], pika.BasicProperties(delivery_mode=1))
            publish_confirmed(ch, "scratch", [b"in a transient queue"])
            for _ in range(3):  # the first three are done and acked
                method, _p, _b = ch.basic_get("jobs")
                ch.basic_ack(method.delivery_tag)
        self.assertEqual(broker.stop(), 0)

        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                ch = c.channel()
                got = drain(ch, "jobs")
                self.assertEqual([body for body, _ in got], [b"job-%d" % i for i in range(3, 10)])
                self.assertFalse(any(redelivered for _, redelivered in got))
                with self.assertRaises(pika.exceptions.ChannelClosedByBroker):
                    ch.queue_declare("scratch", passive=True)
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_unacked_messages_come_back_redelivered_after_kill_9(self):
        broker = Warren(self.data)
        c = broker.connect()
        ch = c.channel()
        ch.queue_declare("work", durable=True)
        publish_confirmed(ch, "work", [b"a", b"b", b"c"])
        held, _p, body = ch.basic_get("work")  # delivered, never acked
        self.assertEqual(body, b"a")
        done, _p, _b = ch.basic_get("work")
        ch.basic_ack(done.delivery_tag)
        # A confirmed publish after the ack: the ack is on disk once this is confirmed.
        publish_confirmed(ch, "work", [b"d"])
        broker.kill9()

        broker = Warren(self.data)
        try:
            with broker.connect() as c2:
                got = drain(c2.channel(), "work")
                self.assertEqual(got, [(b"a", True), (b"c", False), (b"d", False)])
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_a_committed_transaction_survives_kill_9(self):
        broker = Warren(self.data)
        c = broker.connect()
        ch = c.channel()
        ch.queue_declare("tx", durable=True)
        ch.tx_select()
        for body in (b"one", b"two"):
            ch.basic_publish("", "tx", body, PERSISTENT)
        ch.tx_commit()  # commit-ok: both are on disk
        ch.basic_publish("", "tx", b"never committed", PERSISTENT)
        broker.kill9()
        broker = Warren(self.data)
        try:
            with broker.connect() as c2:
                self.assertEqual(drain(c2.channel(), "tx"), [(b"one", False), (b"two", False)])
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_queue_ttl_applies_to_recovered_messages(self):
        broker = Warren(self.data)
        with broker.connect() as c:
            ch = c.channel()
            ch.queue_declare("short", durable=True, arguments={"x-message-ttl": 300})
            ch.queue_declare("dead", durable=True)
            ch.queue_bind("dead", "amq.fanout")
            ch.queue_delete("short")
            ch.queue_declare("short", durable=True, arguments={
                "x-message-ttl": 300, "x-dead-letter-exchange": "amq.fanout"})
            publish_confirmed(ch, "short", [b"expires"])
        broker.kill9()
        broker = Warren(self.data)
        try:
            with broker.connect() as c2:
                ch = c2.channel()
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline and \
                        ch.queue_declare("dead", passive=True).method.message_count == 0:
                    c2.sleep(0.05)
                self.assertEqual(drain(ch, "dead")[0][0], b"expires")
                self.assertEqual(ch.queue_declare("short", passive=True).method.message_count, 0)
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_stored_messages_are_encrypted_at_rest(self):
        marker = b"PLAINTEXT-MARKER-7f3a9c"
        broker = Warren(self.data)
        c = broker.connect()
        ch = c.channel()
        ch.queue_declare("secrets", durable=True)
        publish_confirmed(ch, "secrets", [marker * 4],
                          pika.BasicProperties(delivery_mode=2, headers={"note": marker.decode()}))
        broker.kill9()  # leaves the write-ahead log as it is, not checkpointed
        files = [os.path.join(self.data, name) for name in os.listdir(self.data)
                 if name.startswith("warren.db")]
        self.assertTrue(any(name.endswith("-wal") for name in files), files)
        for path in files:
            with open(path, "rb") as f:
                self.assertNotIn(marker, f.read(), path)
        broker = Warren(self.data)  # and it still reads back
        try:
            with broker.connect() as c2:
                self.assertEqual(drain(c2.channel(), "secrets"), [(marker * 4, False)])
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_kill_9_at_random_moments_under_concurrent_publishers_loses_nothing_confirmed(self):
        confirmed = []
        lock = threading.Lock()

        def publisher(port, name, stop):
            # Publishes until the broker dies under it; remembers what was confirmed.
            try:
                conn = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1", port))
                ch = conn.channel()
                ch.confirm_delivery()
                i = 0
                while not stop.is_set():
                    body = b"%s-%d" % (name, i)
                    ch.basic_publish("", "ledger", body, PERSISTENT)
                    with lock:
                        confirmed.append(body)
                    i += 1
            except Exception:  # the broker was killed: that is the test
                pass

        rng = random.Random(7)
        for round_ in range(6):
            broker = Warren(self.data)
            with broker.connect() as c:
                c.channel().queue_declare("ledger", durable=True)
            stop = threading.Event()
            threads = [threading.Thread(target=publisher,
                                        args=(broker.port, b"r%d-c%d" % (round_, n), stop))
                       for n in range(3)]
            for t in threads:
                t.start()
            time.sleep(rng.uniform(0.05, 0.4))  # kill at a random moment mid-stream
            broker.kill9()
            stop.set()
            for t in threads:
                t.join(timeout=10)
        self.assertGreater(len(confirmed), 100)
        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                got = [body for body, _ in drain(c.channel(), "ledger")]
            self.assertEqual(len(got), len(set(got)), "a message came back twice")
            missing = set(confirmed) - set(got)
            self.assertFalse(missing, "confirmed but lost: %d" % len(missing))
        finally:
            self.assertEqual(broker.stop(), 0)

    def test_every_confirmed_message_survives_repeated_kill_9(self):
        confirmed = []
        for round_ in range(5):
            broker = Warren(self.data)
            c = broker.connect()
            ch = c.channel()
            ch.queue_declare("ledger", durable=True)
            ch.confirm_delivery()
            for i in range(200):
                body = b"r%d-%d" % (round_, i)
                ch.basic_publish("", "ledger", body, PERSISTENT)
                confirmed.append(body)
            broker.kill9()
        broker = Warren(self.data)
        try:
            with broker.connect() as c:
                got = [body for body, _ in drain(c.channel(), "ledger")]
                self.assertEqual(got, confirmed)
        finally:
            self.assertEqual(broker.stop(), 0)


if __name__ == "__main__":
    unittest.main()
