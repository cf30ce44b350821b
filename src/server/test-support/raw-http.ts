import { connect, type Socket } from 'node:net';

export interface RawExchange {
  /** Everything the server sent. */
  readonly text: string;
  /** Whether the server closed the connection (as opposed to our giving up). */
  readonly closedByServer: boolean;
}

/**
 * Speaks HTTP by hand on one connection (for what fetch cannot send: two Host headers, headers
 * that never finish, a body that stops halfway). `script` writes to the socket; the promise
 * resolves once the server closes the connection, or after `giveUpMs`.
 */
export function rawExchange(
  port: number,
  script: (socket: Socket) => void,
  giveUpMs = 20_000,
): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = (closedByServer: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closedByServer });
    };
    const timer = setTimeout(() => finish(false), giveUpMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', () => script(socket));
  });
}

/** The status of the first answer in a raw exchange, or undefined when there was none. */
export const statusOf = (text: string): number | undefined => {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
};
