import { describe, expect, it } from 'vitest';
import { checkConfig, loadConfig } from '@powerx/core/config/load.js';
import { createSchemaSet } from '@powerx/core/config/compile.js';
import { ConfigError, formatIssue } from '@powerx/core/errors.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://powerx.dev/schemas/test-gates.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['coverage'],
  properties: {
    version: { type: 'integer', default: 1 },
    coverage: {
      type: 'object',
      additionalProperties: false,
      properties: {
        lines: { type: 'number', minimum: 0, maximum: 100 },
        branches: { type: 'number', minimum: 0, maximum: 100, default: 80 },
      },
    },
    owner: { type: 'string', format: 'email' },
    mode: { enum: ['advisory', 'required'] },
    rules: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'string' }, weight: { type: 'number' } } } },
  },
};
const validate = createSchemaSet([schema]).validator(schema.$id);
const check = (text: string) => checkConfig<Record<string, unknown>>(text, 'config/publish/quality_gates.yaml', validate);

describe('configuration loading', () => {
  it('names file, line, column and key of an out-of-range value', () => {
    const text = ['# gates', 'version: 1', '', 'owner: qa@example.com', '', '', 'coverage:', '  branches: 80', '  lines: 101', ''].join('\n');
    const result = check(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(formatIssue(result.issues[0]!)).toBe('config/publish/quality_gates.yaml:9:10 coverage.lines must be <= 100');
    expect(result.issues[0]).toMatchObject({ pointer: '/coverage/lines', code: 'maximum', line: 9, column: 10 });
  });

  it('points at the key of an unknown property', () => {
    const result = check('coverage:\n  lines: 90\n  linez: 90\n');
    expect(result.issues.map(formatIssue)).toEqual(['config/publish/quality_gates.yaml:3:3 coverage.linez is not a known key']);
  });

  it('reports a missing required key at its parent', () => {
    const result = check('version: 2\n');
    expect(result.issues.map(formatIssue)).toEqual(['config/publish/quality_gates.yaml:1:1 coverage is required']);
  });

  it('locates errors inside sequences', () => {
    const result = check('coverage: {}\nrules:\n  - id: a\n  - weight: x\n');
    expect(result.issues.map(formatIssue)).toEqual([
      'config/publish/quality_gates.yaml:4:5 rules[1].id is required',
      'config/publish/quality_gates.yaml:4:13 rules[1].weight must be number',
    ]);
  });

  it('explains enums and formats', () => {
    const result = check('coverage: {}\nmode: strict\nowner: not-an-email\n');
    expect(result.issues.map(formatIssue)).toEqual([
      'config/publish/quality_gates.yaml:2:7 mode must be one of: "advisory", "required"',
      'config/publish/quality_gates.yaml:3:8 owner must be a valid email',
    ]);
  });

  it('applies schema defaults', () => {
    const result = check('coverage:\n  lines: 90\n');
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ version: 1, coverage: { lines: 90, branches: 80 } });
  });

  it('reports YAML syntax errors and duplicate keys with positions', () => {
    const syntax = check('coverage:\n  lines: [90\n');
    expect(syntax.ok).toBe(false);
    expect(syntax.issues[0]).toMatchObject({ file: 'config/publish/quality_gates.yaml', line: expect.any(Number), column: expect.any(Number) });
    const duplicate = check('coverage:\n  lines: 90\n  lines: 80\n');
    expect(duplicate.issues[0]).toMatchObject({ line: 3, column: 3, code: 'duplicate-key' });
    expect(duplicate.issues[0]!.message).toMatch(/unique/);
  });

  it('rejects __proto__ and constructor keys without polluting prototypes', () => {
    const result = check('coverage:\n  lines: 90\n__proto__:\n  polluted: true\nconstructor:\n  prototype: {polluted: true}\n');
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.line, i.pointer])).toEqual([
      [3, '/__proto__'],
      [5, '/constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('treats an empty file as a located error, not an exception', () => {
    const result = check('');
    expect(result.issues.map(formatIssue)).toEqual(['config/publish/quality_gates.yaml:1:1 must be object']);
  });

  it('refuses billion-laughs alias expansion', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const result = check(lines.join('\n'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('loadConfig throws a ConfigError carrying every issue', () => {
    expect(() => loadConfig('coverage:\n  lines: -1\n  x: 1\n', 'q.yaml', validate)).toThrow(ConfigError);
    try {
      loadConfig('coverage:\n  lines: -1\n  x: 1\n', 'q.yaml', validate);
    } catch (error) {
      expect((error as ConfigError).issues.map((i) => i.pointer)).toEqual(['/coverage/lines', '/coverage/x']);
      expect((error as Error).message).toBe('q.yaml:2:10 coverage.lines must be >= 0\nq.yaml:3:3 coverage.x is not a known key');
    }
  });

  it('accepts JSON documents', () => {
    const result = check('{"coverage": {"lines": 95}}');
    expect(result.ok).toBe(true);
  });
});
