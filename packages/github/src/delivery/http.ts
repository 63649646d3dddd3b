import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** The first bytes of a response body kept in the delivery log. */
export const RESPONSE_EXCERPT_BYTES = 512;

export interface PostResult {
  /** HTTP status, or null when no response came. */
  status: number | null;
  headers: IncomingHttpHeaders;
  /** Response body excerpt (UTF-8, at most RESPONSE_EXCERPT_BYTES). */
  excerpt: string;
  latencyMs: number;
  error?: string;
}

export type Agents = { http: HttpAgent; https: HttpsAgent };

/** Keep-alive connection pools for one subscriber; `maxSockets` bounds its requests in flight. */
export function createAgents(maxSockets: number): Agents {
  const options = { keepAlive: true, maxSockets, maxFreeSockets: Math.min(maxSockets, 256), scheduling: 'lifo' as const };
  return { http: new HttpAgent(options), https: new HttpsAgent(options) };
}

export function destroyAgents(agents: Agents): void {
  agents.http.destroy();
  agents.https.destroy();
}

/**
 * One POST. Redirects are never followed (a 3xx is an answer like any other); no answer within `timeoutMs`
 * (headers and body) aborts the request and counts as a network error. Never throws.
 */
export interface Target {
  secure: boolean;
  host: string;
  port: number;
  path: string;
}

/** Parsed once per subscriber, not per request. */
export function targetOf(url: URL): Target {
  const secure = url.protocol === 'https:';
  return { secure, host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) || (secure ? 443 : 80), path: `${url.pathname}${url.search}` };
}

export function post(url: URL | Target, body: string | Buffer, headers: Record<string, string>, options: { timeoutMs: number; agents?: Agents }): Promise<PostResult> {
  const started = performance.now();
  const target = url instanceof URL ? targetOf(url) : url;
  const send = target.secure ? httpsRequest : httpRequest;
  const agent = options.agents ? (target.secure ? options.agents.https : options.agents.http) : undefined;
  // A string body goes out with the headers in one write; a Buffer costs a second (writev) chunk.
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, latencyMs: Math.round((performance.now() - started) * 10) / 10 });
    };
    const req = send({
      host: target.host,
      port: target.port,
      path: target.path,
      method: 'POST',
      agent,
      headers: { ...headers, 'content-length': String(length), 'user-agent': 'powerx-release-suite' },
    });
    const timer = setTimeout(() => {
      req.destroy(new Error(`no response within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      finish({ status: null, headers: {}, excerpt: '', error: error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      res.on('data', (chunk: Buffer) => {
        if (kept < RESPONSE_EXCERPT_BYTES) {
          chunks.push(chunk.subarray(0, RESPONSE_EXCERPT_BYTES - kept));
          kept += Math.min(chunk.length, RESPONSE_EXCERPT_BYTES - kept);
        }
      });
      const done = () => finish({ status: res.statusCode ?? null, headers: res.headers, excerpt: Buffer.concat(chunks).toString('utf8') });
      // The status line is the receiver's answer even if the body is cut off afterwards.
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    req.end(body);
  });
}
