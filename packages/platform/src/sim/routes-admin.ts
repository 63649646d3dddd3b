import type { SimFaults } from './faults.js';
import { json, type Handler } from './handler-kit.js';
import { badRequest } from './problem.js';

export const simGetFaults: Handler = (ctx) => json(200, ctx.faults.get());

export const simSetFaults: Handler = (ctx, req) => {
  try {
    ctx.faults.set(req.body as SimFaults);
  } catch (error) {
    throw badRequest('invalid_faults', (error as Error).message);
  }
  return json(200, ctx.faults.get());
};

export const simClearFaults: Handler = (ctx) => {
  ctx.faults.set({});
  return json(200, ctx.faults.get());
};
