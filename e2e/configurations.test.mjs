// Browser journey for platform configurations, in real Chromium with axe-core
// on every page visited (machinery in support.mjs).
//
// The platform "Config Care" and its people are made with the CLI, so the
// journey stays on configurations: the service desk operator makes
// two-factor authentication available (a charged configuration) and has an
// invalid e-mail signature refused; the application manager sets two-factor
// authentication on the settings page and finds the e-mail greeting
// read-only; a professional gets no settings (403); the operator finds the
// charge in the ledger and in its CSV download.
//
// Texts come from locales/en/*.ftl through en('message-id'), so copy
// edits there do not break the journey; data (names, notes, CSV) is literal.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { beginJourney, englishTexts, expectHeading, logIn } from './support.mjs';

/** The `<dt>`/`<dd>` pairs of a `<dl>` as { label: value }. */
function factsOf(dl) {
  return dl.evaluate((el) => {
    const out = {};
    let term = null;
    for (const child of el.children) {
      if (child.tagName === 'DT') term = child.textContent.trim();
      else if (child.tagName === 'DD') out[term] = child.textContent.trim();
    }
    return out;
  });
}

/** A configuration tile (list item) by the title of its link. */
function tile(page, title) {
  return page.getByRole('main').getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title }) });
}

/** The accessible name of the tile link: title and state, as a screen reader hears it. */
async function tileLink(page, title, state) {
  const link = page.getByRole('main').getByRole('link', { name: `${title} ${state}`, exact: true });
  await link.waitFor();
  return link;
}

/** Same-origin fetch from inside the page (Node cannot resolve *.localhost; Chromium can). */
function fetchInPage(page, url, init = {}) {
  return page.evaluate(async ({ url, init }) => {
    const res = await fetch(url, init);
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      text: await res.text(),
    };
  }, { url, init });
}

test('configurations journey: operator makes two-factor available → application manager sets it → charges', { timeout: 300_000 }, async (t) => {
  const journey = await beginJourney(t, 'configurations');
  if (!journey) return;
  const { server, checker, step } = journey;
  const en = englishTexts();

  const operator = { email: 'desk@example.org', password: 'quiet-harbour-maple-97' };
  const manager = { first: 'Mara', last: 'Verhoeven', email: 'mara.verhoeven@example.org', password: 'lantern-orchard-pebble-42' };
  const pro = { first: 'Piet', last: 'Jansen', email: 'piet.jansen@example.org', password: 'copper-meadow-thistle-58' };
  const note = 'Ordered by Mara Verhoeven, ticket 4711';

  // The texts this journey looks for.
  const twoFactor = en('config-two-factor');
  const greeting = en('config-email-greeting');
  const signature = en('config-email-signature');
  const notAvailable = en('config-state-unavailable');
  const available = en('config-state-available');
  const always = en('config-state-always');
  const field = {
    professionals: en('config-field-professionals'),
    rememberDevice: en('config-field-remember-device'),
    clients: en('config-field-clients'),
    friends: en('config-field-friends'),
    signatureEn: `${en('config-field-signature')} (${en('language-en')})`,
  };
  const option = (code) => en(`config-option-${code}`);
  const value = (page) => page.getByRole('region', { name: en('config-value') });

  // The platform and its people come from the CLI, before the browser starts.
  server.createOperator(operator.email, operator.password);
  const platformId = server.cli(['platform', 'create', '--name', 'Config Care', '--domain', 'config.localhost', '--language', 'en']).trim();
  assert.match(platformId, /^[0-9a-f-]{36}$/, 'kalm platform create prints the id');
  const account = (p, roles) => server.cli([
    'account', 'create', '--platform', 'config.localhost', '--type', 'professional', '--roles', roles,
    '--email', p.email, '--first-name', p.first, '--last-name', p.last, '--password-stdin',
  ], `${p.password}\n`);
  account(manager, 'professional,application_manager');
  account(pro, 'professional');

  await server.start();
  await journey.launch();
  const console_ = `http://admin.localhost:${server.port}`;
  const site = `http://config.localhost:${server.port}`;
  const platformUrl = `${console_}/platforms/${platformId}`;
  const backToPlatform = en('config-back-to-platform', { platform: 'Config Care' });

  let desk; let mgr; let proPage;

  await step('operator opens "Config Care" and finds two-factor authentication not available', async () => {
    desk = await journey.person();
    await logIn(checker, desk, console_, operator, 'console-login');
    await expectHeading(desk, en('platforms-title'));
    await checker.check(desk, 'console-platforms');

    await desk.getByRole('table', { name: en('platforms-title') }).getByRole('link', { name: 'Config Care', exact: true }).click();
    await desk.waitForURL(platformUrl);
    await expectHeading(desk, 'Config Care');
    const configurations = desk.getByRole('region', { name: en('platforms-configurations') });
    await configurations.getByRole('heading', { level: 2, name: en('platforms-configurations') }).waitFor();
    await tileLink(desk, twoFactor, notAvailable);
    await tileLink(desk, greeting, always);
    assert.deepEqual(await factsOf(tile(desk, twoFactor).locator('dl')), {
      [field.professionals]: option('off'),
      [field.rememberDevice]: option('never'),
      [field.clients]: option('off'),
      [field.friends]: option('off'),
    });
    await checker.check(desk, 'console-platform');
  });

  await step('operator makes two-factor authentication available with a note', async () => {
    await (await tileLink(desk, twoFactor, notAvailable)).click();
    await desk.waitForURL(`${platformUrl}/configurations/two_factor`);
    await expectHeading(desk, twoFactor);
    const facts = desk.getByRole('main').locator('dl.facts').first();
    assert.deepEqual(await factsOf(facts), {
      [en('config-state')]: notAvailable,
      [en('config-editor')]: en('config-editor-application-manager'),
      [en('config-charge')]: en('config-charge-when-made-available'),
    });
    await checker.check(desk, 'console-two-factor');

    const availability = desk.getByRole('region', { name: en('config-availability') });
    await availability.getByLabel(en('config-field-note')).fill(note);
    await availability.getByRole('button', { name: en('config-make-available') }).click();
    await desk.waitForURL(`${platformUrl}/configurations/two_factor?done=configuration_made_available`);
    await desk.getByRole('status').filter({ hasText: en('notice-configuration-made-available') }).waitFor();
    assert.equal((await factsOf(facts))[en('config-state')], available);
    await availability.getByRole('button', { name: en('config-withdraw') }).waitFor();
    assert.equal(await availability.getByRole('button', { name: en('config-make-available') }).count(), 0);
    assert.equal(await availability.getByLabel(en('config-field-note')).inputValue(), note, 'the note is kept');
    await checker.check(desk, 'console-two-factor-available');

    await desk.getByRole('link', { name: backToPlatform }).click();
    await desk.waitForURL(platformUrl);
    await tileLink(desk, twoFactor, available);
    await checker.check(desk, 'console-platform-two-factor-available');
  });

  await step('operator\'s invalid e-mail signature is refused and nothing is saved', async () => {
    await (await tileLink(desk, signature, always)).click();
    await desk.waitForURL(`${platformUrl}/configurations/email_signature`);
    await expectHeading(desk, signature);
    await checker.check(desk, 'console-signature');

    const box = value(desk).getByLabel(field.signatureEn);
    await box.fill('Kind regards, {team_name}');
    const [response] = await Promise.all([
      desk.waitForResponse((r) => r.request().method() === 'POST' && r.url() === `${platformUrl}/configurations/email_signature`),
      value(desk).getByRole('button', { name: en('config-save') }).click(),
    ]);
    assert.equal(response.status(), 422);
    const refusal = en('error-config-unknown-placeholder', { field: field.signatureEn, placeholder: '{team_name}' });
    await desk.getByRole('alert').filter({ hasText: refusal }).waitFor();
    assert.equal(await box.inputValue(), 'Kind regards, {team_name}', 'what was typed is kept');
    await checker.check(desk, 'console-signature-refused');

    await desk.getByRole('link', { name: backToPlatform }).click();
    await desk.waitForURL(platformUrl);
    // The tile shows the signature as it is sent: with the platform's name.
    const asSent = en('email-signature-default').replace('{organisation_name}', 'Config Care');
    assert.deepEqual(await factsOf(tile(desk, signature).locator('dl')), { [field.signatureEn]: asSent });
  });

  await step('application manager logs in and opens Settings', async () => {
    // The professional logs in now, before two-factor becomes required for
    // professionals below (then a login would go to the set-up first).
    proPage = await journey.person();
    await logIn(checker, proPage, site, pro, 'login-professional');
    mgr = await journey.person();
    await logIn(checker, mgr, site, manager, 'login-manager');
    await expectHeading(mgr, en('home-welcome', { name: manager.first }));
    const menu = mgr.getByRole('navigation', { name: en('nav-label') });
    const settingsLink = menu.getByRole('link', { name: en('nav-settings'), exact: true });
    await settingsLink.waitFor();
    await checker.check(mgr, 'home-manager');

    await settingsLink.click();
    await mgr.waitForURL(`${site}/settings`);
    await expectHeading(mgr, en('settings-title'));
    assert.equal(await settingsLink.getAttribute('aria-current'), 'page');
    await tileLink(mgr, twoFactor, available);
    // Only what is in effect on the platform: no tiles for what was not made available.
    assert.equal(await mgr.getByRole('main').getByRole('link', { name: en('config-video-sessions') }).count(), 0, 'no "Video calls" tile');
    const titles = await mgr.getByRole('main').locator('.tile-title').allTextContents();
    assert.deepEqual(titles, [twoFactor, greeting, signature, en('config-domain')]);
    await checker.check(mgr, 'settings');
  });

  await step('application manager requires two-factor authentication for professionals', async () => {
    await (await tileLink(mgr, twoFactor, available)).click();
    await mgr.waitForURL(`${site}/settings/two_factor`);
    await expectHeading(mgr, twoFactor);
    assert.equal(await mgr.getByRole('region', { name: en('config-availability') }).count(), 0, 'availability is the service desk\'s');
    await checker.check(mgr, 'settings-two-factor');

    await value(mgr).getByLabel(field.professionals, { exact: true }).selectOption({ label: option('required') });
    await value(mgr).getByLabel(field.rememberDevice, { exact: true }).selectOption({ label: option('3-days') });
    await value(mgr).getByRole('button', { name: en('config-save') }).click();
    await mgr.waitForURL(`${site}/settings?done=configuration_saved`);
    await expectHeading(mgr, en('settings-title'));
    await mgr.getByRole('status').filter({ hasText: en('notice-configuration-saved') }).waitFor();
    await tileLink(mgr, twoFactor, available);
    assert.deepEqual(await factsOf(tile(mgr, twoFactor).locator('dl')), {
      [field.professionals]: option('required'),
      [field.rememberDevice]: option('3-days'),
      [field.clients]: option('off'),
      [field.friends]: option('off'),
    });
    await checker.check(mgr, 'settings-saved');

    // The form shows the saved value when opened again.
    await (await tileLink(mgr, twoFactor, available)).click();
    await mgr.waitForURL(`${site}/settings/two_factor`);
    assert.equal(await value(mgr).getByLabel(field.professionals, { exact: true }).inputValue(), 'required');
    assert.equal(await value(mgr).getByLabel(field.rememberDevice, { exact: true }).inputValue(), '3_days');
    await checker.check(mgr, 'settings-two-factor-saved');
  });

  await step('application manager sees the e-mail greeting read-only', async () => {
    await mgr.getByRole('link', { name: en('settings-back') }).click();
    await mgr.waitForURL(`${site}/settings`);
    await (await tileLink(mgr, greeting, always)).click();
    await mgr.waitForURL(`${site}/settings/email_greeting`);
    await expectHeading(mgr, greeting);
    const shown = { [en('config-field-greeting')]: option('first-name') };
    assert.deepEqual(await factsOf(value(mgr).locator('dl')), shown);
    await value(mgr).getByText(en('config-ask-service-desk')).waitFor();
    assert.equal(await value(mgr).getByRole('button').count(), 0, 'no Save button');
    assert.equal(await value(mgr).getByRole('radio').count(), 0, 'no choices');
    await checker.check(mgr, 'settings-greeting-read-only');

    // What the page does not offer, the server refuses too.
    const refused = await fetchInPage(mgr, '/settings/email_greeting', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'greeting=first_name_and_surname',
    });
    assert.equal(refused.status, 403, 'a posted greeting is refused');
    await mgr.reload();
    assert.deepEqual(await factsOf(value(mgr).locator('dl')), shown);
  });

  await step('professional has no settings: no menu item, and /settings is not allowed (403)', async () => {
    await proPage.goto(`${site}/`);
    await expectHeading(proPage, en('home-welcome', { name: pro.first }));
    const menu = proPage.getByRole('navigation', { name: en('nav-label') });
    const items = await menu.getByRole('link').allTextContents();
    assert.deepEqual(items.map((s) => s.trim()), [en('nav-home'), en('nav-accounts'), en('nav-my-account')]);
    assert.equal(await menu.getByRole('link', { name: en('nav-settings') }).count(), 0, 'no Settings in the menu');
    await checker.check(proPage, 'home-professional');

    for (const path of ['/settings', '/settings/two_factor']) {
      const response = await proPage.goto(`${site}${path}`);
      assert.equal(response.status(), 403, `${path} is not allowed`);
      await expectHeading(proPage, en('error-title'));
      await proPage.getByRole('alert').filter({ hasText: en('error-not-allowed') }).waitFor();
      await checker.check(proPage, `not-allowed${path.replace(/\//g, '-')}`);
    }
  });

  await step('operator finds the charge in the ledger and in the CSV download', async () => {
    const menu = desk.getByRole('navigation', { name: en('nav-label') });
    const chargesLink = menu.getByRole('link', { name: en('nav-charges'), exact: true });
    await chargesLink.click();
    await desk.waitForURL(`${console_}/charges`);
    await expectHeading(desk, en('charges-title'));
    assert.equal(await chargesLink.getAttribute('aria-current'), 'page');

    const table = desk.getByRole('table', { name: en('charges-title') });
    const headers = (await table.getByRole('columnheader').allTextContents()).map((s) => s.trim());
    const rows = table.getByRole('row').filter({ has: desk.getByRole('cell') });
    assert.equal(await rows.count(), 1, 'one charge: two-factor made available (the manager\'s change is free)');
    const cells = (await rows.first().getByRole('cell').allTextContents()).map((s) => s.trim());
    const cell = (header) => cells[headers.indexOf(header)];
    assert.equal(cell(en('charges-subject')), twoFactor);
    assert.equal(cell(en('charges-event')), en('charges-event-made-available'));
    assert.equal(cell(en('audit-who')), operator.email);
    assert.equal(cell(en('charges-amount')), en('charges-not-priced'), 'this installation has no price list');
    assert.ok(cell(en('audit-detail')).includes(note), `the note is in the detail: ${cell(en('audit-detail'))}`);
    // The second column holds the platform's domain. Its header says "Name"
    // (field-platform-name), which does not describe it, so go by position.
    assert.equal(cells[1], 'config.localhost');
    await checker.check(desk, 'console-charges');

    // The download, as the browser gets it.
    const link = desk.getByRole('link', { name: en('charges-download') });
    assert.equal(await link.getAttribute('href'), '/charges.csv');
    const [download] = await Promise.all([desk.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'kalm-charges.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    assert.equal(lines[0], 'at,platform_id,platform_domain,platform_name,event,subject,amount,currency,actor,detail');
    assert.equal(lines.length, 2, `one charge in the CSV:\n${csv}`);
    assert.ok(csv.includes('made_available,two_factor'), csv);
    assert.ok(lines[1].includes(`,${platformId},config.localhost,Config Care,made_available,two_factor,,,${operator.email},`), `no price list here, so no amount: ${lines[1]}`);
    assert.ok(lines[1].includes(note), 'the note is in the CSV');

    // And its headers.
    const res = await fetchInPage(desk, '/charges.csv');
    assert.equal(res.status, 200);
    assert.equal(res.type, 'text/csv; charset=utf-8');
    assert.equal(res.disposition, 'attachment; filename="kalm-charges.csv"');
    assert.equal(res.text, csv);
  });
});
