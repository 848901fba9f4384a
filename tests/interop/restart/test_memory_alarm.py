"""Resource alarms block publishers, not the broker: above the memory high watermark, below
the free-disk limit or when the store cannot write (a full disk), clients that asked get
connection.blocked with RabbitMQ's reason ("low on memory", "low on disk"), publishes wait
unprocessed, and connections that only consume keep working. Each alarm is logged once, and
when it clears publishers get connection.unblocked and carry on."""

import json
import os
import re
import resource
import signal
import subprocess
import tempfile
import time
import unittest

import pika

WARREN = os.environ["WARREN_BIN"]
ENV = dict(os.environ, DISPLAY="", WAYLAND_DISPLAY="")


class ResourceAlarmTest(unittest.TestCase):
    def start(self, preexec_fn=None, **settings):
        self.tmp = tempfile.TemporaryDirectory()
        self.config = os.path.join(self.tmp.name, "warren.json")
        with open(self.config, "w") as f:
            json.dump(dict(listeners=["amqp=127.0.0.1:0"], **settings), f)
        self.launch(preexec_fn)

    def start_again(self):
        """The same configuration and data directory, with no limits."""
        self.launch(None)

    def launch(self, preexec_fn):
        self.proc = subprocess.Popen(
            [WARREN, "--headless", "--config", self.config, "--data-dir",
             os.path.join(self.tmp.name, "data")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
            preexec_fn=preexec_fn)
        match = re.match(r"listening amqp 127\.0\.0\.1:(\d+)", self.proc.stdout.readline())
        self.assertTrue(match)
        self.params = pika.ConnectionParameters("127.0.0.1", int(match.group(1)))

    def stop_keeping_data(self):
        self.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.proc.wait(timeout=15), 0)
        stderr = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return stderr

    def stop(self):
        stderr = self.stop_keeping_data()
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

    def watch_blocking(self, connection):
        events = []
        connection.add_on_connection_blocked_callback(
            lambda _conn, frame: events.append(frame.method.reason))
        connection.add_on_connection_unblocked_callback(
            lambda _conn, _frame: events.append("unblocked"))
        return events

    def wait_for(self, connection, events, count):
        deadline = time.monotonic() + 10
        while len(events) < count and time.monotonic() < deadline:
            connection.process_data_events(time_limit=0.1)

    def test_memory_alarm_clears_when_queues_drain(self):
        self.start(memory_high_watermark=48 * 1024 * 1024)
        publisher = pika.BlockingConnection(self.params)
        events = self.watch_blocking(publisher)
        pch = publisher.channel()
        # A long queue pages its tail out to the store, and memory falls again as the store's
        # writer catches up, which may clear the alarm on its own. Eight queues below their
        # paging limit (8 MiB each) hold memory until they are purged.
        queues = [f"backlog-{i}" for i in range(8)]
        for queue in queues:
            pch.queue_declare(queue)
        body = b"m" * 1024
        for _ in range(64):  # up to 64 MiB; the alarm stops us before the queues page out
            for i in range(1000):
                pch.basic_publish("", queues[i % len(queues)], body)
            publisher.process_data_events(time_limit=0)
            if events:
                break
        self.wait_for(publisher, events, 1)
        self.assertEqual(events, ["low on memory"])

        reader = pika.BlockingConnection(self.params)
        rch = reader.channel()
        for queue in queues:
            rch.queue_purge(queue)  # a consumer's connection is not blocked
        self.wait_for(publisher, events, 2)
        self.assertEqual(events, ["low on memory", "unblocked"])
        pch.confirm_delivery()
        pch.basic_publish("", "backlog", b"after the alarm")  # raises unless confirmed
        reader.close()
        publisher.close()
        log = self.stop()
        self.assertEqual(log.count("memory alarm:"), 1)
        self.assertEqual(log.count("memory alarm cleared"), 1)

    def test_a_store_that_cannot_write_blocks_publishers_until_it_can(self):
        # A file size limit makes every write past 2 MiB fail, as a full disk would; the
        # broker's free-space check sees plenty of room, so only the failed writes tell.
        def small_files():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write, do not die
            resource.setrlimit(resource.RLIMIT_FSIZE, (2 * 1024 * 1024, resource.RLIM_INFINITY))

        self.start(preexec_fn=small_files)
        publisher = pika.BlockingConnection(self.params)
        events = self.watch_blocking(publisher)
        ch = publisher.channel()
        ch.queue_declare("durable", durable=True)
        ch.confirm_delivery()
        persistent = pika.BasicProperties(delivery_mode=2)
        confirmed = []
        with self.assertRaises(pika.exceptions.NackError):
            for i in range(100000):
                body = b"%08d" % i + b"." * 1024
                ch.basic_publish("", "durable", body, persistent)
                confirmed.append(body)
        self.wait_for(publisher, events, 1)
        self.assertEqual(events, ["low on disk"])

        resource.prlimit(self.proc.pid, resource.RLIMIT_FSIZE,
                         (resource.RLIM_INFINITY, resource.RLIM_INFINITY))  # room again
        self.wait_for(publisher, events, 2)
        self.assertEqual(events, ["low on disk", "unblocked"])
        for i in range(100):
            body = b"after-%d" % i
            ch.basic_publish("", "durable", body, persistent)
            confirmed.append(body)
        publisher.close()
        log = self.stop_keeping_data()
        self.assertEqual(log.count("store alarm:"), 1)
        self.assertEqual(log.count("store alarm cleared"), 1)

        # Every confirmed message is on disk (the refused one may or may not be).
        self.start_again()
        reader = pika.BlockingConnection(self.params)
        rch = reader.channel()
        got = []
        while True:
            method, _props, body = rch.basic_get("durable", auto_ack=True)
            if method is None:
                break
            got.append(body)
        reader.close()
        self.stop()
        self.assertEqual([b for b in got if b in set(confirmed)], confirmed)


if __name__ == "__main__":
    unittest.main()
