"""The management API's health checks as monitoring reads them from RabbitMQ 3.10: 200
{"status":"ok"} or 503 {"status":"failed","reason":...} with the same extra fields, 400 for
arguments RabbitMQ refuses, and the aliveness test that sends a message through a queue.
"""

import os
import sys
import unittest

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
import management_client  # noqa: E402
from management_client import broker_under_test  # noqa: E402

client = management_client.ManagementClient()
setUpModule = client.start_broker
tearDownModule = client.stop_broker


OK = (200, {"status": "ok"})


class HealthChecksTest(unittest.TestCase):
    def check(self, name):
        return client.api("health/checks/" + name)

    def test_no_alarms_and_every_vhost_up(self):
        for name in ("alarms", "local-alarms", "virtual-hosts"):
            self.assertEqual(self.check(name), OK, name)

    def test_a_single_node_is_never_quorum_or_mirror_critical(self):
        for name in ("node-is-quorum-critical", "node-is-mirror-sync-critical"):
            self.assertEqual(self.check(name),
                             (200, {"status": "ok", "reason": "single node cluster"}), name)

    def test_port_listener(self):
        self.assertEqual(self.check("port-listener/%d" % client.broker.port),
                         (200, {"status": "ok", "port": client.broker.port}))
        status, body = self.check("port-listener/1")
        self.assertEqual(status, 503)
        self.assertEqual((body["status"], body["reason"], body["missing"]),
                         ("failed", "No active listener", 1))
        self.assertIn(client.broker.port, body["ports"])
        self.assertIn(client.broker.http_port, body["ports"])
        self.assertEqual(self.check("port-listener/amqp"),
                         (400, {"error": "bad_request", "reason": "Invalid port"}))

    def test_protocol_listener(self):
        for asked in ("amqp", "amqp091", "AMQP0-9-1", "amqp0.9.1"):
            self.assertEqual(self.check("protocol-listener/" + asked),
                             (200, {"status": "ok", "protocol": "amqp"}), asked)
        self.assertEqual(self.check("protocol-listener/http"),
                         (200, {"status": "ok", "protocol": "http"}))
        status, body = self.check("protocol-listener/mqtt")
        self.assertEqual(status, 503)
        self.assertEqual((body["status"], body["reason"], body["missing"]),
                         ("failed", "No active listener", "mqtt"))
        self.assertIn("amqp", body["protocols"])
        self.assertIn("http", body["protocols"])

    def test_certificate_expiration(self):
        # No TLS listener: no certificate expires, whatever the horizon.
        for horizon in ("1/days", "2/weeks", "6/months", "1/years", "0/days"):
            self.assertEqual(self.check("certificate-expiration/" + horizon), OK, horizon)
        self.assertEqual(self.check("certificate-expiration/1/fortnights"),
                         (400, {"error": "bad_request",
                                "reason": "Time unit not recognised. Supported units: days, "
                                          "weeks, months, years."}))
        self.assertEqual(self.check("certificate-expiration/soon/days"),
                         (400, {"error": "bad_request", "reason": "Invalid expiration value."}))

    def test_unknown_checks_are_not_found(self):
        for name in ("no-such-check", "alarms/extra", "port-listener"):
            self.assertEqual(self.check(name),
                             (404, {"error": "Object Not Found", "reason": "Not Found"}), name)

    def test_aliveness_test(self):
        self.assertEqual(client.api("aliveness-test/%2F"), OK)
        # Its queue stays, empty, for the next test.
        status, queue = client.api("queues/%2F/aliveness-test")
        self.assertEqual(status, 200)
        self.assertEqual((queue["durable"], queue["auto_delete"]), (False, False))
        self.assertEqual(client.api("aliveness-test/%2F"), OK)
        self.assertEqual(client.api("aliveness-test/no-such-vhost"),
                         (404, {"error": "Object Not Found", "reason": "Not Found"}))

    def test_aliveness_test_needs_the_vhost(self):
        self.assertEqual(client.request("PUT", "users/mgmt-alive",
                                        {"password": "pw", "tags": "management"})[0], 201)
        self.addCleanup(client.request, "DELETE", "users/mgmt-alive")
        self.assertEqual(client.api("aliveness-test/%2F", user="mgmt-alive", password="pw"),
                         (401, {"error": "not_authorised",
                                "reason": "User not authorised to access virtual host"}))


class AlarmHealthTest(unittest.TestCase):
    def test_a_memory_alarm_fails_both_alarm_checks(self):
        if broker_under_test.target() != "warren":
            self.skipTest("raises the alarm through Warren's configuration")
        alarmed = broker_under_test.start(warren_config={"memory_high_watermark": 1})
        self.addCleanup(alarmed.stop)
        other = management_client.ManagementClient(alarmed)
        status, nodes = other.settled("nodes", lambda ns: ns[0]["mem_alarm"])
        node = nodes[0]["name"]
        for name, reason in (("alarms", "There are alarms in effect in the cluster"),
                             ("local-alarms", "There are alarms in effect on the node")):
            self.assertEqual(other.api("health/checks/" + name),
                             (503, {"status": "failed", "reason": reason,
                                    "alarms": [{"node": node, "resource": "memory"}]}), name)


if __name__ == "__main__":
    unittest.main()
