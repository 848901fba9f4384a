"""RabbitMQ's policies through the management API, against a running broker: the JSON and status
codes of /api/policies, rabbitmqadmin's policy commands, and what a policy does to queues and
exchanges as pika sees it (TTL, length limits, dead-lettering, alternate exchanges, priority).

Run with Debian's interpreter (python3-pika):
    /usr/bin/python3 -m unittest discover -s tests/interop/management -v
"""

import json
import os
import subprocess
import sys
import time
import unittest

import pika

sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import broker_under_test  # noqa: E402

RABBITMQADMIN = "/usr/bin/rabbitmqadmin"
# RabbitMQ's queue JSON carries the policy only once its statistics collector has caught up.
STATS_DEADLINE = 15.0
# A policy reaches RabbitMQ's queue processes asynchronously after the PUT is answered; a test
# that needs it in force waits until a queue shows it (Warren applies it before answering).
APPLY_DEADLINE = 15.0

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


def call(method, path, body=None, user="guest", password="guest"):
    return broker_under_test.management_call(_broker.host, _broker.http_port, method, path, body,
                                             user, password)


def queue_json(name, ready):
    """GET /api/queues/%2F/<name> until ready(body) holds or the deadline passes."""
    deadline = time.monotonic() + STATS_DEADLINE
    while True:
        status, body = call("GET", "queues/%2F/" + name)
        if status == 200 and ready(body):
            return body
        if time.monotonic() > deadline:
            return body
        time.sleep(0.1)


def rabbitmqadmin(*args):
    result = subprocess.run(
        [sys.executable, RABBITMQADMIN, "-H", _broker.host, "-P", str(_broker.http_port),
         "-u", "guest", "-p", "guest"] + list(args),
        capture_output=True, text=True, timeout=30)
    return result.returncode, result.stdout + result.stderr


def wait_for(predicate, deadline=APPLY_DEADLINE):
    end = time.monotonic() + deadline
    while not predicate():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


class PoliciesTest(unittest.TestCase):
    def setUp(self):
        self.connection = pika.BlockingConnection(
            pika.ConnectionParameters(_broker.host, _broker.port))
        self.addCleanup(lambda: self.connection.is_open and self.connection.close())
        self.ch = self.connection.channel()

    def put_policy(self, name, pattern, definition, **extra):
        body = dict({"pattern": pattern, "definition": definition}, **extra)
        status, reply = call("PUT", "policies/%2F/" + name, body)
        self.assertIn(status, (201, 204), reply)
        self.addCleanup(call, "DELETE", "policies/%2F/" + name)

    def queue(self, name, arguments=None):
        self.ch.queue_declare(name, arguments=arguments)
        self.addCleanup(lambda: call("DELETE", "queues/%2F/" + name))

    def depth(self, name):
        return self.ch.queue_declare(name, passive=True).method.message_count

    def applied(self, queue, policy):
        """Waits until the queue reports `policy` as its own (RabbitMQ applies asynchronously)."""
        return queue_json(queue, lambda q: q.get("policy") == policy).get("policy")

    def test_put_get_delete_shapes_and_status_codes(self):
        self.assertEqual(call("PUT", "policies/%2F/pol.shape",
                              {"pattern": "^shape\\.", "definition": {"max-length": 10}}),
                         (201, None))
        self.addCleanup(call, "DELETE", "policies/%2F/pol.shape")
        expected = {"vhost": "/", "name": "pol.shape", "pattern": "^shape\\.", "apply-to": "all",
                    "definition": {"max-length": 10}, "priority": 0}
        self.assertEqual(call("GET", "policies/%2F/pol.shape"), (200, expected))
        self.assertIn(expected, call("GET", "policies")[1])
        self.assertIn(expected, call("GET", "policies/%2F")[1])
        self.assertEqual(call("PUT", "policies/%2F/pol.shape",
                              {"pattern": "^shape\\.", "definition": {"max-length": 5},
                               "priority": 3, "apply-to": "queues"}), (204, None))
        self.assertEqual(call("GET", "policies/%2F/pol.shape")[1],
                         dict(expected, definition={"max-length": 5}, priority=3,
                              **{"apply-to": "queues"}))
        not_found = {"error": "Object Not Found", "reason": "Not Found"}
        self.assertEqual(call("GET", "policies/%2F/pol.none"), (404, not_found))
        self.assertEqual(call("GET", "policies/no-vhost"), (404, not_found))
        self.assertEqual(call("DELETE", "policies/%2F/pol.shape"), (204, None))
        self.assertEqual(call("DELETE", "policies/%2F/pol.shape"), (404, not_found))
        self.assertEqual(call("GET", "policies/%2F/pol.shape"), (404, not_found))
        self.assertEqual(call("PUT", "policies/no-vhost/p",
                              {"pattern": "a", "definition": {"max-length": 1}}),
                         (404, {"error": "not_found", "reason": "vhost_not_found"}))
        self.assertEqual(call("GET", "operator-policies"), (200, []))

    def test_bad_policies_are_refused(self):
        def refused(body):
            status, reply = call("PUT", "policies/%2F/pol.bad", body)
            self.assertEqual(status, 400, reply)
            self.assertEqual(reply["error"], "bad_request")
            return reply["reason"]
        self.assertEqual(refused({"definition": {"max-length": 1}}), "[{key_missing,pattern}]")
        self.assertEqual(refused({"pattern": "a"}), "[{key_missing,definition}]")
        self.assertTrue(refused({"pattern": "(", "definition": {"max-length": 1}}).startswith(
            "Validation failed\n\npattern should be regular expression but is invalid"))
        self.assertEqual(refused({"pattern": "a", "definition": {"bogus-key": 1}}),
                         'Validation failed\n\n[{&lt;&lt;"bogus-key"&gt;&gt;,1}] are not '
                         'recognised policy settings\n')
        self.assertEqual(refused({"pattern": "a", "definition": {"message-ttl": "x"}}),
                         'Validation failed\n\n&lt;&lt;"x"&gt;&gt; is not a valid message TTL\n')
        self.assertEqual(refused({"pattern": "a", "definition": {"max-length": -1}}),
                         "Validation failed\n\n-1 is not a valid maximum length\n")
        self.assertEqual(refused({"pattern": "a", "definition": {"overflow": "bogus"}}),
                         'Validation failed\n\n&lt;&lt;"bogus"&gt;&gt; is not a valid overflow '
                         'value\n')
        self.assertEqual(refused({"pattern": "a", "definition": {}}),
                         "Validation failed\n\nno policy provided\n")
        self.assertTrue(refused({"pattern": "a", "definition": {"max-length": 1},
                                 "apply-to": "bogus"}).startswith(
            "Validation failed\n\napply-to 'bogus' unrecognised; should be 'queues', "))
        self.assertEqual(refused({"pattern": "a", "definition": {"max-length": 1},
                                  "priority": "high"}),
                         'Validation failed\n\npriority should be a number, actually was '
                         '&lt;&lt;"high"&gt;&gt;\n')
        self.assertEqual(call("GET", "policies/%2F/pol.bad")[0], 404)

    def test_only_administrators_and_policymakers_change_policies(self):
        for user, tags in (("pol-maker", "policymaker"), ("pol-watcher", "monitoring")):
            self.assertEqual(call("PUT", "users/" + user, {"password": "pw", "tags": tags})[0],
                             201)
            self.addCleanup(call, "DELETE", "users/" + user)
        for user in ("pol-maker", "pol-watcher"):
            self.assertEqual(call("PUT", "permissions/%2F/" + user,
                                  {"configure": ".*", "write": ".*", "read": ".*"})[0], 201)
        body = {"pattern": "^nothing$", "definition": {"max-length": 1}}
        self.addCleanup(call, "DELETE", "policies/%2F/pol.made")
        self.assertEqual(call("PUT", "policies/%2F/pol.made", body, "pol-maker", "pw"),
                         (201, None))
        refusal = (401, {"error": "not_authorised",
                         "reason": "User not authorised to access object"})
        self.assertEqual(call("PUT", "policies/%2F/pol.made", body, "pol-watcher", "pw"), refusal)
        # Reading them is not: RabbitMQ lists a vhost's policies to anyone with a management tag
        # and permissions there.
        for reader in ("pol-watcher", "pol-maker"):
            status, listed = call("GET", "policies/%2F", None, reader, "pw")
            self.assertEqual(status, 200)
            self.assertIn("pol.made", [p["name"] for p in listed])
        self.assertEqual(call("DELETE", "policies/%2F/pol.made", None, "pol-watcher", "pw"),
                         refusal)
        self.assertEqual(call("DELETE", "policies/%2F/pol.made", None, "pol-maker", "pw"),
                         (204, None))

    def test_rabbitmqadmin_declares_lists_and_deletes_policies(self):
        code, output = rabbitmqadmin("declare", "policy", "name=pol.admin", "pattern=^admin\\.",
                                     'definition={"message-ttl": 60000}', "priority=4",
                                     "apply-to=queues")
        self.assertEqual(code, 0, output)
        self.addCleanup(call, "DELETE", "policies/%2F/pol.admin")
        code, output = rabbitmqadmin("-f", "raw_json", "list", "policies")
        self.assertEqual(code, 0, output)
        listed = {p["name"]: p for p in json.loads(output)}
        self.assertEqual(listed["pol.admin"]["definition"], {"message-ttl": 60000})
        self.assertEqual(listed["pol.admin"]["priority"], 4)
        self.assertEqual(listed["pol.admin"]["apply-to"], "queues")
        code, output = rabbitmqadmin("delete", "policy", "name=pol.admin")
        self.assertEqual(code, 0, output)
        self.assertEqual(call("GET", "policies/%2F/pol.admin")[0], 404)

    def test_message_ttl_policy_expires_messages_published_after_it(self):
        self.queue("ttl.old")
        self.queue("ttl.new")
        self.ch.basic_publish("", "ttl.old", b"before the policy")
        self.put_policy("pol.ttl", "^ttl\\.", {"message-ttl": 100}, **{"apply-to": "queues"})
        self.assertEqual(self.applied("ttl.old", "pol.ttl"), "pol.ttl")
        self.assertEqual(self.applied("ttl.new", "pol.ttl"), "pol.ttl")
        self.ch.basic_publish("", "ttl.new", b"after the policy")
        self.assertTrue(wait_for(lambda: self.depth("ttl.new") == 0))
        # The message enqueued before keeps the expiry it was given then (none), as RabbitMQ
        # computes a message's expiry once, when it is enqueued.
        self.assertEqual(self.ch.basic_get("ttl.old", auto_ack=True)[2], b"before the policy")
        queue = queue_json("ttl.new", lambda q: "effective_policy_definition" in q)
        self.assertEqual(queue["effective_policy_definition"], {"message-ttl": 100})
        self.assertEqual(queue["arguments"], {})  # the declaration is left as it was

    def test_max_length_policy_and_argument_the_smaller_wins(self):
        self.queue("len.strict", {"x-max-length": 2})
        self.queue("len.loose", {"x-max-length": 10})
        for name in ("len.strict", "len.loose"):
            for i in range(6):
                self.ch.basic_publish("", name, b"m%d" % i)
        self.assertEqual(self.depth("len.strict"), 2)
        self.assertEqual(self.depth("len.loose"), 6)
        self.put_policy("pol.len", "^len\\.", {"max-length": 4})
        # The policy's 4 is below 10: the longer queue is cut to it at once, from the head.
        self.assertTrue(wait_for(lambda: self.depth("len.loose") == 4))
        self.assertEqual(self.ch.basic_get("len.loose", auto_ack=True)[2], b"m2")
        # The argument's 2 is below 4: it stays in force.
        for i in range(3):
            self.ch.basic_publish("", "len.strict", b"n%d" % i)
        self.assertEqual(self.depth("len.strict"), 2)
        # A redeclaration is compared with the x-arguments alone.
        self.ch.queue_declare("len.loose", arguments={"x-max-length": 10})

    def test_dead_letter_exchange_policy_dead_letters_expired_messages(self):
        self.ch.exchange_declare("dlx.sink", "fanout")
        self.addCleanup(call, "DELETE", "exchanges/%2F/dlx.sink")
        self.queue("dlx.dead")
        self.ch.queue_bind("dlx.dead", "dlx.sink")
        self.queue("dlx.work", {"x-message-ttl": 50})
        self.put_policy("pol.dlx", "^dlx\\.work$", {"dead-letter-exchange": "dlx.sink"},
                        **{"apply-to": "queues"})
        self.assertEqual(self.applied("dlx.work", "pol.dlx"), "pol.dlx")
        self.ch.basic_publish("", "dlx.work", b"expires into the sink")
        self.assertTrue(wait_for(lambda: self.depth("dlx.dead") == 1))
        _method, properties, body = self.ch.basic_get("dlx.dead", auto_ack=True)
        self.assertEqual(body, b"expires into the sink")
        self.assertEqual(properties.headers["x-death"][0]["reason"], "expired")

    def test_a_queue_declared_after_the_policy_gets_it(self):
        self.put_policy("pol.later", "^later\\.", {"max-length": 1}, **{"apply-to": "queues"})
        self.queue("later.q")
        self.assertEqual(self.applied("later.q", "pol.later"), "pol.later")
        for i in range(3):
            self.ch.basic_publish("", "later.q", b"m%d" % i)
        self.assertEqual(self.depth("later.q"), 1)
        self.assertEqual(self.ch.basic_get("later.q", auto_ack=True)[2], b"m2")

    def test_the_highest_priority_policy_applies(self):
        self.queue("prio.q")
        self.put_policy("pol.low", "^prio\\.", {"max-length": 1}, priority=1)
        self.put_policy("pol.high", "^prio\\.q$", {"max-length": 3}, priority=5)
        self.assertEqual(self.applied("prio.q", "pol.high"), "pol.high")
        for i in range(5):
            self.ch.basic_publish("", "prio.q", b"m%d" % i)
        self.assertEqual(self.depth("prio.q"), 3)
        # Deleting the winner leaves the other in force, applied to the queue at once.
        self.assertEqual(call("DELETE", "policies/%2F/pol.high"), (204, None))
        self.assertEqual(self.applied("prio.q", "pol.low"), "pol.low")
        self.assertTrue(wait_for(lambda: self.depth("prio.q") == 1))

    def test_apply_to_and_alternate_exchange(self):
        self.queue("ae.caught")
        self.ch.queue_bind("ae.caught", "amq.fanout")
        self.ch.exchange_declare("ae.front", "direct")
        self.addCleanup(call, "DELETE", "exchanges/%2F/ae.front")
        self.put_policy("pol.ae", "^ae\\.", {"alternate-exchange": "amq.fanout"},
                        **{"apply-to": "exchanges"})
        self.assertTrue(wait_for(lambda: call("GET", "exchanges/%2F/ae.front")[1].get("policy")
                                 == "pol.ae"))
        # An exchanges-only policy leaves the queue alone.
        self.assertIsNone(queue_json("ae.caught", lambda q: "policy" in q).get("policy"))
        self.ch.confirm_delivery()
        self.ch.basic_publish("ae.front", "unbound-key", b"to the alternate", mandatory=True)
        self.assertTrue(wait_for(lambda: self.depth("ae.caught") == 1))
        self.ch.queue_unbind("ae.caught", "amq.fanout")

    def test_definitions_carry_policies(self):
        self.put_policy("pol.defs", "^defs\\.", {"max-length": 7}, priority=2)
        status, definitions = call("GET", "definitions")
        self.assertEqual(status, 200)
        entry = {"vhost": "/", "name": "pol.defs", "pattern": "^defs\\.", "apply-to": "all",
                 "definition": {"max-length": 7}, "priority": 2}
        self.assertIn(entry, definitions["policies"])
        self.assertEqual(call("DELETE", "policies/%2F/pol.defs"), (204, None))
        # Imported before the queue in the same document, so the queue is born under it.
        status, body = call("POST", "definitions", {
            "policies": [entry],
            "queues": [{"name": "defs.q", "vhost": "/", "durable": True, "auto_delete": False,
                        "arguments": {}}]})
        self.assertIn(status, (200, 201, 204), body)
        self.addCleanup(call, "DELETE", "queues/%2F/defs.q")
        self.assertEqual(call("GET", "policies/%2F/pol.defs"), (200, entry))
        self.assertEqual(self.applied("defs.q", "pol.defs"), "pol.defs")


if __name__ == "__main__":
    unittest.main()
