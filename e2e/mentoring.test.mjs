// Mentoring after the traineeship (issue 15 item 1), against the demo's mentorships
// (`demo::mentorships`): the mentor logs a session and adds an action on a phone; the
// mentor raises a concern, confirmed on its own page; the coordinator finds it in their
// inbox and marks it handled; the returnee reads their mentorship in Arabic at 360 px,
// without the mentor's notes and without any concern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const RUN = Date.now().toString(36);
const NOTE = `E2E-CONFIDENTIAL-${RUN}`;
const TOPICS = `Market visit ${RUN}`;
let worried = null;

async function fitsPhone(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width}px wide`);
}

test('the mentor logs a session and adds an action on a phone', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'mentor@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.locator('nav a[href="/mentorships"]').first().click();
    await page.locator('table[data-mentorships]').waitFor();
    await fitsPhone(page);
    await page.getByRole('link', { name: /El Khattabi/ }).click();
    await page.locator('form[data-log-session]').waitFor();
    await page.locator('#mode').selectOption('phone');
    await page.locator('#topics').fill(TOPICS);
    await page.locator('#notes').fill(NOTE);
    await page.locator('form[data-log-session] button[type=submit]').click();
    await page.locator('[data-flash="flash-mentoring-session-logged"]').waitFor();
    assert.ok((await page.locator('[data-notes]').allTextContents()).some((t) => t.includes(NOTE)));
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('#action').fill(`Visit the microcredit office ${RUN}`);
    await page.locator('#due_on').fill(due);
    await page.locator('form[data-add-item] button[type=submit]').click();
    await page.locator('[data-flash="flash-mentoring-item-added"]').waitFor();
    assert.ok((await page.locator('[data-plan]').textContent()).includes(RUN));
    await fitsPhone(page);
  } finally {
    await browser.close();
  }
});

test('the mentor raises a concern, confirmed on its own page', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'mentor@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/mentorships`);
    // An open mentorship in Italy without a concern (the returnee's stays untouched).
    const row = page.locator('tr[data-mentorship]:not([data-concern])').filter({ hasNotText: 'El Khattabi' }).last();
    worried = await row.getAttribute('data-mentorship');
    await row.locator('a').first().click();
    await page.locator('form[data-raise-concern]').waitFor();
    await page.locator('#concern-note').fill(`Lost his job, not answering (${RUN})`);
    await page.locator('form[data-raise-concern] button[type=submit]').click();
    await page.locator('form[data-confirm="mentoring-concern"]').waitFor();
    await page.locator('form[data-confirm="mentoring-concern"] button[type=submit]').click();
    await page.locator('[data-flash="flash-mentoring-concern"]').waitFor();
    await page.locator('[data-open-concern]').waitFor();
  } finally {
    await browser.close();
  }
});

test('the coordinator finds the concern in the inbox and marks it handled', { timeout: 120_000 }, async () => {
  assert.ok(worried, 'a concern was raised');
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.locator(`[data-task="mentoring-concern"] a[href="/mentorships/${worried}#concern"]`).click();
    await page.locator('[data-open-concern]').waitFor();
    await page.locator('#handled-note').fill(`Called him; the NGO in Turin follows up (${RUN})`);
    await page.locator('form[data-handle-concern] button[type=submit]').click();
    await page.locator('form[data-confirm="mentoring-handled"] button[type=submit]').click();
    await page.locator('[data-flash="flash-mentoring-handled"]').waitFor();
    await page.locator('[data-no-concern]').waitFor();
    await page.goto(`${BASE}/`);
    assert.equal(await page.locator(`[data-task="mentoring-concern"] a[href="/mentorships/${worried}#concern"]`).count(), 0);
  } finally {
    await browser.close();
  }
});

test('the returnee reads their mentorship in Arabic at 360 px, without notes or concern', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'returnee@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/my/mentorship`);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    await page.locator('article[data-session]').first().waitFor();
    const body = await page.locator('main').textContent();
    assert.ok(body.includes(TOPICS), 'the session the mentor logged');
    assert.ok(!body.includes(NOTE), 'never the notes');
    assert.ok(!body.includes('Motivated'), 'never the demo notes either');
    assert.equal(await page.locator('[data-notes]').count(), 0);
    assert.equal(await page.locator('[data-concern-section]').count(), 0);
    assert.equal(await page.locator('form[data-log-session]').count(), 0);
    await fitsPhone(page);
  } finally {
    await browser.close();
  }
});
