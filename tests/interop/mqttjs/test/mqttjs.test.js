'use strict';
// mqtt.js (npm) against Warren over TCP and WebSocket, in MQTT 3.1.1 and 5.0: publish and
// subscribe at every QoS, retained messages, 5.0 properties, and the two transports meeting
// on one topic.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startBroker, uniq, connect, nextMessages } = require('../support');

let broker;
before(async () => { broker = await startBroker(); });
after(async () => { await broker.stop(); });

for (const transport of ['tcp', 'ws']) {
  for (const protocolVersion of [4, 5]) {
    test(`${transport} MQTT ${protocolVersion === 5 ? '5.0' : '3.1.1'}: every QoS round trips`,
      async () => {
        const url = transport === 'tcp' ? broker.tcpUrl : broker.wsUrl;
        const client = await connect(url, { protocolVersion, clientId: uniq('js') });
        const topic = `js/${uniq()}`;
        const granted = await client.subscribeAsync(topic, { qos: 2 });
        assert.equal(granted[0].qos, 2);
        const received = nextMessages(client, 3);
        for (const qos of [0, 1, 2]) await client.publishAsync(topic, `qos ${qos}`, { qos });
        const messages = await received;
        assert.deepEqual(messages.map((m) => [m.payload.toString(), m.packet.qos]),
          [['qos 0', 0], ['qos 1', 1], ['qos 2', 2]]);
        await client.endAsync();
      });
  }
}

test('a retained message reaches a WebSocket subscriber with the retain flag', async () => {
  const topic = `js/retained/${uniq()}`;
  const publisher = await connect(broker.tcpUrl, { clientId: uniq('pub') });
  await publisher.publishAsync(topic, 'kept', { qos: 1, retain: true });
  const subscriber = await connect(broker.wsUrl, { clientId: uniq('sub'), protocolVersion: 5 });
  const received = nextMessages(subscriber, 1);
  await subscriber.subscribeAsync(topic, { qos: 1 });
  const [message] = await received;
  assert.equal(message.payload.toString(), 'kept');
  assert.equal(message.packet.retain, true);
  await publisher.publishAsync(topic, '', { qos: 1, retain: true });
  await Promise.all([publisher.endAsync(), subscriber.endAsync()]);
});

test('MQTT 5.0 properties cross from TCP to WebSocket', async () => {
  const topic = `js/props/${uniq()}`;
  const subscriber = await connect(broker.wsUrl, { clientId: uniq('sub'), protocolVersion: 5 });
  await subscriber.subscribeAsync(topic, { qos: 1, properties: { subscriptionIdentifier: 7 } });
  const publisher = await connect(broker.tcpUrl, { clientId: uniq('pub'), protocolVersion: 5 });
  const received = nextMessages(subscriber, 1);
  await publisher.publishAsync(topic, '{"a":1}', {
    qos: 1,
    properties: {
      contentType: 'application/json',
      responseTopic: 'replies/here',
      correlationData: Buffer.from('req-1'),
      userProperties: { tenant: 'acme' },
      messageExpiryInterval: 120,
    },
  });
  const [{ packet }] = await received;
  assert.equal(packet.properties.contentType, 'application/json');
  assert.equal(packet.properties.responseTopic, 'replies/here');
  assert.equal(packet.properties.correlationData.toString(), 'req-1');
  assert.equal(packet.properties.userProperties.tenant, 'acme');
  assert.ok(packet.properties.messageExpiryInterval <= 120);
  assert.ok(packet.properties.messageExpiryInterval >= 118);
  assert.deepEqual([packet.properties.subscriptionIdentifier].flat(), [7]);
  await Promise.all([publisher.endAsync(), subscriber.endAsync()]);
});

test('a wrong password is refused with 0x86 in 5.0', async () => {
  await assert.rejects(
    connect(broker.tcpUrl, { protocolVersion: 5, username: 'guest', password: 'wrong' }),
    (err) => err.code === 134);
});
