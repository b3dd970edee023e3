// ESCO in the candidate's language (issue 12): a candidate reading French types
// "électricien" in the occupations picker, picks the French suggestion, adds "travailler
// en équipe" and a skill in her own words, saves, and finds all of it again in French —
// the ESCO concepts chosen, her own words kept ("described in your words"), not refused.
// She sends the application; the ANETI officer finds the words waiting in the inbox and
// maps them to an ESCO concept after confirming.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, mailToken, signIn } from './browser.mjs';

// A family name of letters only, different on every run.
const FAMILY = 'Skills' + Date.now().toString().split('').map((d) => 'abcdefghij'[d]).join('');
const OWN_WORDS = 'réparation de vélos';

function isoDaysAgo(days) {
  return new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
}

async function send(page, next) {
  await Promise.all([page.waitForURL(next), page.locator('main form button.primary').click()]);
}

/// Types `text` into the picker `input` as a person would (htmx asks on each key), waits
/// for the suggestion `label` and takes it.
async function pick(page, input, list, text, label) {
  await page.locator(input).click();
  await page.locator(input).pressSequentially(text, { delay: 40 });
  const option = page.locator(`${list} option[value="${label}"]`);
  await option.waitFor({ state: 'attached', timeout: 10_000 });
  await page.locator(input).fill(await option.getAttribute('value'));
}

test('a French candidate picks ESCO terms in French and keeps a skill in her own words', { timeout: 180_000 }, async () => {
  const phone = await launch();
  const office = await launch();
  try {
    const page = await phone.context.newPage();
    await page.goto(`${BASE}/open-calls?lang=fr`);
    await page.locator('main a[href^="/open-calls/"]').first().click();
    await page.waitForURL(/\/open-calls\/[0-9a-f-]+$/);
    await page.locator('a.button[href$="/apply"]').click();
    await page.locator('#display_name').fill(`Salma ${FAMILY}`);
    await page.locator('#email').fill(`${FAMILY.toLowerCase()}@example.tn`);
    await page.locator('#password').fill('a long enough password');
    await page.locator('#confirm').fill('a long enough password');
    // The account opens from the e-mailed link.
    await page.locator('main form button.primary').click();
    await page.locator('[data-sign-up-sent]').waitFor();
    const token = await mailToken(/\/sign-up\/confirm\?t=([0-9a-f]{64})/, [], `${FAMILY.toLowerCase()}@example.tn`);
    await page.goto(`${BASE}/sign-up/confirm?t=${token}`);
    await send(page, /\/identity$/);

    await page.locator('#family_name').fill(FAMILY);
    await page.locator('#given_names').fill('Salma');
    await page.locator('#birth_date').fill('1999-03-12');
    await page.locator('#sex').selectOption('f');
    await page.locator('#nationality').selectOption('TN');
    await page.locator('#residence_country').selectOption('TN');
    await page.locator('#passport_number').fill('Z 1234567');
    await page.locator('#phone').fill('+216 20 654 321');
    await send(page, /\/education$/);
    const education = page.url();

    await page.locator('#isced_level').selectOption('4');
    await page.locator('#qualification_title').fill('Brevet de technicien supérieur en électricité');
    await page.locator('#qualification_date').fill(isoDaysAgo(200));
    for (const skill of ['understanding', 'speaking', 'writing']) {
      await page.locator(`#fr_${skill}`).selectOption('C1');
      await page.locator(`#it_${skill}`).selectOption('A2');
    }
    await pick(page, '#esco_occupations', '#esco-occupation-options', 'électricien', 'électricien/électricienne');
    await pick(page, '#esco_skills', '#esco-skill-options', 'travail en équipe', 'travailler en équipe');
    // No ESCO term for this one: written in her own words.
    await page.locator('#esco_skills').fill(`travailler en équipe, ${OWN_WORDS}`);
    await send(page, /\/preferences$/);

    // Back on the step: the concepts in French, her own words kept and marked as such.
    await page.goto(education);
    assert.equal(await page.locator('#esco_occupations').inputValue(), 'électricien/électricienne');
    assert.equal(await page.locator('#esco_skills').inputValue(), `travailler en équipe, ${OWN_WORDS}`);
    const own = page.locator('[data-free-skills] [data-free-skill]');
    assert.equal(await own.count(), 1);
    assert.equal((await own.textContent()).trim(), OWN_WORDS);
    assert.match(await page.locator('[data-free-skills] h3').textContent(), /vos mots/);
    await send(page, /\/preferences$/);
    await page.locator('#experience').fill('2022–2025 électricienne, Sousse');
    await page.locator('#sectors').fill('Bâtiment');
    await page.locator('#cities').fill('Torino');
    await send(page, /\/consent$/);
    await page.locator('#consent').check();
    await send(page, /\/applications\/[0-9a-f-]+$/);

    // The ANETI officer: the words wait in the inbox; mapped after confirming.
    const desk = await office.context.newPage();
    await signIn(desk, 'agency.tn@demo.example');
    await desk.waitForURL(`${BASE}/`);
    assert.ok(await desk.locator('[data-task="map-free-skills"]').count() >= 1, 'a task to map them');
    await desk.goto(`${BASE}/candidates`);
    await desk.locator('#q').fill(FAMILY.toLowerCase());
    await Promise.all([desk.waitForURL(/\?q=/), desk.locator('form[role=search] button').click()]);
    await desk.getByRole('link', { name: new RegExp(FAMILY) }).click();
    await desk.waitForURL(/\/candidates\/[0-9a-f-]+$/);
    const item = desk.locator('[data-free-skill]');
    assert.equal(await item.count(), 1);
    assert.equal(await item.locator('q').getAttribute('lang'), 'fr');
    const input = item.locator('input[name=mapped_label]');
    await input.fill('solve technical problems');
    await Promise.all([desk.waitForURL(/\/map$/), item.locator('button[type=submit]').click()]);
    await desk.locator('[data-confirm="map-free-skill"]').waitFor();
    await Promise.all([
      desk.waitForURL(/\/candidates\/[0-9a-f-]+#free-skills$/),
      desk.locator('[data-confirm="map-free-skill"] button[type=submit]').click(),
    ]);
    await desk.locator('[data-flash="flash-free-skill-mapped"]').waitFor();
    assert.equal(await desk.locator('[data-free-skill][data-mapped]').count(), 1);
    assert.match(await desk.locator('[data-esco="skills"]').textContent(), /solve technical problems|résoudre des problèmes techniques/);
  } finally {
    await phone.close();
    await office.close();
  }
});
