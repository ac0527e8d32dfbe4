/**
 * The Decap CMS configuration of `/admin/`, derived from `src/schema/` and `taxonomy.ts` so the
 * editor, the validator and the submit form can never disagree (SPEC §7).
 */
import type { z } from 'astro/zod';
import { entrySchema, organiserSchema, venueSchema } from '../../schema/index.ts';
import {
  accessibilityNames, audienceNames, contentLangNames, countryNames, coverNames, disciplineNames, regions,
  typeNames, uiLangs, type UiLang,
} from '../taxonomy.ts';
import { editorEnumNames, editorWords, fieldLabels, importerOnlyFields, type Names } from './labels.ts';
import { schemaFields, type FieldNode, type SchemaField } from './schema-walk.ts';

/** A Decap field or collection: plain JSON, as in Decap's `config.yml`. */
export type DecapField = Record<string, unknown> & { name: string; widget: string };
export type DecapConfig = Record<string, unknown> & { collections: (Record<string, unknown> & { name: string; fields: DecapField[] })[] };

/** Decap's name for each UI language (its Norwegian strings are `nb_no`). */
export const decapLocales: Record<UiLang, string> = { sv: 'sv', nb: 'nb_no', en: 'en' };

/** Decap's default port for `npx decap-server`; `/admin/?decap_server_port=…` picks another. */
export const LOCAL_BACKEND_PORT = 8081;

export interface EditorOptions {
  /** GitHub `owner/name` that receives the pull requests. */
  repository: string;
  /** The site's public address (shown as "view site"). */
  siteUrl: string;
  /** Base URL of the OAuth helper (docs/editor.md); Decap's own default when left out. */
  authUrl?: string | undefined;
  /** The branch pull requests go into. */
  branch?: string;
}

/** Every name an enumeration value may have, by value: the taxonomy's tables, then the editor's own. */
const enumTables: Record<string, Names>[] = [
  typeNames, disciplineNames, contentLangNames, countryNames, coverNames, audienceNames, accessibilityNames,
  Object.fromEntries(Object.entries(regions).map(([id, region]) => [id, region.names])),
  editorEnumNames,
];

/** The name of one enumeration value in `lang`; throws for a value nobody named yet. */
export function enumLabel(value: string, lang: UiLang, where: string): string {
  const names = enumTables.find((table) => Object.hasOwn(table, value))?.[value];
  if (!names) throw new Error(`editor: ${where}: the value "${value}" has no name (add it to taxonomy.ts or src/lib/editor/labels.ts)`);
  return names[lang];
}

function labelOf(collection: string, path: string, lang: UiLang): { label: string; hint?: string } {
  const entry = fieldLabels[`${collection}:${path}`] ?? fieldLabels[path] ?? fieldLabels[path.split('.').at(-1)!];
  if (!entry) throw new Error(`editor: ${collection}: the field "${path}" has no label (add it to src/lib/editor/labels.ts)`);
  return { label: entry.label[lang], ...(entry.hint ? { hint: entry.hint[lang] } : {}) };
}

/** Which collection an id field points at: the rest of the schema says only "an id". */
const relations: Record<string, { collection: string; search: string[] }> = {
  organisers: { collection: 'organisers', search: ['name', 'city'] },
  venue: { collection: 'venues', search: ['name', 'city'] },
  'feeds.venue': { collection: 'venues', search: ['name', 'city'] },
};

function relationField(path: string, multiple: boolean, min?: number): Record<string, unknown> & { widget: string } {
  const relation = relations[path];
  if (!relation) throw new Error(`editor: the id field "${path}" names no collection (add it to relations in src/lib/editor/config.ts)`);
  return {
    widget: 'relation',
    collection: relation.collection,
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: ['name'],
    options_length: 500,
    ...(multiple ? { multiple: true, ...(min ? { min } : {}) } : {}),
  };
}

const pattern = (regex: RegExp, message: string) => [regex.source, message];

/** The widget options for one schema node (everything but name, label and required). */
function widgetFor(collection: string, field: Pick<SchemaField, 'path' | 'required'>, node: FieldNode, lang: UiLang): Record<string, unknown> & { widget: string } {
  // Decap checks the required fields of a group even when the group is optional and left empty
  // (no picture, no repeat): inside an optional group nothing is required; the validator still is.
  const inner = (f: SchemaField) => decapField(collection, field.required ? f : { ...f, required: false }, lang);
  const words = (key: keyof typeof editorWords) => editorWords[key][lang];
  switch (node.kind) {
    case 'text':
      return { widget: node.max !== undefined && node.max > 200 ? 'text' : 'string' };
    case 'url':
      return { widget: 'string', pattern: pattern(/^https:\/\/[^\s/]+\S*$/, words('httpsOnly')) };
    case 'email':
      return { widget: 'string', pattern: pattern(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, words('emailOnly')) };
    case 'id':
      return relationField(field.path, false);
    case 'moment':
      return { widget: 'kb-moment', time: node.time };
    case 'number':
      return { widget: 'number', value_type: node.int ? 'int' : 'float', ...(node.min !== undefined ? { min: node.min } : {}), ...(node.max !== undefined ? { max: node.max } : {}) };
    case 'enum':
      return { widget: 'select', options: node.values.map((value) => ({ value, label: enumLabel(value, lang, `${collection}: ${field.path}`) })) };
    case 'list':
      if (node.of.kind === 'enum') {
        return { ...widgetFor(collection, field, node.of, lang), multiple: true, ...(node.min ? { min: node.min } : {}), ...(node.max ? { max: node.max } : {}) };
      }
      if (node.of.kind === 'id') return relationField(field.path, true, node.min);
      if (node.of.kind === 'object') {
        return { widget: 'list', collapsed: true, summary: `{{fields.${node.of.fields[0]!.name}}}`, fields: node.of.fields.map((f) => decapField(collection, f, lang)) };
      }
      return { widget: 'list', field: { name: 'item', label: labelOf(collection, field.path, lang).label, required: true, ...widgetFor(collection, field, node.of, lang) }, ...(node.min ? { min: node.min } : {}) };
    case 'object':
      return { widget: 'object', collapsed: true, fields: node.fields.map(inner) };
    case 'image':
      return {
        widget: 'object',
        collapsed: false,
        fields: node.fields.map((f) =>
          f.name === 'src'
            ? { ...inner(f), widget: 'image', choose_url: false }
            : inner(f)),
      };
    case 'record':
      return {
        widget: 'object',
        collapsed: true,
        fields: node.keys.map((key) => ({
          name: key,
          label: `${words('translationIn')} ${enumLabel(key, lang, `${collection}: ${field.path}`)}`,
          required: false,
          ...widgetFor(collection, { ...field, required: false }, node.value, lang),
        })),
      };
    case 'unknown':
      throw new Error(`editor: ${collection}: the field "${field.path}" has a form the editor cannot show (zod ${node.zodType})`);
  }
}

function decapField(collection: string, field: SchemaField, lang: UiLang): DecapField {
  const { label, hint } = labelOf(collection, field.path, lang);
  if (importerOnlyFields.includes(field.path)) return { name: field.name, label, widget: 'hidden', required: false };
  return {
    name: field.name,
    label,
    ...(hint ? { hint } : {}),
    required: field.required,
    ...(field.default !== undefined ? { default: field.default } : {}),
    ...widgetFor(collection, field, field.node, lang),
  };
}

/** The fields of one collection: each schema field, then the Markdown body. */
export function collectionFields(collection: string, schema: z.ZodType, lang: UiLang): DecapField[] {
  const body = labelOf(collection, 'body', lang);
  return [
    ...schemaFields(schema).map((field) => decapField(collection, field, lang)),
    { name: 'body', label: body.label, widget: 'markdown', required: false, modes: ['rich_text', 'raw'], buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'], editor_components: [] },
  ];
}

/** Names that become file names: ASCII, accents dropped, hyphens (as `slugify` in entry-file.ts). */
const slugOptions = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };

/**
 * The Decap configuration for one UI language. Entry files go where `npm run new` puts them:
 * `events/<year of start>/<start date>-<title>.md`; Decap never renames a file it has saved.
 */
export function editorConfig(lang: UiLang, options: EditorOptions): DecapConfig {
  const words = (key: keyof typeof editorWords) => editorWords[key][lang];
  const beside = { media_folder: '', public_folder: '' };
  return {
    locale: decapLocales[lang],
    backend: {
      name: 'github',
      repo: options.repository,
      branch: options.branch ?? 'main',
      open_authoring: true,
      ...(options.authUrl ? { base_url: options.authUrl, auth_endpoint: 'auth' } : {}),
    },
    publish_mode: 'editorial_workflow',
    // Used only when the page itself is served from this machine (npm run dev / preview).
    local_backend: { url: `http://127.0.0.1:${LOCAL_BACKEND_PORT}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] },
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: 'events',
    public_folder: '',
    slug: slugOptions,
    collections: [
      {
        name: 'events',
        label: words('events'),
        label_singular: words('event'),
        folder: 'events',
        create: true,
        extension: 'md',
        format: 'frontmatter',
        // The slug carries the year folder: Decap's `path` templates cannot read a field's year.
        slug: "{{fields.start | date('YYYY')}}/{{fields.start | date('YYYY-MM-DD')}}-{{slug}}",
        nested: { depth: 10, subfolders: false },
        identifier_field: 'title',
        summary: '{{title}} · {{start}}',
        sortable_fields: ['title', 'start', 'deadline'],
        view_filters: [
          { label: words('onlyOpportunities'), field: 'type', pattern: '^(open-call|residency|funding|exchange|networking)$' },
          { label: words('cancelledOnly'), field: 'status', pattern: '^cancelled$' },
        ],
        ...beside,
        fields: collectionFields('events', entrySchema, lang).map((field) =>
          // The file name needs a date: the editor asks every new entry for its start.
          field.name === 'start' ? { ...field, required: true } : field),
      },
      {
        name: 'organisers',
        label: words('organisers'),
        label_singular: words('organiser'),
        folder: 'organisers',
        create: true,
        extension: 'md',
        format: 'frontmatter',
        slug: '{{slug}}',
        identifier_field: 'name',
        summary: '{{name}}',
        ...beside,
        fields: collectionFields('organisers', organiserSchema, lang),
      },
      {
        name: 'venues',
        label: words('venues'),
        label_singular: words('venue'),
        folder: 'venues',
        create: true,
        extension: 'md',
        format: 'frontmatter',
        slug: '{{slug}}',
        identifier_field: 'name',
        summary: '{{name}}, {{city}}',
        ...beside,
        fields: collectionFields('venues', venueSchema, lang),
      },
    ],
  };
}

/** All three languages' configurations. */
export function editorConfigs(options: EditorOptions): Record<UiLang, DecapConfig> {
  return Object.fromEntries(uiLangs.map((lang) => [lang, editorConfig(lang, options)])) as Record<UiLang, DecapConfig>;
}

