"""Publisher confirms (confirm.select, basic.ack / basic.nack from the broker).

BlockingChannel hides the individual ack frames, so these tests drive pika's
asynchronous channel underneath a blocking connection to see every frame.
Whether the broker coalesces acks with multiple=true is its choice (RabbitMQ
does so under load but not deterministically), so the tests accept both and
check that the acks cover every publish exactly once.
"""

import unittest

import pika
from pika import spec

from harness import BrokerTestCase, setUpModule, tearDownModule  # noqa: F401


class ConfirmChannel:
    """Records, in arrival order, ('ack'|'nack', tag, multiple) and ('return', body)."""

    def __init__(self, test):
        self.test = test
        self.impl = test.conn.channel()._impl
        self.events = []
        self.next_tag = 1
        selected = []
        self.impl.add_on_return_callback(
            lambda _ch, _method, _props, body: self.events.append(("return", body)))
        self.impl.confirm_delivery(self._on_confirm, callback=lambda frame: selected.append(frame))
        test.wait_until(lambda: selected, what="confirm.select-ok")

    def _on_confirm(self, frame):
        kind = "ack" if isinstance(frame.method, spec.Basic.Ack) else "nack"
        self.events.append((kind, frame.method.delivery_tag, frame.method.multiple))

    def publish(self, exchange, key, body, mandatory=False, properties=None):
        self.impl.basic_publish(exchange, key, body, properties, mandatory)
        tag, self.next_tag = self.next_tag, self.next_tag + 1
        return tag

    def confirmations(self):
        """{tag: 'ack'|'nack'} with multiple=true expanded; fails on duplicates."""
        settled = {}
        for event in self.events:
            if event[0] not in ("ack", "nack"):
                continue
            kind, tag, multiple = event
            tags = [t for t in range(1, tag + 1) if t not in settled] if multiple else [tag]
            for t in tags:
                self.test.assertNotIn(t, settled, "tag %d confirmed twice" % t)
                settled[t] = kind
        return settled

    def wait_settled(self, count):
        self.test.wait_until(lambda: len(self.confirmations()) >= count, what="confirms")
        return self.confirmations()


class ConfirmTest(BrokerTestCase):

    def test_every_publish_is_acked_exactly_once(self):
        q = self.declare_queue()
        cc = ConfirmChannel(self)
        for i in range(200):
            cc.publish("", q, b"%d" % i)
        settled = cc.wait_settled(200)
        self.assertEqual(settled, {t: "ack" for t in range(1, 201)})
        self.assertEqual(self.message_count(q), 200)

    def test_ack_tags_increase(self):
        q = self.declare_queue()
        cc = ConfirmChannel(self)
        for i in range(50):
            cc.publish("", q, b"m")
        cc.wait_settled(50)
        tags = [tag for kind, tag, _multiple in cc.events]
        self.assertEqual(tags, sorted(tags))
        self.assertEqual(len(set(tags)), len(tags))
        self.assertEqual(tags[-1], 50)

    def test_unroutable_message_is_acked(self):
        cc = ConfirmChannel(self)
        cc.publish("amq.direct", "nobody-listens", b"m")
        self.assertEqual(cc.wait_settled(1), {1: "ack"})

    def test_return_is_sent_before_ack_for_unroutable_mandatory(self):
        cc = ConfirmChannel(self)
        cc.publish("amq.direct", "nobody-listens", b"back", mandatory=True)
        cc.wait_settled(1)
        self.assertEqual([e[0] for e in cc.events], ["return", "ack"])
        self.assertEqual(cc.events[0], ("return", b"back"))

    def test_persistent_message_to_durable_queue_is_acked(self):
        q = self.declare_queue(durable=True)
        cc = ConfirmChannel(self)
        cc.publish("", q, b"m", properties=pika.BasicProperties(delivery_mode=2))
        self.assertEqual(cc.wait_settled(1), {1: "ack"})

    def test_nack_only_for_the_rejected_publish(self):
        q = self.declare_queue(arguments={"x-max-length": 1, "x-overflow": "reject-publish"})
        cc = ConfirmChannel(self)
        cc.publish("", q, b"fits")
        cc.publish("", q, b"overflows")
        self.assertEqual(cc.wait_settled(2), {1: "ack", 2: "nack"})

    def test_confirm_select_twice_is_allowed(self):
        self.ch.confirm_delivery()
        self.ch._impl.confirm_delivery(lambda frame: None)  # second select
        self.assertEqual(self.ch.queue_declare("", exclusive=True).method.message_count, 0)

    def test_blocking_publish_waits_for_ack(self):
        q = self.declare_queue()
        self.ch.confirm_delivery()
        self.ch.basic_publish("", q, b"m")  # returns only after the ack
        self.assertEqual(self.message_count(q), 1)

    def test_mandatory_unroutable_raises_in_blocking_confirm_mode(self):
        self.ch.confirm_delivery()
        with self.assertRaises(pika.exceptions.UnroutableError):
            self.ch.basic_publish("amq.direct", "nobody-listens", b"m", mandatory=True)


class ModeSwitchTest(BrokerTestCase):

    def test_tx_select_on_confirm_channel_is_406(self):
        self.ch.confirm_delivery()
        with self.assertChannelClosed(406) as cm:
            self.ch.tx_select()
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - cannot switch from confirm to tx mode")

    def test_confirm_select_on_tx_channel_is_406(self):
        self.ch.tx_select()
        with self.assertChannelClosed(406) as cm:
            self.ch.confirm_delivery()
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - cannot switch from tx to confirm mode")


if __name__ == "__main__":
    unittest.main()
