"""Connection-level behaviour: protocol header, auth, vhost, tuning, frames.

Protocol details pika hides (or would refuse to do wrong) are checked with
harness.RawAmqp, a bare socket speaking frames.
"""

import socket
import struct
import time
import unittest

import pika
from pika import spec
from pika.exceptions import ProbableAccessDeniedError, ProbableAuthenticationError

import harness
from harness import BrokerTestCase, RawAmqp, connect, setUpModule, tearDownModule  # noqa: F401

AMQP_0_9_1_HEADER = b"AMQP\x00\x00\x09\x01"


class ProtocolHeaderTest(unittest.TestCase):

    def _reply_to_header(self, header):
        """Send `header`, return everything the broker sends until it closes."""
        b = harness.broker()
        with socket.create_connection((b.host, b.port), timeout=harness.WAIT_TIMEOUT) as s:
            s.sendall(header)
            received = b""
            while True:
                try:
                    data = s.recv(4096)
                except ConnectionResetError:  # RabbitMQ resets after writing
                    break
                if not data:
                    break
                received += data
            return received

    def test_wrong_protocol_headers_get_0_9_1_header_then_close(self):
        # Spec 4.2.2: reply with the supported header and close the socket.
        for header in (b"AMQP\x01\x01\x00\x0a",   # AMQP 1.0
                       b"AMQP\x00\x00\x08\x00",   # 0-8
                       b"AMQP\x00\x00\x09\x00",   # 0-9
                       b"GET / HTTP/1.1\r\n\r\n"):
            with self.subTest(header=header):
                self.assertEqual(self._reply_to_header(header), AMQP_0_9_1_HEADER)


class HandshakeTest(unittest.TestCase):

    def setUp(self):
        self.raw = RawAmqp()
        self.addCleanup(self.raw.close)

    def start(self):
        self.raw.send(AMQP_0_9_1_HEADER)
        return self.raw.expect_method(spec.Connection.Start)

    def test_start_announces_0_9_and_plain(self):
        start = self.start()
        self.assertEqual((start.version_major, start.version_minor), (0, 9))
        self.assertIn(b"PLAIN", start.mechanisms.split())
        self.assertIn(b"AMQPLAIN", start.mechanisms.split())
        self.assertIn(b"en_US", start.locales.split())

    def test_server_capabilities(self):
        caps = self.start().server_properties["capabilities"]
        for cap in ("publisher_confirms", "exchange_exchange_bindings", "basic.nack",
                    "consumer_cancel_notify", "connection.blocked",
                    "authentication_failure_close", "per_consumer_qos",
                    "consumer_priorities"):
            with self.subTest(capability=cap):
                self.assertIs(caps.get(cap), True)

    def test_tune_proposes_rabbitmq_defaults(self):
        self.start()
        self.raw.send_method(0, spec.Connection.StartOk(
            client_properties={}, mechanism="PLAIN", response="\0guest\0guest"))
        tune = self.raw.expect_method(spec.Connection.Tune)
        self.assertEqual((tune.channel_max, tune.frame_max, tune.heartbeat), (2047, 131072, 60))

    def _start_ok_wrong_password(self, client_properties):
        self.start()
        self.raw.send_method(0, spec.Connection.StartOk(
            client_properties=client_properties, mechanism="PLAIN",
            response="\0guest\0wrong-password"))

    def test_bad_password_with_auth_failure_close_capability_gets_403(self):
        self._start_ok_wrong_password({"capabilities": {"authentication_failure_close": True}})
        close = self.raw.expect_method(spec.Connection.Close)
        self.assertEqual(close.reply_code, 403)
        self.assertTrue(close.reply_text.startswith(
            "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN"),
            close.reply_text)

    def test_bad_password_without_capability_just_closes_socket(self):
        # Old clients could not handle connection.close during the handshake.
        self._start_ok_wrong_password({})
        self.assertIsNone(self.raw.read_frame())

    def test_unknown_vhost_gets_530(self):
        self.start()
        self.raw.send_method(0, spec.Connection.StartOk(
            client_properties={}, mechanism="PLAIN", response="\0guest\0guest"))
        tune = self.raw.expect_method(spec.Connection.Tune)
        self.raw.send_method(0, spec.Connection.TuneOk(tune.channel_max, tune.frame_max, 0))
        self.raw.send_method(0, spec.Connection.Open("no-such-vhost"))
        close = self.raw.expect_method(spec.Connection.Close)
        self.assertEqual(close.reply_code, 530)
        self.assertEqual(close.reply_text, "NOT_ALLOWED - vhost no-such-vhost not found")


class PikaConnectTest(unittest.TestCase):

    def test_bad_credentials_raise_authentication_error(self):
        with self.assertRaises(ProbableAuthenticationError) as cm:
            connect(credentials=pika.PlainCredentials("guest", "wrong-password"))
        self.assertIn("ACCESS_REFUSED", str(cm.exception))

    def test_unknown_user_raises_authentication_error(self):
        with self.assertRaises(ProbableAuthenticationError):
            connect(credentials=pika.PlainCredentials("nobody", "guest"))

    def test_unknown_vhost_raises_access_denied(self):
        with self.assertRaises(ProbableAccessDeniedError) as cm:
            connect(virtual_host="no-such-vhost")
        self.assertIn("530", str(cm.exception))

    def test_server_properties_seen_by_pika(self):
        conn = connect()
        try:
            caps = conn._impl.server_capabilities  # what pika feature-gates on
            self.assertTrue(caps["publisher_confirms"])
            self.assertTrue(caps["basic.nack"])
        finally:
            conn.close()


class UpdateSecretTest(unittest.TestCase):
    """connection.update-secret (10/70), which pika >= 1.3 sends as
    Connection.update_secret() to refresh expiring credentials such as OAuth tokens; pika 1.2
    does not know the method, so the frames are built here."""

    UPDATE_SECRET_OK = struct.pack(">HH", 10, 71)

    def setUp(self):
        self.raw = RawAmqp()
        self.addCleanup(self.raw.close)
        self.raw.handshake()
        self.raw.open_channel(1)

    def update_secret(self, secret, reason):
        payload = (struct.pack(">HHL", 10, 70, len(secret)) + secret
                   + struct.pack(">B", len(reason)) + reason)
        self.raw.send(struct.pack(">BHL", 1, 0, len(payload)) + payload + b"\xce")

    def test_any_secret_is_accepted_for_an_internal_user(self):
        # RabbitMQ hands the secret only to backends whose state can expire; the internal one
        # cannot, so it answers update-secret-ok even to a secret that is not the password.
        for secret in (b"guest", b"not-the-password"):
            with self.subTest(secret=secret):
                self.update_secret(secret, b"token refresh")
                self.assertEqual(self.raw.read_raw_frame(), (1, 0, self.UPDATE_SECRET_OK))

    def test_connection_stays_usable_after_update_secret(self):
        self.update_secret(b"not-the-password", b"token refresh")
        self.assertEqual(self.raw.read_raw_frame(), (1, 0, self.UPDATE_SECRET_OK))
        self.raw.send_method(1, spec.Queue.Declare(queue="", exclusive=True))
        self.assertTrue(self.raw.expect_method(spec.Queue.DeclareOk).queue)


class HeartbeatTest(BrokerTestCase):

    def test_idle_connection_survives_several_heartbeat_intervals(self):
        # pika closes the connection itself if the broker stops sending
        # heartbeats, and the broker closes it if pika's are not accepted.
        conn = self.new_connection(heartbeat=1)
        self.assertEqual(conn._impl.params.heartbeat, 1)
        deadline = time.monotonic() + 3.5
        while time.monotonic() < deadline:
            conn.process_data_events(time_limit=0.1)
        self.assertTrue(conn.is_open)
        ch = conn.channel()
        self.assertEqual(ch.queue_declare("", exclusive=True).method.message_count, 0)

    def test_silent_client_gets_heartbeats_then_is_disconnected(self):
        raw = RawAmqp(timeout=10)
        self.addCleanup(raw.close)
        raw.handshake(heartbeat=1)
        heartbeats = 0
        started = time.monotonic()
        while True:
            frame = raw.read_raw_frame()
            if frame is None:
                break
            ftype, channel, payload = frame
            self.assertEqual((ftype, channel, payload), (spec.FRAME_HEARTBEAT, 0, b""))
            heartbeats += 1
        self.assertGreaterEqual(heartbeats, 1)
        # RabbitMQ gives up after two missed client heartbeats (~2-3 s).
        self.assertLess(time.monotonic() - started, 8)


class TuningTest(BrokerTestCase):

    def test_channel_max_is_the_client_lower_value(self):
        conn = self.new_connection(channel_max=5)
        self.assertEqual(conn._impl.params.channel_max, 5)
        channels = [conn.channel() for _ in range(5)]
        self.assertEqual(sorted(c.channel_number for c in channels), [1, 2, 3, 4, 5])

    def test_opening_more_channels_than_channel_max_is_530(self):
        raw = self.raw_connection(open_channel=False, channel_max=3)
        for n in (1, 2, 3):
            raw.send_method(n, spec.Channel.Open())
            raw.expect_method(spec.Channel.OpenOk)
        raw.send_method(4, spec.Channel.Open())
        close = raw.expect_method(spec.Connection.Close)
        self.assertEqual(close.reply_code, 530)
        self.assertEqual(close.reply_text, "NOT_ALLOWED - number of channels opened (3) "
                                           "has reached the negotiated channel_max (3)")

    def test_frame_max_is_the_client_lower_value(self):
        conn = self.new_connection(frame_max=4096)
        self.assertEqual(conn._impl.params.frame_max, 4096)

    def test_deliveries_are_split_to_fit_frame_max(self):
        q = self.declare_queue()
        body = bytes(range(256)) * 80  # 20480 octets
        raw = self.raw_connection(frame_max=4096)
        raw.send_message(1, spec.Basic.Publish(exchange="", routing_key=q), body, 4096)
        raw.get(q)
        ftype, _chan, header = raw.read_raw_frame()
        self.assertEqual(ftype, spec.FRAME_HEADER)
        received = b""
        while len(received) < len(body):
            ftype, _chan, payload = raw.read_raw_frame()
            self.assertEqual(ftype, spec.FRAME_BODY)
            self.assertLessEqual(len(payload) + 8, 4096)
            received += payload
        self.assertEqual(received, body)

    def test_frame_larger_than_frame_max_is_501(self):
        raw = self.raw_connection(frame_max=4096)
        # One 5000-octet body frame although 4096 was negotiated.
        raw.send_message(1, spec.Basic.Publish(exchange="", routing_key="x"),
                         b"x" * 5000, frame_max=5008)
        close = raw.expect_method(spec.Connection.Close)
        self.assertEqual(close.reply_code, 501)
        self.assertTrue(close.reply_text.startswith("FRAME_ERROR"), close.reply_text)


class ChannelTest(BrokerTestCase):

    def test_many_channels_on_one_connection(self):
        q = self.declare_queue()
        channels = [self.conn.channel() for _ in range(100)]
        for i, ch in enumerate(channels):
            ch.basic_publish("", q, b"%d" % i)
        self.wait_message_count(q, 100)
        for ch in channels:
            self.assertTrue(ch.is_open)
            ch.close()

    def test_reopening_an_open_channel_is_504(self):
        raw = self.raw_connection()
        raw.send_method(1, spec.Channel.Open())
        close = raw.expect_method(spec.Connection.Close)
        self.assertEqual(close.reply_code, 504)
        self.assertEqual(close.reply_text, "CHANNEL_ERROR - second 'channel.open' seen")

    def test_method_on_unopened_channel_is_504(self):
        raw = self.raw_connection(open_channel=False)
        raw.send_method(1, spec.Queue.Declare(queue=""))
        close = raw.expect_method(spec.Connection.Close)
        self.assertEqual(close.reply_code, 504)
        self.assertEqual(close.reply_text, "CHANNEL_ERROR - expected 'channel.open'")

    def test_connection_close_handshake(self):
        raw = self.raw_connection(open_channel=False)
        raw.send_method(0, spec.Connection.Close(200, "bye", 0, 0))
        # The client, not the broker, closes the socket after close-ok.
        raw.expect_method(spec.Connection.CloseOk)


class LargeMessageTest(BrokerTestCase):

    def _round_trip(self, conn, size):
        ch = conn.channel()
        q = self.declare_queue(ch=ch)
        body = bytes(i % 251 for i in range(size))
        ch.confirm_delivery()
        ch.basic_publish("", q, body)
        _method, _props, received = ch.basic_get(q, auto_ack=True)
        self.assertEqual(len(received), size)
        self.assertEqual(received, body)

    def test_one_mebibyte_message_default_frame_max(self):
        self._round_trip(self.conn, 1 << 20)

    def test_one_mebibyte_message_small_frame_max(self):
        self._round_trip(self.new_connection(frame_max=4096), 1 << 20)

    def test_empty_body(self):
        self._round_trip(self.conn, 0)


if __name__ == "__main__":
    unittest.main()
