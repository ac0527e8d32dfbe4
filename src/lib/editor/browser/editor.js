// @ts-nocheck -- runs in the browser beside decap-cms.js, which provides CMS, h and createClass.
// Starts Decap CMS at /admin/ with the configuration built from the schema (src/lib/editor/config.ts),
// in the language of the address (/admin/nb/, /admin/en/) or else of the browser.
(function () {
  'use strict';

  function pageLanguage() {
    const fromPath = /^\/admin\/(sv|nb|en)(\/|$)/.exec(location.pathname);
    if (fromPath) return fromPath[1];
    for (const tag of navigator.languages || [navigator.language]) {
      const primary = String(tag).toLowerCase().split('-')[0];
      if (primary === 'sv') return 'sv';
      if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
      if (primary === 'en') return 'en';
    }
    return 'sv';
  }

  /** `2027-06-12T19:00` → ['2027-06-12', '19:00']: strings only, never a Date, so no time zone applies. */
  function split(value) {
    const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/.exec(typeof value === 'string' ? value : '');
    return match ? [match[1], match[2] || ''] : ['', ''];
  }

  function momentWidget(words) {
    const Control = createClass({
      getInitialState() {
        return { pendingTime: '' };
      },
      isValid() {
        const value = this.props.value;
        if (this.props.field.get('time') === 'required' && value && !/T\d{2}:\d{2}$/.test(value)) {
          return { error: { message: words.timeRequired } };
        }
        return true;
      },
      emit(date, time) {
        const mode = this.props.field.get('time');
        this.setState({ pendingTime: date ? '' : time });
        this.props.onChange(date ? (time && mode !== 'none' ? `${date}T${time}` : date) : '');
      },
      render() {
        const { forID, classNameWrapper, field, value, setActiveStyle, setInactiveStyle } = this.props;
        const mode = field.get('time');
        const [date, storedTime] = split(value);
        const time = date ? storedTime : this.state.pendingTime;
        const focus = { onFocus: setActiveStyle, onBlur: setInactiveStyle };
        return h('div', { className: `${classNameWrapper} kb-moment` },
          h('label', { className: 'kb-moment__part' },
            h('span', null, words.date),
            h('input', { id: forID, type: 'date', value: date, 'data-part': 'date', onChange: (e) => this.emit(e.target.value, time), ...focus })),
          mode === 'none' ? null : h('label', { className: 'kb-moment__part' },
            h('span', null, mode === 'required' ? words.time : `${words.time} (${words.allDay})`),
            h('input', { type: 'time', value: time, step: 60, 'data-part': 'time', required: mode === 'required', onChange: (e) => this.emit(date, e.target.value), ...focus })));
      },
    });
    const Preview = createClass({
      render() {
        return h('span', null, String(this.props.value || '').replace('T', ' '));
      },
    });
    return [Control, Preview];
  }

  /** Drops what an author left empty (as the CLI does) and writes pictures as `./file.jpg`. */
  function tidy(value, key) {
    if (value && typeof value.toJS === 'function') {
      let cleaned = value.map((item, k) => tidy(item, k)).filter((item) => item !== undefined);
      if (cleaned.size === 0) return undefined;
      if (typeof cleaned.get === 'function' && typeof cleaned.get('src') === 'string' && cleaned.has('alt')) {
        const src = cleaned.get('src');
        if (!/^(\.\/|\/|[a-z]+:)/i.test(src)) cleaned = cleaned.set('src', `./${src}`);
      }
      return cleaned;
    }
    if (typeof value === 'string') return value.trim() === '' && key !== 'body' ? undefined : value;
    return value === null ? undefined : value;
  }

  function entryPreview(words) {
    return createClass({
      render() {
        const data = this.props.entry.get('data');
        const get = (key) => data.get(key);
        const status = get('status');
        const typeName = words.types[get('type')] || get('type') || '';
        const when = [get('start'), get('end')].filter(Boolean).map((v) => String(v).replace('T', ' ')).join(' – ');
        const extra = (get('dates') ? get('dates').size : 0) + (get('repeat') ? 1 : 0);
        const image = data.getIn(['image', 'src']);
        const asset = image ? this.props.getAsset(image) : null;
        const badges = [
          h('span', { className: 'badge', key: 't' }, typeName),
          status === 'cancelled' ? h('span', { className: 'badge badge--alert', key: 'c' }, words.statusCancelled) : null,
          status === 'postponed' ? h('span', { className: 'badge badge--warn', key: 'p' }, words.statusPostponed) : null,
        ];
        return h('div', { className: 'page' },
          h('article', { className: `entry-card${status === 'cancelled' ? ' entry-card--cancelled' : ''}` },
            h('h3', { className: 'entry-card__title' }, h('a', { href: '#preview' }, get('title') || '')),
            h('p', { className: 'entry-card__meta' }, badges),
            when ? h('p', { className: 'entry-card__when' }, when, extra ? h('span', { className: 'muted' }, ` · ${words.moreDates}`) : null) : null,
            get('deadline') ? h('p', { className: 'entry-card__deadline' }, `${words.deadline}: ${String(get('deadline')).replace('T', ' ')}`) : null,
            h('p', { className: 'entry-card__summary' }, get('summary') || '')),
          h('article', { className: 'entry' },
            h('header', { className: 'entry__header' },
              h('p', { className: 'entry__kicker' }, badges),
              h('h1', null, get('title') || ''),
              status === 'cancelled' ? h('p', { className: 'status-banner status-banner--cancelled', role: 'note' }, h('strong', null, `${words.statusCancelled}.`), ` ${words.cancelledNotice}`) : null,
              status === 'postponed' ? h('p', { className: 'status-banner status-banner--postponed', role: 'note' }, h('strong', null, `${words.statusPostponed}.`), ` ${words.postponedNotice}`) : null,
              h('p', { className: 'lead' }, get('summary') || '')),
            asset ? h('figure', { className: 'entry__image' },
              h('img', { src: asset.toString(), alt: data.getIn(['image', 'alt']) || '' }),
              data.getIn(['image', 'credit']) ? h('figcaption', { className: 'muted' }, data.getIn(['image', 'credit'])) : null) : null,
            h('div', { className: 'entry__body' }, h('div', { className: 'prose' }, this.props.widgetFor('body')))));
      },
    });
  }

  async function start() {
    const lang = pageLanguage();
    document.documentElement.lang = lang;
    const response = await fetch('/admin/editor-setup.json');
    const setup = await response.json();
    const words = setup.words[lang];
    for (const [name, phrases] of Object.entries(setup.locales)) CMS.registerLocale(name, phrases);
    const [Control, Preview] = momentWidget(words);
    CMS.registerWidget('kb-moment', Control, Preview);
    CMS.registerPreviewStyle(setup.previewStyle);
    CMS.registerPreviewTemplate('events', entryPreview(words));
    CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => tidy(entry.get('data')) });
    const config = setup.configs[lang];
    // Tests and a second checkout run decap-server elsewhere: /admin/?decap_server_port=8082
    const port = new URLSearchParams(location.search).get('decap_server_port');
    if (port && /^\d{2,5}$/.test(port)) config.local_backend.url = `http://127.0.0.1:${port}/api/v1`;
    CMS.init({ config: { ...config, load_config_file: false } });
  }

  start();
})();
