'use strict';
// @stomp/stompjs (npm, on the `ws` WebSocket) against STOMP over WebSocket: CONNECT, queues,
// topics, binary bodies, acknowledgements, transactions, heart-beats and ERROR frames, as
// RabbitMQ's Web STOMP plugin answers them.

const { test, before, after, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const {
  TARGET, startBroker, uniq, sleep, waitFor, show, isHeartBeat, Session, connect, closeAll,
} = require('../support');

let broker;
before(async () => { broker = await startBroker(); });
afterEach(closeAll);
after(async () => { await broker.stop(); });

test('CONNECT as guest negotiates STOMP 1.2 with a RabbitMQ server header', async () => {
  const session = await connect(broker.wsUrl);
  const { headers } = session.connectedFrame;
  assert.equal(headers.version, '1.2');
  assert.match(headers.server, /^RabbitMQ\//);
  assert.equal(session.socket.protocol, 'v12.stomp');
});

test('a queue round trips body and headers', async () => {
  const destination = `/queue/${uniq('q')}`;
  const session = await connect(broker.wsUrl);
  const inbox = await session.subscribe(destination, { id: 'sub-0' });
  session.client.publish({
    destination,
    body: 'hello over web stomp',
    headers: { 'content-type': 'text/plain', 'x-custom': 'custom value' },
  });
  const [message] = await inbox.next(1);
  assert.equal(message.body, 'hello over web stomp');
  assert.equal(message.headers.destination, destination);
  assert.equal(message.headers.subscription, 'sub-0');
  assert.ok(message.headers['message-id'], 'a message-id');
  assert.equal(message.headers['x-custom'], 'custom value');
  assert.equal(message.headers['content-type'], 'text/plain');
});

test('a topic fans out to two clients', async () => {
  const destination = `/topic/${uniq('t')}`;
  const [a, b] = await Promise.all([connect(broker.wsUrl), connect(broker.wsUrl)]);
  const [inboxA, inboxB] = await Promise.all([a.subscribe(destination),
    b.subscribe(destination)]);
  a.client.publish({ destination, body: 'to everyone' });
  for (const inbox of [inboxA, inboxB]) {
    const [message] = await inbox.next(1);
    assert.equal(message.body, 'to everyone');
    assert.equal(message.headers.destination, destination);
  }
});

test('a binary body with a NUL byte round trips with its content-length', async () => {
  const destination = `/queue/${uniq('bin')}`;
  const session = await connect(broker.wsUrl);
  const inbox = await session.subscribe(destination);
  // Valid UTF-8 (RabbitMQ sends text WebSocket frames by default), with a NUL inside and a
  // two-byte character, so the length is in bytes, not characters.
  const body = Uint8Array.from([0x61, 0x00, 0x62, 0x0a, 0xc3, 0xa9, 0x00, 0x7a]);
  session.client.publish({ destination, binaryBody: body,
    headers: { 'content-type': 'application/octet-stream' } });
  const [message] = await inbox.next(1);
  assert.deepEqual([...message.binaryBody], [...body]);
  assert.equal(message.headers['content-length'], String(body.length));
  assert.equal(message.headers['content-type'], 'application/octet-stream');
});

test('client-individual: ack settles, nack redelivers with redelivered:true', async () => {
  const destination = `/queue/${uniq('ack')}`;
  const session = await connect(broker.wsUrl);
  const inbox = await session.subscribe(destination, { ack: 'client-individual' });
  session.client.publish({ destination, body: 'first' });
  session.client.publish({ destination, body: 'second' });
  const [first, second] = await inbox.next(2);
  assert.deepEqual([first.body, second.body], ['first', 'second']);
  assert.ok(first.headers.ack, 'STOMP 1.2 MESSAGE has an ack header');
  assert.notEqual(first.headers.redelivered, 'true');
  first.ack();
  second.nack();
  const [, , again] = await inbox.next(3);
  assert.equal(again.body, 'second');
  assert.equal(again.headers.redelivered, 'true');
  again.ack();
  await session.close();

  // Both settled: a new consumer's first message is one published now.
  const later = await connect(broker.wsUrl);
  const laterInbox = await later.subscribe(destination, { ack: 'client-individual' });
  later.client.publish({ destination, body: 'marker' });
  const [marker] = await laterInbox.next(1);
  assert.equal(marker.body, 'marker');
  marker.ack();
});

test('a committed transaction delivers, an aborted one discards', async () => {
  const destination = `/queue/${uniq('tx')}`;
  const session = await connect(broker.wsUrl);
  const inbox = await session.subscribe(destination);

  const committed = session.client.begin();
  session.client.publish({ destination, body: 'committed',
    headers: { transaction: committed.id } });
  committed.commit();
  const [first] = await inbox.next(1);
  assert.equal(first.body, 'committed');

  const aborted = session.client.begin();
  session.client.publish({ destination, body: 'aborted', headers: { transaction: aborted.id } });
  aborted.abort();
  // Outside any transaction: had the aborted message been sent, it would come first.
  session.client.publish({ destination, body: 'after' });
  await inbox.next(2);
  assert.deepEqual(inbox.map((m) => m.body), ['committed', 'after']);
});

test('heart-beats both ways keep an idle connection open', async () => {
  const session = await connect(broker.wsUrl,
    { heartbeatIncoming: 1000, heartbeatOutgoing: 1000 });
  assert.equal(session.connectedFrame.headers['heart-beat'], '1000,1000');
  const connectedAt = session.raw.length; // raw messages up to and including CONNECTED
  // Idle for four seconds: this sleep proves that nothing closes the connection.
  await sleep(4000);
  assert.deepEqual(session.closes, [], session.describe());
  assert.equal(session.client.connected, true);
  const beats = session.raw.slice(connectedAt).filter((m) => isHeartBeat(m.data));
  assert.ok(beats.length >= 2, `server heart-beats in 4 s: ${beats.length}; ${session.describe()}`);
  assert.ok(session.heartBeats >= 2, `stompjs saw ${session.heartBeats} heart-beats`);
  assert.ok(session.log.includes('>>> PING'), 'stompjs sent heart-beats');
  // Still usable.
  const destination = `/queue/${uniq('hb')}`;
  const inbox = await session.subscribe(destination);
  session.client.publish({ destination, body: 'still here' });
  assert.equal((await inbox.next(1))[0].body, 'still here');
});

// RabbitMQ 3.10's Web STOMP loses this ERROR: the channel's exit reaches the WebSocket handler
// before the queued ERROR frame does, and it closes with 1000 "STOMP died" (its STOMP-over-TCP
// listener sends the ERROR). Warren sends the ERROR, then closes, as the STOMP spec says.
test('SUBSCRIBE to a missing exchange is an ERROR not_found, then the socket closes', async () => {
  const session = await connect(broker.wsUrl);
  session.client.subscribe(`/exchange/${uniq('missing-exchange')}`, () => {});
  await waitFor(() => session.closes.length, () => `the socket to close; ${session.describe()}`);
  if (TARGET === 'rabbitmq' && session.errors.length === 0) {
    assert.deepEqual(session.closes, [{ code: 1000, reason: 'STOMP died' }]);
    return;
  }
  assert.equal(session.errors.length, 1, session.describe());
  const [error] = session.errors;
  assert.equal(error.headers.message, 'not_found');
  assert.match(error.body, /^NOT_FOUND - no exchange/);
});

// RabbitMQ keeps the socket open after this ERROR (until its 60 s idle timeout); Warren closes
// it, as after every ERROR.
test('a wrong passcode is refused with ERROR "Bad CONNECT"', async () => {
  const session = new Session(broker.wsUrl, {
    connectHeaders: { login: 'guest', passcode: 'wrong' },
    connectionTimeout: 0, // so that any close is the server's
  });
  await session.open();
  await waitFor(() => session.errors.length, () => `an ERROR; ${session.describe()}`);
  assert.equal(session.connectedFrame, null);
  const [error] = session.errors;
  assert.equal(error.headers.message, 'Bad CONNECT');
  assert.equal(error.body, "Access refused for user 'guest'\n");
  if (TARGET === 'warren') {
    await waitFor(() => session.closes.length, () => `the socket to close; ${session.describe()}`);
  }
});

test('every raw message stompjs received held whole frames', async () => {
  // Through the client: CONNECTED, RECEIPT and MESSAGE each came as one WebSocket message.
  const destination = `/queue/${uniq('whole')}`;
  const session = await connect(broker.wsUrl);
  const inbox = await session.subscribe(destination);
  session.client.publish({ destination, body: 'one message' });
  await inbox.next(1);
  const commands = session.raw.map((m) => {
    const text = m.data.toString('latin1');
    assert.match(text, /^[A-Z]+\n[^]*\0\n?$/, `a whole frame: ${show(m.data)}`);
    assert.equal(text.indexOf('\0'), text.replace(/\n$/, '').length - 1,
      `one frame: ${show(m.data)}`);
    return text.split('\n', 1)[0];
  });
  assert.deepEqual(commands, ['CONNECTED', 'RECEIPT', 'MESSAGE']);
});
