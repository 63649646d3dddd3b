import { describe, expect, it } from 'vitest';
import { createOpenApiChecker, type MatchedOperation, type OpenApiChecker } from '@powerx/core/openapi/check.js';

const oas30 = {
  openapi: '3.0.3',
  info: { title: 'shop', version: '1' },
  servers: [{ url: '{scheme}://example.test/{base}', variables: { scheme: { default: 'https' }, base: { default: 'api/v1' } } }],
  paths: {
    '/items': {
      get: {
        operationId: 'list-items',
        parameters: [
          { name: 'per_page', in: 'query', schema: { type: 'integer', maximum: 100 } },
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } } },
          { name: 'ids', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'archived', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/item' } } } } },
          '4XX': { $ref: '#/components/responses/error' },
        },
      },
      post: {
        operationId: 'create-item',
        requestBody: { $ref: '#/components/requestBodies/new-item' },
        responses: {
          '201': {
            description: 'created',
            headers: { Location: { required: true, schema: { type: 'string' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/item' } } },
          },
          default: { $ref: '#/components/responses/error' },
        },
      },
    },
    '/items/{item_id}': {
      parameters: [{ $ref: '#/components/parameters/item-id' }],
      get: { operationId: 'get-item', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/item' } } } } } },
      delete: { operationId: 'delete-item', responses: { '204': { description: 'gone' } } },
      put: {
        operationId: 'replace-item',
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { type: 'object', nullable: true, properties: { name: { type: 'string' } }, additionalProperties: false } } },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/items/latest': { get: { operationId: 'latest-item', responses: { '200': { description: 'ok' } } } },
    '/items/{item_id}/files/{path}': {
      get: {
        operationId: 'get-file',
        parameters: [{ $ref: '#/components/parameters/item-id' }, { name: 'path', in: 'path', required: true, 'x-multi-segment': true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/items/{item_id}/raw': {
      post: {
        operationId: 'upload',
        parameters: [{ $ref: '#/components/parameters/item-id' }, { name: 'name', in: 'query', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        responses: { '201': { description: 'ok' } },
      },
    },
    '/compare/{base}...{head}': {
      get: { operationId: 'compare', responses: { '200': { description: 'ok' } } },
    },
    '/broken': {
      post: {
        operationId: 'broken',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/does-not-exist' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    parameters: { 'item-id': { name: 'item_id', in: 'path', required: true, schema: { type: 'integer' } } },
    requestBodies: {
      'new-item': {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['name', 'kind'],
              additionalProperties: false,
              properties: {
                name: { type: 'string', minLength: 1 },
                kind: { $ref: '#/components/schemas/kind' },
                price: { type: 'number', minimum: 0, exclusiveMinimum: true },
                note: { type: 'string', nullable: true },
                parent: { nullable: true, allOf: [{ $ref: '#/components/schemas/item' }] },
                size: { type: 'string', nullable: true, enum: ['s', 'm'] },
                released: { type: 'string', format: 'date-time' },
                code: { type: 'string', format: 'repo.nwo' },
              },
            },
          },
        },
      },
    },
    responses: { error: { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } } } },
    schemas: {
      kind: { type: 'string', enum: ['book', 'game'] },
      item: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'integer' },
          name: { type: 'string' },
          // Recursive reference: must not loop while converting.
          children: { type: 'array', items: { $ref: '#/components/schemas/item' } },
          owner: { $ref: '#/components/schemas/owner' },
        },
      },
      owner: { type: 'object', nullable: true, required: ['login'], properties: { login: { type: 'string' } } },
      error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    },
  },
};

const oas31 = {
  openapi: '3.1.0',
  info: { title: 'platform', version: '1' },
  servers: [{ url: '/v1' }],
  paths: {
    '/operations': {
      post: {
        operationId: 'create-operation',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Operation' } } } },
        responses: { '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Operation' } } } } },
      },
    },
    '/tenants/{tenant_id}': {
      patch: {
        operationId: 'update-tenant',
        parameters: [{ name: 'tenant_id', in: 'path', required: true, schema: { type: 'string', pattern: '^t-[a-z0-9]+$' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TenantPatch' } } } },
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Tenant' } } } },
          '2XX': { description: 'other success' },
        },
      },
    },
  },
  components: {
    schemas: {
      TenantPatch: {
        type: 'object',
        additionalProperties: false,
        properties: {
          tier: { enum: ['free', 'pro'] },
          note: { type: ['string', 'null'] },
          window: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'integer' }], items: false },
          labels: { $ref: '#/components/schemas/Labels', maxProperties: 2 },
        },
      },
      Labels: { type: 'object', additionalProperties: { type: 'string' } },
      // Open schemas: without the discriminator an upgrade with `from` would match both branches of the oneOf.
      Operation: {
        oneOf: [{ $ref: '#/components/schemas/Install' }, { $ref: '#/components/schemas/Upgrade' }],
        discriminator: { propertyName: 'kind', mapping: { install: '#/components/schemas/Install', upgrade: 'Upgrade' } },
      },
      Install: {
        type: 'object',
        required: ['id', 'kind', 'version', 'secret'],
        properties: { id: { $ref: '#/components/schemas/OperationId' }, kind: { type: 'string' }, version: { type: 'string' }, secret: { type: 'string', writeOnly: true } },
      },
      Upgrade: {
        type: 'object',
        required: ['id', 'kind', 'version', 'from'],
        properties: { id: { $ref: '#/components/schemas/OperationId' }, kind: { type: 'string' }, version: { type: 'string' }, from: { type: 'string' } },
      },
      OperationId: { type: 'string', readOnly: true },
      Tenant: {
        type: 'object',
        required: ['id', 'tier'],
        properties: { id: { type: 'string' }, tier: { const: 'pro' }, host: { $ref: '#/components/schemas/Tenant/$defs/host', description: '3.1 allows siblings of $ref' } },
        $defs: { host: { type: 'string', pattern: '^\\d+\\.\\d+$' } },
        unevaluatedProperties: false,
      },
    },
  },
};

function must(checker: OpenApiChecker, method: string, path: string): MatchedOperation {
  const op = checker.match(method, path);
  if (!op) throw new Error(`no match for ${method} ${path}`);
  return op;
}

describe('OpenAPI 3.0 matching', () => {
  const checker = createOpenApiChecker(oas30);

  it('prefers literal segments over parameters', () => {
    expect(must(checker, 'GET', '/items/latest').operationId).toBe('latest-item');
    expect(must(checker, 'GET', '/items/7').operationId).toBe('get-item');
    expect(must(checker, 'GET', '/items/7').params).toEqual({ item_id: '7' });
  });

  it('strips the server base path (with server variables) and also matches without it', () => {
    expect(must(checker, 'GET', '/api/v1/items').operationId).toBe('list-items');
    expect(must(checker, 'GET', '/items').operationId).toBe('list-items');
    expect(must(checker, 'GET', 'https://example.test/api/v1/items/3').params).toEqual({ item_id: '3' });
  });

  it('honours an explicit base path option', () => {
    const other = createOpenApiChecker(oas30, { basePaths: ['/gateway'] });
    expect(other.match('GET', '/gateway/items/latest')?.operationId).toBe('latest-item');
    expect(other.match('GET', '/api/v1/items/latest')).toBeUndefined();
  });

  it('matches multi-segment and mixed parameters, decoding percent escapes', () => {
    expect(must(checker, 'GET', '/items/1/files/a/b/c.txt').params).toEqual({ item_id: '1', path: 'a/b/c.txt' });
    expect(must(checker, 'GET', '/items/1/files/a%2Fb').params.path).toBe('a/b');
    expect(checker.match('GET', '/compare/main...feature/x')).toBeUndefined();
    expect(checker.match('GET', '/compare/main...feature')?.params).toEqual({ base: 'main', head: 'feature' });
  });

  it('returns undefined for unknown paths and methods; HEAD falls back to GET', () => {
    expect(checker.match('GET', '/nothing')).toBeUndefined();
    expect(checker.match('PATCH', '/items')).toBeUndefined();
    expect(checker.match('HEAD', '/items/latest')?.operationId).toBe('latest-item');
  });

  it('parses the query, keeping repeated keys', () => {
    expect(must(checker, 'GET', '/items?tags=a&tags=b&per_page=5').query).toEqual({ tags: ['a', 'b'], per_page: '5' });
  });
});

describe('OpenAPI 3.0 requests', () => {
  const checker = createOpenApiChecker(oas30);
  const create = must(checker, 'POST', '/items');

  it('accepts a valid body, with nullable fields set to null', () => {
    const body = { name: 'x', kind: 'book', price: 1, note: null, parent: null, size: null, released: '2026-11-01T10:00:00Z', code: 'anything' };
    expect(checker.checkRequest(create, { body, headers: { 'Content-Type': 'application/json; charset=utf-8' } })).toEqual([]);
    expect(checker.checkRequest(create, { body: { ...body, parent: { id: 1, name: 'p', owner: null }, size: 'm' } })).toEqual([]);
  });

  it('reports a missing required body', () => {
    expect(checker.checkRequest(create, {})).toEqual(['body: is required']);
  });

  it('names the location of each error', () => {
    const errors = checker.checkRequest(create, {
      body: { name: 5, kind: 'film', extra: true, price: 0, size: 'xl', released: 'yesterday', parent: { id: 'one', name: 'p' } },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        "body: must NOT have additional property 'extra'",
        'body/name: must be string',
        'body/kind: must be one of "book", "game"',
        'body/price: must be > 0',
        'body/size: must be one of "s", "m", null',
        'body/released: must match format "date-time"',
        'body/parent/id: must be integer',
      ]),
    );
    expect(errors.some((e) => e.includes('must be null'))).toBe(false);
  });

  it('reports missing required properties by name', () => {
    expect(checker.checkRequest(create, { body: { name: 'x' } })).toEqual(['body/kind: is required']);
  });

  it('rejects null where the schema is not nullable', () => {
    expect(checker.checkRequest(create, { body: { name: null, kind: 'book' } })).toEqual(['body/name: must be string']);
  });

  it('checks path parameters from the match, coerced to their schema type', () => {
    expect(checker.checkRequest(must(checker, 'GET', '/items/12'), {})).toEqual([]);
    expect(checker.checkRequest(must(checker, 'GET', '/items/twelve'), {})).toEqual(['path/item_id: must be integer']);
    expect(checker.checkRequest(must(checker, 'GET', '/items/12'), { params: {} })).toEqual(['path/item_id: is required']);
  });

  it('checks query parameters (integers, booleans, exploded and comma-separated arrays)', () => {
    expect(checker.checkRequest(must(checker, 'GET', '/items?per_page=5&tags=a&tags=b&ids=1,2&archived=true'), {})).toEqual([]);
    expect(checker.checkRequest(must(checker, 'GET', '/items?per_page=500&tags=c&ids=1,x&archived=maybe'), {})).toEqual([
      'query/per_page: must be <= 100',
      'query/tags/0: must be one of "a", "b"',
      'query/ids/1: must be integer',
      'query/archived: must be boolean',
    ]);
    const upload = must(checker, 'POST', '/items/1/raw');
    expect(checker.checkRequest(upload, { body: Buffer.from('x'), headers: { 'content-type': 'application/octet-stream' } })).toEqual(['query/name: is required']);
  });

  it('accepts an optional nullable body being absent, null or an object, and rejects unknown properties', () => {
    const replace = must(checker, 'PUT', '/items/1');
    expect(checker.checkRequest(replace, {})).toEqual([]);
    expect(checker.checkRequest(replace, { body: null })).toEqual([]);
    expect(checker.checkRequest(replace, { body: { name: 'n' } })).toEqual([]);
    expect(checker.checkRequest(replace, { body: { title: 'n' } })).toEqual(["body: must NOT have additional property 'title'"]);
  });

  it('does not validate binary bodies, but rejects an undeclared media type', () => {
    const upload = must(checker, 'POST', '/items/1/raw?name=a.zip');
    expect(checker.checkRequest(upload, { body: Buffer.from([1, 2, 3]), headers: { 'content-type': 'application/octet-stream' } })).toEqual([]);
    expect(checker.checkRequest(upload, { body: { a: 1 }, headers: { 'content-type': 'application/json' } })).toEqual([
      "body: media type 'application/json' is not accepted (application/octet-stream)",
    ]);
  });

  it('reports a dangling $ref only for the operation that reaches it', () => {
    const broken = must(checker, 'POST', '/broken');
    expect(checker.checkRequest(broken, { body: {} })).toEqual([expect.stringMatching(/^body: cannot be checked: .*#\/components\/schemas\/does-not-exist/)]);
    expect(checker.checkRequest(create, { body: { name: 'x', kind: 'game' } })).toEqual([]);
  });
});

describe('OpenAPI 3.0 responses', () => {
  const checker = createOpenApiChecker(oas30);
  const json = { 'content-type': 'application/json; charset=utf-8' };

  it('validates against the schema of the exact status, through $refs and recursion', () => {
    const get = must(checker, 'GET', '/items/1');
    expect(checker.checkResponse(get, 200, json, { id: 1, name: 'a', owner: null, children: [{ id: 2, name: 'b', owner: { login: 'x' } }] })).toEqual([]);
    expect(checker.checkResponse(get, 200, json, { id: 1, name: 'a', children: [{ id: 2, owner: {} }] })).toEqual([
      'body/children/0/name: is required',
      'body/children/0/owner/login: is required',
    ]);
  });

  it('falls back to a status range and to default', () => {
    const list = must(checker, 'GET', '/items');
    expect(checker.checkResponse(list, 404, json, { message: 'Not Found' })).toEqual([]);
    expect(checker.checkResponse(list, 422, json, {})).toEqual(['body/message: is required']);
    const create = must(checker, 'POST', '/items');
    expect(checker.checkResponse(create, 503, json, { message: 'down' })).toEqual([]);
  });

  it('rejects an undocumented status', () => {
    expect(checker.checkResponse(must(checker, 'GET', '/items'), 500, json, { message: 'x' })).toEqual([
      'status: 500 is not a documented response of GET /items (200, 4XX)',
    ]);
  });

  it('checks required response headers and bodies on no-content responses', () => {
    const create = must(checker, 'POST', '/items');
    expect(checker.checkResponse(create, 201, json, { id: 1, name: 'a' })).toEqual(['header/Location: is required']);
    expect(checker.checkResponse(create, 201, { ...json, location: '/items/1' }, { id: 1, name: 'a' })).toEqual([]);
    const del = must(checker, 'DELETE', '/items/1');
    expect(checker.checkResponse(del, 204, {}, undefined)).toEqual([]);
    expect(checker.checkResponse(del, 204, json, { id: 1 })).toEqual(['body: a 204 response of DELETE /items/{item_id} has no content']);
  });

  it('reports a missing body and an undocumented content type', () => {
    const get = must(checker, 'GET', '/items/1');
    expect(checker.checkResponse(get, 200, json, undefined)).toEqual(['body: is required (application/json)']);
    expect(checker.checkResponse(get, 200, { 'content-type': 'text/html' }, '<p>')).toEqual([
      "header/content-type: 'text/html' is not documented (application/json)",
    ]);
  });
});

describe('OpenAPI 3.1', () => {
  const checker = createOpenApiChecker(oas31);

  it('matches behind a relative server URL', () => {
    expect(must(checker, 'PATCH', '/v1/tenants/t-1').params).toEqual({ tenant_id: 't-1' });
  });

  it('validates JSON Schema 2020-12 keywords', () => {
    const op = must(checker, 'PATCH', '/v1/tenants/t-1');
    expect(checker.checkRequest(op, { body: { tier: 'pro', note: null, window: [1, 2], labels: { a: 'x' } } })).toEqual([]);
    expect(checker.checkRequest(op, { body: { tier: 'gold', note: 3, window: [1, 2, 3], labels: { a: 'x', b: 'y', c: 'z' } } })).toEqual([
      'body/tier: must be one of "free", "pro"',
      'body/note: must be string,null',
      'body/window: must NOT have more than 2 items',
      'body/labels: must NOT have more than 2 properties',
    ]);
    expect(checker.checkRequest(op, {})).toEqual(['body: is required']);
  });

  it('checks path parameter patterns', () => {
    expect(checker.checkRequest(must(checker, 'PATCH', '/v1/tenants/T_1'), { body: {} })).toEqual(['path/tenant_id: must match pattern "^t-[a-z0-9]+$"']);
  });

  it('validates responses, including unevaluatedProperties and const', () => {
    const op = must(checker, 'PATCH', '/v1/tenants/t-1');
    expect(checker.checkResponse(op, 200, {}, { id: 't-1', tier: 'pro', host: '4.2' })).toEqual([]);
    expect(checker.checkResponse(op, 200, {}, { id: 't-1', tier: 'pro', host: 'four' })).toEqual(['body/host: must match pattern "^\\d+\\.\\d+$"']);
    expect(checker.checkResponse(op, 200, {}, { id: 't-1', tier: 'free', extra: 1 })).toEqual([
      'body/tier: must be equal to constant',
      'body: must NOT have unevaluated properties',
    ]);
    expect(checker.checkResponse(op, 202, {}, undefined)).toEqual([]);
  });
});

describe('discriminators and read-only/write-only properties', () => {
  const checker = createOpenApiChecker(oas31);
  const op = must(checker, 'POST', '/v1/operations');

  it('validates only the branch the discriminator names', () => {
    expect(checker.checkRequest(op, { body: { kind: 'upgrade', version: '2', from: '1', secret: 's' } })).toEqual([]);
    expect(checker.checkRequest(op, { body: { kind: 'install', version: '2', secret: 's', from: '1' } })).toEqual([]);
    expect(checker.checkRequest(op, { body: { kind: 'upgrade', version: '2' } })).toEqual(['body/from: is required']);
  });

  it('falls back to the oneOf for values the discriminator does not know', () => {
    expect(checker.checkRequest(op, { body: { kind: 'rollback', version: '2', from: '1', secret: 's' } })).toEqual(['body: must match exactly one schema in oneOf']);
  });

  it('requires readOnly properties only in responses and writeOnly ones only in requests', () => {
    expect(checker.checkRequest(op, { body: { kind: 'install', version: '2' } })).toEqual(['body/secret: is required']);
    expect(checker.checkResponse(op, 201, {}, { kind: 'install', version: '2' })).toEqual(['body/id: is required']);
    expect(checker.checkResponse(op, 201, {}, { id: 'op-1', kind: 'install', version: '2' })).toEqual([]);
  });
});

describe('document handling', () => {
  it('rejects documents that are not OpenAPI 3.0 or 3.1', () => {
    expect(() => createOpenApiChecker({ swagger: '2.0' })).toThrow(/unsupported OpenAPI version 'missing'/);
    expect(() => createOpenApiChecker({ openapi: '4.0.0' })).toThrow(/unsupported OpenAPI version '4.0.0'/);
  });

  it('compiles each operation once and caches the result', () => {
    const checker = createOpenApiChecker(oas30);
    const create = must(checker, 'POST', '/items');
    const body = { name: 'x', kind: 'book' };
    const t0 = performance.now();
    checker.checkRequest(create, { body });
    const first = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < 100; i++) checker.checkRequest(create, { body });
    const hundred = performance.now() - t1;
    expect(hundred).toBeLessThan(Math.max(first * 5, 20));
  });
});
