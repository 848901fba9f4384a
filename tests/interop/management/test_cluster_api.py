"""The node and cluster-wide endpoints of the management API in RabbitMQ 3.10's shapes: one node
by name, the cluster name (which AMQP clients are told too), and the lists of what Warren does
not have (extensions, feature flags, vhost limits, runtime and global parameters), read as empty
by tools; and the product and version that AMQP and the API report agreeing with each other.
"""

import os
import sys
import unittest

import pika

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
import management_client  # noqa: E402
from management_client import broker_under_test  # noqa: E402

client = management_client.ManagementClient()
setUpModule = client.start_broker
tearDownModule = client.stop_broker
NOT_FOUND = (404, {"error": "Object Not Found", "reason": "Not Found"})


def server_properties():
    connection = pika.BlockingConnection(
        pika.ConnectionParameters(client.broker.host, client.broker.port))
    try:
        return connection._impl.server_properties
    finally:
        connection.close()


def text(value):
    return value.decode() if isinstance(value, bytes) else value


class ClusterApiTest(unittest.TestCase):
    def test_one_node_by_name(self):
        status, nodes = client.api("nodes")
        self.assertEqual(status, 200)
        name = nodes[0]["name"]
        status, node = client.settled("nodes/" + name, lambda n: "mem_alarm" in n)
        self.assertEqual(status, 200)
        self.assertEqual((node["name"], node["running"]), (name, True))
        self.assertIn("mem_alarm", node)

    def test_cluster_name_is_what_amqp_clients_are_told(self):
        status, overview = client.api("overview")
        self.assertEqual(status, 200)
        self.assertEqual(client.api("cluster-name"), (200, {"name": overview["cluster_name"]}))
        self.addCleanup(client.request, "PUT", "cluster-name", {"name": overview["cluster_name"]})
        self.assertEqual(client.request("PUT", "cluster-name", {"name": "mgmt-cluster"}),
                         (204, None))
        self.assertEqual(client.api("cluster-name"), (200, {"name": "mgmt-cluster"}))
        self.assertEqual(client.api("overview")[1]["cluster_name"], "mgmt-cluster")
        self.assertEqual(text(server_properties()["cluster_name"]), "mgmt-cluster")
        self.assertEqual(client.api("global-parameters/cluster_name"),
                         (200, {"name": "cluster_name", "value": "mgmt-cluster"}))
        self.assertIn({"name": "cluster_name", "value": "mgmt-cluster"},
                      client.api("global-parameters")[1])
        self.assertEqual(client.request("PUT", "cluster-name", {}),
                         (400, {"error": "bad_request", "reason": "[{key_missing,name}]"}))

    def test_only_an_administrator_names_the_cluster(self):
        self.assertEqual(client.request("PUT", "users/mgmt-watcher",
                                        {"password": "pw", "tags": "monitoring"})[0], 201)
        self.addCleanup(client.request, "DELETE", "users/mgmt-watcher")
        self.assertEqual(client.api("cluster-name", user="mgmt-watcher", password="pw")[0], 200)
        self.assertEqual(client.request("PUT", "cluster-name", {"name": "x"},
                                        user="mgmt-watcher", password="pw"),
                         (401, {"error": "not_authorised", "reason": "Not administrator user"}))

    def test_product_and_versions_agree(self):
        status, overview = client.api("overview")
        self.assertEqual(status, 200)
        properties = server_properties()
        self.assertEqual(text(properties["product"]), overview["product_name"])
        self.assertEqual(text(properties["version"]), overview["product_version"])
        self.assertEqual(overview["rabbitmq_version"], overview["management_version"])
        # What the broker offers, as RabbitMQ 3.10 announces it (direct reply-to included).
        self.assertEqual(properties["capabilities"],
                         {"authentication_failure_close": True, "basic.nack": True,
                          "connection.blocked": True, "consumer_cancel_notify": True,
                          "consumer_priorities": True, "direct_reply_to": True,
                          "exchange_exchange_bindings": True, "per_consumer_qos": True,
                          "publisher_confirms": True})
        if broker_under_test.target() == "warren":
            self.assertEqual((overview["product_name"], overview["rabbitmq_version"]),
                             ("RabbitMQ", "3.10.8"))
            self.assertEqual(overview["product_version"], "3.10.8")
            self.assertIn("Warren " + overview["warren_version"], text(properties["platform"]))
            # Warren names its cluster after its node until told otherwise, on both sides.
            self.assertEqual(text(properties["cluster_name"]), overview["cluster_name"])
            self.assertEqual(overview["cluster_name"], overview["node"])

    def test_lists_of_what_there_is_none_of_have_rabbitmqs_shapes(self):
        for path in ("vhost-limits", "vhost-limits/%2F", "parameters", "parameters/shovel",
                     "parameters/shovel/%2F", "parameters/federation-upstream/%2F"):
            self.assertEqual(client.api(path), (200, []), path)
        for path in ("vhost-limits/no-such-vhost", "parameters/shovel/%2F/no-such",
                     "global-parameters/no-such"):
            self.assertEqual(client.api(path)[0], 404, path)
        if broker_under_test.target() == "warren":
            # RabbitMQ 3.10 crashes (500) on an unknown node; Warren says it is not there.
            self.assertEqual(client.api("nodes/no-such-node@nowhere"), NOT_FOUND)
        status, flags = client.api("feature-flags")
        self.assertEqual(status, 200)
        self.assertIsInstance(flags, list)
        status, extensions = client.api("extensions")
        self.assertEqual(status, 200)
        self.assertIsInstance(extensions, list)
        self.assertEqual(client.api("auth"),
                         (200, {"enable_uaa": False, "uaa_client_id": "", "uaa_location": ""}))


if __name__ == "__main__":
    unittest.main()
