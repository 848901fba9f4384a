'use strict';
// Dead-lettering, TTLs, length limits and priorities as seen by amqplib.

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBroker, channel, confirmChannel, uniq, getMessage, drain } = require('../support');

const env = useBroker(test);

// A fanout DLX with one exclusive queue bound: returns {dlx, dlq}.
async function sink(ch) {
  const dlx = uniq('dlx');
  await ch.assertExchange(dlx, 'fanout', { durable: false, autoDelete: true });
  const { queue } = await ch.assertQueue('', { exclusive: true });
  await ch.bindQueue(queue, dlx, '');
  return { dlx, dlq: queue };
}

async function publishConfirmed(q, bodies, options) {
  const pub = await confirmChannel(env.conn);
  for (const body of bodies) pub.sendToQueue(q, Buffer.from(body), options);
  await pub.waitForConfirms();
  await pub.close();
}

test('rejected message is dead-lettered with x-death', async () => {
  const ch = await channel(env.conn);
  const { dlx, dlq } = await sink(ch);
  const { queue } = await ch.assertQueue('', {
    exclusive: true,
    deadLetterExchange: dlx,
    deadLetterRoutingKey: 'dead',
  });
  await publishConfirmed(queue, ['m'], { headers: { keep: 'me' } });
  ch.reject(await getMessage(ch, queue, { noAck: false }), false);
  const msg = await getMessage(ch, dlq);
  assert.equal(msg.fields.exchange, dlx);
  assert.equal(msg.fields.routingKey, 'dead');
  const { headers } = msg.properties;
  assert.equal(headers.keep, 'me');
  assert.equal(headers['x-death'].length, 1);
  const death = headers['x-death'][0];
  assert.equal(death.count, 1);
  assert.equal(death.reason, 'rejected');
  assert.equal(death.queue, queue);
  assert.equal(death.exchange, '');
  assert.deepEqual(death['routing-keys'], [queue]);
  assert.ok(death.time, 'x-death carries a timestamp');
  assert.equal(headers['x-first-death-reason'], 'rejected');
  assert.equal(headers['x-first-death-queue'], queue);
  assert.equal(headers['x-first-death-exchange'], '');
});

test('expired message is dead-lettered with reason expired', async () => {
  const ch = await channel(env.conn);
  const { dlx, dlq } = await sink(ch);
  const { queue } = await ch.assertQueue('', { exclusive: true, messageTtl: 100, deadLetterExchange: dlx });
  const started = Date.now();
  await publishConfirmed(queue, ['old']);
  const msg = await getMessage(ch, dlq);
  assert.ok(Date.now() - started >= 90, 'not before the TTL');
  assert.equal(msg.properties.headers['x-death'][0].reason, 'expired');
  assert.equal((await ch.checkQueue(queue)).messageCount, 0);
});

test('per-message expiration moves into x-death', async () => {
  const ch = await channel(env.conn);
  const { dlx, dlq } = await sink(ch);
  const { queue } = await ch.assertQueue('', { exclusive: true, deadLetterExchange: dlx });
  await publishConfirmed(queue, ['short'], { expiration: '100' });
  const msg = await getMessage(ch, dlq);
  assert.equal(msg.properties.expiration, undefined);
  assert.equal(msg.properties.headers['x-death'][0]['original-expiration'], '100');
});

test('max-length drops (and dead-letters) the oldest', async () => {
  const ch = await channel(env.conn);
  const { dlx, dlq } = await sink(ch);
  const { queue } = await ch.assertQueue('', { exclusive: true, maxLength: 2, deadLetterExchange: dlx });
  await publishConfirmed(queue, ['1', '2', '3']);
  assert.deepEqual(await drain(ch, queue), ['2', '3']);
  const dead = await getMessage(ch, dlq);
  assert.equal(dead.content.toString(), '1');
  assert.equal(dead.properties.headers['x-death'][0].reason, 'maxlen');
});

test('priority queue delivers higher priorities first', async () => {
  const ch = await channel(env.conn);
  const { queue } = await ch.assertQueue('', { exclusive: true, maxPriority: 10 });
  const pub = await confirmChannel(env.conn);
  for (const [body, priority] of [['low', 1], ['high', 9], ['mid', 5], ['none', undefined]]) {
    pub.sendToQueue(queue, Buffer.from(body), { priority });
  }
  await pub.waitForConfirms();
  assert.deepEqual(await drain(ch, queue), ['high', 'mid', 'low', 'none']);
});
