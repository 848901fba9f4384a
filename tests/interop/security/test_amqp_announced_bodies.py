"""Announced message bodies (security issue, item 1): a user with no permissions at all used to
make Warren reserve 128 MiB per channel by sending basic.publish and a content header, about
4.6 KB for 100 channels, and the reservations tripped the memory alarm, blocking every
publisher. Now the publish is refused (403/404) when its method arrives, bodies take memory
only as their bytes arrive, one connection may hold only max_partial_body_bytes in bodies
still arriving, and the memory alarm counts memory really in use. A bystander publishes and
consumes throughout.
"""

import time
import unittest

import pika
from pika import spec

import hostile

WATERMARK = 1 << 30            # 1 GiB: 100 announced bodies of 128 MiB are 12.5 GiB
ANNOUNCED = 128 * 1024 * 1024  # RabbitMQ's max_message_size: the largest body allowed
PARTIAL_LIMIT = 1024 * 1024
CHANNELS = 100


def setUpModule():
    hostile.start_broker(config={"memory_high_watermark": WATERMARK,
                                 "max_partial_body_bytes": PARTIAL_LIMIT})


def tearDownModule():
    hostile.stop_broker()


def read_until_close(peer, channel):
    """The next channel.close or connection.close seen, skipping everything else."""
    while True:
        frame = peer.read_frame()
        if frame is None:
            return None
        if isinstance(frame, pika.frame.Method) and isinstance(
                frame.method, (spec.Channel.Close, spec.Connection.Close)):
            if frame.channel_number in (0, channel):
                return frame.method


class AnnouncedBodies(unittest.TestCase):
    def test_no_permission_user_cannot_raise_the_memory_alarm(self):
        if not hostile.is_warren():
            self.skipTest("the harness's RabbitMQ has no management API to add users with")
        user = hostile.unique("nobody")
        hostile.add_user(user, "pw", permissions=("", "", ""))
        peer = hostile.RawAmqp()
        with hostile.Bystander(self):
            try:
                peer.login(user, "pw")
                for channel in range(1, CHANNELS + 1):
                    peer.open_channel(channel)
                # The whole attack, about 5 KB: a publish and a header announcing 128 MiB on
                # every channel, and never a byte of body.
                for channel in range(1, CHANNELS + 1):
                    peer.send_method(channel, spec.Basic.Publish(exchange="amq.direct",
                                                                 routing_key="k"))
                    peer.send_header(channel, ANNOUNCED)
                # Several resource checks (every 250 ms) see the attack in place.
                deadline = time.monotonic() + 2.0
                while time.monotonic() < deadline:
                    self.assertEqual(hostile.alarms(), set())
                    time.sleep(0.1)
                # Refused at the method, before any body: the header is discarded.
                for channel in range(1, CHANNELS + 1):
                    close = read_until_close(peer, channel)
                    self.assertIsInstance(close, spec.Channel.Close)
                    self.assertEqual(close.reply_code, 403, close.reply_text)
                    peer.send_method(channel, spec.Channel.CloseOk())
            finally:
                peer.close()

    def refused_at_header(self, peer, exchange, size, code, user="guest", password="guest"):
        """Logs in, publishes to `exchange` with a header announcing `size` and no body, and
        checks that the channel is closed with `code`; returns the close."""
        peer.login(user, password)
        peer.open_channel(1)
        peer.send_method(1, spec.Basic.Publish(exchange=exchange, routing_key="k"))
        peer.send_header(1, size)
        close = read_until_close(peer, 1)
        self.assertIsInstance(close, spec.Channel.Close)
        self.assertEqual(close.reply_code, code, close.reply_text)
        return close

    def test_publish_without_write_permission_is_refused_before_the_body(self):
        if not hostile.is_warren():
            self.skipTest("RabbitMQ assembles the whole message before it checks")
        user = hostile.unique("reader")
        hostile.add_user(user, "pw", permissions=(".*", "", ".*"))
        peer = hostile.RawAmqp()
        try:
            close = self.refused_at_header(peer, "amq.topic", ANNOUNCED, 403, user, "pw")
            self.assertIn("amq.topic", close.reply_text)
            # The body that follows is dropped by the closing channel; the connection lives.
            peer.send_body(1, b"x" * 1000)
            peer.send_method(1, spec.Channel.CloseOk())
            peer.open_channel(2)
        finally:
            peer.close()

    def test_publish_to_a_missing_exchange_is_refused_at_the_method(self):
        if not hostile.is_warren():
            self.skipTest("RabbitMQ assembles the whole message before it checks")
        peer = hostile.RawAmqp()
        try:
            self.refused_at_header(peer, hostile.unique("nowhere"), ANNOUNCED, 404)
        finally:
            peer.close()

    def test_a_header_above_the_max_message_size_is_refused(self):
        if not hostile.is_warren():
            # RabbitMQ 3.10 does not answer until the body has arrived.
            self.skipTest("RabbitMQ checks the size after the body")
        peer = hostile.RawAmqp()
        try:
            close = self.refused_at_header(peer, "", ANNOUNCED + 1, 406)
            self.assertIn("max size", close.reply_text)
        finally:
            peer.close()

    def test_bodies_trickled_on_many_channels_are_bounded_per_connection(self):
        if not hostile.is_warren():
            self.skipTest("max_partial_body_bytes is Warren's")
        queue = hostile.unique("partial")
        setup = hostile.connect()
        setup.channel().queue_declare(queue, auto_delete=False)
        peer = hostile.RawAmqp()
        with hostile.Bystander(self):
            try:
                tune = peer.login()
                piece = b"x" * (tune.frame_max - 8)
                for channel in range(1, 20):
                    # Nothing is awaited: the answer may be the connection's close.
                    peer.send_method(channel, spec.Channel.Open())
                    peer.send_method(channel, spec.Basic.Publish(exchange="", routing_key=queue))
                    peer.send_header(channel, 800 * 1024)
                    try:
                        for _ in range(5):  # most of the body, never all of it
                            peer.send_body(channel, piece)
                    except OSError:
                        break
                closed = read_until_close(peer, 0)
                self.assertIsInstance(closed, spec.Connection.Close)
                self.assertEqual(closed.reply_code, 530)
                self.assertIn("max_partial_body_bytes", closed.reply_text)
            finally:
                peer.close()
        # A whole message of the same size still goes through on its own.
        channel = setup.channel()
        channel.basic_publish("", queue, b"y" * (800 * 1024))
        _method, _props, body = channel.basic_get(queue, auto_ack=True)
        self.assertEqual(len(body), 800 * 1024)
        channel.queue_delete(queue)
        setup.close()


if __name__ == "__main__":
    unittest.main()
