import type { ValidateFunction } from 'ajv';
import { precompiled, type Validator } from './validate.js';
import type { ConfigKind } from './suite.js';

/**
 * The validator of any configuration kind, for callers that accept every kind of file
 * (validate-config). Each kind's precompiled module is loaded on first use, so validating one
 * file loads one validator; everyone else imports the one validator they use from
 * ./validators/config/ directly.
 */
export async function configValidator(kind: ConfigKind): Promise<Validator> {
  const module = (await import(`./validators/config/${kind.name}.generated.cjs`)) as { default: ValidateFunction };
  return precompiled(module.default);
}
