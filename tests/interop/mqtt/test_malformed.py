"""Malformed packets close the offending connection (5.0: DISCONNECT with the reason first)
and disturb no other client."""

import unittest

from harness import (V311, V5, BrokerTest, RawClient, TARGET, connect_packet, publish_packet,
                     remaining_length, string, warren_only)


class MalformedTest(BrokerTest):
    broker_config = {"mqtt_max_packet_size": 65536}

    def setUp(self):
        super().setUp()
        # A bystander that must not notice anything.
        self.bystander = self.connected("bystander-" + self.id().rsplit(".", 1)[-1],
                                        version=V311)
        self.bystander.subscribe(self.topic(), 1)

    def tearDown(self):
        self.bystander.publish(self.topic(), b"still fine", 1)
        self.assertEqual(self.bystander.expect()[0].payload, b"still fine")
        super().tearDown()

    def connected_raw(self, version=4, name="raw"):
        raw = RawClient(self.broker)
        raw.send(connect_packet(name + "-" + self.id().rsplit(".", 1)[-1], version=version))
        first, body = raw.read_packet()
        self.assertEqual((first, body[1]), (0x20, 0))
        return raw

    def assert_disconnected(self, raw, reason=None):
        """5.0: a DISCONNECT with `reason` comes before the close."""
        if reason is not None:
            packet = raw.read_packet()
            self.assertIsNotNone(packet, "closed without DISCONNECT")
            self.assertEqual(packet[0], 0xE0)
            self.assertEqual(packet[1][0], reason)
        self.assertTrue(raw.closed_by_broker())

    def test_a_remaining_length_of_five_bytes(self):
        raw = self.connected_raw()
        raw.send(b"\x30\xff\xff\xff\xff\x01")
        self.assert_disconnected(raw)

    def test_reserved_flags_set(self):
        raw = self.connected_raw()
        body = b"\x00\x01" + string("a") + b"\x00"
        raw.send(b"\x80" + remaining_length(len(body)) + body)  # SUBSCRIBE must have 0b0010
        self.assert_disconnected(raw)

    def test_subscribe_with_wrong_reserved_flags(self):
        raw = self.connected_raw(version=5)
        body = b"\x00\x01\x00" + string("a") + b"\x00"
        raw.send(b"\x80" + remaining_length(len(body)) + body)
        self.assert_disconnected(raw, 0x81)

    def test_invalid_utf8_in_a_topic(self):
        raw = self.connected_raw()
        raw.send(publish_packet(b"bad\xff\xfe", b"x"))
        self.assert_disconnected(raw)

    def test_a_nul_character_in_a_topic(self):
        raw = self.connected_raw(version=5)
        raw.send(publish_packet(b"a\x00b", b"x", version=5))
        self.assert_disconnected(raw, 0x81)

    def test_a_wildcard_in_a_publish_topic(self):
        raw = self.connected_raw()
        raw.send(publish_packet("a/+/c", b"x"))
        self.assert_disconnected(raw)

    def test_a_wildcard_in_a_publish_topic_in_5_0(self):
        raw = self.connected_raw(version=5)
        raw.send(publish_packet("a/#", b"x", version=5))
        self.assert_disconnected(raw, 0x82)

    def test_qos_3(self):
        raw = self.connected_raw()
        raw.send(b"\x36" + publish_packet("a", b"x")[1:])
        self.assert_disconnected(raw)

    @warren_only  # Mosquitto waits longer than this test does
    def test_a_truncated_connect_then_silence_is_dropped(self):
        raw = RawClient(self.broker)
        raw.send(b"\x10\x0c\x00\x04MQ")
        self.assertTrue(raw.closed_by_broker(timeout=15))

    @warren_only
    def test_an_oversize_packet_is_refused_before_its_body_arrives(self):
        raw = self.connected_raw(version=5)
        raw.send(b"\x30" + remaining_length(1 << 20) + string("big"))
        self.assert_disconnected(raw, 0x95)  # packet too large

    def test_garbage_instead_of_connect(self):
        raw = RawClient(self.broker)
        raw.send(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertTrue(raw.closed_by_broker())


if __name__ == "__main__":
    unittest.main()
