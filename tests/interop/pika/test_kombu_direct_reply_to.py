"""kombu (Debian's python3-kombu over py-amqp) RPC through direct reply-to.

The client consumes amq.rabbitmq.reply-to on a channel and publishes its
requests on that same channel with reply_to amq.rabbitmq.reply-to; the server,
on its own connection, answers with a Producer to the reply_to it received.
"""

import time
import unittest

from kombu import Connection, Consumer, Producer, Queue

from harness import WAIT_TIMEOUT, broker, setUpModule, tearDownModule, unique  # noqa: F401

REPLY_TO = "amq.rabbitmq.reply-to"


class KombuDirectReplyToTest(unittest.TestCase):

    def url(self):
        b = broker()
        return "amqp://guest:guest@%s:%d//" % (b.host, b.port)

    def test_rpc_round_trip(self):
        requests = Queue(unique("requests"), auto_delete=True)
        with Connection(self.url()) as server_conn, Connection(self.url()) as client_conn:
            server_channel = server_conn.channel()
            server_producer = Producer(server_channel)

            def serve(body, message):
                server_producer.publish({"square": body["n"] ** 2},
                                        routing_key=message.properties["reply_to"],
                                        correlation_id=message.properties["correlation_id"],
                                        serializer="json")
                message.ack()

            client_channel = client_conn.channel()
            replies = {}

            def on_reply(body, message):
                replies[message.properties["correlation_id"]] = (body, message.delivery_info)

            with Consumer(server_channel, [requests], callbacks=[serve], accept=["json"]), \
                    Consumer(client_channel, [Queue(REPLY_TO)], callbacks=[on_reply],
                             no_ack=True, accept=["json"]):
                client_producer = Producer(client_channel)
                for n in (3, 5):
                    client_producer.publish({"n": n}, routing_key=requests.name,
                                            reply_to=REPLY_TO, correlation_id="c%d" % n,
                                            serializer="json")
                deadline = time.monotonic() + WAIT_TIMEOUT
                while len(replies) < 2:
                    if time.monotonic() > deadline:
                        self.fail("replies so far: %r" % replies)
                    for conn in (server_conn, client_conn):
                        try:
                            conn.drain_events(timeout=0.05)
                        except TimeoutError:
                            pass
        self.assertEqual(replies["c3"][0], {"square": 9})
        self.assertEqual(replies["c5"][0], {"square": 25})
        self.assertTrue(replies["c3"][1]["routing_key"].startswith(REPLY_TO + "."))


if __name__ == "__main__":
    unittest.main()
