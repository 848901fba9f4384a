"""Connections, channels and consumers in the management API as RabbitMQ 3.10 shows them: the
client's own properties in full, the name it gave its connection, one connection or channel by
name, per-vhost lists, and closing a connection (plain HTTP and rabbitmqadmin; pika on the AMQP
side sees the close).
"""

import os
import sys
import unittest

import pika

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
import management_client  # noqa: E402
from management_client import quoted  # noqa: E402

client = management_client.ManagementClient()
setUpModule = client.start_broker
tearDownModule = client.stop_broker


def connect(name=None):
    properties = {"connection_name": name} if name else None
    return pika.BlockingConnection(pika.ConnectionParameters(
        client.broker.host, client.broker.port, client_properties=properties))


def close_quietly(connection):
    """Closes a connection the test may have had the broker close already."""
    try:
        if connection.is_open:
            connection.close()
    except pika.exceptions.AMQPError:
        pass


def named(connections, name):
    return [c for c in connections if c.get("user_provided_name") == name]


class ClientPropertiesTest(unittest.TestCase):
    def test_client_properties_in_full_and_the_name_the_client_gave(self):
        named_connection = connect("mgmt-orders")
        self.addCleanup(named_connection.close)
        anonymous = connect()
        self.addCleanup(anonymous.close)
        status, connections = client.settled(
            "connections", lambda cs: len(cs) >= 2 and named(cs, "mgmt-orders"))
        self.assertEqual(status, 200)
        mine = named(connections, "mgmt-orders")
        self.assertEqual(len(mine), 1)
        properties = mine[0]["client_properties"]
        # What pika sent in connection.start-ok, as JSON: strings, booleans, nested tables.
        self.assertEqual(properties["product"], "Pika Python Client Library")
        self.assertEqual(properties["version"], pika.__version__)
        self.assertTrue(properties["platform"].startswith("Python "), properties)
        self.assertEqual(properties["information"], "See http://pika.rtfd.org")
        self.assertEqual(properties["connection_name"], "mgmt-orders")
        self.assertEqual(properties["capabilities"],
                         {"authentication_failure_close": True, "basic.nack": True,
                          "connection.blocked": True, "consumer_cancel_notify": True,
                          "publisher_confirms": True})
        # Without a connection_name RabbitMQ leaves the field out.
        others = [c for c in connections if c["name"] != mine[0]["name"]]
        self.assertTrue(others)
        self.assertTrue(all("user_provided_name" not in c for c in others))
        self.assertTrue(all("connection_name" not in c["client_properties"] for c in others))

    def test_rabbitmqadmin_lists_the_user_provided_name(self):
        connection = connect("mgmt-admin-listed")
        self.addCleanup(connection.close)
        client.settled("connections", lambda cs: named(cs, "mgmt-admin-listed"))
        listed = client.rabbitmqadmin("list", "connections", "name", "user_provided_name",
                                      "client_properties")
        mine = named(listed, "mgmt-admin-listed")
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0]["client_properties"]["connection_name"], "mgmt-admin-listed")


class ClientByNameTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.connection = connect("mgmt-by-name")
        cls.channel = cls.connection.channel()
        cls.channel.queue_declare("mgmt.by-name")
        cls.channel.basic_consume("mgmt.by-name", lambda *a: None, consumer_tag="mgmt-by-name")
        status, connections = client.settled(
            "connections", lambda cs: named(cs, "mgmt-by-name")[0]["channels"] == 1)
        cls.name = named(connections, "mgmt-by-name")[0]["name"]

    @classmethod
    def tearDownClass(cls):
        cls.connection.close()

    def test_one_connection_and_its_channels(self):
        status, connection = client.api("connections/" + quoted(self.name))
        self.assertEqual(status, 200)
        self.assertEqual(connection["name"], self.name)
        self.assertEqual(connection["user_provided_name"], "mgmt-by-name")
        status, channels = client.settled("connections/%s/channels" % quoted(self.name), len)
        self.assertEqual(status, 200)
        self.assertEqual([c["name"] for c in channels], [self.name + " (1)"])
        self.assertEqual(channels[0]["connection_details"]["name"], self.name)
        self.assertEqual(client.api("connections/no-such-connection")[0], 404)

    def test_one_channel_with_its_consumers(self):
        status, channel = client.settled("channels/" + quoted(self.name + " (1)"),
                                         lambda c: c["consumer_details"])
        self.assertEqual(status, 200)
        self.assertEqual(channel["number"], 1)
        self.assertEqual([c["consumer_tag"] for c in channel["consumer_details"]],
                         ["mgmt-by-name"])
        self.assertEqual((channel["publishes"], channel["deliveries"]), ([], []))
        self.assertEqual(client.api("channels/" + quoted(self.name + " (9)"))[0], 404)

    def test_a_vhosts_connections_channels_and_consumers(self):
        status, connections = client.settled("vhosts/%2F/connections",
                                             lambda cs: named(cs, "mgmt-by-name"))
        self.assertEqual(status, 200)
        self.assertTrue(all(c["vhost"] == "/" for c in connections))
        status, channels = client.settled(
            "vhosts/%2F/channels", lambda cs: any(c["connection_details"]["name"] == self.name
                                                  for c in cs))
        self.assertEqual(status, 200)
        status, consumers = client.settled(
            "consumers/%2F", lambda cs: any(c["consumer_tag"] == "mgmt-by-name" for c in cs))
        self.assertEqual(status, 200)
        mine = [c for c in consumers if c["consumer_tag"] == "mgmt-by-name"][0]
        self.assertEqual(mine["queue"], {"name": "mgmt.by-name", "vhost": "/"})
        self.assertEqual(mine["channel_details"]["connection_name"], self.name)
        # An empty vhost has none; a missing one is not found.
        self.assertEqual(client.request("PUT", "vhosts/mgmt-empty")[0], 201)
        self.addCleanup(client.request, "DELETE", "vhosts/mgmt-empty")
        for path in ("vhosts/mgmt-empty/connections", "vhosts/mgmt-empty/channels",
                     "consumers/mgmt-empty"):
            self.assertEqual(client.api(path), (200, []), path)
        for path in ("vhosts/no-such-vhost/connections", "vhosts/no-such-vhost/channels",
                     "consumers/no-such-vhost"):
            self.assertEqual(client.api(path)[0], 404, path)


class CloseConnectionTest(unittest.TestCase):
    def closed_by_broker(self, connection):
        """The close pika got from the broker, once it arrives."""
        with self.assertRaises(pika.exceptions.ConnectionClosedByBroker) as closed:
            for _ in range(100):
                connection.process_data_events(time_limit=0.1)
        return closed.exception

    def connection_named(self, name, user="guest", password="guest"):
        connection = pika.BlockingConnection(pika.ConnectionParameters(
            client.broker.host, client.broker.port,
            credentials=pika.PlainCredentials(user, password),
            client_properties={"connection_name": name}))
        self.addCleanup(close_quietly, connection)
        status, connections = client.settled("connections", lambda cs: named(cs, name))
        return connection, named(connections, name)[0]["name"]

    def test_closed_with_rabbitmqs_reason_or_the_one_given(self):
        connection, name = self.connection_named("mgmt-close-default")
        self.assertEqual(client.request("DELETE", "connections/" + quoted(name)), (204, None))
        closed = self.closed_by_broker(connection)
        self.assertEqual(closed.reply_code, 320)
        self.assertEqual(closed.reply_text, "CONNECTION_FORCED - Closed via management plugin")

        connection, name = self.connection_named("mgmt-close-reason")
        self.assertEqual(client.request("DELETE", "connections/" + quoted(name),
                                        headers={"X-Reason": "maintenance window"}),
                         (204, None))
        closed = self.closed_by_broker(connection)
        self.assertEqual((closed.reply_code, closed.reply_text),
                         (320, "CONNECTION_FORCED - maintenance window"))
        self.assertEqual(client.request("DELETE", "connections/no-such-connection"),
                         (404, {"error": "Object Not Found", "reason": "Not Found"}))

    def test_rabbitmqadmin_closes_a_connection(self):
        connection, name = self.connection_named("mgmt-close-admin")
        code, output = client.rabbitmqadmin_text("close", "connection", "name=" + name)
        self.assertEqual(code, 0, output)
        self.assertIn("connection closed", output)
        self.assertEqual(self.closed_by_broker(connection).reply_code, 320)
        client.settled("connections", lambda cs: not named(cs, "mgmt-close-admin"))

    def test_only_the_owner_or_an_administrator_may_close(self):
        client.add_users(self, (("mgmt-owner", "management"), ("mgmt-other", "monitoring")))
        connection, name = self.connection_named("mgmt-owned", "mgmt-owner", "pw")
        self.assertEqual(client.request("DELETE", "connections/" + quoted(name),
                                        user="mgmt-other", password="pw"),
                         (401, {"error": "not_authorised",
                                "reason": "User not authorised to access object"}))
        self.assertEqual(client.request("DELETE", "connections/" + quoted(name),
                                        user="mgmt-owner", password="pw"), (204, None))
        self.assertEqual(self.closed_by_broker(connection).reply_code, 320)


if __name__ == "__main__":
    unittest.main()
