"""Resource alarms block publishers, not the broker: above the memory high watermark or
below the free-disk limit, clients that asked get connection.blocked with RabbitMQ's reason
("low on memory", "low on disk"), publishes wait unprocessed, and connections that only
consume keep working. Each alarm is logged once."""

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


class ResourceAlarmTest(unittest.TestCase):
    def start(self, **settings):
        self.tmp = tempfile.TemporaryDirectory()
        config = os.path.join(self.tmp.name, "warren.json")
        with open(config, "w") as f:
            json.dump(dict(listeners=["amqp=127.0.0.1:0"], **settings), f)
        self.proc = subprocess.Popen(
            [WARREN, "--headless", "--config", config, "--data-dir",
             os.path.join(self.tmp.name, "data")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
        match = re.match(r"listening amqp 127\.0\.0\.1:(\d+)", self.proc.stdout.readline())
        self.assertTrue(match)
        self.params = pika.ConnectionParameters("127.0.0.1", int(match.group(1)))

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.proc.wait(timeout=15), 0)
        stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        self.tmp.cleanup()
        return stderr

    def check_publishers_blocked(self, reason):
        blocked = []
        publisher = pika.BlockingConnection(self.params)
        publisher.add_on_connection_blocked_callback(
            lambda _conn, frame: blocked.append(frame.method.reason))
        deadline = time.monotonic() + 5
        while not blocked and time.monotonic() < deadline:
            publisher.process_data_events(time_limit=0.1)
        self.assertEqual(blocked, [reason])

        reader = pika.BlockingConnection(self.params)
        rch = reader.channel()
        rch.queue_declare("held")
        publisher.channel().basic_publish("", "held", b"waits for the alarm to clear")
        publisher.process_data_events(time_limit=0.5)
        # The consuming connection still gets answers; the publish was not processed.
        self.assertEqual(rch.queue_declare("held", passive=True).method.message_count, 0)
        reader.close()

    def test_memory_alarm_blocks_publishers(self):
        self.start(memory_high_watermark=1)  # one byte: on from the first check
        self.check_publishers_blocked("low on memory")
        self.assertEqual(self.stop().count("memory alarm:"), 1)

    def test_disk_alarm_blocks_publishers(self):
        self.start(disk_free_limit=10**18)  # more than any disk has free
        self.check_publishers_blocked("low on disk")
        self.assertEqual(self.stop().count("disk alarm:"), 1)


if __name__ == "__main__":
    unittest.main()
