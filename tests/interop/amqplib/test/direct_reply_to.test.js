'use strict';
// Direct reply-to with amqplib's RPC pattern: the client consumes
// amq.rabbitmq.reply-to with noAck, sends requests with
// replyTo: 'amq.rabbitmq.reply-to', and a server on another connection answers
// to the rewritten reply address on the default exchange.

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBroker, channel, confirmChannel, connect, rejectsWithCode, waitFor } = require('../support');

const env = useBroker(test);
const REPLY_TO = 'amq.rabbitmq.reply-to';

test('RPC round trip through amq.rabbitmq.reply-to', async () => {
  const serverConn = await connect(env.broker.url);
  try {
    const server = await channel(serverConn);
    const requests = (await server.assertQueue('', { exclusive: true })).queue;
    await server.consume(requests, (msg) => {
      const n = Number(msg.content.toString());
      server.sendToQueue(msg.properties.replyTo, Buffer.from(String(n * n)), {
        correlationId: msg.properties.correlationId,
      });
      server.ack(msg);
    });

    const client = await channel(env.conn);
    const answers = new Map();
    const { consumerTag } = await client.consume(REPLY_TO, (msg) => {
      answers.set(msg.properties.correlationId, msg);
    }, { noAck: true });
    for (const n of [2, 3, 4]) {
      client.sendToQueue(requests, Buffer.from(String(n)), { correlationId: `c${n}`, replyTo: REPLY_TO });
    }
    await waitFor(() => answers.size === 3, '3 replies');
    assert.deepEqual(['c2', 'c3', 'c4'].map((c) => answers.get(c).content.toString()), ['4', '9', '16']);
    const reply = answers.get('c2');
    assert.equal(reply.fields.consumerTag, consumerTag);
    assert.equal(reply.fields.exchange, '');
    assert.ok(reply.fields.routingKey.startsWith(`${REPLY_TO}.`), reply.fields.routingKey);
    assert.deepEqual(client.errors, []);
  } finally {
    await serverConn.close();
  }
});

test('the reply consumer must be noAck', async () => {
  const ch = await channel(env.conn);
  await rejectsWithCode(ch.consume(REPLY_TO, () => {}, { noAck: false }), 406,
    'PRECONDITION_FAILED - reply consumer cannot acknowledge');
});

// Bounded: an old broker that never closes the channel must fail here, not hang the suite.
test('a request without a reply consumer closes the channel with 406', { timeout: 20000 }, async () => {
  const ch = await channel(env.conn);
  ch.sendToQueue('anything', Buffer.from('x'), { replyTo: REPLY_TO });
  await new Promise((resolve) => ch.once('close', resolve));
  assert.equal(ch.errors.length, 1);
  assert.equal(ch.errors[0].code, 406);
  assert.match(ch.errors[0].message, /PRECONDITION_FAILED - fast reply consumer does not exist/);
});

test('a mandatory reply to a closed requester comes back, confirmed', async () => {
  const requesterConn = await connect(env.broker.url);
  const requester = await channel(requesterConn);
  await requester.consume(REPLY_TO, () => {}, { noAck: true });
  const queue = (await requester.assertQueue('', { exclusive: false, autoDelete: false })).queue;
  requester.sendToQueue(queue, Buffer.from('request'), { replyTo: REPLY_TO });
  const server = await confirmChannel(env.conn);
  let request = false;
  await waitFor(async () => (request = await server.get(queue, { noAck: true })) !== false, 'the request');
  await requesterConn.close();
  await server.deleteQueue(queue);

  const returned = [];
  server.on('return', (msg) => returned.push(msg));
  server.sendToQueue(request.properties.replyTo, Buffer.from('late'), { mandatory: true });
  await server.waitForConfirms();
  await waitFor(() => returned.length === 1, 'the returned reply');
  assert.equal(returned[0].fields.replyCode, 312);
  assert.equal(returned[0].fields.routingKey, request.properties.replyTo);
});
