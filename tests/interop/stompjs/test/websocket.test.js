'use strict';
// STOMP over WebSocket on a bare `ws` socket: subprotocol negotiation, and every STOMP frame
// the server sends arriving as exactly one WebSocket message (as RabbitMQ's Web STOMP sends
// them; browsers' STOMP clients rely on it less than they should, but some do).

const http = require('node:http');
const crypto = require('node:crypto');
const { test, before, after, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const { startBroker, uniq, waitFor, show, rawSocket } = require('../support');

let broker;
const sockets = [];
before(async () => { broker = await startBroker(); });
afterEach(() => { for (const s of sockets.splice(0)) s.terminate(); });
after(async () => { await broker.stop(); });

async function open(protocols) {
  const socket = await rawSocket(broker.wsUrl, protocols);
  sockets.push(socket);
  return socket;
}

// Checks that `data` is exactly one whole STOMP frame (with a body of content-length bytes,
// when it says so), ending in NUL or NUL and LF; returns {command, headers, body}.
function oneFrame(data) {
  const text = data.toString('latin1');
  const headEnd = text.indexOf('\n\n');
  assert.ok(headEnd > 0, `a frame head: ${show(data)}`);
  const [command, ...lines] = text.slice(0, headEnd).split('\n');
  assert.match(command, /^[A-Z]+$/, `a command: ${show(data)}`);
  const headers = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (!(line.slice(0, colon) in headers)) headers[line.slice(0, colon)] = line.slice(colon + 1);
  }
  const bodyStart = headEnd + 2;
  const bodyEnd = 'content-length' in headers
    ? bodyStart + Number(headers['content-length']) : text.indexOf('\0', bodyStart);
  assert.ok(bodyEnd >= bodyStart && text[bodyEnd] === '\0', `a NUL after the body: ${show(data)}`);
  assert.ok(data.length === bodyEnd + 1 || (data.length === bodyEnd + 2 && text[bodyEnd + 1] === '\n'),
    `nothing after the NUL but one LF, ${data.length} bytes, NUL at ${bodyEnd}: ${show(data)}`);
  return { command, headers, body: data.subarray(bodyStart, bodyEnd) };
}

function describe(socket) {
  return `messages=[${socket.messages.map((m) => `${m.isBinary ? 'binary' : 'text'} ${
    show(m.data)}`).join(', ')}] close=${JSON.stringify(socket.closeEvent)}`;
}

function nextMessage(socket, index) {
  return waitFor(() => socket.messages.length > index && socket.messages[index],
    () => `WebSocket message #${index + 1}; ${describe(socket)}`);
}

test('offered v10.stomp, v11.stomp and v12.stomp, the server picks v12.stomp', async () => {
  const socket = await open(['v10.stomp', 'v11.stomp', 'v12.stomp']);
  assert.equal(socket.protocol, 'v12.stomp');
});

test('a browser-style "v10.stomp, v11.stomp, v12.stomp" header gets v12.stomp', async () => {
  // What browsers send (comma and space); `ws` itself joins with a bare comma.
  const url = new URL(broker.wsUrl);
  const response = await new Promise((resolve, reject) => {
    const request = http.request({
      host: url.hostname, port: url.port, path: url.pathname,
      headers: {
        Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
        'Sec-WebSocket-Protocol': 'v10.stomp, v11.stomp, v12.stomp',
      },
    });
    request.on('upgrade', (res, socket) => { socket.destroy(); resolve(res); });
    request.on('response', (res) => resolve(res));
    request.on('error', reject);
    request.end();
  });
  assert.equal(response.statusCode, 101);
  assert.equal(response.headers['sec-websocket-protocol'], 'v12.stomp');
});

test('each server frame is exactly one WebSocket message', async () => {
  const socket = await open(['v12.stomp']);
  assert.equal(socket.protocol, 'v12.stomp');
  socket.send('CONNECT\naccept-version:1.2\nhost:/\nlogin:guest\npasscode:guest\n'
    + 'heart-beat:0,0\n\n\0');
  const connected = oneFrame((await nextMessage(socket, 0)).data);
  assert.equal(connected.command, 'CONNECTED', describe(socket));
  assert.equal(connected.headers.version, '1.2');

  const queue = `/queue/${uniq('raw')}`;
  socket.send(`SUBSCRIBE\nid:s1\ndestination:${queue}\nreceipt:r1\n\n\0`);
  const receipt = oneFrame((await nextMessage(socket, 1)).data);
  assert.equal(receipt.command, 'RECEIPT', describe(socket));
  assert.equal(receipt.headers['receipt-id'], 'r1');

  socket.send(`SEND\ndestination:${queue}\ncontent-type:text/plain\n\nhello\0`);
  const message = oneFrame((await nextMessage(socket, 2)).data);
  assert.equal(message.command, 'MESSAGE', describe(socket));
  assert.equal(message.headers.destination, queue);
  assert.equal(message.headers.subscription, 's1');
  assert.equal(message.body.toString(), 'hello');

  // A body with NULs, sized by content-length, is still one message.
  socket.send(Buffer.concat([Buffer.from(`SEND\ndestination:${queue}\ncontent-length:5\n\n`),
    Buffer.from([0x61, 0x00, 0x62, 0x00, 0x63]), Buffer.from([0])]));
  const binary = oneFrame((await nextMessage(socket, 3)).data);
  assert.equal(binary.command, 'MESSAGE', describe(socket));
  assert.deepEqual([...binary.body], [0x61, 0x00, 0x62, 0x00, 0x63]);

  // Two frames sent in one WebSocket message: two MESSAGE frames, two WebSocket messages.
  socket.send(`SEND\ndestination:${queue}\n\nfirst\0SEND\ndestination:${queue}\n\nsecond\0`);
  const first = oneFrame((await nextMessage(socket, 4)).data);
  const second = oneFrame((await nextMessage(socket, 5)).data);
  assert.deepEqual([first.body.toString(), second.body.toString()], ['first', 'second']);
  assert.equal(socket.messages.length, 6, describe(socket));
});
