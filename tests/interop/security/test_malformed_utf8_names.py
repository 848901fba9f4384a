"""Names that are not UTF-8 (security issue, item 10). Queues `q\\xff`, `q\\xfe` and `q\\xc3`
declared over AMQP were created and survived restarts, but the API and exports showed all
three as `q` + U+FFFD: DELETE found none, and an export merged them. As RabbitMQ 3.10, a method
frame with a short string that is not UTF-8 now closes the connection with 501 FRAME_ERROR
"Malformed UTF-8 in shortstr" (basic.publish excepted: RabbitMQ decodes it without the check,
and its routing key names nothing). Over HTTP, where RabbitMQ takes such a name, Warren
refuses it with 400 (core/name_text.h is the one rule for both).
"""

import unittest

import pika
from pika import spec

import hostile

MALFORMED = (b"q\xff", b"q\xfe", b"q\xc3")


def setUpModule():
    hostile.start_broker()


def tearDownModule():
    hostile.stop_broker()


def send_and_read(*methods):
    """Logs in, opens channel 1, sends `methods` on it; returns the first frame after."""
    peer = hostile.RawAmqp()
    try:
        peer.login()
        peer.open_channel(1)
        for method in methods:
            peer.send_method(1, method)
        return peer.read_frame()
    finally:
        peer.close()


class MalformedUtf8OverAmqp(unittest.TestCase):
    def assertFrameError(self, frame):
        self.assertIsInstance(frame, pika.frame.Method)
        self.assertEqual(frame.channel_number, 0)
        close = frame.method
        self.assertIsInstance(close, spec.Connection.Close)
        self.assertEqual(close.reply_code, 501)
        self.assertEqual(close.reply_text, "FRAME_ERROR - Malformed UTF-8 in shortstr")
        self.assertEqual((close.class_id, close.method_id), (0, 0))

    def test_queue_names_are_refused(self):
        with hostile.Bystander(self):
            for name in MALFORMED:
                with self.subTest(name):
                    self.assertFrameError(send_and_read(spec.Queue.Declare(queue=name)))
        status, queues = hostile.management("GET", "queues")
        self.assertEqual(status, 200)
        self.assertEqual([q["name"] for q in queues if q["name"].startswith("q\ufffd")], [])

    def test_exchange_names_and_binding_keys_are_refused(self):
        queue = hostile.unique("bound")
        hostile.management("PUT", "queues/%2F/" + queue, {"durable": False})
        with hostile.Bystander(self):
            self.assertFrameError(send_and_read(spec.Exchange.Declare(exchange=b"x\xff",
                                                                     type="direct")))
            self.assertFrameError(send_and_read(spec.Queue.Bind(queue=queue, exchange="amq.topic",
                                                                routing_key=b"k\xc3")))
            self.assertFrameError(send_and_read(spec.Basic.Consume(queue=queue,
                                                                   consumer_tag=b"t\xfe")))
        status, bindings = hostile.management("GET", "queues/%%2F/%s/bindings" % queue)
        self.assertEqual([b["source"] for b in bindings], [""])
        status, _ = hostile.management("GET", "exchanges/%2F/x%EF%BF%BD")
        self.assertEqual(status, 404)

    def test_utf8_names_and_a_publish_routing_key_are_taken(self):
        frame = send_and_read(spec.Queue.Declare(queue="q-\u00e9\u4e2d", auto_delete=True))
        self.assertIsInstance(frame.method, spec.Queue.DeclareOk)
        self.assertEqual(frame.method.queue, "q-\u00e9\u4e2d")
        # RabbitMQ takes basic.publish's routing key unchecked; the channel stays open.
        peer = hostile.RawAmqp()
        try:
            peer.login()
            peer.open_channel(1)
            peer.send_method(1, spec.Basic.Publish(exchange="amq.topic", routing_key=b"k\xff"))
            peer.send_header(1, 1)
            peer.send_body(1, b"x")
            peer.send_method(1, spec.Queue.Declare(queue="after-publish", auto_delete=True))
            self.assertIsInstance(peer.expect_method(spec.Queue.DeclareOk), spec.Queue.DeclareOk)
        finally:
            peer.close()


class MalformedUtf8OverHttp(unittest.TestCase):
    def setUp(self):
        if not hostile.is_warren():
            self.skipTest("RabbitMQ 3.10 takes such names over HTTP (201)")

    def test_names_in_the_path_are_400(self):
        with hostile.Bystander(self):
            for path, body in (("queues/%2F/q%FF", {"durable": False}),
                               ("queues/%2F/q%C3", {"durable": False}),
                               ("exchanges/%2F/x%FE", {"type": "direct"}),
                               ("vhosts/v%FF", {}),
                               ("users/u%C3", {"password": "x", "tags": ""})):
                with self.subTest(path):
                    status, answer = hostile.management("PUT", path, body)
                    self.assertEqual(status, 400)
                    self.assertEqual(answer["error"], "bad_request")
                    self.assertIn("UTF-8", answer["reason"])
        status, queues = hostile.management("GET", "queues")
        self.assertEqual([q["name"] for q in queues if "\ufffd" in q["name"]], [])
        # A name with U+FFFD itself is well-formed UTF-8 and stays a name like any other.
        self.assertEqual(hostile.management("PUT", "queues/%2F/q%EF%BF%BD",
                                            {"durable": False})[0], 201)

    def test_a_binding_key_that_is_not_utf8_is_refused(self):
        queue = hostile.unique("bound")
        hostile.management("PUT", "queues/%2F/" + queue, {"durable": False})
        status, _ = hostile.management("POST", "bindings/%2F/e/amq.topic/q/" + queue,
                                       b'{"routing_key": "k\xff"}')
        self.assertEqual(status, 400)
        status, bindings = hostile.management("GET", "queues/%%2F/%s/bindings" % queue)
        self.assertEqual([b["source"] for b in bindings], [""])


if __name__ == "__main__":
    unittest.main()
