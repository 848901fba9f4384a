"""Durable topic subscriptions (RabbitMQ's destinations.py), the queues behind subscriptions
as an AMQP client sees them (their deterministic names, x-queue-name: x_queue_name.py) and
queue arguments given as SUBSCRIBE and SEND headers (queue_properties.py)."""

import shutil
import tempfile
import unittest

import pika
from pika.exceptions import ChannelClosedByBroker

from harness import (HOST, StompTestCase, amqp, durable_subscription_name,
                     warren_only)

import broker_under_test  # noqa: E402 (the harness puts it on the path)

DURABLE = {"durable": "true", "auto-delete": "false"}


class AmqpTestCase(StompTestCase):

    def amqp_channel(self):
        connection = amqp(self.broker)
        self.addCleanup(lambda: connection.is_open and connection.close())
        return connection.channel()

    def queue_exists(self, name):
        """Whether a passive declare finds queue `name` (on a channel of its own)."""
        try:
            self.amqp_channel().queue_declare(name, passive=True)
        except ChannelClosedByBroker as e:
            self.assertEqual(e.reply_code, 404, e)
            return False
        return True

    def subscribe(self, conn, destination, sub_id, headers=None, **kwargs):
        receipt = "sub-%s-%d" % (sub_id, len(conn.recorder.receipts))
        conn.subscribe(destination, id=sub_id, receipt=receipt, headers=headers or {}, **kwargs)
        conn.recorder.wait_receipt(receipt)

    def send_confirmed(self, destination, body, **headers):
        """SEND on a connection of its own, waiting for its (confirm-based) receipt."""
        sender = self.connect("1.2")
        sender.send(destination, body, receipt="sent", headers=headers)
        sender.recorder.wait_receipt("sent")
        sender.disconnect()


class DurableSubscriptionTest(AmqpTestCase):

    def test_messages_sent_while_unsubscribed_arrive_on_resubscribe(self):
        destination = "/topic/" + self.unique("durable")
        conn = self.connect("1.2")
        self.subscribe(conn, destination, "test.subscription", DURABLE)
        conn.unsubscribe("test.subscription", receipt="detached")  # no durable header: detach
        conn.recorder.wait_receipt("detached")
        self.send_confirmed(destination, "while detached")
        self.subscribe(conn, destination, "test.subscription", DURABLE)
        message = conn.recorder.wait_messages(1)[0]
        self.assertEqual(message.body, "while detached")
        self.assertEqual(message.headers["subscription"], "test.subscription")
        self.assertEqual(message.headers["destination"], destination)

    def test_messages_sent_while_disconnected_arrive_on_the_next_connection(self):
        # persistent:true says durable as well.
        destination = "/topic/" + self.unique("durable")
        headers = {"persistent": "true", "auto-delete": "false"}
        first = self.connect("1.1")
        self.subscribe(first, destination, "sub", headers)
        first.disconnect()
        self.send_confirmed(destination, "while away")
        second = self.connect("1.1")
        self.subscribe(second, destination, "sub", headers)
        self.assertEqual(second.recorder.wait_messages(1)[0].body, "while away")

    def test_unsubscribe_with_durable_deletes_the_queue(self):
        for header in ("durable", "persistent"):
            with self.subTest(header=header):
                key = self.unique("deleted-" + header)
                destination = "/topic/" + key
                name = durable_subscription_name(key, "sub")
                conn = self.connect("1.2")
                self.subscribe(conn, destination, "sub", {header: "true", "auto-delete": "false"})
                self.send_confirmed(destination, "first")
                self.assertEqual(conn.recorder.wait_messages(1)[0].body, "first")
                conn.unsubscribe("sub", receipt="deleted", headers={header: "true"})
                conn.recorder.wait_receipt("deleted")
                self.assertFalse(self.queue_exists(name))
                self.send_confirmed(destination, "to nobody")
                self.subscribe(conn, destination, "sub", DURABLE)
                self.assertEqual(conn.recorder.quiet_for(0.5), 1)

    def test_unsubscribe_without_durable_keeps_the_queue(self):
        key = self.unique("kept")
        conn = self.connect("1.2")
        self.subscribe(conn, "/topic/" + key, "sub", DURABLE)
        conn.unsubscribe("sub", receipt="detached")
        conn.recorder.wait_receipt("detached")
        self.assertTrue(self.queue_exists(durable_subscription_name(key, "sub")))

    def test_durable_subscription_is_auto_delete_unless_told(self):
        # Without auto-delete:false the durable queue still goes with its last consumer.
        key = self.unique("autodelete")
        conn = self.connect("1.2")
        self.subscribe(conn, "/topic/" + key, "sub", {"durable": "true"})
        self.assertTrue(self.queue_exists(durable_subscription_name(key, "sub")))
        conn.unsubscribe("sub", receipt="detached")
        conn.recorder.wait_receipt("detached")
        self.assertFalse(self.queue_exists(durable_subscription_name(key, "sub")))

    def test_connections_with_one_id_share_the_messages(self):
        destination = "/topic/" + self.unique("shared")
        a, b = self.connect("1.2"), self.connect("1.2")
        for conn in (a, b):
            self.subscribe(conn, destination, "shared.subscription", DURABLE)
        sender = self.connect("1.2")
        for i in range(20):
            sender.send(destination, "m%d" % i)
        a.recorder.wait(lambda: len(a.recorder.messages) + len(b.recorder.messages) >= 20)
        self.assertEqual(a.recorder.quiet_for(0.3) + len(b.recorder.messages), 20)
        self.assertGreater(len(a.recorder.messages), 0)
        self.assertGreater(len(b.recorder.messages), 0)
        bodies = sorted(m.body for m in a.recorder.messages + b.recorder.messages)
        self.assertEqual(bodies, sorted("m%d" % i for i in range(20)))

    def test_connections_with_different_ids_each_get_every_message(self):
        destination = "/topic/" + self.unique("separate")
        a, b = self.connect("1.2"), self.connect("1.2")
        self.subscribe(a, destination, "one", DURABLE)
        self.subscribe(b, destination, "two", DURABLE)
        sender = self.connect("1.2")
        for i in range(10):
            sender.send(destination, "m%d" % i)
        for conn in (a, b):
            self.assertEqual([m.body for m in conn.recorder.wait_messages(10)],
                             ["m%d" % i for i in range(10)])

    def test_queue_name_is_rabbitmqs(self):
        # RabbitMQ names the queue stomp-subscription- and the base64url MD5 of the Erlang
        # term {Key, Id}: this pair's name was computed with Erlang.
        conn = self.connect("1.2")
        self.subscribe(conn, "/topic/durable", "test.subscription", DURABLE)
        name = "stomp-subscription-tMbeqL30tjlgaXMmaFM6Ew"
        self.assertEqual(durable_subscription_name("durable", "test.subscription"), name)
        channel = self.amqp_channel()
        ok = channel.queue_declare(name, passive=True)
        self.assertEqual(ok.method.consumer_count, 1)
        # Durable and not auto-delete: an equivalent declare is accepted.
        channel.queue_declare(name, durable=True, auto_delete=False)
        # The queue is bound to amq.topic with the key.
        channel.basic_publish("amq.topic", "durable", b"from amqp")
        self.assertEqual(conn.recorder.wait_messages(1)[0].body, "from amqp")
        conn.unsubscribe("test.subscription", receipt="deleted", headers={"durable": "true"})
        conn.recorder.wait_receipt("deleted")

    def test_queue_name_of_other_keys_and_ids(self):
        key, sub_id = self.unique("named.key"), "id-" + self.unique("x")
        conn = self.connect("1.2")
        self.subscribe(conn, "/topic/" + key, sub_id, {"persistent": "true",
                                                       "auto-delete": "false"})
        self.assertTrue(self.queue_exists(durable_subscription_name(key, sub_id)))


class QueueNameTest(AmqpTestCase):
    """x-queue-name names the queue of a /topic or /exchange subscription (x_queue_name.py)."""

    def check_named(self, destination, name):
        conn = self.connect("1.2")
        self.subscribe(conn, destination, "named", {"x-queue-name": name})
        channel = self.amqp_channel()
        self.assertEqual(channel.queue_declare(name, passive=True).method.consumer_count, 1)
        channel.basic_publish("", name, b"to the named queue")
        message = conn.recorder.wait_messages(1)[0]
        self.assertEqual(message.body, "to the named queue")
        self.assertEqual(message.headers["destination"], "/queue/" + name)
        return conn

    def test_topic_subscription(self):
        key = self.unique("t")
        conn = self.check_named("/topic/" + key, self.unique("named-topic"))
        self.connect("1.2").send("/topic/" + key, "by key")
        self.assertEqual(conn.recorder.wait_messages(2)[1].body, "by key")

    def test_exchange_subscription(self):
        key = self.unique("k")
        conn = self.check_named("/exchange/amq.direct/" + key, self.unique("named-exchange"))
        self.connect("1.2").send("/exchange/amq.direct/" + key, "by key")
        self.assertEqual(conn.recorder.wait_messages(2)[1].body, "by key")

    def test_named_queue_goes_with_the_subscription(self):
        # Not durable, auto-delete: as the unnamed queue would be.
        name = self.unique("named-gone")
        conn = self.check_named("/topic/" + self.unique("t"), name)
        conn.unsubscribe("named", receipt="gone")
        conn.recorder.wait_receipt("gone")
        self.assertFalse(self.queue_exists(name))


class QueueArgumentsTest(AmqpTestCase):
    """x- headers on SUBSCRIBE or SEND to /queue declare a durable queue with those arguments:
    pika redeclares it with the same ones (queue_properties.py)."""

    HEADERS = {"x-message-ttl": "60000", "x-expires": "70000", "x-max-length": "10",
               "x-max-length-bytes": "20000", "x-dead-letter-exchange": "dead-letter-exchange",
               "x-dead-letter-routing-key": "dead-letter-routing-key", "x-max-priority": "6"}
    ARGUMENTS = {"x-message-ttl": 60000, "x-expires": 70000, "x-max-length": 10,
                 "x-max-length-bytes": 20000, "x-dead-letter-exchange": "dead-letter-exchange",
                 "x-dead-letter-routing-key": "dead-letter-routing-key", "x-max-priority": 6}

    def redeclare(self, name, **arguments):
        self.amqp_channel().queue_declare(name, durable=True, arguments=arguments)

    def test_subscribe(self):
        name = self.unique("props-subscribe")
        self.subscribe(self.connect("1.2"), "/queue/" + name, "s1", self.HEADERS)
        self.redeclare(name, **self.ARGUMENTS)

    def test_send(self):
        name = self.unique("props-send")
        self.send_confirmed("/queue/" + name, "test1", **self.HEADERS)
        self.redeclare(name, **self.ARGUMENTS)

    def test_values_are_trimmed(self):
        name = self.unique("props-trim")
        self.send_confirmed("/queue/" + name, "x", **{"x-max-length": " 10 "})
        self.redeclare(name, **{"x-max-length": 10})

    def test_other_arguments_are_refused_by_amqp(self):
        name = self.unique("props-differ")
        self.send_confirmed("/queue/" + name, "x", **{"x-max-length": "10"})
        with self.assertRaises(ChannelClosedByBroker) as caught:
            self.redeclare(name, **{"x-max-length": 11})
        self.assertEqual(caught.exception.reply_code, 406)

    def test_queue_arguments_work(self):
        # x-max-length:1 keeps the last message only. The subscriber declares the queue too, so
        # it gives the same argument.
        name = self.unique("props-max")
        for body in ("one", "two"):
            self.send_confirmed("/queue/" + name, body, **{"x-max-length": "1"})
        conn = self.connect("1.2")
        self.subscribe(conn, "/queue/" + name, "s1", {"x-max-length": "1"})
        self.assertEqual(conn.recorder.wait_messages(1)[0].body, "two")
        self.assertEqual(conn.recorder.quiet_for(0.3), 1)


@warren_only
class RestartTest(StompTestCase):
    """A durable subscription and what it holds survive a restart of Warren (the same data
    directory, a new process)."""

    @classmethod
    def setUpClass(cls):
        cls.data_dir = tempfile.mkdtemp(prefix="warren-stomp-restart-")
        cls.broker = cls.start_on_data_dir()
        cls.port = cls.broker.ports["stomp"]

    @classmethod
    def tearDownClass(cls):
        try:
            super().tearDownClass()
        finally:
            shutil.rmtree(cls.data_dir, ignore_errors=True)

    @classmethod
    def start_on_data_dir(cls):
        # A later --data-dir overrides the harness's own.
        return broker_under_test.start(stomp=True, warren_args=["--data-dir", cls.data_dir])

    def restart(self):
        for conn in self.connections:
            if conn.is_connected():
                conn.disconnect()
        broker, type(self).broker = type(self).broker, None
        broker.stop()
        type(self).broker = self.start_on_data_dir()
        type(self).port = self.broker.ports["stomp"]

    def test_durable_subscription_survives_a_restart(self):
        key = self.unique("restart")
        destination = "/topic/" + key
        conn = self.connect("1.2")
        conn.subscribe(destination, id="sub", receipt="sub", headers=DURABLE)
        conn.recorder.wait_receipt("sub")
        conn.disconnect()
        sender = self.connect("1.2")
        sender.send(destination, "kept", receipt="sent", headers={"persistent": "true"})
        sender.recorder.wait_receipt("sent")
        self.restart()
        connection = pika.BlockingConnection(pika.ConnectionParameters(HOST, self.broker.port))
        self.addCleanup(connection.close)
        name = durable_subscription_name(key, "sub")
        self.assertEqual(connection.channel().queue_declare(name, passive=True)
                         .method.message_count, 1)
        conn = self.connect("1.2")
        conn.subscribe(destination, id="sub", receipt="again", headers=DURABLE)
        message = conn.recorder.wait_messages(1)[0]
        self.assertEqual(message.body, "kept")
        self.assertEqual(message.headers["persistent"], "true")


if __name__ == "__main__":
    unittest.main()
