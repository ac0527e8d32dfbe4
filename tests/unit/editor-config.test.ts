import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionFields, editorConfig, type DecapField } from '../../src/lib/editor/config.ts';
import { importerOnlyFields } from '../../src/lib/editor/labels.ts';
import { completedPhrases, decapEnglish, phraseKeys } from '../../src/lib/editor/locales.ts';
import { schemaFields, type FieldNode, type SchemaField } from '../../src/lib/editor/schema-walk.ts';
import { entrySchema, organiserSchema, venueSchema } from '../../src/schema/index.ts';
import { httpsUrl, id } from '../../src/schema/fields.ts';
import { contentLangs, disciplines, entryTypes, regionIds, uiLangs } from '../../src/lib/taxonomy.ts';

const options = { repository: 'kulturbro/kulturbro', siteUrl: 'https://kulturbro.example' };
const collections = { events: entrySchema, organisers: organiserSchema, venues: venueSchema } as const;

/** Every field of a Decap field list, by dotted path (list items and translation keys folded in). */
function decapPaths(fields: DecapField[], prefix = ''): Map<string, DecapField> {
  const paths = new Map<string, DecapField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    paths.set(path, field);
    const nested = (field.fields ?? (field.field ? [field.field] : [])) as DecapField[];
    for (const [inner, value] of decapPaths(nested, `${path}.`)) paths.set(inner, value);
  }
  return paths;
}

/** Every enumeration in a schema with the dotted path of the field that holds it. */
function enums(fields: SchemaField[]): { path: string; values: string[] }[] {
  const walk = (path: string, node: FieldNode): { path: string; values: string[] }[] => {
    switch (node.kind) {
      case 'enum': return [{ path, values: node.values }];
      case 'list': return walk(path, node.of);
      case 'object': case 'image': return node.fields.flatMap((f) => walk(`${path}.${f.name}`, f.node));
      case 'record': return [{ path, values: node.keys }, ...walk(`${path}.${node.keys[0]}`, node.value)];
      default: return [];
    }
  };
  return fields.flatMap((f) => walk(f.name, f.node));
}

describe('the editor configuration generated from the schema', () => {
  for (const lang of uiLangs) {
    const config = editorConfig(lang, options);
    for (const [name, schema] of Object.entries(collections)) {
      const collection = config.collections.find((c) => c.name === name)!;
      const paths = decapPaths(collection.fields);

      it(`${lang}: ${name} has every schema field, labelled`, () => {
        const walk = (fields: SchemaField[], prefix = ''): string[] =>
          fields.flatMap((f) => [
            `${prefix}${f.name}`,
            // An importer-only group is one hidden field, kept whole: its parts are not shown.
            ...((f.node.kind === 'object' || f.node.kind === 'image') && !importerOnlyFields.includes(`${prefix}${f.name}`)
              ? walk(f.node.fields, `${prefix}${f.name}.`) : []),
          ]);
        for (const path of walk(schemaFields(schema))) {
          const field = paths.get(path);
          expect(field, path).toBeDefined();
          expect(typeof field!.label === 'string' && field!.label.length > 0, `${path} label`).toBe(true);
        }
        expect(paths.get('body')?.widget).toBe('markdown');
      });

      it(`${lang}: ${name} offers every enumeration value, named in ${lang}`, () => {
        for (const { path, values } of enums(schemaFields(schema))) {
          const field = paths.get(path);
          if (field === undefined) throw new Error(`no editor field for ${path}`);
          const options = (field.options as { value: string; label: string }[] | undefined)
            ?? (field.fields as DecapField[]).map((f) => ({ value: f.name, label: f.label as string }));
          expect(options.map((o) => o.value), path).toEqual(values);
          for (const option of options) expect(option.label, `${path}: ${option.value}`).toMatch(/\S/);
        }
      });
    }

    it(`${lang}: names types, disciplines, languages and regions as the taxonomy does`, () => {
      const events = decapPaths(config.collections[0]!.fields);
      const labels = (path: string) => Object.fromEntries((events.get(path)!.options as { value: string; label: string }[]).map((o) => [o.value, o.label]));
      expect(Object.keys(labels('type'))).toEqual([...entryTypes]);
      expect(Object.keys(labels('disciplines'))).toEqual([...disciplines]);
      expect(Object.keys(labels('lang'))).toEqual([...contentLangs]);
      expect(Object.keys(labels('regions'))).toEqual(regionIds);
      expect(labels('type')['guided-tour']).toBe({ sv: 'Guidad visning', nb: 'Omvisning', en: 'Guided tour' }[lang]);
    });
  }

  const events = decapPaths(editorConfig('sv', options).collections[0]!.fields);

  it('keeps local times as typed: start, end, dates, deadline, except and updated use the date-and-time widget', () => {
    expect(events.get('start')).toMatchObject({ widget: 'kb-moment', time: 'optional', required: true });
    expect(events.get('end')).toMatchObject({ widget: 'kb-moment', time: 'optional', required: false });
    expect(events.get('deadline')).toMatchObject({ widget: 'kb-moment', time: 'optional' });
    expect(events.get('dates')).toMatchObject({ widget: 'list', field: { widget: 'kb-moment', time: 'optional' } });
    expect(events.get('except')).toMatchObject({ widget: 'list', field: { widget: 'kb-moment', time: 'none' } });
    expect(events.get('repeat.until')).toMatchObject({ widget: 'kb-moment', time: 'none' });
    expect(events.get('updated')).toMatchObject({ widget: 'kb-moment', time: 'required' });
    expect(JSON.stringify(events)).not.toContain('"datetime"');
  });

  it('picks organisers and venues from their collections, and uploads pictures beside the entry', () => {
    expect(events.get('organisers')).toMatchObject({ widget: 'relation', collection: 'organisers', multiple: true, min: 1, value_field: '{{slug}}' });
    expect(events.get('venue')).toMatchObject({ widget: 'relation', collection: 'venues' });
    expect(events.get('image')).toMatchObject({ widget: 'object' });
    // Decap would demand a picture of every entry if they were required inside the optional group.
    expect(events.get('image.src')).toMatchObject({ widget: 'image', required: false });
    expect(events.get('image.alt')).toMatchObject({ widget: 'text', required: false });
    expect(events.get('image.credit')).toMatchObject({ widget: 'string', required: false });
    const collection = editorConfig('sv', options).collections[0]!;
    expect(collection).toMatchObject({ folder: 'events', media_folder: '', public_folder: '', nested: { depth: 10 } });
    expect(collection.slug).toBe("{{fields.start | date('YYYY')}}/{{fields.start | date('YYYY-MM-DD')}}-{{slug}}");
  });

  it('sends every change through a pull request on GitHub, and uses decap-server only on this machine', () => {
    const config = editorConfig('nb', { ...options, authUrl: 'https://auth.kulturbro.example' });
    expect(config).toMatchObject({
      locale: 'nb_no',
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', repo: 'kulturbro/kulturbro', open_authoring: true, base_url: 'https://auth.kulturbro.example' },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
    });
  });

  it('fails when the schema gains a field the editor has no label for', () => {
    const grown = organiserSchema.extend({ mastodon: httpsUrl.optional() });
    expect(() => collectionFields('organisers', grown, 'sv')).toThrow(/organisers: the field "mastodon" has no label/);
  });

  it('fails when a new enumeration value has no name', () => {
    const grown = organiserSchema.extend({ region: z.enum([...regionIds, 'jamtland']) });
    expect(() => collectionFields('organisers', grown, 'en')).toThrow(/organisers: region: the value "jamtland" has no name/);
  });

  it('fails on a field form it cannot show rather than dropping it', () => {
    const grown = organiserSchema.extend({ name: z.tuple([z.string(), z.string()]) });
    expect(() => collectionFields('organisers', grown, 'sv')).toThrow(/cannot show/);
  });

  it('shows the importer\'s calendars of an organiser, and keeps the importer-only source hidden but in the file', () => {
    const withFeeds = organiserSchema.extend({
      feeds: z.array(z.strictObject({
        url: z.string(),
        lang: z.enum(contentLangs).optional(),
        type: z.enum(entryTypes).optional(),
        disciplines: z.array(z.enum(disciplines)).optional(),
        venue: id.optional(),
        region: z.enum(regionIds).optional(),
        timezone: z.string().optional(),
      })).optional(),
      source: z.strictObject({ url: z.string(), uid: z.string() }).optional(),
    });
    const fields = decapPaths(collectionFields('organisers', withFeeds, 'nb'));
    expect(fields.get('feeds')).toMatchObject({ widget: 'list', label: 'Kalendere å hente fra' });
    expect(fields.get('feeds.venue')).toMatchObject({ widget: 'relation', collection: 'venues' });
    expect(fields.get('feeds.type')).toMatchObject({ widget: 'select' });
    expect(fields.get('feeds.disciplines')).toMatchObject({ widget: 'select', multiple: true });
    expect(fields.get('source')).toEqual({ name: 'source', label: 'Importert fra', widget: 'hidden', required: false });
  });
});

describe("Decap's Swedish and Norwegian strings", () => {
  for (const [locale, phrases] of Object.entries(completedPhrases())) {
    it(`${locale}: cover every string of its English UI once completed`, () => {
      const keys = new Set(phraseKeys(phrases));
      expect(phraseKeys(decapEnglish).filter((key) => !keys.has(key))).toEqual([]);
    });
  }
});
