"""Warren's own live tap resource on its management API (/api/warren/taps), which the console's
remote backend polls: a tap sees what pika publishes to the exchange it watches (all of them when
none is named) with body, properties and headers; it holds a bounded number of messages and
counts the rest as dropped; only users who may read the vhost may tap it, and a tap is its
starter's alone; one nobody polls is stopped. RabbitMQ has no such resource, so this suite is
Warren's only.
"""

import base64
import os
import sys
import time
import unittest

import pika

sys.path.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "management"))
import management_client  # noqa: E402
from management_client import broker_under_test  # noqa: E402

IDLE_TIMEOUT_MS = 2000  # the broker's http_tap_idle_timeout here (30 s by default)
BATCH_LIMIT = 2000  # TapBatch::MaxMessagesPerBatch
DEADLINE = 15.0

client = management_client.ManagementClient()


def setUpModule():
    if broker_under_test.target() != "warren":
        raise unittest.SkipTest("RabbitMQ has no /api/warren/taps")
    client.start_broker(warren_config={"http_tap_idle_timeout": IDLE_TIMEOUT_MS})


tearDownModule = client.stop_broker


class TapTest(unittest.TestCase):
    def setUp(self):
        self.channel = client.confirming_channel(self)

    def start_tap(self, body, user="guest", password="guest"):
        status, answer = client.request("POST", "warren/taps", body, user=user, password=password)
        self.assertEqual(status, 201, answer)
        tap = answer["id"]
        self.addCleanup(client.request, "DELETE", "warren/taps/" + tap, user=user,
                        password=password)
        return tap

    def poll(self, tap, after=0, user="guest", password="guest"):
        status, answer = client.request("GET", "warren/taps/%s?after=%d" % (tap, after),
                                        user=user, password=password)
        self.assertEqual(status, 200, answer)
        return answer

    def collect(self, tap, count):
        """Polls as the console does (continuing from `next`) until `count` messages came."""
        messages, after = [], 0
        deadline = time.monotonic() + DEADLINE
        while len(messages) < count and time.monotonic() < deadline:
            answer = self.poll(tap, after)
            messages += answer["messages"]
            after = answer["next"]
            time.sleep(0.05)
        return messages

    def test_tap_sees_what_is_published_to_its_exchange(self):
        tap = self.start_tap({"vhost": "/", "exchange": "amq.topic"})
        self.channel.basic_publish("amq.topic", "sensor.temp", b'{"celsius": 4.5}',
                                   pika.BasicProperties(content_type="application/json",
                                                        headers={"site": "north"}))
        self.channel.basic_publish("amq.direct", "elsewhere", b"not tapped")
        self.channel.basic_publish("amq.topic", "order.created", b"\x00\xffbinary")
        messages = self.collect(tap, 2)
        self.assertEqual([m["routing_key"] for m in messages], ["sensor.temp", "order.created"])
        first, second = messages
        self.assertEqual(first["exchange"], "amq.topic")
        self.assertEqual(base64.b64decode(first["payload"]), b'{"celsius": 4.5}')
        self.assertEqual(first["payload_encoding"], "base64")
        self.assertEqual(first["payload_bytes"], 16)
        self.assertIn(["content_type", "application/json"], first["properties"])
        self.assertIn(["site", "north"], first["headers"])
        self.assertLess(abs(first["published_at"] / 1000.0 - time.time()), 60)
        self.assertEqual(first["routed_queues"], 0)
        self.assertEqual(base64.b64decode(second["payload"]), b"\x00\xffbinary")
        self.assertLess(first["sequence"], second["sequence"])
        # What was polled past is gone; nothing more came.
        self.assertEqual(self.poll(tap, second["sequence"])["messages"], [])
        self.assertEqual(client.request("DELETE", "warren/taps/" + tap), (204, None))
        self.assertEqual(client.request("GET", "warren/taps/" + tap)[0], 404)

    def test_tap_without_exchange_sees_every_exchange(self):
        tap = self.start_tap({"vhost": "/"})
        self.channel.queue_declare("tap.all", auto_delete=True)
        self.channel.basic_publish("", "tap.all", b"default")
        self.channel.basic_publish("amq.fanout", "", b"fanout")
        messages = self.collect(tap, 2)
        self.assertEqual([(m["exchange"], m["routed_queues"]) for m in messages],
                         [("", 1), ("amq.fanout", 0)])

    def test_a_tap_is_bounded_and_counts_what_it_dropped(self):
        tap = self.start_tap({"vhost": "/", "exchange": "amq.direct"})
        total = BATCH_LIMIT + 500
        channel = self.channel.connection.channel()  # no confirms: fast
        held, dropped = 0, 0
        for i in range(total):
            channel.basic_publish("amq.direct", "flood", b"%d" % i)
            if i % 500 == 0:  # keeps it from going idle; polling after 0 forgets nothing
                dropped += self.poll(tap, 0)["dropped"]
        channel.queue_declare("", exclusive=True)  # a round trip: every publish is routed
        deadline = time.monotonic() + DEADLINE
        while held + dropped < total and time.monotonic() < deadline:
            answer = self.poll(tap, 0)
            held, dropped = len(answer["messages"]), dropped + answer["dropped"]
            time.sleep(0.05)
        self.assertEqual((held, dropped), (BATCH_LIMIT, total - BATCH_LIMIT))
        self.assertEqual(self.poll(tap, answer["next"]), {"messages": [], "next": answer["next"],
                                                          "dropped": 0})

    def test_only_readers_of_the_vhost_tap_it_and_only_their_own_taps(self):
        self.assertEqual(client.request("PUT", "users/tapper",
                                        {"password": "tapper", "tags": "management"})[0], 201)
        self.addCleanup(client.request, "DELETE", "users/tapper")
        body = {"vhost": "/", "exchange": "amq.topic"}
        status, answer = client.request("POST", "warren/taps", body, "tapper", "tapper")
        self.assertEqual((status, answer["error"]), (401, "not_authorised"))
        self.assertEqual(client.request("POST", "warren/taps", body, "guest", "wrong")[0], 401)
        self.assertEqual(client.request("POST", "warren/taps", {"vhost": "nowhere"})[0], 404)
        self.assertEqual(client.request("POST", "warren/taps",
                                        {"vhost": "/", "exchange": "no.such"})[0], 404)
        self.assertEqual(client.request("POST", "warren/taps", {"exchange": "amq.topic"})[0],
                         400)
        self.assertEqual(client.request("PUT", "permissions/%2F/tapper",
                                        {"configure": "", "write": "", "read": ".*"})[0], 201)
        tap = self.start_tap(body, "tapper", "tapper")
        # Another user, even an administrator, cannot read or stop it.
        self.assertEqual(client.request("GET", "warren/taps/" + tap)[0], 404)
        self.assertEqual(client.request("DELETE", "warren/taps/" + tap)[0], 404)
        self.poll(tap, 0, "tapper", "tapper")
        # Once the permission goes, so does the tap.
        self.assertEqual(client.request("DELETE", "permissions/%2F/tapper")[0], 204)
        status, answer = client.request("GET", "warren/taps/%s?after=0" % tap,
                                         user="tapper", password="tapper")
        self.assertEqual(status, 401)
        self.assertEqual(client.request("PUT", "permissions/%2F/tapper",
                                        {"configure": "", "write": "", "read": ".*"})[0], 201)
        self.assertEqual(client.request("GET", "warren/taps/" + tap, user="tapper",
                                        password="tapper")[0], 404)

    def test_deleting_the_exchange_ends_the_tap_with_the_reason(self):
        self.channel.exchange_declare("tap.doomed", "topic")
        tap = self.start_tap({"vhost": "/", "exchange": "tap.doomed"})
        self.channel.basic_publish("tap.doomed", "last.words", b"bye")
        self.channel.exchange_delete("tap.doomed")
        messages, error, after = [], None, 0
        deadline = time.monotonic() + DEADLINE
        while error is None and time.monotonic() < deadline:
            answer = self.poll(tap, after)
            messages += answer["messages"]
            after, error = answer["next"], answer.get("error")
            time.sleep(0.05)
        self.assertEqual([m["routing_key"] for m in messages], ["last.words"])
        self.assertIn("tap.doomed", error)
        self.assertEqual(client.request("GET", "warren/taps/" + tap)[0], 404)

    def test_a_tap_nobody_polls_is_stopped(self):
        tap = self.start_tap({"vhost": "/"})
        self.poll(tap)
        time.sleep(IDLE_TIMEOUT_MS * 2 / 1000.0)  # past the timeout and the check after it
        self.assertEqual(client.request("GET", "warren/taps/" + tap)[0], 404)


if __name__ == "__main__":
    unittest.main()
