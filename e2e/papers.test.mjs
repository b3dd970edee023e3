// Paper is produced, not typed (issue 13): the promoter opens a case's papers, makes its
// training project from what the case records, and downloads the PDF; making it again
// with nothing changed keeps the same version. Runs against the demo's current cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, signIn } from './browser.mjs';

test('the promoter generates the training project of a case and downloads it', { timeout: 120_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'promoter@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/cases`);
    const id = await page.locator('#cases tbody tr').first().getAttribute('data-case');
    assert.ok(id, 'the promoter has a case');
    await page.goto(`${BASE}/cases/${id}`);
    await page.locator('a[data-papers]').first().click();
    await page.waitForURL(`${BASE}/cases/${id}/papers`);

    const section = page.locator('section[data-paper="training_project"]');
    const before = Number(await section.getAttribute('data-versions'));
    await section.locator('button[type=submit]').click();
    await page.locator('[data-flash="flash-paper-generated"], [data-flash="flash-paper-unchanged"]').waitFor();
    const after = Number(await page.locator('section[data-paper="training_project"]').getAttribute('data-versions'));
    assert.ok(after >= 1 && after <= before + 1, `${before} → ${after} versions`);

    // The newest version downloads as a PDF.
    const href = await page.locator('section[data-paper="training_project"] li[data-version] a').first().getAttribute('href');
    const res = await page.request.get(`${BASE}${href}`);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/pdf');
    assert.equal((await res.body()).subarray(0, 5).toString(), '%PDF-');

    // Again, with nothing changed since: no new version.
    await page.locator('section[data-paper="training_project"] button[type=submit]').click();
    await page.locator('[data-flash="flash-paper-unchanged"]').waitFor();
    assert.equal(Number(await page.locator('section[data-paper="training_project"]').getAttribute('data-versions')), after);
  } finally {
    await browser.close();
  }
});
