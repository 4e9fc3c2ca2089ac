// Browser journey for the automatic deactivation of inactive accounts, in
// real Chromium with axe-core on every page visited (machinery in
// support.mjs).
//
// The platform "Quiet Care" and its people are made with the CLI: an
// application manager, a secretary and five clients, three of whom are
// made to look long inactive (two 400 days, one 100 days) by moving their
// activity back in the server's SQLite database before it starts. The
// service desk operator makes "Deactivate inactive accounts" available,
// types 90 days for clients and looks at the effect (3 of 5 clients at
// once, in a table and a chart) without saving; saving is refused until the
// "I have checked the numbers" box is ticked. The application manager sees
// the setting and its effect read-only under Settings. `kalm inactivity
// sweep` deactivates the three; one of them is told so at login, the
// application manager reactivates her, and she logs in again.
//
// The server's own scheduled sweep would do the same at the start of its
// next period (an hour by default, counted from the Unix epoch), which a
// run around the full hour could hit between the save and the CLI sweep;
// KALM_INACTIVITY_SWEEP_MINUTES=10080 (a week, its maximum) keeps that to
// the sweep at start-up, which finds nothing to do yet.
//
// With KALM_DOCS_SCREENSHOTS=1 the preview after saving is also written to
// docs/images/inactivity-preview.png (shown in docs/inactivity.md).
//
// Texts come from locales/en/*.ftl through en('message-id'), so copy
// edits there do not break the journey (plurals are written out); data
// (names, days, counts) is literal.
//
// Run: cd e2e && npm ci && node --test inactivity.test.mjs   (see README.md)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beginJourney, englishTexts, expectHeading, logIn, sentTo } from './support.mjs';

const en = englishTexts();
const DOCS_IMAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'images', 'inactivity-preview.png');
const DAY_MS = 86_400_000;

/**
 * Test set-up only, before the server starts: makes the accounts of
 * `emails` on `domain` look inactive for `days` days by setting their last
 * activity and their creation time that far back in the server's SQLite
 * database (Kalm's activity is the last login or authenticated request,
 * else the creation time; both are BIGINT microseconds since the Unix
 * epoch, UTC). Node 20 has no SQLite module, so CPython's sqlite3 writes it.
 */
function ageAccounts(server, domain, emails, days) {
  const at = BigInt(Date.now() - days * DAY_MS) * 1000n;
  const script = [
    'import sqlite3, sys',
    'path, domain, at, emails = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]',
    'con = sqlite3.connect(path, timeout=30)',
    'with con:',
    '    changed = sum(con.execute(',
    '        "UPDATE accounts SET last_activity_at = ?, created_at = ? WHERE email_folded = ?"',
    '        " AND platform_id = (SELECT id FROM platforms WHERE domain = ?)",',
    '        (at, at, e.lower(), domain)).rowcount for e in emails)',
    'con.close()',
    'print(changed)',
  ].join('\n');
  const res = spawnSync('python3', ['-c', script, server.databasePath, domain, String(at), ...emails], { encoding: 'utf8' });
  assert.equal(res.status, 0, `aging accounts failed:\n${res.stdout}\n${res.stderr}`);
  assert.equal(Number(res.stdout.trim()), emails.length, `aged ${res.stdout.trim()} of ${emails.join(', ')}`);
}

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

/** A table's column headers and its body rows (each row's header and cells), as trimmed texts. */
async function tableTexts(table) {
  return table.evaluate((el) => ({
    headers: [...el.tHead.rows[0].cells].map((c) => c.textContent.trim()),
    rows: [...el.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.trim())),
  }));
}

/** Clicks `target` to send a form whose answer is a page (no redirect) and waits for it. */
async function postForPage(page, url, target) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url() === url),
    target.click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

const fullName = (p) => `${p.first} ${p.last}`;
const main = (page) => page.getByRole('main');
const notice = (page, id) => page.getByRole('status').filter({ hasText: en(id) });
const button = (scope, id) => scope.getByRole('button', { name: en(id), exact: true });

test('inactivity journey: operator previews and confirms the days, the sweep deactivates, the manager reactivates', { timeout: 300_000 }, async (t) => {
  const journey = await beginJourney(t, 'inactivity');
  if (!journey) return;
  const { server, checker, step, mailbox } = journey;

  const platformName = 'Quiet Care';
  const domain = 'quiet.localhost';
  const operator = { email: 'desk@example.org', password: 'quiet-harbour-maple-97' };
  const manager = { first: 'Mara', last: 'Verhoeven', email: 'mara.verhoeven@example.org', password: 'lantern-orchard-pebble-42', roles: 'professional,application_manager' };
  const secretary = { first: 'Sam', last: 'Visser', email: 'sam.visser@example.org', password: 'pebble-harbour-maple-29', roles: 'secretary' };
  const client = (first, last, days) => ({ first, last, email: `${first}.${last.replace(/ /g, '')}@example.org`.toLowerCase(), password: 'meadow-copper-thistle-85', days });
  // Days since their last activity: 400 and 100 are past the 90 typed below.
  const clients = [
    client('Noor', 'Hendriks', 400),
    client('Lotte', 'de Vries', 400),
    client('Bram', 'Kuipers', 100),
    client('Eva', 'Jansen', 0),
    client('Daan', 'Smit', 0),
  ];
  const noor = clients[0];
  const inactive = clients.filter((c) => c.days > 90);

  // The texts this journey looks for.
  const title = en('config-inactivity-deactivation');
  const field = {
    professionalsOn: en('config-field-deactivate-professionals'),
    clientsOn: en('config-field-deactivate-clients'),
    professionalsDays: en('config-field-days-professionals'),
    clientsDays: en('config-field-days-clients'),
    warningDays: en('config-field-warning-days'),
  };
  const professionalsType = en('inactivity-type-professional');
  const clientsType = en('inactivity-type-client');
  // Plurals, written out.
  const ninetyDays = '90 days';
  const confirmLabel = 'I have checked the numbers: saving deactivates 3 accounts at once';
  const chartName = (withForm) => `${en('inactivity-chart-title')} ${en(withForm ? 'inactivity-chart-summary' : 'inactivity-chart-summary-in-effect', { professionals: 2, clients: 5, now: 3 })}`;
  const previewHeaders = ['type', 'days', 'accounts', 'now', 'next-30'].map((c) => en(`inactivity-preview-${c}`));
  // The preview table: Accounts / Limit / Active accounts / Deactivated at once / in the next 30 days.
  const previewOf = (clientRow) => ({
    headers: previewHeaders,
    rows: [[professionalsType, en('inactivity-off'), '2', en('inactivity-now-share', { count: 0, percent: 0 }), '0'], clientRow],
  });
  const preview90 = previewOf([clientsType, ninetyDays, '5', en('inactivity-now-share', { count: 3, percent: 60 }), '0']);
  // Accounts by days since their last activity (the buckets of
  // kalm_domain::inactivity::BUCKETS): the manager and the secretary are
  // new, two clients are new, one is 100 days and two 400 days inactive.
  const buckets = [[0, 30, 2, 2], [30, 90, 0, 0], [90, 180, 0, 1], [180, 365, 0, 0], [365, 730, 0, 2], [730, 1095, 0, 0], [1095, 1825, 0, 0], [1825, null, 0, 0]];
  const bucketTable = {
    headers: [en('inactivity-chart-axis'), professionalsType, clientsType],
    rows: buckets.map(([from, to, pros, cls]) => [
      to === null ? en('inactivity-bucket-open', { from }) : en('inactivity-bucket', { from, to: to - 1 }), String(pros), String(cls),
    ]),
  };

  // The platform and its people come from the CLI, before the server starts.
  server.createOperator(operator.email, operator.password);
  const platformId = server.cli(['platform', 'create', '--name', platformName, '--domain', domain, '--language', 'en']).trim();
  assert.match(platformId, /^[0-9a-f-]{36}$/, 'kalm platform create prints the id');
  const account = (type, p) => server.cli([
    'account', 'create', '--platform', domain, '--type', type, ...(p.roles ? ['--roles', p.roles] : []),
    '--email', p.email, '--first-name', p.first, '--last-name', p.last, '--password-stdin',
  ], `${p.password}\n`);
  account('professional', manager);
  account('professional', secretary);
  for (const c of clients) account('client', c);
  for (const days of [400, 100]) ageAccounts(server, domain, clients.filter((c) => c.days === days).map((c) => c.email), days);
  const stored = () => JSON.parse(server.cli(['config', 'show', '--platform', domain, '--json'])).find((c) => c.key === 'inactivity_deactivation');

  server.extraEnv = { KALM_INACTIVITY_SWEEP_MINUTES: '10080' }; // see the top of this file
  await server.start();
  await journey.launch();
  const console_ = `http://admin.localhost:${server.port}`;
  const site = `http://${domain}:${server.port}`;
  const platformUrl = `${console_}/platforms/${platformId}`;
  const configUrl = `${platformUrl}/configurations/inactivity_deactivation`;

  let desk; let mgr; let page; // the operator's, the manager's and Noor's browsers

  const valueRegion = (p) => main(p).getByRole('region', { name: en('config-value'), exact: true });
  // The section (its numbers table's scroll box is a region of the same name, without the heading).
  const previewRegion = (p) => main(p).getByRole('region', { name: en('inactivity-preview-heading'), exact: true })
    .filter({ has: p.getByRole('heading', { level: 3, name: en('inactivity-preview-heading'), exact: true }) });
  const previewTable = (p) => previewRegion(p).getByRole('table')
    .filter({ has: p.getByRole('columnheader', { name: en('inactivity-preview-now'), exact: true }) });
  const confirmBox = (p) => valueRegion(p).getByRole('checkbox', { name: confirmLabel, exact: true });

  /** The preview section: the numbers table, the chart (one image with its text alternative) and the table of buckets. */
  // `withForm`: the page has the form whose days are counted; a read-only
  // page speaks of the days in effect instead.
  async function expectPreview(p, expected, withForm = true) {
    const region = previewRegion(p);
    await region.getByRole('heading', { level: 3, name: en('inactivity-preview-heading'), exact: true }).waitFor();
    await region.getByText(en(withForm ? 'inactivity-preview-intro' : 'inactivity-preview-intro-in-effect'), { exact: true }).waitFor();
    assert.equal(await previewTable(p).count(), 1, 'one table of numbers');
    assert.deepEqual(await tableTexts(previewTable(p)), expected);
    const chart = region.getByRole('img', { name: chartName(withForm), exact: true });
    await chart.waitFor();
    assert.equal(await chart.evaluate((el) => el.tagName.toLowerCase()), 'svg', 'the chart is drawn inline');
    assert.equal(await chart.getAttribute('aria-labelledby'), 'chart-title chart-summary');
    assert.equal(await chart.locator('rect').count(), 2 * buckets.length, 'two bars per bucket');
    assert.equal(await chart.locator('line[stroke-dasharray]').count(), 1, 'one limit drawn: professionals are off');
    assert.equal((await region.locator('figure figcaption').innerText()).trim(), en('inactivity-chart-title'));
    assert.deepEqual(await tableTexts(region.getByRole('table', { name: en('inactivity-chart-title'), exact: true })), bucketTable);
  }

  /** The value form's controls as { name: checked or value }. */
  async function formValues(p) {
    const v = valueRegion(p);
    return {
      professionalsOn: await v.getByRole('checkbox', { name: field.professionalsOn, exact: true }).isChecked(),
      professionalsDays: await v.getByLabel(field.professionalsDays, { exact: true }).inputValue(),
      clientsOn: await v.getByRole('checkbox', { name: field.clientsOn, exact: true }).isChecked(),
      clientsDays: await v.getByLabel(field.clientsDays, { exact: true }).inputValue(),
      warningDays: await v.getByLabel(field.warningDays, { exact: true }).inputValue(),
    };
  }
  const typed = { professionalsOn: false, professionalsDays: '365', clientsOn: true, clientsDays: '90', warningDays: '14' };

  await step('operator makes "Deactivate inactive accounts" available on "Quiet Care"', async () => {
    desk = await journey.person();
    await logIn(checker, desk, console_, operator, 'console-login');
    await expectHeading(desk, en('platforms-title'));
    await desk.getByRole('table', { name: en('platforms-title') }).getByRole('link', { name: platformName, exact: true }).click();
    await desk.waitForURL(platformUrl);
    await expectHeading(desk, platformName);
    const tileLink = main(desk).getByRole('link', { name: `${title} ${en('config-state-unavailable')}`, exact: true });
    await tileLink.waitFor();
    await checker.check(desk, 'console-platform');

    await tileLink.click();
    await desk.waitForURL(configUrl);
    await expectHeading(desk, title);
    const facts = main(desk).locator('dl.facts').first();
    assert.deepEqual(await factsOf(facts), {
      [en('config-state')]: en('config-state-unavailable'),
      [en('config-editor')]: en('config-editor-service-desk'),
      [en('config-charge')]: en('config-charge-free'),
    });
    // The service desk may prepare the value before making it available, so
    // the form is there already; this journey makes it available first.
    await button(valueRegion(desk), 'inactivity-preview-button').waitFor();
    await button(valueRegion(desk), 'config-save').waitFor();
    await checker.check(desk, 'console-inactivity-unavailable');

    const availability = main(desk).getByRole('region', { name: en('config-availability'), exact: true });
    await Promise.all([
      desk.waitForURL(`${configUrl}?done=configuration_made_available`),
      button(availability, 'config-make-available').click(),
    ]);
    await notice(desk, 'notice-configuration-made-available').waitFor();
    assert.equal((await factsOf(facts))[en('config-state')], en('config-state-available'));
    await button(availability, 'config-withdraw').waitFor();
    // Now the form: off for both types (the number fields show 365 to start from), a 14-day warning.
    assert.deepEqual(await formValues(desk), { ...typed, clientsOn: false, clientsDays: '365' });
    for (const name of [field.professionalsDays, field.clientsDays]) {
      const box = valueRegion(desk).getByLabel(name, { exact: true });
      assert.equal(await box.getAttribute('type'), 'number');
      assert.equal(await box.getAttribute('min'), '1');
      assert.equal(await box.getAttribute('max'), '3650');
    }
    await button(valueRegion(desk), 'inactivity-preview-button').waitFor();
    await button(valueRegion(desk), 'config-save').waitFor();
    // The stored value (off) deactivates nobody: no confirmation box.
    assert.deepEqual(await tableTexts(previewTable(desk)), previewOf([clientsType, en('inactivity-off'), '5', en('inactivity-now-share', { count: 0, percent: 0 }), '0']));
    assert.equal(await valueRegion(desk).getByRole('checkbox', { name: /checked the numbers/ }).count(), 0);
    await checker.check(desk, 'console-inactivity-available');
  });

  await step('operator types 90 days for clients and shows the effect: 3 of 5 clients at once, nothing saved', async () => {
    const v = valueRegion(desk);
    await v.getByRole('checkbox', { name: field.clientsOn, exact: true }).check();
    await v.getByLabel(field.clientsDays, { exact: true }).fill('90');
    const response = await postForPage(desk, configUrl, button(v, 'inactivity-preview-button'));
    assert.equal(response.status(), 200);
    await expectHeading(desk, title);
    assert.deepEqual(await formValues(desk), typed, 'the form keeps what was typed');
    await expectPreview(desk, preview90);
    const attention = await previewTable(desk).getByRole('row', { name: new RegExp(`^${clientsType}`) }).getAttribute('class');
    assert.equal(attention, 'attention', 'the clients row is marked: more than 10 % at once');
    assert.ok(!(await confirmBox(desk).isChecked()), 'the confirmation box is there, not ticked');
    assert.equal(await desk.getByRole('alert').count(), 0, 'no error');
    assert.equal(stored().value.clients, null, 'nothing saved');
    await checker.check(desk, 'console-inactivity-preview');
  });

  await step('saving without the box is refused (409) and keeps what was typed', async () => {
    const response = await postForPage(desk, configUrl, button(valueRegion(desk), 'config-save'));
    assert.equal(response.status(), 409);
    const alert = desk.getByRole('alert');
    await alert.filter({ hasText: en('error-confirmation-needed') }).waitFor();
    assert.equal((await alert.innerText()).trim(), en('error-confirmation-needed'));
    assert.deepEqual(await formValues(desk), typed, 'what was typed is kept');
    await expectPreview(desk, preview90);
    assert.ok(!(await confirmBox(desk).isChecked()));
    assert.equal(stored().value.clients, null, 'nothing saved');
    await checker.check(desk, 'console-inactivity-refused');
  });

  await step('with the box ticked the value is saved', async () => {
    await confirmBox(desk).check();
    await Promise.all([desk.waitForURL(`${configUrl}?done=configuration_saved`), button(valueRegion(desk), 'config-save').click()]);
    await notice(desk, 'notice-configuration-saved').waitFor();
    const saved = stored();
    assert.equal(saved.available, true);
    assert.deepEqual(saved.value, { professionals: null, clients: 90, warning_days: 14 });
    // The page now shows the stored value and its effect (nobody is deactivated before the sweep).
    assert.deepEqual(await formValues(desk), typed);
    await expectPreview(desk, preview90);
    await checker.check(desk, 'console-inactivity-saved');

    // The preview as docs/inactivity.md shows it: at desktop width, from its
    // heading down to the confirmation box and Save.
    const image = join(journey.artifacts, 'inactivity-preview.png');
    const top = await previewRegion(desk).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const bottom = await button(valueRegion(desk), 'config-save').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    const { x, width } = await previewRegion(desk).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, width: r.width };
    });
    await desk.screenshot({ path: image, fullPage: true, clip: { x: x - 16, y: top, width: width + 32, height: bottom - top + 16 } });
    if (process.env.KALM_DOCS_SCREENSHOTS === '1') {
      mkdirSync(dirname(DOCS_IMAGE), { recursive: true });
      copyFileSync(image, DOCS_IMAGE);
      console.log(`inactivity: wrote ${DOCS_IMAGE}`);
    }
  });

  await step('the application manager sees the setting and its effect read-only under Settings', async () => {
    mgr = await journey.person();
    await logIn(checker, mgr, site, manager, 'login-manager');
    await expectHeading(mgr, en('home-welcome', { name: manager.first }));
    await mgr.getByRole('navigation', { name: en('nav-label') }).getByRole('link', { name: en('nav-settings'), exact: true }).click();
    await mgr.waitForURL(`${site}/settings`);
    await expectHeading(mgr, en('settings-title'));
    const tileLink = main(mgr).getByRole('link', { name: `${title} ${en('config-state-available')}`, exact: true });
    await tileLink.waitFor();
    await checker.check(mgr, 'settings');

    await tileLink.click();
    await mgr.waitForURL(`${site}/settings/inactivity_deactivation`);
    await expectHeading(mgr, title);
    assert.equal(await main(mgr).getByRole('region', { name: en('config-availability') }).count(), 0, 'availability is the service desk\'s');
    const v = valueRegion(mgr);
    assert.deepEqual(await factsOf(v.locator('dl.facts')), {
      [en('config-field-professionals')]: en('config-off'),
      [en('config-field-clients')]: 'after 90 days without activity',
      [field.warningDays]: '14 days',
    });
    await v.getByText(en('config-ask-service-desk'), { exact: true }).waitFor();
    assert.equal(await v.getByRole('button').count(), 0, 'no "Show the effect", no Save');
    assert.equal(await v.getByRole('checkbox').count(), 0, 'no controls, no confirmation');
    assert.equal(await v.getByRole('spinbutton').count(), 0);
    await expectPreview(mgr, preview90, false);
    await checker.check(mgr, 'settings-inactivity');
  });

  await step('kalm inactivity sweep deactivates the three inactive clients', async () => {
    const dryRun = JSON.parse(server.cli(['inactivity', 'sweep', '--platform', domain, '--dry-run', '--json']));
    assert.deepEqual(
      dryRun.planned.map((p) => `${p.action} ${p.email}`).sort(),
      inactive.map((c) => `deactivate ${c.email}`).sort(),
      'the dry run lists the three',
    );
    assert.equal(dryRun.deactivated, 3, 'a dry run counts what it would do');
    assert.equal(dryRun.skipped, 0, 'the application manager is active');

    const report = JSON.parse(server.cli(['inactivity', 'sweep', '--platform', domain, '--json']));
    assert.equal(report.deactivated, 3, JSON.stringify(report));
    assert.equal(report.warned, 0, JSON.stringify(report));
    const again = JSON.parse(server.cli(['inactivity', 'sweep', '--platform', domain, '--json']));
    assert.equal(again.deactivated, 0, 'a second sweep finds nobody');

    // The manager's page counts again: two clients left, none past the limit.
    await mgr.reload();
    await expectHeading(mgr, title);
    assert.deepEqual(
      await tableTexts(previewTable(mgr)),
      previewOf([clientsType, ninetyDays, '2', en('inactivity-now-share', { count: 0, percent: 0 }), '0']),
    );
    await checker.check(mgr, 'settings-inactivity-after-sweep');
  });

  await step('a deactivated client is told so at login (a wrong password gets the usual answer)', async () => {
    page = await journey.person();
    await page.goto(`${site}/`);
    assert.equal(page.url(), `${site}/login`);
    await expectHeading(page, en('login-title'));
    await checker.check(page, 'login-client');
    const submit = async (password) => {
      await page.getByLabel(en('field-email'), { exact: true }).fill(noor.email);
      await page.getByLabel(en('field-password'), { exact: true }).fill(password);
      return postForPage(page, `${site}/login`, button(page, 'login-submit'));
    };

    const wrong = await submit('not-her-password-at-all');
    assert.equal(wrong.status(), 401);
    await page.getByRole('alert').filter({ hasText: en('error-login-failed') }).waitFor();
    assert.equal((await page.getByRole('alert').innerText()).trim(), en('error-login-failed'), 'nothing about the account');

    const right = await submit(noor.password);
    assert.equal(right.status(), 403);
    const message = en('error-account-deactivated-login', { platform: platformName });
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    assert.equal((await page.getByRole('alert').innerText()).trim(), message);
    await expectHeading(page, en('login-title'));
    assert.equal(await button(page, 'logout').count(), 0, 'not signed in');
    await checker.check(page, 'login-client-deactivated');
    await page.goto(`${site}/`);
    assert.equal(page.url(), `${site}/login`, 'still signed out');
  });

  await step('the application manager reactivates her from the account list', async () => {
    await Promise.all([
      mgr.waitForURL(`${site}/accounts`),
      mgr.getByRole('navigation', { name: en('nav-label') }).getByRole('link', { name: en('nav-accounts'), exact: true }).click(),
    ]);
    await expectHeading(mgr, en('accounts-title'));
    const table = main(mgr).getByRole('table', { name: en('accounts-title') });
    const statusOf = async (c) => {
      const { headers } = await tableTexts(table);
      const cells = (await table.getByRole('row').filter({ has: mgr.getByRole('link', { name: fullName(c), exact: true }) }).getByRole('cell').allTextContents()).map((s) => s.trim());
      return cells[headers.indexOf(en('field-status'))];
    };
    for (const c of clients) assert.equal(await statusOf(c), en(c.days > 90 ? 'status-deactivated' : 'status-active'), fullName(c));
    await checker.check(mgr, 'accounts');

    await Promise.all([
      mgr.waitForURL(new RegExp(`^${site.replace(/[.]/g, '\\.')}/accounts/[0-9a-f-]{36}$`)),
      table.getByRole('link', { name: fullName(noor), exact: true }).click(),
    ]);
    const accountUrl = mgr.url();
    await expectHeading(mgr, fullName(noor));
    const facts = main(mgr).locator('dl.facts').first();
    assert.equal((await factsOf(facts))[en('field-status')], en('status-deactivated'));
    const actions = main(mgr).getByRole('region', { name: en('account-actions'), exact: true });
    // Deactivating is a link to a question page, not a one-click button.
    const deactivateLink = actions.getByRole('link', { name: `${en('account-deactivate')}…`, exact: true });
    assert.equal(await deactivateLink.count(), 0);
    await checker.check(mgr, 'account-deactivated');

    await Promise.all([mgr.waitForURL(`${accountUrl}?done=account_reactivated`), button(actions, 'account-reactivate').click()]);
    await expectHeading(mgr, fullName(noor));
    await notice(mgr, 'notice-account-reactivated').waitFor();
    assert.equal((await factsOf(facts))[en('field-status')], en('status-active'));
    await deactivateLink.waitFor();
    assert.equal(await button(actions, 'account-reactivate').count(), 0);
    await checker.check(mgr, 'account-reactivated');

    // The question before deactivating says what happens and that it can
    // be undone; "Cancel" leads back with nothing changed.
    await Promise.all([mgr.waitForURL(`${accountUrl}/deactivate`), deactivateLink.click()]);
    await expectHeading(mgr, en('account-deactivate-question', { name: fullName(noor) }));
    await main(mgr).getByText(en('account-deactivate-email', { email: noor.email }), { exact: true }).waitFor();
    await main(mgr).getByText(en('account-deactivate-undo'), { exact: true }).waitFor();
    await main(mgr).getByRole('button', { name: en('account-deactivate'), exact: true }).waitFor();
    await checker.check(mgr, 'account-deactivate-question');
    await Promise.all([mgr.waitForURL(accountUrl), main(mgr).getByRole('link', { name: en('confirm-keep'), exact: true }).click()]);
    assert.equal((await factsOf(main(mgr).locator('dl.facts').first()))[en('field-status')], en('status-active'));
  });

  await step('the client logs in again; she was e-mailed about the deactivation', async () => {
    await logIn(checker, page, site, noor, 'login-client-again');
    await expectHeading(page, en('home-welcome', { name: noor.first }));
    await checker.check(page, 'home-client');

    const subject = en('email-account-deactivated-subject');
    const mail = await mailbox.waitFor((m) => sentTo(m, noor.email) && m.subject === subject, { what: `"${subject}" to ${noor.email}` });
    const firstLine = en.line('email-account-deactivated-body', 0, { organisation_name: platformName, date: '\u0001' }).split('\u0001');
    assert.ok(firstLine.every((part) => mail.text.includes(part)), mail.text);
  });
});
