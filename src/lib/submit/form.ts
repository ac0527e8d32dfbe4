/**
 * The submit form's values and fields, light enough to load with the form. The checking and the
 * files (zod, js-yaml) live in draft.ts, which the form loads right after it appears.
 */
import type { NewFile } from '../entry-file.ts';
import { isOpportunityType, type Country, type EntryType, type UiLang } from '../taxonomy.ts';

/** What the page gives the form from the catalogue: ids and names only, not whole entries. */
export interface Choices {
  organisers: { id: string; name: string }[];
  venues: { id: string; name: string; city: string; country: Country }[];
}

/** Special values of the organiser and venue selects. */
export const NEW = '+new';
export const ONLINE = '+online';
export const NO_PLACE = '+none';

/** Every input of the form, as the strings and lists the inputs hold. */
export interface FormValues {
  type: string;
  title: string;
  lang: string;
  disciplines: string[];
  summary: string;
  /** The first organiser: an id, NEW or ''. */
  organiser: string;
  coOrganisers: string[];
  organiserName: string;
  organiserCountry: string;
  organiserRegion: string;
  organiserWebsite: string;
  organiserEmail: string;
  /** A venue id, NEW, ONLINE, NO_PLACE or ''. */
  venue: string;
  online: string;
  venueName: string;
  venueCity: string;
  venueRegion: string;
  venueAddress: string;
  venuePostcode: string;
  venueWebsite: string;
  regions: string[];
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  price: string;
  tickets: string;
  apply: string;
  deadlineDate: string;
  deadlineTime: string;
  eligibility: string;
  covers: string[];
  translations: Record<UiLang, { title: string; summary: string }>;
  description: string;
  /** The chosen picture's own file name ('' when none); its bytes stay with the form. */
  image: string;
  /** Its format told by its first bytes (`PictureFormat`), '' when none or refused. */
  imageFormat: string;
  /** Why it was refused (`PictureProblem`), '' when it was not. */
  imageProblem: string;
  imageAlt: string;
  imageCredit: string;
}

export type FormField =
  | Exclude<keyof FormValues, 'translations' | 'coOrganisers'>
  | `coOrganisers.${number}`
  | `translations.${UiLang}.${'title' | 'summary'}`
  | 'form';

/** One problem to show next to a field: `rule` picks the translated sentence. */
export interface FieldError {
  field: FormField;
  rule: string;
  /** The limit for rules that have one (`tooLong`, `tooMany`). */
  limit?: number;
  /** The validator's English sentence, for rules the page has no translation for. */
  message: string;
}

export function emptyValues(lang: UiLang): FormValues {
  return {
    type: '', title: '', lang, disciplines: [], summary: '', organiser: '', coOrganisers: [],
    organiserName: '', organiserCountry: lang === 'sv' ? 'SE' : lang === 'nb' ? 'NO' : '', organiserRegion: '',
    organiserWebsite: '', organiserEmail: '', venue: '', online: '', venueName: '', venueCity: '', venueRegion: '',
    venueAddress: '', venuePostcode: '', venueWebsite: '', regions: [], startDate: '', startTime: '', endDate: '',
    endTime: '', price: '', tickets: '', apply: '', deadlineDate: '', deadlineTime: '', eligibility: '', covers: [],
    translations: { sv: { title: '', summary: '' }, nb: { title: '', summary: '' }, en: { title: '', summary: '' } },
    description: '', image: '', imageFormat: '', imageProblem: '', imageAlt: '', imageCredit: '',
  };
}

export const isOpportunity = (type: string) => type !== '' && isOpportunityType(type as EntryType);

/** GitHub's "new file" page of the content repository, with the file's name and text filled in. */
export function proposeUrl(repository: string, file: NewFile): string {
  return `https://github.com/${repository}/new/main?filename=${file.path}&value=${encodeURIComponent(file.text)}`;
}
