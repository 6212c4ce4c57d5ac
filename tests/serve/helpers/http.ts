// Raw HTTP for tests: the request target is sent byte for byte (fetch() would normalise `..` and
// `%2e%2e` away before the server saw them), and the response is parsed minimally.
import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function rawRequest(port: number, target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const headerLines = Object.entries({ Host: `127.0.0.1:${port}`, Connection: 'close', ...(options.headers ?? {}) }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.on('connect', () => socket.write(`${options.method ?? 'GET'} ${target} HTTP/1.1\r\n${headerLines.join('')}\r\n`));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0].split(' ')[1]);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status, headers, body: all.subarray(split + 4) });
    });
  });
}
