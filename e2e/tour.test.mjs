// Screenshot tour, in real Chromium with axe-core on every page (machinery
// in support.mjs): every page of a platform and of the service desk console
// as each role opens it, once in English and once in Dutch, each at desktop
// and phone width. The screenshots go to artifacts/tour-<lang>/ for review
// (NN-<page>-desktop.png, NN-<page>-phone.png); a serious or critical axe
// violation, a 5xx answer or a page error fails the tour.
//
// The journeys test behaviour; this tour only makes sure that no page is
// left unseen, in more than one language, when the pages change.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beginSharedRun, expectHeading, localeTexts, logIn } from './support.mjs';

const person = (first, last, password) => ({
  first, last, password, email: `${first.toLowerCase()}.${last.toLowerCase().replace(/ /g, '')}@example.org`,
});

const TOURS = [
  // The platform's time zone follows its language's country; the zone's
  // abbreviation depends on the date the tour runs.
  { lang: 'en', locale: 'en-GB', name: 'Tour Care', domain: 'tour-en.localhost', zone: 'Europe/London', abbreviation: /(GMT|BST)$/ },
  { lang: 'nl', locale: 'nl-NL', name: 'Rondleiding Zorg', domain: 'tour-nl.localhost', zone: 'Europe/Amsterdam', abbreviation: /(CET|CEST)$/ },
].map((tour) => ({
  ...tour,
  manager: person('Mara', 'Verhoeven', 'lantern-orchard-pebble-42'),
  professional: person('Pieter', 'Bakker', 'granite-willow-lantern-63'),
  secretary: person('Sam', 'Visser', 'pebble-harbour-maple-29'),
  client: person('Noor', 'Hendriks', 'meadow-copper-thistle-85'),
  author: person('Lotte', 'de Boer', 'willow-ember-harbour-19'),
  contentDomain: `content-${tour.lang}.localhost`,
  operator: { email: `desk-${tour.lang}@kalm.example.org`, password: 'harbour-desk-lantern-77' },
}));

test('screenshot tour: every page in English and Dutch, at desktop and phone width', { timeout: 300_000, concurrency: true }, async (t) => {
  const run = await beginSharedRun(t, 'tour');
  if (!run) return;
  // A price list (read from kalm.toml in the server's folder, by the server
  // and by the CLI alike), so the charges page shows amounts and totals.
  writeFileSync(join(run.server.dir, 'kalm.toml'), [
    '[prices]',
    'currency = "EUR"',
    'made_available = { video_sessions = "250.00" }',
    '',
  ].join('\n'));
  for (const tour of TOURS) {
    run.server.createOperator(tour.operator.email, tour.operator.password);
    tour.platformId = run.server.cli(['platform', 'create', '--name', tour.name, '--domain', tour.domain, '--language', tour.lang]).trim();
    run.server.cli(['platform', 'update', tour.domain, '--contact-email', `help@${tour.domain}`]);
    run.server.cli(['config', 'available', '--platform', tour.domain, 'video_sessions', '--note', 'Order 2026-114']);
    const account = (p, type, roles) => run.server.cli([
      'account', 'create', '--platform', tour.domain, '--type', type, ...(roles ? ['--roles', roles] : []),
      '--email', p.email, '--first-name', p.first, '--last-name', p.last, '--password-stdin',
    ], `${p.password}\n`).trim();
    account(tour.manager, 'professional', 'professional,application_manager');
    account(tour.professional, 'professional', 'professional');
    account(tour.secretary, 'professional', 'secretary');
    tour.clientId = account(tour.client, 'client');
    // A content platform with a released questionnaire and a module draft,
    // made by one person who both writes and releases.
    run.server.cli(['platform', 'create', '--name', `${tour.name} Content`, '--domain', tour.contentDomain, '--language', tour.lang, '--kind', 'content']);
    run.server.cli([
      'account', 'create', '--platform', tour.contentDomain, '--type', 'professional', '--roles', 'author,publisher',
      '--email', tour.author.email, '--first-name', tour.author.first, '--last-name', tour.author.last, '--password-stdin',
    ], `${tour.author.password}\n`);
    const shipped = (name) => join(import.meta.dirname, '..', 'crates', 'kalm', 'content', name);
    tour.phq9 = run.server.cli(['content', 'import', '--platform', tour.contentDomain, shipped('phq9.en.json'), '--release', 'First version']).trim();
    tour.module = run.server.cli(['content', 'import', '--platform', tour.contentDomain, shipped(`sleep-module.${tour.lang}.json`)]).trim();
    run.server.cli(['catalogue', 'link', '--content', tour.contentDomain, '--care', tour.domain]);
  }
  await run.server.start();
  await run.launch();
  await run.each(TOURS, {
    title: (tour) => `the tour in ${tour.lang}`,
    journeyName: (tour) => `tour-${tour.lang}`,
  }, tourOf);
});

async function tourOf(journey, tour) {
  const { server, checker, step } = journey;
  const tr = localeTexts(tour.lang);
  const site = `http://${tour.domain}:${server.port}`;
  const console_ = `http://admin.localhost:${server.port}`;

  /** Opens `path` and checks it under `label`; the page must answer `status`. */
  async function visit(page, origin, path, label, status = 200) {
    const response = await page.goto(`${origin}${path}`);
    assert.equal(response.status(), status, `${label}: ${origin}${path}`);
    assert.equal(await page.locator('html').getAttribute('lang'), tour.lang, `${label} is in ${tour.lang}`);
    await checker.check(page, label);
  }

  await step('a visitor who is not signed in', async () => {
    const page = await journey.person({ locale: tour.locale });
    await visit(page, site, '/login', 'login');
    await visit(page, site, '/forgot-password', 'forgot-password');
    await visit(page, site, '/no-such-page', 'not-found', 404);
  });

  await step('the client', async () => {
    const page = await journey.person({ locale: tour.locale });
    await logIn(checker, page, site, tour.client, 'login-client', tr);
    await visit(page, site, '/', 'home-client');
    await visit(page, site, '/account', 'my-account-client');
    await visit(page, site, '/account/two-factor', 'two-factor-client');
  });

  await step('a professional and a secretary', async () => {
    const pro = await journey.person({ locale: tour.locale });
    await logIn(checker, pro, site, tour.professional, 'login-professional', tr);
    await visit(pro, site, '/', 'home-professional');
    await visit(pro, site, '/accounts', 'accounts-professional');
    const sec = await journey.person({ locale: tour.locale });
    await logIn(checker, sec, site, tour.secretary, 'login-secretary', tr);
    await visit(sec, site, '/', 'home-secretary');
    await visit(sec, site, '/accounts/new', 'account-new-secretary');
  });

  await step('the application manager', async () => {
    const page = await journey.person({ locale: tour.locale });
    await logIn(checker, page, site, tour.manager, 'login-manager', tr);
    await expectHeading(page, tr('home-welcome', { name: tour.manager.first }));
    await visit(page, site, '/', 'home-manager');
    await visit(page, site, '/accounts', 'accounts');
    await visit(page, site, '/accounts/new', 'account-new');
    await visit(page, site, `/accounts/${tour.clientId}`, 'account-client');
    await visit(page, site, `/accounts/${tour.clientId}/deactivate`, 'account-deactivate-question');
    await visit(page, site, '/settings', 'settings');
    await visit(page, site, '/settings/email_greeting', 'settings-email-greeting');
    await visit(page, site, '/audit', 'audit');
    // Each entry is a sentence with names, on the platform's clock; its
    // details open from the keyboard.
    const name = (p) => `${p.first} ${p.last}`;
    const viewed = tr('audit-sentence-account-viewed', { who: name(tour.manager), target: name(tour.client), configuration: '' });
    const entry = page.getByRole('row').filter({ hasText: viewed }).first();
    await entry.waitFor();
    const when = (await entry.getByRole('cell').first().textContent()).trim();
    assert.match(when, tour.abbreviation, `the time is on the platform's clock: ${when}`);
    await entry.getByText(tr('audit-show-details'), { exact: true }).focus();
    await page.keyboard.press('Enter');
    await entry.locator('details[open] dl.facts').getByText(tour.client.email, { exact: true }).waitFor();
    await visit(page, site, '/account', 'my-account-manager');
    const zone = page.getByLabel(tr('field-time-zone'), { exact: true });
    assert.equal(await zone.inputValue(), '', "the platform's time zone until one is chosen");
    assert.equal((await zone.locator('option').first().textContent()).trim(), tr('my-account-time-zone-platform', { zone: tour.zone }));
  });

  await step('an author and publisher on the content platform', async () => {
    const content = `http://${tour.contentDomain}:${server.port}`;
    const page = await journey.person({ locale: tour.locale });
    await logIn(checker, page, content, tour.author, 'login-author', tr);
    await visit(page, content, '/tools', 'tools');
    await visit(page, content, `/tools/${tour.phq9}`, 'tool-questionnaire');
    await visit(page, content, `/tools/${tour.phq9}/preview?version=1`, 'tool-questionnaire-preview');
    // The questionnaire keeps its own language whatever the interface's.
    assert.equal(await page.locator('article.tool').getAttribute('lang'), 'en');
    await visit(page, content, `/tools/${tour.phq9}/edit`, 'tool-questionnaire-editor');
    await visit(page, content, `/tools/${tour.module}`, 'tool-module');
    await visit(page, content, `/tools/${tour.module}/edit`, 'tool-module-editor');
    await visit(page, content, `/tools/${tour.module}/preview`, 'tool-module-preview');
    assert.equal(await page.locator('article.tool').getAttribute('lang'), tour.lang);
  });

  await step('the service desk', async () => {
    const page = await journey.person({ locale: tour.locale });
    await logIn(checker, page, console_, tour.operator, 'console-login', tr);
    await visit(page, console_, '/', 'console-platforms');
    await visit(page, console_, '/platforms/new', 'console-platform-new');
    await visit(page, console_, `/platforms/${tour.platformId}`, 'console-platform');
    await visit(page, console_, `/platforms/${tour.platformId}/configurations/two_factor`, 'console-configuration');
    await visit(page, console_, `/emails?address=${encodeURIComponent(tour.client.email)}`, 'console-emails');
    await visit(page, console_, '/charges', 'console-charges');
  });
}
