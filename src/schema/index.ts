/** Every content schema in one place: Astro's collections, the validator and the submit form import this. */
export { entrySchema, repeatSchema, type EntryData, type EntryInput } from './entry.ts';
export { organiserSchema, type OrganiserData } from './organiser.ts';
export { venueSchema, type VenueData } from './venue.ts';
export { idPattern } from './fields.ts';
