// On the candidate's phone (issue 12, item 2): every main page, for every demo role, in
// Arabic on a 360×740 screen, fits the width without sideways scrolling, is right to left,
// keeps each left-to-right value (an e-mail, a phone number, a date, a passport number, a
// code) isolated so that it is not shown reversed or pushed away from its label, and gives
// each input a label of its own. A few pages again in French, for the width alone.
//
// The pages are found as a person would find them: from the menu and the links on each
// page, one page of each kind (ids folded) per role, so a page added later is walked too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, launch, signIn } from './browser.mjs';

const WIDTH = 360;
const HEIGHT = 740;

// What a role starts from, beyond its menu; the rest is found by following links.
const ROLES = [
  { who: null, seeds: ['/', '/open-calls', '/login', '/password/forgot'] },
  { who: 'trainee@demo.example', seeds: ['/', '/applications', '/account'] },
  {
    who: 'coordinator@demo.example',
    seeds: ['/', '/candidates?language=it&level=B1&status=submitted', '/calls', '/placements', '/account', '/grant-calls', '/grant-panels'],
    more: grantPages,
  },
  { who: 'agency.tn@demo.example', seeds: ['/', '/candidates?language=fr', '/duplicates'] },
  { who: 'evaluator@demo.example', seeds: ['/', '/candidates', '/results'] },
  { who: 'company@demo.example', seeds: ['/', '/positions', '/placements'] },
  { who: 'business.mi@demo.example', seeds: ['/', '/companies', '/companies/board', '/outreach'] },
  { who: 'promoter@demo.example', seeds: ['/'] },
  { who: 'mediator@demo.example', seeds: ['/'] },
  { who: 'mentor@demo.example', seeds: ['/', '/cases', '/outcomes', '/mentorships'] },
  { who: 'courses@demo.example', seeds: ['/', '/courses'] },
  { who: 'trainee.case@demo.example', seeds: ['/', '/my/courses', '/verify'] },
  { who: 'returnee@demo.example', seeds: ['/', '/my/mentorship', '/my/grants'] },
  { who: 'panellist@demo.example', seeds: ['/', '/grant-panels'] },
  { who: 'admin@demo.example', seeds: ['/', '/users', '/organisations', '/audit', '/outbox'] },
];

// Links that are not pages to look at: downloads, leaving, switching language.
const SKIP = [/^\/logout/, /^\/static\//, /^\/documents\//, /^\/cases\/[^/]+\/documents\//, /\/pdf$/, /^\/calendar\/feed\//, /export/, /format=/, /\.(xlsx|csv|pdf|xml)(\?|$)/, /\/evidence\/[^/]+$/, /[?&]lang=/, /^\/api\//];
const PER_ROLE = 60;

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The kind of a page: its path with ids folded (a filtered list is the list again). */
function kind(url) {
  return new URL(url, BASE).pathname.replace(ID, ':id');
}

/** Everything a page gets wrong on a phone in a right-to-left language, as lines of text. */
async function faults(page, rtl) {
  return page.evaluate(
    ({ width, rtl }) => {
      const out = [];
      const root = document.documentElement;
      if (root.scrollWidth > width) {
        // Name the widest offender, so the failure says where to look.
        let widest = null;
        const scrolls = (el) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
        for (const el of document.body.querySelectorAll('*')) {
          let boxed = false;
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (scrolls(a)) boxed = true;
          if (boxed) continue;
          const r = el.getBoundingClientRect();
          const over = rtl ? -r.left : r.right - width;
          if (over > 0 && (!widest || over > widest.over)) widest = { el, over };
        }
        const what = widest
          ? `${widest.el.tagName.toLowerCase()}${widest.el.id ? '#' + widest.el.id : ''}${widest.el.className ? '.' + String(widest.el.className).split(' ').join('.') : ''}`
          : '?';
        out.push(`width ${root.scrollWidth}px (${what})`);
      }
      // What scrolls sideways inside the page can be reached by keyboard and is named.
      for (const el of document.body.querySelectorAll('*')) {
        if (['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) continue;
        if (!['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
        if (el.scrollWidth <= el.clientWidth + 1) continue;
        const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        if (el.tabIndex < 0 || !named) out.push(`scrolls without focus or name: ${el.tagName.toLowerCase()}.${el.className}`);
      }
      if (!rtl) return out;
      if (root.dir !== 'rtl') out.push(`dir=${root.dir}`);

      // An LTR value is isolated when an ancestor (or itself) says dir=ltr.
      const isolated = (el) => el.closest('[dir="ltr"]') !== null;
      const describe = (el) => `${el.tagName.toLowerCase()}${el.name ? `[name=${el.name}]` : ''}`;
      const marked = [
        'a[href^="mailto:"]',
        'a[href^="tel:"]',
        'input[type=email]',
        'input[type=tel]',
        'input[type=url]',
        'input[name*=passport]',
        'input[name*=phone]',
        'time',
      ];
      for (const el of document.querySelectorAll(marked.join(','))) {
        if (['hidden', 'radio', 'checkbox'].includes(el.type)) continue;
        if (!isolated(el)) out.push(`not isolated: ${describe(el)} ${el.textContent.trim().slice(0, 30)}`);
      }
      // Values in running text: an e-mail, a phone number, a date, an ISO date, a time.
      // Fluent isolates its arguments (FSI…PDI); those are fine as they are.
      const value = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}|\+\d[\d ]{6,}\d|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b/i;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('script,style,option,textarea,select,[hidden],template')) continue;
        const text = n.textContent.replace(/[\u2066\u2067\u2068][^\u2069]*\u2069/g, '');
        const m = text.match(value);
        if (m && !isolated(parent)) out.push(`not isolated: "${m[0]}" in ${describe(parent)}`);
      }
      // Every input a person types into or picks has its own label.
      for (const el of document.querySelectorAll('input,select,textarea')) {
        if (['hidden', 'submit', 'button'].includes(el.type)) continue;
        const named = el.labels?.length > 0 || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        if (!named) out.push(`no label: ${describe(el)}`);
      }
      return out;
    },
    { width: WIDTH, rtl },
  );
}

/** Walks a role's pages from its seeds and menu; returns { visited, problems }. */
// A grant's page and its call's balance (`/grants/{id}`, `/grant-calls/{id}/grants`), found
// through the grants API: their ids are the award's, which the demo makes on each seeding.
async function grantPages(page) {
  const res = await page.request.get(`${BASE}/api/v1/grants`);
  if (!res.ok()) return [];
  const grants = await res.json();
  if (grants.length === 0) return [];
  const g = grants.find((x) => x.state === 'agreed') ?? grants[0];
  return [`/grants/${g.application_id}`, `/grant-calls/${g.call_id}/grants`];
}

async function walk(page, seeds, rtl) {
  const queue = seeds.map((s) => ({ url: `${BASE}${s}`, depth: 0, seed: true }));
  const seen = new Set();
  const problems = [];
  const visited = [];
  while (queue.length > 0 && visited.length < PER_ROLE) {
    const { url, depth, seed } = queue.shift();
    const k = seed && url.includes('?') ? url : kind(url);
    if (seen.has(k)) continue;
    seen.add(k);
    const res = await page.goto(url);
    if (!res || res.status() >= 400) continue;
    // A redirect (to the sign-in page, to the next step) lands on a page of another kind.
    const landed = kind(page.url());
    if (!seed && landed !== k && seen.has(landed)) continue;
    seen.add(landed);
    const where = seed && url.includes('?') ? url.slice(BASE.length) : landed;
    visited.push(where);
    for (const f of await faults(page, rtl)) problems.push(`${where}: ${f}`);
    if (depth >= 3) continue;
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('header nav a[href], main a[href]')]
        .filter((a) => !a.hasAttribute('download'))
        .map((a) => a.getAttribute('href')),
    );
    for (const href of links) {
      if (!href.startsWith('/') || SKIP.some((re) => re.test(href))) continue;
      if (!seen.has(kind(href))) queue.push({ url: `${BASE}${href}`, depth: depth + 1 });
    }
  }
  return { visited, problems };
}

/**
 * Sets the person's own language on their account page ('' for "as the browser asks") and
 * answers the one it replaces: a person's own language outranks the cookie.
 */
async function ownLanguage(page, value) {
  await page.goto(`${BASE}/account`);
  const was = await page.locator('#locale').inputValue();
  await page.locator('#locale').selectOption(value);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/account'),
    page.locator('form[action="/account"] button[type=submit]').click(),
  ]);
  await page.waitForLoadState('load');
  return was;
}

/** The sign-up confirmation token mailed to `email`, waiting for the mail worker. */
async function confirmToken(email) {
  const log = join(process.env.MENTOR_DATA_DIR ?? '', 'outbox.log');
  for (let i = 0; i < 60; i++) {
    if (existsSync(log)) {
      const mail = readFileSync(log, 'utf8').split(/^From mentor /m).find((b) => b.includes(email));
      const token = mail?.match(/\/sign-up\/confirm\?t=([0-9a-f]{64})/)?.[1];
      if (token) return token;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no sign-up link for ${email}`);
}

async function asEveryRole(lang, roles, rtl) {
  const problems = [];
  const walked = [];
  for (const { who, seeds: given, more } of roles) {
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      let before = null;
      if (!who) await browser.context.addCookies([{ name: 'mentor_lang', value: lang, url: BASE }]);
      else {
        await signIn(page, who);
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        // Their own language, put back afterwards for the journeys that follow.
        before = await ownLanguage(page, lang);
      }
      const seeds = more ? [...given, ...(await more(page))] : given;
      const { visited, problems: found } = await walk(page, seeds, rtl);
      if (before !== null) await ownLanguage(page, before);
      walked.push(`${who ?? 'anonymous'}: ${visited.length} ${process.env.MENTOR_PHONE_REPORT === 'all' ? visited.join(' ') : ''}`);
      for (const p of found) problems.push(`[${who ?? 'anonymous'}] ${p}`);
      assert.ok(visited.length >= seeds.length, `${who}: pages walked`);
    } finally {
      await browser.close();
    }
  }
  if (process.env.MENTOR_PHONE_REPORT) console.log(walked.join('\n'));
  return problems;
}

test('every main page fits 360 px in Arabic, right to left, with LTR values isolated and inputs labelled', { timeout: 900_000 }, async () => {
  const problems = await asEveryRole('ar', ROLES, true);
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
});

test('a few main pages fit 360 px in French', { timeout: 300_000 }, async () => {
  const roles = [
    { who: null, seeds: ['/', '/open-calls'] },
    { who: 'coordinator@demo.example', seeds: ['/candidates', '/calls', '/companies', '/positions'] },
  ];
  const problems = await asEveryRole('fr', roles, false);
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
});

test('a new applicant’s sign-up and application steps fit 360 px in Arabic, values isolated', { timeout: 300_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await browser.context.addCookies([{ name: 'mentor_lang', value: 'ar', url: BASE }]);
    await page.goto(`${BASE}/open-calls`);
    await page.locator('main a[href^="/open-calls/"]').first().click();
    await page.locator('a.button[href$="/apply"]').click();
    const stamp = Date.now().toString(36);
    await page.locator('#display_name').fill('أمينة الجويني');
    const email = `phone.${stamp}@example.tn`;
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('a long enough password');
    await page.locator('#confirm').fill('a long enough password');
    await page.locator('main form button.primary').click();
    // The account opens at once, or (after issue 12's sign-up without enumeration) from a
    // link e-mailed to it: the demo writes mail to outbox.log in its data folder.
    const sent = page.locator('[data-sign-up-sent]');
    await Promise.race([page.waitForURL(/\/identity$/), sent.waitFor()]);
    if (!/\/identity$/.test(page.url())) {
      await page.goto(`${BASE}/sign-up/confirm?t=${await confirmToken(email)}`);
      await Promise.all([page.waitForURL(/\/identity$/), page.locator('main form button.primary').click()]);
    }
    const app = new URL(page.url()).pathname.replace(/\/identity$/, '');
    const steps = ['identity', 'education', 'preferences', 'consent', 'documents'].map((s) => `${app}/${s}`);
    const { visited, problems } = await walk(page, [...steps, app, '/applications', '/account'], true);
    assert.ok(visited.length >= steps.length, `steps walked: ${visited.join(' ')}`);
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
  } finally {
    await browser.close();
  }
});
