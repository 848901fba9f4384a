"""Dead-letter exchanges and the x-death / x-first-death-* headers they add.

The expected header content was recorded against RabbitMQ 3.10, e.g.

  x-death: [{count: 1, reason: 'rejected', queue: 'src', time: <timestamp>,
             exchange: '', routing-keys: ['src']}]
  x-first-death-exchange: '', x-first-death-queue: 'src',
  x-first-death-reason: 'rejected'
"""

import datetime
import unittest

import pika

from harness import BrokerTestCase, setUpModule, tearDownModule, unique  # noqa: F401


class DeadLetterTestCase(BrokerTestCase):

    def sink(self, exchange_type="fanout", binding_key=""):
        dlx = self.declare_exchange(exchange_type)
        dlq = self.declare_queue()
        self.ch.queue_bind(dlq, dlx, binding_key)
        return dlx, dlq

    def reject_one(self, queue, requeue=False, nack=False):
        method, _p, _b = self.get_message(queue, auto_ack=False)
        if nack:
            self.ch.basic_nack(method.delivery_tag, requeue=requeue)
        else:
            self.ch.basic_reject(method.delivery_tag, requeue=requeue)


class RejectTest(DeadLetterTestCase):

    def test_rejected_message_gets_x_death(self):
        dlx, dlq = self.sink()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q)
        method, props, body = self.get_message(dlq)
        self.assertEqual(body, b"m")
        self.assertEqual((method.exchange, method.routing_key), (dlx, q))
        death = props.headers["x-death"]
        self.assertEqual(len(death), 1)
        entry = dict(death[0])
        self.assertIsInstance(entry.pop("time"), datetime.datetime)
        self.assertEqual(entry, {"count": 1, "reason": "rejected", "queue": q,
                                 "exchange": "", "routing-keys": [q]})
        self.assertEqual(props.headers["x-first-death-exchange"], "")
        self.assertEqual(props.headers["x-first-death-queue"], q)
        self.assertEqual(props.headers["x-first-death-reason"], "rejected")

    def test_nack_without_requeue_dead_letters_as_rejected(self):
        dlx, dlq = self.sink()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q, nack=True)
        self.assertEqual(self.get_message(dlq)[1].headers["x-death"][0]["reason"], "rejected")

    def test_requeued_message_is_not_dead_lettered(self):
        dlx, dlq = self.sink()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q, requeue=True)
        self.wait_message_count(q, 1)
        self.assertEqual(self.message_count(dlq), 0)

    def test_without_dlx_rejected_message_is_dropped(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q)
        self.assertEqual(self.ch.basic_get(q), (None, None, None))

    def test_missing_dlx_drops_message(self):
        q = self.declare_queue(arguments={"x-dead-letter-exchange": "no-such-dlx"})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q)
        self.assertEqual(self.ch.basic_get(q), (None, None, None))
        self.assertTrue(self.ch.is_open)


class RoutingKeyTest(DeadLetterTestCase):

    def test_dead_letter_routing_key_replaces_key(self):
        dlx, dlq = self.sink("direct", "dead")
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx,
                                          "x-dead-letter-routing-key": "dead"})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q)
        method, props, _b = self.get_message(dlq)
        self.assertEqual(method.routing_key, "dead")
        # x-death keeps the key(s) the message was originally published with.
        self.assertEqual(props.headers["x-death"][0]["routing-keys"], [q])

    def test_original_exchange_and_key_kept_without_dead_letter_routing_key(self):
        x = self.declare_exchange("direct")
        dlx, dlq = self.sink("direct", "orig-key")
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        self.ch.queue_bind(q, x, "orig-key")
        self.publish_confirmed(x, "orig-key", [b"m"])
        self.reject_one(q)
        method, props, _b = self.get_message(dlq)
        self.assertEqual(method.routing_key, "orig-key")
        death = props.headers["x-death"][0]
        self.assertEqual((death["exchange"], death["routing-keys"]), (x, ["orig-key"]))
        self.assertEqual(props.headers["x-first-death-exchange"], x)

    def test_default_exchange_as_dlx(self):
        target = self.declare_queue()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": "",
                                          "x-dead-letter-routing-key": target})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q)
        self.assertEqual(self.get_message(target)[2], b"m")


class HeaderContentTest(DeadLetterTestCase):

    def test_properties_and_other_headers_survive(self):
        dlx, dlq = self.sink()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        props = pika.BasicProperties(content_type="text/plain", correlation_id="c-1",
                                     message_id="m-1", priority=3, headers={"app": "kept"})
        self.publish_confirmed("", q, [b"m"], props)
        self.reject_one(q)
        _m, got, _b = self.get_message(dlq)
        self.assertEqual((got.content_type, got.correlation_id, got.message_id, got.priority),
                         ("text/plain", "c-1", "m-1", 3))
        self.assertEqual(got.headers["app"], "kept")

    def test_repeated_rejection_from_same_queue_counts_up(self):
        # Rejections are not an automatic cycle, so RabbitMQ keeps routing
        # the message back and counts in a single x-death entry.
        q = unique("loop")
        self.declare_queue(q, arguments={"x-dead-letter-exchange": "",
                                         "x-dead-letter-routing-key": q})
        self.publish_confirmed("", q, [b"m"])
        self.reject_one(q)  # dead-lettered back into q itself
        self.reject_one(q)
        _m, props, _b = self.get_message(q)
        death = props.headers["x-death"]
        self.assertEqual(len(death), 1)
        self.assertEqual((death[0]["count"], death[0]["reason"], death[0]["queue"]),
                         (2, "rejected", q))

    def test_each_queue_and_reason_gets_an_entry_newest_first(self):
        dlx_final, final = self.sink()
        second = self.declare_queue(arguments={"x-message-ttl": 0,
                                               "x-dead-letter-exchange": dlx_final})
        first = self.declare_queue(arguments={"x-dead-letter-exchange": "",
                                              "x-dead-letter-routing-key": second})
        self.publish_confirmed("", first, [b"m"])
        self.reject_one(first)  # -> second, which expires it at once -> final
        _m, props, _b = self.get_message(final)
        death = props.headers["x-death"]
        self.assertEqual([(d["queue"], d["reason"], d["count"]) for d in death],
                         [(second, "expired", 1), (first, "rejected", 1)])
        self.assertEqual(death[0]["routing-keys"], [second])
        self.assertEqual(props.headers["x-first-death-queue"], first)
        self.assertEqual(props.headers["x-first-death-reason"], "rejected")

    def test_expired_message_records_original_expiration(self):
        dlx, dlq = self.sink()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"m"], pika.BasicProperties(expiration="0"))
        _m, props, _b = self.get_message(dlq)
        self.assertIsNone(props.expiration)
        entry = props.headers["x-death"][0]
        self.assertEqual((entry["reason"], entry["original-expiration"]), ("expired", "0"))


if __name__ == "__main__":
    unittest.main()
