"""Who sees whose clients in the management API (security issue, item 5). Every management
user once saw every connection, channel and consumer, with peer addresses and client
properties. As in RabbitMQ 3.10, a user who is neither administrator nor monitoring now sees only
their own in /api/connections, /api/channels and /api/consumers, and cannot open another user's
connection by name; administrators and monitoring users still see everyone.
"""

import time
import unittest
import urllib.parse

import hostile

WATCHER, MONITOR, PASSWORD = "watcher", "monitor", "visible-secret"


def setUpModule():
    hostile.start_broker()
    hostile.add_user(WATCHER, PASSWORD, tags="management", permissions=(".*", ".*", ".*"))
    hostile.add_user(MONITOR, PASSWORD, tags="monitoring", permissions=(".*", ".*", ".*"))


def tearDownModule():
    hostile.stop_broker()


def listing(what, user="guest", password="guest"):
    status, items = hostile.management("GET", what, user=user, password=password)
    assert status == 200, (what, status, items)
    return items


def consuming_client(user, password):
    """A connection with a channel consuming from its own queue."""
    connection = hostile.connect(user, password)
    channel = connection.channel()
    queue = channel.queue_declare(hostile.unique(user), auto_delete=True).method.queue
    tag = channel.basic_consume(queue, lambda *args: None)
    return connection, tag


class ClientVisibility(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.mine, cls.my_tag = consuming_client(WATCHER, PASSWORD)
        cls.theirs, cls.their_tag = consuming_client("guest", "guest")
        # RabbitMQ lists clients from its statistics, a few seconds behind.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            users = {c["user"] for c in listing("connections")}
            tags = {c["consumer_tag"] for c in listing("consumers")}
            if {WATCHER, "guest"} <= users and {cls.my_tag, cls.their_tag} <= tags:
                break
            time.sleep(0.2)
        else:
            raise AssertionError("the clients never showed in the API")

    @classmethod
    def tearDownClass(cls):
        cls.mine.close()
        cls.theirs.close()

    def test_a_management_user_sees_only_their_own_clients(self):
        with hostile.Bystander(self):
            connections = listing("connections", WATCHER, PASSWORD)
            self.assertEqual({c["user"] for c in connections}, {WATCHER})
            self.assertEqual(len(connections), 1)
            channels = listing("channels", WATCHER, PASSWORD)
            self.assertEqual({c["user"] for c in channels}, {WATCHER})
            self.assertEqual({c["connection_details"]["name"] for c in channels},
                             {connections[0]["name"]})
            consumers = listing("consumers", WATCHER, PASSWORD)
            self.assertEqual([c["consumer_tag"] for c in consumers], [self.my_tag])

    def test_administrators_and_monitors_see_everyone(self):
        for user, password in (("guest", "guest"), (MONITOR, PASSWORD)):
            with self.subTest(user):
                self.assertLessEqual({WATCHER, "guest"},
                                     {c["user"] for c in listing("connections", user, password)})
                self.assertLessEqual({WATCHER, "guest"},
                                     {c["user"] for c in listing("channels", user, password)})
                self.assertLessEqual(
                    {self.my_tag, self.their_tag},
                    {c["consumer_tag"] for c in listing("consumers", user, password)})

    def test_another_users_connection_cannot_be_opened_by_name(self):
        names = [c["name"] for c in listing("connections") if c["user"] == "guest"]
        self.assertTrue(names)
        for name in names:
            quoted = urllib.parse.quote(name, safe="")
            for path in ("connections/" + quoted, "connections/%s/channels" % quoted):
                with self.subTest(path):
                    # As RabbitMQ: 401 "User not authorised to access object".
                    status, body = hostile.management("GET", path, user=WATCHER,
                                                      password=PASSWORD)
                    self.assertEqual(status, 401)
                    self.assertNotIn("peer_port", str(body))


if __name__ == "__main__":
    unittest.main()
