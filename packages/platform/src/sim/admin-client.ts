import type { SimFaults } from './faults.js';

export interface SimulatorAdminOptions {
  /** The simulator's `url`. */
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The simulator's own fault routes (`/_sim/faults`), for tests and demos that run it out of process. */
export interface SimulatorAdmin {
  getFaults(): Promise<Required<SimFaults>>;
  /** Replaces every fault in force. */
  setFaults(faults: SimFaults): Promise<Required<SimFaults>>;
  clearFaults(): Promise<Required<SimFaults>>;
}

export function createSimulatorAdmin(options: SimulatorAdminOptions): SimulatorAdmin {
  const doFetch = options.fetch ?? globalThis.fetch;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/_sim/faults`;
  const send = async (method: 'GET' | 'PUT' | 'DELETE', body?: SimFaults): Promise<Required<SimFaults>> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await doFetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
    const payload = (await response.json()) as Required<SimFaults> & { detail?: string };
    if (!response.ok) throw new Error(`simulator ${method} /_sim/faults failed (${response.status}): ${payload.detail ?? 'no detail'}`);
    return payload;
  };
  return {
    getFaults: () => send('GET'),
    setFaults: (faults) => send('PUT', faults),
    clearFaults: () => send('DELETE'),
  };
}
