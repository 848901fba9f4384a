'use strict';
// Connecting: credentials, vhosts, negotiated limits, server properties.

const test = require('node:test');
const assert = require('node:assert/strict');
const { useBroker, connect, channel, uniq, waitFor } = require('../support');

const env = useBroker(test);

test('server properties advertise the RabbitMQ capabilities', () => {
  const caps = env.conn.connection.serverProperties.capabilities;
  for (const cap of [
    'publisher_confirms',
    'exchange_exchange_bindings',
    'basic.nack',
    'consumer_cancel_notify',
    'connection.blocked',
    'authentication_failure_close',
    'per_consumer_qos',
    'consumer_priorities',
  ]) {
    assert.equal(caps[cap], true, cap);
  }
});

test('wrong password is refused with 403 ACCESS_REFUSED', async () => {
  const url = env.broker.url.replace('guest:guest', 'guest:wrong');
  await assert.rejects(connect(url), (err) => {
    assert.match(err.message, /ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN/);
    assert.match(err.message, /403/);
    return true;
  });
});

test('connection.update-secret is acknowledged and the connection stays open', async () => {
  // Internal users' logins do not expire, and RabbitMQ only asks backends whose logins can
  // (OAuth) to judge a new secret: any secret gets update-secret-ok. Warren used to re-check it
  // as a password and close the connection with 530, which broke amqplib's own updateSecret
  // tests and every test after them in the same process.
  const conn = await connect(env.broker.url);
  let acknowledged = 0;
  conn.on('update-secret-ok', () => acknowledged++);
  // A refusal closes the connection, and amqplib's promise would then never settle.
  const closed = new Promise((_, reject) =>
    conn.once('close', (err) => reject(err || new Error('connection closed'))));
  await Promise.race([
    conn.updateSecret(Buffer.from('a refreshed token, not the password'), 'token refresh'),
    closed,
  ]);
  assert.equal(acknowledged, 1);
  const ch = await channel(conn);
  const { queue } = await ch.assertQueue(uniq('after-secret'), { exclusive: true });
  ch.sendToQueue(queue, Buffer.from('still here'));
  await waitFor(async () => (await ch.checkQueue(queue)).messageCount === 1, 'the message');
  await conn.close();
  assert.deepEqual(conn.errors, []);
  assert.deepEqual(ch.errors, []);
});

test('unknown vhost is refused with connection.close', async () => {
  // amqplib does not surface the reply code here (the pika suite checks the
  // 530 NOT_ALLOWED); it must fail the open rather than hang or succeed.
  await assert.rejects(connect(`${env.broker.url}no-such-vhost`), /Expected ConnectionOpenOk; got <ConnectionClose/);
});

test('frame_max and channel_max take the lower client values', async () => {
  const conn = await connect(`${env.broker.url}?frameMax=4096&channelMax=7`);
  try {
    assert.equal(conn.connection.frameMax, 4096);
    assert.equal(conn.connection.channelMax, 7);
  } finally {
    await conn.close();
  }
});

test('server defaults are negotiated when the client has no preference', async () => {
  const conn = await connect(`${env.broker.url}?frameMax=0&channelMax=0`);
  try {
    assert.equal(conn.connection.frameMax, 131072);
    assert.equal(conn.connection.channelMax, 2047);
    assert.equal(conn.connection.heartbeat, 60);
  } finally {
    await conn.close();
  }
});

test('1 MiB message survives a 4 KiB frame_max', async () => {
  const conn = await connect(`${env.broker.url}?frameMax=4096`);
  try {
    const ch = await channel(conn);
    const { queue } = await ch.assertQueue('', { exclusive: true });
    const body = Buffer.alloc(1 << 20);
    for (let i = 0; i < body.length; i++) body[i] = i % 251;
    ch.sendToQueue(queue, body);
    let msg = false;
    while (msg === false) msg = await ch.get(queue, { noAck: true });
    assert.equal(Buffer.compare(msg.content, body), 0);
  } finally {
    await conn.close();
  }
});

test('heartbeats keep an idle connection open', async () => {
  const conn = await connect(`${env.broker.url}?heartbeat=1`);
  try {
    assert.equal(conn.connection.heartbeat, 1);
    // Idle for three intervals: either side would drop a silent peer.
    await new Promise((r) => setTimeout(r, 3000));
    const ch = await channel(conn);
    await ch.checkExchange('amq.direct');
    assert.deepEqual(conn.errors, []);
  } finally {
    await conn.close();
  }
});

test('many channels on one connection', async () => {
  const queue = uniq('q');
  const chans = [];
  for (let i = 0; i < 50; i++) chans.push(await channel(env.conn));
  assert.equal(new Set(chans.map((c) => c.ch)).size, 50);
  await chans[0].assertQueue(queue);
  for (const [i, ch] of chans.entries()) ch.sendToQueue(queue, Buffer.from(String(i)));
  await waitFor(async () => (await chans[0].checkQueue(queue)).messageCount === 50, '50 messages');
  await chans[0].deleteQueue(queue);
  for (const ch of chans) await ch.close();
});

test('close right after publishing resolves with close-ok, without EPIPE', async () => {
  // Warren used to close the socket as soon as it had sent connection.close-ok; with the
  // client's frames still unread, the kernel reset the connection, the close-ok was lost and
  // amqplib's close() failed with EPIPE or never resolved. Repeated: the race is timing's.
  const q = uniq('close-race');
  const setup = await env.conn.createChannel();
  await setup.assertQueue(q);
  for (let i = 0; i < 30; i++) {
    const conn = await connect(env.broker.url);
    const ch = await conn.createChannel();
    ch.sendToQueue(q, Buffer.from(`a${i}`));
    ch.sendToQueue(q, Buffer.from(`b${i}`));
    await conn.close();
    assert.deepEqual(conn.errors, []);
  }
  await setup.deleteQueue(q);
  await setup.close();
});
