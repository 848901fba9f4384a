"""AMQP transactions: tx.select / tx.commit / tx.rollback."""

import unittest

from harness import BrokerTestCase, setUpModule, tearDownModule  # noqa: F401


class TxTest(BrokerTestCase):

    def setUp(self):
        super().setUp()
        self.observer = self.new_channel()  # looks at queues from outside the tx

    def count(self, q):
        return self.message_count(q, ch=self.observer)

    def test_publishes_are_invisible_until_commit(self):
        q = self.declare_queue()
        self.ch.tx_select()
        self.ch.basic_publish("", q, b"1")
        self.ch.basic_publish("", q, b"2")
        self.assertEqual(self.count(q), 0)
        self.ch.tx_commit()
        # commit-ok does not wait for the queues, so poll.
        self.wait_message_count(q, 2)
        self.assertEqual(self.drain_bodies(q, ch=self.observer), [b"1", b"2"])

    def test_rolled_back_publishes_are_never_delivered(self):
        q = self.declare_queue()
        self.ch.tx_select()
        self.ch.basic_publish("", q, b"discarded")
        self.ch.tx_rollback()
        self.ch.basic_publish("", q, b"kept")
        self.ch.tx_commit()
        self.assertEqual(self.drain_bodies(q, ch=self.observer), [b"kept"])

    def test_channel_stays_transactional_after_commit(self):
        q = self.declare_queue()
        self.ch.tx_select()
        self.ch.tx_commit()
        self.ch.basic_publish("", q, b"m")
        self.assertEqual(self.count(q), 0)
        self.ch.tx_commit()
        self.wait_message_count(q, 1)

    def test_closing_channel_discards_uncommitted_publishes(self):
        q = self.declare_queue()
        self.ch.tx_select()
        self.ch.basic_publish("", q, b"m")
        self.ch.close()
        self.assertEqual(self.count(q), 0)

    def test_rolled_back_ack_is_not_applied(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        self.ch.tx_select()
        method, _p, _b = self.ch.basic_get(q)
        self.ch.basic_ack(method.delivery_tag)
        self.ch.tx_rollback()
        # Still unacknowledged (not requeued): closing the channel brings it back.
        self.assertEqual(self.count(q), 0)
        self.ch.close()
        self.wait_message_count(q, 1)
        method, _p, body = self.observer.basic_get(q, auto_ack=True)
        self.assertEqual((body, method.redelivered), (b"m", True))

    def test_ack_can_be_repeated_after_rollback(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        self.ch.tx_select()
        method, _p, _b = self.ch.basic_get(q)
        self.ch.basic_ack(method.delivery_tag)
        self.ch.tx_rollback()
        self.ch.basic_ack(method.delivery_tag)
        self.ch.tx_commit()
        self.ch.close()  # nothing left unacked to requeue
        self.assertEqual(self.count(q), 0)

    def test_rolled_back_reject_is_not_applied(self):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"m"])
        self.ch.tx_select()
        method, _p, _b = self.ch.basic_get(q)
        self.ch.basic_reject(method.delivery_tag, requeue=False)
        self.ch.tx_rollback()
        self.ch.basic_ack(method.delivery_tag)  # tag still valid: no 406
        self.ch.tx_commit()
        self.assertTrue(self.ch.is_open)

    def test_commit_without_select_is_406(self):
        with self.assertChannelClosed(406) as cm:
            self.ch.tx_commit()
        self.assertEqual(cm.exception.reply_text, "PRECONDITION_FAILED - channel is not transactional")

    def test_rollback_without_select_is_406(self):
        with self.assertChannelClosed(406, "PRECONDITION_FAILED - channel is not transactional"):
            self.ch.tx_rollback()

    def test_select_twice_is_allowed(self):
        self.ch.tx_select()
        self.ch.tx_select()
        self.ch.tx_commit()

    def test_mandatory_return_is_sent_at_commit_before_commit_ok(self):
        # pika's blocking channel defers callbacks, so use the async channel
        # to see the order of frames on the wire.
        impl = self.ch._impl
        events = []
        impl.add_on_return_callback(lambda *args: events.append("return"))
        impl.tx_select(lambda frame: events.append("select-ok"))
        impl.basic_publish("amq.direct", "nobody-listens", b"m", None, True)
        impl.basic_qos(prefetch_count=0, callback=lambda frame: events.append("qos-ok"))  # sync point
        self.wait_until(lambda: "qos-ok" in events)
        impl.tx_commit(lambda frame: events.append("commit-ok"))
        self.wait_until(lambda: "commit-ok" in events)
        self.assertEqual(events, ["select-ok", "qos-ok", "return", "commit-ok"])


if __name__ == "__main__":
    unittest.main()
