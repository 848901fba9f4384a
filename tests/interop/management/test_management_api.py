"""RabbitMQ's management HTTP API against a running broker: the JSON that rabbitmqadmin and
monitoring scripts read, and the changes they make, checked with plain HTTP and with Debian's
own rabbitmqadmin (from rabbitmq-server's management plugin), with pika on the AMQP side
(including topic permissions, which only the API sets and only AMQP enforces).

Run with Debian's interpreter (python3-pika):
    /usr/bin/python3 -m unittest discover -s tests/interop/management -v
"""

import base64
import json
import os
import subprocess
import tempfile
import sys
import unittest

import pika

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from management_client import broker_under_test  # noqa: E402

from management_client import RABBITMQADMIN, ManagementClient  # noqa: E402

_broker = None
_client = None


def setUpModule():
    global _broker, _client
    _broker = broker_under_test.start()
    if _broker.http_port is None:
        _broker.stop()
        raise RuntimeError("the broker under test exposes no management listener")
    _client = ManagementClient(_broker)


def tearDownModule():
    if _broker is not None:
        _broker.stop()


def api(path, user="guest", password="guest"):
    """GET /api/<path>; returns (status, parsed JSON body)."""
    return _client.api(path, user=user, password=password)


def rabbitmqadmin_text(*args, user="guest", password="guest"):
    """Runs rabbitmqadmin; returns (exit code, stdout + stderr)."""
    return _client.rabbitmqadmin_text(*args, user=user, password=password)


def rabbitmqadmin(*args):
    return _client.rabbitmqadmin(*args)


def settled(path, ready, user="guest", password="guest"):
    """GET /api/<path> until ready(body) holds (RabbitMQ's statistics lag), or the deadline."""
    return _client.settled(path, ready, user=user, password=password)


def change(method, path, body=None, user="guest", password="guest"):
    """PUT/POST/DELETE /api/<path>; returns (status, parsed JSON body or None)."""
    return _client.request(method, path, body, user, password)


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
        # RabbitMQ spells this one "not_authorized", its other refusals "not_authorised".
        self.assertEqual(body, {"error": "not_authorized", "reason": "Login failed"})
        status, _ = api("queues", user="nobody", password="x")
        self.assertEqual(status, 401)
        # A user without a management tag may log in over AMQP but not use the API.
        self.assertEqual(change("PUT", "users/mgmt-plain", {"password": "pw", "tags": ""})[0], 201)
        self.addCleanup(change, "DELETE", "users/mgmt-plain")
        self.assertEqual(api("overview", user="mgmt-plain", password="pw"),
                         (401, {"error": "not_authorised", "reason": "Not management user"}))

    def test_overview_counts_objects_and_messages(self):
        status, overview = settled("overview", lambda o: o["queue_totals"]["messages_ready"] >= 3
                                   and o["object_totals"]["consumers"] >= 1)
        self.assertEqual(status, 200)
        self.assertEqual(sorted(t["name"] for t in overview["exchange_types"]),
                         ["direct", "fanout", "headers", "topic"])
        # Warren announces itself as the product its clients know, and adds its own version.
        self.assertEqual(overview["product_name"], "RabbitMQ")
        self.assertEqual("warren_version" in overview, broker_under_test.target() == "warren")
        self.assertGreaterEqual(overview["object_totals"]["queues"], 2)
        self.assertGreaterEqual(overview["object_totals"]["consumers"], 1)
        self.assertGreaterEqual(overview["queue_totals"]["messages_ready"], 3)
        protocols = {listener["protocol"] for listener in overview["listeners"]}
        self.assertIn("amqp", protocols)
        amqp = [l for l in overview["listeners"] if l["protocol"] == "amqp"][0]
        self.assertEqual(amqp["port"], _broker.port)

    def test_a_queue_as_rabbitmq_describes_it(self):
        status, queue = settled("queues/%2F/mgmt.jobs", lambda q: q["messages"] == 3)
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

    def test_queue_type_node_and_cluster_members(self):
        # What the console reads to tell queue types and cluster health apart.
        _, overview = api("overview")
        status, queue = api("queues/%2F/mgmt.jobs")
        self.assertEqual(status, 200)
        self.assertEqual(queue["type"], "classic")
        self.assertEqual(queue["node"], overview["node"])
        # RabbitMQ's figures (partitions, alarms, memory) come with its statistics.
        status, nodes = settled("nodes", lambda ns: ns[0]["mem_used"] > 0)
        self.assertEqual(status, 200)
        self.assertEqual([n["name"] for n in nodes], [overview["node"]])
        self.assertTrue(nodes[0]["running"])
        self.assertEqual(nodes[0]["partitions"], [])
        self.assertFalse(nodes[0]["mem_alarm"])
        self.assertFalse(nodes[0]["disk_free_alarm"])
        self.assertGreater(nodes[0]["mem_used"], 0)

    def test_rabbitmqadmin_lists_what_pika_made(self):
        settled("queues/%2F", lambda qs: {q["name"]: q for q in qs}["mgmt.jobs"]["messages"] == 3
                and {q["name"]: q for q in qs}["mgmt.idle"]["consumers"] == 1)
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
        status, connections = settled("connections", len)
        self.assertEqual(status, 200)
        self.assertGreaterEqual(len(connections), 1)
        self.assertTrue(all(c["user"] == "guest" and c["vhost"] == "/" for c in connections))
        self.assertTrue(all(c["protocol"] == "AMQP 0-9-1" for c in connections))
        self.assertEqual(connections[0]["client_properties"]["product"],
                         "Pika Python Client Library")
        status, consumers = settled("consumers",
                                    lambda cs: any(c["consumer_tag"] == "mgmt-consumer" for c in cs))
        self.assertEqual(status, 200)
        tags = [c["consumer_tag"] for c in consumers]
        self.assertIn("mgmt-consumer", tags)
        consumer = consumers[tags.index("mgmt-consumer")]
        self.assertEqual(consumer["queue"], {"name": "mgmt.idle", "vhost": "/"})
        self.assertTrue(consumer["ack_required"])
        self.assertFalse(consumer["exclusive"])
        self.assertEqual(consumer["arguments"], {})
        names = {c["name"] for c in connections}
        self.assertIn(consumer["channel_details"]["connection_name"], names)
        status, channels = settled("channels", len)
        self.assertEqual(status, 200)
        self.assertGreaterEqual(len(channels), 1)
        channel = [c for c in channels if c["consumer_count"] == 1][0]
        self.assertEqual(channel["name"], "%s (%d)" % (channel["connection_details"]["name"],
                                                      channel["number"]))
        self.assertIn(channel["connection_details"]["name"], names)
        self.assertEqual((channel["confirm"], channel["transactional"]), (False, False))

    def test_lists_are_sorted_and_filtered_by_vhost(self):
        status, queues = api("queues/%2F")
        self.assertEqual(status, 200)
        names = [q["name"] for q in queues]
        self.assertEqual(names, sorted(names))
        status, whoami = api("whoami")
        self.assertEqual(whoami, {"name": "guest", "tags": ["administrator"]})

    def amqp(self):
        connection = pika.BlockingConnection(pika.ConnectionParameters(_broker.host, _broker.port))
        self.addCleanup(connection.close)
        return connection.channel()

    def test_rabbitmqadmin_declares_binds_publishes_and_deletes(self):
        def ok(*args):
            code, output = rabbitmqadmin_text(*args)
            self.assertEqual(code, 0, output)
            return output
        ok("declare", "queue", "name=mgmt.made", "durable=true",
           'arguments={"x-max-length": 7}')
        ok("declare", "exchange", "name=mgmt.fan", "type=fanout")
        ok("declare", "binding", "source=mgmt.fan", "destination=mgmt.made", "routing_key=k")
        self.assertIn("Message published", ok("publish", "exchange=mgmt.fan", "routing_key=k",
                                              "payload=hello"))
        ch = self.amqp()
        declared = ch.queue_declare("mgmt.made", durable=True, arguments={"x-max-length": 7})
        self.assertEqual(declared.method.message_count, 1)
        _method, _properties, body = ch.basic_get("mgmt.made", auto_ack=True)
        self.assertEqual(body, b"hello")
        # Publishing where nothing is bound reports it was not routed.
        self.assertIn("NOT routed", ok("publish", "exchange=amq.default",
                                       "routing_key=nowhere", "payload=x"))

        ok("publish", "exchange=mgmt.fan", "routing_key=k", "payload=again")
        ok("purge", "queue", "name=mgmt.made")
        # Settled on the count after the purge, not on one the collector saw before it.
        self.assertEqual(ch.queue_declare("mgmt.made", durable=True,
                                          arguments={"x-max-length": 7}).method.message_count, 0)
        self.assertEqual(settled("queues/%2F/mgmt.made", lambda q: q["messages"] == 0)[1]
                         .get("messages"), 0)
        ok("delete", "binding", "source=mgmt.fan", "destination=mgmt.made",
           "destination_type=queue", "properties_key=k")
        self.assertFalse(any(b["source"] == "mgmt.fan" for b in rabbitmqadmin("list", "bindings")))
        ok("delete", "queue", "name=mgmt.made")
        ok("delete", "exchange", "name=mgmt.fan")
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            self.amqp().queue_declare("mgmt.made", passive=True)
        self.assertEqual(cm.exception.reply_code, 404)

    def test_rabbitmqadmin_gets_messages_and_puts_them_back(self):
        ch = self.amqp()
        ch.queue_declare("mgmt.peek")
        for body in (b"first", b"second", bytes([0, 255, 1])):
            ch.basic_publish("", "mgmt.peek", body,
                             pika.BasicProperties(content_type="text/plain", delivery_mode=2,
                                                  headers={"tenant": "acme", "tries": 3,
                                                           "route": ["a", "b"]}))
        ch.queue_declare("mgmt.peek", passive=True)
        got = rabbitmqadmin("get", "queue=mgmt.peek", "count=2", "ackmode=ack_requeue_true")
        self.assertEqual([m["payload"] for m in got], ["first", "second"])
        self.assertEqual([m["message_count"] for m in got], [2, 1])
        self.assertEqual(got[0]["properties"]["content_type"], "text/plain")
        self.assertEqual(got[0]["properties"]["delivery_mode"], 2)
        self.assertEqual(got[0]["properties"]["headers"]["tenant"], "acme")
        # Header values keep their types, as RabbitMQ writes them: numbers, arrays.
        self.assertEqual(got[0]["properties"]["headers"]["tries"], 3)
        self.assertEqual(got[0]["properties"]["headers"]["route"], ["a", "b"])
        self.assertEqual(got[0]["routing_key"], "mgmt.peek")
        status, third = change("POST", "queues/%2F/mgmt.peek/get",
                               {"count": 3, "ackmode": "ack_requeue_true", "encoding": "auto"})
        self.assertEqual(status, 200)
        self.assertEqual(third[2]["payload_encoding"], "base64")
        # Requeued: all three are still there, in order, for a real consumer.
        self.assertEqual(ch.queue_declare("mgmt.peek", passive=True).method.message_count, 3)
        method, _p, body = ch.basic_get("mgmt.peek", auto_ack=True)
        self.assertEqual(body, b"first")
        if broker_under_test.target() == "warren":
            # Warren looks without taking, so nothing comes back marked redelivered.
            self.assertFalse(method.redelivered)
        self.assertEqual(change("POST", "queues/%2F/no-such-queue/get",
                                {"count": 1, "ackmode": "ack_requeue_true",
                                 "encoding": "auto"})[0], 404)

    def test_bindings_between_an_exchange_and_a_queue(self):
        ch = self.amqp()
        ch.queue_declare("mgmt.between")
        ch.queue_bind("mgmt.between", "mgmt.events", "a.*")
        ch.queue_bind("mgmt.between", "amq.topic", "a.*")
        status, between = api("bindings/%2F/e/mgmt.events/q/mgmt.between")
        self.assertEqual(status, 200)
        self.assertEqual([(b["source"], b["routing_key"], b["properties_key"]) for b in between],
                         [("mgmt.events", "a.*", "a.%2A")])  # quote_plus, as RabbitMQ
        # RabbitMQ 3.10 lists none, not 404, when an end is missing.
        self.assertEqual(api("bindings/%2F/e/mgmt.events/q/no-such-queue"), (200, []))
        # One binding by its properties key, as rabbitmqadmin names it.
        status, one = api("bindings/%2F/e/mgmt.events/q/mgmt.between/a.%252A")
        self.assertEqual(status, 200)
        self.assertEqual({k: one[k] for k in ("source", "destination", "destination_type",
                                              "routing_key", "arguments", "vhost")},
                         {"source": "mgmt.events", "destination": "mgmt.between",
                          "destination_type": "queue", "routing_key": "a.*", "arguments": {},
                          "vhost": "/"})
        self.assertEqual(api("bindings/%2F/e/mgmt.events/q/mgmt.between/b"),
                         (404, {"error": "Object Not Found", "reason": "Not Found"}))
        # A queue's bindings, the default exchange's included; an exchange's as source.
        status, of_queue = api("queues/%2F/mgmt.between/bindings")
        self.assertEqual(status, 200)
        self.assertEqual(sorted((b["source"], b["routing_key"]) for b in of_queue),
                         [("", "mgmt.between"), ("amq.topic", "a.*"), ("mgmt.events", "a.*")])
        status, of_exchange = api("exchanges/%2F/mgmt.events/bindings/source")
        self.assertEqual(status, 200)
        self.assertIn(("mgmt.between", "a.*"),
                      [(b["destination"], b["routing_key"]) for b in of_exchange])
        self.assertTrue(all(b["source"] == "mgmt.events" for b in of_exchange))
        self.assertEqual(api("exchanges/%2F/mgmt.events/bindings/destination"), (200, []))

    def test_status_codes_and_refusals_are_rabbitmqs(self):
        self.assertEqual(change("PUT", "queues/%2F/mgmt.codes", {"durable": False})[0], 201)
        self.assertEqual(change("PUT", "queues/%2F/mgmt.codes", {"durable": False})[0], 204)
        status, body = change("PUT", "queues/%2F/mgmt.codes", {"durable": True})
        self.assertEqual(status, 400)
        self.assertIn("inequivalent arg 'durable'", body["reason"])
        not_found = {"error": "Object Not Found", "reason": "Not Found"}
        self.assertEqual(change("DELETE", "queues/%2F/mgmt.codes"), (204, None))
        self.assertEqual(change("DELETE", "queues/%2F/mgmt.codes"), (404, not_found))
        self.assertEqual(change("DELETE", "queues/no-vhost/q"), (404, not_found))
        self.assertEqual(change("PUT", "queues/no-vhost/q", {}),
                         (404, {"error": "not_found", "reason": "vhost_not_found"}))
        # Without a type, an exchange is direct (exchange.declare's default).
        self.assertEqual(change("PUT", "exchanges/%2F/mgmt.typeless", {})[0], 201)
        self.addCleanup(change, "DELETE", "exchanges/%2F/mgmt.typeless")
        self.assertEqual(api("exchanges/%2F/mgmt.typeless")[1]["type"], "direct")
        self.assertEqual(change("PUT", "exchanges/%2F/mgmt.bogus", {"type": "bogus"}),
                         (400, {"error": "bad_request",
                                "reason": "unknown exchange type 'bogus'"}))
        self.assertEqual(change("PUT", "queues/%2F/mgmt.bad", b"{not json"),
                         (400, {"error": "bad_request", "reason": "not_json"}))
        # amq.* is the broker's: new ones are refused, the broker's own redeclared as they are.
        access_refused = {"error": "not_authorised", "reason": "Access refused."}
        self.assertEqual(change("PUT", "exchanges/%2F/amq.custom", {"type": "direct"}),
                         (401, access_refused))
        self.assertEqual(change("PUT", "queues/%2F/amq.custom", {}), (401, access_refused))
        self.assertEqual(change("PUT", "exchanges/%2F/amq.topic",
                                {"type": "topic", "durable": True})[0], 204)
        self.assertEqual(change("DELETE", "exchanges/%2F/amq.topic"), (401, access_refused))
        self.assertEqual(change("DELETE", "exchanges/%2F/amq.default"), (401, access_refused))
        # A binding to something missing names it, unlike the plain 404.
        self.assertEqual(change("POST", "bindings/%2F/e/mgmt.events/q/no-such-queue",
                                {"routing_key": "k"}),
                         (404, {"error": "not_found",
                                "reason": "no queue 'no-such-queue' in vhost '/'"}))
        self.assertEqual(change("POST", "exchanges/%2F/no-such-exchange/publish",
                                {"routing_key": "k", "payload": "p", "payload_encoding": "string",
                                 "properties": {}}),
                         (400, {"error": "bad_request", "reason":
                                "404 NOT_FOUND - no exchange 'no-such-exchange' in vhost '/'"}))
        status, body = change("POST", "definitions", {"queues": [
            {"name": "stray", "vhost": "nope", "durable": True, "arguments": {}}]})
        self.assertEqual((status, body), (400, {"error": "bad_request",
                                                "reason": ["no_such_vhost", "nope"]}))
        self.assertEqual(change("PUT", "users/mgmt-tagless", {"password": "pw"}),
                         (400, {"error": "bad_request", "reason": "tags_not_present"}))
        self.assertEqual(change("PUT", "permissions/%2F/mgmt-nobody",
                                {"configure": ".*", "write": ".*", "read": ".*"}),
                         (400, {"error": "bad_request", "reason": "vhost_or_user_not_found"}))
        self.assertEqual(change("DELETE", "permissions/%2F/mgmt-nobody"), (404, not_found))
        # Required keys are named as the Erlang term RabbitMQ prints.
        self.assertEqual(change("PUT", "permissions/%2F/guest", {"configure": ".*"}),
                         (400, {"error": "bad_request",
                                "reason": "[{key_missing,write},{key_missing,read}]"}))
        self.assertEqual(change("POST", "queues/%2F/mgmt.jobs/get", {"count": 1}),
                         (400, {"error": "bad_request",
                                "reason": "[{key_missing,ackmode},{key_missing,encoding}]"}))
        self.assertEqual(change("POST", "exchanges/%2F/amq.direct/publish", {"payload": "p"}),
                         (400, {"error": "bad_request",
                                "reason": "[{key_missing,routing_key},\n {key_missing,properties},"
                                          "\n {key_missing,payload_encoding}]"}))
        # A user may be made without a password; nobody logs in as them with one.
        self.assertEqual(change("PUT", "users/mgmt-nopassword", {"tags": "management"}),
                         (201, None))
        self.addCleanup(change, "DELETE", "users/mgmt-nopassword")
        self.assertEqual(api("whoami", user="mgmt-nopassword", password="")[0], 401)

    def test_missing_policies_and_warren_operator_policies(self):
        status, listed = api("policies")
        self.assertEqual(status, 200)
        self.assertIsInstance(listed, list)
        self.assertEqual(api("policies/%2F/mgmt-no-such-policy")[0], 404)
        self.assertEqual(change("DELETE", "policies/%2F/mgmt-no-such-policy")[0], 404)
        if broker_under_test.target() != "warren":
            return
        # Warren has no operator policies: none are listed, and one is refused rather than
        # taken and silently ignored.
        self.assertEqual(api("operator-policies"), (200, []))
        status, body = change("PUT", "operator-policies/%2F/mgmt-ttl",
                              {"pattern": "^mgmt\\.", "definition": {"message-ttl": 1000},
                               "priority": 0, "apply-to": "queues"})
        self.assertEqual(status, 400, body)
        self.assertEqual(body["error"], "bad_request")

    def test_password_hashes_new_sha512_and_imported_sha256(self):
        # RabbitMQ 3.10 hashes new passwords with its configured default, SHA-256; Warren with
        # SHA-512 (rabbit_password_hashing_sha512), and both take either from an import.
        expected = ("rabbit_password_hashing_sha512" if broker_under_test.target() == "warren"
                    else "rabbit_password_hashing_sha256")
        self.assertEqual(change("PUT", "users/hash-new", {"password": "pw", "tags": ""})[0], 201)
        status, user = api("users/hash-new")
        self.assertEqual((status, user["hashing_algorithm"]), (200, expected))
        digest_size = 64 if expected.endswith("sha512") else 32
        self.assertEqual(len(base64.b64decode(user["password_hash"])), 4 + digest_size)
        # RabbitMQ's documented hashes of "test12" under the salt 908DC60A.
        imported = {
            "rabbit_password_hashing_sha256": "kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR",
            "rabbit_password_hashing_sha512":
                "kI3GChuNuIYf8lRbCCxZjgjKwsY19ns6+uFO0zcXRBGA/XGJPYD8OWMy7EB8TaOmAzjP2azv84Gb"
                "INYwX2cDWb4DHnc=",
        }
        for algorithm, password_hash in imported.items():
            with self.subTest(algorithm=algorithm):
                name = "hash-" + algorithm[-6:]
                self.assertEqual(change("PUT", "users/" + name,
                                        {"password_hash": password_hash, "tags": "",
                                         "hashing_algorithm": algorithm})[0], 201)
                self.assertEqual(change("PUT", "permissions/%2F/" + name,
                                        {"configure": ".*", "write": ".*", "read": ".*"})[0], 201)
                self.assertEqual(api("users/" + name)[1]["hashing_algorithm"], algorithm)
                connection = pika.BlockingConnection(pika.ConnectionParameters(
                    _broker.host, _broker.port, "/", pika.PlainCredentials(name, "test12")))
                connection.close()
                with self.assertRaises(pika.exceptions.ProbableAuthenticationError):
                    pika.BlockingConnection(pika.ConnectionParameters(
                        _broker.host, _broker.port, "/", pika.PlainCredentials(name, "test13")))
                change("DELETE", "users/" + name)
        change("DELETE", "users/hash-new")

    def test_users_vhosts_and_permissions(self):
        self.assertEqual(change("PUT", "users/mgmt-ops",
                                {"password": "pw", "tags": "monitoring"})[0], 201)
        self.assertEqual(change("PUT", "vhosts/mgmt-dev")[0], 201)
        self.assertEqual(change("PUT", "vhosts/mgmt-dev")[0], 204)
        self.assertEqual(change("PUT", "permissions/mgmt-dev/mgmt-ops",
                                {"configure": "^ops\\.", "write": "^ops\\.",
                                 "read": ".*"})[0], 201)
        # Whoever makes a vhost over the API gets every permission in it.
        self.assertEqual(api("permissions/mgmt-dev/guest")[1],
                         {"user": "guest", "vhost": "mgmt-dev", "configure": ".*", "write": ".*",
                          "read": ".*"})
        status, whoami = api("whoami", user="mgmt-ops", password="pw")
        self.assertEqual((status, whoami), (200, {"name": "mgmt-ops", "tags": ["monitoring"]}))
        # A monitoring user changes queues, exchanges and bindings within their permissions, but
        # users, permissions and vhosts are the administrator's.
        ops = {"user": "mgmt-ops", "password": "pw"}
        self.assertEqual(change("PUT", "queues/mgmt-dev/ops.q", {}, **ops), (201, None))
        self.assertEqual(change("PUT", "queues/mgmt-dev/other.q", {}, **ops),
                         (401, {"error": "not_authorised", "reason": "Access refused."}))
        self.assertEqual(change("PUT", "queues/%2F/ops.q", {}, **ops),
                         (401, {"error": "not_authorised",
                                "reason": "User not authorised to access virtual host"}))
        self.assertEqual(change("DELETE", "queues/mgmt-dev/ops.q", **ops), (204, None))
        not_administrator = (401, {"error": "not_authorised", "reason": "Not administrator user"})
        self.assertEqual(change("PUT", "vhosts/mgmt-other", **ops), not_administrator)
        self.assertEqual(change("PUT", "permissions/mgmt-dev/mgmt-ops",
                                {"configure": ".*", "write": ".*", "read": ".*"}, **ops),
                         not_administrator)
        self.assertEqual(api("users", **ops), not_administrator)
        self.assertEqual(api("permissions", **ops), not_administrator)
        # They see the queues of their vhosts only; monitoring, every vhost's name.
        self.assertEqual(api("queues/%2F", **ops),
                         (401, {"error": "not_authorised",
                                "reason": "User not authorised to access virtual host"}))
        self.assertEqual(api("queues/%2F/mgmt.jobs", **ops)[0], 401)
        status, visible = api("queues", **ops)
        self.assertEqual(status, 200)
        self.assertTrue(all(q["vhost"] == "mgmt-dev" for q in visible), visible)
        self.assertEqual(api("exchanges/%2F", **ops)[0], 401)
        self.assertTrue(all(e["vhost"] == "mgmt-dev" for e in api("exchanges", **ops)[1]))
        self.assertIn("/", [v["name"] for v in api("vhosts", **ops)[1]])
        self.assertEqual(api("vhosts/%2F", **ops), not_administrator)
        # The permission works over AMQP as set.
        connection = pika.BlockingConnection(pika.ConnectionParameters(
            _broker.host, _broker.port, "mgmt-dev", pika.PlainCredentials("mgmt-ops", "pw")))
        ch = connection.channel()
        ch.queue_declare("ops.jobs")
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            ch.queue_declare("other.jobs")
        self.assertEqual(cm.exception.reply_code, 403)
        connection.close()
        self.assertEqual(api("permissions/mgmt-dev/mgmt-ops")[1]["configure"], "^ops\\.")
        self.assertEqual(change("DELETE", "permissions/mgmt-dev/mgmt-ops")[0], 204)
        self.assertEqual(change("DELETE", "vhosts/mgmt-dev")[0], 204)
        self.assertEqual(api("vhosts/mgmt-dev")[0], 404)
        self.assertEqual(change("DELETE", "users/mgmt-ops")[0], 204)
        self.assertEqual(api("whoami", user="mgmt-ops", password="pw")[0], 401)

    def test_an_export_with_server_named_queues_imports_again(self):
        # A durable server-named queue (amq.gen-...) is in the export, as in RabbitMQ; importing
        # that export skips it (and bindings to it) instead of refusing the file half done.
        connection = pika.BlockingConnection(pika.ConnectionParameters(_broker.host, _broker.port))
        ch = connection.channel()
        server_named = ch.queue_declare("", durable=True, exclusive=False).method.queue
        ch.queue_bind(server_named, "amq.direct", "server-named")
        status, definitions = api("definitions")
        self.assertEqual(status, 200)
        self.assertIn(server_named, [q["name"] for q in definitions["queues"]])
        ch.queue_delete(server_named)
        definitions["queues"].append({"name": "mgmt.after-amq-gen", "vhost": "/",
                                      "durable": True, "auto_delete": False, "arguments": {}})
        definitions["exchanges"].append({"name": "amq.mgmt-custom", "vhost": "/",
                                         "type": "direct", "durable": True,
                                         "auto_delete": False, "internal": False,
                                         "arguments": {}})
        self.assertEqual(change("POST", "definitions", definitions)[0], 204)
        names = [q["name"] for q in api("queues")[1]]
        self.assertNotIn(server_named, names)
        self.assertIn("mgmt.after-amq-gen", names)
        self.assertEqual(api("exchanges/%2F/amq.mgmt-custom")[0], 404)
        self.assertFalse(any(b["destination"] == server_named for b in api("bindings")[1]))
        ch.queue_delete("mgmt.after-amq-gen")
        connection.close()

    def test_definitions_copy_from_one_broker_to_another(self):
        with tempfile.TemporaryDirectory() as work:
            exported = os.path.join(work, "definitions.json")
            code, output = rabbitmqadmin_text("export", exported)
            self.assertEqual(code, 0, output)
            with open(exported) as f:
                definitions = json.load(f)
            queue = [q for q in definitions["queues"] if q["name"] == "mgmt.jobs"][0]
            self.assertEqual(queue["arguments"], {"x-max-length": 10, "x-queue-mode": "default"})
            self.assertIn("mgmt.events", [e["name"] for e in definitions["exchanges"]])
            self.assertFalse(any(e["name"].startswith("amq.") for e in definitions["exchanges"]))
            self.assertIn({"source": "mgmt.events", "vhost": "/", "destination": "mgmt.jobs",
                           "destination_type": "queue", "routing_key": "job.*",
                           "arguments": {}}, definitions["bindings"])
            definitions["users"].append({"name": "mgmt-copied", "tags": ["management"],
                                         "password_hash": [u for u in definitions["users"]
                                                           if u["name"] == "guest"][0]["password_hash"]})
            definitions["permissions"].append({"user": "mgmt-copied", "vhost": "/",
                                               "configure": ".*", "write": ".*", "read": ".*"})
            with open(exported, "w") as f:
                json.dump(definitions, f)

            # A second, empty broker takes the file through rabbitmqadmin import.
            other = broker_under_test.start()
            try:
                result = subprocess.run(
                    [sys.executable, RABBITMQADMIN, "-H", other.host, "-P", str(other.http_port),
                     "-u", "guest", "-p", "guest", "import", exported],
                    capture_output=True, text=True, timeout=30)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
                connection = pika.BlockingConnection(pika.ConnectionParameters(
                    other.host, other.port, "/",
                    pika.PlainCredentials("mgmt-copied", "guest")))  # guest's hash, copied
                ch = connection.channel()
                ch.confirm_delivery()
                ch.basic_publish("mgmt.events", "job.copied", b"routed in the copy")
                declared = ch.queue_declare("mgmt.jobs", durable=True,
                                            arguments={"x-max-length": 10,
                                                       "x-queue-mode": "default"})
                self.assertEqual(declared.method.message_count, 1)
                connection.close()
            finally:
                other.stop()


class TopicPermissionsTest(unittest.TestCase):
    """RabbitMQ's topic authorisation: set over the API, enforced on AMQP publishes and binds
    to topic exchanges."""

    USER = "mgmt-topics"

    @classmethod
    def setUpClass(cls):
        assert change("PUT", "users/" + cls.USER, {"password": "pw", "tags": ""})[0] in (201, 204)
        assert change("PUT", "permissions/%2F/" + cls.USER,
                      {"configure": ".*", "write": ".*", "read": ".*"})[0] in (201, 204)
        connection = pika.BlockingConnection(pika.ConnectionParameters(_broker.host, _broker.port))
        ch = connection.channel()
        ch.exchange_declare("mgmt.topicauth", "topic", durable=True)
        ch.exchange_declare("mgmt.directauth", "direct", durable=True)
        connection.close()

    @classmethod
    def tearDownClass(cls):
        change("DELETE", "users/" + cls.USER)

    def setUp(self):
        change("DELETE", "topic-permissions/%2F/" + self.USER)
        self.addCleanup(change, "DELETE", "topic-permissions/%2F/" + self.USER)

    def put(self, exchange, write, read):
        status, body = change("PUT", "topic-permissions/%2F/" + self.USER,
                              {"exchange": exchange, "write": write, "read": read})
        self.assertIn(status, (201, 204), body)

    def channel(self):
        connection = pika.BlockingConnection(pika.ConnectionParameters(
            _broker.host, _broker.port, "/", pika.PlainCredentials(self.USER, "pw")))
        self.addCleanup(lambda: connection.is_open and connection.close())
        ch = connection.channel()
        ch.confirm_delivery()
        return connection, ch

    def test_put_get_and_delete(self):
        self.put("mgmt.topicauth", "^a\\.", "")
        self.put("amq.topic", ".*", "^b")
        expected = {"user": self.USER, "vhost": "/", "exchange": "mgmt.topicauth",
                    "write": "^a\\.", "read": ""}
        status, listed = api("topic-permissions")
        self.assertEqual(status, 200)
        self.assertIn(expected, listed)
        status, mine = api("topic-permissions/%2F/" + self.USER)
        self.assertEqual(status, 200)
        self.assertEqual(sorted(p["exchange"] for p in mine), ["amq.topic", "mgmt.topicauth"])
        self.assertIn(expected, api("users/%s/topic-permissions" % self.USER)[1])
        self.assertIn(expected, api("vhosts/%2F/topic-permissions")[1])
        # Changing one exchange's patterns replaces them.
        self.put("mgmt.topicauth", "^c", "^d")
        mine = api("topic-permissions/%2F/" + self.USER)[1]
        self.assertIn(dict(expected, write="^c", read="^d"), mine)
        self.assertEqual(len(mine), 2)
        # DELETE takes every one of the user's topic permissions in the vhost.
        self.assertEqual(change("DELETE", "topic-permissions/%2F/" + self.USER)[0], 204)
        self.assertEqual(api("topic-permissions/%2F/" + self.USER)[0], 404)
        self.assertEqual(change("DELETE", "topic-permissions/%2F/" + self.USER)[0], 404)
        self.assertNotIn(self.USER, [p["user"] for p in api("topic-permissions")[1]])

    def test_bad_requests_are_refused(self):
        status, body = change("PUT", "topic-permissions/%2F/" + self.USER,
                              {"write": ".*", "read": ".*"})
        self.assertEqual(status, 400, body)
        status, body = change("PUT", "topic-permissions/%2F/" + self.USER,
                              {"exchange": "amq.topic", "write": "(", "read": ".*"})
        self.assertEqual(status, 400, body)
        status, body = change("PUT", "topic-permissions/%2F/mgmt-nobody",
                              {"exchange": "amq.topic", "write": ".*", "read": ".*"})
        self.assertEqual((status, body["reason"]), (400, "vhost_or_user_not_found"))
        self.assertEqual(api("topic-permissions/%2F/mgmt-nobody")[0], 404)
        self.assertEqual(api("users/mgmt-nobody/topic-permissions")[0], 404)
        self.assertEqual(api("vhosts/mgmt-novhost/topic-permissions")[0], 404)

    def test_publishing_checks_the_routing_key_against_write(self):
        self.put("mgmt.topicauth", "^allowed\\.", ".*")
        _connection, ch = self.channel()
        ch.basic_publish("mgmt.topicauth", "allowed.one", b"goes through")
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            ch.basic_publish("mgmt.topicauth", "refused.one", b"refused")
        self.assertEqual(cm.exception.reply_code, 403)
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - access to topic 'refused.one' in exchange "
                         "'mgmt.topicauth' in vhost '/' refused for user '%s'" % self.USER)

    def test_binding_checks_the_binding_key_against_read(self):
        self.put("mgmt.topicauth", ".*", "^bound\\.")
        connection, ch = self.channel()
        queue = ch.queue_declare("", exclusive=True).method.queue
        ch.queue_bind(queue, "mgmt.topicauth", "bound.#")
        ch.queue_unbind(queue, "mgmt.topicauth", "bound.#")
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            ch.queue_bind(queue, "mgmt.topicauth", "other.#")
        self.assertEqual(cm.exception.reply_code, 403)
        self.assertEqual(cm.exception.reply_text,
                         "ACCESS_REFUSED - access to topic 'other.#' in exchange "
                         "'mgmt.topicauth' in vhost '/' refused for user '%s'" % self.USER)
        ch = connection.channel()
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            ch.exchange_bind("amq.fanout", "mgmt.topicauth", "other.#")
        self.assertEqual(cm.exception.reply_code, 403)

    def test_patterns_expand_username_and_vhost(self):
        self.put("mgmt.topicauth", "^{username}\\.{vhost}\\.", "")
        _connection, ch = self.channel()
        ch.basic_publish("mgmt.topicauth", "%s./.event" % self.USER, b"own key")
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            ch.basic_publish("mgmt.topicauth", "someone-else./.event", b"not own")
        self.assertEqual(cm.exception.reply_code, 403)

    def test_client_id_is_not_expanded_on_amqp_0_9_1(self):
        # Even with a client_id client property, RabbitMQ leaves the variable as written.
        self.put("mgmt.topicauth", "^{client_id}\\.", "")
        connection = pika.BlockingConnection(pika.ConnectionParameters(
            _broker.host, _broker.port, "/", pika.PlainCredentials(self.USER, "pw"),
            client_properties={"client_id": "sensor-7"}))
        self.addCleanup(lambda: connection.is_open and connection.close())
        ch = connection.channel()
        ch.confirm_delivery()
        ch.basic_publish("mgmt.topicauth", "{client_id}.literally", b"as written")
        with self.assertRaises(pika.exceptions.ChannelClosedByBroker) as cm:
            ch.basic_publish("mgmt.topicauth", "sensor-7.reading", b"not expanded")
        self.assertEqual(cm.exception.reply_code, 403)

    def test_only_topic_exchanges_are_checked(self):
        # No topic permission on amq.topic, and a direct exchange is never checked.
        self.put("mgmt.directauth", "", "")
        _connection, ch = self.channel()
        ch.basic_publish("mgmt.directauth", "any.key", b"direct: not checked")
        ch.basic_publish("amq.topic", "any.key", b"no topic permission: not checked")

    def test_definitions_carry_topic_permissions(self):
        self.put("mgmt.topicauth", "^w", "^r")
        status, definitions = api("definitions")
        self.assertEqual(status, 200)
        entry = {"user": self.USER, "vhost": "/", "exchange": "mgmt.topicauth",
                 "write": "^w", "read": "^r"}
        self.assertIn(entry, definitions["topic_permissions"])
        self.assertEqual(change("DELETE", "topic-permissions/%2F/" + self.USER)[0], 204)
        status, body = change("POST", "definitions", {"topic_permissions": [entry]})
        self.assertIn(status, (200, 201, 204), body)
        self.assertEqual(api("topic-permissions/%2F/" + self.USER)[1], [entry])


if __name__ == "__main__":
    unittest.main()
