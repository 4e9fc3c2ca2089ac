// Browser journey for friend accounts, in real Chromium with axe-core on every
// page visited (machinery in support.mjs), once on a platform whose default
// language is English and once on one whose default is Dutch.
//
// A client (made with the CLI, with a password) logs in, finds that she has
// not invited anyone yet, and invites a friend with the form on her home
// page; the friend is listed as invited, and the invitation comes by e-mail
// (an .eml file in the server's mail folder) in the client's language, with
// an activation link. In a browser of their own the friend opens it,
// chooses a password, logs in, sees who invited them and logs out. The
// client ends the link (after a question saying what that does); from then
// on the friend cannot log in.
//
// Both languages run at the same time on one server (one platform each, so
// their e-mail waits overlap); KALM_E2E_SERIAL=1 runs them one after the
// other. Screenshots and axe-report.json go to artifacts/friends-<lang>/,
// the server log and the e-mails to artifacts/friends/.
//
// Texts come from locales/<lang>/*.ftl through localeTexts(lang), so copy
// edits there do not break the journey; data (names, e-mail) is literal.
//
// Run: cd e2e && npm ci && npm test      (see README.md for the env vars)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beginSharedRun, expectHeading, localeTexts, logIn, sentTo } from './support.mjs';

/** One platform per language, each with its own people (data, not texts). */
const PLATFORMS = [
  {
    lang: 'en',
    locale: 'en-GB',
    name: 'Friends Care',
    domain: 'friends.localhost',
    client: { first: 'Maya', last: 'Lindqvist', email: 'maya.lindqvist@example.org', password: 'quiet-harbour-maple-97' },
    friend: { first: 'Jonah', last: 'Abara', email: 'jonah.abara@example.org', password: 'lantern-willow-copper-31' },
  },
  {
    lang: 'nl',
    locale: 'nl-NL',
    name: 'Vrienden Zorg',
    domain: 'vrienden.localhost',
    client: { first: 'Joëlle', last: 'van den Berg', email: 'joelle.vandenberg@example.org', password: 'quiet-harbour-maple-97' },
    friend: { first: 'Thijs', last: 'de Wit', email: 'thijs.dewit@example.org', password: 'tulp-molen-fietsbel-48' },
  },
];

test('friends journey: a client invites a friend, who activates, logs in, and loses access when the link ends (en, nl)', { timeout: 240_000, concurrency: true }, async (t) => {
  const run = await beginSharedRun(t, 'friends');
  if (!run) return;
  for (const p of PLATFORMS) {
    run.server.cli(['platform', 'create', '--name', p.name, '--domain', p.domain, '--language', p.lang]);
    run.server.cli([
      'account', 'create', '--platform', p.domain, '--type', 'client',
      '--email', p.client.email, '--first-name', p.client.first, '--last-name', p.client.last, '--password-stdin',
    ], `${p.client.password}\n`);
  }
  await run.server.start();
  await run.launch();
  await run.each(PLATFORMS, {
    title: (p) => `friends in ${p.lang} ("${p.name}", default language ${p.lang})`,
    journeyName: (p) => `friends-${p.lang}`,
  }, friendsJourney);
});

async function friendsJourney(journey, { lang, locale, name: platformName, domain, client, friend }) {
  const { server, checker, step, mailbox } = journey;
  const tr = localeTexts(lang);
  const site = `http://${domain}:${server.port}`;
  const friendName = `${friend.first} ${friend.last}`;

  let page; // the client's browser
  let friendPage; // the friend's own browser
  let activationLink;

  const main = (p) => p.getByRole('main');
  const friendsSection = (p) => p.getByRole('region', { name: tr('home-friends-heading'), exact: true });
  const notice = (p, id) => p.getByRole('status').filter({ hasText: tr(id) });
  const friendItem = (p) => friendsSection(p).getByRole('listitem').filter({ hasText: friendName });
  // A link to the question page; the "…" says a question comes first.
  const endButton = (p) => friendsSection(p).getByRole('link', { name: `${tr('friends-end-link', { name: friendName })}…`, exact: true });

  /** The login form of the current page, filled in and sent. */
  async function submitLogin(p, { email, password }) {
    await p.getByLabel(tr('field-email'), { exact: true }).fill(email);
    await p.getByLabel(tr('field-password'), { exact: true }).fill(password);
    await p.getByRole('button', { name: tr('login-submit'), exact: true }).click();
  }

  /** The page is the login page of this platform, in this language. */
  async function expectLoginPage(p) {
    assert.equal(new URL(p.url()).pathname, '/login');
    assert.equal(await p.locator('html').getAttribute('lang'), lang, '<html lang>');
    await expectHeading(p, tr('login-title'));
    assert.equal(await p.title(), `${tr('login-title')} · ${platformName}`);
  }

  await step('the client logs in; her home page says she has not invited anyone yet', async () => {
    page = await journey.person({ locale });
    await logIn(checker, page, site, client, 'login', tr);
    await expectHeading(page, tr('home-welcome', { name: client.first }));
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    assert.equal(await page.title(), `${tr('home-title')} · ${platformName}`);
    const section = friendsSection(page);
    await section.getByRole('heading', { level: 2, name: tr('home-friends-heading'), exact: true }).waitFor();
    await section.getByText(tr('home-friends-intro'), { exact: true }).waitFor();
    await section.getByText(tr('home-friends-none'), { exact: true }).waitFor();
    assert.equal(await section.getByRole('listitem').count(), 0, 'no one listed');
    await section.getByRole('heading', { level: 3, name: tr('friends-invite-heading'), exact: true }).waitFor();
    await checker.check(page, 'home');
  });

  await step('she invites a friend with the form; the friend is listed as invited', async () => {
    const section = friendsSection(page);
    await section.getByLabel(tr('field-first-name'), { exact: true }).fill(friend.first);
    await section.getByLabel(tr('field-last-name'), { exact: true }).fill(friend.last);
    await section.getByLabel(tr('field-email'), { exact: true }).fill(friend.email);
    await Promise.all([
      page.waitForURL(`${site}/?done=friend_invited`),
      section.getByRole('button', { name: tr('friends-invite-submit'), exact: true }).click(),
    ]);
    await expectHeading(page, tr('home-welcome', { name: client.first }));
    await notice(page, 'notice-friend-invited').waitFor();
    assert.equal((await page.getByRole('status').innerText()).trim(), tr('notice-friend-invited'));
    await friendItem(page).waitFor();
    assert.ok((await friendItem(page).innerText()).includes(`(${tr('status-invited')})`), 'listed with the status "invited"');
    await endButton(page).waitFor();
    assert.equal(await friendsSection(page).getByText(tr('home-friends-none'), { exact: true }).count(), 0);
    await checker.check(page, 'home-friend-invited');
  });

  await step('the invitation e-mail comes to the friend, in the client\'s language, with an activation link', async () => {
    const subject = tr('email-friend-invitation-subject', { inviter_first_name: client.first, organisation_name: platformName });
    const mail = await mailbox.waitFor((m) => sentTo(m, friend.email) && m.subject === subject, { what: `"${subject}" to ${friend.email}` });
    assert.ok(mail.from.includes(platformName), `sent in the platform's name (From: ${mail.from})`);
    const greeting = tr('email-greeting-first-name', { first_name: friend.first });
    assert.ok(mail.text.startsWith(`${greeting}\n`), `the text starts with ${JSON.stringify(greeting)}:\n${mail.text}`);
    const firstLine = tr.line('email-friend-invitation-body', 0, { inviter_first_name: client.first, organisation_name: platformName });
    assert.ok(mail.text.includes(firstLine), `the text has ${JSON.stringify(firstLine)}:\n${mail.text}`);
    const links = mail.text.match(/https?:\/\/\S+\/activate\/\S+/g) ?? [];
    assert.equal(links.length, 1, `one activation link in the text:\n${mail.text}`);
    [activationLink] = links;
    assert.match(activationLink, new RegExp(`^${site.replace(/[.]/g, '\\.')}/activate/[A-Za-z0-9_-]{20,}$`), 'a link to this platform, with a long token');
    assert.match(mail.html, new RegExp(`<html lang="${lang}">`), 'the HTML part is in the same language');
    assert.ok(mail.html.includes(`<a href="${activationLink}" `), 'the HTML part links to the same address');
  });

  await step('in a browser of their own the friend opens the link and chooses a password', async () => {
    friendPage = await journey.person({ locale });
    const response = await friendPage.goto(activationLink);
    assert.equal(response.status(), 200);
    assert.equal(await friendPage.locator('html').getAttribute('lang'), lang, 'the page is in the invitation\'s language');
    assert.equal(await friendPage.title(), `${tr('activate-title')} · ${platformName}`);
    await expectHeading(friendPage, tr('activate-welcome', { name: friend.first }));
    await main(friendPage).getByText(tr('activate-intro'), { exact: true }).waitFor();
    await main(friendPage).getByText(tr('password-rules'), { exact: true }).waitFor();
    const field = friendPage.getByLabel(tr('field-new-password'), { exact: true });
    assert.equal(await field.getAttribute('autocomplete'), 'new-password');
    await checker.check(friendPage, 'activate');
    await field.fill(friend.password);
    await Promise.all([
      friendPage.waitForURL(`${site}/login?done=account_activated`),
      friendPage.getByRole('button', { name: tr('activate-submit'), exact: true }).click(),
    ]);
    await expectLoginPage(friendPage);
    await notice(friendPage, 'notice-account-activated').waitFor();
    await checker.check(friendPage, 'login-account-activated');
  });

  await step('the friend logs in, sees who invited them, and logs out', async () => {
    await Promise.all([friendPage.waitForURL(`${site}/`), submitLogin(friendPage, friend)]);
    await expectHeading(friendPage, tr('home-welcome', { name: friend.first }));
    await main(friendPage).getByText(tr('home-friend-of', { name: client.first }), { exact: true }).waitFor();
    assert.equal(await friendsSection(friendPage).count(), 0, 'a friend cannot invite anyone');
    await checker.check(friendPage, 'home-friend');
    await Promise.all([
      friendPage.waitForURL(`${site}/login`),
      friendPage.getByRole('button', { name: tr('logout'), exact: true }).click(),
    ]);
    await expectLoginPage(friendPage);
    assert.equal(await friendPage.getByRole('button', { name: tr('logout'), exact: true }).count(), 0);
    await checker.check(friendPage, 'login-friend-logged-out');
  });

  await step('the client sees the friend as active and ends the link', async () => {
    await page.goto(`${site}/`);
    await expectHeading(page, tr('home-welcome', { name: client.first }));
    assert.ok((await friendItem(page).innerText()).includes(`(${tr('status-active')})`), 'listed as active now');
    await checker.check(page, 'home-friend-active');
    await Promise.all([page.waitForURL(/\/friends\/[^/]+\/end$/), endButton(page).click()]);
    await expectHeading(page, tr('friends-end-question', { name: friendName }));
    for (const id of ['friends-end-no-login', 'friends-end-sees-nothing', 'friends-end-undo']) {
      await main(page).getByText(tr(id, { name: friendName }), { exact: true }).waitFor();
    }
    await checker.check(page, 'friend-end-question');
    await Promise.all([
      page.waitForURL(`${site}/?done=friend_link_ended`),
      main(page).getByRole('button', { name: tr('friends-end-submit'), exact: true }).click(),
    ]);
    await expectHeading(page, tr('home-welcome', { name: client.first }));
    await notice(page, 'notice-friend-link-ended').waitFor();
    assert.equal((await page.getByRole('status').innerText()).trim(), tr('notice-friend-link-ended'));
    assert.equal(await friendItem(page).count(), 0, 'the friend is no longer listed');
    assert.equal(await endButton(page).count(), 0);
    await friendsSection(page).getByText(tr('home-friends-none'), { exact: true }).waitFor();
    await checker.check(page, 'home-friend-link-ended');
  });

  await step('the friend can no longer log in', async () => {
    await friendPage.goto(`${site}/`);
    await expectLoginPage(friendPage);
    await checker.check(friendPage, 'login-friend');
    await submitLogin(friendPage, friend);
    const message = tr('error-account-deactivated-login', { platform: platformName });
    await friendPage.getByRole('alert').filter({ hasText: message }).waitFor();
    assert.equal((await friendPage.getByRole('alert').innerText()).trim(), message);
    await expectLoginPage(friendPage);
    assert.equal(await friendPage.getByRole('button', { name: tr('logout'), exact: true }).count(), 0, 'not signed in');
    await checker.check(friendPage, 'login-friend-deactivated');
    await friendPage.goto(`${site}/`);
    assert.equal(friendPage.url(), `${site}/login`, 'still signed out');
  });
}
