"""basic.qos: per-consumer and (RabbitMQ's reading of) global prefetch.

RabbitMQ reinterprets global=false as "per consumer" and global=true as
"shared by all consumers on the channel".  Deliveries stop deterministically
at the limit, so after the expected number arrived, the remaining count of
ready messages proves nothing more was sent.
"""

import unittest

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule  # noqa: F401


class QosTest(BrokerTestCase):

    def filled_queue(self, n):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"%d" % i for i in range(n)])
        return q

    def test_prefetch_count_limits_unacked_per_consumer(self):
        q = self.filled_queue(5)
        self.ch.basic_qos(prefetch_count=2)
        got = Deliveries()
        self.ch.basic_consume(q, got)
        self.wait_until(lambda: len(got) == 2)
        self.assertEqual(self.message_count(q), 3)
        self.ch.basic_ack(got.items[0][0].delivery_tag)
        self.wait_until(lambda: len(got) == 3)
        self.assertEqual(self.message_count(q), 2)

    def test_multiple_ack_frees_several_slots(self):
        q = self.filled_queue(6)
        self.ch.basic_qos(prefetch_count=3)
        got = Deliveries()
        self.ch.basic_consume(q, got)
        self.wait_until(lambda: len(got) == 3)
        self.ch.basic_ack(got.items[2][0].delivery_tag, multiple=True)
        self.wait_until(lambda: len(got) == 6)
        self.assertEqual(got.bodies, [b"%d" % i for i in range(6)])

    def test_per_consumer_limit_applies_to_each_consumer(self):
        q1, q2 = self.filled_queue(4), self.filled_queue(4)
        self.ch.basic_qos(prefetch_count=1)
        got1, got2 = Deliveries(), Deliveries()
        self.ch.basic_consume(q1, got1)
        self.ch.basic_consume(q2, got2)
        self.wait_until(lambda: len(got1) == 1 and len(got2) == 1)
        self.assertEqual((self.message_count(q1), self.message_count(q2)), (3, 3))

    def test_global_limit_is_shared_by_the_channel(self):
        q1, q2 = self.filled_queue(4), self.filled_queue(4)
        self.ch.basic_qos(prefetch_count=3, global_qos=True)
        got1, got2 = Deliveries(), Deliveries()
        self.ch.basic_consume(q1, got1)
        self.ch.basic_consume(q2, got2)
        self.wait_until(lambda: len(got1) + len(got2) == 3)
        self.assertEqual(self.message_count(q1) + self.message_count(q2), 5)

    def test_both_limits_apply_together(self):
        q1, q2 = self.filled_queue(4), self.filled_queue(4)
        self.ch.basic_qos(prefetch_count=3, global_qos=True)
        self.ch.basic_qos(prefetch_count=1, global_qos=False)
        got1, got2 = Deliveries(), Deliveries()
        self.ch.basic_consume(q1, got1)
        self.ch.basic_consume(q2, got2)
        # The per-consumer limit of 1 binds first: 1 + 1 < 3.
        self.wait_until(lambda: len(got1) == 1 and len(got2) == 1)
        self.assertEqual((self.message_count(q1), self.message_count(q2)), (3, 3))

    def test_no_ack_consumers_ignore_prefetch(self):
        q = self.filled_queue(5)
        self.ch.basic_qos(prefetch_count=1)
        got = Deliveries()
        self.ch.basic_consume(q, got, auto_ack=True)
        self.wait_until(lambda: len(got) == 5)

    def test_basic_get_ignores_prefetch(self):
        q = self.filled_queue(3)
        self.ch.basic_qos(prefetch_count=1)
        for _ in range(3):
            self.assertIsNotNone(self.ch.basic_get(q, auto_ack=False)[0])

    def test_zero_means_unlimited(self):
        q = self.filled_queue(20)
        self.ch.basic_qos(prefetch_count=0)
        got = Deliveries()
        self.ch.basic_consume(q, got)
        self.wait_until(lambda: len(got) == 20)

    def test_raising_the_limit_releases_more_messages(self):
        q = self.filled_queue(5)
        self.ch.basic_qos(prefetch_count=1, global_qos=True)
        got = Deliveries()
        self.ch.basic_consume(q, got)
        self.wait_until(lambda: len(got) == 1)
        self.ch.basic_qos(prefetch_count=3, global_qos=True)
        self.wait_until(lambda: len(got) == 3)
        self.assertEqual(self.message_count(q), 2)

    def test_prefetch_size_is_540_not_implemented(self):
        with self.assertConnectionClosed(540) as cm:
            self.ch.basic_qos(prefetch_size=1000)
        self.assertEqual(cm.exception.reply_text, "NOT_IMPLEMENTED - prefetch_size!=0 (1000)")


if __name__ == "__main__":
    unittest.main()
