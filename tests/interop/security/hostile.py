"""Shared plumbing for the hostile-client suites: each module attacks a fresh broker as a
client with bad intentions would, over raw sockets or a real client, and checks that the
broker answers in protocol terms and that other clients are not disturbed.

Every module does

    import hostile
    def setUpModule(): hostile.start_broker(config={...})
    def tearDownModule(): hostile.stop_broker()

and uses `hostile.broker()` for the addresses. A `Bystander` runs an ordinary pika publisher
and consumer beside the attack and fails the test if their messages stop flowing.

Run with Debian's interpreter, which has python3-pika:
    WARREN_BIN=build/bin/warren /usr/bin/python3 -m unittest discover -s tests/interop/security
"""

import base64
import os
import socket
import sys
import threading
import time
import uuid

import pika
from pika import spec

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

WAIT_TIMEOUT = 10.0

_broker = None


def start_broker(config=None, args=()):
    global _broker
    _broker = broker_under_test.start(warren_config=config, warren_args=args)
    return _broker


def stop_broker():
    global _broker
    if _broker is not None:
        _broker.stop()
        _broker = None


def broker():
    assert _broker is not None, "start_broker() was not called"
    return _broker


def unique(prefix="t"):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:12])


def is_warren():
    return broker().target == "warren"


def connect(user="guest", password="guest", vhost="/", **overrides):
    b = broker()
    params = dict(host=b.host, port=b.port, virtual_host=vhost, connection_attempts=1,
                  credentials=pika.PlainCredentials(user, password),
                  blocked_connection_timeout=None, socket_timeout=5)
    params.update(overrides)
    return pika.BlockingConnection(pika.ConnectionParameters(**params))


def management(method, path, body=None, user="guest", password="guest"):
    b = broker()
    return broker_under_test.management_call(b.host, b.http_port, method, path, body, user,
                                             password)


def add_user(name, password, tags="", vhost="/", permissions=None, topic=None):
    """A user made through the management API; `permissions` is (configure, write, read)."""
    status, _ = management("PUT", "users/" + name, {"password": password, "tags": tags})
    assert status in (201, 204), status
    if permissions is not None:
        configure, write, read = permissions
        status, _ = management("PUT", "permissions/%s/%s" % (quote(vhost), name),
                               {"configure": configure, "write": write, "read": read})
        assert status in (201, 204), status
    if topic is not None:
        exchange, write, read = topic
        status, _ = management("PUT", "topic-permissions/%s/%s" % (quote(vhost), name),
                               {"exchange": exchange, "write": write, "read": read})
        assert status in (201, 204), status


def quote(text):
    import urllib.parse
    return urllib.parse.quote(text, safe="")


def resident_bytes(pid=None):
    """The broker's resident memory (VmRSS), in bytes."""
    pid = pid or broker().pid
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS for pid %d" % pid)


def alarms():
    """The broker's resource alarms as /api/nodes reports them."""
    status, nodes = management("GET", "nodes")
    assert status == 200, status
    node = nodes[0]
    return {name for name in ("mem_alarm", "disk_free_alarm") if node.get(name)}


# ---------------------------------------------------------------------------
# A bare-socket AMQP peer that logs in as anyone and sends what it likes.

class RawAmqp:
    def __init__(self, timeout=WAIT_TIMEOUT, source=None):
        b = broker()
        self.sock = socket.create_connection((b.host, b.port), timeout=timeout,
                                             source_address=(source, 0) if source else None)
        self.buf = b""

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, data):
        self.sock.sendall(data)

    def send_method(self, channel, method):
        self.send(pika.frame.Method(channel, method).marshal())

    def send_header(self, channel, body_size, properties=None):
        self.send(pika.frame.Header(channel, body_size,
                                    properties or spec.BasicProperties()).marshal())

    def send_body(self, channel, data):
        self.send(pika.frame.Body(channel, data).marshal())

    def _recv(self):
        try:
            return self.sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            return b""

    def read_frame(self):
        """Next decoded pika frame; None on EOF or timeout."""
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

    def login(self, user="guest", password="guest", vhost="/", channel_max=None, frame_max=None):
        """The handshake up to connection.open-ok; returns Connection.Tune."""
        self.send(b"AMQP\x00\x00\x09\x01")
        self.expect_method(spec.Connection.Start)
        self.send_method(0, spec.Connection.StartOk(
            client_properties={"product": "warren-hostile"}, mechanism="PLAIN",
            response="\0%s\0%s" % (user, password), locale="en_US"))
        tune = self.expect_method(spec.Connection.Tune)
        self.send_method(0, spec.Connection.TuneOk(channel_max or tune.channel_max,
                                                   frame_max or tune.frame_max, 0))
        self.send_method(0, spec.Connection.Open(vhost))
        self.expect_method(spec.Connection.OpenOk)
        return tune

    def open_channel(self, channel):
        self.send_method(channel, spec.Channel.Open())
        self.expect_method(spec.Channel.OpenOk)


# ---------------------------------------------------------------------------
# Raw HTTP: exactly the bytes a test wants on the wire, and what came back.

def basic_auth(user="guest", password="guest"):
    return "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()


class RawHttp:
    def __init__(self, timeout=WAIT_TIMEOUT, source=None):
        b = broker()
        self.sock = socket.create_connection((b.host, b.http_port), timeout=timeout,
                                             source_address=(source, 0) if source else None)
        self.buf = b""

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def send(self, data):
        self.sock.sendall(data)

    def closed_by_peer(self, timeout=WAIT_TIMEOUT):
        """Whether the server closes the connection (EOF or reset) within `timeout`; bytes it
        sends meanwhile are kept in self.buf."""
        self.sock.settimeout(timeout)
        try:
            while True:
                data = self.sock.recv(65536)
                if not data:
                    return True
                self.buf += data
        except ConnectionResetError:
            return True
        except socket.timeout:
            return False

    def read_response(self):
        """(status, headers dict with lower-case names, body bytes) of the next response, or
        None if the connection ends first."""
        while b"\r\n\r\n" not in self.buf:
            data = self._recv()
            if not data:
                return None
            self.buf += data
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(self.buf) < length:
            data = self._recv()
            if not data:
                return None
            self.buf += data
        body, self.buf = self.buf[:length], self.buf[length:]
        return status, headers, body

    def _recv(self):
        try:
            return self.sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            return b""


def request_bytes(method, path, body=b"", headers=None, auth=True):
    """An HTTP/1.1 request as bytes; Host, Content-Length and Content-Type are added unless
    `headers` names them."""
    headers = dict(headers or {})
    names = {name.lower() for name in headers}
    b = broker()
    if "host" not in names:
        headers["Host"] = "%s:%d" % (b.host, b.http_port)
    if auth and "authorization" not in names:
        headers["Authorization"] = basic_auth()
    if body and "content-length" not in names and "transfer-encoding" not in names:
        headers["Content-Length"] = str(len(body))
    if body and "content-type" not in names:
        headers["Content-Type"] = "application/json"
    head = "%s %s HTTP/1.1\r\n" % (method, path)
    head += "".join("%s: %s\r\n" % (k, v) for k, v in headers.items())
    return head.encode("latin-1") + b"\r\n" + body


# ---------------------------------------------------------------------------

class Bystander:
    """An ordinary application beside the attack: a pika publisher and consumer on their own
    queue, on a thread, with publisher confirms. `check()` fails if a round trip stopped for
    longer than `max_gap` seconds or an error happened; use as a context manager."""

    def __init__(self, testcase, max_gap=3.0, user="guest", password="guest"):
        self.testcase = testcase
        self.max_gap = max_gap
        self.user, self.password = user, password
        self.queue = unique("bystander")
        self.stop_event = threading.Event()
        self.round_trips = 0
        self.longest_gap = 0.0
        self.error = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + WAIT_TIMEOUT
        while self.round_trips == 0 and self.error is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        self.thread.join(WAIT_TIMEOUT + self.max_gap)
        if exc[0] is None:
            self.check()
        return False

    def check(self):
        t = self.testcase
        t.assertIsNone(self.error, "the bystander failed: %r" % (self.error,))
        t.assertGreater(self.round_trips, 0, "the bystander never got a message through")
        t.assertLessEqual(self.longest_gap, self.max_gap,
                          "the bystander's messages stopped for %.1f s" % self.longest_gap)

    def _run(self):
        try:
            connection = connect(self.user, self.password, socket_timeout=self.max_gap + 5)
            try:
                channel = connection.channel()
                channel.queue_declare(self.queue, auto_delete=True)
                channel.confirm_delivery()
                last = time.monotonic()
                while not self.stop_event.is_set():
                    body = uuid.uuid4().bytes
                    channel.basic_publish("", self.queue, body)
                    got = None
                    deadline = time.monotonic() + self.max_gap + 5
                    while got is None and time.monotonic() < deadline:
                        _method, _props, got = channel.basic_get(self.queue, auto_ack=True)
                        if got is None:
                            connection.process_data_events(time_limit=0.01)
                    now = time.monotonic()
                    self.longest_gap = max(self.longest_gap, now - last)
                    last = now
                    if got != body:
                        self.error = "lost its own message"
                        return
                    self.round_trips += 1
                    time.sleep(0.02)
            finally:
                connection.close()
        except Exception as e:  # reported by check()
            self.error = e
