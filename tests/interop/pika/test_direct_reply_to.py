"""Direct reply-to (https://www.rabbitmq.com/docs/direct-reply-to).

A requester consumes the pseudo queue amq.rabbitmq.reply-to (no-ack), its
requests' reply_to is rewritten to an address naming its channel, and replies
published to that address on the default exchange reach the requester without
any queue. Reply codes and texts as RabbitMQ 3.10's rabbit_channel.
"""

import unittest

import pika
from pika.exceptions import UnroutableError

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule  # noqa: F401

REPLY_TO = "amq.rabbitmq.reply-to"


class DirectReplyToTest(BrokerTestCase):

    def start_replies(self, ch=None, **kw):
        ch = ch or self.ch
        replies = Deliveries()
        tag = ch.basic_consume(REPLY_TO, replies, auto_ack=True, **kw)
        return replies, tag

    def send_request(self, body=b"request", ch=None):
        """Publishes a request with reply_to amq.rabbitmq.reply-to to a fresh
        queue and returns the reply_to the responder sees."""
        ch = ch or self.ch
        queue = self.declare_queue()
        ch.basic_publish("", queue, body, pika.BasicProperties(reply_to=REPLY_TO,
                                                               correlation_id="c1"))
        _method, props, got = self.get_message(queue)
        self.assertEqual(got, body)
        return props.reply_to

    def test_rpc_round_trip(self):
        replies, tag = self.start_replies()
        address = self.send_request()
        self.assertTrue(address.startswith(REPLY_TO + "."), address)
        self.assertGreater(len(address), len(REPLY_TO) + 20)

        responder = self.new_connection().channel()
        responder.confirm_delivery()  # confirms still ack replies
        responder.basic_publish("", address, b"reply",
                                pika.BasicProperties(correlation_id="c1"))
        self.wait_until(lambda: len(replies) == 1, what="the reply")
        method, props, body = replies.items[0]
        self.assertEqual(body, b"reply")
        self.assertEqual(props.correlation_id, "c1")
        self.assertEqual(method.consumer_tag, tag)
        self.assertEqual(method.exchange, "")
        self.assertEqual(method.routing_key, address)
        self.assertFalse(method.redelivered)

    def test_client_chosen_consumer_tag_and_cancel(self):
        replies, tag = self.start_replies(consumer_tag="my-replies")
        self.assertEqual(tag, "my-replies")
        address = self.send_request()
        self.ch.basic_cancel(tag)
        # The address died with the consumer: a mandatory reply comes back.
        responder = self.new_connection().channel()
        responder.confirm_delivery()
        with self.assertRaises(UnroutableError):
            responder.basic_publish("", address, b"late", mandatory=True)
        # And requests on the channel can no longer ask for replies.
        with self.assertChannelClosed(406, "fast reply consumer does not exist"):
            self.ch.basic_publish("", "anything", b"x", pika.BasicProperties(reply_to=REPLY_TO))
            self.ch.queue_declare("", exclusive=True)

    def test_consumer_must_be_no_ack(self):
        with self.assertChannelClosed(406, "reply consumer cannot acknowledge"):
            self.ch.basic_consume(REPLY_TO, lambda *a: None, auto_ack=False)

    def test_one_reply_consumer_per_channel(self):
        self.start_replies()
        with self.assertChannelClosed(406, "reply consumer already set"):
            self.start_replies()

    def test_request_without_reply_consumer(self):
        with self.assertChannelClosed(406, "fast reply consumer does not exist"):
            self.ch.basic_publish("", "anything", b"x", pika.BasicProperties(reply_to=REPLY_TO))
            self.ch.queue_declare("", exclusive=True)

    def test_declare_pseudo_queue_and_addresses(self):
        for passive in (True, False):
            ok = self.ch.queue_declare(REPLY_TO, passive=passive).method
            self.assertEqual((ok.queue, ok.message_count, ok.consumer_count), (REPLY_TO, 0, 1))
        self.start_replies()
        address = self.send_request()
        ok = self.new_channel().queue_declare(address, passive=True).method
        self.assertEqual((ok.queue, ok.message_count, ok.consumer_count), (address, 0, 1))
        ch = self.new_channel()
        with self.assertChannelClosed(404, "no queue '%s.nobody'" % REPLY_TO):
            ch.queue_declare(REPLY_TO + ".nobody", passive=True)

    def test_reply_after_requester_closed(self):
        requester = self.new_connection()
        ch = requester.channel()
        self.start_replies(ch)
        address = self.send_request(ch=ch)
        requester.close()

        responder = self.new_connection().channel()
        responder.confirm_delivery()
        # Dropped without a word when not mandatory, returned when mandatory.
        responder.basic_publish("", address, b"dropped")
        with self.assertRaises(UnroutableError) as cm:
            responder.basic_publish("", address, b"returned", mandatory=True)
        returned = cm.exception.messages[0]
        self.assertEqual(returned.method.reply_code, 312)
        self.assertEqual(returned.method.routing_key, address)
        self.assertEqual(returned.body, b"returned")

    def test_forged_address_is_unroutable(self):
        self.start_replies()
        address = self.send_request()
        forged = address[:-4] + ("AAAA" if not address.endswith("AAAA") else "BBBB")
        responder = self.new_connection().channel()
        responder.confirm_delivery()
        with self.assertRaises(UnroutableError):
            responder.basic_publish("", forged, b"forged", mandatory=True)


if __name__ == "__main__":
    unittest.main()
