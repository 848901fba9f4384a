'use strict';
// Topic and headers routing, exchange-to-exchange bindings, alternate
// exchanges.  amqplib encodes small integers as 'b' (int8) where pika uses
// 'I' (int32), which the headers tests exercise across clients' encodings.

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBroker, channel, confirmChannel, uniq, drain } = require('../support');

const env = useBroker(test);

// Bind one exclusive queue per binding, publish every message (confirmed),
// and return {label: [bodies received]}.
async function route(type, bindings, messages) {
  const ch = await channel(env.conn);
  const x = uniq(type);
  await ch.assertExchange(x, type, { durable: false, autoDelete: true });
  const queues = {};
  for (const [label, [key, args]] of Object.entries(bindings)) {
    queues[label] = (await ch.assertQueue('', { exclusive: true })).queue;
    await ch.bindQueue(queues[label], x, key, args);
  }
  const pub = await confirmChannel(env.conn);
  for (const [body, [key, headers]] of Object.entries(messages)) {
    pub.publish(x, key, Buffer.from(body), { headers });
  }
  await pub.waitForConfirms();
  const got = {};
  for (const [label, q] of Object.entries(queues)) got[label] = await drain(ch, q);
  await ch.deleteExchange(x);
  return got;
}

function topicMessages(keys) {
  return Object.fromEntries(keys.map((k) => [k || '<empty>', [k, undefined]]));
}

test('topic: * matches exactly one word', async () => {
  const got = await route('topic', { 'a.*': ['a.*'], '*': ['*'] }, topicMessages(['a', 'a.b', 'a.b.c', '']));
  assert.deepEqual(got, { 'a.*': ['a.b'], '*': ['a'] });
});

test('topic: # matches zero or more words', async () => {
  const got = await route(
    'topic',
    { 'a.#': ['a.#'], 'a.#.b': ['a.#.b'], '#': ['#'] },
    topicMessages(['a', 'a.b', 'a.x.y.b', 'b', '']),
  );
  assert.deepEqual(got, {
    'a.#': ['a', 'a.b', 'a.x.y.b'],
    'a.#.b': ['a.b', 'a.x.y.b'],
    '#': ['a', 'a.b', 'a.x.y.b', 'b', '<empty>'],
  });
});

test('headers: x-match all and any', async () => {
  const got = await route(
    'headers',
    {
      all: ['', { 'x-match': 'all', a: 1, b: 'x' }],
      any: ['', { 'x-match': 'any', a: 1, b: 'x' }],
    },
    {
      both: ['', { a: 1, b: 'x' }],
      onlyA: ['', { a: 1 }],
      neither: ['', { c: 1 }],
      none: ['', undefined],
    },
  );
  assert.deepEqual(got, { all: ['both'], any: ['both', 'onlyA'] });
});

test('headers: integers match across encodings, not across types', async () => {
  const got = await route(
    'headers',
    { int: ['', { a: 1 }] }, // encoded by amqplib as int8
    {
      int32: ['', { a: { '!': 'int', value: 1 } }],
      int64: ['', { a: { '!': 'long', value: 1 } }],
      string: ['', { a: '1' }],
      bool: ['', { a: true }],
    },
  );
  assert.deepEqual(got, { int: ['int32', 'int64'] });
});

test('headers: any-with-x considers x- headers', async () => {
  const got = await route(
    'headers',
    {
      any: ['', { 'x-match': 'any', 'x-tag': 'y' }],
      anyWithX: ['', { 'x-match': 'any-with-x', 'x-tag': 'y' }],
    },
    { tagged: ['', { 'x-tag': 'y' }] },
  );
  assert.deepEqual(got, { any: [], anyWithX: ['tagged'] });
});

test('exchange-to-exchange binding forwards messages', async () => {
  const ch = await channel(env.conn);
  const source = uniq('src');
  const dest = uniq('dst');
  await ch.assertExchange(source, 'direct', { durable: false });
  await ch.assertExchange(dest, 'fanout', { durable: false });
  await ch.bindExchange(dest, source, 'k');
  const { queue } = await ch.assertQueue('', { exclusive: true });
  await ch.bindQueue(queue, dest, '');
  const pub = await confirmChannel(env.conn);
  pub.publish(source, 'k', Buffer.from('forwarded'));
  pub.publish(source, 'other', Buffer.from('not-forwarded'));
  await pub.waitForConfirms();
  assert.deepEqual(await drain(ch, queue), ['forwarded']);
  await ch.deleteExchange(source);
  await ch.deleteExchange(dest);
});

test('alternate exchange receives unroutable messages', async () => {
  const ch = await channel(env.conn);
  const ae = uniq('ae');
  const main = uniq('main');
  await ch.assertExchange(ae, 'fanout', { durable: false });
  await ch.assertExchange(main, 'direct', { durable: false, alternateExchange: ae });
  const { queue } = await ch.assertQueue('', { exclusive: true });
  await ch.bindQueue(queue, ae, '');
  const pub = await confirmChannel(env.conn);
  pub.publish(main, 'unbound', Buffer.from('caught'));
  await pub.waitForConfirms();
  assert.deepEqual(await drain(ch, queue), ['caught']);
  await ch.deleteExchange(main);
  await ch.deleteExchange(ae);
});
