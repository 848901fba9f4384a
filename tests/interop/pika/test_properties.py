"""Message properties and header tables round-trip unchanged.

pika 1.2 cannot encode floats and decodes 'f'/'d' as ints and 'l' as
unsigned, so value types pika mishandles are checked at the byte level with
RawAmqp: RabbitMQ passes an unmodified content header through octet for octet.
"""

import datetime
import decimal
import struct
import unittest

import pika
from pika import spec

from harness import BrokerTestCase, Deliveries, setUpModule, tearDownModule  # noqa: F401

ALL_PROPERTIES = dict(
    content_type="application/json",
    content_encoding="gzip",
    delivery_mode=2,
    priority=7,
    correlation_id="corr-42",
    reply_to="reply-queue",
    expiration="60000",
    message_id="msg-42",
    timestamp=1700000000,
    type="order.created",
    user_id="guest",  # must equal the authenticated user
    app_id="interop-tests",
    cluster_id="cluster-x",
)

HEADERS = {
    "str": "hello",
    "unicode": "h\u00e9llo \u2603",
    "long-str": "x" * 1000,
    "empty-str": "",
    "int": 42,
    "negative": -7,
    "int64": 2 ** 40,
    "true": True,
    "false": False,
    "bytes": b"\x00\x01\xffraw",
    "decimal": decimal.Decimal("3.14"),
    "timestamp": datetime.datetime(2023, 11, 14, 22, 13, 20),
    "void": None,
    "array": [1, "two", True, [3, 4], {"five": 5}],
    "empty-array": [],
    "table": {"nested": {"deeper": {"deepest": "yes"}}, "n": 1},
    "empty-table": {},
}


def short_str(s):
    return bytes([len(s)]) + s


def field(name, tag, payload):
    return short_str(name) + tag + payload


# One field of every type RabbitMQ's table codec knows, encoded by hand.
RAW_TABLE = b"".join([
    field(b"bool", b"t", b"\x01"),
    field(b"i8", b"b", struct.pack(">b", -5)),
    field(b"u8", b"B", struct.pack(">B", 200)),
    field(b"i16", b"s", struct.pack(">h", -300)),
    field(b"u16", b"u", struct.pack(">H", 60000)),
    field(b"i32", b"I", struct.pack(">i", -70000)),
    field(b"u32", b"i", struct.pack(">I", 4000000000)),
    field(b"i64", b"l", struct.pack(">q", -2 ** 40)),
    field(b"f32", b"f", struct.pack(">f", 1.5)),
    field(b"f64", b"d", struct.pack(">d", -2.25)),
    field(b"dec", b"D", struct.pack(">Bi", 2, 314)),
    field(b"str", b"S", struct.pack(">I", 5) + b"hello"),
    field(b"bin", b"x", struct.pack(">I", 3) + b"\x00\x01\x02"),
    field(b"ts", b"T", struct.pack(">Q", 1700000000)),
    field(b"void", b"V", b""),
    field(b"arr", b"A", struct.pack(">I", 21) + b"I" + struct.pack(">i", 1)
          + b"d" + struct.pack(">d", 0.5) + b"t\x00" + b"S" + struct.pack(">I", 0)),
    field(b"tbl", b"F", struct.pack(">I", 4) + short_str(b"k") + b"t\x01"),
])


class PikaRoundTripTest(BrokerTestCase):

    def round_trip(self, properties, via_consumer=False):
        q = self.declare_queue()
        self.publish_confirmed("", q, [b"body"], properties)
        if via_consumer:
            got = Deliveries()
            self.ch.basic_consume(q, got, auto_ack=True)
            self.wait_until(lambda: len(got) == 1)
            return got.items[0][1]
        return self.get_message(q)[1]

    def test_all_basic_properties_round_trip(self):
        props = self.round_trip(pika.BasicProperties(**ALL_PROPERTIES))
        for name, value in ALL_PROPERTIES.items():
            with self.subTest(property=name):
                self.assertEqual(getattr(props, name), value)

    def test_all_basic_properties_round_trip_to_consumer(self):
        props = self.round_trip(pika.BasicProperties(**ALL_PROPERTIES), via_consumer=True)
        for name, value in ALL_PROPERTIES.items():
            with self.subTest(property=name):
                self.assertEqual(getattr(props, name), value)

    def test_no_properties_stay_absent(self):
        props = self.round_trip(None)
        for name in ALL_PROPERTIES:
            with self.subTest(property=name):
                self.assertIsNone(getattr(props, name))
        self.assertIsNone(props.headers)

    def test_header_values_round_trip(self):
        headers = self.round_trip(pika.BasicProperties(headers=HEADERS)).headers
        self.assertEqual(set(headers), set(HEADERS))
        for name, value in HEADERS.items():
            with self.subTest(header=name):
                self.assertEqual(headers[name], value)
                self.assertIsInstance(headers[name], type(value))

    def test_empty_headers_table(self):
        self.assertEqual(self.round_trip(pika.BasicProperties(headers={})).headers, {})

    def test_user_id_must_match_authenticated_user(self):
        q = self.declare_queue()
        with self.assertChannelClosed(406) as cm:
            self.ch.basic_publish("", q, b"m", pika.BasicProperties(user_id="mallory"))
            self.ch.queue_declare(q, passive=True)
        self.assertEqual(cm.exception.reply_text,
                         "PRECONDITION_FAILED - user_id property set to 'mallory' but "
                         "authenticated user was 'guest'")


class RawPassThroughTest(BrokerTestCase):

    def deliver_raw(self, property_flags, property_bytes, body=b"abc"):
        """Publish a hand-made content header; return the delivered one's property bytes."""
        q = self.declare_queue()
        raw = self.raw_connection()
        raw.send_method(1, spec.Basic.Publish(exchange="", routing_key=q))
        header = struct.pack(">HHQH", 60, 0, len(body), property_flags) + property_bytes
        raw.send(struct.pack(">BHI", spec.FRAME_HEADER, 1, len(header)) + header + b"\xce")
        raw.send(struct.pack(">BHI", spec.FRAME_BODY, 1, len(body)) + body + b"\xce")
        raw.get(q)
        ftype, _chan, payload = raw.read_raw_frame()
        self.assertEqual(ftype, spec.FRAME_HEADER)
        class_id, _weight, size, flags = struct.unpack(">HHQH", payload[:14])
        self.assertEqual((class_id, size), (60, len(body)))
        ftype, _chan, got_body = raw.read_raw_frame()
        self.assertEqual(got_body, body)
        return flags, payload[14:]

    def test_every_field_type_passes_through_octet_for_octet(self):
        headers_flag = 0x2000
        table = struct.pack(">I", len(RAW_TABLE)) + RAW_TABLE
        self.assertEqual(self.deliver_raw(headers_flag, table), (headers_flag, table))


if __name__ == "__main__":
    unittest.main()
