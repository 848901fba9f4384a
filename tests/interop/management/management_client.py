"""A management API client for the interop suites: plain HTTP (urllib) and Debian's rabbitmqadmin
against one broker_under_test broker. Each test module starts its own broker and makes one of
these for it."""

import json
import os
import subprocess
import sys
import time
import urllib.parse

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

RABBITMQADMIN = "/usr/bin/rabbitmqadmin"
# RabbitMQ's API shows counts and clients only once its statistics collector has caught up
# (broker_under_test sets collect_statistics_interval to 500 ms); Warren answers at once.
STATS_DEADLINE = 15.0


def quoted(name):
    """A name as one path segment ("/" and spaces percent-encoded, as rabbitmqadmin sends)."""
    return urllib.parse.quote(name, safe="")


class ManagementClient:
    """For one broker: give it one, or let a test module start and stop its own with
    `setUpModule = client.start_broker` and `tearDownModule = client.stop_broker`."""

    def __init__(self, broker=None):
        self.broker = broker

    def start_broker(self, **options):
        self.broker = broker_under_test.start(**options)

    def stop_broker(self):
        if self.broker is not None:
            self.broker.stop()

    def request(self, method, path, body=None, user="guest", password="guest", headers=None):
        """One request to /api/<path>; returns (status, parsed JSON body or None)."""
        return broker_under_test.management_call(self.broker.host, self.broker.http_port, method,
                                                 path, body, user, password, headers)

    def add_users(self, test, users, password="pw"):
        """Creates each (name, tags) user with `password` and full permissions on "/", deleted
        when `test` ends."""
        for name, tags in users:
            test.assertEqual(self.request("PUT", "users/" + name,
                                          {"password": password, "tags": tags})[0], 201)
            test.addCleanup(self.request, "DELETE", "users/" + name)
            test.assertEqual(self.request("PUT", "permissions/%2F/" + name,
                                          {"configure": ".*", "write": ".*", "read": ".*"})[0],
                             201)

    def confirming_channel(self, test):
        """A pika channel with publisher confirms (a publish has been routed when it returns),
        its connection closed when `test` ends."""
        import pika
        connection = pika.BlockingConnection(pika.ConnectionParameters(self.broker.host,
                                                                       self.broker.port))
        test.addCleanup(connection.close)
        channel = connection.channel()
        channel.confirm_delivery()
        return channel

    def api(self, path, user="guest", password="guest"):
        return self.request("GET", path, user=user, password=password)

    def settled(self, path, ready, user="guest", password="guest"):
        """GET /api/<path> until ready(body) holds (RabbitMQ's statistics lag) or the deadline;
        returns the last (status, body) either way, for the caller's assertions to judge."""
        deadline = time.monotonic() + STATS_DEADLINE
        while True:
            status, body = self.api(path, user=user, password=password)
            try:
                if status == 200 and ready(body):
                    return status, body
            except (KeyError, IndexError, TypeError):
                pass  # a field the collector has not filled in yet
            if time.monotonic() > deadline:
                return status, body
            time.sleep(0.1)

    def rabbitmqadmin_text(self, *args, user="guest", password="guest"):
        """Runs Debian's rabbitmqadmin; returns (exit code, stdout + stderr)."""
        result = subprocess.run(
            ["/usr/bin/python3", RABBITMQADMIN, "-H", self.broker.host,
             "-P", str(self.broker.http_port), "-u", user, "-p", password] + list(args),
            capture_output=True, text=True, timeout=30)
        return result.returncode, result.stdout + result.stderr

    def rabbitmqadmin(self, *args):
        """rabbitmqadmin's raw JSON output, parsed; fails the test if it fails."""
        code, output = self.rabbitmqadmin_text("-f", "raw_json", *args)
        if code != 0:
            raise AssertionError("rabbitmqadmin %s failed: %s" % (" ".join(args), output))
        return json.loads(output)
