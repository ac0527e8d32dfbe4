/**
 * The submit form's checking: form values → a draft (entry, new organiser, new venue), checked
 * with the content schemas and cross-file rules, each problem tied to the form field it concerns
 * with a rule name the page translates; and the files the draft makes. Pure, runs in the browser.
 */
import type { z } from 'astro/zod';
import { entrySchema, organiserSchema, venueSchema } from '../../schema/index.ts';
import { crossFileProblems, type References } from '../entry-checks.ts';
import { draftFiles, entryId, freeId, withoutEmpty, type Draft, type EntryFields, type NewFile, type OrganiserFields, type VenueFields } from '../entry-file.ts';
import { regions, uiLangs, type RegionId, type UiLang } from '../taxonomy.ts';
import { pictureFileName, pictureFormats, type PictureFormat } from './picture.ts';
import { emptyValues, isOpportunity, NEW, NO_PLACE, ONLINE, type Choices, type FieldError, type FormField, type FormValues } from './form.ts';

/** `2027-06-12` + `19:00` → `2027-06-12T19:00`; a time without a day takes the fallback day, if any. */
function moment(date: string, time: string, fallbackDate = ''): string | undefined {
  const day = date || (time ? fallbackDate : '');
  if (!day) return undefined;
  return time ? `${day}T${time}` : day;
}

/** The files' content, as the form's values describe it (blank fields left out). */
export function buildDraft(values: FormValues, choices: Choices): Draft {
  const opportunity = isOpportunity(values.type);
  const newOrganiser = values.organiser === NEW;
  const newVenue = values.venue === NEW;
  const organiserId = newOrganiser ? freeId(values.organiserName, new Set(choices.organisers.map((o) => o.id)), 'organiser') : undefined;
  const venueId = newVenue ? freeId(values.venueName, new Set(choices.venues.map((v) => v.id)), 'venue') : undefined;
  const organisers = [newOrganiser ? organiserId : values.organiser, ...values.coOrganisers].filter((id): id is string => Boolean(id));
  const translations = Object.fromEntries(
    uiLangs.filter((lang) => lang !== values.lang).map((lang) => [lang, values.translations[lang]]),
  );
  const start = moment(values.startDate, values.startTime);
  const entry = (withoutEmpty({
    title: values.title,
    lang: values.lang,
    type: values.type,
    disciplines: values.disciplines,
    summary: values.summary,
    organisers: [...new Set(organisers)],
    venue: newVenue ? venueId : [NEW, ONLINE, NO_PLACE].includes(values.venue) ? undefined : values.venue,
    online: values.venue === ONLINE ? values.online : undefined,
    regions: opportunity && [ONLINE, NO_PLACE, ''].includes(values.venue) ? values.regions : undefined,
    start,
    end: moment(values.endDate, values.endTime, values.startDate),
    price: opportunity ? undefined : values.price,
    tickets: opportunity ? undefined : values.tickets,
    deadline: opportunity ? moment(values.deadlineDate, values.deadlineTime) : undefined,
    apply: opportunity ? values.apply : undefined,
    eligibility: opportunity ? values.eligibility : undefined,
    covers: opportunity ? values.covers : undefined,
    translations,
  }) ?? {}) as EntryFields;
  const format = pictureFormats.find((f) => f === values.imageFormat);
  if (values.image && format) {
    const image = withoutEmpty({ alt: values.imageAlt, credit: values.imageCredit }) as Partial<NonNullable<EntryFields['image']>> | undefined;
    entry.image = { src: `./${pictureFileName(entryId(entry), format as PictureFormat)}`, ...image } as NonNullable<EntryFields['image']>;
  }
  const region = (id: string) => (id in regions ? regions[id as RegionId] : undefined);
  return {
    entry,
    body: values.description,
    ...(organiserId
      ? {
          newOrganisers: [{
            id: organiserId,
            fields: (withoutEmpty({
              name: values.organiserName, country: values.organiserCountry, region: values.organiserRegion,
              website: values.organiserWebsite, email: values.organiserEmail,
            }) ?? {}) as OrganiserFields,
          }],
        }
      : {}),
    ...(venueId
      ? {
          newVenue: {
            id: venueId,
            fields: (withoutEmpty({
              name: values.venueName, city: values.venueCity, country: region(values.venueRegion)?.country,
              region: values.venueRegion, address: values.venueAddress, postcode: values.venuePostcode, website: values.venueWebsite,
            }) ?? {}) as VenueFields,
          },
        }
      : {}),
  };
}

/** The rule an issue breaks, for a translated sentence; the schemas name their own rules. */
export function issueRule(issue: z.core.$ZodIssue, value: unknown): { rule: string; limit?: number } {
  const rule = (issue as { params?: { rule?: unknown } }).params?.rule;
  if (typeof rule === 'string') return { rule };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { rule: issue.expected === 'array' ? 'chooseOne' : 'required' };
      return { rule: 'invalid' };
    case 'invalid_value':
      return { rule: 'choose' };
    case 'too_small':
      return { rule: issue.origin === 'array' ? 'chooseOne' : 'required' };
    case 'too_big':
      return { rule: issue.origin === 'array' ? 'tooMany' : 'tooLong', limit: Number(issue.maximum) };
    case 'invalid_format':
      return { rule: issue.path.at(-1) === 'email' ? 'email' : 'invalid' };
    default:
      return { rule: 'invalid' };
  }
}

const entryFieldOf: Record<string, FormField> = {
  title: 'title', lang: 'lang', type: 'type', disciplines: 'disciplines', summary: 'summary', venue: 'venue',
  online: 'online', regions: 'regions', start: 'startDate', end: 'endDate', price: 'price', tickets: 'tickets',
  deadline: 'deadlineDate', apply: 'apply', eligibility: 'eligibility', covers: 'covers',
};

/** The form field a problem of the entry file belongs to. */
function entryField(path: readonly PropertyKey[]): FormField {
  const [head, second, third] = path;
  if (head === 'organisers') return 'organiser';
  if (head === 'image') return second === 'alt' ? 'imageAlt' : second === 'credit' ? 'imageCredit' : 'image';
  if (head === 'translations' && (uiLangs as readonly PropertyKey[]).includes(second!) && (third === 'title' || third === 'summary')) {
    return `translations.${second as UiLang}.${third}`;
  }
  return entryFieldOf[String(head)] ?? 'form';
}

/** The form's fields in the order they appear. */
const fieldOrder = Object.keys(emptyValues('en'));
const formFields = new Set(fieldOrder);

/** The form field of a problem in a new organiser or venue file: `name` → `organiserName`. */
function fileField(prefix: 'organiser' | 'venue', path: readonly PropertyKey[]): FormField {
  const key = String(path[0] ?? '');
  // A venue's country follows from its region.
  if (prefix === 'venue' && key === 'country') return 'venueRegion';
  const field = `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  return formFields.has(field) ? (field as FormField) : 'form';
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((current, key) => (current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined), data);

/** Every problem of the draft, each on its form field; empty when the files will validate. */
export function checkDraft(draft: Draft, values: FormValues, choices: Choices): FieldError[] {
  const errors: FieldError[] = [];
  const collect = (result: { success: boolean; error?: z.ZodError }, data: unknown, fieldOf: (path: readonly PropertyKey[]) => FormField) => {
    for (const issue of result.error?.issues ?? []) {
      errors.push({ field: fieldOf(issue.path), ...issueRule(issue, valueAt(data, issue.path)), message: issue.message });
    }
  };
  collect(entrySchema.safeParse(draft.entry), draft.entry, entryField);
  for (const organiser of draft.newOrganisers ?? []) collect(organiserSchema.safeParse(organiser.fields), organiser.fields, (path) => fileField('organiser', path));
  if (draft.newVenue) collect(venueSchema.safeParse(draft.newVenue.fields), draft.newVenue.fields, (path) => fileField('venue', path));

  const references: References = {
    organisers: new Set([...choices.organisers.map((o) => o.id), ...(draft.newOrganisers ?? []).map((o) => o.id)]),
    venues: new Map([
      ...choices.venues.map((v) => [v.id, { country: v.country }] as const),
      ...(draft.newVenue ? [[draft.newVenue.id, { country: draft.newVenue.fields.country }] as const] : []),
    ]),
  };
  for (const problem of crossFileProblems(draft.entry, references)) {
    errors.push({ field: entryField([problem.field.replace(/[[.].*$/, '')]), rule: problem.rule, message: problem.message });
  }
  // A picture the form refused (its format or size) never reaches the entry: say why on the input.
  if (values.image && values.imageProblem) errors.push({ field: 'image', rule: values.imageProblem, message: 'cannot be used' });
  // A time without a day cannot be read: say so on the date.
  if (values.startTime && !values.startDate) errors.push({ field: 'startDate', rule: 'required', message: 'is required' });
  if (isOpportunity(values.type) && values.deadlineTime && !values.deadlineDate) errors.push({ field: 'deadlineDate', rule: 'required', message: 'is required' });

  // One message per field is enough, in the order of the form.
  const seen = new Set<FormField>();
  const position = (field: FormField) => {
    const index = fieldOrder.indexOf(field.split('.')[0]!);
    return index < 0 ? fieldOrder.length : index;
  };
  return errors
    .map((error) => (error.field === 'organiser' && error.rule === 'chooseOne' ? { ...error, rule: 'choose' } : error))
    .map((error) => (error.field === 'imageAlt' && error.rule === 'required' ? { ...error, rule: 'altRequired' } : error))
    .filter((error) => !seen.has(error.field) && seen.add(error.field))
    .sort((a, b) => position(a.field) - position(b.field));
}

export { picturePath } from '../entry-file.ts';

/** The files to propose, new organisers and venue before the entry that needs them. */
export function formFiles(draft: Draft, now: Date): NewFile[] {
  const [entry, ...others] = draftFiles(draft, now);
  return [...others, entry!];
}
