"""Priority queues, consumer priorities and single active consumer."""

import unittest

import pika

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule  # noqa: F401


class PriorityQueueTest(BrokerTestCase):

    def publish_with_priorities(self, q, items):
        ch = self.conn.channel()
        ch.confirm_delivery()
        for body, priority in items:
            ch.basic_publish("", q, body.encode(), pika.BasicProperties(priority=priority))

    def test_higher_priority_first_fifo_within_priority(self):
        q = self.declare_queue(arguments={"x-max-priority": 10})
        self.publish_with_priorities(q, [("p1", 1), ("p5", 5), ("p3", 3), ("p5b", 5), ("p9", 9)])
        self.assertEqual(self.drain_bodies(q), [b"p9", b"p5", b"p5b", b"p3", b"p1"])

    def test_priority_above_max_counts_as_max(self):
        q = self.declare_queue(arguments={"x-max-priority": 5})
        self.publish_with_priorities(q, [("p5", 5), ("p200", 200), ("p4", 4)])
        self.assertEqual(self.drain_bodies(q), [b"p5", b"p200", b"p4"])

    def test_missing_priority_counts_as_zero(self):
        q = self.declare_queue(arguments={"x-max-priority": 5})
        self.publish_with_priorities(q, [("none", None), ("p0", 0), ("p1", 1)])
        self.assertEqual(self.drain_bodies(q), [b"p1", b"none", b"p0"])

    def test_priority_property_is_delivered_unchanged(self):
        q = self.declare_queue(arguments={"x-max-priority": 5})
        self.publish_with_priorities(q, [("p200", 200)])
        self.assertEqual(self.get_message(q)[1].priority, 200)

    def test_plain_queue_ignores_priority(self):
        q = self.declare_queue()
        self.publish_with_priorities(q, [("p1", 1), ("p9", 9), ("p5", 5)])
        self.assertEqual(self.drain_bodies(q), [b"p1", b"p9", b"p5"])

    def test_consumer_receives_in_priority_order(self):
        q = self.declare_queue(arguments={"x-max-priority": 10})
        self.publish_with_priorities(q, [("low", 1), ("high", 8), ("mid", 4)])
        got = Deliveries()
        self.ch.basic_consume(q, got, auto_ack=True)
        self.wait_until(lambda: len(got) == 3)
        self.assertEqual(got.bodies, [b"high", b"mid", b"low"])

    def test_requeued_message_keeps_its_priority_position(self):
        q = self.declare_queue(arguments={"x-max-priority": 10})
        self.publish_with_priorities(q, [("low", 1), ("high", 8)])
        method, _p, body = self.ch.basic_get(q, auto_ack=False)
        self.assertEqual(body, b"high")
        self.ch.basic_nack(method.delivery_tag, requeue=True)
        self.wait_message_count(q, 2)
        self.assertEqual(self.drain_bodies(q), [b"high", b"low"])


class ConsumerPriorityTest(BrokerTestCase):

    def test_higher_priority_consumer_gets_all_while_it_can(self):
        q = self.declare_queue()
        low, high = Deliveries(), Deliveries()
        self.ch.basic_consume(q, low, auto_ack=True, arguments={"x-priority": 1})
        self.ch.basic_consume(q, high, auto_ack=True, arguments={"x-priority": 10})
        self.publish_confirmed("", q, [b"%d" % i for i in range(10)])
        self.wait_until(lambda: len(high) == 10)
        self.assertEqual(len(low), 0)

    def test_lower_priority_consumer_gets_messages_when_higher_is_blocked(self):
        q = self.declare_queue()
        self.ch.basic_qos(prefetch_count=1)
        low, high = Deliveries(), Deliveries()
        self.ch.basic_consume(q, low, arguments={"x-priority": 1})
        self.ch.basic_consume(q, high, arguments={"x-priority": 10})
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        # high takes one and is then full, low takes the next, one waits.
        self.wait_until(lambda: len(high) == 1 and len(low) == 1)
        self.assertEqual((high.bodies, low.bodies), ([b"1"], [b"2"]))
        self.assertEqual(self.message_count(q), 1)
        # Acking frees the high-priority consumer, which gets the last one.
        self.ch.basic_ack(high.items[0][0].delivery_tag)
        self.wait_until(lambda: len(high) == 2)
        self.assertEqual(high.bodies[1], b"3")
        self.assertEqual(len(low), 1)

    def test_negative_priority_is_below_default(self):
        q = self.declare_queue()
        neg, default = Deliveries(), Deliveries()
        self.ch.basic_consume(q, neg, auto_ack=True, arguments={"x-priority": -5})
        self.ch.basic_consume(q, default, auto_ack=True)
        self.publish_confirmed("", q, [b"a", b"b", b"c"])
        self.wait_until(lambda: len(default) == 3)
        self.assertEqual(len(neg), 0)


class SingleActiveConsumerTest(BrokerTestCase):

    def test_only_first_consumer_receives(self):
        q = self.declare_queue(arguments={"x-single-active-consumer": True})
        first, second = Deliveries(), Deliveries()
        self.ch.basic_consume(q, first, auto_ack=True)
        self.ch.basic_consume(q, second, auto_ack=True)
        self.publish_confirmed("", q, [b"%d" % i for i in range(5)])
        self.wait_until(lambda: len(first) == 5)
        self.assertEqual(len(second), 0)

    def test_next_consumer_takes_over_on_cancel(self):
        q = self.declare_queue(arguments={"x-single-active-consumer": True})
        first, second = Deliveries(), Deliveries()
        tag1 = self.ch.basic_consume(q, first, auto_ack=True)
        self.ch.basic_consume(q, second, auto_ack=True)
        self.publish_confirmed("", q, [b"a"])
        self.wait_until(lambda: len(first) == 1)
        self.ch.basic_cancel(tag1)
        self.publish_confirmed("", q, [b"b", b"c"])
        self.wait_until(lambda: len(second) == 2)
        self.assertEqual((first.bodies, second.bodies), ([b"a"], [b"b", b"c"]))

    def test_unacked_messages_of_cancelled_consumer_go_to_the_next(self):
        q = self.declare_queue(arguments={"x-single-active-consumer": True})
        ch1 = self.new_channel()
        first, second = Deliveries(), Deliveries()
        ch1.basic_consume(q, first)  # manual ack, never acks
        self.ch.basic_consume(q, second)
        self.publish_confirmed("", q, [b"a", b"b"])
        self.wait_until(lambda: len(first) == 2)
        ch1.close()  # unacked messages are requeued, second becomes active
        self.wait_until(lambda: len(second) == 2)
        self.assertEqual(second.bodies, [b"a", b"b"])
        self.assertTrue(all(m.redelivered for m, _p, _b in second.items))


if __name__ == "__main__":
    unittest.main()
