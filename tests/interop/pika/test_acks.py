"""basic.get, acknowledgements (ack / nack / reject), redelivery and recover."""

import unittest

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule  # noqa: F401


class GetTest(BrokerTestCase):

    def test_get_reports_remaining_message_count(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        counts = []
        for _ in range(3):
            method, _p, _b = self.ch.basic_get(q, auto_ack=True)
            counts.append(method.message_count)
        self.assertEqual(counts, [2, 1, 0])

    def test_get_on_empty_queue_is_get_empty(self):
        q = self.declare_queue()
        self.assertEqual(self.ch.basic_get(q), (None, None, None))

    def test_get_fields(self):
        x = self.declare_exchange("direct")
        q = self.declare_queue()
        self.ch.queue_bind(q, x, "rk")
        self.publish_confirmed(x, "rk", [b"body"])
        method, _p, body = self.ch.basic_get(q)
        self.assertEqual((method.delivery_tag, method.redelivered, method.exchange,
                          method.routing_key, body), (1, False, x, "rk", b"body"))

    def test_get_of_missing_queue_is_404(self):
        with self.assertChannelClosed(404, "NOT_FOUND - no queue 'no-such-q' in vhost '/'"):
            self.ch.basic_get("no-such-q")


class AckTest(BrokerTestCase):

    def get_n(self, q, n):
        return [self.ch.basic_get(q, auto_ack=False)[0].delivery_tag for _ in range(n)]

    def test_ack_removes_message(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        (tag,) = self.get_n(q, 1)
        self.ch.basic_ack(tag)
        self.ch.close()  # would requeue anything still unacked
        self.assertEqual(self.message_count(q, ch=self.new_channel()), 0)

    def test_ack_multiple_acks_all_up_to_tag(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        tags = self.get_n(q, 3)
        self.ch.basic_ack(tags[1], multiple=True)
        self.ch.close()  # only the third was unacked -> requeued
        ch = self.new_channel()
        self.wait_message_count(q, 1)
        self.assertEqual(self.drain_bodies(q, ch=ch), [b"3"])

    def test_ack_multiple_with_tag_zero_acks_everything(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2"])
        self.get_n(q, 2)
        self.ch.basic_ack(0, multiple=True)
        self.ch.close()
        self.assertEqual(self.message_count(q, ch=self.new_channel()), 0)

    def test_unknown_delivery_tag_is_406(self):
        with self.assertChannelClosed(406) as cm:
            self.ch.basic_ack(99)
            self.ch.queue_declare("", exclusive=True)  # sync point
        self.assertEqual(cm.exception.reply_text, "PRECONDITION_FAILED - unknown delivery tag 99")

    def test_double_ack_is_406(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        (tag,) = self.get_n(q, 1)
        self.ch.basic_ack(tag)
        with self.assertChannelClosed(406, "PRECONDITION_FAILED - unknown delivery tag %d" % tag):
            self.ch.basic_ack(tag)
            self.ch.queue_declare(q, passive=True)

    def test_ack_of_auto_acked_delivery_is_406(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        method, _p, _b = self.ch.basic_get(q, auto_ack=True)
        with self.assertChannelClosed(406, "unknown delivery tag 1"):
            self.ch.basic_ack(method.delivery_tag)
            self.ch.queue_declare(q, passive=True)

    def test_single_ack_of_tag_zero_is_406(self):
        with self.assertChannelClosed(406, "PRECONDITION_FAILED - unknown delivery tag 0"):
            self.ch.basic_ack(0, multiple=False)
            self.ch.queue_declare("", exclusive=True)

    def test_ack_from_another_channel_is_406(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        (tag,) = self.get_n(q, 1)
        other = self.new_channel()
        with self.assertChannelClosed(406, "unknown delivery tag %d" % tag):
            other.basic_ack(tag)
            other.queue_declare(q, passive=True)


class RequeueTest(BrokerTestCase):

    def test_reject_with_requeue_sets_redelivered(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        method, _p, _b = self.ch.basic_get(q)
        self.assertFalse(method.redelivered)
        self.ch.basic_reject(method.delivery_tag, requeue=True)
        method, _p, body = self.get_message(q)
        self.assertEqual((body, method.redelivered), (b"m", True))

    def test_reject_without_requeue_discards(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        method, _p, _b = self.ch.basic_get(q)
        self.ch.basic_reject(method.delivery_tag, requeue=False)
        self.assertEqual(self.ch.basic_get(q), (None, None, None))

    def test_requeued_messages_return_to_their_original_position(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"a", b"b", b"c"])
        tag_a = self.ch.basic_get(q)[0].delivery_tag
        tag_b = self.ch.basic_get(q)[0].delivery_tag
        self.ch.basic_nack(tag_b, requeue=True)
        self.ch.basic_nack(tag_a, requeue=True)
        self.wait_message_count(q, 3)
        items = []
        for _ in range(3):
            method, _p, body = self.ch.basic_get(q, auto_ack=True)
            items.append((body, method.redelivered))
        self.assertEqual(items, [(b"a", True), (b"b", True), (b"c", False)])

    def test_nack_multiple_requeues_all_up_to_tag(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        tags = [self.ch.basic_get(q)[0].delivery_tag for _ in range(3)]
        self.ch.basic_nack(tags[1], multiple=True, requeue=True)
        self.wait_message_count(q, 2)
        self.ch.basic_ack(tags[2])  # the third is still ours
        self.assertEqual(self.drain_bodies(q), [b"1", b"2"])

    def test_nack_multiple_with_tag_zero_without_requeue_discards_all(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2"])
        for _ in range(2):
            self.ch.basic_get(q)
        self.ch.basic_nack(0, multiple=True, requeue=False)
        self.ch.close()
        self.assertEqual(self.message_count(q, ch=self.new_channel()), 0)

    def test_closing_channel_requeues_unacked_as_redelivered(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2"])
        ch = self.new_channel()
        ch.basic_get(q)
        ch.basic_get(q)
        ch.close()
        self.wait_message_count(q, 2)
        items = []
        for _ in range(2):
            method, _p, body = self.ch.basic_get(q, auto_ack=True)
            items.append((body, method.redelivered))
        self.assertEqual(items, [(b"1", True), (b"2", True)])

    def test_closing_connection_requeues_unacked(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        conn = self.new_connection()
        conn.channel().basic_get(q)
        conn.close()
        method, _p, body = self.get_message(q)
        self.assertEqual((body, method.redelivered), (b"m", True))


class RecoverTest(BrokerTestCase):

    def test_recover_redelivers_unacked_to_consumer(self):
        q = self.declare_queue()
        got = Deliveries()
        self.ch.basic_consume(q, got)
        self.publish_confirmed("", q, [b"1", b"2"])
        self.wait_until(lambda: len(got) == 2)
        self.ch.basic_recover(requeue=True)
        self.wait_until(lambda: len(got) == 4)
        redelivered = [(m.delivery_tag, m.redelivered, b) for m, _p, b in got.items[2:]]
        self.assertEqual(redelivered, [(3, True, b"1"), (4, True, b"2")])

    def test_recover_without_requeue_is_540(self):
        with self.assertConnectionClosed(540) as cm:
            self.ch.basic_recover(requeue=False)
        self.assertEqual(cm.exception.reply_text, "NOT_IMPLEMENTED - requeue=false")


if __name__ == "__main__":
    unittest.main()
