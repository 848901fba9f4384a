"""RabbitMQ's management HTTP API, read side, against a running broker: the JSON that
rabbitmqadmin and monitoring scripts read, checked with plain HTTP and with Debian's own
rabbitmqadmin (from rabbitmq-server's management plugin), while pika makes the objects.

Run with Debian's interpreter (python3-pika):
    /usr/bin/python3 -m unittest discover -s tests/interop/management -v
"""

import base64
import json
import os
import subprocess
import sys
import unittest
import urllib.error
import urllib.request

import pika

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

RABBITMQADMIN = "/usr/bin/rabbitmqadmin"

_broker = None


def setUpModule():
    global _broker
    _broker = broker_under_test.start()
    if _broker.http_port is None:
        _broker.stop()
        raise RuntimeError("the broker under test exposes no management listener")


def tearDownModule():
    if _broker is not None:
        _broker.stop()


def api(path, user="guest", password="guest"):
    """GET /api/<path>; returns (status, parsed JSON body)."""
    request = urllib.request.Request("http://%s:%d/api/%s" % (_broker.host, _broker.http_port, path))
    token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def rabbitmqadmin(*args):
    result = subprocess.run(
        [sys.executable, RABBITMQADMIN, "-H", _broker.host, "-P", str(_broker.http_port),
         "-f", "raw_json"] + list(args),
        capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise AssertionError("rabbitmqadmin %s failed: %s" % (" ".join(args), result.stderr))
    return json.loads(result.stdout)


class ManagementApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.connection = pika.BlockingConnection(
            pika.ConnectionParameters(_broker.host, _broker.port))
        ch = cls.connection.channel()
        ch.exchange_declare("mgmt.events", "topic", durable=True)
        ch.queue_declare("mgmt.jobs", durable=True,
                         arguments={"x-max-length": 10, "x-queue-mode": "default"})
        ch.queue_bind("mgmt.jobs", "mgmt.events", "job.*")
        for i in range(3):
            ch.basic_publish("mgmt.events", "job.created", b"job %d" % i)
        ch.queue_declare("mgmt.idle")
        ch.basic_consume("mgmt.idle", lambda *a: None, consumer_tag="mgmt-consumer")
        cls.channel = ch
        # The publishes are in once a round trip has completed.
        ch.queue_declare("mgmt.jobs", passive=True)

    @classmethod
    def tearDownClass(cls):
        cls.connection.close()

    def test_credentials_are_required(self):
        status, body = api("overview", password="wrong")
        self.assertEqual(status, 401)
        self.assertEqual(body, {"error": "not_authorised", "reason": "Login failed"})
        status, _ = api("queues", user="nobody", password="x")
        self.assertEqual(status, 401)

    def test_overview_counts_objects_and_messages(self):
        status, overview = api("overview")
        self.assertEqual(status, 200)
        self.assertEqual(overview["product_name"], "Warren")
        self.assertGreaterEqual(overview["object_totals"]["queues"], 2)
        self.assertGreaterEqual(overview["object_totals"]["consumers"], 1)
        self.assertGreaterEqual(overview["queue_totals"]["messages_ready"], 3)
        protocols = {listener["protocol"] for listener in overview["listeners"]}
        self.assertIn("amqp", protocols)
        amqp = [l for l in overview["listeners"] if l["protocol"] == "amqp"][0]
        self.assertEqual(amqp["port"], _broker.port)

    def test_a_queue_as_rabbitmq_describes_it(self):
        status, queue = api("queues/%2F/mgmt.jobs")
        self.assertEqual(status, 200)
        self.assertEqual(queue["name"], "mgmt.jobs")
        self.assertEqual(queue["vhost"], "/")
        self.assertTrue(queue["durable"])
        self.assertFalse(queue["auto_delete"])
        self.assertEqual(queue["arguments"], {"x-max-length": 10, "x-queue-mode": "default"})
        self.assertEqual(queue["messages_ready"], 3)
        self.assertEqual(queue["messages"], 3)
        self.assertEqual(queue["consumers"], 0)
        status, body = api("queues/%2F/no-such-queue")
        self.assertEqual(status, 404)
        self.assertEqual(body, {"error": "Object Not Found", "reason": "Not Found"})
        status, _ = api("queues/no-such-vhost")
        self.assertEqual(status, 404)

    def test_rabbitmqadmin_lists_what_pika_made(self):
        queues = {q["name"]: q for q in rabbitmqadmin("list", "queues")}
        self.assertEqual(queues["mgmt.jobs"]["messages"], 3)
        self.assertEqual(queues["mgmt.idle"]["consumers"], 1)
        exchanges = {e["name"]: e for e in rabbitmqadmin("list", "exchanges")}
        self.assertEqual(exchanges["mgmt.events"]["type"], "topic")
        self.assertIn("", exchanges)  # the default exchange, nameless, as in RabbitMQ
        bindings = rabbitmqadmin("list", "bindings")
        self.assertIn({"source": "mgmt.events", "destination": "mgmt.jobs",
                       "destination_type": "queue", "routing_key": "job.*"},
                      [{k: b[k] for k in ("source", "destination", "destination_type",
                                          "routing_key")} for b in bindings])
        # Every queue is bound to the default exchange under its own name.
        self.assertTrue(any(b["source"] == "" and b["destination"] == "mgmt.jobs"
                            and b["routing_key"] == "mgmt.jobs" for b in bindings))
        users = rabbitmqadmin("list", "users")
        self.assertEqual([u["name"] for u in users], ["guest"])
        self.assertEqual(users[0]["tags"], ["administrator"])
        self.assertEqual([v["name"] for v in rabbitmqadmin("list", "vhosts")], ["/"])
        permissions = rabbitmqadmin("list", "permissions")
        self.assertIn({"user": "guest", "vhost": "/", "configure": ".*", "write": ".*",
                       "read": ".*"}, permissions)

    def test_connections_channels_and_consumers(self):
        status, connections = api("connections")
        self.assertEqual(status, 200)
        self.assertGreaterEqual(len(connections), 1)
        self.assertTrue(all(c["user"] == "guest" and c["vhost"] == "/" for c in connections))
        status, consumers = api("consumers")
        self.assertEqual(status, 200)
        tags = [c["consumer_tag"] for c in consumers]
        self.assertIn("mgmt-consumer", tags)
        consumer = consumers[tags.index("mgmt-consumer")]
        self.assertEqual(consumer["queue"], {"name": "mgmt.idle", "vhost": "/"})
        status, channels = api("channels")
        self.assertEqual(status, 200)
        self.assertGreaterEqual(len(channels), 1)

    def test_lists_are_sorted_and_filtered_by_vhost(self):
        status, queues = api("queues/%2F")
        self.assertEqual(status, 200)
        names = [q["name"] for q in queues]
        self.assertEqual(names, sorted(names))
        status, whoami = api("whoami")
        self.assertEqual(whoami, {"name": "guest", "tags": ["administrator"]})

    def test_writes_are_refused_clearly(self):
        request = urllib.request.Request(
            "http://%s:%d/api/queues/%%2F/new" % (_broker.host, _broker.http_port),
            data=b"{}", method="PUT")
        request.add_header("Authorization",
                           "Basic " + base64.b64encode(b"guest:guest").decode())
        with self.assertRaises(urllib.error.HTTPError) as cm:
            urllib.request.urlopen(request, timeout=10)
        self.assertEqual(cm.exception.code, 405)
        self.assertEqual(json.loads(cm.exception.read())["error"], "method_not_allowed")


if __name__ == "__main__":
    unittest.main()
