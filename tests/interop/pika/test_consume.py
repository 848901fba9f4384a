"""basic.consume / basic.cancel / basic.return and related protocol errors."""

import unittest

import pika
from pika import spec

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule, unique  # noqa: F401


class MandatoryTest(BrokerTestCase):

    def test_unroutable_mandatory_message_is_returned_with_312(self):
        returned = []
        self.ch.add_on_return_callback(lambda ch, method, props, body: returned.append(
            (method, props, body)))
        x = self.declare_exchange("direct")
        self.ch.basic_publish(x, "nowhere", b"back", pika.BasicProperties(message_id="m-1"),
                              mandatory=True)
        self.wait_until(lambda: returned, what="basic.return")
        method, props, body = returned[0]
        self.assertEqual((method.reply_code, method.reply_text), (312, "NO_ROUTE"))
        self.assertEqual((method.exchange, method.routing_key), (x, "nowhere"))
        self.assertEqual((props.message_id, body), ("m-1", b"back"))

    def test_unroutable_non_mandatory_message_is_dropped_silently(self):
        returned = []
        self.ch.add_on_return_callback(lambda *args: returned.append(args))
        self.ch.confirm_delivery()
        self.ch.basic_publish("amq.direct", unique("nowhere"), b"gone")  # acked, no error
        self.assertEqual(returned, [])

    def test_immediate_flag_is_540_connection_error(self):
        # RabbitMQ 3 dropped support for immediate.
        raw = self.raw_connection()
        raw.send_message(1, spec.Basic.Publish(exchange="", routing_key="x", immediate=True),
                         b"now", frame_max=131072)
        close = raw.expect_method(spec.Connection.Close)
        self.assertEqual((close.reply_code, close.reply_text), (540, "NOT_IMPLEMENTED - immediate=true"))


class ConsumeTest(BrokerTestCase):

    def test_no_ack_consumer_empties_queue(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        got = Deliveries()
        self.ch.basic_consume(q, got, auto_ack=True)
        self.wait_until(lambda: len(got) == 3)
        self.assertEqual(got.bodies, [b"1", b"2", b"3"])
        self.assertEqual(self.message_count(q), 0)

    def test_delivery_fields(self):
        x = self.declare_exchange("direct")
        q = self.declare_queue()
        self.ch.queue_bind(q, x, "rk")
        got = Deliveries()
        tag = self.ch.basic_consume(q, got, consumer_tag="my-tag")
        self.publish_confirmed(x, "rk", [b"a", b"b"])
        self.wait_until(lambda: len(got) == 2)
        methods = [m for m, _p, _b in got.items]
        self.assertEqual(tag, "my-tag")
        self.assertEqual([(m.consumer_tag, m.delivery_tag, m.redelivered, m.exchange, m.routing_key)
                          for m in methods],
                         [("my-tag", 1, False, x, "rk"), ("my-tag", 2, False, x, "rk")])

    def test_server_generates_consumer_tag(self):
        # pika always picks its own tags, so ask with an empty tag on the wire.
        q = self.declare_queue()
        raw = self.raw_connection()
        raw.send_method(1, spec.Basic.Consume(queue=q, consumer_tag=""))
        ok = raw.expect_method(spec.Basic.ConsumeOk)
        self.assertRegex(ok.consumer_tag, r"^amq\.ctag-[A-Za-z0-9_-]{22}$")

    def test_consuming_missing_queue_is_404(self):
        name = unique("missing")
        with self.assertChannelClosed(404, "NOT_FOUND - no queue '%s' in vhost '/'" % name):
            self.ch.basic_consume(name, lambda *a: None)

    def test_delivery_tags_are_per_channel(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2"])
        ch2 = self.new_channel()
        m1 = self.ch.basic_get(q)[0]
        m2 = ch2.basic_get(q)[0]
        self.assertEqual((m1.delivery_tag, m2.delivery_tag), (1, 1))


class ExclusiveConsumerTest(BrokerTestCase):

    def test_second_consumer_on_exclusively_consumed_queue_is_403(self):
        q = self.declare_queue()
        self.ch.basic_consume(q, lambda *a: None, exclusive=True)
        with self.assertChannelClosed(403) as cm:
            self.new_channel().basic_consume(q, lambda *a: None)
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - queue '%s' in vhost '/' in exclusive use" % q)

    def test_exclusive_consume_on_queue_with_consumers_is_403(self):
        q = self.declare_queue()
        self.ch.basic_consume(q, lambda *a: None)
        with self.assertChannelClosed(403, "queue '%s' in vhost '/' in exclusive use" % q):
            self.new_channel().basic_consume(q, lambda *a: None, exclusive=True)

    def test_queue_is_free_again_after_exclusive_consumer_cancels(self):
        q = self.declare_queue()
        tag = self.ch.basic_consume(q, lambda *a: None, exclusive=True)
        self.ch.basic_cancel(tag)
        self.new_channel().basic_consume(q, lambda *a: None)


class ConsumerTagTest(BrokerTestCase):

    def test_same_tag_on_two_channels_is_fine(self):
        q = self.declare_queue()
        self.ch.basic_consume(q, lambda *a: None, consumer_tag="shared")
        self.new_channel().basic_consume(q, lambda *a: None, consumer_tag="shared")

    def test_duplicate_tag_on_one_channel_is_530_connection_error(self):
        q = self.declare_queue()
        self.ch.basic_consume(q, lambda *a: None, consumer_tag="dup")
        # pika refuses a duplicate tag itself; send the raw method instead.
        self.ch._impl._send_method(spec.Basic.Consume(queue=q, consumer_tag="dup"))
        with self.assertConnectionClosed(530) as cm:
            self.wait_until(lambda: False, what="connection close")
        self.assertEqual(cm.exception.reply_text, "NOT_ALLOWED - attempt to reuse consumer tag 'dup'")


class CancelTest(BrokerTestCase):

    def test_cancel_stops_deliveries(self):
        q = self.declare_queue()
        got = Deliveries()
        tag = self.ch.basic_consume(q, got, auto_ack=True)
        self.publish_confirmed("", q, [b"1"])
        self.wait_until(lambda: len(got) == 1)
        self.ch.basic_cancel(tag)
        self.publish_confirmed("", q, [b"2"])
        self.assertEqual(self.message_count(q), 1)
        self.assertEqual(got.bodies, [b"1"])

    def test_unacked_messages_stay_unacked_after_cancel(self):
        q = self.declare_queue()
        got = Deliveries()
        tag = self.ch.basic_consume(q, got)
        self.publish_confirmed("", q, [b"1"])
        self.wait_until(lambda: len(got) == 1)
        self.ch.basic_cancel(tag)
        self.assertEqual(self.message_count(q), 0)
        self.ch.basic_ack(got.items[0][0].delivery_tag)  # still valid
        self.assertEqual(self.message_count(q), 0)
        self.assertTrue(self.ch.is_open)

    def test_cancel_reports_consumer_count(self):
        q = self.declare_queue()
        tag = self.ch.basic_consume(q, lambda *a: None)
        self.assertEqual(self.ch.queue_declare(q, passive=True).method.consumer_count, 1)
        self.ch.basic_cancel(tag)
        self.assertEqual(self.ch.queue_declare(q, passive=True).method.consumer_count, 0)

    def test_broker_cancels_consumer_when_queue_is_deleted(self):
        q = self.ch.queue_declare(unique("doomed")).method.queue
        cancelled = []
        self.ch.add_on_cancel_callback(lambda frame: cancelled.append(frame.method))
        tag = self.ch.basic_consume(q, lambda *a: None)
        self.new_channel().queue_delete(q)
        self.wait_until(lambda: cancelled, what="basic.cancel from broker")
        self.assertIsInstance(cancelled[0], spec.Basic.Cancel)
        self.assertEqual(cancelled[0].consumer_tag, tag)
        self.assertTrue(self.ch.is_open)

    def test_queue_delete_ok_comes_before_the_deleting_channels_cancel(self):
        # RabbitMQ's channel has the queue's reply before it learns that the queue is gone:
        # queue.delete-ok, then basic.cancel. amqplib's own suite ("cancelled consumer") closes
        # the channel on the cancel, and a delete-ok still to come then fails its delete. The
        # queue is durable so that Warren's delete-ok waits for the definitions on disk.
        raw = self.raw_connection(client_properties={
            "product": "warren-interop-raw", "capabilities": {"consumer_cancel_notify": True}})
        q = unique("delete-order")
        raw.send_method(1, spec.Queue.Declare(queue=q, durable=True))
        raw.expect_method(spec.Queue.DeclareOk)
        raw.send_method(1, spec.Basic.Consume(queue=q, consumer_tag="doomed"))
        raw.expect_method(spec.Basic.ConsumeOk)
        raw.send_method(1, spec.Queue.Delete(queue=q))
        self.assertEqual(raw.expect_method(spec.Queue.DeleteOk).message_count, 0)
        self.assertEqual(raw.expect_method(spec.Basic.Cancel).consumer_tag, "doomed")


if __name__ == "__main__":
    unittest.main()
