"""The MQTT suites' broker and clients.

The broker under test is Warren with an MQTT listener (WARREN_INTEROP_TARGET=warren, the
default), or a real Mosquitto 2.0 from Debian (WARREN_INTEROP_TARGET=mosquitto) to check that
the suites say what Mosquitto does. Tests of what only Warren has (AMQP on the same topics,
RabbitMQ's users and permissions, a retained message kept through kill -9) say so with
`warren_only`.

Clients are the real ones: paho-mqtt (Debian's python3-paho-mqtt, under /usr/bin/python3),
mosquitto_pub and mosquitto_sub (mosquitto-clients), and a raw socket for bytes no client
would send.
"""

import json
import os
import queue
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import broker_under_test  # noqa: E402

import paho.mqtt.client as mqtt  # noqa: E402
from paho.mqtt.properties import Properties  # noqa: E402
from paho.mqtt.packettypes import PacketTypes  # noqa: E402
from paho.mqtt.subscribeoptions import SubscribeOptions  # noqa: E402

HOST = "127.0.0.1"
TARGET = os.environ.get("WARREN_INTEROP_TARGET", "warren")
TIMEOUT = 10.0
V311 = mqtt.MQTTv311
V5 = mqtt.MQTTv5
warnings.simplefilter("ignore", ResourceWarning)

warren_only = unittest.skipUnless(TARGET == "warren", "a Warren feature (RabbitMQ's model)")


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Broker:
    """A broker with an MQTT listener at `port` (and, for Warren, AMQP at `amqp_port` and the
    management API at `http_port`). `restart()` keeps the data directory; `kill9()` crashes it."""

    def __init__(self, config=None, args=()):
        self.config = config
        self.args = list(args)
        self.workdir = tempfile.mkdtemp(prefix="warren-mqtt-")
        self.data_dir = os.path.join(self.workdir, "data")
        os.mkdir(self.data_dir)
        self.proc = None
        self._start()

    def _start(self):
        if TARGET == "mosquitto":
            return self._start_mosquitto()
        binary = os.environ["WARREN_BIN"]
        command = [binary, "--headless", "--data-dir", self.data_dir,
                   "--listen", "amqp=%s:0" % HOST, "--listen", "http=%s:0" % HOST,
                   "--listen", "mqtt=%s:0" % HOST] + self.args
        if self.config:
            path = os.path.join(self.workdir, "warren.json")
            with open(path, "w") as f:
                json.dump(self.config, f)
            command += ["--config", path]
        self.log = open(os.path.join(self.workdir, "warren.log"), "ab")
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.log,
                                     start_new_session=True)
        ports = {}
        wanted = {v.split("=")[0] for f, v in zip(command, command[1:]) if f == "--listen"}
        deadline = time.time() + 60
        while not wanted <= set(ports) and time.time() < deadline:
            line = self.proc.stdout.readline().decode()
            if not line:
                break
            m = re.match(r"listening (\S+) \S+:(\d+)", line)
            if m:
                ports[m.group(1)] = int(m.group(2))
        if not wanted <= set(ports):
            self.proc.kill()
            raise RuntimeError("warren did not start: %s" % self.log_tail())
        self.ports = ports
        self.port = ports["mqtt"]
        self.amqp_port = ports["amqp"]
        self.http_port = ports["http"]
        # Keep reading stdout so that the broker never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    def _start_mosquitto(self):
        self.port = getattr(self, "port", None) or free_port()
        self.amqp_port = self.http_port = None
        conf = os.path.join(self.workdir, "mosquitto.conf")
        with open(conf, "w") as f:
            f.write("listener %d %s\nallow_anonymous true\npersistence true\n"
                    "persistence_location %s/\nlog_dest stderr\nlog_type all\n"
                    % (self.port, HOST, self.data_dir))
        self.log = open(os.path.join(self.workdir, "mosquitto.log"), "ab")
        self.proc = subprocess.Popen(["/usr/sbin/mosquitto", "-c", conf], stdout=self.log,
                                     stderr=self.log, start_new_session=True)
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                socket.create_connection((HOST, self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("mosquitto did not start: %s" % self.log_tail())

    def log_tail(self, limit=4000):
        if not self.log.closed:
            self.log.flush()
        with open(self.log.name, "rb") as f:
            return f.read()[-limit:].decode("utf-8", "replace")

    def api(self, method, path, body=None, user="guest", password="guest"):
        return broker_under_test.management_call(HOST, self.http_port, method, path, body,
                                                 user, password)

    def kill9(self):
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()
        return self.proc.returncode

    def restart(self, kill=False):
        if kill:
            self.kill9()
            self.log.close()
        else:
            self.stop()
        self._start()

    def cleanup(self):
        code = self.stop()
        if TARGET == "warren" and code not in (0, -signal.SIGKILL):
            raise AssertionError("warren exited with %s: %s" % (code, self.log_tail()))
        shutil.rmtree(self.workdir, ignore_errors=True)


class Client:
    """A paho-mqtt client whose events land in queues, so that tests wait for them."""

    def __init__(self, broker, client_id="", version=V5, clean=True, user=None, password=None,
                 port=None):
        self.version = version
        self.port = port or broker.port
        kwargs = {"client_id": client_id, "protocol": version}
        if version != V5:
            kwargs["clean_session"] = clean
        self.clean = clean
        self.c = mqtt.Client(**kwargs)
        if user is not None:
            self.c.username_pw_set(user, password)
        self.messages = queue.Queue()
        self.connacks = queue.Queue()
        self.subacks = queue.Queue()
        self.unsubacks = queue.Queue()
        self.published = queue.Queue()
        self.disconnects = queue.Queue()
        self.c.on_connect = self._on_connect
        self.c.on_message = lambda c, u, m: self.messages.put(m)
        self.c.on_subscribe = self._on_subscribe
        self.c.on_unsubscribe = self._on_unsubscribe
        self.c.on_publish = lambda c, u, mid: self.published.put(mid)
        self.c.on_disconnect = self._on_disconnect

    def _on_connect(self, client, userdata, flags, rc, properties=None):
        self.connacks.put((getattr(rc, "value", rc), flags, properties))

    def _on_subscribe(self, client, userdata, mid, granted, properties=None):
        self.subacks.put([getattr(g, "value", g) for g in granted])

    def _on_unsubscribe(self, client, userdata, mid, properties=None, reasons=None):
        codes = reasons if isinstance(reasons, list) else [reasons] if reasons else []
        self.unsubacks.put([getattr(r, "value", r) for r in codes])

    def _on_disconnect(self, client, userdata, rc, properties=None):
        self.disconnects.put(getattr(rc, "value", rc))

    def connect(self, keepalive=60, properties=None, will=None, clean_start=None):
        """Connects and returns CONNACK's (reason code, flags, properties)."""
        if will:
            self.c.will_set(*will)
        kwargs = {"keepalive": keepalive}
        if self.version == V5:
            kwargs["clean_start"] = self.clean if clean_start is None else clean_start
            kwargs["properties"] = properties
        self.c.connect(HOST, self.port, **kwargs)
        self.c.loop_start()
        return self.connacks.get(timeout=TIMEOUT)

    def subscribe(self, topic, qos=0, options=None, properties=None):
        if self.version == V5:
            options = options or SubscribeOptions(qos=qos)
            self.c.subscribe(topic, options=options, properties=properties)
        else:
            self.c.subscribe(topic, qos)
        return self.subacks.get(timeout=TIMEOUT)

    def unsubscribe(self, topic):
        self.c.unsubscribe(topic)
        return self.unsubacks.get(timeout=TIMEOUT)

    def publish(self, topic, payload, qos=0, retain=False, properties=None):
        """Publishes; for QoS 1 and 2 waits for the broker's acknowledgement."""
        info = self.c.publish(topic, payload, qos, retain, properties=properties)
        if qos > 0:
            info.wait_for_publish(TIMEOUT)
            if not info.is_published():
                raise AssertionError("no acknowledgement for %s" % topic)
        return info

    def expect(self, count=1, timeout=TIMEOUT):
        got = []
        deadline = time.time() + timeout
        while len(got) < count:
            left = deadline - time.time()
            if left <= 0:
                raise AssertionError("got %d of %d messages, the last: %r"
                                     % (len(got), count, [m.payload[:40] for m in got[-5:]]))
            try:
                got.append(self.messages.get(timeout=left))
            except queue.Empty:
                pass
        return got

    def expect_nothing(self, wait=0.5):
        try:
            m = self.messages.get(timeout=wait)
        except queue.Empty:
            return
        raise AssertionError("unexpected message on %s: %r" % (m.topic, m.payload))

    def disconnect(self, properties=None, reason=None):
        if reason is not None:
            from paho.mqtt.reasoncodes import ReasonCodes
            rc = ReasonCodes(PacketTypes.DISCONNECT, identifier=reason)
            self.c.disconnect(reasoncode=rc, properties=properties)
        else:
            self.c.disconnect()
        self.c.loop_stop()

    def drop(self):
        """Ends the TCP connection without DISCONNECT, as a crashed client would."""
        self.c.loop_stop()
        self.c.socket().close()


# --- raw packets, for what no client library sends --------------------------------------------

def remaining_length(n):
    out = bytearray()
    while True:
        byte = n % 128
        n //= 128
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def string(s):
    b = s if isinstance(s, bytes) else s.encode()
    return struct.pack(">H", len(b)) + b


def connect_packet(client_id="raw", version=4, keepalive=60, clean=True, will=None,
                   properties=b""):
    flags = 0x02 if clean else 0
    payload = string(client_id)
    if will:
        topic, message, qos, retain = will
        flags |= 0x04 | (qos << 3) | (0x20 if retain else 0)
        payload += (b"\x00" if version == 5 else b"") + string(topic) + string(message)
    variable = string("MQTT") + bytes([version, flags]) + struct.pack(">H", keepalive)
    if version == 5:
        variable += remaining_length(len(properties)) + properties
    body = variable + payload
    return b"\x10" + remaining_length(len(body)) + body


def publish_packet(topic, payload, qos=0, packet_id=1, version=4, retain=False):
    header = 0x30 | (qos << 1) | (1 if retain else 0)
    body = string(topic) + (struct.pack(">H", packet_id) if qos else b"")
    if version == 5:
        body += b"\x00"
    body += payload
    return bytes([header]) + remaining_length(len(body)) + body


class RawClient:
    def __init__(self, broker):
        self.s = socket.create_connection((HOST, broker.port), TIMEOUT)

    def send(self, data):
        self.s.sendall(data)

    def read_packet(self, timeout=TIMEOUT):
        """(first byte, body) of the next packet, or None once the broker closed."""
        self.s.settimeout(timeout)
        first = self.s.recv(1)
        if not first:
            return None
        multiplier, length = 1, 0
        while True:
            b = self.s.recv(1)
            if not b:
                return None
            length += (b[0] & 0x7F) * multiplier
            multiplier *= 128
            if not b[0] & 0x80:
                break
        body = b""
        while len(body) < length:
            chunk = self.s.recv(length - len(body))
            if not chunk:
                return None
            body += chunk
        return first[0], body

    def closed_by_broker(self, timeout=TIMEOUT):
        """True once the broker closed the connection (packets before that are skipped)."""
        deadline = time.time() + timeout
        try:
            while time.time() < deadline:
                if self.read_packet(deadline - time.time()) is None:
                    return True
        except ConnectionResetError:
            return True
        except socket.timeout:
            return False
        return False

    def close(self):
        self.s.close()


class BrokerTest(unittest.TestCase):
    """One broker per test class: tests use client ids and topics of their own."""

    broker_config = None
    broker_args = ()

    @classmethod
    def setUpClass(cls):
        cls.broker = Broker(cls.broker_config, cls.broker_args)

    @classmethod
    def tearDownClass(cls):
        cls.broker.cleanup()

    def setUp(self):
        self.clients = []

    def tearDown(self):
        for client in self.clients:
            try:
                client.c.loop_stop()
                client.c.disconnect()
            except Exception:
                pass

    def client(self, *args, **kwargs):
        c = Client(self.broker, *args, **kwargs)
        self.clients.append(c)
        return c

    def connected(self, *args, keepalive=60, **kwargs):
        c = self.client(*args, **kwargs)
        rc, _flags, _props = c.connect(keepalive=keepalive)
        self.assertEqual(rc, 0)
        return c

    def topic(self, suffix=""):
        return "t/%s/%s" % (self.id().rsplit(".", 1)[-1], suffix) if suffix else \
            "t/%s" % self.id().rsplit(".", 1)[-1]
