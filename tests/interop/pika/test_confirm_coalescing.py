"""Publisher confirms are coalesced as RabbitMQ does (issue 14 item 5): 500 publishes sent in
one go are confirmed with far fewer basic.ack frames, using multiple=true, and every publish is
covered exactly once in order. RabbitMQ 3.10 answered 500 such publishes with about 55 acks."""

import unittest

import pika
from pika import spec

from harness import RawAmqp, setUpModule, tearDownModule, unique  # noqa: F401

COUNT = 500


class ConfirmCoalescingTest(unittest.TestCase):

    def confirmed_frames(self, durable):
        peer = RawAmqp()
        try:
            _start, tune = peer.handshake()
            peer.open_channel(1)
            peer.send_method(1, spec.Confirm.Select())
            peer.expect_method(spec.Confirm.SelectOk)
            queue = unique("coalesce")
            peer.send_method(1, spec.Queue.Declare(queue=queue, durable=durable))
            peer.expect_method(spec.Queue.DeclareOk)
            properties = spec.BasicProperties(delivery_mode=2 if durable else 1)
            batch = b"".join(
                pika.frame.Method(1, spec.Basic.Publish(exchange="", routing_key=queue)).marshal()
                + pika.frame.Header(1, 10, properties).marshal()
                + pika.frame.Body(1, b"0123456789").marshal()
                for _ in range(COUNT))
            peer.send(batch)
            acks = []
            covered = 0
            while covered < COUNT:
                frame = peer.read_frame()
                self.assertIsInstance(frame, pika.frame.Method, frame)
                self.assertIsInstance(frame.method, spec.Basic.Ack, frame.method)
                ack = frame.method
                acks.append((ack.delivery_tag, ack.multiple))
                if ack.multiple:
                    self.assertGreater(ack.delivery_tag, covered)
                    covered = ack.delivery_tag
                else:
                    self.assertEqual(ack.delivery_tag, covered + 1, acks)
                    covered += 1
            self.assertEqual(covered, COUNT)
            peer.send_method(1, spec.Queue.Declare(queue=queue, passive=True))
            self.assertEqual(peer.expect_method(spec.Queue.DeclareOk).message_count, COUNT)
            return acks
        finally:
            peer.close()

    def test_transient_publishes_are_confirmed_with_multiple_acks(self):
        acks = self.confirmed_frames(durable=False)
        self.assertTrue(any(multiple for _tag, multiple in acks), acks[:10])
        self.assertLess(len(acks), COUNT // 4, "%d ack frames for %d publishes" % (len(acks), COUNT))

    def test_persistent_publishes_are_confirmed_with_multiple_acks_after_commit(self):
        acks = self.confirmed_frames(durable=True)
        self.assertLess(len(acks), COUNT // 4, "%d ack frames for %d publishes" % (len(acks), COUNT))


if __name__ == "__main__":
    unittest.main()
