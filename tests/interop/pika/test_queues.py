"""Queue declaration, equivalence, exclusivity, auto-delete, purge and delete."""

import time
import unittest

from pika.exceptions import ChannelClosedByBroker

from harness import WAIT_TIMEOUT, BrokerTestCase, Deliveries, setUpModule, tearDownModule, unique  # noqa: F401

LOCKED_TEXT = ("RESOURCE_LOCKED - cannot obtain exclusive access to locked queue '%s' in "
               "vhost '/'. It could be originally declared on another connection or the "
               "exclusive property value does not match that of the original declaration.")


class QueueTestCase(BrokerTestCase):

    def queue_exists(self, name):
        ch = self.conn.channel()
        try:
            ch.queue_declare(name, passive=True)
        except ChannelClosedByBroker as e:
            if e.reply_code == 405:  # someone else's exclusive queue
                return True
            self.assertEqual(e.reply_code, 404)
            return False
        ch.close()
        return True

    def wait_queue_gone(self, name):
        deadline = time.monotonic() + WAIT_TIMEOUT
        while self.queue_exists(name):
            if time.monotonic() > deadline:
                self.fail("queue %s still exists" % name)
            self.conn.process_data_events(time_limit=0.02)


class DeclareTest(QueueTestCase):

    def test_server_named_queue(self):
        ok = self.ch.queue_declare("", exclusive=True).method
        self.assertRegex(ok.queue, r"^amq\.gen-[A-Za-z0-9_-]{22}$")
        self.assertEqual((ok.message_count, ok.consumer_count), (0, 0))

    def test_server_names_are_unique(self):
        names = {self.ch.queue_declare("", exclusive=True).method.queue for _ in range(20)}
        self.assertEqual(len(names), 20)

    def test_declare_ok_reports_ready_messages_and_consumers(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        ok = self.ch.queue_declare(q, passive=True).method
        self.assertEqual((ok.message_count, ok.consumer_count), (3, 0))
        # A consumer limited to one unacked message takes exactly one; the
        # count covers ready messages only.
        consumer = self.new_channel()
        consumer.basic_qos(prefetch_count=1)
        got = Deliveries()
        consumer.basic_consume(q, got)
        self.wait_until(lambda: len(got) == 1)
        ok = self.ch.queue_declare(q, passive=True).method
        self.assertEqual((ok.message_count, ok.consumer_count), (2, 1))

    def test_passive_declare_of_missing_queue_is_404(self):
        name = unique("missing")
        with self.assertChannelClosed(404) as cm:
            self.ch.queue_declare(name, passive=True)
        self.assertEqual(cm.exception.reply_text, "NOT_FOUND - no queue '%s' in vhost '/'" % name)

    def test_declaring_amq_prefixed_queue_is_403(self):
        with self.assertChannelClosed(403) as cm:
            self.ch.queue_declare("amq.gen-mine")
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - queue name 'amq.gen-mine' contains reserved prefix 'amq.*'")

    def test_redeclare_with_same_arguments_is_idempotent(self):
        q = self.declare_queue(durable=True, arguments={"x-message-ttl": 60000, "custom": "v"})
        ok = self.ch.queue_declare(q, durable=True, arguments={"x-message-ttl": 60000, "custom": "v"})
        self.assertEqual(ok.method.queue, q)

    def test_redeclare_with_other_x_argument_value_is_406(self):
        q = self.declare_queue(arguments={"x-message-ttl": 1000})
        with self.assertChannelClosed(406) as cm:
            self.ch.queue_declare(q, arguments={"x-message-ttl": 2000})
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - inequivalent arg 'x-message-ttl' for queue '%s' in "
                         "vhost '/': received '2000' but current is '1000'" % q)

    def test_redeclare_without_x_argument_is_406(self):
        q = self.declare_queue(arguments={"x-dead-letter-exchange": "dlx"})
        with self.assertChannelClosed(406) as cm:
            self.ch.queue_declare(q)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - inequivalent arg 'x-dead-letter-exchange' for queue "
                         "'%s' in vhost '/': received none but current is the value 'dlx' of type "
                         "'longstr'" % q)

    def test_non_x_arguments_are_not_compared(self):
        q = self.declare_queue(arguments={"custom": "a"})
        self.ch.queue_declare(q, arguments={"custom": "b"})
        self.ch.queue_declare(q)
        self.assertTrue(self.ch.is_open)

    def test_redeclare_with_other_durability_is_406(self):
        q = self.declare_queue()
        with self.assertChannelClosed(406) as cm:
            self.ch.queue_declare(q, durable=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - inequivalent arg 'durable' for queue '%s' in "
                         "vhost '/': received 'true' but current is 'false'" % q)

    def test_redeclare_with_other_auto_delete_is_406(self):
        q = self.declare_queue(auto_delete=True)
        with self.assertChannelClosed(406, "inequivalent arg 'auto_delete' for queue '%s'" % q,
                                      "received 'false' but current is 'true'"):
            self.ch.queue_declare(q)

    def test_invalid_argument_type_is_406(self):
        name = unique("bad")
        with self.assertChannelClosed(406) as cm:
            self.ch.queue_declare(name, arguments={"x-max-length": "5"})
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - invalid arg 'x-max-length' for queue '%s' in "
                         "vhost '/': \"expected integer, got longstr\"" % name)

    def test_invalid_argument_values_are_406(self):
        for args, reason in (({"x-message-ttl": -1}, "{value_negative,-1}"),
                             ({"x-expires": 0}, "{value_zero,0}"),
                             ({"x-max-priority": 256}, "{max_value_exceeded,256}"),
                             ({"x-overflow": "nope"}, "invalid_overflow")):
            with self.subTest(args=args):
                ch = self.new_channel()
                name = unique("bad")
                arg = next(iter(args))
                with self.assertChannelClosed(406) as cm:
                    ch.queue_declare(name, arguments=args)
                self.assertEqual(cm.exception.reply_text,
                                 "PRECONDITION_FAILED - invalid arg '%s' for queue '%s' in vhost "
                                 "'/': %s" % (arg, name, reason))

    def test_durable_queue_is_declared(self):
        q = self.declare_queue(durable=True)
        self.ch.queue_declare(q, durable=True, passive=True)


class ExclusiveTest(QueueTestCase):

    def test_exclusive_queue_from_other_connection_is_405(self):
        q = self.ch.queue_declare("", exclusive=True).method.queue
        other = self.new_connection().channel()
        with self.assertChannelClosed(405) as cm:
            other.queue_declare(q, passive=True)
        self.assertEqual(cm.exception.reply_text, LOCKED_TEXT % q)

    def test_consuming_exclusive_queue_from_other_connection_is_405(self):
        q = self.ch.queue_declare("", exclusive=True).method.queue
        other = self.new_connection().channel()
        with self.assertChannelClosed(405, "cannot obtain exclusive access to locked queue"):
            other.basic_consume(q, lambda *a: None)

    def test_unbinding_exclusive_queue_from_other_connection_is_405(self):
        # Unbinding a missing queue is fine, but an existing exclusive one stays locked.
        q = self.ch.queue_declare("", exclusive=True).method.queue
        self.ch.queue_bind(q, "amq.direct", "k")
        other = self.new_connection().channel()
        with self.assertChannelClosed(405) as cm:
            other.queue_unbind(q, "amq.direct", "k")
        self.assertEqual(cm.exception.reply_text, LOCKED_TEXT % q)

    def test_owner_can_use_exclusive_queue_from_another_channel(self):
        q = self.ch.queue_declare("", exclusive=True).method.queue
        ch2 = self.new_channel()
        ch2.queue_declare(q, passive=True)
        ch2.basic_publish("", q, b"m")
        self.assertEqual(self.get_message(q, ch=ch2)[2], b"m")

    def test_redeclaring_server_named_queue_is_403_even_for_owner(self):
        # Only passive declares may name amq.* queues, whoever owns them.
        q = self.ch.queue_declare("", exclusive=True).method.queue
        with self.assertChannelClosed(403) as cm:
            self.ch.queue_declare(q, exclusive=True)
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - queue name '%s' contains reserved prefix 'amq.*'" % q)

    def test_redeclaring_exclusive_queue_as_non_exclusive_is_405(self):
        q = self.ch.queue_declare(unique("excl"), exclusive=True).method.queue
        with self.assertChannelClosed(405) as cm:
            self.ch.queue_declare(q)
        self.assertEqual(cm.exception.reply_text, LOCKED_TEXT % q)

    def test_redeclaring_shared_queue_as_exclusive_is_405(self):
        q = self.declare_queue()
        with self.assertChannelClosed(405, "cannot obtain exclusive access to locked queue '%s'" % q):
            self.ch.queue_declare(q, exclusive=True)

    def test_exclusive_queue_is_deleted_with_its_connection(self):
        conn = self.new_connection()
        q = conn.channel().queue_declare("", exclusive=True).method.queue
        self.assertTrue(self.queue_exists(q))
        conn.close()
        self.wait_queue_gone(q)


class AutoDeleteTest(QueueTestCase):

    def test_auto_delete_queue_goes_when_last_consumer_cancels(self):
        q = self.ch.queue_declare(unique("ad"), auto_delete=True).method.queue
        tag1 = self.ch.basic_consume(q, lambda *a: None)
        tag2 = self.ch.basic_consume(q, lambda *a: None)
        self.ch.basic_cancel(tag1)
        self.assertTrue(self.queue_exists(q))
        self.ch.basic_cancel(tag2)
        self.wait_queue_gone(q)

    def test_auto_delete_queue_without_consumers_stays(self):
        q = self.declare_queue(auto_delete=True)
        self.publish_confirmed("", q, [b"m"])
        self.assertTrue(self.queue_exists(q))

    def test_auto_delete_queue_goes_when_consumer_channel_closes(self):
        q = self.ch.queue_declare(unique("ad"), auto_delete=True).method.queue
        ch = self.new_channel()
        ch.basic_consume(q, lambda *a: None)
        ch.close()
        self.wait_queue_gone(q)


class PurgeDeleteTest(QueueTestCase):

    def test_purge_returns_count_of_ready_messages(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"1", b"2", b"3"])
        unacked, _p, _b = self.ch.basic_get(q, auto_ack=False)
        self.assertEqual(self.ch.queue_purge(q).method.message_count, 2)
        # Purge leaves unacknowledged messages alone; they come back on nack.
        self.ch.basic_nack(unacked.delivery_tag, requeue=True)
        self.wait_message_count(q, 1)

    def test_purge_of_missing_queue_is_404(self):
        name = unique("missing")
        with self.assertChannelClosed(404, "no queue '%s' in vhost '/'" % name):
            self.ch.queue_purge(name)

    def test_delete_returns_message_count(self):
        q = self.ch.queue_declare(unique("del")).method.queue
        self.publish_confirmed("", q, [b"1", b"2"])
        self.assertEqual(self.ch.queue_delete(q).method.message_count, 2)
        self.assertFalse(self.queue_exists(q))

    def test_deleting_missing_queue_succeeds(self):
        # RabbitMQ 3.x: delete is idempotent and reports zero messages.
        self.assertEqual(self.ch.queue_delete(unique("missing")).method.message_count, 0)

    def test_delete_if_empty_on_non_empty_queue_is_406(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        with self.assertChannelClosed(406) as cm:
            self.ch.queue_delete(q, if_empty=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - queue '%s' in vhost '/' not empty" % q)

    def test_delete_if_unused_with_consumer_is_406(self):
        q = self.declare_queue()
        self.ch.basic_consume(q, lambda *a: None)
        ch2 = self.new_channel()
        with self.assertChannelClosed(406) as cm:
            ch2.queue_delete(q, if_unused=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - queue '%s' in vhost '/' in use" % q)

    def test_delete_if_empty_and_if_unused_on_idle_empty_queue_deletes(self):
        q = self.ch.queue_declare(unique("del")).method.queue
        self.ch.queue_delete(q, if_unused=True, if_empty=True)
        self.assertFalse(self.queue_exists(q))

    def test_deleting_queue_removes_its_bindings(self):
        x = self.declare_exchange("fanout")
        q = self.ch.queue_declare(unique("del")).method.queue
        self.ch.queue_bind(q, x)
        self.ch.queue_delete(q)
        self.ch.queue_declare(q)  # same name, fresh queue: must not be bound
        self.addCleanup(self._delete_queue, q)
        self.publish_confirmed(x, "", [b"m"])
        self.assertEqual(self.message_count(q), 0)


if __name__ == "__main__":
    unittest.main()
