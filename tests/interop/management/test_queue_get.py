"""POST /api/queues/{vhost}/{name}/get with the ack modes that do not requeue: the messages are
taken for good (ack_requeue_false) or rejected, and so dead-lettered where the queue says
(reject_requeue_false), as in RabbitMQ 3.10; over plain HTTP and rabbitmqadmin, with pika on the
AMQP side.
"""

import os
import sys
import unittest

import pika

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
import management_client  # noqa: E402
from management_client import broker_under_test  # noqa: E402

client = management_client.ManagementClient()
setUpModule = client.start_broker
tearDownModule = client.stop_broker


class QueueGetTest(unittest.TestCase):
    def setUp(self):
        connection = pika.BlockingConnection(pika.ConnectionParameters(client.broker.host,
                                                                       client.broker.port))
        self.addCleanup(connection.close)
        self.channel = connection.channel()
        self.channel.confirm_delivery()  # each publish is in its queue when it returns

    def fill(self, queue, bodies, arguments=None):
        self.channel.queue_declare(queue, arguments=arguments)
        self.addCleanup(client.request, "DELETE", "queues/%2F/" + queue)
        for body in bodies:
            self.channel.basic_publish("", queue, body, pika.BasicProperties(delivery_mode=2))
        self.assertEqual(self.ready(queue), len(bodies))

    def ready(self, queue):
        return self.channel.queue_declare(queue, passive=True).method.message_count

    def test_ack_requeue_false_takes_the_messages(self):
        self.fill("mgmt.take", [b"first", b"second", b"third"])
        got = client.rabbitmqadmin("get", "queue=mgmt.take", "count=2",
                                   "ackmode=ack_requeue_false")
        self.assertEqual([m["payload"] for m in got], ["first", "second"])
        self.assertEqual([m["message_count"] for m in got], [2, 1])
        self.assertEqual(self.ready("mgmt.take"), 1)
        status, rest = client.request("POST", "queues/%2F/mgmt.take/get",
                                      {"count": 5, "ackmode": "ack_requeue_false",
                                       "encoding": "auto"})
        self.assertEqual(status, 200)
        self.assertEqual([(m["payload"], m["message_count"]) for m in rest], [("third", 0)])
        self.assertEqual(self.ready("mgmt.take"), 0)
        self.assertEqual(client.request("POST", "queues/%2F/mgmt.take/get",
                                        {"count": 1, "ackmode": "ack_requeue_false",
                                         "encoding": "auto"}), (200, []))

    def test_reject_requeue_false_dead_letters(self):
        self.fill("mgmt.dead", [])
        self.fill("mgmt.rejecting", [b"doomed", b"kept"],
                  {"x-dead-letter-exchange": "", "x-dead-letter-routing-key": "mgmt.dead"})
        status, got = client.request("POST", "queues/%2F/mgmt.rejecting/get",
                                     {"count": 1, "ackmode": "reject_requeue_false",
                                      "encoding": "auto"})
        self.assertEqual(status, 200)
        self.assertEqual([m["payload"] for m in got], ["doomed"])
        self.assertEqual(self.ready("mgmt.rejecting"), 1)
        _method, properties, body = self.channel.basic_get("mgmt.dead", auto_ack=True)
        self.assertEqual(body, b"doomed")
        self.assertEqual(properties.headers["x-death"][0]["reason"], "rejected")

    def test_requeueing_modes_leave_the_messages(self):
        self.fill("mgmt.kept", [b"one", b"two"])
        for mode in ("ack_requeue_true", "reject_requeue_true"):
            got = client.rabbitmqadmin("get", "queue=mgmt.kept", "count=2", "ackmode=" + mode)
            self.assertEqual([m["payload"] for m in got], ["one", "two"], mode)
            self.assertEqual(self.ready("mgmt.kept"), 2, mode)
        if broker_under_test.target() == "warren":
            # RabbitMQ 3.10 crashes (500) on an unknown mode; Warren says what it takes.
            self.assertEqual(client.request("POST", "queues/%2F/mgmt.kept/get",
                                            {"count": 1, "ackmode": "take_it",
                                             "encoding": "auto"}),
                             (400, {"error": "bad_request",
                                    "reason": "Unsupported ackmode 'take_it'"}))

    def test_requeueing_get_shows_paged_out_messages_with_their_bodies(self):
        # Beyond 8 MiB Warren keeps only a queue's head in memory: the last three bodies are
        # read back from the store for the answer, off the broker thread.
        bodies = [bytes([ord("a") + i]) * (1024 * 1024) for i in range(11)]
        self.fill("mgmt.long", bodies)
        status, got = client.request("POST", "queues/%2F/mgmt.long/get",
                                     {"count": 11, "ackmode": "ack_requeue_true",
                                      "encoding": "auto"})
        self.assertEqual(status, 200)
        self.assertEqual([(m["payload"][:1], len(m["payload"])) for m in got],
                         [(chr(ord("a") + i), 1024 * 1024) for i in range(11)])
        self.assertEqual(self.ready("mgmt.long"), 11)

    def test_an_exclusive_queue_is_locked_to_the_api(self):
        self.channel.queue_declare("mgmt.mine", exclusive=True)
        self.channel.basic_publish("", "mgmt.mine", b"private")
        for mode in ("ack_requeue_true", "ack_requeue_false"):
            self.assertEqual(
                client.request("POST", "queues/%2F/mgmt.mine/get",
                               {"count": 1, "ackmode": mode, "encoding": "auto"}),
                (400, {"error": "bad_request",
                       "reason": "405 RESOURCE_LOCKED - cannot obtain exclusive access to locked "
                                 "queue 'mgmt.mine' in vhost '/'. It could be originally declared "
                                 "on another connection or the exclusive property value does not "
                                 "match that of the original declaration."}), mode)
        self.assertEqual(self.ready("mgmt.mine"), 1)


class PublishUserIdTest(unittest.TestCase):
    """The API publishes as the logged-in user: a user_id naming anyone else is refused, as on
    an AMQP channel, unless the user has the impersonator tag."""

    def publish(self, user_id, user="guest", password="guest"):
        return client.request("POST", "exchanges/%2F/amq.default/publish",
                              {"properties": {"user_id": user_id}, "routing_key": "mgmt.uid",
                               "payload": "x", "payload_encoding": "string"},
                              user=user, password=password)

    def test_user_id_must_be_the_publisher(self):
        self.assertEqual(client.request("PUT", "queues/%2F/mgmt.uid", {"durable": False})[0], 201)
        self.addCleanup(client.request, "DELETE", "queues/%2F/mgmt.uid")
        self.assertEqual(self.publish("bob"),
                         (400, {"error": "bad_request",
                                "reason": "406 PRECONDITION_FAILED - user_id property set to "
                                          "'bob' but authenticated user was 'guest'"}))
        self.assertEqual(self.publish("guest"), (200, {"routed": True}))

    def test_an_impersonator_may_name_anyone(self):
        client.add_users(self, (("mgmt-imp", "administrator,impersonator"),
                                ("mgmt-plain", "administrator")))
        self.assertEqual(self.publish("someone-else", "mgmt-imp", "pw"), (200, {"routed": False}))
        status, body = self.publish("someone-else", "mgmt-plain", "pw")
        self.assertEqual((status, body["reason"][:24]), (400, "406 PRECONDITION_FAILED "))
        # The same rule on AMQP: the impersonator's confirmed publish goes through.
        connection = pika.BlockingConnection(pika.ConnectionParameters(
            client.broker.host, client.broker.port, "/", pika.PlainCredentials("mgmt-imp", "pw")))
        self.addCleanup(connection.close)
        channel = connection.channel()
        channel.confirm_delivery()
        channel.basic_publish("amq.fanout", "", b"x", pika.BasicProperties(user_id="someone-else"))
        self.assertTrue(channel.is_open)


if __name__ == "__main__":
    unittest.main()
