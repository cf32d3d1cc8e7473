/**
 * A TCP relay in front of Neo4j's Bolt port that notices when a client begins its first explicit transaction (a
 * BEGIN message: the seeder's first write) and holds it there, so that a test can take Neo4j away (close the relay,
 * or kill the server: `npm run chaos`) at exactly that moment of a seed rather than at a random one. Only the client's
 * side is parsed: the handshake (the 20-byte preamble, then the version and capabilities a client sends back after a
 * server's manifest), then Bolt's chunked messages.
 */
import net from 'node:net';

const PREAMBLE_BYTES = 20;
const MANIFEST_REPLY = 0x000001ff;
const BEGIN = 0x11;

/** The client's byte stream of one connection, parsed as far as message signatures. */
class ClientStream {
  #phase: 'preamble' | 'after preamble' | 'version' | 'capabilities' | 'messages' = 'preamble';
  #skip = PREAMBLE_BYTES;
  #chunkLeft = 0;
  #header: number[] = [];
  #atMessageStart = true;
  /**
   * The server's first 4 bytes: its chosen version, or the manifest marker (then the client sends its choice). Known
   * before the client sends anything after the preamble, since it waits for this reply.
   */
  serverReply: number | null = null;

  /** The offset in `data` at which a BEGIN message starts, or -1. */
  findBegin(data: Buffer): number {
    for (let i = 0; i < data.length; ) {
      switch (this.#phase) {
        case 'after preamble':
          this.#phase = this.serverReply === MANIFEST_REPLY ? 'version' : 'messages';
          this.#skip = 4;
          break;
        case 'preamble':
        case 'version': {
          const taken = Math.min(this.#skip, data.length - i);
          this.#skip -= taken;
          i += taken;
          if (this.#skip === 0) this.#phase = this.#phase === 'preamble' ? 'after preamble' : 'capabilities';
          break;
        }
        case 'capabilities':
          // A varint: a byte with the high bit set is followed by another.
          if ((data[i++]! & 0x80) === 0) this.#phase = 'messages';
          break;
        case 'messages': {
          if (this.#chunkLeft > 0) {
            const taken = Math.min(this.#chunkLeft, data.length - i);
            this.#chunkLeft -= taken;
            i += taken;
            break;
          }
          this.#header.push(data[i++]!);
          if (this.#header.length < 2) break;
          const size = (this.#header[0]! << 8) | this.#header[1]!;
          this.#header = [];
          if (size === 0) {
            this.#atMessageStart = true; // the end of a message (or a NOOP)
            break;
          }
          // A message starts with its structure's marker byte, then its signature.
          if (this.#atMessageStart && data[i + 1] === BEGIN) return Math.max(0, i - 2);
          this.#atMessageStart = false;
          this.#chunkLeft = size;
          break;
        }
      }
    }
    return -1;
  }
}

export interface BoltRelay {
  port: number;
  /** Resolves when a client sent BEGIN; the relay forwarded nothing of it or after it, on that connection. */
  beginHeld: Promise<void>;
  /** Refuses new connections and cuts the open ones, as a server that went away does. */
  close(): Promise<void>;
}

/** Listens on a free local port and relays to the Bolt server `boltUri` names until closed. */
export async function holdFirstBegin(boltUri: string): Promise<BoltRelay> {
  const url = new URL(boltUri.replace(/^[a-z+]+:/, 'http:'));
  const target = { host: url.hostname, port: Number(url.port || 7687) };
  let held = false;
  let onHeld = () => {};
  const beginHeld = new Promise<void>((resolve) => (onHeld = resolve));
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    const stream = new ClientStream();
    let holding = false;
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
    upstream.on('data', (data) => {
      stream.serverReply ??= data.length >= 4 ? data.readUInt32BE(0) : null;
      client.write(data);
    });
    client.on('data', (data) => {
      if (holding) return;
      const at = held ? -1 : stream.findBegin(data);
      if (at < 0) {
        upstream.write(data);
        return;
      }
      upstream.write(data.subarray(0, at));
      holding = true;
      held = true;
      onHeld();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    beginHeld,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
