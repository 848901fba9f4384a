"""Queue length limits: x-max-length, x-max-length-bytes and x-overflow."""

import unittest

from pika.exceptions import NackError

from harness import BrokerTestCase, setUpModule, tearDownModule  # noqa: F401


class LimitTestCase(BrokerTestCase):

    def dead_letter_sink(self):
        dlx = self.declare_exchange("fanout")
        dlq = self.declare_queue()
        self.ch.queue_bind(dlq, dlx)
        return dlx, dlq

    def confirm_channel(self):
        ch = self.conn.channel()
        ch.confirm_delivery()
        return ch


class DropHeadTest(LimitTestCase):

    def test_max_length_drops_oldest_by_default(self):
        q = self.declare_queue(arguments={"x-max-length": 2})
        self.publish_confirmed("", q, [b"1", b"2", b"3", b"4"])
        self.assertEqual(self.drain_bodies(q), [b"3", b"4"])

    def test_dropped_head_is_dead_lettered_as_maxlen(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-max-length": 1, "x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"first", b"second"])
        _m, props, body = self.get_message(dlq)
        self.assertEqual(body, b"first")
        death = props.headers["x-death"][0]
        self.assertEqual((death["reason"], death["queue"], death["count"]), ("maxlen", q, 1))
        self.assertEqual(self.drain_bodies(q), [b"second"])

    def test_max_length_zero_drops_every_message(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-max-length": 0, "x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"m"])
        self.assertEqual(self.get_message(dlq)[2], b"m")
        self.assertEqual(self.message_count(q), 0)

    def test_max_length_bytes_counts_body_octets(self):
        q = self.declare_queue(arguments={"x-max-length-bytes": 10})
        self.publish_confirmed("", q, [b"aaaaaa", b"bbbbbb", b"cccc"])
        # 6 + 6 > 10 drops "aaaaaa"; 6 + 4 == 10 fits.
        self.assertEqual(self.drain_bodies(q), [b"bbbbbb", b"cccc"])

    def test_message_larger_than_max_length_bytes_is_dropped_itself(self):
        q = self.declare_queue(arguments={"x-max-length-bytes": 10})
        self.publish_confirmed("", q, [b"small", b"x" * 11])
        self.assertEqual(self.drain_bodies(q), [])

    def test_unacked_messages_do_not_count_towards_max_length(self):
        q = self.declare_queue(arguments={"x-max-length": 1})
        self.publish_confirmed("", q, [b"1"])
        held, _p, _b = self.ch.basic_get(q, auto_ack=False)
        self.publish_confirmed("", q, [b"2"])
        self.assertEqual(self.message_count(q), 1)
        self.ch.basic_ack(held.delivery_tag)
        self.assertEqual(self.drain_bodies(q), [b"2"])


class RejectPublishTest(LimitTestCase):

    def test_reject_publish_nacks_overflowing_publish(self):
        q = self.declare_queue(arguments={"x-max-length": 1, "x-overflow": "reject-publish"})
        ch = self.confirm_channel()
        ch.basic_publish("", q, b"kept")
        with self.assertRaises(NackError):
            ch.basic_publish("", q, b"refused")
        self.assertEqual(self.drain_bodies(q), [b"kept"])

    def test_reject_publish_without_confirms_drops_silently(self):
        q = self.declare_queue(arguments={"x-max-length": 1, "x-overflow": "reject-publish"})
        self.ch.basic_publish("", q, b"kept")
        self.ch.basic_publish("", q, b"dropped")
        self.wait_message_count(q, 1)
        self.assertTrue(self.ch.is_open)  # no channel error either
        self.assertEqual(self.drain_bodies(q), [b"kept"])

    def test_reject_publish_does_not_dead_letter(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-max-length": 1, "x-overflow": "reject-publish",
                                          "x-dead-letter-exchange": dlx})
        ch = self.confirm_channel()
        ch.basic_publish("", q, b"kept")
        with self.assertRaises(NackError):
            ch.basic_publish("", q, b"refused")
        self.assertEqual(self.message_count(dlq), 0)

    def test_reject_publish_accepts_again_after_consume(self):
        q = self.declare_queue(arguments={"x-max-length": 1, "x-overflow": "reject-publish"})
        ch = self.confirm_channel()
        ch.basic_publish("", q, b"1")
        self.assertEqual(self.drain_bodies(q), [b"1"])
        ch.basic_publish("", q, b"2")  # accepted: no NackError
        self.assertEqual(self.drain_bodies(q), [b"2"])

    def test_reject_publish_dlx_dead_letters_the_refused_message(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-max-length": 1, "x-overflow": "reject-publish-dlx",
                                          "x-dead-letter-exchange": dlx})
        ch = self.confirm_channel()
        ch.basic_publish("", q, b"kept")
        with self.assertRaises(NackError):
            ch.basic_publish("", q, b"refused")
        _m, props, body = self.get_message(dlq)
        self.assertEqual(body, b"refused")
        self.assertEqual(props.headers["x-death"][0]["reason"], "maxlen")
        self.assertEqual(self.drain_bodies(q), [b"kept"])

    def test_reject_publish_with_max_length_bytes(self):
        q = self.declare_queue(arguments={"x-max-length-bytes": 4, "x-overflow": "reject-publish"})
        ch = self.confirm_channel()
        ch.basic_publish("", q, b"abcd")
        with self.assertRaises(NackError):
            ch.basic_publish("", q, b"e")
        self.assertEqual(self.drain_bodies(q), [b"abcd"])

    def test_nack_covers_only_the_overflowing_queue(self):
        # Routed to two queues, one full: still nacked as a whole, but the
        # copy for the queue with room is enqueued.
        x = self.declare_exchange("fanout")
        full = self.declare_queue(arguments={"x-max-length": 0, "x-overflow": "reject-publish"})
        roomy = self.declare_queue()
        self.ch.queue_bind(full, x)
        self.ch.queue_bind(roomy, x)
        ch = self.confirm_channel()
        with self.assertRaises(NackError):
            ch.basic_publish(x, "", b"m")
        self.assertEqual(self.drain_bodies(roomy), [b"m"])

    def test_mandatory_message_rejected_by_full_queue_is_not_returned(self):
        q = self.declare_queue(arguments={"x-max-length": 0, "x-overflow": "reject-publish"})
        ch = self.confirm_channel()
        returned = []
        ch.add_on_return_callback(lambda *args: returned.append(args))
        with self.assertRaises(NackError):
            ch.basic_publish("", q, b"m", mandatory=True)
        self.assertEqual(returned, [])


if __name__ == "__main__":
    unittest.main()
