"""The STOMP suites' broker and clients.

The broker under test is Warren with a STOMP listener (WARREN_INTEROP_TARGET=warren, the
default), or Debian's RabbitMQ 3.10 with its STOMP plugin (WARREN_INTEROP_TARGET=rabbitmq) to
check that the suites say what RabbitMQ does: Warren answers as RabbitMQ's STOMP plugin, word
for word, except that it closes the connection after every ERROR, as the STOMP specification
says (RabbitMQ keeps some open); tests of that say so with `closes_after_error`.

Clients are the real ones: stomp.py (Debian's python3-stomp, under /usr/bin/python3), pika and
paho-mqtt for the other protocols, and a raw socket for exact bytes and bytes no client sends.
"""

import base64
import hashlib
import os
import socket
import sys
import threading
import time
import unittest
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import broker_under_test  # noqa: E402

import pika  # noqa: E402
import stomp  # noqa: E402

HOST = "127.0.0.1"
TARGET = broker_under_test.target()
TIMEOUT = 10.0
warnings.simplefilter("ignore", ResourceWarning)

warren_only = unittest.skipUnless(TARGET == "warren", "a Warren behaviour")


class Recorder(stomp.ConnectionListener):
    """Every frame the client receives, in order, with waits on them."""

    def __init__(self):
        self.cond = threading.Condition()
        self.messages = []
        self.errors = []
        self.receipts = []
        self.heartbeats = 0
        self.disconnected = False

    def on_message(self, frame):
        with self.cond:
            self.messages.append(frame)
            self.cond.notify_all()

    def on_error(self, frame):
        with self.cond:
            self.errors.append(frame)
            self.cond.notify_all()

    def on_receipt(self, frame):
        with self.cond:
            self.receipts.append(frame.headers["receipt-id"])
            self.cond.notify_all()

    def on_heartbeat(self):
        with self.cond:
            self.heartbeats += 1
            self.cond.notify_all()

    def on_disconnected(self):
        with self.cond:
            self.disconnected = True
            self.cond.notify_all()

    def wait(self, predicate, timeout=TIMEOUT):
        with self.cond:
            if not self.cond.wait_for(predicate, timeout):
                raise AssertionError("timed out waiting; messages=%r errors=%r receipts=%r" % (
                    [(m.headers, m.body) for m in self.messages],
                    [(e.headers, e.body) for e in self.errors], self.receipts))

    def wait_messages(self, count, timeout=TIMEOUT):
        self.wait(lambda: len(self.messages) >= count, timeout)
        return self.messages[:count]

    def wait_error(self, timeout=TIMEOUT):
        self.wait(lambda: self.errors, timeout)
        return self.errors[0]

    def wait_receipt(self, receipt, timeout=TIMEOUT):
        self.wait(lambda: receipt in self.receipts, timeout)

    def quiet_for(self, seconds):
        """Nothing more arrives for `seconds` (how many messages there are then)."""
        time.sleep(seconds)
        with self.cond:
            return len(self.messages)


CONNECTIONS = {"1.0": stomp.Connection10, "1.1": stomp.Connection11, "1.2": stomp.Connection12}


class StompTestCase(unittest.TestCase):
    """A broker for the class; `connect()` opens stomp.py connections closed after each test."""

    broker = None

    @classmethod
    def setUpClass(cls):
        cls.broker = broker_under_test.start(stomp=True)
        cls.port = cls.broker.ports["stomp"]

    @classmethod
    def tearDownClass(cls):
        if cls.broker:
            cls.broker.stop()

    def setUp(self):
        self.connections = []

    def tearDown(self):
        for conn in self.connections:
            try:
                if conn.is_connected():
                    conn.disconnect()
            except Exception:  # noqa: BLE001 - a connection the test broke
                pass

    def connect(self, version="1.2", login="guest", passcode="guest", wait=True, headers=None,
                heartbeats=(0, 0), vhost="/"):
        cls = CONNECTIONS[version]
        kwargs = {}
        if version != "1.0":
            kwargs.update(heartbeats=heartbeats, vhost=vhost)
        conn = cls([(HOST, self.port)], **kwargs)
        recorder = Recorder()
        conn.set_listener("recorder", recorder)
        conn.recorder = recorder
        self.connections.append(conn)
        conn.connect(login, passcode, wait=wait, headers=headers or {})
        return conn

    def unique(self, prefix):
        return "%s-%s-%d" % (prefix, self.id().rsplit(".", 1)[-1], int(time.time() * 1000) % 100000)

    def assert_error(self, conn, message, body=None):
        error = conn.recorder.wait_error()
        self.assertEqual(error.headers.get("message"), message, error.body)
        if body is not None:
            self.assertEqual(error.body, body)
        return error


class RawStomp:
    """A STOMP client on a bare socket: frames written as given, frames read as bytes."""

    def __init__(self, port, timeout=TIMEOUT):
        self.sock = socket.create_connection((HOST, port), timeout)
        self.buffer = b""

    def send(self, data):
        self.sock.sendall(data)

    def frame(self, timeout=TIMEOUT):
        """The next frame, without the line ends between frames (None when the peer closed)."""
        deadline = time.time() + timeout
        while True:
            stripped = self.buffer.lstrip(b"\r\n")
            end = stripped.find(b"\0")
            if end >= 0:
                # A body with content-length may hold NULs: read that many bytes first.
                head, _, _ = stripped.partition(b"\n\n")
                length = None
                for line in head.split(b"\n")[1:]:
                    if line.startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                        break
                if length is not None:
                    end = len(head) + 2 + length
                    if len(stripped) <= end:
                        end = -1
                if end >= 0:
                    self.buffer = stripped[end + 1:]
                    return stripped[:end + 1]
            remaining = deadline - time.time()
            if remaining <= 0:
                raise AssertionError("no frame within %s s; have %r" % (timeout, self.buffer))
            self.sock.settimeout(remaining)
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk

    def closed(self, timeout=TIMEOUT):
        """Whether the peer closes the connection within `timeout` (reading what comes)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.time()))
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return False
            except ConnectionResetError:
                return True
            if not chunk:
                return True
            self.buffer += chunk
        return False

    def close(self):
        self.sock.close()

    def login(self, version="1.2", login="guest", passcode="guest"):
        """CONNECT (with accept-version unless `version` is 1.0) and the CONNECTED frame's
        headers as a dict of bytes."""
        accept = b"" if version == "1.0" else b"accept-version:%s\n" % version.encode()
        self.send(b"CONNECT\n%slogin:%s\npasscode:%s\n\n\0"
                  % (accept, login.encode(), passcode.encode()))
        command, headers, body = parse(self.frame())
        if command != b"CONNECTED":
            raise AssertionError("not connected: %r %r %r" % (command, headers, body))
        return dict(headers)


def error_frame(message, body, extra=()):
    """The bytes of RabbitMQ's ERROR frame (without the line end after the NUL): its headers
    in its order, `extra` (pairs) after version, content-length last."""
    if isinstance(message, str):
        message = message.encode()
    if isinstance(body, str):
        body = body.encode()
    lines = [b"ERROR", b"message:" + message, b"content-type:text/plain",
             b"version:1.0,1.1,1.2"]
    lines += [name + b":" + value for name, value in extra]
    lines.append(b"content-length:%d" % len(body))
    return b"\n".join(lines) + b"\n\n" + body + b"\0"


def amqp(broker):
    """A pika BlockingConnection as guest to the broker's AMQP listener."""
    return pika.BlockingConnection(pika.ConnectionParameters(HOST, broker.port))


def durable_subscription_name(key, sub_id):
    """RabbitMQ's queue name for a durable topic subscription: stomp-subscription- and the
    unpadded base64url MD5 of term_to_binary({Key, Id}), both Erlang strings of the header
    bytes (STRING_EXT: shorter than 64 KiB)."""

    def string(value):
        data = value.encode()
        return b"\x6a" if not data else b"\x6b" + len(data).to_bytes(2, "big") + data

    term = b"\x83\x68\x02" + string(key) + string(sub_id)
    digest = base64.urlsafe_b64encode(hashlib.md5(term).digest()).rstrip(b"=")
    return "stomp-subscription-" + digest.decode()


def parse(frame):
    """(command, headers as a list of pairs, body) of raw frame bytes."""
    head, _, body = frame.partition(b"\n\n")
    lines = head.split(b"\n")
    headers = [tuple(line.split(b":", 1)) for line in lines[1:]]
    return lines[0], headers, body[:-1]
