"""A durable queue far larger than the broker's memory: 1,000,000 persistent 1 KiB messages
(a gigabyte of bodies) are published with pika, survive a restart, and drain in order, while
the broker's resident memory stays bounded because bodies beyond the head of the queue live
only in the store (paging, like RabbitMQ's lazy and CQv2 queues)."""

import os
import tempfile
import unittest

import pika

from test_durable_definitions import Warren

MESSAGES = int(os.environ.get("WARREN_LONG_QUEUE_MESSAGES", "1000000"))
BODY_PADDING = b"." * (1024 - 16)
# A fifth of the bodies' size: what the queue may hold in memory besides them is a small
# record per message (its place in line) and a few megabytes of resident head. 0: not judged
# (sanitizer builds, whose allocator holds on to freed memory).
RSS_LIMIT_MIB = int(os.environ.get("WARREN_LONG_QUEUE_RSS_LIMIT_MIB", "200"))


def resident_mib(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    raise AssertionError("no VmRSS for pid %d" % pid)


def check_resident(test, mib, what):
    print("resident memory %s: %d MiB" % (what, mib))
    if RSS_LIMIT_MIB:
        test.assertLess(mib, RSS_LIMIT_MIB, what)


class LongQueueTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")

    def tearDown(self):
        self.tmp.cleanup()

    def test_a_queue_larger_than_memory_fills_survives_a_restart_and_drains_in_order(self):
        broker = Warren(self.data)
        peak = 0
        with broker.connect() as c:
            ch = c.channel()
            ch.queue_declare("long", durable=True)
            persistent = pika.BasicProperties(delivery_mode=2)
            for i in range(MESSAGES):
                ch.basic_publish("", "long", b"%016d" % i + BODY_PADDING, persistent)
                if i % 10000 == 0:
                    c.process_data_events(0)
                    peak = max(peak, resident_mib(broker.proc.pid))
            # Answered after every publish before it on this connection.
            count = ch.queue_declare("long", durable=True, passive=True).method.message_count
            self.assertEqual(count, MESSAGES)
            peak = max(peak, resident_mib(broker.proc.pid))
        check_resident(self, peak, "while filling (peak)")
        self.assertEqual(broker.stop(), 0)

        broker = Warren(self.data)
        check_resident(self, resident_mib(broker.proc.pid), "after recovery")
        peak = 0
        expected = 0
        with broker.connect() as c:
            ch = c.channel()
            ch.basic_qos(prefetch_count=1000)
            for method, _props, body in ch.consume("long", inactivity_timeout=30):
                self.assertIsNotNone(method, "the queue stalled after %d messages" % expected)
                self.assertEqual(int(body[:16]), expected)
                self.assertFalse(method.redelivered)
                expected += 1
                if expected % 500 == 0 or expected == MESSAGES:
                    ch.basic_ack(method.delivery_tag, multiple=True)
                if expected % 10000 == 0:
                    peak = max(peak, resident_mib(broker.proc.pid))
                if expected == MESSAGES:
                    break
            ch.cancel()
            self.assertEqual(ch.queue_declare("long", passive=True).method.message_count, 0)
        check_resident(self, peak, "while draining (peak)")
        self.assertEqual(broker.stop(), 0)

        # Acked means gone: nothing comes back after another restart.
        broker = Warren(self.data)
        with broker.connect() as c:
            count = c.channel().queue_declare("long", passive=True).method.message_count
        self.assertEqual(count, 0)
        self.assertEqual(broker.stop(), 0)


if __name__ == "__main__":
    unittest.main()
