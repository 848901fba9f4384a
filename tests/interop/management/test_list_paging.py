"""RabbitMQ 3.10's list parameters in the management API: page, page_size, name, use_regex,
sort, sort_reverse and columns, with RabbitMQ's page object and its 400s, over plain HTTP and
through rabbitmqadmin (which asks for columns).
"""

import os
import sys
import unittest

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
import management_client  # noqa: E402

client = management_client.ManagementClient()
tearDownModule = client.stop_broker
VHOST = "paging"
QUEUES = ["a1", "a2", "alpha", "b1", "b2", "c1", "Q9"]


def setUpModule():
    client.start_broker()
    status, _ = client.request("PUT", "vhosts/" + VHOST)
    assert status == 201, status
    for name in QUEUES:
        status, _ = client.request("PUT", "queues/%s/%s" % (VHOST, name), {"durable": False})
        assert status == 201, (name, status)


def queues(query):
    return client.api("queues/%s?%s" % (VHOST, query))


def names(page):
    return [q["name"] for q in page["items"]]


class PagingTest(unittest.TestCase):
    def test_pages_as_rabbitmq(self):
        status, page = queues("page=2&page_size=3")
        self.assertEqual(status, 200)
        self.assertEqual(sorted(page), ["filtered_count", "item_count", "items", "page",
                                        "page_count", "page_size", "total_count"])
        self.assertEqual((page["filtered_count"], page["item_count"], page["page"],
                          page["page_count"], page["page_size"], page["total_count"]),
                         (7, 3, 2, 3, 3, 7))
        _, everything = queues("page=1")
        self.assertEqual(everything["page_size"], 100)
        self.assertEqual(names(page), names(everything)[3:6])
        # The page just past the end is empty; the next is out of range.
        _, past = queues("page=8&page_size=1")
        self.assertEqual((past["item_count"], past["items"]), (0, []))
        self.assertEqual(queues("page=9&page_size=1"),
                         (400, {"error": "page_out_of_range",
                                "reason": "Page out of range, page: 9 page size: 1, len: 7"}))

    def test_without_page_the_plain_list(self):
        status, plain = queues("page_size=2&name=a")
        self.assertEqual(status, 200)
        self.assertEqual(len(plain), len(QUEUES))

    def test_bad_pages_are_refused(self):
        invalid = {"error": "bad_request", "reason": "Pagination parameters are invalid"}
        self.assertEqual(queues("page=abc"), (400, invalid))
        self.assertEqual(queues("page=1&page_size=many"), (400, invalid))
        self.assertEqual(queues("page=1&name=(&use_regex=true"), (400, invalid))
        for query, page, size in (("page=0", 0, "undefined"), ("page=-1", -1, "undefined"),
                                  ("page=1&page_size=0", 1, 0), ("page=1&page_size=501", 1, 501)):
            self.assertEqual(queues(query),
                             (400, {"error": "invalid_pagination_parameters",
                                    "reason": "Invalid pagination parameters: page number %s, "
                                              "page size %s" % (page, size)}), query)

    def test_name_filter_is_case_insensitive_and_may_be_a_regex(self):
        _, page = queues("page=1&name=A")
        self.assertEqual((page["filtered_count"], page["total_count"]), (3, 7))
        self.assertEqual(sorted(names(page)), ["a1", "a2", "alpha"])
        _, page = queues("page=1&name=%5Ea%5Cd%7Cq&use_regex=true")  # ^a\d|q
        self.assertEqual(sorted(names(page)), ["Q9", "a1", "a2"])
        _, page = queues("page=1&page_size=1&name=zz")
        self.assertEqual((page["filtered_count"], page["page_count"], page["items"]), (0, 0, []))

    def test_sort_and_reverse(self):
        _, page = queues("page=1&sort=name&sort_reverse=true&columns=name")
        self.assertEqual(names(page), sorted(QUEUES, reverse=True))
        status, plain = queues("sort=name&sort_reverse=true&columns=name")
        self.assertEqual([q["name"] for q in plain], sorted(QUEUES, reverse=True))

    def test_columns_keep_only_the_fields_asked_for(self):
        _, page = queues("page=1&page_size=2&columns=name,vhost")
        self.assertEqual(page["items"], [{"name": "Q9", "vhost": VHOST},
                                         {"name": "a1", "vhost": VHOST}])
        status, queue = client.api("queues/%s/b1?columns=name,durable" % VHOST)
        self.assertEqual((status, queue), (200, {"name": "b1", "durable": False}))
        status, exchanges = client.api("exchanges/%s?columns=name,type&page=1&page_size=2"
                                       % VHOST)
        self.assertEqual(exchanges["items"], [{"name": "", "type": "direct"},
                                              {"name": "amq.direct", "type": "direct"}])

    def test_nested_columns(self):
        client.request("POST", "exchanges/%s/amq.default/publish" % VHOST,
                       {"routing_key": "c1", "properties": {}, "payload": "x",
                        "payload_encoding": "string"})
        status, listed = client.settled(
            "queues/%s?columns=name,message_stats.publish" % VHOST,
            lambda qs: any("message_stats" in q for q in qs))
        self.assertEqual(status, 200)
        by_name = {q["name"]: q for q in listed}
        self.assertEqual(by_name["c1"], {"name": "c1", "message_stats": {"publish": 1}})

    def test_vhosts_connections_and_channels_page_too(self):
        status, page = client.api("vhosts?page=1&page_size=1&name=PAG&columns=name")
        self.assertEqual(status, 200)
        self.assertEqual((page["items"], page["filtered_count"]), ([{"name": VHOST}], 1))
        for what in ("connections", "channels"):
            status, page = client.api(what + "?page=1&page_size=10")
            self.assertEqual(status, 200, what)
            self.assertEqual((page["page"], page["page_size"]), (1, 10), what)
        # Users and bindings are not paged in RabbitMQ 3.10: the plain list.
        status, users = client.api("users?page=1")
        self.assertEqual(status, 200)
        self.assertIsInstance(users, list)

    def test_rabbitmqadmin_lists_with_columns(self):
        listed = client.rabbitmqadmin("-V", VHOST, "list", "queues", "name", "durable")
        self.assertEqual(sorted(q["name"] for q in listed), sorted(QUEUES))
        self.assertTrue(all(set(q) == {"name", "durable"} for q in listed))


if __name__ == "__main__":
    unittest.main()
