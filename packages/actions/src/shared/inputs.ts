import { getInput, setSecret } from '@powerx/github/runner.js';

/** A token or other secret input, masked in the log before anything can print it. */
export function getSecretInput(name: string, options: { required?: boolean } = {}): string {
  const value = getInput(name, options);
  setSecret(value);
  return value;
}
