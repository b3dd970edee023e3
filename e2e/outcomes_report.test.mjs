// The outcome table and the IATI file (issue 16 item 7, the downloads half): the demo
// evaluator opens the outcome table of DOMAIN.md §6 in Italian, downloads it as XLSX (a
// zip archive, as every XLSX is) and then the programme's IATI activity file (XML naming
// the activity's identifier).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, signIn } from './browser.mjs';

const ACTIVITY_ID = 'IT-CF-01199250158-MENTOR-II';

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync(await file.path());
}

test('the evaluator opens the outcome table in Italian and downloads the XLSX and the IATI file', { timeout: 180_000 }, async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await signIn(page, 'evaluator@demo.example');
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/results/mentor-ii/outcomes?lang=it`);
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    assert.equal(await page.locator('h1').textContent(), 'Tabella dei risultati');
    // The §6 figures, from the records.
    const total = (line) => page.locator(`tr[data-line="${line}"] td[data-total]`).getAttribute('data-total');
    assert.equal(await total('traineeships'), '41');
    assert.equal(await total('in_italy'), '29');
    assert.equal(await total('presented'), '39');
    assert.equal(
      await page.locator('tr[data-territory="total"] td[data-companies]').getAttribute('data-companies'),
      '36',
    );

    const xlsx = await download(page, 'a[data-download="xlsx"]');
    assert.equal(xlsx.subarray(0, 4).toString('binary'), 'PK\x03\x04', 'an XLSX is a zip archive');

    await page.locator('a[data-iati-page]').click();
    await page.waitForURL(`${BASE}/results/mentor-ii/iati`);
    assert.equal(await page.locator('[data-activity-id]').getAttribute('data-activity-id'), ACTIVITY_ID);
    const xml = (await download(page, 'a[data-download="iati"]')).toString('utf8');
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.match(xml, /<iati-activities version="2\.03"/);
    assert.ok(xml.includes(`<iati-identifier>${ACTIVITY_ID}</iati-identifier>`), 'the activity identifier');
  } finally {
    await browser.close();
  }
});
