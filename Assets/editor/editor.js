// Hearth editor: the case as a form, in the order a practitioner thinks. The case is held as the JSON tree of the
// case file (keys the form does not know are kept untouched), saved as a draft shortly after each change, and
// previewed and checked through the editor's own API. No library, no build step, nothing loaded from elsewhere.
'use strict';

const state = {
  doc: null,          // the case, as the JSON tree of its YAML
  id: null,           // the draft's id
  drafts: [],
  vocab: { feelings: [], looks: {}, roles: [], places: [], things: [] },
  drawings: [],       // names of the draft's drawings
  documents: [],      // [{name, pages}] from the last check
  document: null,
  page: 1,
  version: 0,
  saveTimer: null,
  saving: Promise.resolve(),
  findings: [],
};

// ---------------------------------------------------------------------------------------------------------------
// The API

async function api(method, url, body, type) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.body = body;
    if (type) options.headers['Content-Type'] = type;
  }
  const response = await fetch(url, options);
  if (!response.ok) {
    let problems = [{ message: response.status + ' ' + response.statusText }];
    try { problems = (await response.json()).problems || problems; } catch (e) { /* not JSON */ }
    const error = new Error(problems.map((p) => p.message).join('; '));
    error.problems = problems;
    error.status = response.status;
    throw error;
  }
  return response;
}

function newId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'd-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---------------------------------------------------------------------------------------------------------------
// What the form shows: each field names its key in the case file, so the check's findings can find it.

const LOOKS = [
  ['age', 'Age group'], ['skin', 'Skin tone'], ['hair', 'Hair'], ['hair_colour', 'Hair colour'], ['build', 'Build'],
  ['clothes', 'Clothes colour'], ['head_covering', 'Head covering'], ['mobility', 'Mobility aid'],
];
const PAPERS = ['a4-landscape', 'a4', 'a3', 'a5-booklet', 'letter-landscape', 'letter'];
const AGE_BANDS = ['under-5', '5-8', '9-12', 'teen'];

const text = (key, label, extra) => ({ kind: 'text', key, label, ...extra });
const area = (key, label, extra) => ({ kind: 'text', key, label, multiline: true, ...extra });
const number = (key, label) => ({ kind: 'number', key, label });
const choice = (key, label, options) => ({ kind: 'choice', key, label, options });
const flag = (key, label) => ({ kind: 'flag', key, label });
const ids = (key, label) => ({ kind: 'ids', key, label });
const lines = (key, label, item) => ({ kind: 'lines', key, label, item });
const group = (key, label, fields) => ({ kind: 'group', key, label, fields });
const list = (key, label, item, fields) => ({ kind: 'list', key, label, item, fields });
const keyed = (key, label, item, fields, keyLabel) => ({ kind: 'keyed', key, label, item, fields, keyLabel });
const wording = (professional, child) => ({ kind: 'wording', professional: professional || 'text', child: child || 'child' });
const checks = (key, label, options) => ({ kind: 'checks', key, label, options });
// A child's drawings, one per slot (a house, a wish), each chosen from the draft's drawings or uploaded.
const drawings = (slots) => ({ kind: 'drawings', key: 'drawings', label: "The child's drawings", slots });
const HOUSE_SLOTS = [['worries', 'House of Worries'], ['good_things', 'House of Good Things'], ['dreams', 'House of Dreams']];
const WISH_SLOTS = [['take_away', 'wish to take away'], ['keep', 'wish to keep'], ['make_happen', 'wish to make happen']];
// A mapping of Hearth's fixed words to the case's own (`output.strings`).
const fixedWords = (key, label) => ({ kind: 'words', key, label });

const person = (key, label) => ({ kind: 'choice', key, label, options: knownIds });
const names = (key, label, hint) => ({ kind: 'names', key, label, hint });
const together = () => ({ kind: 'together', key: 'together', label: 'Doing something with someone' });
const messages = (key, label) => ({ kind: 'messages', key, label });
const order = (key, label) => ({ kind: 'order', key, label, item: 'Section' });

// The case's own ids, for pickers: the children, then the people, each shown as the child says their name.
function knownIds() {
  const doc = state.doc || {};
  const rows = [];
  for (const who of [...(doc.children || []), ...(doc.people || [])]) {
    if (!who || typeof who !== 'object' || who.id == null) continue;
    const id = String(who.id);
    const shown = who.called || who.name;
    rows.push({ value: id, label: shown && shown !== id ? shown + ' (' + id + ')' : id });
  }
  return rows;
}

// What someone in a picture can do with one other person; each is a key of its own in the case file.
const PARTNER_ACTIONS = [
  ['hugs', 'Hugs'], ['holds_hands', 'Holds hands with'], ['hand_on_shoulder', 'Hand on the shoulder of'],
  ['carries', 'Carries'], ['sits_on_lap', 'Sits on the lap of'], ['reads_to', 'Reads to'], ['comforts', 'Comforts'],
  ['phones', 'Phones'], ['talks_to', 'Talks to'], ['gives', 'Gives something to'],
];
// The booklet's sections, in the order the practice tells the story.
const SECTION_NAMES = ['cover', 'family', 'history', 'what_happened', 'who_is_worried', 'worries', 'what_grown_ups_did',
  'working_well', 'goal', 'rules', 'network', 'talk_to', 'what_happens_now', 'close', 'review'];

const looks = group('looks', 'Looks', LOOKS.map(([key, label]) => choice(key, label, () => state.vocab.looks[key] || []))
  .concat([flag('glasses', 'Glasses'), flag('beard', 'Beard'), flag('hearing_aid', 'Hearing aid')]));
const pictureNames = () => Object.keys((state.doc && state.doc.pictures) || {});
const statement = [wording(), ids('who', 'Who it is about'), ids('worried', 'Who is worried'),
  choice('picture', 'Picture', pictureNames)];

const SECTIONS = [
  { title: 'The case', fields: [
    group('case', null, [text('title', 'Title of the case'), text('author', 'Written by')]),
    group('story', 'The story', [text('title', 'Title of the story (e.g. Mia\u2019s story)'),
      ids('children', 'Whose story it is'), text('date', 'Date (YYYY-MM-DD)'),
      text('review', 'Review date (YYYY-MM-DD)'), number('pages', 'Most pages'),
      ids('written_by', 'Written with'), flag('per_child', 'A story of their own for each child'),
      flag('agree_page', 'End with a page for the family to sign'),
      messages('messages', 'Each parent\u2019s own words to the children (printed as written on the last page)'),
      order('order', 'Sections in another order')])] },
  { title: 'Children', fields: [list('children', 'Children', 'Child', [
    text('id', 'Short id (how the case refers to the child)'), text('name', 'Full name'), text('called', 'Called'),
    number('age', 'Age'), text('pronouns', 'Pronouns'), looks])] },
  { title: 'People', fields: [list('people', 'People', 'Person', [
    text('id', 'Short id'), text('name', 'Full name'), text('called', 'What the child calls them'),
    text('relation', 'Relation to the child'), choice('role', 'Role', () => state.vocab.roles),
    flag('network', 'In the safety network'), flag('family', 'Family'),
    flag('not_safe', 'Not safe for the child to be with'),
    flag('private', 'Full name kept out of the child\u2019s documents'), looks])] },
  { title: 'How the family began', fields: [list('history',
    'Moments of the family\u2019s history, in the order they happened (how the parents met, the children being born, happy times)',
    'Moment', [wording(), ids('who', 'Who it is about'), choice('picture', 'Picture', pictureNames)])] },
  { title: 'The map: worries, what is working well, what needs to happen', fields: [group('map', null, [
    list('harm', 'What happened', 'Statement', statement), list('worries', 'Worries', 'Worry', statement),
    list('complicating', 'Complicating factors', 'Factor', statement),
    list('working_well', 'What is working well', 'Strength', statement),
    list('goals', 'Safety goals', 'Goal', statement), list('next_steps', 'Next steps', 'Step', statement)])] },
  { title: 'Disputes', fields: [list('disputes', 'Disputes', 'Dispute', [
    group('about', 'What it is about', [wording()]),
    keyed('says', 'What each person says', 'Person', [wording()], 'Who (id)'),
    group('decided', 'What was decided', [text('by', 'Who decided (id or role, e.g. judge)'), wording()]),
    choice('picture', 'Picture', pictureNames)])] },
  { title: 'Safety plan', fields: [group('safety_plan', null, [
    list('rules', 'Rules', 'Rule', [wording('rule', 'child'), ids('who', 'Who makes sure'), text('phone', 'Phone'),
      text('when', 'When it applies'), text('if_not_kept', 'What happens if it is not kept'),
      choice('picture', 'Picture', pictureNames)]),
    lines('warning_signs', 'Warning signs', 'Warning sign'),
    lines('if_not_working', 'If the plan is not working', 'Step'),
    list('network', 'The safety network', 'Member', [person('who', 'Who'), text('phone', 'Phone'), group('job', 'Their job', [wording()])]),
    group('out_of_hours', 'Whom to call out of hours', [text('who', 'Who (e.g. the Emergency Duty Team)'), text('phone', 'Phone')]),
    ids('signed_by', 'Who signs the family\u2019s plan'),
    list('talk_to', 'Who the child can talk to', 'Person', [person('who', 'Who'), text('how', 'How the child asks'),
      text('phone', 'Phone')])])] },
  { title: 'The child\u2019s safety card', fields: [group('my_safety_plan', null, [
    ids('children', 'For which children (all when none is ticked)'),
    flag('minimal', 'Minimal card, for domestic abuse: one number, no surnames, no address'),
    text('number', 'The one number on a minimal card (999 when left empty)'),
    ids('talk_to', 'Who I can talk to'), lines('if_unsafe', 'What I do if I feel unsafe', 'Step'),
    { ...flag('wallet_cards', 'Also print wallet cards to cut out'), whenMissing: true }])] },
  { title: 'Safety House', fields: [list('safety_house', 'Safety Houses drawn with the child', 'Safety House', [
    person('child', 'Child'), text('date', 'Date (YYYY-MM-DD)'), text('recorded_by', 'Written down by'),
    ids('lives_here', 'Who lives in the safe house'), ids('visits', 'Who comes to visit'),
    lines('rules', 'What needs to happen for me to be safe (the child\u2019s words)', 'Rule'),
    number('score', 'Where the child stands on the path (0 to 10)'),
    flag('red_circle', 'Show the red circle of people the child is not safe with (the worker\u2019s copy only)'),
    choice('kept_by', 'Who keeps this copy', ['child', 'worker'])])] },
  { title: 'Fairy or wizard', fields: [list('fairy_wizard', 'Fairy/Wizard sessions', 'Session', [
    person('child', 'Child'), text('date', 'Date (YYYY-MM-DD)'), text('recorded_by', 'Written down by'),
    choice('helper', 'The helper the child chose', ['fairy', 'wizard']),
    lines('take_away', 'What the child would ask to take away', 'Wish'),
    lines('keep', 'What the child would ask to keep', 'Wish'),
    lines('make_happen', 'What the child would ask to make happen', 'Wish'), drawings(WISH_SLOTS)])] },
  { title: 'Safety circles', fields: [list('safety_circles', 'Safety circles', 'Circles', [
    person('child', 'Child'), text('date', 'Date (YYYY-MM-DD)'), ids('live_with', 'People I live with'),
    ids('see_a_lot', 'People I see a lot'), ids('help', 'People who help')])] },
  { title: 'Safety scales', fields: [list('scales', 'Safety scales (0: not safe at all, 10: everyone is sure the child is safe)', 'Score', [
    person('who', 'Whose score'), number('score', 'Score from 0 to 10'), text('date', 'Date (YYYY-MM-DD)'),
    text('about', 'What the scale is about, if not the whole case'), text('zero', 'What 0 means here'),
    text('ten', 'What 10 means here')])] },
  { title: 'Pictures', fields: [keyed('pictures', 'Pictures', 'Picture', [
    choice('where', 'Place', () => state.vocab.places.map((p) => ({ value: p.name, label: p.title }))),
    names('things', 'Things in the picture', 'names of things, separated with commas (e.g. phone, teddy)'),
    names('not', 'Crossed out in a corner (what does not happen)', 'a thing, e.g. bottle'),
    names('worry', 'In a \u201cwhat if\u201d cloud (what the grown-ups worry about)', 'things or people, separated with commas'),
    flag('one_day', 'A hoped-for day, framed as \u201cone day\u201d'),
    keyed('people', 'People in the picture', 'Person', [
      choice('feeling', 'Feeling', () => state.vocab.feelings), choice('action', 'Doing', () => state.vocab.actions),
      together(), text('at', 'Where they stand (a place in the picture, e.g. door, cupboard)'),
      text('on', 'What they sit on (e.g. sofa, chair)'), text('in', 'What they are in (e.g. bed, cot)'),
      text('holds', 'Holds (a thing)'), names('wears', 'Wears', 'pyjamas, sling, arm-cast or leg-cast'),
      text('says', 'Says'), text('thinks', 'Thinks')], 'Who (id)'),
  ], 'Picture name')] },
  { title: 'Three Houses', fields: [list('three_houses', 'Interviews', 'Interview', [
    person('child', 'Child'), text('date', 'Date (YYYY-MM-DD)'), text('recorded_by', 'Written down by'),
    lines('worries', 'House of Worries', 'Worry'), lines('good_things', 'House of Good Things', 'Good thing'),
    lines('dreams', 'House of Dreams', 'Dream'), drawings(HOUSE_SLOTS)])] },
  { title: 'Booklet pages', fields: [keyed('pages', 'Changes to the booklet\u2019s pages (Hearth writes every page you do not change)', 'Page', [
    lines('text', 'Your own sentences for this page', 'Sentence'), choice('picture', 'Picture', pictureNames),
    flag('skip', 'Leave this page out')], 'Section (' + SECTION_NAMES.join(', ') + ')')] },
  { title: 'Kept private', fields: [lines('private',
    'Never printed in a document the children keep: an address, a postcode, a new school, a phone number, a surname',
    'Private value')] },
  { title: 'Output', fields: [group('output', null, [
    checks('documents', 'Documents', ['words-and-pictures', 'three-houses', 'safety-plan', 'my-safety-plan', 'safety-scale',
      'safety-house', 'fairy-wizard', 'safety-circles']), choice('paper', 'Paper', PAPERS),
    choice('age_band', 'Reader\u2019s age band', AGE_BANDS),
    choice('language', 'Language of the documents\u2019 fixed words', () => state.vocab.languages.map((l) => ({ value: l.name, label: l.title }))),
    fixedWords('strings', 'Fixed words changed for this case (the family\u2019s own words for a heading or a house)')])] },
];

// ---------------------------------------------------------------------------------------------------------------
// Drawing the form

let uid = 0;
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function setValue(object, key, value) {
  if (value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === false) {
    delete object[key];
  } else {
    object[key] = value;
  }
  changed();
}

function input(id, key, label, control, hint) {
  control.id = id;
  control.dataset.key = key;
  const box = el('div', { class: 'field' }, el('label', { for: id, text: label }), control);
  if (hint) {
    const hintId = id + '-hint';
    box.append(el('p', { class: 'hint', id: hintId, text: hint }));
    control.setAttribute('aria-describedby', hintId);
  }
  return box;
}

// What a field expects its value to be; anything else was written by hand in the YAML and is shown, not edited,
// so that the form never throws away what it cannot show.
const SHAPES = {
  text: (v) => v == null || typeof v !== 'object', number: (v) => v == null || typeof v !== 'object',
  choice: (v) => v == null || typeof v !== 'object', flag: (v) => v == null || typeof v !== 'object',
  ids: (v) => v == null || typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')),
  checks: (v) => v == null || Array.isArray(v), group: (v) => v == null || (typeof v === 'object' && !Array.isArray(v)),
  keyed: (v) => v == null || (typeof v === 'object' && !Array.isArray(v)), list: (v) => v == null || Array.isArray(v),
  lines: (v) => v == null || Array.isArray(v), order: (v) => v == null || Array.isArray(v),
  names: (v) => v == null || typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')),
  messages: (v) => v == null || (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')),
  drawings: (v) => v == null || (typeof v === 'object' && !Array.isArray(v)),
  words: (v) => v == null || (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x !== 'object')),
};

function keptAsWritten(spec, key, value) {
  const words = JSON.stringify(value);
  return el('div', { class: 'field kept', 'data-key': key },
    el('p', { class: 'hint', text: (spec.label || spec.key) + ': written in the case file in a way this form does not edit; '
      + 'it is kept exactly as written (' + (words.length > 160 ? words.slice(0, 160) + '\u2026' : words) + ').' }));
}

function field(spec, object, path) {
  const key = path ? path + '.' + spec.key : spec.key;
  const id = 'f' + (++uid);
  if (spec.key && SHAPES[spec.kind] && !SHAPES[spec.kind](object[spec.key])) return keptAsWritten(spec, key, object[spec.key]);
  switch (spec.kind) {
    case 'text': {
      const control = spec.multiline ? el('textarea', { rows: 3 }) : el('input', { type: 'text' });
      control.value = object[spec.key] == null ? '' : String(object[spec.key]);
      control.addEventListener('input', () => setValue(object, spec.key, control.value));
      return input(id, key, spec.label, control);
    }
    case 'number': {
      const control = el('input', { type: 'number', min: 0, max: 120, inputmode: 'numeric' });
      control.value = object[spec.key] == null ? '' : object[spec.key];
      control.addEventListener('input', () => setValue(object, spec.key, control.value === '' ? '' : Number(control.value)));
      return input(id, key, spec.label, control);
    }
    case 'choice': {
      const control = el('select');
      const options = (typeof spec.options === 'function' ? spec.options() : spec.options)
        .map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
      const current = object[spec.key] == null ? '' : String(object[spec.key]);
      control.append(el('option', { value: '', text: '(not chosen)' }));
      for (const o of options) control.append(el('option', { value: o.value, text: o.label }));
      if (current && !options.some((o) => o.value === current)) control.append(el('option', { value: current, text: current }));
      control.value = current;
      control.addEventListener('change', () => setValue(object, spec.key, control.value));
      return input(id, key, spec.label, control);
    }
    case 'flag': {
      const control = el('input', { type: 'checkbox' });
      const value = object[spec.key];
      control.checked = value == null ? Boolean(spec.whenMissing) : [true, 'yes', 'true'].includes(value);
      control.id = id;
      control.dataset.key = key;
      control.addEventListener('change', () => {
        // A flag that is on when left out is written only when turned off.
        if (spec.whenMissing) { if (control.checked) delete object[spec.key]; else object[spec.key] = false; changed(); return; }
        setValue(object, spec.key, control.checked);
      });
      return el('div', { class: 'field flag' }, control, el('label', { for: id, text: spec.label }));
    }
    case 'ids': {
      // The case's children and people as boxes to tick, in the order chosen; anything else written there (a
      // role word, an id not yet added) is kept and can be edited as text.
      const box = el('fieldset', { class: 'checks ids', 'data-key': key }, el('legend', { text: spec.label }));
      const value = object[spec.key];
      const current = Array.isArray(value) ? value.map(String) : (value == null ? [] : [String(value)]);
      const known = knownIds();
      const others = el('input', { type: 'text', id: id + '-others' });
      others.value = current.filter((v) => !known.some((k) => k.value === v)).join(', ');
      const boxes = [];
      const write = () => {
        const ticked = new Set(boxes.filter((b) => b.control.checked).map((b) => b.value));
        const kept = current.filter((v) => ticked.has(v));
        const added = boxes.filter((b) => b.control.checked && !kept.includes(b.value)).map((b) => b.value);
        const extra = others.value.split(',').map((t) => t.trim()).filter(Boolean);
        current.splice(0, current.length, ...kept, ...added, ...extra.filter((t) => !ticked.has(t)));
        setValue(object, spec.key, typeof value === 'string' && current.length === 1 ? current[0] : current.slice());
      };
      known.forEach((k, i) => {
        const control = el('input', { type: 'checkbox', id: id + '-' + i });
        control.checked = current.includes(k.value);
        control.addEventListener('change', write);
        boxes.push({ value: k.value, control });
        box.append(el('div', { class: 'field flag' }, control, el('label', { for: id + '-' + i, text: k.label })));
      });
      others.addEventListener('input', write);
      box.append(input(id + '-others', key, known.length ? 'Others (ids or role words, separated with commas)' : 'Ids, separated with commas', others));
      return box;
    }
    case 'names': {
      const control = el('input', { type: 'text' });
      const value = object[spec.key];
      control.value = Array.isArray(value) ? value.join(', ') : (value == null ? '' : String(value));
      control.addEventListener('input', () => {
        const words = control.value.split(',').map((t) => t.trim()).filter(Boolean);
        setValue(object, spec.key, words.length === 1 && !Array.isArray(value) ? words[0] : words);
      });
      return input(id, key, spec.label, control, spec.hint);
    }
    case 'together': {
      // One of the partner keys (hugs: jayden): what they do, and with whom.
      const action = el('select');
      action.append(el('option', { value: '', text: '(nothing with anyone)' }));
      for (const [k, label] of PARTNER_ACTIONS) action.append(el('option', { value: k, text: label }));
      const now = PARTNER_ACTIONS.map(([k]) => k).find((k) => object[k] != null) || '';
      action.value = now;
      const partner = el('select');
      partner.append(el('option', { value: '', text: '(choose who)' }));
      const known = knownIds();
      for (const k of known) partner.append(el('option', { value: k.value, text: k.label }));
      const with_ = now ? String(object[now]) : '';
      if (with_ && !known.some((k) => k.value === with_)) partner.append(el('option', { value: with_, text: with_ }));
      partner.value = with_;
      const write = () => {
        for (const [k] of PARTNER_ACTIONS) delete object[k];
        if (action.value && partner.value) object[action.value] = partner.value;
        changed();
      };
      action.addEventListener('change', write);
      partner.addEventListener('change', write);
      const base = path ? path + '.' : '';
      return el('div', { class: 'wording' },
        input(id + 'a', base + (now || 'hugs'), spec.label, action), input(id + 'w', base + (now || 'hugs') + '-who', 'With', partner));
    }
    case 'messages': {
      // A mapping of who → their words: one row each, the person picked from the case.
      if (object[spec.key] == null || typeof object[spec.key] !== 'object' || Array.isArray(object[spec.key])) object[spec.key] = {};
      const mapping = object[spec.key];
      const box = el('fieldset', { class: 'list', 'data-key': key }, el('legend', { text: spec.label }));
      const entries = Object.entries(mapping);
      const known = knownIds();
      entries.forEach(([who, words], i) => {
        const rowId = id + '-' + i;
        const pick = el('select');
        for (const k of known) pick.append(el('option', { value: k.value, text: k.label }));
        if (!known.some((k) => k.value === who)) pick.append(el('option', { value: who, text: who }));
        pick.value = who;
        const area = el('textarea', { rows: 3 });
        area.value = typeof words === 'string' ? words : JSON.stringify(words);
        const rebuild = () => {
          const rows = Object.entries(mapping);
          for (const k of Object.keys(mapping)) delete mapping[k];
          rows.forEach(([k, v], j) => { mapping[j === i ? pick.value : k] = j === i ? area.value : v; });
          changed();
        };
        pick.addEventListener('change', () => { if (pick.value in mapping && pick.value !== who) { pick.value = who; return; } rebuild(); redraw(rowId + 'p'); });
        area.addEventListener('input', () => { mapping[pick.value] = area.value; changed(); });
        const entry = el('div', { class: 'item', 'data-key': key + '.' + who }, el('h3', { text: 'Message ' + (i + 1) }),
          input(rowId + 'p', key + '.' + who + '-who', 'From', pick), input(rowId + 't', key + '.' + who, 'Their words', area));
        entry.append(el('button', { type: 'button', id: 'act-' + key + '-' + i + '-remove', text: 'Remove',
          'aria-label': 'Remove: message ' + (i + 1), onclick: () => { delete mapping[who]; changed(); redraw('add-' + key); } }));
        box.append(entry);
      });
      const free = known.find((k) => !(k.value in mapping));
      box.append(el('button', { type: 'button', class: 'add', id: 'add-' + key, text: 'Add a message', disabled: !free,
        onclick: () => { mapping[free.value] = ''; changed(); redraw('add-' + key); } }));
      return box;
    }
    case 'order': {
      // The booklet's sections in the order chosen, each picked from the list of sections.
      return listBox(spec, object, key, (item, i, items) => {
        const pick = el('select');
        for (const name of SECTION_NAMES) pick.append(el('option', { value: name, text: name.replace(/_/g, ' ') }));
        if (!SECTION_NAMES.includes(String(item))) pick.append(el('option', { value: String(item), text: String(item) }));
        pick.value = String(item || SECTION_NAMES[0]);
        pick.addEventListener('change', () => { items[i] = pick.value; changed(); });
        return input(id + '-' + i, key + '[' + i + ']', 'Section ' + (i + 1), pick);
      }, () => SECTION_NAMES.find((n) => !object[spec.key].includes(n)) || SECTION_NAMES[0]);
    }
    case 'checks': {
      const box = el('fieldset', { class: 'checks', 'data-key': key }, el('legend', { text: spec.label }));
      const chosen = new Set(object[spec.key] || []);
      for (const option of spec.options) {
        const optionId = id + '-' + option;
        const control = el('input', { type: 'checkbox', id: optionId });
        control.checked = chosen.has(option);
        control.addEventListener('change', () => {
          if (control.checked) chosen.add(option); else chosen.delete(option);
          setValue(object, spec.key, spec.options.filter((o) => chosen.has(o)));
        });
        box.append(el('div', { class: 'field flag' }, control, el('label', { for: optionId, text: option })));
      }
      return box;
    }
    case 'wording': {
      // The professional's words and the child's, side by side: the child's are the ones a child reads.
      if (typeof object === 'string') return el('p', { text: object });
      const pro = el('textarea', { rows: 4 });
      pro.value = object[spec.professional] || '';
      pro.addEventListener('input', () => setValue(object, spec.professional, pro.value));
      const child = el('textarea', { rows: 4, class: 'child-words' });
      child.value = object[spec.child] || '';
      child.addEventListener('input', () => setValue(object, spec.child, child.value));
      const base = path ? path + '.' : '';
      return el('div', { class: 'wording' },
        input(id + 'p', base + spec.professional, 'Professional wording', pro),
        input(id + 'c', base + spec.child, 'The child\u2019s words', child));
    }
    case 'group': {
      if (object[spec.key] == null || typeof object[spec.key] !== 'object') object[spec.key] = {};
      const inner = object[spec.key];
      const box = spec.label
        ? el('fieldset', { class: 'group', 'data-key': key }, el('legend', { text: spec.label }))
        : el('div', { class: 'group plain', 'data-key': key });
      for (const f of spec.fields) box.append(field(f, inner, key));
      return box;
    }
    case 'lines':
      return listBox(spec, object, key, (item, i, items) => {
        const control = el('textarea', { rows: 2 });
        control.value = item == null ? '' : String(item);
        control.addEventListener('input', () => { items[i] = control.value; changed(); });
        return input(id + '-' + i, key + '[' + i + ']', spec.item + ' ' + (i + 1), control);
      }, () => '');
    case 'list':
      return listBox(spec, object, key, (item, i, items) => {
        if (typeof item !== 'object' || item === null) {
          items[i] = item = spec.fields.some((f) => f.kind === 'wording') ? { text: item == null ? '' : String(item) } : {};
        }
        const box = el('div', { class: 'item-fields' });
        for (const f of spec.fields) box.append(field(f, item, key + '[' + i + ']'));
        return box;
      }, () => ({}));
    case 'keyed':
      return keyedBox(spec, object, key);
    case 'drawings':
      return drawingsBox(object, key, spec.slots);
    case 'words':
      return wordsBox(spec, object, key);
    default:
      return el('p', { text: 'unknown field ' + spec.kind });
  }
}

// Move up, move down and remove for one item of a list; `commit` writes a reordered copy back, for a mapping.
function moveButtons(label, items, i, key, commit) {
  const bar = el('div', { class: 'item-actions', role: 'group', 'aria-label': label + ' actions' });
  const act = (name, text, disabled, run) => bar.append(el('button', {
    type: 'button', id: 'act-' + key + '-' + i + '-' + name, disabled, text, 'aria-label': text + ': ' + label,
    onclick: () => {
      run();
      if (commit) commit();
      changed();
      redraw('act-' + key + '-' + Math.max(0, name === 'up' ? i - 1 : name === 'down' ? i + 1 : i - 1) + '-' + name);
    },
  }));
  act('up', 'Move up', i === 0, () => items.splice(i - 1, 0, items.splice(i, 1)[0]));
  act('down', 'Move down', i === items.length - 1, () => items.splice(i + 1, 0, items.splice(i, 1)[0]));
  act('remove', 'Remove', false, () => items.splice(i, 1));
  return bar;
}

function listBox(spec, object, key, drawItem, makeItem) {
  if (!Array.isArray(object[spec.key])) object[spec.key] = object[spec.key] == null ? [] : [object[spec.key]];
  const items = object[spec.key];
  const box = el('fieldset', { class: 'list', 'data-key': key }, el('legend', { text: spec.label }));
  items.forEach((item, i) => {
    const label = spec.item + ' ' + (i + 1);
    const entry = el('div', { class: 'item', 'data-key': key + '[' + i + ']' }, el('h3', { text: label }), drawItem(item, i, items));
    entry.append(moveButtons(label, items, i, key));
    box.append(entry);
  });
  const addId = 'add-' + key;
  box.append(el('button', { type: 'button', class: 'add', id: addId, text: 'Add ' + spec.item.toLowerCase(),
    onclick: () => { items.push(makeItem()); changed(); redraw(addId); } }));
  return box;
}

// A mapping edited as a list of named rows (pictures by name, a dispute's says by person).
function keyedBox(spec, object, key) {
  if (object[spec.key] == null || typeof object[spec.key] !== 'object' || Array.isArray(object[spec.key])) object[spec.key] = {};
  const mapping = object[spec.key];
  const names = Object.keys(mapping);
  const rebuild = (entries) => {
    for (const k of Object.keys(mapping)) delete mapping[k];
    for (const [k, v] of entries) mapping[k] = v;
  };
  const box = el('fieldset', { class: 'list', 'data-key': key }, el('legend', { text: spec.label }));
  names.forEach((name, i) => {
    const label = spec.item + ' ' + (i + 1);
    let value = mapping[name];
    if (typeof value === 'string') value = mapping[name] = spec.fields.some((f) => f.key === 'feeling') ? { feeling: value } : { text: value };
    if (value == null) value = mapping[name] = {};
    const nameId = 'f' + (++uid);
    const nameInput = el('input', { type: 'text' });
    nameInput.value = name;
    nameInput.addEventListener('change', () => {
      const wanted = nameInput.value.trim();
      if (!wanted || (wanted !== name && wanted in mapping)) { nameInput.value = name; return; }
      rebuild(Object.entries(mapping).map(([k, v]) => [k === name ? wanted : k, v]));
      changed();
      redraw(nameId);
    });
    const entry = el('div', { class: 'item', 'data-key': key + '.' + name },
      el('h3', { text: label }), input(nameId, key + '.' + name, spec.keyLabel, nameInput));
    const fields = el('div', { class: 'item-fields' });
    for (const f of spec.fields) fields.append(field(f, value, key + '.' + name));
    const others = Object.keys(value).filter((k) => !spec.fields.some((f) => f.key === k
      || (f.kind === 'wording' && (k === f.professional || k === f.child))
      || (f.kind === 'together' && PARTNER_ACTIONS.some(([p]) => p === k))));
    if (others.length) fields.append(el('p', { class: 'hint', text: 'Also in the case file: ' + others.map((k) => k + ': ' + JSON.stringify(value[k])).join('; ') }));
    entry.append(fields);
    const entries = Object.entries(mapping);
    entry.append(moveButtons(label, entries, i, key, () => rebuild(entries)));
    box.append(entry);
  });
  const addId = 'add-' + key;
  box.append(el('button', { type: 'button', class: 'add', id: addId, text: 'Add ' + spec.item.toLowerCase(), onclick: () => {
    let n = names.length + 1;
    const stem = spec.item.toLowerCase().replace(/[^a-z]+/g, '_');
    while ((stem + '_' + n) in mapping) n += 1;
    mapping[stem + '_' + n] = {};
    changed();
    redraw(addId);
  } }));
  return box;
}

// A child's drawings (the three houses', a fairy or wizard's wishes): chosen from the draft's drawings, or
// uploaded (PNG or JPEG).
function drawingsBox(interview, path, slots) {
  if (interview.drawings == null || typeof interview.drawings !== 'object') interview.drawings = {};
  const chosen = interview.drawings;
  const key = path + '.drawings';
  const box = el('fieldset', { class: 'group', 'data-key': key }, el('legend', { text: 'The child\u2019s drawings' }));
  for (const [house, label] of slots) {
    const id = 'f' + (++uid);
    const select = el('select');
    select.append(el('option', { value: '', text: '(no drawing)' }));
    for (const name of state.drawings) select.append(el('option', { value: name, text: name }));
    if (chosen[house] && !state.drawings.includes(chosen[house])) select.append(el('option', { value: chosen[house], text: chosen[house] + ' (not uploaded)' }));
    select.value = chosen[house] || '';
    select.addEventListener('change', () => { setValue(chosen, house, select.value); });
    const upload = el('input', { type: 'file', accept: 'image/png,image/jpeg', id: id + 'u' });
    upload.addEventListener('change', async () => {
      const file = upload.files[0];
      if (!file) return;
      if (file.size > 2 * 1024 * 1024) { say('That drawing is over 2 MiB: scan or photograph it smaller.'); return; }
      const name = file.name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[.-]+/, '').replace(/\.\.+/g, '.').slice(-80) || 'drawing.png';
      try {
        await saveNow();
        await api('PUT', '/api/drafts/' + state.id + '/drawings/' + encodeURIComponent(name), file, file.type);
        if (!state.drawings.includes(name)) state.drawings.push(name);
        chosen[house] = name;
        changed();
        redraw(id + 'u');
        say('Drawing ' + name + ' uploaded.');
      } catch (e) { say('The drawing was not kept: ' + e.message); }
    });
    box.append(el('div', { class: 'drawing' },
      input(id, key + '.' + house, label, select),
      el('div', { class: 'field' }, el('label', { for: id + 'u', text: 'Upload a drawing for the ' + label }), upload)));
  }
  return box;
}

// Fixed words the case changes (`output.strings`): each row names a word (picked from Hearth's, shown with its English
// words) and gives the case's own; a word is added from a drop-down of those not yet changed, starting from its
// English words.
function wordsBox(spec, object, key) {
  if (object[spec.key] == null || typeof object[spec.key] !== 'object' || Array.isArray(object[spec.key])) object[spec.key] = {};
  const mapping = object[spec.key];
  const known = new Map(state.vocab.fixedWords.map((w) => [w.name, w.title]));
  const box = el('fieldset', { class: 'list', 'data-key': key }, el('legend', { text: spec.label }));
  Object.keys(mapping).forEach((name, i) => {
    const id = 'f' + (++uid);
    const control = el('input', { type: 'text' });
    control.value = mapping[name] == null ? '' : String(mapping[name]);
    control.addEventListener('change', () => setValue(mapping, name, control.value));
    const english = known.get(name);
    const label = 'Instead of ' + (english ? '\u201c' + english + '\u201d (' + name + ')' : name);
    const entry = el('div', { class: 'item', 'data-key': key + '.' + name }, input(id, key + '.' + name, label, control));
    const removeId = 'act-' + key + '-' + i + '-remove';
    entry.append(el('div', { class: 'item-actions' }, el('button', {
      type: 'button', id: removeId, text: 'Remove', 'aria-label': 'Remove: ' + label,
      onclick: () => { delete mapping[name]; changed(); redraw('add-' + key); },
    })));
    box.append(entry);
  });
  const pickId = 'pick-' + key;
  const pick = el('select');
  pick.append(el('option', { value: '', text: '(choose a word to change)' }));
  for (const w of state.vocab.fixedWords) {
    if (!(w.name in mapping)) pick.append(el('option', { value: w.name, text: w.title + ' (' + w.name + ')' }));
  }
  const addId = 'add-' + key;
  box.append(input(pickId, key + '.new', 'A fixed word to change', pick), el('button', {
    type: 'button', class: 'add', id: addId, text: 'Change this word', onclick: () => {
      if (!pick.value) { say('Choose a word to change first.'); return; }
      mapping[pick.value] = known.get(pick.value) || '';
      changed();
      redraw(addId);
    },
  }));
  return box;
}

function redraw(focusId) {
  const container = document.getElementById('sections');
  const scroll = window.scrollY;
  container.replaceChildren();
  SECTIONS.forEach((section, i) => {
    const id = 'section-' + i;
    const box = el('section', { class: 'section', 'aria-labelledby': id }, el('h2', { id, text: section.title }));
    for (const f of section.fields) box.append(field(f, state.doc, ''));
    container.append(box);
  });
  showFindings();
  window.scrollTo(0, scroll);
  if (focusId) {
    const target = document.getElementById(focusId) || document.getElementById(focusId.replace(/-(up|down|remove)$/, '-remove'));
    if (target && !target.disabled) target.focus(); else document.getElementById('sections').focus();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Saving, previewing and checking

function say(message) {
  document.getElementById('save-status').textContent = message;
}

function changed() {
  say('Changed \u2013 saving shortly\u2026');
  clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(() => { saveNow().then(refresh).catch(() => {}); }, 800);
}

// The case as saved: empty answers the form holds open (a new list item, an untouched group) are left out.
function pruned(value) {
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const p = pruned(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

function saveNow() {
  clearTimeout(state.saveTimer);
  state.saveTimer = null;
  const body = JSON.stringify(pruned(state.doc) || {}, null, 1);
  const id = state.id;
  state.saving = state.saving.catch(() => {}).then(async () => {
    await api('PUT', '/api/drafts/' + id, body, 'application/json');
    say('Saved at ' + new Date().toLocaleTimeString('en-GB'));
    listDrafts().catch(() => {});
  }).catch((e) => { say('Not saved: ' + e.message); throw e; });
  return state.saving;
}

async function refresh() {
  state.version += 1;
  await check();
  const field = document.activeElement;
  if (field && field.dataset && field.dataset.key) followField(field);
  showPreview();
  updateLinks();
}

function previewUrl() {
  const params = new URLSearchParams({ format: 'png', page: String(state.page), draft: 'true', dpi: '72', v: String(state.version) });
  if (state.document) params.set('document', state.document);
  return '/api/drafts/' + state.id + '/render?' + params;
}

function showPreview() {
  const image = document.getElementById('preview');
  const doc = state.documents.find((d) => d.name === state.document) || state.documents[0];
  const pages = doc ? doc.pages : 0;
  if (state.page > pages) state.page = Math.max(1, pages);
  document.getElementById('page-number').textContent = pages ? 'Page ' + state.page + ' of ' + pages : 'No pages yet';
  document.getElementById('page-previous').disabled = state.page <= 1;
  document.getElementById('page-next').disabled = state.page >= pages;
  if (!doc) {
    document.getElementById('preview-note').textContent = 'The preview appears once the case can be drawn: see the check below.';
    image.removeAttribute('src');
    return;
  }
  image.alt = 'Preview of page ' + state.page + ' of ' + doc.name;
  image.src = previewUrl();
}

async function check() {
  try {
    const report = await (await api('GET', '/api/drafts/' + state.id + '/check?draft=true')).json();
    state.findings = report.errors.map((p) => ({ ...p, kind: 'error' })).concat(report.warnings.map((p) => ({ ...p, kind: 'warning' })));
    state.documents = report.documents || [];
    const select = document.getElementById('document-choice');
    const current = state.document;
    select.replaceChildren(...state.documents.map((d) => el('option', { value: d.name, text: d.name })));
    state.document = state.documents.some((d) => d.name === current) ? current : (state.documents[0] || {}).name || null;
    if (state.document) select.value = state.document;
  } catch (e) {
    state.findings = (e.problems || [{ message: e.message }]).map((p) => ({ ...p, kind: 'error' }));
    state.documents = [];
  }
  showFindings();
}

// Each finding goes beside the field its key names (or the nearest list or group that holds it), and in the list.
function showFindings() {
  document.querySelectorAll('.finding').forEach((n) => n.remove());
  document.querySelectorAll('[data-finding]').forEach((n) => {
    n.removeAttribute('data-finding');
    const ids = (n.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.startsWith('finding-'));
    if (ids.length) n.setAttribute('aria-describedby', ids.join(' ')); else n.removeAttribute('aria-describedby');
  });
  const summary = document.getElementById('findings');
  summary.replaceChildren();
  if (!state.findings.length) { summary.append(el('p', { class: 'note', text: 'No findings: the case is ready to render.' })); return; }
  const listNode = el('ul', { class: 'finding-list' });
  state.findings.forEach((f, i) => {
    const words = (f.kind === 'error' ? 'Must fix: ' : 'To look at: ') + f.message + (f.fix ? ' \u2013 ' + f.fix : '');
    const target = findField(f.key);
    const item = el('li', { class: 'summary-' + f.kind }, el('span', { text: words + (f.line ? ' (line ' + f.line + ')' : '') }));
    if (target) {
      const noteId = 'finding-' + i;
      const note = el('p', { class: 'finding ' + f.kind, id: noteId, text: words });
      const holder = target.closest('.field') || target;
      if (holder.matches('fieldset')) holder.insertBefore(note, holder.children[1] || null); else holder.append(note);
      target.dataset.finding = '1';
      target.setAttribute('aria-describedby', ((target.getAttribute('aria-describedby') || '') + ' ' + noteId).trim());
      item.append(' ', el('button', { type: 'button', class: 'link', text: 'Go to ' + (f.key || 'field'), onclick: () => { target.focus(); target.scrollIntoView({ block: 'center' }); } }));
    }
    listNode.append(item);
  });
  summary.append(listNode);
}

function findField(key) {
  if (!key) return null;
  // A finding on a statement is about the words the child reads.
  const childWords = document.querySelector('[data-key="' + CSS.escape(key + '.child') + '"]');
  if (childWords) return childWords;
  let k = key;
  while (k) {
    const quoted = '[data-key="' + CSS.escape(k) + '"]';
    const match = document.querySelector(['input', 'textarea', 'select'].map((t) => t + quoted).join(', '))
      || document.querySelector(quoted);
    if (match) return match;
    const cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
    if (cut <= 0) return null;
    k = k.slice(0, cut);
  }
  return null;
}

// The preview follows the field being edited: the first page (of any document) whose words hold the field's
// first words is shown.
function followField(field) {
  if (!field || !('value' in field)) return;
  const words = String(field.value).replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ');
  if (words.length < 3) return;
  for (const doc of state.documents) {
    const index = (doc.pageTexts || []).findIndex((t) => t.replace(/\s+/g, ' ').includes(words));
    if (index >= 0) {
      if (doc.name !== state.document || index + 1 !== state.page) {
        state.document = doc.name;
        state.page = index + 1;
        document.getElementById('document-choice').value = doc.name;
        showPreview();
        updateLinks();
      }
      return;
    }
  }
}

function updateLinks() {
  const params = new URLSearchParams({ format: 'pdf', draft: 'true' });
  if (state.document) params.set('document', state.document);
  document.getElementById('download-pdf').href = '/api/drafts/' + state.id + '/render?' + params;
}

// ---------------------------------------------------------------------------------------------------------------
// Drafts, import and export

function emptyCase() {
  return {
    hearth: 1, case: {}, story: {}, children: [{ id: 'child', name: '', age: 7 }], people: [],
    map: { worries: [{}], working_well: [{}], goals: [{}] },
    safety_plan: {}, output: { documents: ['words-and-pictures'], paper: 'a4-landscape' },
  };
}

async function listDrafts() {
  state.drafts = (await (await api('GET', '/api/drafts')).json()).drafts;
  const select = document.getElementById('draft-list');
  select.replaceChildren(...state.drafts.map((d) => el('option', { value: d.id, text: d.title + ' \u2013 ' + d.updated.slice(0, 16).replace('T', ' ') })));
  if (state.id) select.value = state.id;
}

async function openDraft(id) {
  const draft = await (await api('GET', '/api/drafts/' + id)).json();
  const json = await (await api('POST', '/api/convert?to=json', draft.yaml, 'application/yaml')).text();
  state.id = id;
  state.doc = JSON.parse(json);
  state.drawings = draft.drawings;
  state.page = 1;
  state.document = null;
  redraw();
  say('Opened ' + draft.title);
  await refresh();
}

async function startDraft(doc, drawingsToKeep) {
  state.id = newId();
  state.doc = doc;
  state.drawings = drawingsToKeep || [];
  state.page = 1;
  state.document = null;
  redraw();
  await saveNow();
  await listDrafts();
  await refresh();
}

async function importFile(file) {
  const textBody = await file.text();
  try {
    const json = await (await api('POST', '/api/convert?to=json', textBody, 'application/yaml')).text();
    await startDraft(JSON.parse(json));
    say('Imported ' + file.name + ' as a new draft');
  } catch (e) {
    say('Could not import ' + file.name + ': ' + e.message);
  }
}

async function exportYaml() {
  await saveNow();
  window.location.href = '/api/drafts/' + state.id + '/export';
}

async function start() {
  try {
    state.vocab = await (await api('GET', '/api/pictures')).json();
  } catch (e) { say('The picture words could not be read: ' + e.message); }
  await listDrafts();
  if (state.drafts.length) await openDraft(state.drafts[0].id); else await startDraft(emptyCase());
  await listDrafts();
  document.getElementById('draft-list').addEventListener('change', async (e) => { await saveNow(); await openDraft(e.target.value); });
  document.getElementById('new-draft').addEventListener('click', async () => { await saveNow(); await startDraft(emptyCase()); });
  document.getElementById('delete-draft').addEventListener('click', async () => {
    if (!window.confirm('Delete this draft and its drawings from this computer? This cannot be undone.')) return;
    await api('DELETE', '/api/drafts/' + state.id);
    await listDrafts();
    if (state.drafts.length) await openDraft(state.drafts[0].id); else await startDraft(emptyCase());
    await listDrafts();
  });
  document.getElementById('import-file').addEventListener('change', (e) => { if (e.target.files[0]) importFile(e.target.files[0]).then(listDrafts); e.target.value = ''; });
  document.getElementById('export-yaml').addEventListener('click', exportYaml);
  document.getElementById('document-choice').addEventListener('change', (e) => { state.document = e.target.value; state.page = 1; showPreview(); updateLinks(); });
  document.getElementById('sections').addEventListener('focusin', (e) => followField(e.target));
  document.getElementById('page-previous').addEventListener('click', () => { state.page -= 1; showPreview(); });
  document.getElementById('page-next').addEventListener('click', () => { state.page += 1; showPreview(); });
  document.getElementById('preview').addEventListener('error', () => {
    document.getElementById('preview-note').textContent = 'This page cannot be drawn yet: see the check below.';
  });
  document.getElementById('preview').addEventListener('load', () => {
    document.getElementById('preview-note').textContent = '';
    document.getElementById('preview').dataset.version = String(state.version);
  });
  // Autosave: a change is saved 0.8 s after typing stops, and anything unsaved every 5 s and on leaving.
  setInterval(() => { if (state.saveTimer) saveNow().then(refresh).catch(() => {}); }, 5000);
  window.addEventListener('pagehide', () => { if (state.id) navigator.sendBeacon && saveNow(); });
}

document.addEventListener('DOMContentLoaded', () => { start().catch((e) => say('The editor could not start: ' + e.message)); });
