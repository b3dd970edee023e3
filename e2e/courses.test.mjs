// Pre-departure courses (issue 14): course staff take a session's attendance and see who
// can no longer reach the threshold; a participant downloads their certificate in Arabic
// and anyone, signed in or not, verifies its code on the public page. Runs against the
// demo's courses (`demo::courses`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

test('course staff mark attendance and see the early warning', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'courses@demo.example');
    await page.waitForURL(`${BASE}/`);
    // The inbox names the work: attendance to take, a participant out of reach.
    await page.locator('[data-task="course-warning"]').first().waitFor();
    await page.goto(`${BASE}/courses`);
    await page.getByRole('link', { name: /secondo gruppo/ }).click();
    await page.locator('table[data-participants]').waitFor();
    const flagged = page.locator('tr[data-out-of-reach="true"]');
    assert.equal(await flagged.count(), 1, 'one participant can no longer reach 80 %');
    await flagged.locator('[data-warning]').waitFor();

    // The session whose attendance is missing (or, on a second run, the last one held).
    const unmarked = page.locator('article[data-unmarked="true"] form[data-attendance]');
    const form = (await unmarked.count()) > 0 ? unmarked.first() : page.locator('form[data-attendance]').last();
    const selects = form.locator('select[data-mark]');
    const n = await selects.count();
    assert.ok(n > 1, 'the group has participants');
    for (let i = 0; i < n; i++) {
      await selects.nth(i).selectOption('present');
    }
    await form.locator('button[type=submit]').click();
    await page.locator('[data-flash="flash-course-attendance-saved"]').waitFor();
    // Present today does not bring the absent participant back within reach.
    assert.equal(await page.locator('tr[data-out-of-reach="true"]').count(), 1);
    assert.equal(await page.locator('article[data-unmarked="true"]').count(), 0);
  } finally {
    await browser.close();
  }
});

test('a participant downloads their certificate in Arabic and its code verifies publicly', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'trainee.case@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.locator('nav a[href="/my/courses"]').first().click();
    await page.waitForURL(`${BASE}/my/courses`);
    const certificate = page.locator('[data-certificate]').first();
    const code = await certificate.getAttribute('data-certificate');
    assert.match(code, /^[0-9A-F]{5}(-[0-9A-F]{5}){3}$/);
    const href = await page.locator('section[data-own-course] a[data-download="ar"]').first().getAttribute('href');
    const res = await page.request.get(`${BASE}${href}`);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    const pdf = await res.body();
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.includes('/Lang(ar)'), 'an Arabic document');

    // Anyone, not signed in: the form on the public page.
    await browser.context.clearCookies();
    await page.goto(`${BASE}/verify`);
    await page.locator('#code').fill(code.toLowerCase());
    await page.locator('form[data-verify-form] button[type=submit]').click();
    await page.locator('[data-verified]').waitFor();
    assert.ok((await page.locator('[data-course-title]').textContent()).length > 0);
    // An unknown code is a clear not-found.
    const unknown = await page.goto(`${BASE}/verify/00000-00000-00000-00000`);
    assert.equal(unknown.status(), 404);
    await page.locator('[data-unknown]').waitFor();
  } finally {
    await browser.close();
  }
});
