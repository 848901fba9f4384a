"""Shared plumbing for the pika interop suites.

Every test module does

    from harness import BrokerTestCase, setUpModule, tearDownModule

so that each module (= one ctest test) gets its own broker, started once for
the module.  Tests isolate themselves with unique resource names instead of
restarting the broker.

Run with Debian's interpreter, which has python3-pika:
    /usr/bin/python3 -m unittest discover -s tests/interop/pika -v
"""

import contextlib
import os
import socket
import struct
import sys
import time
import unittest
import uuid

import pika  # imported before touching sys.path: ../ has a 'pika' test dir
from pika import spec
from pika.exceptions import ChannelClosedByBroker, ConnectionClosedByBroker

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

# Generous upper bound for "eventually" conditions; tests poll and return as
# soon as the condition holds, so this only matters when something is broken.
WAIT_TIMEOUT = 5.0

_broker = None


def setUpModule():
    global _broker
    _broker = broker_under_test.start()


def tearDownModule():
    global _broker
    if _broker is not None:
        _broker.stop()
        _broker = None


def broker():
    assert _broker is not None, "setUpModule was not run"
    return _broker


def connection_parameters(**overrides):
    b = broker()
    kw = dict(host=b.host, port=b.port, connection_attempts=1,
              blocked_connection_timeout=None, socket_timeout=5)
    kw.update(overrides)
    return pika.ConnectionParameters(**kw)


def connect(**overrides):
    return pika.BlockingConnection(connection_parameters(**overrides))


def unique(prefix="t"):
    """A resource name no other test (or earlier run) uses."""
    return "%s-%s" % (prefix, uuid.uuid4().hex[:12])


class BrokerTestCase(unittest.TestCase):
    """Gives each test a connection `self.conn` and channel `self.ch`."""

    def setUp(self):
        self.conn = connect()
        self.addCleanup(self._close_quietly, self.conn)
        self.ch = self.conn.channel()

    # -- connections and channels -------------------------------------------

    @staticmethod
    def _close_quietly(conn):
        if conn.is_open:
            try:
                conn.close()
            except Exception:  # already closing because a test broke it
                pass

    def new_connection(self, **overrides):
        conn = connect(**overrides)
        self.addCleanup(self._close_quietly, conn)
        return conn

    def new_channel(self):
        """A fresh channel on self.conn (e.g. after the broker closed self.ch)."""
        return self.conn.channel()

    def raw_connection(self, open_channel=True, **handshake):
        """A RawAmqp peer, handshaken and with channel 1 open by default."""
        raw = RawAmqp()
        self.addCleanup(raw.close)
        raw.handshake(**handshake)
        if open_channel:
            raw.open_channel(1)
        return raw

    # -- resources -----------------------------------------------------------

    def declare_queue(self, name=None, ch=None, **kw):
        """Declare a queue (unique name unless given) and delete it afterwards."""
        ch = ch or self.ch
        name = unique("q") if name is None else name
        q = ch.queue_declare(name, **kw).method.queue
        self.addCleanup(self._delete_queue, q)
        return q

    def declare_exchange(self, exchange_type="direct", name=None, ch=None, **kw):
        ch = ch or self.ch
        name = name or unique("x-" + exchange_type)
        ch.exchange_declare(name, exchange_type, **kw)
        self.addCleanup(self._delete_exchange, name)
        return name

    def _delete_queue(self, name):
        if not self.conn.is_open:
            return
        ch = self.conn.channel()
        ch.queue_delete(name)
        ch.close()

    def _delete_exchange(self, name):
        if not self.conn.is_open:
            return
        ch = self.conn.channel()
        ch.exchange_delete(name)
        ch.close()

    # -- waiting ------------------------------------------------------------

    def wait_until(self, predicate, timeout=WAIT_TIMEOUT, conn=None, what="condition"):
        """Pump I/O on `conn` until predicate() is true (no fixed sleeps)."""
        conn = conn or self.conn
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                self.fail("timed out waiting for " + what)
            conn.process_data_events(time_limit=0.02)

    def message_count(self, queue, ch=None):
        """Ready (not unacked) messages in `queue`, via passive declare."""
        ch = ch or self.ch
        return ch.queue_declare(queue, passive=True).method.message_count

    def wait_message_count(self, queue, expected, timeout=WAIT_TIMEOUT):
        """Poll until the queue holds `expected` ready messages.

        Needed where the broker acts asynchronously (expiry, dead-lettering).
        """
        deadline = time.monotonic() + timeout
        ch = self.conn.channel()
        try:
            while True:
                n = self.message_count(queue, ch)
                if n == expected:
                    return
                if time.monotonic() > deadline:
                    self.fail("queue %s has %d messages, expected %d" % (queue, n, expected))
                self.conn.process_data_events(time_limit=0.02)
        finally:
            ch.close()

    def get_message(self, queue, ch=None, auto_ack=True, timeout=WAIT_TIMEOUT):
        """basic.get, retrying until a message shows up (for async routing)."""
        ch = ch or self.ch
        deadline = time.monotonic() + timeout
        while True:
            method, props, body = ch.basic_get(queue, auto_ack=auto_ack)
            if method is not None:
                return method, props, body
            if time.monotonic() > deadline:
                self.fail("no message arrived on " + queue)
            self.conn.process_data_events(time_limit=0.02)

    def drain_bodies(self, queue, ch=None):
        """basic.get with auto-ack until get-empty; returns the bodies in order."""
        ch = ch or self.ch
        bodies = []
        while True:
            method, _props, body = ch.basic_get(queue, auto_ack=True)
            if method is None:
                return bodies
            bodies.append(body)

    def publish_confirmed(self, exchange, routing_key, bodies, properties=None):
        """Publish on a fresh confirm channel: once this returns, the broker
        has routed and enqueued every message."""
        ch = self.conn.channel()
        ch.confirm_delivery()
        for body in bodies:
            ch.basic_publish(exchange, routing_key, body, properties)
        ch.close()

    # -- broker errors -------------------------------------------------------

    @contextlib.contextmanager
    def assertChannelClosed(self, code, *text_parts):
        """The block must make the broker close the channel with `code`.

        Asynchronous commands (basic.publish, basic.ack) only fail on the next
        synchronous call, so blocks should end with one.
        """
        with self.assertRaises(ChannelClosedByBroker) as cm:
            yield cm
        self.assertEqual(cm.exception.reply_code, code, cm.exception.reply_text)
        for part in text_parts:
            self.assertIn(part, cm.exception.reply_text)

    @contextlib.contextmanager
    def assertConnectionClosed(self, code, *text_parts):
        with self.assertRaises(ConnectionClosedByBroker) as cm:
            yield cm
        self.assertEqual(cm.exception.reply_code, code, cm.exception.reply_text)
        for part in text_parts:
            self.assertIn(part, cm.exception.reply_text)


class Deliveries:
    """Collects basic.deliver callbacks of a BlockingChannel consumer."""

    def __init__(self):
        self.items = []  # (method, properties, body)

    def __call__(self, ch, method, properties, body):
        self.items.append((method, properties, body))

    def __len__(self):
        return len(self.items)

    @property
    def bodies(self):
        return [b for _m, _p, b in self.items]


# ---------------------------------------------------------------------------
# A bare-socket AMQP peer, for protocol-level checks pika would hide or refuse
# to do (wrong headers, silent heartbeats, frame sizes).  It reuses pika's
# frame codec so it stays small.

class RawAmqp:
    def __init__(self, timeout=WAIT_TIMEOUT):
        b = broker()
        self.sock = socket.create_connection((b.host, b.port), timeout=timeout)
        self.buf = b""

    def close(self):
        self.sock.close()

    def send(self, data):
        self.sock.sendall(data)

    def send_method(self, channel, method):
        self.send(pika.frame.Method(channel, method).marshal())

    def send_message(self, channel, method, body, frame_max, properties=None):
        """basic.publish + content header + body split to fit frame_max."""
        properties = properties or spec.BasicProperties()
        self.send_method(channel, method)
        self.send(pika.frame.Header(channel, len(body), properties).marshal())
        chunk = frame_max - 8  # frame overhead: 7 header octets + frame-end
        for i in range(0, len(body), chunk):
            self.send(pika.frame.Body(channel, body[i:i + chunk]).marshal())

    def _recv(self):
        """Next bytes from the socket; b"" once the peer closed or reset it.

        RabbitMQ often resets rather than half-closes after a fatal error.
        """
        try:
            return self.sock.recv(65536)
        except ConnectionResetError:
            return b""

    def read_raw_frame(self):
        """(frame_type, channel, payload) of the next frame; None on EOF."""
        while True:
            if len(self.buf) >= 7:
                ftype, chan, size = struct.unpack(">BHL", self.buf[:7])
                if len(self.buf) >= size + 8:
                    payload = self.buf[7:7 + size]
                    assert self.buf[7 + size] == spec.FRAME_END, "bad frame-end"
                    self.buf = self.buf[size + 8:]
                    return ftype, chan, payload
            data = self._recv()
            if not data:
                return None
            self.buf += data

    def read_frame(self):
        """Next decoded pika frame (or ProtocolHeader); None on EOF."""
        while True:
            consumed, frame = pika.frame.decode_frame(self.buf)
            if frame is not None:
                self.buf = self.buf[consumed:]
                return frame
            data = self._recv()
            if not data:
                return None
            self.buf += data

    def expect_method(self, method_class):
        frame = self.read_frame()
        if not (isinstance(frame, pika.frame.Method) and isinstance(frame.method, method_class)):
            raise AssertionError("expected %s, got %r" % (method_class.__name__, frame))
        return frame.method

    def handshake(self, channel_max=None, frame_max=None, heartbeat=0, vhost="/",
                  client_properties=None):
        """Run the connection handshake; returns (Connection.Start, Connection.Tune).

        channel_max and frame_max default to the server's proposal: RabbitMQ
        refuses 0 ("no limit") for either by dropping the connection. client_properties
        replace the default ones, e.g. to announce capabilities.
        """
        self.send(b"AMQP\x00\x00\x09\x01")
        start = self.expect_method(spec.Connection.Start)
        self.send_method(0, spec.Connection.StartOk(
            client_properties=client_properties or {"product": "warren-interop-raw"},
            mechanism="PLAIN", response="\0guest\0guest", locale="en_US"))
        tune = self.expect_method(spec.Connection.Tune)
        if channel_max is None:
            channel_max = tune.channel_max
        if frame_max is None:
            frame_max = tune.frame_max
        self.send_method(0, spec.Connection.TuneOk(channel_max, frame_max, heartbeat))
        self.send_method(0, spec.Connection.Open(vhost))
        self.expect_method(spec.Connection.OpenOk)
        return start, tune

    def open_channel(self, channel=1):
        self.send_method(channel, spec.Channel.Open())
        self.expect_method(spec.Channel.OpenOk)

    def get(self, queue, channel=1, timeout=WAIT_TIMEOUT):
        """basic.get (no-ack) until a message is there; returns the GetOk.

        The content frames follow; read them with read_raw_frame().
        """
        deadline = time.monotonic() + timeout
        while True:
            self.send_method(channel, spec.Basic.Get(queue=queue, no_ack=True))
            frame = self.read_frame()
            if isinstance(frame, pika.frame.Method) and isinstance(frame.method, spec.Basic.GetOk):
                return frame.method
            if not (isinstance(frame, pika.frame.Method)
                    and isinstance(frame.method, spec.Basic.GetEmpty)):
                raise AssertionError("expected Basic.GetOk, got %r" % (frame,))
            if time.monotonic() > deadline:
                raise AssertionError("no message arrived on " + queue)
            time.sleep(0.01)
