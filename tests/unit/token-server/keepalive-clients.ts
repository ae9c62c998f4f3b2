// Keep-alive HTTP/1.1 clients on raw sockets, for checking that a shutdown loses no request: each
// client sends requests one after another on one connection, reconnects when an answer says
// Connection: close, and stops when a new connection is refused. A request written to a socket
// that then closes without an answer is lost. Shared by the unit test and bench/token-server.ts.
import {connect, type Socket} from 'node:net';

export type KeepAliveTally = {
  /** Requests written to a socket. */
  sent: number;
  /** Answers received, by status. */
  answered: Record<number, number>;
  /** Answers that carried Connection: close. */
  closing: number;
  /** Requests written and never answered. */
  lost: number;
  /** Connections refused (the server no longer listens): requests never sent. */
  refused: number;
};

function once(host: string, port: number, request: string, tally: KeepAliveTally, socket: Socket): Promise<'again' | 'reconnect' | 'lost'> {
  return new Promise((resolve) => {
    let data = '';
    const done = (result: 'again' | 'reconnect' | 'lost') => {
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      data += chunk.toString('latin1');
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = data.slice(0, end);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (data.length < end + 4 + length) return;
      const status = Number(head.slice(9, 12));
      tally.answered[status] = (tally.answered[status] ?? 0) + 1;
      const closing = /\r\nconnection: *close/i.test(head);
      if (closing) tally.closing++;
      done(closing ? 'reconnect' : 'again');
    };
    const onClose = () => {
      tally.lost++;
      done('lost');
    };
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.on('error', onClose);
    tally.sent++;
    socket.write(request);
  });
}

function open(host: string, port: number): Promise<Socket | undefined> {
  return new Promise((resolve) => {
    const socket = connect({host, port});
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      socket.on('error', () => {});
      resolve(socket);
    });
    socket.once('error', () => resolve(undefined));
  });
}

/**
 * Starts `clients` keep-alive clients against host:port; they run until `until()` is true or the
 * server stops listening. `tally` counts as they go; `done` resolves with it at the end.
 */
export function startKeepAliveClients(host: string, port: number, path: string, clients: number, until: () => boolean, headers: Record<string, string> = {}): {tally: KeepAliveTally; done: Promise<KeepAliveTally>} {
  const tally: KeepAliveTally = {sent: 0, answered: {}, closing: 0, lost: 0, refused: 0};
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const request = `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\n${extra}\r\n`;
  async function client() {
    let socket = await open(host, port);
    while (socket && !until()) {
      const result = await once(host, port, request, tally, socket);
      if (result === 'again') continue;
      socket.destroy();
      socket = await open(host, port);
      if (!socket) tally.refused++;
    }
    socket?.destroy();
  }
  return {tally, done: Promise.all(Array.from({length: clients}, client)).then(() => tally)};
}
