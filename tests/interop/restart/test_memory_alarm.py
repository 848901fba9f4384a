"""Above the memory high watermark publishers are blocked, not the broker killed: clients
that asked get connection.blocked ("low on memory", RabbitMQ's reason), publishes wait
unprocessed, and connections that only consume keep working."""

import json
import os
import re
import signal
import subprocess
import tempfile
import time
import unittest

import pika

WARREN = os.environ["WARREN_BIN"]
ENV = dict(os.environ, DISPLAY="", WAYLAND_DISPLAY="")


class MemoryAlarmTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        config = os.path.join(self.tmp.name, "warren.json")
        with open(config, "w") as f:
            # One byte: the alarm is on from the first check on.
            json.dump({"listeners": ["amqp=127.0.0.1:0"], "memory_high_watermark": 1}, f)
        self.proc = subprocess.Popen(
            [WARREN, "--headless", "--config", config, "--data-dir",
             os.path.join(self.tmp.name, "data")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
        match = re.match(r"listening amqp 127\.0\.0\.1:(\d+)", self.proc.stdout.readline())
        self.assertTrue(match)
        self.params = pika.ConnectionParameters("127.0.0.1", int(match.group(1)))

    def tearDown(self):
        self.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.proc.wait(timeout=15), 0)
        stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        self.tmp.cleanup()
        self.assertEqual(stderr.count("memory alarm:"), 1, "the alarm is logged once")

    def test_publishers_are_blocked_and_consumers_are_not(self):
        blocked = []
        publisher = pika.BlockingConnection(self.params)
        publisher.add_on_connection_blocked_callback(
            lambda _conn, frame: blocked.append(frame.method.reason))
        deadline = time.monotonic() + 5
        while not blocked and time.monotonic() < deadline:
            publisher.process_data_events(time_limit=0.1)
        self.assertEqual(blocked, ["low on memory"])

        reader = pika.BlockingConnection(self.params)
        rch = reader.channel()
        rch.queue_declare("held")
        publisher.channel().basic_publish("", "held", b"waits for the alarm to clear")
        publisher.process_data_events(time_limit=0.5)
        # The consumer-side connection still gets answers; the publish was not processed.
        self.assertEqual(rch.queue_declare("held", passive=True).method.message_count, 0)
        reader.close()


if __name__ == "__main__":
    unittest.main()
