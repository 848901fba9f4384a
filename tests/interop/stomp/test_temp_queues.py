"""Request and reply through temporary queues: reply-to:/temp-queue/NAME gives the sender a
server-named queue (amq.gen-...) for its connection, an AMQP peer sees that name as reply_to and
a STOMP peer sees reply-to:/reply-queue/amq.gen-...; a reply to it comes back to the sender
with subscription:/temp-queue/NAME (RabbitMQ's system_SUITE temp_queue test)."""

import time
import unittest

import pika
from pika.exceptions import ChannelClosedByBroker

from harness import StompTestCase, amqp


class TempQueueTest(StompTestCase):

    def amqp_channel(self):
        connection = amqp(self.broker)
        self.addCleanup(lambda: connection.is_open and connection.close())
        return connection.channel()

    def request_queue(self):
        """A queue for requests, declared as a STOMP SEND to /queue/ would (durable)."""
        name = self.unique("requests")
        self.amqp_channel().queue_declare(name, durable=True)
        return name

    def get(self, channel, queue):
        deadline = time.time() + 10
        while time.time() < deadline:
            method, properties, body = channel.basic_get(queue, auto_ack=True)
            if method:
                return properties, body
            time.sleep(0.05)
        raise AssertionError("nothing on %s" % queue)

    def subscribed(self, destination, version="1.2"):
        conn = self.connect(version)
        conn.subscribe(destination, id="s1", receipt="sub")
        conn.recorder.wait_receipt("sub")
        return conn

    def test_amqp_consumer_replies_to_a_temp_queue(self):
        requests = self.request_queue()
        requester = self.connect("1.2")
        requester.send("/queue/" + requests, "ping", headers={"reply-to": "/temp-queue/foo"})
        channel = self.amqp_channel()
        properties, body = self.get(channel, requests)
        self.assertEqual(body, b"ping")
        self.assertRegex(properties.reply_to, r"^amq\.gen-[A-Za-z0-9_-]+$")
        channel.basic_publish("", properties.reply_to, b"pong",
                              pika.BasicProperties(correlation_id="c1"))
        reply = requester.recorder.wait_messages(1)[0]
        self.assertEqual(reply.body, "pong")
        self.assertEqual(reply.headers["subscription"], "/temp-queue/foo")
        self.assertEqual(reply.headers["destination"], "/queue/" + properties.reply_to)
        self.assertTrue(reply.headers["message-id"].startswith("T_/temp-queue/foo@@"),
                        reply.headers["message-id"])
        self.assertEqual(reply.headers["correlation-id"], "c1")
        self.assertNotIn("ack", reply.headers)  # auto-ack, even in 1.2

    def test_stomp_receiver_replies_to_the_reply_queue(self):
        requests = "/queue/" + self.unique("requests")
        receiver = self.subscribed(requests)
        requester = self.connect("1.1")
        requester.send(requests, "ping", headers={"reply-to": "/temp-queue/answers"})
        request = receiver.recorder.wait_messages(1)[0]
        reply_to = request.headers["reply-to"]
        self.assertRegex(reply_to, r"^/reply-queue/amq\.gen-[A-Za-z0-9_-]+$")
        receiver.send(reply_to, "pong")
        reply = requester.recorder.wait_messages(1)[0]
        self.assertEqual(reply.body, "pong")
        self.assertEqual(reply.headers["subscription"], "/temp-queue/answers")
        self.assertEqual(reply.headers["destination"],
                         "/queue/" + reply_to[len("/reply-queue/"):])

    def test_one_queue_per_name_and_connection(self):
        requests = self.request_queue()
        channel = self.amqp_channel()
        first = self.connect("1.2")
        for temp in ("/temp-queue/a", "/temp-queue/a", "/temp-queue/b"):
            first.send("/queue/" + requests, temp, headers={"reply-to": temp})
        reply_tos = [self.get(channel, requests)[0].reply_to for _ in range(3)]
        other = self.connect("1.2")
        other.send("/queue/" + requests, "other a", headers={"reply-to": "/temp-queue/a"})
        reply_tos.append(self.get(channel, requests)[0].reply_to)
        self.assertEqual(reply_tos[0], reply_tos[1])
        self.assertEqual(len(set(reply_tos)), 3, reply_tos)
        for reply_to, body in zip(reply_tos, (b"to a", b"to a again", b"to b")):
            channel.basic_publish("", reply_to, body)
        messages = first.recorder.wait_messages(3)
        self.assertEqual(sorted((m.headers["subscription"], m.body) for m in messages),
                         [("/temp-queue/a", "to a"), ("/temp-queue/a", "to a again"),
                          ("/temp-queue/b", "to b")])
        self.assertEqual(other.recorder.quiet_for(0.3), 0)

    def passive_declare_code(self, name):
        """The reply code of a passive declare of `name` from AMQP: 405 while it is another
        connection's exclusive queue, 404 once it is gone."""
        try:
            self.amqp_channel().queue_declare(name, passive=True)
        except ChannelClosedByBroker as e:
            return e.reply_code
        return 200

    def test_temp_queue_is_exclusive_to_its_connection(self):
        requests = self.request_queue()
        channel = self.amqp_channel()
        requester = self.connect("1.2")
        requester.send("/queue/" + requests, "ping", headers={"reply-to": "/temp-queue/foo"})
        reply_to = self.get(channel, requests)[0].reply_to
        self.assertEqual(self.passive_declare_code(reply_to), 405)
        with self.assertRaises(ChannelClosedByBroker) as caught:
            self.amqp_channel().basic_consume(reply_to, lambda *args: None)
        self.assertEqual(caught.exception.reply_code, 405)
        requester.disconnect()
        deadline = time.time() + 10
        while self.passive_declare_code(reply_to) != 404:
            self.assertLess(time.time(), deadline, "%s outlived its connection" % reply_to)
            time.sleep(0.05)

    def test_other_reply_to_values_pass_through(self):
        # A destination is left as it is; a bare name is an AMQP queue name, shown to STOMP
        # receivers as /reply-queue/NAME.
        requests = self.request_queue()
        channel = self.amqp_channel()
        receiver_requests = "/queue/" + self.unique("stomp-requests")
        receiver = self.subscribed(receiver_requests)
        sender = self.connect("1.2")
        for reply_to, amqp_reply_to, stomp_reply_to in (
                ("/queue/reply", "/queue/reply", "/queue/reply"),
                ("/topic/reply.key", "/topic/reply.key", "/topic/reply.key"),
                ("/exchange/amq.direct/r", "/exchange/amq.direct/r", "/exchange/amq.direct/r"),
                ("plain-name", "plain-name", "/reply-queue/plain-name")):
            with self.subTest(reply_to=reply_to):
                sender.send("/queue/" + requests, "x", headers={"reply-to": reply_to})
                self.assertEqual(self.get(channel, requests)[0].reply_to, amqp_reply_to)
                count = len(receiver.recorder.messages)
                sender.send(receiver_requests, "x", headers={"reply-to": reply_to})
                message = receiver.recorder.wait_messages(count + 1)[count]
                self.assertEqual(message.headers["reply-to"], stomp_reply_to)

    def test_reply_queue_destination_reaches_an_amqp_queue(self):
        # SEND to /reply-queue/NAME publishes to NAME through the default exchange.
        channel = self.amqp_channel()
        name = channel.queue_declare("", exclusive=True).method.queue
        self.connect("1.2").send("/reply-queue/" + name, "direct")
        self.assertEqual(self.get(channel, name)[1], b"direct")


if __name__ == "__main__":
    unittest.main()
