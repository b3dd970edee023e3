// Content in the reader's language (issue 12, item 1): the coordinator edits the demo
// call's versions side by side — the French title taken away, then written again — and a
// visitor reading French sees the English original marked as a fallback, then the French
// title, on the public home and on the call's page. The demo ends as it began.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

const ORIGINAL = 'MENTOR II — traineeships in Milan and Turin';
const FRENCH = 'MENTOR II — stages à Milan et Turin';

/// Saves the demo call's French title as `text` on its translations page.
async function saveFrenchTitle(page, text) {
  await page.goto(`${BASE}/calls`);
  await page.locator('tr', { hasText: ORIGINAL }).locator('a[href$="/translations"]').click();
  await page.waitForURL(/\/calls\/[^/]+\/translations$/);
  const title = page.locator('input[name$=":title:fr"]');
  await title.fill(text);
  await page.locator('form[data-translations] button[type=submit]').click();
  await page.locator('[data-flash="flash-translations-saved"]').waitFor();
  return page.locator('[data-missing]').getAttribute('data-missing');
}

test('staff add the French title side by side; a French visitor reads it', { timeout: 180_000 }, async () => {
  const staff = await launch();
  const visitor = await launch();
  try {
    const page = await staff.context.newPage();
    await signIn(page, 'coordinator@demo.example');
    await page.waitForURL(`${BASE}/`);

    // The translations page: each field's original beside an input per language, Arabic
    // written right to left, limits declared; the demo leaves Italian missing.
    await page.goto(`${BASE}/calls`);
    const link = page.locator('tr', { hasText: ORIGINAL }).locator('a[href$="/translations"]');
    assert.equal(await link.getAttribute('data-missing-languages'), '1');
    await link.click();
    const arabic = page.locator('input[name$=":title:ar"]');
    assert.equal(await arabic.getAttribute('dir'), 'rtl');
    assert.equal(await arabic.getAttribute('lang'), 'ar');
    assert.equal(await arabic.getAttribute('maxlength'), '200');
    assert.equal(await page.locator('[data-missing-version="it"]').count() > 0, true);

    assert.equal(await saveFrenchTitle(page, ''), 'it fr');

    // A visitor reading French: the English original, marked, with the note.
    const v = await visitor.context.newPage();
    await v.goto(`${BASE}/`);
    await v.locator('footer button[value="fr"]').click();
    await v.waitForFunction(() => document.documentElement.lang === 'fr');
    const fallback = v.locator('[data-open-calls] [data-fallback="en"]', { hasText: ORIGINAL });
    assert.equal(await fallback.count(), 1);
    assert.ok(await v.locator('[data-open-calls] [data-fallback-note]').count() > 0);

    assert.equal(await saveFrenchTitle(page, FRENCH), 'it');

    // Now the French title, in French, on the home and on the call's page.
    await v.goto(`${BASE}/`);
    const french = v.locator('[data-open-calls] a', { hasText: FRENCH });
    assert.equal(await french.count(), 1);
    assert.equal(await french.locator('[lang="fr"]').count(), 1);
    await french.click();
    const h1 = v.locator('h1[data-call-title]');
    assert.equal((await h1.textContent()).trim(), FRENCH);
    assert.equal(await h1.getAttribute('lang'), 'fr');
    assert.equal(await h1.getAttribute('data-fallback'), null);
    // The description is in French too (the demo's version).
    assert.match(await v.locator('p.description').first().textContent(), /Stages de six mois/);
  } finally {
    await visitor.close();
    await staff.close();
  }
});
