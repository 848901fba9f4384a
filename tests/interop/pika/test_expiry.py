"""Message TTL (queue-wide and per message) and queue expiry (x-expires).

Expiry is observed through dead-lettering wherever possible: a message that
arrives in the dead-letter queue with reason "expired" proves it was enqueued
and then expired, and the arrival time gives a lower bound on the TTL.
"""

import time
import unittest

import pika

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule, unique  # noqa: F401

TTL_MS = 150


class ExpiryTestCase(BrokerTestCase):

    def dead_letter_sink(self):
        """A fanout DLX with one queue bound; returns (exchange, queue)."""
        dlx = self.declare_exchange("fanout")
        dlq = self.declare_queue()
        self.ch.queue_bind(dlq, dlx)
        return dlx, dlq

    def assert_expired_into(self, dlq, started, min_ms):
        method, props, body = self.get_message(dlq)
        elapsed_ms = (time.monotonic() - started) * 1000
        self.assertGreaterEqual(elapsed_ms, min_ms * 0.9)  # timer granularity
        self.assertEqual(props.headers["x-death"][0]["reason"], "expired")
        return method, props, body


class MessageTtlTest(ExpiryTestCase):

    def test_queue_ttl_expires_messages(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-message-ttl": TTL_MS, "x-dead-letter-exchange": dlx})
        started = time.monotonic()
        self.publish_confirmed("", q, [b"old"])
        self.assert_expired_into(dlq, started, TTL_MS)
        self.assertEqual(self.message_count(q), 0)

    def test_expired_messages_are_not_delivered(self):
        q = self.declare_queue(arguments={"x-message-ttl": TTL_MS})
        self.publish_confirmed("", q, [b"old"])
        self.wait_message_count(q, 0)
        self.assertEqual(self.ch.basic_get(q)[0], None)

    def test_zero_ttl_drops_message_without_ready_consumer(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-message-ttl": 0, "x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"now-or-never"])
        _m, props, body = self.get_message(dlq)
        self.assertEqual(body, b"now-or-never")
        self.assertEqual(props.headers["x-death"][0]["reason"], "expired")

    def test_zero_ttl_delivers_to_waiting_consumer(self):
        q = self.declare_queue(arguments={"x-message-ttl": 0})
        got = Deliveries()
        self.ch.basic_consume(q, got, auto_ack=True)
        self.publish_confirmed("", q, [b"now"])
        self.wait_until(lambda: len(got) == 1)
        self.assertEqual(got.bodies, [b"now"])

    def test_per_message_expiration(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-dead-letter-exchange": dlx})
        started = time.monotonic()
        self.publish_confirmed("", q, [b"short"], pika.BasicProperties(expiration=str(TTL_MS)))
        _m, props, _b = self.assert_expired_into(dlq, started, TTL_MS)
        # The expiration property is moved into the x-death entry.
        self.assertIsNone(props.expiration)
        self.assertEqual(props.headers["x-death"][0]["original-expiration"], str(TTL_MS))

    def test_lower_of_queue_ttl_and_message_expiration_wins(self):
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-message-ttl": 60000, "x-dead-letter-exchange": dlx})
        started = time.monotonic()
        self.publish_confirmed("", q, [b"m"], pika.BasicProperties(expiration=str(TTL_MS)))
        self.assert_expired_into(dlq, started, TTL_MS)

    def test_per_message_expiry_happens_only_at_the_head(self):
        # RabbitMQ only expires per-message TTLs once they reach the head of
        # the queue: a short-lived message behind a long-lived one stays
        # (and is counted) until the head is consumed.
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"head"])
        self.publish_confirmed("", q, [b"short"], pika.BasicProperties(expiration="50"))
        time.sleep(0.3)  # proving a non-event needs time to pass
        self.assertEqual(self.message_count(q), 2)
        self.assertEqual(self.ch.basic_get(q, auto_ack=True)[2], b"head")
        self.assertEqual(self.ch.basic_get(q, auto_ack=True), (None, None, None))

    def test_unacked_message_does_not_expire(self):
        # TTL applies while a message waits in the queue, not while it is
        # out with a consumer: rejected after the TTL, it is dead-lettered
        # as "rejected", not "expired".
        dlx, dlq = self.dead_letter_sink()
        q = self.declare_queue(arguments={"x-message-ttl": TTL_MS, "x-dead-letter-exchange": dlx})
        self.publish_confirmed("", q, [b"held"])
        method, _p, _b = self.ch.basic_get(q, auto_ack=False)
        time.sleep(TTL_MS * 2 / 1000)  # proving a non-event needs time to pass
        self.ch.basic_reject(method.delivery_tag, requeue=False)
        _m, props, body = self.get_message(dlq)
        self.assertEqual(body, b"held")
        self.assertEqual(props.headers["x-death"][0]["reason"], "rejected")

    def test_invalid_expiration_property_is_406(self):
        q = self.declare_queue()
        with self.assertChannelClosed(406) as cm:
            self.ch.basic_publish("", q, b"m", pika.BasicProperties(expiration="soon"))
            self.ch.queue_declare(q, passive=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - invalid expiration 'soon': no_integer")

    def test_negative_expiration_property_is_406(self):
        q = self.declare_queue()
        with self.assertChannelClosed(406) as cm:
            self.ch.basic_publish("", q, b"m", pika.BasicProperties(expiration="-5"))
            self.ch.queue_declare(q, passive=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - invalid expiration '-5': {value_negative,-5}")


class QueueExpiryTest(ExpiryTestCase):

    def queue_exists(self, name):
        """Probe with a mandatory publish: a passive declare (or basic.get)
        would count as use and renew the queue's lease."""
        ch = self.conn.channel()
        ch.confirm_delivery()
        try:
            ch.basic_publish("", name, b"probe", mandatory=True)
        except pika.exceptions.UnroutableError:
            return False
        finally:
            ch.close()
        return True

    def test_unused_queue_expires(self):
        started = time.monotonic()
        q = self.ch.queue_declare(unique("exp"), arguments={"x-expires": 200}).method.queue
        self.wait_until(lambda: not self.queue_exists(q), what="queue expiry")
        self.assertGreaterEqual(time.monotonic() - started, 0.18)

    def test_queue_with_consumer_does_not_expire(self):
        q = self.ch.queue_declare(unique("exp"), arguments={"x-expires": 200}).method.queue
        tag = self.ch.basic_consume(q, lambda *a: None)
        time.sleep(0.5)  # proving a non-event needs time to pass
        self.assertTrue(self.queue_exists(q))
        self.ch.basic_cancel(tag)
        self.wait_until(lambda: not self.queue_exists(q), what="queue expiry")

    def test_expiring_queue_drops_its_messages(self):
        q = self.ch.queue_declare(unique("exp"), arguments={"x-expires": 200}).method.queue
        self.publish_confirmed("", q, [b"m"])
        self.wait_until(lambda: not self.queue_exists(q), what="queue expiry")


if __name__ == "__main__":
    unittest.main()
