// Browser journey for languages, in real Chromium with axe-core on every page
// visited (machinery in support.mjs).
//
// The platform "Taal Zorg" (default Dutch) offers all eight languages; a
// client account is made with the CLI. A German browser gets the login page
// in German; the language switcher shows it in each of the eight languages
// (a screenshot of each in artifacts/languages/login-<code>.png) and works
// with the keyboard alone; the client logs in, the pages follow her own
// language, she chooses French in My account and every page is French from
// then on, and so is the e-mail she gets when she changes her password. A
// platform that offers one language has no switcher at all.
//
// Texts come from locales/<code>/*.ftl through localeTexts(code), so copy
// edits there do not break the journey; data (names, e-mail) is literal.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, beginJourney, expectHeading, localeTexts, logIn, sentTo } from './support.mjs';

const COOKIE = 'kalm_lang';

/** The language switcher and its button, named in the page's language. */
const switcher = (page, tr) => page.getByRole('combobox', { name: tr('language-switcher'), exact: true });
const switchButton = (page, tr) => page.getByRole('button', { name: tr('language-switcher-submit'), exact: true });

async function htmlLang(page) {
  return page.locator('html').getAttribute('lang');
}

/** The options of a select as the page has them. */
function optionsOf(select) {
  return select.locator('option').evaluateAll((os) => os.map((o) => ({
    value: o.value, label: o.textContent.trim(), lang: o.getAttribute('lang'), selected: o.selected,
  })));
}

/** The language cookie this browser holds for `origin`, if any. */
async function languageCookie(page, origin) {
  const cookie = (await page.context().cookies(origin)).find((c) => c.name === COOKIE);
  return cookie ? cookie.value : null;
}

/**
 * Runs `action` and waits until it has replaced the document (also when the
 * new page has the same URL and language as the old one), then for its load.
 */
async function navigatesBy(page, action) {
  await page.evaluate(() => { window.kalmOldDocument = true; });
  await action();
  await page.waitForFunction(() => !window.kalmOldDocument);
  await page.waitForLoadState('load');
}

/**
 * The login page of "Taal Zorg" in the language of `tr`: <html lang>, title,
 * heading, intro, fields, and the switcher (with every offered language,
 * each option marked with its own lang) showing that language.
 */
async function expectLoginPage(page, tr, platformName) {
  assert.equal(await htmlLang(page), tr.lang, '<html lang>');
  await expectHeading(page, tr('login-title'));
  assert.equal(await page.title(), `${tr('login-title')} · ${platformName}`);
  await page.getByRole('main').getByText(tr('login-intro', { platform: platformName }), { exact: true }).waitFor();
  await page.getByLabel(tr('field-email'), { exact: true }).waitFor();
  await page.getByLabel(tr('field-password'), { exact: true }).waitFor();
  await page.getByRole('button', { name: tr('login-submit'), exact: true }).waitFor();
  const select = switcher(page, tr);
  await select.waitFor();
  await switchButton(page, tr).waitFor();
  assert.equal(await select.inputValue(), tr.lang, 'the switcher shows the page language');
  assert.deepEqual(await optionsOf(select), LANGUAGES.map((code) => ({
    value: code, label: tr(`language-${code}`), lang: code, selected: code === tr.lang,
  })), 'the switcher offers the eight languages, the default (nl) first, each by its own name');
}

test('languages journey: browser language → switcher in eight languages → own language after login', { timeout: 300_000 }, async (t) => {
  const journey = await beginJourney(t, 'languages');
  if (!journey) return;
  const { server, checker, step, mailbox } = journey;

  const here = dirname(fileURLToPath(import.meta.url));
  const featureFiles = (code) => readdirSync(join(here, '..', 'locales', code)).filter((name) => name.endsWith('.ftl')).sort();
  for (const code of LANGUAGES) assert.deepEqual(featureFiles(code), featureFiles('en'), `locales/${code}/ has the feature files of locales/en/`);
  const texts = Object.fromEntries(LANGUAGES.map((code) => [code, localeTexts(code)]));
  const { nl, en, de, es, fr } = texts;

  const platformName = 'Taal Zorg';
  const client = { first: 'Zoë', last: 'Szabó', email: 'zoe.szabo@example.org', password: 'violet-harbour-lantern-63' };
  const newPassword = 'orchard-velvet-lantern-58';
  const fullName = `${client.first} ${client.last}`;

  // The platforms and the client come from the CLI, before the browser starts.
  server.cli(['platform', 'create', '--name', platformName, '--domain', 'taal.localhost', '--language', 'nl']);
  server.cli(['config', 'available', '--platform', 'taal.localhost', 'languages', '--note', 'Languages journey']);
  const others = LANGUAGES.filter((code) => code !== 'nl');
  server.cli(['config', 'set', '--platform', 'taal.localhost', 'languages', JSON.stringify(others)]);
  assert.match(server.cli(['config', 'show', '--platform', 'taal.localhost']), new RegExp(`languages\\s+available\\s+${JSON.stringify(others).replace(/[[\]]/g, '\\$&')}`));
  server.cli([
    'account', 'create', '--platform', 'taal.localhost', '--type', 'client',
    '--email', client.email, '--first-name', client.first, '--last-name', client.last, '--password-stdin',
  ], `${client.password}\n`);
  server.cli(['platform', 'create', '--name', 'Plain Care', '--domain', 'plain.localhost', '--language', 'en']);

  await server.start();
  await journey.launch();
  const site = `http://taal.localhost:${server.port}`;
  const plain = `http://plain.localhost:${server.port}`;

  let page;

  await step('a German browser gets the login page in German', async () => {
    page = await journey.person({ locale: 'de-DE' });
    const response = await page.goto(`${site}/login`);
    assert.equal(response.status(), 200);
    const accept = (await response.request().allHeaders())['accept-language'];
    assert.match(accept, /^de-DE\b/, `the browser asks for German (Accept-Language: ${accept})`);
    assert.equal(await languageCookie(page, site), null, 'no language chosen yet');
    await expectLoginPage(page, de, platformName);
    await checker.check(page, 'login-browser-de');
  });

  await step('the switcher shows the login page in each of the eight languages', async () => {
    let current = de;
    for (const code of LANGUAGES) {
      const tr = texts[code];
      const optionName = current(`language-${code}`); // the option's visible name, e.g. "Polski"
      await switcher(page, current).selectOption({ label: optionName });
      let switched;
      await navigatesBy(page, async () => {
        [switched] = await Promise.all([
          page.waitForResponse((r) => new URL(r.url()).pathname === '/language'),
          switchButton(page, current).click(),
        ]);
      });
      const asked = new URL(switched.url()).searchParams;
      assert.deepEqual({ to: asked.get('to'), back: asked.get('back') }, { to: code, back: '/login' });
      assert.equal(switched.status(), 303, 'the switcher answers with a redirect back');
      assert.equal(page.url(), `${site}/login`, 'back on the login page');
      assert.equal(await languageCookie(page, site), code, `the choice of ${optionName} is remembered`);
      await expectLoginPage(page, tr, platformName);
      await checker.check(page, `login-${code}`, { screenshot: `login-${code}` });
      current = tr;
    }
    // The choice beats the browser's German on a fresh load too.
    await page.reload();
    await expectLoginPage(page, current, platformName);
  });

  await step('the switcher works with the keyboard alone', async () => {
    const from = texts[LANGUAGES.at(-1)]; // where the previous step ended (pl)
    const to = es;
    await page.goto(`${site}/login`);
    assert.equal(await htmlLang(page), from.lang);

    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return {
        id: el.id,
        tag: el.tagName,
        text: el.tagName === 'SELECT' ? null : el.textContent.trim(),
        label: el.labels && el.labels[0] ? el.labels[0].textContent.trim() : null,
        focusVisible: el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none',
      };
    });
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(), { id: '', tag: 'A', text: from('skip-to-content'), label: null, focusVisible: true }, 'first Tab stop: the skip link');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(), { id: 'language-switcher', tag: 'SELECT', text: null, label: from('language-switcher'), focusVisible: true }, 'second Tab stop: the switcher, focus visible');

    // Arrow keys change the choice on the closed select without leaving the page (WCAG 3.2.2).
    await page.evaluate(() => { window.kalmOldDocument = true; });
    const steps = LANGUAGES.indexOf(from.lang) - LANGUAGES.indexOf(to.lang);
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowUp');
    assert.equal(await switcher(page, from).inputValue(), to.lang, `${steps}× ArrowUp chooses ${from(`language-${to.lang}`)}`);
    assert.equal(await page.evaluate(() => window.kalmOldDocument), true, 'choosing alone does not reload the page');
    assert.equal(await htmlLang(page), from.lang);

    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(), { id: '', tag: 'BUTTON', text: from('language-switcher-submit'), label: null, focusVisible: true }, 'next Tab stop: the switcher\'s button');
    await navigatesBy(page, () => page.keyboard.press('Enter'));
    assert.equal(page.url(), `${site}/login`);
    assert.equal(await languageCookie(page, site), to.lang);
    await expectLoginPage(page, to, platformName);
    await checker.check(page, `login-${to.lang}-by-keyboard`);
  });

  await step('the client logs in, chooses Français in My account, and gets every page in French', async () => {
    // Before login: the last language chosen with the switcher (es).
    await logIn(checker, page, site, client, 'login-client-es', es);

    // After login: the client's own language, the platform default (nl); no switcher.
    assert.equal(await htmlLang(page), 'nl');
    await expectHeading(page, nl('home-welcome', { name: client.first }));
    const menu = (tr) => page.getByRole('navigation', { name: tr('nav-label'), exact: true });
    const menuItems = async (tr) => (await menu(tr).getByRole('link').allTextContents()).map((s) => s.trim());
    assert.deepEqual(await menuItems(nl), [nl('nav-home'), nl('nav-my-account')]);
    await page.getByText(nl('signed-in-as', { name: fullName }), { exact: true }).waitFor();
    assert.equal(await page.locator('form[action="/language"]').count(), 0, 'no switcher after login');
    await checker.check(page, 'home-nl');

    await menu(nl).getByRole('link', { name: nl('nav-my-account'), exact: true }).click();
    await page.waitForURL(`${site}/account`);
    assert.equal(await htmlLang(page), 'nl');
    await expectHeading(page, nl('my-account-title'));
    const profile = (tr) => page.getByRole('region', { name: tr('my-account-profile'), exact: true });
    const language = (tr) => profile(tr).getByLabel(tr('field-language'), { exact: true });
    assert.equal(await language(nl).inputValue(), 'nl', 'her own language is the platform default');
    assert.deepEqual(
      (await optionsOf(language(nl))).map(({ value, label }) => ({ value, label })),
      LANGUAGES.map((code) => ({ value: code, label: nl(`language-${code}`) })),
      'the eight offered languages, by their own names',
    );
    await checker.check(page, 'my-account-nl');

    await language(nl).selectOption({ label: nl('language-fr') });
    await Promise.all([
      page.waitForURL(`${site}/account?done=profile_saved`),
      profile(nl).getByRole('button', { name: nl('save'), exact: true }).click(),
    ]);
    assert.equal(await htmlLang(page), 'fr');
    await page.getByRole('status').filter({ hasText: fr('notice-profile-saved') }).waitFor();
    await expectHeading(page, fr('my-account-title'));
    assert.deepEqual(await menuItems(fr), [fr('nav-home'), fr('nav-my-account')]);
    assert.equal(await menu(fr).getByRole('link', { name: fr('nav-my-account'), exact: true }).getAttribute('aria-current'), 'page');
    await page.getByText(fr('signed-in-as', { name: fullName }), { exact: true }).waitFor();
    assert.equal(await language(fr).inputValue(), 'fr', 'the choice is saved');
    await checker.check(page, 'my-account-fr');

    await menu(fr).getByRole('link', { name: fr('nav-home'), exact: true }).click();
    await page.waitForURL(`${site}/`);
    assert.equal(await htmlLang(page), 'fr');
    await expectHeading(page, fr('home-welcome', { name: client.first }));
    assert.deepEqual(await menuItems(fr), [fr('nav-home'), fr('nav-my-account')]);
    await checker.check(page, 'home-fr');

    // A fresh load of My account (no notice) is French too.
    await page.goto(`${site}/account`);
    assert.equal(await htmlLang(page), 'fr');
    await expectHeading(page, fr('my-account-title'));
    assert.equal(await page.getByRole('status').count(), 0);
  });

  await step('she changes her password in French, and the e-mail about it is French', async () => {
    // On My account (French), in the "change your password" section.
    assert.equal(page.url(), `${site}/account`);
    const section = page.getByRole('region', { name: fr('my-account-password'), exact: true });
    await section.getByText(fr('password-rules'), { exact: true }).waitFor();
    await section.getByLabel(fr('field-current-password'), { exact: true }).fill(client.password);
    await section.getByLabel(fr('field-new-password'), { exact: true }).fill(newPassword);
    await Promise.all([
      page.waitForURL(`${site}/account?done=password_changed`),
      section.getByRole('button', { name: fr('my-account-change-password'), exact: true }).click(),
    ]);
    assert.equal(await htmlLang(page), 'fr');
    await page.getByRole('status').filter({ hasText: fr('notice-password-changed') }).waitFor();
    await expectHeading(page, fr('my-account-title'));
    await checker.check(page, 'my-account-password-changed-fr');

    // The "password changed" e-mail (recognised by its subject in any of the
    // eight languages, so a wrong language fails below, not by a timeout).
    const subjects = LANGUAGES.map((code) => texts[code]('email-password-changed-subject'));
    const mail = await mailbox.waitFor(
      (m) => sentTo(m, client.email) && subjects.includes(m.subject),
      { what: `"password changed" to ${client.email}` },
    );
    assert.equal(mail.subject, fr('email-password-changed-subject'), 'the subject is French');
    assert.ok(mail.from.includes(platformName), `sent in the platform's name (From: ${mail.from})`);
    const greeting = fr('email-greeting-first-name', { first_name: client.first });
    const firstLine = fr.line('email-password-changed-body', 0, { organisation_name: platformName });
    assert.ok(mail.text.startsWith(`${greeting}\n`), `the text starts with the French greeting ${JSON.stringify(greeting)}:\n${mail.text}`);
    assert.ok(mail.text.includes(firstLine), `the text has the French body ${JSON.stringify(firstLine)}:\n${mail.text}`);
    assert.match(mail.html, /<html lang="fr">/, 'the HTML part is marked French');
    assert.ok(mail.html.includes(`<p>${greeting}</p>`), 'the HTML part greets her in French');
  });

  await step('signing out ends on the login page in the switcher\'s language', async () => {
    // Logging out ends on the login page, in the language chosen on this
    // browser before login (the switcher's cookie), not the account's.
    await Promise.all([
      page.waitForURL(`${site}/login`),
      page.getByRole('button', { name: fr('logout'), exact: true }).click(),
    ]);
    await expectLoginPage(page, es, platformName);
    await checker.check(page, 'login-after-logout-es');
  });

  await step('a platform without the option shows no switcher, even to a French browser', async () => {
    const visitor = await journey.person({ locale: 'fr-FR' });
    const response = await visitor.goto(`${plain}/login`);
    assert.equal(response.status(), 200);
    assert.match((await response.request().allHeaders())['accept-language'], /^fr-FR\b/);
    assert.equal(await htmlLang(visitor), 'en', 'the platform default: French is not offered');
    await expectHeading(visitor, en('login-title'));
    assert.equal(await visitor.locator('form[action="/language"]').count(), 0, 'no switcher form');
    assert.equal(await visitor.getByRole('combobox').count(), 0, 'no select at all');
    assert.equal(await visitor.getByLabel(en('language-switcher')).count(), 0);
    assert.equal(await visitor.getByRole('button', { name: en('language-switcher-submit') }).count(), 0);
    await checker.check(visitor, 'plain-login-fr-browser');

    // Asking for French by address does not help: nothing is remembered.
    await visitor.goto(`${plain}/language?to=fr&back=/login`);
    assert.equal(visitor.url(), `${plain}/login`);
    assert.equal(await languageCookie(visitor, plain), null, 'no language cookie for a language not offered');
    assert.equal(await htmlLang(visitor), 'en');
    assert.equal(await visitor.getByRole('combobox').count(), 0);
  });
});
