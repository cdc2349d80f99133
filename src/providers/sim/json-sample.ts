// The smallest value that satisfies a JSON schema (the subset tools and response formats use):
// required properties only, first enum/const, lower bounds for sizes and numbers.
type Schema = Record<string, unknown>;

const MAX_DEPTH = 12;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(ref: string, root: Schema): Schema {
  // Only local refs (#/$defs/x, #/definitions/x): tool schemas do not point elsewhere.
  let node: unknown = root;
  for (const part of ref.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    node = isSchema(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return isSchema(node) ? node : {};
}

function pickType(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    // Prefer a non-null type so the value carries information.
    const types = type.filter((t): t is string => typeof t === 'string');
    return types.find((t) => t !== 'null') ?? types[0];
  }
  if (isSchema(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

function sampleString(schema: Schema): string {
  const format = schema.format;
  if (format === 'date-time') return '2025-01-01T00:00:00Z';
  if (format === 'date') return '2025-01-01';
  if (format === 'email') return 'sim@example.com';
  if (format === 'uri' || format === 'url') return 'https://example.com';
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const base = 'simulated';
  return minLength <= base.length ? base : base.padEnd(minLength, 'x');
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  let value = min ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : 0.5) : 0);
  if (max !== undefined && value > max) value = max;
  return integer ? Math.ceil(value) : value;
}

function sampleObject(schema: Schema, root: Schema, depth: number): Record<string, unknown> {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required)
    ? schema.required.filter((key): key is string => typeof key === 'string')
    : [];
  const out: Record<string, unknown> = {};
  for (const key of required) out[key] = sampleAt(properties[key], root, depth + 1);
  return out;
}

function sampleArray(schema: Schema, root: Schema, depth: number): unknown[] {
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  if (Array.isArray(schema.prefixItems)) {
    return schema.prefixItems.slice(0, Math.max(minItems, 0)).map((s) => sampleAt(s, root, depth + 1));
  }
  return Array.from({ length: minItems }, () => sampleAt(schema.items, root, depth + 1));
}

function sampleAt(node: unknown, root: Schema, depth: number): unknown {
  if (!isSchema(node) || depth > MAX_DEPTH) return null;
  if (typeof node.$ref === 'string') return sampleAt(resolveRef(node.$ref, root), root, depth + 1);
  if ('const' in node) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = node[key];
    if (Array.isArray(options) && options.length > 0) return sampleAt(options[0], root, depth + 1);
  }
  if (Array.isArray(node.allOf)) {
    const merged = node.allOf.filter(isSchema).reduce<Schema>((acc, s) => mergeSchemas(acc, s), {});
    return sampleAt({ ...merged, ...withoutAllOf(node) }, root, depth + 1);
  }
  switch (pickType(node)) {
    case 'object': return sampleObject(node, root, depth);
    case 'array': return sampleArray(node, root, depth);
    case 'string': return sampleString(node);
    case 'integer': return sampleNumber(node, true);
    case 'number': return sampleNumber(node, false);
    case 'boolean': return false;
    case 'null': return null;
    default: return {};
  }
}

function withoutAllOf(schema: Schema): Schema {
  const { allOf: _ignored, ...rest } = schema;
  return rest;
}

function mergeSchemas(a: Schema, b: Schema): Schema {
  const props = { ...(isSchema(a.properties) ? a.properties : {}), ...(isSchema(b.properties) ? b.properties : {}) };
  const required = [
    ...(Array.isArray(a.required) ? a.required : []),
    ...(Array.isArray(b.required) ? b.required : []),
  ];
  return { ...a, ...b, properties: props, required };
}

/** A minimal value valid under `schema` (an empty object when there is no schema). */
export function sampleForSchema(schema: Record<string, unknown> | undefined): unknown {
  if (schema === undefined) return {};
  return sampleAt(schema, schema, 0);
}
