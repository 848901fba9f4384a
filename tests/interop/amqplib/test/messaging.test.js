'use strict';
// Publishing, consuming, basic.get, acknowledgements, prefetch, confirms,
// returns and broker-initiated consumer cancellation.

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBroker, channel, confirmChannel, waitFor, getMessage, drain } = require('../support');

const env = useBroker(test);

async function tempQueue(ch, options = {}) {
  return (await ch.assertQueue('', { exclusive: true, ...options })).queue;
}

// Publish on a confirm channel so the messages are enqueued once this returns.
async function publishConfirmed(exchange, key, bodies, options) {
  const ch = await confirmChannel(env.conn);
  for (const body of bodies) ch.publish(exchange, key, Buffer.from(body), options);
  await ch.waitForConfirms();
  await ch.close();
}

test('publish and consume in order', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['1', '2', '3']);
  const got = [];
  await ch.consume(q, (msg) => got.push(msg), { noAck: true });
  await waitFor(() => got.length === 3, '3 deliveries');
  assert.deepEqual(got.map((m) => m.content.toString()), ['1', '2', '3']);
  assert.deepEqual(got.map((m) => m.fields.deliveryTag), [1, 2, 3]);
  assert.equal(got[0].fields.redelivered, false);
  assert.equal(got[0].fields.routingKey, q);
});

test('get reports the remaining message count, then get-empty', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['a', 'b']);
  const first = await ch.get(q, { noAck: true });
  assert.equal(first.fields.messageCount, 1);
  const second = await ch.get(q, { noAck: true });
  assert.equal(second.fields.messageCount, 0);
  assert.equal(await ch.get(q, { noAck: true }), false);
});

test('nack with requeue redelivers with the redelivered flag', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['m']);
  const msg = await ch.get(q);
  assert.equal(msg.fields.redelivered, false);
  ch.nack(msg, false, true);
  const again = await getMessage(ch, q);
  assert.equal(again.content.toString(), 'm');
  assert.equal(again.fields.redelivered, true);
});

test('reject without requeue discards', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['m']);
  ch.reject(await ch.get(q), false);
  assert.equal(await ch.get(q), false);
});

test('ack with allUpTo acknowledges earlier deliveries too', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['1', '2', '3']);
  const msgs = [await ch.get(q), await ch.get(q), await ch.get(q)];
  ch.ack(msgs[1], true);
  await ch.recover(); // requeues only what is still unacked: the third
  assert.deepEqual(await waitForBodies(ch, q, 1), ['3']);
});

async function waitForBodies(ch, q, n) {
  await waitFor(async () => (await ch.checkQueue(q)).messageCount === n, `${n} messages`);
  return drain(ch, q);
}

test('acking an unknown delivery tag closes the channel with 406', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['m']);
  const msg = await ch.get(q, { noAck: true });
  ch.ack(msg); // auto-acked already: the tag is unknown to the broker
  await new Promise((resolve) => ch.once('close', resolve));
  assert.equal(ch.errors[0].code, 406);
  assert.match(ch.errors[0].message, /PRECONDITION_FAILED - unknown delivery tag 1/);
});

test('prefetch limits unacknowledged deliveries per consumer', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  await publishConfirmed('', q, ['1', '2', '3', '4', '5']);
  await ch.prefetch(2);
  const got = [];
  await ch.consume(q, (msg) => got.push(msg));
  await waitFor(() => got.length === 2, '2 deliveries');
  assert.equal((await ch.checkQueue(q)).messageCount, 3);
  ch.ack(got[0]);
  await waitFor(() => got.length === 3, 'a third delivery');
});

test('confirm channel acks every publish', async () => {
  const ch = await confirmChannel(env.conn);
  const q = await tempQueue(ch);
  const acked = [];
  for (let i = 0; i < 100; i++) {
    ch.sendToQueue(q, Buffer.from(String(i)), {}, (err) => acked.push(err));
  }
  await ch.waitForConfirms();
  assert.equal(acked.length, 100);
  assert.ok(acked.every((err) => err === null));
  assert.equal((await ch.checkQueue(q)).messageCount, 100);
});

test('reject-publish overflow nacks the confirm', async () => {
  const ch = await confirmChannel(env.conn);
  const q = await tempQueue(ch, { maxLength: 1, arguments: { 'x-overflow': 'reject-publish' } });
  const results = [];
  ch.sendToQueue(q, Buffer.from('fits'), {}, (err) => results.push(err === null ? 'ack' : 'nack'));
  ch.sendToQueue(q, Buffer.from('overflows'), {}, (err) => results.push(err === null ? 'ack' : 'nack'));
  await assert.rejects(ch.waitForConfirms());
  assert.deepEqual(results, ['ack', 'nack']);
});

test('unroutable mandatory message is returned with 312 NO_ROUTE', async () => {
  const ch = await channel(env.conn);
  const returned = new Promise((resolve) => ch.once('return', resolve));
  ch.publish('amq.direct', 'nobody-listens', Buffer.from('back'), { mandatory: true, messageId: 'id-1' });
  const msg = await returned;
  assert.equal(msg.fields.replyCode, 312);
  assert.equal(msg.fields.replyText, 'NO_ROUTE');
  assert.equal(msg.fields.exchange, 'amq.direct');
  assert.equal(msg.fields.routingKey, 'nobody-listens');
  assert.equal(msg.properties.messageId, 'id-1');
  assert.equal(msg.content.toString(), 'back');
});

test('deleting the queue cancels its consumers', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  const cancelled = new Promise((resolve) => {
    ch.consume(q, (msg) => {
      if (msg === null) resolve(); // amqplib's signal for basic.cancel
    });
  });
  await (await channel(env.conn)).deleteQueue(q);
  await cancelled;
});

test('properties and headers round-trip', async () => {
  const ch = await channel(env.conn);
  const q = await tempQueue(ch);
  const headers = {
    str: 'hello',
    int: 42,
    negative: -70000,
    big: 2 ** 40,
    float: 1.5,
    bool: true,
    bytes: Buffer.from([0, 1, 255]),
    nested: { inner: { deep: 'yes' }, list: [1, 'two', false] },
    array: [1, 2.5, 'x'],
    nothing: null,
  };
  const options = {
    contentType: 'application/json',
    contentEncoding: 'utf-8',
    headers,
    deliveryMode: 2,
    priority: 5,
    correlationId: 'c-1',
    replyTo: 'reply-q',
    expiration: '60000',
    messageId: 'm-1',
    timestamp: 1700000000,
    type: 'kind',
    userId: 'guest',
    appId: 'interop',
  };
  await publishConfirmed('', q, ['body'], options);
  const msg = await getMessage(ch, q);
  for (const [key, value] of Object.entries(options)) {
    if (key !== 'headers') assert.deepEqual(msg.properties[key], value, key);
  }
  assert.deepEqual(msg.properties.headers, headers);
});
