"""aio-pika's RPC pattern (Debian's python3-aio-pika) end to end.

aio-pika's RPC.close() cancels its consumer first, which deletes the
auto-delete reply queue, and only then unbinds that queue: RabbitMQ answers
unbind-ok for a binding that is no longer there, so the close must succeed.
"""

import asyncio
import unittest

import aio_pika
from aio_pika.patterns import RPC

from harness import broker, setUpModule, tearDownModule, unique  # noqa: F401


async def multiply(*, x, y):
    return x * y


class AioPikaRpcTest(unittest.TestCase):

    def run_async(self, coro):
        return asyncio.run(asyncio.wait_for(coro, timeout=30))

    def url(self):
        b = broker()
        return "amqp://guest:guest@%s:%d/" % (b.host, b.port)

    def test_call_then_close_both_sides(self):
        method = unique("multiply")

        async def scenario():
            server_conn = await aio_pika.connect(self.url())
            client_conn = await aio_pika.connect(self.url())
            async with server_conn, client_conn:
                server_channel = await server_conn.channel()
                client_channel = await client_conn.channel()
                server = await RPC.create(server_channel)
                await server.register(method, multiply, auto_delete=True)
                client = await RPC.create(client_channel)

                answers = [await client.call(method, kwargs=dict(x=i, y=7)) for i in range(5)]

                # Closing deletes the reply queue, then unbinds it: must not fail.
                await client.close()
                await server.close()
                self.assertFalse(client_channel.is_closed)
                self.assertFalse(server_channel.is_closed)
                # The channels are still usable afterwards.
                queue = await client_channel.declare_queue(unique("after"), auto_delete=True)
                return answers, queue.name

        answers, _ = self.run_async(scenario())
        self.assertEqual(answers, [0, 7, 14, 21, 28])


if __name__ == "__main__":
    unittest.main()
