"""amqps: AMQP 0-9-1 over TLS, with the listener RabbitMQ's ssl_options describe (verify_peer,
fail_if_no_peer_cert): only clients with a certificate from the configured CA get in.

py-amqp's own integration suite (suites/py-amqp) found Warren without an amqps listener: its
11 TLS tests passed on RabbitMQ and were refused a connection on Warren. The certificates are
that suite's: its test CA and client pair (t/certs) and its CI broker's pair (broker-certs)."""

import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import unittest

import pika
from pika.exceptions import AMQPConnectionError, ConnectionClosedByBroker

import harness
from harness import unique

import broker_under_test  # noqa: I100 (harness put tests/interop on the path)

SUITE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                     "suites", "py-amqp")
CERTS = os.path.join(SUITE, "t", "certs")
BROKER_TLS = {
    "cacertfile": os.path.join(CERTS, "ca_certificate.pem"),
    "certfile": os.path.join(SUITE, "broker-certs", "server_certificate.pem"),
    "keyfile": os.path.join(SUITE, "broker-certs", "server_key.pem"),
}
CLIENT_CERT = os.path.join(CERTS, "client_certificate.pem")
CLIENT_KEY = os.path.join(CERTS, "client_key.pem")

_stranger_dir = None


def setUpModule():
    global _stranger_dir
    harness._broker = broker_under_test.start(tls=BROKER_TLS)
    # A client certificate that no configured CA signed: self-signed, made for this run.
    _stranger_dir = tempfile.mkdtemp(prefix="warren-tls-test-")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=stranger", "-keyout", os.path.join(_stranger_dir, "key.pem"),
                    "-out", os.path.join(_stranger_dir, "cert.pem")],
                   check=True, capture_output=True)


def tearDownModule():
    harness.tearDownModule()
    shutil.rmtree(_stranger_dir, ignore_errors=True)


def tls_context(cert=CLIENT_CERT, key=CLIENT_KEY):
    context = ssl.create_default_context(cafile=BROKER_TLS["cacertfile"])
    context.check_hostname = False  # the broker's certificate names example.example.com
    if cert:
        context.load_cert_chain(cert, key)
    return context


def tls_connect(context):
    b = harness.broker()
    return pika.BlockingConnection(harness.connection_parameters(
        port=b.tls_port, ssl_options=pika.SSLOptions(context)))


class AmqpsTest(unittest.TestCase):

    def connect(self, context=None):
        conn = tls_connect(context or tls_context())
        self.addCleanup(harness.BrokerTestCase._close_quietly, conn)
        return conn

    def test_client_with_certificate_publishes_and_gets(self):
        # guest may log in from loopback only: getting in also shows that the session sees
        # the client's TCP address, not the tunnel's.
        ch = self.connect().channel()
        ch.confirm_delivery()
        queue = unique("tls")
        ch.queue_declare(queue, exclusive=True)
        # Larger than the tunnel's 256 KiB buffers and than one TLS record (16 KiB).
        bodies = [b"small", os.urandom(300 * 1024), os.urandom(2 * 1024 * 1024)]
        for body in bodies:
            ch.basic_publish("", queue, body)
        for body in bodies:
            method, _, got = ch.basic_get(queue, auto_ack=True)
            self.assertIsNotNone(method)
            self.assertEqual(got, body)

    def test_consumer_receives_a_burst_larger_than_the_buffers(self):
        conn = self.connect()
        ch = conn.channel()
        ch.confirm_delivery()
        queue = unique("tls-burst")
        ch.queue_declare(queue, exclusive=True)
        bodies = [b"%05d" % i + os.urandom(10 * 1024) for i in range(500)]  # ~5 MiB
        for body in bodies:
            ch.basic_publish("", queue, body)
        received = []
        for method, _, body in ch.consume(queue, auto_ack=True, inactivity_timeout=5):
            if method is None:
                break
            received.append(body)
            if len(received) == len(bodies):
                break
        ch.cancel()
        self.assertEqual(received, bodies)

    def test_connections_open_and_close_cleanly_one_after_another(self):
        for _ in range(20):
            conn = tls_connect(tls_context())
            conn.channel().queue_declare("", exclusive=True)
            conn.close()  # close-ok comes back through the tunnel
            self.assertTrue(conn.is_closed)

    def test_client_without_certificate_is_refused(self):
        with self.assertRaises(AMQPConnectionError):
            self.connect(tls_context(cert=None))

    def test_certificate_from_an_unknown_ca_is_refused(self):
        stranger = tls_context(os.path.join(_stranger_dir, "cert.pem"),
                               os.path.join(_stranger_dir, "key.pem"))
        with self.assertRaises(AMQPConnectionError):
            self.connect(stranger)

    def test_plain_amqp_on_the_tls_port_gets_no_amqp_answer(self):
        b = harness.broker()
        with socket.create_connection((b.host, b.tls_port), timeout=harness.WAIT_TIMEOUT) as s:
            s.sendall(b"AMQP\x00\x00\x09\x01")
            received = b""
            while True:
                try:
                    data = s.recv(4096)
                except ConnectionResetError:
                    break
                if not data:
                    break
                received += data
        # At most a TLS alert record (content type 21), never a Connection.Start frame.
        self.assertTrue(received == b"" or received[0] == 21, received[:16])

    def test_plain_amqp_listener_still_serves_plain_clients(self):
        conn = harness.connect()
        self.addCleanup(harness.BrokerTestCase._close_quietly, conn)
        self.assertTrue(conn.channel().is_open)


class ShutdownTest(unittest.TestCase):

    def test_broker_shutdown_closes_tls_clients_with_320(self):
        # Its own broker, to stop: the goodbye written while stopping still goes out over TLS.
        own = broker_under_test.start(tls=BROKER_TLS)
        stopper = threading.Thread(target=own.stop)
        try:
            conn = pika.BlockingConnection(pika.ConnectionParameters(
                host=own.host, port=own.tls_port, connection_attempts=1,
                ssl_options=pika.SSLOptions(tls_context())))
            conn.channel()
            stopper.start()
            with self.assertRaises(ConnectionClosedByBroker) as closed:
                conn.process_data_events(time_limit=30)
            self.assertEqual(closed.exception.reply_code, 320)
        finally:
            if stopper.ident is not None:  # started: it stops the broker
                stopper.join()
            else:
                own.stop()


if __name__ == "__main__":
    unittest.main()
