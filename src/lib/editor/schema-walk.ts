/**
 * Reads a content schema (zod) into a plain tree of fields the editor can show. Generic on
 * purpose: a field added to `src/schema/` appears here without a change, and the editor's
 * configuration then needs a label for it (a unit test fails until it has one).
 */
import type { z } from 'astro/zod';
import { email, httpsUrl, id, image, localDate, localDateTime, localMoment } from '../../schema/fields.ts';

export type FieldNode =
  | { kind: 'text'; max?: number }
  | { kind: 'url' }
  | { kind: 'email' }
  | { kind: 'id' }
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; `time` says whether a time is optional, required or absent. */
  | { kind: 'moment'; time: 'optional' | 'required' | 'none' }
  | { kind: 'image' ; fields: SchemaField[] }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'enum'; values: string[] }
  | { kind: 'list'; of: FieldNode; min?: number; max?: number }
  | { kind: 'object'; fields: SchemaField[] }
  /** A record keyed by an enumeration, each key optional (`translations`). */
  | { kind: 'record'; keys: string[]; value: FieldNode }
  /** Anything the walker cannot map to a form control (kept as it is by the editor). */
  | { kind: 'unknown'; zodType: string };

export interface SchemaField {
  /** Dotted path from the file's frontmatter, without list indices: `repeat.every`, `image.alt`. */
  path: string;
  name: string;
  required: boolean;
  default?: unknown;
  node: FieldNode;
}

// zod 4 keeps a schema's definition on `_zod.def`; only the parts read here are typed.
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  checks?: { _zod: { def: { check: string; value?: number; minimum?: number; maximum?: number; inclusive?: boolean } } }[];
  format?: string | null;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

type Check = NonNullable<Def['checks']>[number]['_zod']['def'];

/** The limits zod's checks put on a length (`min_length`/`max_length`) or a number (`greater_than`/`less_than`). */
function bounds(def: Def, kind: 'length' | 'number'): { min?: number; max?: number } {
  const [lower, upper] = kind === 'length' ? ['min_length', 'max_length'] : ['greater_than', 'less_than'];
  const limit = (c: Check) => (kind === 'length' ? (c.check === lower ? c.minimum : c.maximum) : c.value);
  const found: { min?: number; max?: number } = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    const value = limit(c);
    if (value === undefined) continue;
    if (c.check === lower) found.min = value;
    if (c.check === upper) found.max = value;
  }
  return found;
}

/** The shared field types of `src/schema/fields.ts`, recognised by identity. */
const known = new Map<z.ZodType, FieldNode>([
  [httpsUrl, { kind: 'url' }],
  [email, { kind: 'email' }],
  [id, { kind: 'id' }],
  [localMoment, { kind: 'moment', time: 'optional' }],
  [localDate, { kind: 'moment', time: 'none' }],
  [localDateTime, { kind: 'moment', time: 'required' }],
]);

function node(schema: z.ZodType, path: string): FieldNode {
  const shared = known.get(schema);
  if (shared) return shared;
  if (schema === image) return { kind: 'image', fields: objectFields(defOf(schema).shape!, path) };
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return node(def.innerType!, path);
    case 'pipe':
      // A transform after a value (the venue's postcode fix) edits the value going in; `text(n)`
      // trims, then pipes into the bounded string that says how long it may be.
      return defOf(def.out!).type === 'transform' ? node(def.in!, path) : node(def.out!, path);
    case 'string':
      return { kind: 'text', ...(bounds(def, 'length').max === undefined ? {} : { max: bounds(def, 'length').max }) };
    case 'number':
      return { kind: 'number', int: def.format === 'safeint', ...bounds(def, 'number') };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries!) };
    case 'array':
      return { kind: 'list', of: node(def.element!, path), ...bounds(def, 'length') };
    case 'object':
      return { kind: 'object', fields: objectFields(def.shape!, path) };
    case 'record': {
      const keys = node(def.keyType!, path);
      if (keys.kind !== 'enum') return { kind: 'unknown', zodType: 'record' };
      return { kind: 'record', keys: keys.values, value: node(def.valueType!, path) };
    }
    case 'union': {
      // A value written either way (postcode as text or number) is edited as text.
      const options = def.options!.map((option) => node(option, path));
      return options.find((option) => option.kind === 'text') ?? options[0] ?? { kind: 'unknown', zodType: 'union' };
    }
    default:
      return { kind: 'unknown', zodType: def.type };
  }
}

function isRequired(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return type !== 'optional' && type !== 'default';
}

function objectFields(shape: Record<string, z.ZodType>, parent: string): SchemaField[] {
  return Object.entries(shape).map(([name, schema]) => {
    const path = parent ? `${parent}.${name}` : name;
    const def = defOf(schema);
    return {
      path,
      name,
      required: isRequired(schema),
      ...(def.type === 'default' ? { default: def.defaultValue } : {}),
      node: node(schema, path),
    };
  });
}

/** The top-level fields of a content schema (an object, possibly refined or transformed). */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const root = node(schema, '');
  if (root.kind !== 'object') throw new Error(`editor: a content schema must be an object (got ${root.kind})`);
  return root.fields;
}
