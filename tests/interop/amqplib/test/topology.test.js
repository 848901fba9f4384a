'use strict';
// Declaring, checking and deleting queues and exchanges, and the channel
// errors (404 / 405 / 406 / 403) RabbitMQ raises for misuse.

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBroker, connect, channel, uniq, rejectsWithCode, waitFor } = require('../support');

const env = useBroker(test);

test('server-named queue', async () => {
  const ch = await channel(env.conn);
  const ok = await ch.assertQueue('', { exclusive: true });
  assert.match(ok.queue, /^amq\.gen-[A-Za-z0-9_-]{22}$/);
  assert.equal(ok.messageCount, 0);
  assert.equal(ok.consumerCount, 0);
});

test('declare each exchange type and check it', async () => {
  const ch = await channel(env.conn);
  for (const type of ['direct', 'fanout', 'topic', 'headers']) {
    const name = uniq(type);
    await ch.assertExchange(name, type, { durable: false });
    await ch.checkExchange(name);
    await ch.deleteExchange(name);
  }
});

test('predeclared exchanges exist', async () => {
  const ch = await channel(env.conn);
  for (const name of ['amq.direct', 'amq.fanout', 'amq.topic', 'amq.headers', 'amq.match']) {
    await ch.checkExchange(name);
  }
});

test('checkQueue of a missing queue is 404', async () => {
  const ch = await channel(env.conn);
  const name = uniq('missing');
  await rejectsWithCode(ch.checkQueue(name), 404, `NOT_FOUND - no queue '${name}' in vhost '/'`);
});

test('checkExchange of a missing exchange is 404', async () => {
  const ch = await channel(env.conn);
  const name = uniq('missing');
  await rejectsWithCode(ch.checkExchange(name), 404, `NOT_FOUND - no exchange '${name}' in vhost '/'`);
});

test('publishing to a missing exchange closes the channel with 404', async () => {
  const ch = await channel(env.conn);
  const name = uniq('missing');
  ch.publish(name, 'k', Buffer.from('x'));
  await new Promise((resolve) => ch.once('close', resolve));
  assert.equal(ch.errors.length, 1);
  assert.equal(ch.errors[0].code, 404);
  assert.match(ch.errors[0].message, new RegExp(`no exchange '${name}' in vhost '/'`));
});

test('redeclaring an exchange with another type is 406', async () => {
  const ch = await channel(env.conn);
  const name = uniq('x');
  await ch.assertExchange(name, 'direct', { durable: false, autoDelete: false });
  await rejectsWithCode(
    ch.assertExchange(name, 'topic', { durable: false, autoDelete: false }),
    406,
    `PRECONDITION_FAILED - inequivalent arg 'type' for exchange '${name}' in vhost '/': received 'topic' but current is 'direct'`,
  );
  await (await channel(env.conn)).deleteExchange(name);
});

test('redeclaring a queue with other arguments is 406', async () => {
  const ch = await channel(env.conn);
  const name = uniq('q');
  await ch.assertQueue(name, { durable: false, messageTtl: 1000 });
  await rejectsWithCode(
    ch.assertQueue(name, { durable: false, messageTtl: 2000 }),
    406,
    `inequivalent arg 'x-message-ttl' for queue '${name}' in vhost '/': received '2000' but current is '1000'`,
  );
  await (await channel(env.conn)).deleteQueue(name);
});

test('exclusive queue from another connection is 405', async () => {
  const ch = await channel(env.conn);
  const { queue } = await ch.assertQueue('', { exclusive: true });
  const other = await connect(env.broker.url);
  try {
    const och = await channel(other);
    await rejectsWithCode(och.checkQueue(queue), 405, 'RESOURCE_LOCKED - cannot obtain exclusive access to locked queue');
  } finally {
    await other.close();
  }
});

test('declaring an amq.* exchange is 403', async () => {
  const ch = await channel(env.conn);
  await rejectsWithCode(
    ch.assertExchange('amq.mine', 'direct'),
    403,
    "ACCESS_REFUSED - exchange name 'amq.mine' contains reserved prefix 'amq.*'",
  );
});

test('publishing to an internal exchange closes the channel with 403', async () => {
  const setup = await channel(env.conn);
  const name = uniq('internal');
  await setup.assertExchange(name, 'fanout', { internal: true, durable: false });
  const ch = await channel(env.conn);
  ch.publish(name, '', Buffer.from('x'));
  await new Promise((resolve) => ch.once('close', resolve));
  assert.equal(ch.errors[0].code, 403);
  assert.match(ch.errors[0].message, /cannot publish to internal exchange/);
  await setup.deleteExchange(name);
});

test('second consumer on an exclusively consumed queue is 403', async () => {
  const ch = await channel(env.conn);
  const { queue } = await ch.assertQueue('', { exclusive: true });
  await ch.consume(queue, () => {}, { exclusive: true });
  const ch2 = await channel(env.conn);
  await rejectsWithCode(ch2.consume(queue, () => {}), 403, `queue '${queue}' in vhost '/' in exclusive use`);
});

test('purge reports the number of messages removed', async () => {
  const ch = await channel(env.conn);
  const { queue } = await ch.assertQueue('', { exclusive: true });
  for (let i = 0; i < 3; i++) ch.sendToQueue(queue, Buffer.from(String(i)));
  // Not even the same channel's later checkQueue is ordered after the
  // enqueue in RabbitMQ (queue.declare is prioritised), so poll.
  await waitFor(async () => (await ch.checkQueue(queue)).messageCount === 3, '3 messages');
  assert.equal((await ch.purgeQueue(queue)).messageCount, 3);
});

test('delete ifEmpty on a non-empty queue is 406', async () => {
  const ch = await channel(env.conn);
  const { queue } = await ch.assertQueue('', { exclusive: true });
  ch.sendToQueue(queue, Buffer.from('x'));
  await waitFor(async () => (await ch.checkQueue(queue)).messageCount === 1, 'the message');
  await rejectsWithCode(ch.deleteQueue(queue, { ifEmpty: true }), 406, `queue '${queue}' in vhost '/' not empty`);
});

test('delete ifUnused on an exchange with bindings is 406', async () => {
  const ch = await channel(env.conn);
  const x = uniq('x');
  await ch.assertExchange(x, 'fanout', { durable: false });
  const { queue } = await ch.assertQueue('', { exclusive: true });
  await ch.bindQueue(queue, x, '');
  await rejectsWithCode(ch.deleteExchange(x, { ifUnused: true }), 406, `exchange '${x}' in vhost '/' in use`);
  await (await channel(env.conn)).deleteExchange(x);
});
