"""Transient messages page out too (as RabbitMQ's classic queues do), and never outlive the
broker. A queue that is not durable fills with 500,000 transient 1 KiB messages and no
consumer: the broker's resident memory stays far below the half gigabyte of bodies, and the
queue drains in order. Transient messages paged out of a durable queue, beside persistent ones,
do not come back after a restart, clean or `kill -9`: recovery deletes them from the store
before anything reads it, and only the persistent ones are delivered."""

import os
import sqlite3
import tempfile
import unittest

import pika

from test_durable_definitions import Warren
from test_long_queue import check_resident, resident_mib

MESSAGES = int(os.environ.get("WARREN_LONG_TRANSIENT_MESSAGES", "500000"))
BODY_PADDING = b"." * (1024 - 16)
RESIDENT_LIMIT = 8192  # Queue::ResidentCountLimit: more than this pages out


def transient_records(data_dir):
    """Transient records in the store (state 3 in queue_messages), read with SQLite itself while
    no broker runs (a running one holds the database exclusively)."""
    uri = "file:%s?mode=ro" % os.path.join(data_dir, "warren.db")
    db = sqlite3.connect(uri, uri=True, timeout=10)
    try:  # closed, not just committed: an open reader would lock the next broker out
        return db.execute("SELECT count(*) FROM queue_messages WHERE state = 3").fetchone()[0]
    finally:
        db.close()


class LongTransientQueueTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def test_a_long_transient_queue_keeps_only_its_head_in_memory_and_drains_in_order(self):
        broker = Warren(self.data)
        peak = 0
        with broker.connect() as c:
            ch = c.channel()
            ch.queue_declare("transient-long")  # not durable; messages transient
            for i in range(MESSAGES):
                ch.basic_publish("", "transient-long", b"%016d" % i + BODY_PADDING)
                if i % 10000 == 0:
                    c.process_data_events(0)
                    peak = max(peak, resident_mib(broker.proc.pid))
            count = ch.queue_declare("transient-long", passive=True).method.message_count
            self.assertEqual(count, MESSAGES)
            peak = max(peak, resident_mib(broker.proc.pid))
            check_resident(self, peak, "while filling with transient messages (peak)")

            peak = 0
            expected = 0
            ch.basic_qos(prefetch_count=1000)
            for method, properties, body in ch.consume("transient-long", inactivity_timeout=30):
                self.assertIsNotNone(method, "the queue stalled after %d messages" % expected)
                self.assertEqual(int(body[:16]), expected)
                self.assertEqual(len(body), 1024)
                self.assertFalse(method.redelivered)
                self.assertIsNone(properties.delivery_mode)
                expected += 1
                if expected % 500 == 0 or expected == MESSAGES:
                    ch.basic_ack(method.delivery_tag, multiple=True)
                if expected % 10000 == 0:
                    peak = max(peak, resident_mib(broker.proc.pid))
                if expected == MESSAGES:
                    break
            ch.cancel()
            self.assertEqual(ch.queue_declare("transient-long", passive=True).method.message_count,
                             0)
        check_resident(self, peak, "while draining transient messages (peak)")
        self.assertEqual(broker.stop(), 0)
        # Acked means gone from the store too, not merely ignored at the next start.
        self.assertEqual(transient_records(self.data), 0)

    def check_only_persistent_messages_return(self, stop):
        total = RESIDENT_LIMIT + 4000
        broker = Warren(self.data)
        with broker.connect() as c:
            ch = c.channel()
            ch.queue_declare("mixed", durable=True)
            ch.queue_declare("scratch")  # not durable: gone after a restart, records and all
            ch.confirm_delivery()
            for i in range(total):
                persistent = i % 10 == 0
                ch.basic_publish("", "mixed", b"%d" % i,
                                 pika.BasicProperties(delivery_mode=2 if persistent else 1))
                ch.basic_publish("", "scratch", b"%d" % i)
        stop(broker)
        # The transient ones beyond each queue's head were written to the store: those of
        # "scratch" and nine in ten of "mixed" (the last few may not have been committed before
        # a kill -9; everything before the last confirm was).
        self.assertGreaterEqual(transient_records(self.data), (total - RESIDENT_LIMIT) * 18 // 10)

        broker = Warren(self.data)
        with broker.connect() as c:
            ch = c.channel()
            persistent = [i for i in range(total) if i % 10 == 0]
            count = ch.queue_declare("mixed", durable=True, passive=True).method.message_count
            self.assertEqual(count, len(persistent))
            got = []
            while True:
                method, properties, body = ch.basic_get("mixed", auto_ack=True)
                if method is None:
                    break
                self.assertEqual(properties.delivery_mode, 2)
                got.append(int(body))
            self.assertEqual(got, persistent)
            with self.assertRaises(pika.exceptions.ChannelClosedByBroker):
                c.channel().queue_declare("scratch", passive=True)
        self.assertEqual(broker.stop(), 0)
        self.assertEqual(transient_records(self.data), 0, "recovery kept transient records")

    def test_paged_out_transient_messages_do_not_come_back_after_a_clean_restart(self):
        self.check_only_persistent_messages_return(lambda broker: self.assertEqual(broker.stop(), 0))

    def test_paged_out_transient_messages_do_not_come_back_after_kill_9(self):
        self.check_only_persistent_messages_return(lambda broker: broker.kill9())


if __name__ == "__main__":
    unittest.main()
