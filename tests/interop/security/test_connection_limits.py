"""Connection limits (security issue, item 6): with max_connections and
max_connections_per_source set, a connection over either limit is closed as it is accepted
(the client sees it at once instead of hanging), the connections already open keep working,
a freed slot is usable again, and the log has one line per burst, not one per refusal.
Warren's own settings: RabbitMQ has no per-source limit to compare with.
"""

import time
import unittest

import hostile

MAX_TOTAL = 6
MAX_PER_SOURCE = 3


def setUpModule():
    hostile.start_broker(config={"max_connections": MAX_TOTAL,
                                 "max_connections_per_source": MAX_PER_SOURCE})


def tearDownModule():
    hostile.stop_broker()


def refused_at_once(source):
    """Whether a new AMQP connection from `source` is closed before its handshake."""
    peer = hostile.RawAmqp(source=source, timeout=5)
    try:
        peer.send(b"AMQP\x00\x00\x09\x01")
        return peer.read_frame() is None  # EOF or reset, not connection.start
    except (BrokenPipeError, ConnectionResetError):
        return True
    finally:
        peer.close()


def logged(text):
    with open(hostile.broker().log_path, encoding="utf-8", errors="replace") as f:
        return [line for line in f if text in line]


class ConnectionLimits(unittest.TestCase):
    def test_limits_per_source_and_in_total(self):
        open_peers = []

        def open_from(source):
            peer = hostile.RawAmqp(source=source)
            peer.login()
            peer.open_channel(1)
            open_peers.append(peer)
            return peer

        try:
            # The bystander holds one connection from 127.0.0.1.
            with hostile.Bystander(self):
                first = open_from("127.0.0.1")
                open_from("127.0.0.1")
                for _ in range(3):  # a burst of refusals
                    self.assertTrue(refused_at_once("127.0.0.1"))
                # Another address still gets in, up to the total.
                for _ in range(MAX_PER_SOURCE):
                    open_from("127.0.0.2")
                self.assertTrue(refused_at_once("127.0.0.3"))
                self.assertTrue(refused_at_once("127.0.0.3"))
                # What is open keeps working.
                first.send_method(1, hostile.spec.Queue.Declare(queue="", exclusive=True))
                first.expect_method(hostile.spec.Queue.DeclareOk)
                # A slot freed by closing a connection is usable again (once the broker has
                # seen the close).
                open_peers.remove(first)
                first.close()
                deadline = time.monotonic() + hostile.WAIT_TIMEOUT
                while refused_at_once("127.0.0.1"):
                    self.assertLess(time.monotonic(), deadline, "the freed slot never came back")
                    time.sleep(0.05)
        finally:
            for peer in open_peers:
                peer.close()
        self.assertEqual(len(logged("(max_connections_per_source)")), 1,
                         logged("(max_connections_per_source)"))
        self.assertEqual(len(logged("the limit (max_connections)")), 1,
                         logged("the limit (max_connections)"))


if __name__ == "__main__":
    unittest.main()
