/**
 * The submit page's island: a form that builds a content file in the browser, checked with the
 * same schemas and rules as `npm run validate`, with errors next to their fields in the page's
 * language. It sends nothing: the result is copied, downloaded (with its picture, as a zip),
 * proposed on GitHub or put into an e-mail to the editors.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, TargetedEvent, TargetedMouseEvent } from 'preact';
import type { Messages } from '../../lib/i18n/index.ts';
import {
  emptyValues, isOpportunity, NEW, NO_PLACE, ONLINE, proposeUrl, type Choices, type FieldError, type FormField, type FormValues,
} from '../../lib/submit/form.ts';
import type { NewFile } from '../../lib/entry-file.ts';

type Checker = typeof import('../../lib/submit/checker.ts');
let checkerLoading: Promise<Checker> | undefined;
/** zod and js-yaml are most of the weight: the form shows first, the checker follows. */
const loadChecker = () => (checkerLoading ??= import('../../lib/submit/checker.ts'));
import {
  contentLangNames, contentLangs, countries, countryNames, coverNames, covers, disciplineNames, disciplines,
  eventTypes, opportunityTypes, regionIds, regions, typeNames, typesNeedingDeadline, uiLangs, type EntryType, type UiLang,
} from '../../lib/taxonomy.ts';

export type SubmitMessages = Messages['submit'];

interface Props {
  lang: UiLang;
  messages: SubmitMessages;
  choices: Choices;
  /** GitHub `owner/name` that receives proposed files. */
  repository: string;
  /** The editors' address (KULTURBRO_EDITORS_EMAIL); without it the form offers no e-mail. */
  editorsEmail?: string | undefined;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** Element id of a field's control: `translations.nb.title` → `submit-translations-nb-title`. */
const controlId = (field: string) => `submit-${field.replace(/\./g, '-')}`;

function getValue(values: FormValues, field: string): string | string[] {
  const [head, second, third] = field.split('.');
  if (head === 'translations') return values.translations[second as UiLang][third as 'title' | 'summary'];
  if (head === 'coOrganisers') return values.coOrganisers[Number(second)] ?? '';
  return values[head as keyof FormValues] as string | string[];
}

function setValue(values: FormValues, field: string, value: string | string[]): FormValues {
  const [head, second, third] = field.split('.');
  if (head === 'translations') {
    const lang = second as UiLang;
    return { ...values, translations: { ...values.translations, [lang]: { ...values.translations[lang], [third!]: value } } };
  }
  if (head === 'coOrganisers') return { ...values, coOrganisers: values.coOrganisers.map((id, i) => (i === Number(second) ? (value as string) : id)) };
  return { ...values, [head!]: value };
}

/** What every control needs to read and write its value and show its error. */
interface Form {
  values: FormValues;
  set: (field: string, value: string | string[]) => void;
  error: (field: FormField) => string | undefined;
  m: SubmitMessages;
}

function describedBy(form: Form, field: FormField, hint?: string): string | undefined {
  const ids = [hint ? `${controlId(field)}-hint` : '', form.error(field) ? `${controlId(field)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ field, text }: { field: string; text?: string | undefined }) {
  return text ? <p class="submit-field__hint" id={`${controlId(field)}-hint`}>{text}</p> : null;
}

function ErrorText({ form, field }: { form: Form; field: FormField }) {
  const message = form.error(field);
  return message ? <p class="submit-field__error" id={`${controlId(field)}-error`}>{message}</p> : null;
}

function Label({ field, text, required }: { field: string; text: string; required?: boolean | undefined }) {
  return (
    <label for={controlId(field)}>
      {text}
      {required && <span class="submit-required" aria-hidden="true"> *</span>}
    </label>
  );
}

interface ControlProps {
  form: Form;
  field: FormField;
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
  type?: 'text' | 'url' | 'email' | 'date' | 'time' | 'textarea';
  inputLang?: string | undefined;
  autoComplete?: string;
}

function Control({ form, field, label, hint, required, type = 'text', inputLang, autoComplete }: ControlProps) {
  const common = {
    id: controlId(field),
    name: field,
    value: getValue(form.values, field) as string,
    required,
    lang: inputLang,
    autoComplete,
    'aria-invalid': form.error(field) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(form, field, hint),
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(field, event.currentTarget.value),
  };
  return (
    <div class="submit-field">
      <Label field={field} text={label} required={required} />
      <Hint field={field} text={hint} />
      {type === 'textarea' ? <textarea rows={4} {...common} /> : <input type={type} {...common} />}
      <ErrorText form={form} field={field} />
    </div>
  );
}

interface SelectProps {
  form: Form;
  field: FormField;
  label: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  children: ComponentChildren;
}

function Select({ form, field, label, required, hint, placeholder, children }: SelectProps) {
  return (
    <div class="submit-field">
      <Label field={field} text={label} required={required} />
      <Hint field={field} text={hint} />
      <select
        id={controlId(field)}
        name={field}
        value={getValue(form.values, field) as string}
        required={required}
        aria-invalid={form.error(field) ? 'true' : undefined}
        aria-describedby={describedBy(form, field, hint)}
        onChange={(event) => form.set(field, event.currentTarget.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {children}
      </select>
      <ErrorText form={form} field={field} />
    </div>
  );
}

interface CheckboxesProps {
  form: Form;
  field: FormField;
  legend: string;
  hint?: string;
  required?: boolean;
  options: { value: string; label: string }[];
}

function Checkboxes({ form, field, legend, hint, required, options }: CheckboxesProps) {
  const chosen = getValue(form.values, field) as string[];
  const toggle = (value: string, on: boolean) =>
    form.set(field, on ? options.map((o) => o.value).filter((v) => v === value || chosen.includes(v)) : chosen.filter((v) => v !== value));
  return (
    <fieldset class="submit-checkboxes" id={controlId(field)} aria-describedby={describedBy(form, field, hint)}>
      <legend>
        {legend}
        {required && <span class="submit-required" aria-hidden="true"> *</span>}
      </legend>
      <Hint field={field} text={hint} />
      <ErrorText form={form} field={field} />
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                id={`${controlId(field)}-${option.value}`}
                name={field}
                value={option.value}
                checked={chosen.includes(option.value)}
                aria-invalid={form.error(field) ? 'true' : undefined}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A date and an optional time of day, as two native inputs under one legend. */
function Moment({ form, dateField, timeField, legend, hint, required }: {
  form: Form; dateField: FormField; timeField: FormField; legend: string; hint: string; required?: boolean;
}) {
  const m = form.m;
  const input = (field: FormField, type: 'date' | 'time', label: string) => (
    <div class="submit-field">
      <label for={controlId(field)}>{label}</label>
      <input
        type={type}
        id={controlId(field)}
        name={field}
        value={getValue(form.values, field) as string}
        required={type === 'date' && required}
        aria-invalid={form.error(field) ? 'true' : undefined}
        aria-describedby={[`${controlId(dateField)}-hint`, form.error(field) ? `${controlId(field)}-error` : ''].filter(Boolean).join(' ')}
        onInput={(event) => form.set(field, event.currentTarget.value)}
      />
      <ErrorText form={form} field={field} />
    </div>
  );
  return (
    <fieldset class="submit-moment">
      <legend>
        {legend}
        {required && <span class="submit-required" aria-hidden="true"> *</span>}
      </legend>
      <p class="submit-field__hint" id={`${controlId(dateField)}-hint`}>{hint}</p>
      <div class="submit-moment__inputs">
        {input(dateField, 'date', m.date)}
        {input(timeField, 'time', m.time)}
      </div>
    </fieldset>
  );
}

/** Hands a file to the browser's downloads. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chosen picture that passed the checks, with a data: URL for the preview (the policy allows data: images). */
interface Picture {
  file: File;
  preview: string;
}

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

function FileOutput({ file, repository, m, onStatus }: { file: NewFile; repository: string; m: SubmitMessages; onStatus: (text: string) => void }) {
  const id = controlId(`file-${file.path.replace(/[^a-z0-9]+/g, '-')}`);
  const name = file.path.split('/').pop()!;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file.text);
      onStatus(m.copied);
    } catch {
      const area = document.getElementById(id) as HTMLTextAreaElement | null;
      area?.select();
      onStatus(document.execCommand?.('copy') ? m.copied : m.copyFailed);
    }
  };
  const download = () => saveFile(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }), name);
  return (
    <div class="submit-file">
      <label for={id}>{fill(m.fileLabel, { path: file.path })}</label>
      <textarea id={id} class="submit-file__text" readOnly spellcheck={false} rows={Math.min(24, file.text.split('\n').length + 1)} value={file.text} />
      <div class="submit-file__actions">
        <button type="button" onClick={copy}>{m.copy}</button>
        <button type="button" onClick={download}>{m.download}</button>
        <a class="button" href={proposeUrl(repository, file)} target="_blank" rel="noopener noreferrer">
          {m.propose} <span class="submit-file__new-tab">{m.newTab}</span>
        </a>
      </div>
    </div>
  );
}

export default function SubmitForm({ lang, messages: m, choices, repository, editorsEmail }: Props) {
  const [values, setValues] = useState<FormValues>(() => emptyValues(lang));
  const [attempted, setAttempted] = useState(false);
  const [ready, setReady] = useState(false);
  const [focusTarget, setFocusTarget] = useState<'summary' | 'result' | undefined>();
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const pictureInput = useRef<HTMLInputElement>(null);
  const [picture, setPicture] = useState<Picture>();

  const [checker, setChecker] = useState<Checker>();
  useEffect(() => {
    loadChecker().then(setChecker, () => undefined);
  }, []);
  const draft = useMemo(() => checker?.buildDraft(values, choices), [checker, values, choices]);
  const errors = useMemo(() => (checker && draft ? checker.checkDraft(draft, values, choices) : []), [checker, draft, values, choices]);
  // A refused picture is reported as soon as it is chosen, the rest once the person asks for the file.
  const shown = attempted ? errors : errors.filter((e) => e.field === 'image');
  const files = checker && draft && ready && errors.length === 0 ? checker.formFiles(draft, new Date()) : undefined;
  const pictureFile = files && picture && draft ? checker?.picturePath(draft, new Date()) : undefined;

  useEffect(() => {
    if (focusTarget === 'summary') summaryRef.current?.focus();
    if (focusTarget === 'result') resultRef.current?.focus();
    if (focusTarget) setFocusTarget(undefined);
  }, [focusTarget]);

  const message = (error: FieldError) => fill(m.errors[error.rule as keyof SubmitMessages['errors']] ?? `${m.errors.invalid} (${error.message})`, { limit: error.limit ?? '' });
  const form: Form = {
    values,
    m,
    set: (field, value) => {
      setStatus('');
      setValues((current) => setValue(current, field, value));
    },
    error: (field) => {
      const found = shown.find((e) => e.field === field);
      return found ? message(found) : undefined;
    },
  };

  const choosePicture = async (event: TargetedEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setStatus('');
    if (!file) {
      setPicture(undefined);
      setValues((v) => ({ ...v, image: '', imageFormat: '', imageProblem: '' }));
      return;
    }
    // The format comes from the first bytes: a name or a MIME type can say anything.
    const { checkPicture, PICTURE_HEAD_BYTES } = await loadChecker();
    const checked = checkPicture(new Uint8Array(await file.slice(0, PICTURE_HEAD_BYTES).arrayBuffer()), file.size);
    if ('problem' in checked) {
      setPicture(undefined);
      setValues((v) => ({ ...v, image: file.name, imageFormat: '', imageProblem: checked.problem }));
      return;
    }
    setPicture({ file, preview: await readAsDataUrl(file) });
    setValues((v) => ({ ...v, image: file.name, imageFormat: checked.format, imageProblem: '' }));
  };
  const removePicture = () => {
    if (pictureInput.current) pictureInput.current.value = '';
    setPicture(undefined);
    setValues((v) => ({ ...v, image: '', imageFormat: '', imageProblem: '' }));
    pictureInput.current?.focus();
  };
  const downloadZip = async () => {
    if (!files) return;
    try {
      // fflate arrives only now, so the form's up-front weight stays as it was.
      const { zipEntry } = await import('../../lib/submit/zip.ts');
      const bytes = picture && pictureFile ? new Uint8Array(await picture.file.arrayBuffer()) : undefined;
      const zip = zipEntry(files, bytes && pictureFile ? { path: pictureFile, bytes } : undefined);
      saveFile(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), files.at(-1)!.path.split('/').pop()!.replace(/\.md$/, '.zip'));
    } catch {
      setStatus(m.zipFailed);
    }
  };
  const mail = editorsEmail && files && checker
    ? checker.editorsMailto(editorsEmail, files, {
        subject: fill(m.mailSubject, { title: values.title.trim() }),
        intro: m.mailIntro,
        pictureNote: pictureFile ? fill(m.mailPictureNote, { path: pictureFile }) : undefined,
        tooLong: m.mailTooLong,
      })
    : undefined;

  const opportunity = isOpportunity(values.type);
  const deadlineRequired = typesNeedingDeadline.includes(values.type as EntryType);
  const noPlace = [ONLINE, NO_PLACE, ''].includes(values.venue);
  const otherLangs = uiLangs.filter((l) => l !== values.lang);
  const regionOptions = regionIds.map((id) => ({ value: id, label: regions[id].names[lang] }));
  const labels: Partial<Record<FormField, string>> = {
    type: m.type, title: m.fieldTitle, lang: m.lang, disciplines: m.disciplines, summary: m.summary, organiser: m.organiser,
    organiserName: `${m.newOrganiser}: ${m.name}`, organiserCountry: `${m.newOrganiser}: ${m.country}`,
    organiserRegion: `${m.newOrganiser}: ${m.region}`, organiserWebsite: `${m.newOrganiser}: ${m.website}`,
    organiserEmail: `${m.newOrganiser}: ${m.email}`, venue: m.venue, online: m.online, venueName: `${m.newVenue}: ${m.name}`,
    venueCity: `${m.newVenue}: ${m.city}`, venueRegion: `${m.newVenue}: ${m.region}`, venueAddress: `${m.newVenue}: ${m.address}`,
    venuePostcode: `${m.newVenue}: ${m.postcode}`, venueWebsite: `${m.newVenue}: ${m.website}`, regions: m.regions,
    startDate: m.start, startTime: m.start, endDate: m.end, endTime: m.end, price: m.price, tickets: m.tickets,
    apply: m.apply, deadlineDate: m.deadline, deadlineTime: m.deadline, eligibility: m.eligibility, covers: m.covers,
    description: m.description, image: m.picture, imageAlt: m.pictureAlt, imageCredit: m.pictureCredit,
  };
  const labelOf = (field: FormField) => {
    const translation = /^translations\.(\w+)\.(title|summary)$/.exec(field);
    if (translation) return fill(translation[2] === 'title' ? m.translationTitle : m.translationSummary, { language: contentLangNames[translation[1] as UiLang][lang] });
    return labels[field] ?? '';
  };
  // Checkbox groups are reached through their first box.
  const targetOf = (field: FormField) => {
    if (field === 'disciplines') return `${controlId(field)}-${disciplines[0]}`;
    if (field === 'regions') return `${controlId(field)}-${regionIds[0]}`;
    if (field === 'covers') return `${controlId(field)}-${covers[0]}`;
    return controlId(field);
  };

  const submit = async (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Someone quick (or offline for a moment) may submit before the checker arrived.
    const loaded = checker ?? (await loadChecker());
    const found = loaded.checkDraft(loaded.buildDraft(values, choices), values, choices);
    setChecker(() => loaded);
    setAttempted(true);
    setReady(found.length === 0);
    setFocusTarget(found.length === 0 ? 'result' : 'summary');
  };
  const goTo = (event: TargetedMouseEvent<HTMLAnchorElement>, field: FormField) => {
    const target = document.getElementById(targetOf(field));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };

  return (
    <div class="submit">
      <form class="submit-form" noValidate onSubmit={submit}>
        <p class="muted">{m.requiredNote}</p>
        {shown.length > 0 && (
          <section class="submit-errors" ref={summaryRef} tabIndex={-1} aria-labelledby="submit-errors-title">
            <h2 id="submit-errors-title">{shown.length === 1 ? m.errorSummaryOne : fill(m.errorSummaryMany, { count: shown.length })}</h2>
            <ul>
              {shown.map((error) => (
                <li key={error.field}>
                  {error.field === 'form' ? (
                    message(error)
                  ) : (
                    <a href={`#${targetOf(error.field)}`} onClick={(event) => goTo(event, error.field)}>
                      {labelOf(error.field)}: {message(error)}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        <fieldset class="submit-section">
          <legend>{m.sectionWhat}</legend>
          <Select form={form} field="type" label={m.type} required placeholder={m.typeChoose}>
            <optgroup label={m.typeEvents}>
              {eventTypes.map((type) => <option value={type}>{typeNames[type][lang]}</option>)}
            </optgroup>
            <optgroup label={m.typeOpportunities}>
              {opportunityTypes.map((type) => <option value={type}>{typeNames[type][lang]}</option>)}
            </optgroup>
          </Select>
          <Control form={form} field="title" label={m.fieldTitle} required />
          <Select form={form} field="lang" label={m.lang} required>
            {contentLangs.map((l) => <option value={l}>{contentLangNames[l][lang]}</option>)}
          </Select>
          <Checkboxes
            form={form}
            field="disciplines"
            legend={m.disciplines}
            hint={m.disciplinesHint}
            required
            options={disciplines.map((d) => ({ value: d, label: disciplineNames[d][lang] }))}
          />
          <Control form={form} field="summary" label={m.summary} hint={m.summaryHint} required type="textarea" />
        </fieldset>

        <fieldset class="submit-section">
          <legend>{m.sectionWho}</legend>
          <Select form={form} field="organiser" label={m.organiser} required placeholder={m.organiserChoose}>
            {choices.organisers.map((o) => <option value={o.id}>{o.name}</option>)}
            <option value={NEW}>{m.organiserNew}</option>
          </Select>
          {values.organiser === NEW && (
            <fieldset class="submit-group">
              <legend>{m.newOrganiser}</legend>
              <Control form={form} field="organiserName" label={m.name} required autoComplete="organization" />
              <Select form={form} field="organiserCountry" label={m.country} required placeholder={m.countryChoose}>
                {countries.map((c) => <option value={c}>{countryNames[c][lang]}</option>)}
              </Select>
              <Select form={form} field="organiserRegion" label={m.region} placeholder={m.regionNone}>
                {regionOptions.map((r) => <option value={r.value}>{r.label}</option>)}
              </Select>
              <Control form={form} field="organiserWebsite" label={m.website} hint={m.httpsHint} type="url" autoComplete="url" />
              <Control form={form} field="organiserEmail" label={m.email} type="email" autoComplete="email" />
            </fieldset>
          )}
          {values.coOrganisers.map((_, index) => {
            const number = index + 1;
            return (
              <div class="submit-co-organiser" key={index}>
                <Select form={form} field={`coOrganisers.${index}`} label={fill(m.coOrganiser, { number })} placeholder={m.organiserChoose}>
                  {choices.organisers.map((o) => <option value={o.id}>{o.name}</option>)}
                </Select>
                <button type="button" onClick={() => setValues((v) => ({ ...v, coOrganisers: v.coOrganisers.filter((__, i) => i !== index) }))}>
                  {fill(m.removeCoOrganiser, { number })}
                </button>
              </div>
            );
          })}
          <button type="button" onClick={() => setValues((v) => ({ ...v, coOrganisers: [...v.coOrganisers, ''] }))}>{m.addCoOrganiser}</button>
        </fieldset>

        <fieldset class="submit-section">
          <legend>{m.sectionWhere}</legend>
          <Select form={form} field="venue" label={m.venue} required={!opportunity} placeholder={m.venueChoose}>
            {choices.venues.map((v) => <option value={v.id}>{`${v.name}, ${v.city}`}</option>)}
            <option value={NEW}>{m.venueNew}</option>
            <option value={ONLINE}>{m.venueOnline}</option>
            {opportunity && <option value={NO_PLACE}>{m.venueNone}</option>}
          </Select>
          {values.venue === NEW && (
            <fieldset class="submit-group">
              <legend>{m.newVenue}</legend>
              <Control form={form} field="venueName" label={m.name} required />
              <Control form={form} field="venueCity" label={m.city} required autoComplete="address-level2" />
              <Select form={form} field="venueRegion" label={m.region} required placeholder={m.regionChoose}>
                {regionOptions.map((r) => <option value={r.value}>{`${r.label} (${countryNames[regions[r.value].country][lang]})`}</option>)}
              </Select>
              <Control form={form} field="venueAddress" label={m.address} autoComplete="street-address" />
              <Control form={form} field="venuePostcode" label={m.postcode} autoComplete="postal-code" />
              <Control form={form} field="venueWebsite" label={m.website} hint={m.httpsHint} type="url" />
            </fieldset>
          )}
          {values.venue === ONLINE && <Control form={form} field="online" label={m.online} hint={m.httpsHint} required type="url" />}
          {opportunity && noPlace && (
            <Checkboxes form={form} field="regions" legend={m.regions} hint={m.regionsHint} required options={regionOptions} />
          )}
        </fieldset>

        <fieldset class="submit-section">
          <legend>{m.sectionWhen}</legend>
          <Moment form={form} dateField="startDate" timeField="startTime" legend={m.start} hint={m.startHint} required={!opportunity} />
          <Moment form={form} dateField="endDate" timeField="endTime" legend={m.end} hint={m.endHint} />
        </fieldset>

        {opportunity ? (
          <fieldset class="submit-section">
            <legend>{m.sectionApply}</legend>
            <Control form={form} field="apply" label={m.apply} hint={m.httpsHint} required type="url" />
            <Moment form={form} dateField="deadlineDate" timeField="deadlineTime" legend={m.deadline} hint={m.deadlineHint} required={deadlineRequired} />
            <Control form={form} field="eligibility" label={m.eligibility} type="textarea" />
            <Checkboxes form={form} field="covers" legend={m.covers} options={covers.map((c) => ({ value: c, label: coverNames[c][lang] }))} />
          </fieldset>
        ) : (
          <fieldset class="submit-section">
            <legend>{m.sectionTickets}</legend>
            <Control form={form} field="price" label={m.price} hint={m.priceHint} />
            <Control form={form} field="tickets" label={m.tickets} hint={m.httpsHint} type="url" />
          </fieldset>
        )}

        <fieldset class="submit-section">
          <legend>{m.sectionTranslations}</legend>
          <p class="submit-field__hint">{m.translationsHint}</p>
          {otherLangs.map((l) => {
            const language = contentLangNames[l][lang];
            return (
              <div class="submit-translation" key={l}>
                <Control form={form} field={`translations.${l}.title`} label={fill(m.translationTitle, { language })} inputLang={l} />
                <Control form={form} field={`translations.${l}.summary`} label={fill(m.translationSummary, { language })} inputLang={l} type="textarea" />
              </div>
            );
          })}
        </fieldset>

        <Control form={form} field="description" label={m.description} hint={m.descriptionHint} type="textarea" inputLang={values.lang} />

        <fieldset class="submit-section">
          <legend>{m.sectionPicture}</legend>
          <div class="submit-field">
            <Label field="image" text={m.picture} />
            <Hint field="image" text={m.pictureHint} />
            <input
              type="file"
              id={controlId('image')}
              name="image"
              ref={pictureInput}
              accept="image/jpeg,image/png,image/webp,image/avif,.jpg,.jpeg,.png,.webp,.avif"
              aria-invalid={form.error('image') ? 'true' : undefined}
              aria-describedby={describedBy(form, 'image', m.pictureHint)}
              onChange={choosePicture}
            />
            <ErrorText form={form} field="image" />
          </div>
          {picture && (
            <div class="submit-picture">
              <Control form={form} field="imageAlt" label={m.pictureAlt} hint={m.pictureAltHint} required inputLang={values.lang} />
              <Control form={form} field="imageCredit" label={m.pictureCredit} hint={m.pictureCreditHint} />
              <figure class="submit-picture__preview">
                <img src={picture.preview} alt={values.imageAlt.trim()} lang={values.lang} />
                <figcaption>
                  <span class="submit-picture__label">{m.picturePreview}</span>
                  {values.imageAlt.trim() ? <span lang={values.lang}>{fill(m.pictureAltShown, { alt: values.imageAlt.trim() })}</span> : <span>{m.pictureAltMissing}</span>}
                  {values.imageCredit.trim() && <span>{fill(m.pictureCreditShown, { credit: values.imageCredit.trim() })}</span>}
                </figcaption>
              </figure>
              <button type="button" onClick={removePicture}>{m.pictureRemove}</button>
            </div>
          )}
        </fieldset>
        <p>
          <button type="submit" class="submit-form__create">{m.create}</button>
        </p>
      </form>

      {files && (
        <section class="submit-result" aria-labelledby="submit-result-title">
          <h2 id="submit-result-title" ref={resultRef} tabIndex={-1}>{m.resultTitle}</h2>
          <p>{m.resultIntro}</p>
          {files.length > 1 && <p>{m.resultOrder}</p>}
          {files.map((file) => <FileOutput key={file.path} file={file} repository={repository} m={m} onStatus={setStatus} />)}
          {(pictureFile || files.length > 1) && (
            <div class="submit-result__all">
              {pictureFile && <p>{fill(m.pictureFile, { path: pictureFile })} {fill(m.pictureNotInLink, { path: pictureFile })}</p>}
              <button type="button" class="submit-result__zip" onClick={downloadZip}>{m.downloadZip}</button>
            </div>
          )}
          {mail && (
            <div class="submit-mail">
              <h3>{m.mailTitle}</h3>
              <p><a class="button submit-mail__link" href={mail.href}>{m.mailSend}</a></p>
              <p class="submit-field__hint">
                {mail.complete ? m.mailHint : m.mailTooLongHint}
                {pictureFile && ` ${m.mailPictureHint}`}
              </p>
            </div>
          )}
          <p class="submit-result__status" role="status">{status}</p>
        </section>
      )}
    </div>
  );
}
